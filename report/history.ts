// `hush scan --history` results: the `hush scan` finding shape plus the commit that introduced each secret
// and where it was pushed, in text, JSON and SARIF.
import type { Log } from 'sarif';
import type { Rule } from '../engine';
import { shortSha } from '../git/incident';
import { displayPath } from './displayPath';
import { toSarif } from './sarif';
import type { ReportedFinding } from './scanReport';

export interface HistoryFinding extends ReportedFinding {
  /** `shallowBoundary`: the commit sits where a shallow clone's history is cut, so the value may be older. */
  commit: { sha: string; date: string; author: string; subject: string; shallowBoundary?: boolean };
  /** Remote-tracking branch the commit is reachable from (`origin/main`), or null when it is only local. */
  pushedTo: string | null;
}

export interface HistoryReport {
  findings: HistoryFinding[];
  /** `shallow`: the repository is a shallow clone; what came before its cut is not in the scan. */
  stats: { commits: number; bytes: number; durationMs: number; shallow?: boolean };
}

/** What a shallow clone means for the findings, said wherever the history is shown. */
export const SHALLOW_NOTE =
  'This is a shallow clone: history before its oldest commits is missing, so a secret shown in such a commit (marked "shallow") may have been committed earlier, and older secrets removed since are not seen. Run `git fetch --unshallow` for the full history.';

export function formatHistoryJson(report: HistoryReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** One block per commit (oldest first), one line per secret it introduced, then a summary. */
export function formatHistoryText(report: HistoryReport, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const byCommit = new Map<string, HistoryFinding[]>();
  for (const f of report.findings) byCommit.set(f.commit.sha, [...(byCommit.get(f.commit.sha) ?? []), f]);
  for (const findings of byCommit.values()) {
    const { sha, date, author, subject } = findings[0]!.commit;
    lines.push(`${c('33', shortSha(sha))} ${date.slice(0, 10)} ${author}  ${c('2', subject)}`);
    for (const f of findings) {
      const sev = f.severity === 'error' ? c('31', 'error  ') : f.severity === 'warning' ? c('33', 'warning') : c('36', 'info   ');
      const pushed = f.pushedTo ? c('31', `pushed to ${f.pushedTo}`) : 'not pushed';
      const cut = f.commit.shallowBoundary ? `  ${c('33', 'shallow: may be older')}` : '';
      lines.push(`  ${`${displayPath(f.file)}:${f.line}:${f.column}`}  ${sev}  ${f.description} (${f.masked})  ${c('2', f.ruleId)}  ${pushed}${cut}`);
    }
    lines.push('');
  }
  const n = report.findings.length;
  const pushed = report.findings.filter((f) => f.pushedTo).length;
  const { commits, bytes, durationMs } = report.stats;
  const summary =
    n === 0
      ? c('32', 'No secrets found in git history')
      : c('31', `${n} secret${n === 1 ? '' : 's'} found in git history (${pushed} pushed): revoke or rotate ${n === 1 ? 'it' : 'them'} first, removing is not enough`);
  lines.push(`${summary} · ${commits} commits, ${(bytes / 1048576).toFixed(1)} MB of patches in ${(durationMs / 1000).toFixed(2)} s`);
  if (report.stats.shallow) lines.push(c('33', SHALLOW_NOTE));
  return lines.join('\n') + '\n';
}

/** The same SARIF as `hush scan`, with the commit and push state on each result. */
export function historySarif(report: HistoryReport, rules: readonly Rule[], version: string): Log {
  const log = toSarif({ findings: report.findings, stats: { files: 0, bytes: report.stats.bytes, skipped: [], durationMs: report.stats.durationMs } }, rules, version);
  const results = log.runs[0]?.results ?? [];
  results.forEach((result, i) => {
    const f = report.findings[i]!;
    result.message = {
      text: `${f.description} (${f.masked}) committed in ${shortSha(f.commit.sha)} (${f.commit.date.slice(0, 10)}, ${f.commit.author})${f.pushedTo ? `, pushed to ${f.pushedTo}` : ''}: revoke it first`,
    };
    result.properties = { commit: f.commit.sha, commitDate: f.commit.date, author: f.commit.author, pushedTo: f.pushedTo, ...(f.commit.shallowBoundary ? { shallowBoundary: true } : {}) };
  });
  if (report.stats.shallow && log.runs[0]) log.runs[0].properties = { shallow: true, note: SHALLOW_NOTE };
  return log;
}
