// Incident status in the editor: a finding whose value is in git history becomes an Error that says so,
// with "revoke first" actions. Lookups never block typing: diagnostics are published first as usual, the
// status is looked up in the background (git/historyIndex) and, when it is known or changes, the server is
// asked to publish again; from then on the status is read from a cache synchronously.
import { dirname } from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { regexGuard } from '../workspace/regexGuard';
import { createScanner, type Finding, type HushConfig, type Rule } from '../engine';
import { HistoryIndex, type SecretStatus } from '../git/historyIndex';
import { valueHashOf } from '../git/historyScan';
import { incidentChecklist, incidentSummary, secretNoun, type CommittedStatus, type IncidentFinding } from '../git/incident';
import type { Place } from '../engine/places';
import type { Validity } from '../engine/verify';
import type { FindingStatus } from './diagnostics';

/** Commands the client implements (client/incidentCommands.ts). */
export const INCIDENT_COMMANDS = {
  /** Argument: the URL. The client opens it with vscode.env.openExternal. */
  openRevocationPage: 'hush.openRevocationPage',
  /** Argument: { content }: the Markdown opened as a new untitled document. */
  openIncidentChecklist: 'hush.openIncidentChecklist',
  /** Argument: { uri, fingerprint }: every place the value is used (client/incidentToolCommands.ts). */
  findPlaces: 'hush.findPlaces',
  /** Argument: { uri, fingerprint }: the incident report, saved where the user chooses. */
  exportIncidentReport: 'hush.exportIncidentReport',
} as const;

export interface IncidentTrackerOptions {
  /** Called when statuses for a document became known or changed: publish its diagnostics again. */
  onStatusesChanged(uri: string): void;
  /** The project config for files in a directory: its rules index the history (default: built-in rules). */
  configFor?(dir: string): HushConfig;
  /** How often the history of repositories with open findings is re-checked for new commits/pushes (ms). */
  pollMs?: number;
  now?(): Date;
  log?(message: string): void;
  gitPath?: string;
  /** Passed to the history index: HEAD and remote refs are re-read at most this often (ms). */
  tipsMaxAgeMs?: number;
  /** What else is known about a key for its checklist: the last validity check, the places found. */
  extras?(fingerprint: string): { validity?: Validity; places?: readonly Place[] };
}

interface Tracked {
  dir: string;
  fingerprints: string[];
}

const RETRY_AFTER_FAILURE_MS = 30_000;

export function isCommitted(status: SecretStatus | undefined): status is CommittedStatus {
  return status !== undefined && status.state !== 'uncommitted';
}

