// The incident report written before rotation ("Export incident report", `hush incident report`): the
// evidence that history rewriting and key rotation destroy, as JSON (for a tracker) and Markdown (for
// people). Built only from masked values, hashes, commit metadata and paths: no raw value can be in it.
import { PLACE_KINDS, placeLine } from '../engine/places';
import { checkedAtText, validityMessage } from '../engine/verify';
import type { IncidentEvidence } from '../workspace/incidentEvidence';

export type IncidentReport = IncidentEvidence;

export function incidentReportJson(r: IncidentReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}

/** Inline code that survives any content. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = fence.length > 1 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text safe inside a Markdown table cell or a list item. */
function plain(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([*_[\]<>#`])/g, '\\$1');
}

export function incidentReportMarkdown(r: IncidentReport): string {
  const s = r.secret;
  const c = r.firstCommit;
  const v = r.validity;
  const lines = [
    `# Incident report: ${plain(s.description)}`,
    '',
    `Written by Hush ${r.tool.version} on ${checkedAtText(r.createdAt)}, before rotation: keep it with the incident record. It holds no secret value (masked forms and fingerprints only).`,
    '',
    '| | |',
    '|---|---|',
    `| Provider | ${plain(s.provider)} |`,
    `| Secret | ${plain(s.description)}, ${code(s.masked)} (masked) |`,
    `| Fingerprint | ${code(s.fingerprint)} (rule id + SHA-256 prefix of the value) |`,
    ...(r.reportedAt ? [`| Reported at | ${code(`${r.reportedAt.file}:${r.reportedAt.line}`)} |`] : []),
    `| First commit | ${c ? `${code(c.sha)} by ${plain(c.author)}, ${checkedAtText(c.date)}: "${plain(c.subject)}", in ${code(c.path)} line ${c.line} (${plain(c.repository)})` : 'not in the git history searched'} |`,
    `| Pushed to | ${r.pushed.remoteBranches.length > 0 ? r.pushed.remoteBranches.map(code).join(', ') : c ? 'no remote-tracking branch of this clone (other clones and forks may still have it)' : '—'} |`,
    ...(r.pushed.tags.length > 0 ? [`| Tags holding it | ${r.pushed.tags.map(code).join(', ')} |`] : []),
    `| Remotes | ${r.pushed.remotes.length > 0 ? r.pushed.remotes.map((x) => `${code(x.name)} ${code(x.url)}`).join(', ') : 'none'} |`,
    `| Validity | ${v ? `${plain(validityMessage(v))}; ${plain(v.detail)}; checked ${checkedAtText(v.checkedAt)} with ${code(v.endpoint)}` : 'not checked (`hush scan --verify`, or "Check if this key is live" in the editor)'} |`,
    ...(s.revocationUrl ? [`| Revoke at | <${s.revocationUrl}> |`] : s.revocationNote ? [`| Revoke | ${plain(s.revocationNote)} |`] : []),
    '',
    `## Every place it is used (${r.places.length}), in the order to rotate`,
    '',
  ];
  if (r.places.length === 0) lines.push('No place found in the folders and histories searched.');
  let n = 0;
  for (const k of PLACE_KINDS) {
    const group = r.places.filter((p) => p.kind === k.kind);
    if (group.length === 0) continue;
    lines.push(`### ${k.heading}`, '', `${k.why}.`, '');
    for (const p of group) lines.push(`${++n}. [ ] ${code(placeLine(p))}`);
    lines.push('');
  }
  const sr = r.searched;
  lines.push(
    `Searched: ${sr.roots.map(code).join(', ')} (${sr.files} files)${sr.repositories.length > 0 ? `; the history of ${sr.repositories.map(code).join(', ')} (${sr.commits} commits)` : ''}.`,
    '',
    '## Purge it from history (after rotating, if policy requires)',
    '',
    `Create ${code(r.purge.replacementsFile)} yourself, next to the clone and outside it, with one line: ${code(r.purge.replacementsLine)}. Hush never writes the value anywhere. Then, with [git filter-repo](https://github.com/newren/git-filter-repo):`,
    '',
    '```sh',
    ...r.purge.filterRepo,
    '```',
    '',
    'or with [BFG Repo-Cleaner](https://rtyley.github.io/bfg-repo-cleaner/):',
    '',
    '```sh',
    ...r.purge.bfg,
    '```',
    '',
    'Rewriting history does not un-leak a pushed secret (clones, forks, caches and pull-request refs keep it): revoke first, ask the host to purge cached views, have everyone re-clone, and delete the replacements file.',
    '',
  );
  return lines.join('\n');
}
