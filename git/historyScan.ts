// Streams `git log -p` over a set of commits and runs the engine over each file's ADDED lines. Memory
// stays bounded: git writes into a pipe, we parse line by line, and each file's added text joins a batch
// that is scanned here or on a worker; git is paused while too many batches are out.
import type { Finding, Scanner } from '../engine';
import { AddedTextCollector, positionIn, type AddedText } from './addedText';
import { redactText, scanHistoryBatch, type HistoryBatch, type HistoryBatchResult } from './historyBatch';
import { GitUnavailableError, spawnGit } from './exec';
import { COMMIT_FORMAT, PatchParser, type CommitHeader } from './patchParser';

export interface HistoryHit {
  finding: Finding;
  /** The value's hash (the fingerprint without its rule id): the same value found by another rule matches. */
  valueHash: string;
  path: string;
  /** 1-based, in the file as of `commit`. */
  line: number;
  column: number;
  /** Where the value ends (exclusive column): a PEM block spans lines. */
  endLine: number;
  endColumn: number;
  commit: CommitHeader;
}

/** Scans batches off this thread (the CLI's scan workers); scanHistory delivers the results in the log's order. */
export interface HistoryBatchScanner {
  scanBatch(batch: HistoryBatch): Promise<HistoryBatchResult>;
}

export interface HistoryScanOptions {
  cwd: string;
  /**
   * The scanner, what builds it, or worker threads that scan. A function is called once git is running, so the
   * engine's start-up (~1,150 rules) overlaps git's first commits instead of coming before them; while its
   * promise or a worker's batch is pending, git's output is parsed and batched meanwhile, up to
   * `pendingBatches` batches, then git waits (memory stays bounded whatever the history's size).
   */
  scanner: Scanner | (() => Scanner | Promise<Scanner>) | HistoryBatchScanner;
  /**
   * Worker threads that take over once this thread has spent `afterMs` of CPU scanning (0: from the first batch). They
   * start their own engines, which only a long history repays; until then (and for batches already out) `scanner`.
   */
  offload?: { afterMs: number; start(): HistoryBatchScanner };
  /** Batches handed over and not yet delivered before git is paused (default 8). */
  pendingBatches?: number;
  /** git's output is kept unparsed until this settles (what `scanPath` needs is still being read); a rejection fails the scan. */
  parseAfter?: Promise<unknown>;
  /** Commits to walk from (SHAs or revision names) … */
  include: readonly string[];
  /** … and revision arguments for git's command line, walked with them (refs.ts TIP_REVISIONS) … */
  revisions?: readonly string[];
  /** … excluding everything reachable from these. */
  exclude?: readonly string[];
  /** Decides whether a path is scanned (config excludes). Default: every path. */
  scanPath?(path: string): boolean;
  /** Honour inline suppression comments (default true). */
  suppressions?: boolean;
  signal?: AbortSignal;
  gitPath?: string;
  onProgress?(commits: number, bytes: number): void;
}

export interface HistoryScanStats {
  commits: number;
  /** Bytes of patch text read from git. */
  bytes: number;
}

export class GitLogError extends Error {}

export { redactText };

export function valueHashOf(fingerprint: string): string {
  return fingerprint.slice(fingerprint.lastIndexOf(':') + 1);
}

