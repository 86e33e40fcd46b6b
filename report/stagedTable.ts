// The pre-commit verdict: a table of what blocked the commit and what to do about it. Git shows a hook's
// output on stderr, and VS Code shows it in the dialog when the commit fails, so it must stand alone.
import { displayPath } from './displayPath';
import type { ScanReport } from './scanReport';
import { baselineNote } from './text';

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => '  ' + r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
}

export function formatStagedText(report: ScanReport, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const n = report.findings.length;
  const skipped = report.stats.skipped.length > 0 ? ` (skipped: ${report.stats.skipped.map((s) => `${displayPath(s.file)} ${s.reason}`).join(', ')})` : '';
  const held = report.baseline && report.baseline.known > 0 ? `\n${baselineNote(report.baseline, c)}` : '';
  if (n === 0) return `hush: no secrets in the staged changes (${report.stats.files} files)${skipped}${held}\n`;
  const rows = [['FILE:LINE', 'PROVIDER', 'SECRET', 'RULE'], ...report.findings.map((f) => [`${displayPath(f.file)}:${f.line}`, f.provider, f.masked, f.ruleId])];
  const lines = [
    c('31', `hush: commit blocked: ${n} secret${n === 1 ? '' : 's'} in the staged changes`),
    '',
    ...table(rows),
    '',
    'What to do:',
    '  - Move each value out of the code, into .env (gitignored) or your secret store, and read it from the',
    '    environment. In VS Code: put the cursor on it, Ctrl+. → "Move to .env". Then `git add` again.',
    '  - A false positive? Add a `hush:allow` comment on that line (or `hush:allow-next-line` above it).',
    '  - If the value was ever pushed or shared, revoke it at the provider: removing it is not enough.',
  ];
  if (skipped) lines.push('', `Not scanned${skipped}`);
  return lines.join('\n') + '\n';
}
