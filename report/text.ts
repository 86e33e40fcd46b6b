import { validityMessage } from '../engine/verify/validityText';
import { displayPath } from './displayPath';
import type { ScanReport } from './scanReport';

/** Held-back findings are not fixed: they are accepted for now, and each is still a working credential. */
export function baselineNote(b: { file: string; known: number }, c: (code: string, s: string) => string): string {
  const n = b.known === 1 ? '1 known finding' : `${b.known} known findings`;
  return c('33', `${n} held back by the baseline (${b.file}): still live secrets until revoked; \`hush scan --history\` shows where each was committed`);
}

/** One block per file, one aligned line per finding, then a summary. Colour only for terminals. */
export function formatText(report: ScanReport, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const byFile = new Map<string, typeof report.findings>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    lines.push(c('4', displayPath(file)));
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(9);
      const sev = f.severity === 'error' ? c('31', 'error  ') : f.severity === 'warning' ? c('33', 'warning') : c('36', 'info   ');
      const validity = f.validity ? `  ${f.validity.state === 'live' ? c('1;31', validityMessage(f.validity)) : validityMessage(f.validity)}` : '';
      const output = f.notebookOutput ? `  in the saved output of cell ${f.notebookOutput.cell} (clear it)` : '';
      lines.push(`  ${where} ${sev}  ${f.description} (${f.masked})${output}${validity}  ${c('2', f.ruleId)}`);
      // The other parts of the same credential, indented under it.
      for (const r of f.related ?? []) lines.push(`  ${`${r.line}:${r.column}`.padEnd(9)}          ${c('2', '└')} ${r.label} (${r.masked}), same credential`);
    }
    lines.push('');
  }
  const { files, bytes, skipped, durationMs } = report.stats;
  const mb = (bytes / 1048576).toFixed(1);
  const n = report.findings.length;
  const summary = n === 0 ? c('32', 'No secrets found') : c('31', `${n} secret${n === 1 ? '' : 's'} found in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`);
  lines.push(`${summary} · ${files} files, ${mb} MB scanned in ${(durationMs / 1000).toFixed(2)} s`);
  if (report.baseline && report.baseline.known > 0) lines.push(baselineNote(report.baseline, c));
  if (skipped.length > 0) {
    const counts = new Map<string, number>();
    for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    lines.push(`Skipped: ${[...counts].map(([r, k]) => `${k} ${r}`).join(', ')} (--format json lists them)`);
  }
  return lines.join('\n') + '\n';
}
