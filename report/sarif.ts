// SARIF 2.1.0 as GitHub code scanning accepts it: one run, the rules that fired, masked messages,
// and partialFingerprints so alerts track the same secret across commits.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Rule } from '../engine';
import { validityMessage } from '../engine/verify/validityText';
import { pathToUriReference } from './displayPath';
import type { ScanReport } from './scanReport';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(report: ScanReport, rules: readonly Rule[], version: string): Log {
  const used = [...new Set(report.findings.map((f) => f.ruleId))];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const descriptors: ReportingDescriptor[] = used.map((id) => {
    const rule = byId.get(id);
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase()),
      shortDescription: { text: rule?.description ?? id },
      helpUri: rule?.docsUrl || undefined,
      help: { text: rule ? `${rule.description} (${rule.provider}). Move the value to a secret store; if it was committed, revoke it first${rule.revocationUrl ? `: ${rule.revocationUrl}` : '.'}` : id },
      properties: { tags: ['security', 'secret', rule?.family ?? 'custom'], 'security-severity': rule?.family === 'generic' ? '7.0' : '9.0' },
    };
  });
  const index = new Map(used.map((id, i) => [id, i]));
  const results: Result[] = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: LEVEL[f.severity],
    message: {
      text: `${f.description} (${f.masked}) ${f.notebookOutput ? `in the saved output of notebook cell ${f.notebookOutput.cell}` : 'hard-coded'}${f.validity ? `: ${validityMessage(f.validity)}` : ''}`,
    },
    locations: [
      {
        physicalLocation: {
          // Each segment encoded: `http:x.js` must not become an absolute URI nor `#` a fragment.
          artifactLocation: { uri: pathToUriReference(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { 'hush/v1': f.fingerprint },
    ...(f.validity ? { properties: { validity: f.validity } } : {}),
    ...(f.related && f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            physicalLocation: { artifactLocation: { uri: encodeURI(f.file) }, region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } },
            message: { text: `${r.label} (${r.masked}) of the same credential` },
          })),
        }
      : {}),
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'hush', semanticVersion: version, informationUri: 'https://github.com/hush-dev/hush', rules: descriptors } },
        results,
      },
    ],
  };
}
