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
   * (~1,150 rules) overlaps git's first commits instead of coming before them.
   */
  scanner: Scanner | (() => Scanner);
  /** Commits to walk from (SHAs or revision names) … */
  include: readonly string[];
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
    if (options.include.length === 0) {
      resolve(stats);
      return;
    }
    let commit: CommitHeader | undefined;
    let path: string | null = null;
    let failed: Error | undefined;
    const scanOptions = { suppressions: options.suppressions !== false };
    // Set right after git starts, before any of its output can arrive (see HistoryScanOptions.scanner).
    let scanner: Scanner;

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

    const child = spawnGit(LOG_ARGS, { cwd: options.cwd, signal: options.signal, gitPath: options.gitPath });
    // Only the start of stderr is kept: git may warn once per commit (rename limits) on a long history.
    const stderr: Buffer[] = [];
    let stderrBytes = 0;
    child.stderr.on('data', (b: Buffer) => {
      if (stderrBytes < 16384) stderr.push(b);
      stderrBytes += b.length;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        parser.push(chunk);
      } catch (e) {
        failed = e as Error;
        child.kill();
      }
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      failed ??= e.name === 'AbortError' ? e : new GitUnavailableError(`cannot run git: ${e.code ?? e.message}`);
    });
    child.on('close', (code) => {
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
    });
    child.stdin.on('error', () => {
      // git exits early on a bad revision; its stderr explains why.
    });
    const revs = [...options.include, ...(options.exclude ?? []).map((rev) => `^${rev}`)];
    child.stdin.end(revs.join('\n') + '\n');
    try {
      scanner = typeof options.scanner === 'function' ? options.scanner() : options.scanner;
    } catch (e) {
      failed = e as Error;
      child.kill();
    }
  });
}
