// Streams `git log -p` over a set of commits and runs the engine over each file's ADDED lines. Memory
// stays bounded: git writes into a pipe, we parse line by line and scan per file as we go.
import type { Finding, Scanner } from '../engine';
import { AddedTextCollector, positionIn, type AddedText } from './addedText';
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

export interface HistoryScanOptions {
  cwd: string;
  /**
   * The scanner, or what builds it: a function is called once git is running, so the engine's start-up
   * (~1,150 rules) overlaps git's first commits instead of coming before them. When it returns a promise,
   * git's output is read and kept meanwhile (git never waits on a full pipe) and parsed once it resolves.
   */
  scanner: Scanner | (() => Scanner | Promise<Scanner>);
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

/** A commit subject can hold a secret too ("add key sk_live_…"): show it masked. */
export function redactText(scanner: Scanner, text: string): string {
  const findings = scanner.scan(text, { suppressions: false });
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + f.masked + out.slice(f.end);
  return out;
}

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

/** Calls `onHit` for every secret added by every commit in include ^exclude, newest commits first. */
export function scanHistory(options: HistoryScanOptions, onHit: (hit: HistoryHit) => void): Promise<HistoryScanStats> {
  return new Promise((resolve, reject) => {
    const stats: HistoryScanStats = { commits: 0, bytes: 0 };
    if (options.include.length === 0 && !options.revisions?.length) {
      resolve(stats);
      return;
    }
    let commit: CommitHeader | undefined;
    let path: string | null = null;
    let failed: Error | undefined;
    const scanOptions = { suppressions: options.suppressions !== false };
    // Set once built (see HistoryScanOptions.scanner); until then git's output waits in `early`.
    let scanner: Scanner;
    let early: Buffer[] | undefined = [];

    const onText = (added: AddedText) => {
      if (!commit || path === null) return;
      for (const finding of scanner.scan(added.text, { ...scanOptions, path })) {
        const { line, column } = positionIn(added, finding.start);
        const end = positionIn(added, finding.end);
        onHit({ finding, valueHash: valueHashOf(finding.fingerprint), path, line, column, endLine: end.line, endColumn: end.column, commit });
      }
    };
    const collector = new AddedTextCollector(onText);
    const wanted = options.scanPath ?? (() => true);
    let scanning = false;
    const parser = new PatchParser({
      commit(header) {
        collector.flush();
        commit = { ...header, subject: redactText(scanner, header.subject) };
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
        failed = e as Error;
        child.kill();
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (early) early.push(chunk);
      else parse(chunk);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      failed ??= e.name === 'AbortError' ? e : new GitUnavailableError(`cannot run git: ${e.code ?? e.message}`);
    });
    let built: Promise<unknown> = Promise.resolve();
    child.on('close', (code) => void built.then(() => finish(code)));
    const finish = (code: number | null) => {
      if (!failed) {
        try {
          parser.end();
          collector.flush();
        } catch (e) {
          failed = e as Error;
        }
      }
      if (failed) return reject(failed);
      if (code !== 0) return reject(new GitLogError(`git log failed: ${Buffer.concat(stderr).toString('utf8').trim() || `exit ${code}`}`));
      stats.bytes = parser.bytes;
      resolve(stats);
    };
    child.stdin.on('error', () => {
      // git exits early on a bad revision; its stderr explains why.
    });
    const revs = [...options.include, ...(options.exclude ?? []).map((rev) => `^${rev}`)];
    child.stdin.end(revs.join('\n') + '\n');
    const ready = (s: Scanner) => {
      scanner = s;
      const chunks = early!;
      early = undefined;
      for (const chunk of chunks) parse(chunk);
    };
    const fail = (e: unknown) => {
      failed ??= e as Error;
      early = undefined;
      child.kill();
    };
    try {
      const made = typeof options.scanner === 'function' ? options.scanner() : options.scanner;
      if (made instanceof Promise) built = made.then(ready, fail);
      else ready(made);
    } catch (e) {
      fail(e);
    }
  });
}
