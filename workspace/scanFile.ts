// One file's scan, identical on the main thread and in a worker: read (skip binaries and oversized
// files) → content hash when a cache is in use (unchanged content is not rescanned) → engine → 1-based
// positions. Only masked values and fingerprints leave this function.
import type * as Crypto from 'node:crypto';
import ignore from 'ignore';
import type { HushConfig } from '../engine/config';
import { createScanner, type CustomRuleTimeout, type Scanner } from '../engine/detect/scan';
import { regexGuard } from './regexGuard';
import { readText } from './readFile';
import { toReported } from './reported';
import type { FileResult } from './types';

export interface FileTask {
  absolute: string;
  file: string;
  /** Hash of the content whose findings the cache holds for this file. */
  knownHash?: string;
  /** Which config applies (a nested `.hush.json`); absent: the scan's own config. */
  configId?: number;
  /** The path relative to that nested config's folder, for its ignore entries' `path` patterns. */
  configPath?: string;
}

export interface FileScanSettings {
  maxFileBytes: number;
  /** Compute content hashes (a cache is in use). */
  hash: boolean;
}

/** A scanner for a config; its custom rules run under the thread's time budget (regexGuard.ts). */
export function makeScanner(config: HushConfig, onRuleTimeout?: (t: CustomRuleTimeout) => void): Scanner {
  return createScanner({
    config,
    pathMatches: (pattern, path) => ignore().add(pattern).ignores(path),
    regexRunner: config.rules.length > 0 ? regexGuard() : undefined,
    onRuleTimeout,
  });
}

// Loaded on first use: only a cached scan hashes contents, and node:crypto is slow to load.
let nodeCrypto: typeof Crypto | undefined;

export function contentHash(text: string): string {
  nodeCrypto ??= require('node:crypto') as typeof Crypto;
  return nodeCrypto.createHash('sha1').update(text).digest('hex');
}

export function scanFile(scanner: Scanner, task: FileTask, settings: FileScanSettings, timeouts?: CustomRuleTimeout[]): FileResult {
  const read = readText(task.absolute, settings.maxFileBytes);
  const base = { file: task.file, absolute: task.absolute, bytes: read.bytes };
  if ('skipped' in read) return { ...base, findings: [], skipped: read.skipped, detail: read.error };
  const hash = settings.hash ? contentHash(read.text) : undefined;
  if (hash !== undefined && hash === task.knownHash) return { ...base, findings: [], hash, cached: true };
  const path = task.configPath ?? task.file;
  // A file with a UTF-16 mark is also scanned as 8-bit text (readFile.ts: the mark may lie).
  const findings = [read.text, ...(read.alternates ?? [])].flatMap((text) => toReported(task.file, text, scanner.scan(text, { path })));
  // A custom rule stopped on this file: the file's result is incomplete, so it is not cached either.
  if (timeouts && timeouts.length > 0) return { ...base, findings, ruleTimeouts: timeouts.splice(0).map((t) => ({ ruleId: t.ruleId, index: t.index, configId: task.configId ?? 0 })) };
  return { ...base, findings, hash };
}

/** Scanners built on first use per config id (0: the scan's own config), so configs nobody uses cost nothing. */
export class ScannerSet {
  private readonly scanners = new Map<number, Scanner>();
  /** Custom rules stopped during the file being scanned (scans are synchronous: one file at a time). */
  readonly timeouts: CustomRuleTimeout[] = [];
  constructor(private readonly configOf: (id: number) => HushConfig | undefined) {}

  get(id = 0): Scanner {
    let scanner = this.scanners.get(id);
    if (!scanner) {
      const config = this.configOf(id);
      if (!config) throw new Error(`no config ${id} in this scan`);
      scanner = makeScanner(config, (t) => this.timeouts.push(t));
      this.scanners.set(id, scanner);
    }
    return scanner;
  }
}

/** scanFile that never throws: an engine failure on one file is reported for that file, the scan goes on. */
export function safeScanFile(scanners: ScannerSet, task: FileTask, settings: FileScanSettings): FileResult {
  try {
    return scanFile(scanners.get(task.configId), task, settings, scanners.timeouts);
  } catch (e) {
    return { file: task.file, absolute: task.absolute, bytes: 0, findings: [], skipped: 'error', detail: (e as Error).message };
  }
}