export class IncidentTracker {
  /** Directory → its repository's index (undefined outside git), shared by every file in the repository. */
  private readonly indexes = new Map<string, Promise<HistoryIndex | undefined>>();
  private readonly byRoot = new Map<string, HistoryIndex>();
  /** Directory → value hash → last known status (per directory: two repositories may differ). */
  private readonly known = new Map<string, Map<string, SecretStatus>>();
  private readonly tracked = new Map<string, Tracked>();
  private readonly inflight = new Map<string, Promise<void>>();
  /** Directory → when its last lookup failed: no retry on every keystroke against a broken repository. */
  private readonly failedAt = new Map<string, number>();
  private readonly timer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly options: IncidentTrackerOptions) {
    const pollMs = options.pollMs ?? 5000;
    if (pollMs > 0) {
      this.timer = setInterval(() => void this.recheck(), pollMs);
      this.timer.unref();
    }
  }

  /**
   * Statuses known now for a document's findings (undefined = not known yet). Unknown ones are looked up in
   * the background, and `onStatusesChanged(uri)` follows when they are known.
   */
  statuses(uri: string, filePath: string | undefined, fingerprints: readonly string[]): (SecretStatus | undefined)[] {
    if (!filePath || fingerprints.length === 0) {
      this.tracked.delete(uri);
      return fingerprints.map(() => undefined);
    }
    const dir = dirname(filePath);
    this.tracked.set(uri, { dir, fingerprints: [...fingerprints] });
    const result = fingerprints.map((fp) => this.knownIn(dir).get(valueHashOf(fp)));
    if (result.some((s) => s === undefined)) void this.lookUp(uri);
    return result;
  }

  /** The last known status of a finding in a file (synchronous; undefined until looked up). */
  statusOf(filePath: string, fingerprint: string): SecretStatus | undefined {
    return this.knownIn(dirname(filePath)).get(valueHashOf(fingerprint));
  }

  private knownIn(dir: string): Map<string, SecretStatus> {
    let known = this.known.get(dir);
    if (!known) this.known.set(dir, (known = new Map()));
    return known;
  }

  /** The document is closed: stop tracking it. */
  forget(uri: string): void {
    this.tracked.delete(uri);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearInterval(this.timer);
    this.tracked.clear();
    for (const index of this.byRoot.values()) index.dispose();
  }

  private index(dir: string): Promise<HistoryIndex | undefined> {
    let index = this.indexes.get(dir);
    if (!index) {
      index = HistoryIndex.open(dir, {
        scanner: indexScanner(this.options.configFor?.(dir)),
        gitPath: this.options.gitPath,
        tipsMaxAgeMs: this.options.tipsMaxAgeMs,
      }).then((found) => {
        // One index per repository, whichever directory asked first.
        if (!found) return undefined;
        const existing = this.byRoot.get(found.root);
        if (existing) return existing;
        this.byRoot.set(found.root, found);
        return found;
      });
      this.indexes.set(dir, index);
    }
    return index;
  }

  /** Looks up every tracked fingerprint of `uri` (one lookup per document at a time). */
  private lookUp(uri: string): Promise<void> {
    const tracked = this.tracked.get(uri);
    const failed = tracked && this.failedAt.get(tracked.dir);
    if (failed !== undefined && performance.now() - failed < RETRY_AFTER_FAILURE_MS) return Promise.resolve();
    let running = this.inflight.get(uri);
    if (!running) {
      running = this.doLookUp(uri).finally(() => this.inflight.delete(uri));
      this.inflight.set(uri, running);
    }
    return running;
  }

  /** Notifies when a status changed. */
  private async doLookUp(uri: string): Promise<void> {
    const tracked = this.tracked.get(uri);
    if (!tracked || this.disposed) return;
    try {
      const index = await this.index(tracked.dir);
      const statuses: SecretStatus[] = index ? await index.statuses(tracked.fingerprints) : tracked.fingerprints.map(() => ({ state: 'uncommitted' }) as const);
      this.failedAt.delete(tracked.dir);
      let changed = false;
      const known = this.knownIn(tracked.dir);
      tracked.fingerprints.forEach((fp, i) => {
        const key = valueHashOf(fp);
        const before = known.get(key);
        known.set(key, statuses[i]!);
        if (!sameIncident(before, statuses[i]!)) changed = true;
      });
      if (changed && !this.disposed && this.tracked.has(uri)) this.options.onStatusesChanged(uri);
    } catch (e) {
      // No git, a corrupt repository, a killed process: no incident path, never a crashed server.
      this.failedAt.set(tracked.dir, performance.now());
      this.options.log?.(`hush: git history lookup failed: ${(e as Error).message}`);
    }
  }

  /** Re-checks open documents with findings: a new commit or a push changes their status. */
  async recheck(): Promise<void> {
    await Promise.all([...this.tracked.keys()].map((uri) => this.lookUp(uri)));
  }

  /** Resolves when every lookup in flight is done (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all(this.inflight.values());
  }

  /** Registers a document's current findings: their git status is looked up in the background. */
  track(uri: string, filePath: string | undefined, findings: readonly Finding[]): void {
    this.statuses(
      uri,
      filePath,
      findings.map((f) => f.fingerprint),
    );
  }

  /** The diagnostic change for a committed finding (the server's FindingStatus hook); undefined otherwise. */
  findingStatus(filePath: string | undefined, finding: Pick<Finding, 'fingerprint' | 'provider' | 'description'>): FindingStatus | undefined {
    const status = filePath ? this.statusOf(filePath, finding.fingerprint) : undefined;
    if (!isCommitted(status)) return undefined;
    const now = this.options.now?.() ?? new Date();
    return { severity: 'error', message: incidentSummary(finding, status, now), status: status.state };
  }

  /** The first two incident actions for a committed finding (revoke, checklist); none otherwise. */
  codeActions(uri: string, diagnostic: Diagnostic, filePath: string | undefined, finding: IncidentFinding, rule: Rule | undefined): CodeAction[] {
    const status = filePath ? this.statusOf(filePath, finding.fingerprint) : undefined;
    if (!isCommitted(status)) return [];
    const now = this.options.now?.() ?? new Date();
    const noun = secretNoun(finding);
    const actions: CodeAction[] = [];
    if (rule?.revocationUrl) {
      actions.push({
        title: `1. Revoke this ${noun}: open the revocation page`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title: 'Open revocation page', command: INCIDENT_COMMANDS.openRevocationPage, arguments: [rule.revocationUrl] },
      });
    }
    const content = incidentChecklist({ finding, rule: rule ?? { revocationUrl: null }, status, now, ...this.options.extras?.(finding.fingerprint) });
    actions.push({
      title: `${rule?.revocationUrl ? '' : '1. '}Open incident checklist (revoke, rotate, review logs, purge history)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: !rule?.revocationUrl,
      command: { title: 'Open incident checklist', command: INCIDENT_COMMANDS.openIncidentChecklist, arguments: [{ content }] },
    });
    const ref = { uri, fingerprint: finding.fingerprint };
    actions.push(
      {
        title: `Find every place this ${noun} is used (workspace, other clones, git histories)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Find every place', command: INCIDENT_COMMANDS.findPlaces, arguments: [ref] },
      },
      {
        title: 'Export incident report (evidence to keep before rotating)',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Export incident report', command: INCIDENT_COMMANDS.exportIncidentReport, arguments: [ref] },
      },
    );
    return actions;
  }

  /** Move-to-.env for a committed finding is the second step, after rotation: retitled, no longer preferred. */
  adjustMove(action: CodeAction, filePath: string | undefined, fingerprint: string): CodeAction {
    if (!filePath || !isCommitted(this.statusOf(filePath, fingerprint))) return action;
    return { ...action, title: `2. After rotating it: ${action.title[0]!.toLowerCase()}${action.title.slice(1)}`, isPreferred: false };
  }
}

/** Whether the user would see the same thing: unknown and uncommitted look alike (a plain warning). */
/** The project's rules, without its ignore list: an ignored value that is un-ignored later must still be known. */
function indexScanner(config: HushConfig | undefined): ReturnType<typeof createScanner> {
  // Custom rules under the time budget here too; a stopped one is reported by the live scan of the same files.
  return createScanner(config ? { config: { ...config, ignore: [] }, regexRunner: config.rules.length > 0 ? regexGuard() : undefined } : {});
}

function sameIncident(a: SecretStatus | undefined, b: SecretStatus): boolean {
  if (!isCommitted(a) || !isCommitted(b)) return isCommitted(a) === isCommitted(b);
  if (a.state !== b.state) return false;
  return a.commit.sha === b.commit.sha && (a.state !== 'pushed' || b.state !== 'pushed' || a.remoteBranch === b.remoteBranch);
}
