// What Hush says about a committed secret: the diagnostic message and the incident checklist (Markdown).
// Pure: the caller passes the finding, its rule, its status and the clock. Nothing here ever sees the raw
// value, only its masked form and fingerprint, so nothing here can leak it.
import { PLACE_KINDS, placeLine, type Place } from '../engine/places';
import type { Validity } from '../engine/verify/types';
import { checkedAtText, validityMessage } from '../engine/verify/validityText';
import type { CommitHeader } from './patchParser';

export interface IncidentFinding {
  ruleId: string;
  provider: string;
  description: string;
  masked: string;
  fingerprint: string;
  /** The environment variable the value should end up in (STRIPE_SECRET_KEY). */
  envName?: string;
  /** Workspace-relative path of the file where it was found now. */
  file: string;
  /** 1-based. */
  line?: number;
  /** The other parts of a multi-part credential (an access key ID, a client ID), masked. */
  related?: readonly IncidentPart[];
}

export interface IncidentPart {
  label: string;
  masked: string;
  envName: string;
}

/** ` with its access key ID (AKIA…WXYZ)`: the other parts named, masked; nothing for a single value. */
export function partsPhrase(related: readonly Pick<IncidentPart, 'label' | 'masked'>[] | undefined): string {
  const parts = (related ?? []).map((r) => `${r.label} (${r.masked})`);
  if (parts.length === 0) return '';
  return ` with its ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}`;
}

export interface IncidentRule {
  revocationUrl: string | null;
  revocationNote?: string;
  docsUrl?: string;
}

