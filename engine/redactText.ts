// Replaces every finding's value in a text by its masked form: the one way any output (redact, logs,
// traces) shows text that may hold secrets.
import type { Scanner } from './detect/scan';
import type { Finding } from './types';

/** `findings` must be sorted by start (as Scanner.scan returns them); overlapping ones are skipped. */
export function applyMasks(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'masked'>[]): string {
  if (findings.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.masked;
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * What to mask in a text: every finding's value and the parts of its credential that are secrets on their own
 * (an AWS key ID), sorted by start.
 */
export function maskedSpans(findings: readonly Finding[]): Pick<Finding, 'start' | 'end' | 'masked'>[] {
  if (!findings.some((f) => f.related)) return findings as Finding[];
  const spans = findings.flatMap((f) => [f, ...(f.related ?? []).filter((r) => r.sensitive)]);
  return spans.sort((a, b) => a.start - b.start);
}

/** The text with every secret masked; suppression comments do not apply (a log line is never "allowed"). */
export function redactText(scanner: Scanner, text: string): string {
  return text.length === 0 ? '' : applyMasks(text, maskedSpans(scanner.scan(text, { suppressions: false })));
}
