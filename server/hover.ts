// Hover on a finding: what it is (provider and kind, the value masked), the rule id, the suggested variable
// name, and links to the token format and to where it is revoked.
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import type { Finding, Rule } from '../engine';
import { findingLabel } from './diagnostics';
import type { DocumentView } from './lineDocument';

export function findingHover(doc: DocumentView, findings: readonly Finding[], position: Position, ruleOf: (id: string) => Rule | undefined): Hover | null {
  const at = doc.offsetAt(position);
  // Any part of a multi-part credential shows the credential.
  const f = findings.find((x) => (x.start <= at && at < x.end) || x.related?.some((r) => r.start <= at && at < r.end));
  if (!f) return null;
  const rule = ruleOf(f.ruleId);
  const lines = [`**Hush:** ${findingLabel(f)}`, '', `Rule \`${f.ruleId}\` · suggested name \`${f.envName}\``];
  if (rule?.docsUrl) lines.push('', `[Token format](${rule.docsUrl})`);
  if (rule?.revocationUrl) lines.push(`· [Revoke or rotate](${rule.revocationUrl})`);
  const span = f.start <= at && at < f.end ? f : (f.related?.find((r) => r.start <= at && at < r.end) ?? f);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) } };
}