const LOG_ARGS = [
  // Paths relative to the repository's top even when git runs in a subdirectory.
  '-c',
  'diff.relative=false',
  'log',
  '--stdin',
  '-p',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--unified=0',
  '--inter-hunk-context=0',
  `--format=${COMMIT_FORMAT}`,
  '--date-order',
  '-M',
  '--no-diff-merges',
  '--no-show-signature',
  '--encoding=UTF-8',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

/** Added text collected per batch before it is scanned: large enough that a worker's message costs little. */
const BATCH_CHARS = 1 << 17;
/** git's output kept while parsing waits for `parseAfter`, before git is paused. */
const EARLY_BYTES = 1 << 23;

/** A commit as parsed, and as hits show it once one of its files had a finding (subject masked). */
interface CommitRecord {
  header: CommitHeader;
  shown?: CommitHeader;
}

/** A batch with what stays on this thread: each text's line map and the commits its subjects belong to. */
interface PendingBatch extends HistoryBatch {
  added: AddedText[];
  records: CommitRecord[];
  chars: number;
}

/** CPU time, not wall: on a loaded machine a short scan must not look long. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function isBatchScanner(s: HistoryScanOptions['scanner']): s is HistoryBatchScanner {
  return typeof s !== 'function' && 'scanBatch' in s;
}

/** Calls `onHit` for every secret added by every commit in include ^exclude, newest commits first. */
export function scanHistory(options: HistoryScanOptions, onHit: (hit: HistoryHit) => void): Promise<HistoryScanStats> {
  return new Promise((resolve, reject) => {
    const stats: HistoryScanStats = { commits: 0, bytes: 0 };
    if (options.include.length === 0 && !options.revisions?.length) {
      resolve(stats);
      return;
    }
    let record: CommitRecord | undefined;
    let path: string | null = null;
    let failed: Error | undefined;
    const suppressions = options.suppressions !== false;
    const newBatch = (): PendingBatch => ({ texts: [], paths: [], commits: [], subjects: [], suppressions, added: [], records: [], chars: 0 });
    let batch = newBatch();
    // This thread's scanner once there is one; until then batches go to `later` (its promise). `workers`: a given
    // batch scanner, or the offload once started; every batch after that goes to them.
    let scanner: Scanner | undefined;
    let later: HistoryBatchScanner | undefined;
    let workers: HistoryBatchScanner | undefined;
    let scanMs = 0;
    // Batches out, delivered strictly in the order they were handed over (the log's order).
    let pending = 0;
    let delivered: Promise<void> = Promise.resolve();
    const maxPending = Math.max(1, options.pendingBatches ?? 8);

    const deliver = (b: PendingBatch, result: HistoryBatchResult) => {
      result.findings.forEach((findings, i) => {
        if (findings.length === 0) return;
        const rec = b.records[b.commits[i]!]!;
        if (!rec.shown) {
          const subject = result.subjects[b.commits[i]!];
          if (subject === undefined) throw new Error('history batch: a commit with findings came back without its masked subject');
          rec.shown = { ...rec.header, subject };
        }
        const added = b.added[i]!;
        const path = b.paths[i]!;
        for (const finding of findings) {
          const { line, column } = positionIn(added, finding.start);
          const end = positionIn(added, finding.end);
          onHit({ finding, valueHash: valueHashOf(finding.fingerprint), path, line, column, endLine: end.line, endColumn: end.column, commit: rec.shown });
        }
      });
    };
    const fail = (e: unknown) => {
      failed ??= e as Error;
      child.kill();
      // A paused pipe would never end, and the scan ends when git's streams close.
      child.stdout.resume();
    };
    const submit = () => {
      const b = batch;
      if (b.texts.length === 0) return;
      batch = newBatch();
      if (!workers && options.offload && scanMs >= options.offload.afterMs) workers = options.offload.start();
      if (!workers && scanner && pending === 0) {
        const started = cpuMs();
        const result = scanHistoryBatch(scanner, b);
        scanMs += cpuMs() - started;
        deliver(b, result);
        return;
      }
      const { texts, paths, commits, subjects } = b;
      const out = (workers ?? later!).scanBatch({ texts, paths, commits, subjects, suppressions });
      pending++;
      if (pending >= maxPending) child.stdout.pause();
      delivered = delivered
        .then(() => out)
        .then((result) => {
          if (!failed) deliver(b, result);
        })
        .catch(fail)
        .finally(() => {
          pending--;
          if (pending < maxPending && !failed) child.stdout.resume();
        });
    };

    const onText = (added: AddedText) => {
      if (!record || path === null) return;
      // A commit's files come one after another: its record, if in this batch, is the last one.
      let k = batch.records.length - 1;
      if (batch.records[k] !== record) {
        k = batch.records.push(record) - 1;
        batch.subjects.push(record.header.subject);
      }
      batch.texts.push(added.text);
      batch.paths.push(path);
      batch.commits.push(k);
      batch.added.push(added);
      batch.chars += added.text.length;
      if (batch.chars >= BATCH_CHARS) submit();
    };
    const collector = new AddedTextCollector(onText);
    const wanted = options.scanPath ?? (() => true);
    let scanning = false;
    const parser = new PatchParser({
      commit(header) {
        collector.flush();
        record = { header };
        path = null;
        stats.commits++;
        options.onProgress?.(stats.commits, parser.bytes);
      },
      file(newPath) {
        collector.flush();
        path = newPath;
        scanning = newPath !== null && wanted(newPath);
      },
      added(text, line) {
        if (scanning) collector.add(text, line);
      },
    });

    // `--` after revision arguments: a file named HEAD in the work tree must not make them ambiguous.
    const child = spawnGit(options.revisions?.length ? [...LOG_ARGS, ...options.revisions, '--'] : LOG_ARGS, { cwd: options.cwd, signal: options.signal, gitPath: options.gitPath });
    // Only the start of stderr is kept: git may warn once per commit (rename limits) on a long history.
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    child.stderr.on('data', (b: Buffer) => {
      if (stderrBytes < 16384) stderr.push(b);
      stderrBytes += b.length;
    });
    const parse = (chunk: Buffer) => {
      if (failed) return;
      try {
        parser.push(chunk);
      } catch (e) {
        fail(e);
      }
    };
    // Until `parseAfter` settles, chunks wait here (git is paused past EARLY_BYTES).
    let early: Buffer[] | undefined;
    let earlyBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      if (!early) return parse(chunk);
      early.push(chunk);
      earlyBytes += chunk.length;
      if (earlyBytes >= EARLY_BYTES) child.stdout.pause();
    });
    let parsing: Promise<unknown> = Promise.resolve();
    if (options.parseAfter) {
      early = [];
      parsing = options.parseAfter.then(
        () => {
          const chunks = early!;
          early = undefined;
          for (const chunk of chunks) parse(chunk);
          if (pending < maxPending && !failed) child.stdout.resume();
        },
        (e) => {
          early = undefined;
          fail(e);
        },
      );
    }
    child.on('error', (e: NodeJS.ErrnoException) => {
      failed ??= e.name === 'AbortError' ? e : new GitUnavailableError(`cannot run git: ${e.code ?? e.message}`);
    });
    child.on('close', (code) => void parsing.then(() => finish(code)));
    const finish = (code: number | null) => {
      if (!failed) {
        try {
          parser.end();
          collector.flush();
          submit();
        } catch (e) {
          failed = e as Error;
        }
      }
      void delivered.then(() => {
        if (failed) return reject(failed);
        if (code !== 0) return reject(new GitLogError(`git log failed: ${Buffer.concat(stderr).toString('utf8').trim() || `exit ${code}`}`));
        stats.bytes = parser.bytes;
        resolve(stats);
      });
    };
    child.stdin.on('error', () => {
      // git exits early on a bad revision; its stderr explains why.
    });
    const revs = [...options.include, ...(options.exclude ?? []).map((rev) => `^${rev}`)];
    child.stdin.end(revs.join('\n') + '\n');
    try {
      const given = options.scanner;
      if (isBatchScanner(given)) {
        workers = given;
      } else {
        const made = typeof given === 'function' ? given() : given;
        if (made instanceof Promise) {
          later = {
            scanBatch: (b) =>
              made.then((s) => {
                const started = cpuMs();
                const result = scanHistoryBatch(s, b);
                scanMs += cpuMs() - started;
                return result;
              }),
          };
          made.then((s) => (scanner = s), fail);
        } else {
          scanner = made;
        }
      }
    } catch (e) {
      fail(e);
    }
  });
}
