// The other parts of a multi-part credential as the engine found them (Finding.related: an AWS access key
// ID beside its secret key, a Twilio Account SID), by part id, read from the scanned text. Read
// structurally so a finding without parts (or an engine without multi-part credentials) simply has none.

interface RelatedPart {
  part: string;
  start: number;
  end: number;
}

export function partsOf(finding: object, text: string): Record<string, string> | undefined {
  const related = (finding as { related?: unknown }).related;
  if (!Array.isArray(related) || related.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const r of related as RelatedPart[]) {
    if (typeof r?.part !== 'string' || typeof r.start !== 'number' || typeof r.end !== 'number' || r.end <= r.start || r.end > text.length) continue;
    out[r.part] ??= text.slice(r.start, r.end);
  }
  return out;
}
