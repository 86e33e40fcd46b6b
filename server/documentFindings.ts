// `hush/documentFindings`: an open document's current findings as a client may list them (after any pending
// rescan), with LSP ranges and masked values only; the other parts of a multi-part credential too.
import type { DocumentFindingsResult } from '../protocol/messages';
import type { TrackedDocument } from './incrementalScan';

export function documentFindings(t: TrackedDocument): DocumentFindingsResult {
  const range = (start: number, end: number) => ({ start: t.doc.positionAt(start), end: t.doc.positionAt(end) });
  const findings = t.findings.map((f) => ({
    ruleId: f.ruleId,
    fingerprint: f.fingerprint,
    masked: f.masked,
    envName: f.envName,
    range: range(f.start, f.end),
    ...(f.related ? { related: f.related.map((r) => ({ label: r.label, masked: r.masked, envName: r.envName, range: range(r.start, r.end) })) } : {}),
  }));
  return { version: t.version, truncated: t.truncated, findings };
}
