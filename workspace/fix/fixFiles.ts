// `hush fix`: every uncommitted finding in the given files moved to the workspace's store, one file at a time.
// Per file the order is what makes it safe: `.gitignore` first (it holds no value), then the store, then the
// companions (`.envrc`, `.env.example`), and the source last, only when everything before it succeeded and
// the source is still the text that was planned. A committed or pushed secret is never moved: it is reported,
// to be revoked first. Outputs carry masked values only.
import { basename, relative, resolve, sep } from 'node:path';
import { applyEdits, type Finding, type HushConfig, type Scanner, type StoreId } from '../../engine';
import { HistoryIndex, type SecretStatus } from '../../git/historyIndex';
import { makeScanner } from '../scanFile';
import { editFile, FileProblem, readUtf8 } from './fileWrites';
import { nextMoveTarget, shiftFindings } from './moveTargets';
import { planOutputClears } from './notebookOutputs';
import { planStoreMove } from './storeMove';
import { openStore, StoreError, type StoreContext } from './storeWriters';

export interface FixOptions {
  /** Absolute paths of the files to fix (folders already expanded by the caller). */
  files: string[];
  /** The project folder: store files live here and every fixed file must be inside it. */
  root: string;
  store: StoreId;
  /** `.env` path (dotenv, dotenvx); default `<root>/.env`. */
  envPath?: string;
  dryRun: boolean;
  /** The config that applies to a file (its nearest `.hush.json`). */
  configFor(file: string): HushConfig;
  /** Store tools' environment and time budget. */
  storeEnv?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Git status of findings (default: the repository's history index; no repository: uncommitted). */
  statuses?(file: string, fingerprints: string[]): Promise<SecretStatus[]>;
}

export interface FixedSecret {
  file: string;
  line: number;
  ruleId: string;
  /** Masked value and masked parts, never raw. */
  masked: string;
  names: string[];
}

export interface NotMoved {
  file: string;
  line?: number;
  ruleId?: string;
  masked?: string;
  reason: string;
}

/** A secret in a notebook cell's saved output: that cell's outputs were cleared. */
export interface ClearedOutput {
  file: string;
  line: number;
  ruleId: string;
  masked: string;
  /** 1-based, as the notebook numbers cells. */
  cell: number;
}

export interface FixResult {
  moved: FixedSecret[];
  cleared: ClearedOutput[];
  /** Committed or pushed: revoke first. */
  committed: Array<NotMoved & { state: 'committed' | 'pushed' }>;
  failed: NotMoved[];
  /** Where the values went (`.env`, `pass myapp/`). */
  where?: string;
  dryRun: boolean;
  notes: string[];
}

const STORE_FILES = new Set(['.env.keys', '.envrc']);

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The spans to move for a file's findings: each value and its credential's parts, none twice, none overlapping. */
function spansOf(findings: readonly Finding[]) {
  const out: Array<{ start: number; end: number; envName: string }> = [];
  for (const f of findings) {
    for (const s of [f, ...(f.related ?? [])]) {
      if (out.some((o) => o.start < s.end && s.start < o.end)) continue;
      out.push({ start: s.start, end: s.end, envName: s.envName });
    }
  }
  return out;
}

async function defaultStatuses(root: string, scannerFor: (file: string) => Scanner) {
  let index: Promise<HistoryIndex | undefined> | undefined;
  return async (file: string, fingerprints: string[]): Promise<SecretStatus[]> => {
    index ??= HistoryIndex.open(root, { scanner: scannerFor(file) }).catch(() => undefined);
    const found = await index;
    return found ? found.statuses(fingerprints) : fingerprints.map(() => ({ state: 'uncommitted' as const }));
  };
}

export async function fixFiles(options: FixOptions): Promise<FixResult> {
  const root = resolve(options.root);
  const envPath = options.envPath ? resolve(root, options.envPath) : resolve(root, '.env');
  const result: FixResult = { moved: [], cleared: [], committed: [], failed: [], dryRun: options.dryRun, notes: [] };
  const scanners = new Map<HushConfig, Scanner>();
  const scannerFor = (file: string) => {
    const config = options.configFor(file);
    let s = scanners.get(config);
    if (!s) scanners.set(config, (s = makeScanner(config)));
    return s;
  };
  const statuses = options.statuses ?? (await defaultStatuses(root, scannerFor));
  const ctx: StoreContext = { root, envPath, env: options.storeEnv, timeoutMs: options.timeoutMs };
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const notes = new Set<string>();

  for (const file of options.files) {
    const name = rel(file);
    // The stores' own files are never rewritten as sources (`.env.keys` holds the dotenvx private key).
    if (resolve(file) === envPath || STORE_FILES.has(basename(file))) continue;
    if (name.startsWith('..')) {
      result.failed.push({ file: name, reason: 'outside the project folder' });
      continue;
    }
    let text: string | undefined;
    try {
      text = readUtf8(file);
    } catch (e) {
      if (e instanceof FileProblem) {
        result.failed.push({ file: name, reason: e.message });
        continue;
      }
      throw e;
    }
    if (text === undefined) {
      result.failed.push({ file: name, reason: 'no such file' });
      continue;
    }
    const findings = scannerFor(file).scan(text, { path: name });
    if (findings.length === 0) continue;
    let states: SecretStatus[];
    try {
      states = await statuses(
        file,
        findings.map((f) => f.fingerprint),
      );
    } catch (e) {
      for (const f of findings) result.failed.push({ file: name, line: lineOf(text, f.start), ruleId: f.ruleId, masked: f.masked, reason: `git status unknown (${(e as Error).message})` });
      continue;
    }
    let toMove: Finding[] = [];
    findings.forEach((f, i) => {
      const s = states[i]!;
      if (s.state === 'uncommitted') toMove.push(f);
      else
        result.committed.push({
          file: name,
          line: lineOf(text, f.start),
          ruleId: f.ruleId,
          masked: f.masked,
          state: s.state,
          reason: `${s.state === 'pushed' ? `pushed to ${s.remoteBranch}` : 'committed'} in ${s.commit.sha.slice(0, 7)}: revoke it first (hush incident report ${name}:${lineOf(text, f.start)})`,
        });
    });
    // In a notebook, a value in a saved output is fixed by clearing that cell's outputs; the rest moves as usual.
    let current: string = text;
    const clears = planOutputClears(name, text, toMove);
    if (clears) {
      const cleared = clears.cleared.map(({ finding: f, cell }) => ({ file: name, line: lineOf(current, f.start), ruleId: f.ruleId, masked: f.masked, cell: cell + 1 }));
      try {
        if (!options.dryRun) editFile(file, text, clears.edits);
        result.cleared.push(...cleared);
        current = clears.text;
        toMove = clears.rest;
      } catch (e) {
        if (!(e instanceof FileProblem)) throw e;
        for (const c of cleared) result.failed.push({ ...c, reason: e.message });
        continue;
      }
    }
    // Usually one step; a notebook moves its code cells' values first, then any left in the rest of its JSON.
    for (let pending = toMove; pending.length > 0;) {
      const target = nextMoveTarget(name, current, pending);
      const failAll = (reason: string) => {
        for (const f of pending) result.failed.push({ file: name, line: lineOf(current, f.start), ruleId: f.ruleId, masked: f.masked, reason });
      };
      try {
        const opened = await openStore(options.store, ctx);
        result.where = opened.where;
        const secrets = spansOf(target.findings).sort((a, b) => a.start - b.start);
        const { plan, added, ignoreEdit, companions } = await planStoreMove({ text: target.text, path: file, languageId: target.languageId, secrets, opened, root, envPath, readText: (p) => readUtf8(p) });
        const nameAt = new Map(secrets.map((s, i) => [s.start, plan.names[i]!]));
        const moved = target.findings.map((f, i) => ({
          file: name,
          line: lineOf(current, target.inFile[i]!.start),
          ruleId: f.ruleId,
          masked: [f.masked, ...(f.related ?? []).map((r) => r.masked)].join(' + '),
          names: [f, ...(f.related ?? [])].map((s) => nameAt.get(s.start)).filter((n): n is string => n !== undefined),
        }));
        const fileEdits = target.toFile(plan.sourceEdits);
        if (!options.dryRun) {
          if (ignoreEdit) editFile(ignoreEdit.path, ignoreEdit.current, ignoreEdit.edits);
          await opened.write(plan, added);
          for (const c of companions) editFile(c.path, c.current, c.edits);
          if (readUtf8(file) !== current) throw new StoreError(`${name} changed while it was being fixed; the store entries remain, the source was not edited`);
          editFile(file, current, fileEdits);
        }
        plan.note?.split('; ').forEach((n) => notes.add(n));
        result.moved.push(...moved);
        pending = shiftFindings(target.rest, fileEdits);
        current = applyEdits(current, fileEdits);
      } catch (e) {
        if (e instanceof StoreError || e instanceof FileProblem) failAll(e.message);
        else throw e;
        break;
      }
    }
  }
  // A notebook's steps report its code cells first: list every file's entries in line order.
  const fileOrder = new Map(result.moved.map((m, i) => [m.file, i] as const).reverse());
  result.moved.sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line);
  result.notes = [...notes];
  return result;
}