export type CommittedStatus = { state: 'committed'; commit: CommitHeader; path: string; line: number } | { state: 'pushed'; commit: CommitHeader; path: string; line: number; remoteBranch: string };

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** "3 days ago", "just now", "2 years ago". */
export function relativeTime(thenSeconds: number, now: Date): string {
  const seconds = Math.max(0, Math.round(now.getTime() / 1000 - thenSeconds));
  const units: [number, string][] = [
    [365 * 86400, 'year'],
    [30 * 86400, 'month'],
    [7 * 86400, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    const n = Math.floor(seconds / size);
    if (n >= 1) return `${n} ${name}${n === 1 ? '' : 's'} ago`;
  }
  return 'just now';
}

const NOUNS = ['private key', 'webhook URL', 'URL', 'token', 'key', 'password', 'secret'];

/** "Stripe key", "GitHub token", "private key": what to call the secret in one breath. */
export function secretNoun(finding: Pick<IncidentFinding, 'provider' | 'description'>): string {
  const description = finding.description.toLowerCase();
  const noun = NOUNS.find((n) => description.includes(n.toLowerCase())) ?? 'secret';
  const provider = finding.provider;
  if (provider === 'Generic' || provider.toLowerCase().includes(noun.toLowerCase())) return provider === 'Generic' ? noun : provider.toLowerCase();
  return `${provider} ${noun}`;
}

/** "in git history since a1b2c3d (3 days ago); pushed to origin/main: revoke this Stripe key first" */
export function incidentSummary(finding: Pick<IncidentFinding, 'provider' | 'description'>, status: CommittedStatus, now: Date): string {
  const since = `in git history since ${shortSha(status.commit.sha)} (${relativeTime(status.commit.date, now)})`;
  const where = status.state === 'pushed' ? `; pushed to ${status.remoteBranch}` : '; not pushed yet';
  return `${since}${where}: revoke this ${secretNoun(finding)} first`;
}

/** The full diagnostic message for a committed finding. */
export function incidentMessage(finding: Pick<IncidentFinding, 'provider' | 'description' | 'masked' | 'related'>, status: CommittedStatus, now: Date): string {
  return `${finding.description} (${finding.masked})${partsPhrase(finding.related)} is ${incidentSummary(finding, status, now)}.`;
}

/** Inline code that survives any content (backticks in paths). */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([*_[\]<>#])/g, '\\$1');
}

/** A POSIX shell word. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function isoMinute(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export interface ChecklistInput {
  finding: IncidentFinding;
  rule: IncidentRule;
  status: CommittedStatus;
  now: Date;
  /** The last validity check of this key, if any. */
  validity?: Validity;
  /** Every place the value is used, from the last search (`hush where`, "Find every place…"), in rotation order. */
  places?: readonly Place[];
}

function validityLine(v: Validity | undefined, noun: string): string {
  if (!v)
    return `- [ ] Check whether this ${noun} is live (the provider's console or a harmless read-only API call: \`hush scan --verify\`, or "Check if this key is live" in the editor), without pasting it into chats or tickets.`;
  return `- [${v.state === 'unknown' ? ' ' : 'x'}] Checked with the provider on ${checkedAtText(v.checkedAt)}: **${validityMessage(v)}** (${cell(v.detail)}; ${code(v.endpoint)}).`;
}

function placeLines(places: readonly Place[] | undefined, fingerprint: string, envName: string): string[] {
  if (!places) {
    return [
      `- [ ] Search code, CI/CD variables, deployment manifests, container images and other repositories for ${code(envName)} and for the fingerprint ${code(fingerprint)} (\`hush where ${fingerprint} ../other-clone\`, or "Find every place this secret is used" in the editor).`,
    ];
  }
  if (places.length === 0) return ['- Hush found it nowhere else in the folders and histories it searched; check CI/CD variables and other repositories by hand.'];
  const out = ['These places use it (found by Hush), in the order to rotate:', ''];
  for (const k of PLACE_KINDS) {
    const group = places.filter((p) => p.kind === k.kind);
    if (group.length === 0) continue;
    out.push(`- ${k.heading} (${k.why}):`);
    for (const p of group) out.push(`  - [ ] ${code(placeLine(p))}`);
  }
  return out;
}

/** The incident checklist, specific to one finding, as Markdown with task-list steps. */
export function incidentChecklist({ finding, rule, status, now, validity, places }: ChecklistInput): string {
  const c = status.commit;
  const noun = secretNoun(finding);
  const pushed = status.state === 'pushed';
  const envName = finding.envName ?? 'THE_SECRET';
  const replacements = '../hush-replacements.txt';
  const revoke = rule.revocationUrl
    ? `Revoke or disable it at <${rule.revocationUrl}>${rule.revocationNote ? ` (${rule.revocationNote})` : ''}.`
    : `There is no revocation page for this kind of secret: ${rule.revocationNote ?? 'change it wherever it is issued.'}`;
  const lines = [
    `# Incident: ${finding.description} committed to git`,
    '',
    `Created by Hush on ${isoMinute(Math.floor(now.getTime() / 1000))}. A secret that is in git history${pushed ? ' and pushed' : ''} must be`,
    'treated as compromised: anyone with a clone may have it. Moving it into `.env` does not un-leak it;',
    'revoke or rotate it first, then follow the steps in order.',
    '',
    '| | |',
    '|---|---|',
    `| Provider | ${cell(finding.provider)} |`,
    `| Secret | ${cell(finding.description)}, ${code(finding.masked)} (masked) |`,
    ...(finding.related ?? []).map((r) => `| Same credential | ${cell(r.label)}, ${code(r.masked)} (masked), ${code(r.envName)} |`),
    `| Fingerprint | ${code(finding.fingerprint)} (rule id + SHA-256 prefix of the value) |`,
    `| Found in | ${code(finding.file)}${finding.line ? ` line ${finding.line}` : ''} |`,
    `| First commit | ${code(shortSha(c.sha))} (${code(c.sha)}), ${isoMinute(c.date)} (${relativeTime(c.date, now)}) by ${cell(c.author)}: "${cell(c.subject)}", in ${code(status.path)} line ${status.line} |`,
    `| Pushed | ${pushed ? `**yes**, reachable from ${code(status.remoteBranch)}: assume it has been copied` : 'not to any remote-tracking branch this clone knows of (other clones, forks and CI caches may still have it)'} |`,
    '',
    '## 1. Confirm validity, then revoke or disable',
    '',
    validityLine(validity, noun),
    `- [ ] ${revoke}`,
    ...(rule.docsUrl ? [`- [ ] Token format and scopes: <${rule.docsUrl}>`] : []),
    '- [ ] Issue the replacement with the narrowest scopes and an expiry, stored in your secret store, never in the repository.',
    '',
    '## 2. Identify every system, repository and workflow that used it',
    '',
    ...placeLines(places, finding.fingerprint, envName),
    '- [ ] List the services, scheduled jobs, webhooks and people that authenticate with it; note who owns each.',
    '',
    '## 3. Preserve evidence before regenerating',
    '',
    `- [ ] Record the fingerprint, the first commit (${code(c.sha)}), who pushed it and when, before history is rewritten: \`hush incident report ${finding.fingerprint}\` (or "Export incident report" in the editor) writes it all down, masked.`,
    "- [ ] Export the provider's audit/access logs for the exposure window (some providers drop them when a key is deleted).",
    '- [ ] Keep the record in your incident tracker, with masked values only.',
    '',
    '## 4. Rotate dependent credentials in order',
    '',
    `- [ ] Put the new ${noun} in the secret store and update every consumer found in step 2 (${[envName, ...(finding.related ?? []).map((r) => r.envName)].map(code).join(', ')}).`,
    ...(finding.related && finding.related.length > 0
      ? [
          `- [ ] The ${finding.related.map((r) => r.label).join(' and ')} belong${finding.related.length === 1 ? 's' : ''} to the same credential: replace ${finding.related.length === 1 ? 'it' : 'them'} together with the new ${noun}.`,
        ]
      : []),
    '- [ ] Deploy and verify each consumer works with the new value, then confirm the old one is rejected.',
    '- [ ] Rotate anything the old secret could reach or mint (sub-keys, OAuth clients, deploy keys, database users).',
    '',
    "## 5. Review the provider's logs for misuse and new persistence",
    '',
    `- [ ] Look for use of the old ${noun} since ${isoMinute(c.date)}: unfamiliar IPs, regions, user agents, unusual volume.`,
    '- [ ] Look for persistence created with it: new keys or tokens, users, roles, webhooks, OAuth apps, SSH/deploy keys, CI secrets.',
    '- [ ] Remove what you find, and escalate if customer data may have been accessed.',
    '',
    '## 6. Purge history if your policy requires it',
    '',
    'Rewriting history does not un-leak a pushed secret (clones, forks, caches keep it): do it after revoking,',
    'only if policy requires, and coordinate with everyone who has a clone. With [git filter-repo](https://github.com/newren/git-filter-repo):',
    '',
    '1. Make a fresh clone (filter-repo refuses to rewrite a working clone) and enter it:',
    '',
    '   ```sh',
    '   git clone <remote-url> hush-purge && cd hush-purge',
    '   ```',
    '',
    `2. Create ${code(replacements)} yourself, next to the clone and outside it, with one line: the secret value,`,
    `   then \`==>REMOVED-${envName}\`. Hush never writes the value anywhere.`,
    '3. Replace the value in every commit:',
    '',
    '   ```sh',
    `   git filter-repo --replace-text ${shellWord(replacements)}`,
    '   ```',
    '',
    `   If the whole file ${code(status.path)} should never have been committed, remove it from every commit instead:`,
    '',
    '   ```sh',
    `   git filter-repo --invert-paths --path ${shellWord(status.path)}`,
    '   ```',
    '',
    '4. Check with `hush scan --history` that it is gone, force-push every branch and tag, ask the hosting provider to purge',
    '   cached views and pull-request refs, and have everyone re-clone.',
    `5. Delete ${code(replacements)}.`,
    '',
  ];
  return lines.join('\n');
}
