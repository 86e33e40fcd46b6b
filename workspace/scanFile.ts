// One file's scan, identical on the main thread and in a worker: read (skip binaries and oversized
// files) → content hash when a cache is in use (unchanged content is not rescanned) → engine → 1-based
// positions. Only masked values and fingerprints leave this function.
import type * as Crypto from 'node:crypto';
import ignore from 'ignore';
import type { HushConfig } from '../engine/config';
import { createScanner, type Scanner } from '../engine/detect/scan';
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

export function makeScanner(config: HushConfig): Scanner {
  return createScanner({ config, pathMatches: (pattern, path) => ignore().add(pattern).ignores(path) });
}

// Loaded on first use: only a cached scan hashes contents, and node:crypto is slow to load.
let nodeCrypto: typeof Crypto | undefined;

export function contentHash(text: string): string {
  nodeCrypto ??= require('node:crypto') as typeof Crypto;
  return nodeCrypto.createHash('sha1').update(text).digest('hex');
}

export function scanFile(scanner: Scanner, task: FileTask, settings: FileScanSettings): FileResult {
  const read = readText(task.absolute, settings.maxFileBytes);
  const base = { file: task.file, absolute: task.absolute, bytes: read.bytes };
  if ('skipped' in read) return { ...base, findings: [], skipped: read.skipped, detail: read.error };
  const hash = settings.hash ? contentHash(read.text) : undefined;
  if (hash !== undefined && hash === task.knownHash) return { ...base, findings: [], hash, cached: true };
  const findings = toReported(task.file, read.text, scanner.scan(read.text, { path: task.configPath ?? task.file }));
  return { ...base, findings, hash };
}

/** Scanners built on first use per config id (0: the scan's own config), so configs nobody uses cost nothing. */
export class ScannerSet {
  private readonly scanners = new Map<number, Scanner>();
  constructor(private readonly configOf: (id: number) => HushConfig | undefined) {}

  get(id = 0): Scanner {
    let scanner = this.scanners.get(id);
    if (!scanner) {
      const config = this.configOf(id);
      if (!config) throw new Error(`no config ${id} in this scan`);
      scanner = makeScanner(config);
      this.scanners.set(id, scanner);
    }
    return scanner;
  }
}

/** scanFile that never throws: an engine failure on one file is reported for that file, the scan goes on. */
export function safeScanFile(scanners: ScannerSet, task: FileTask, settings: FileScanSettings): FileResult {
  try {
    return scanFile(scanners.get(task.configId), task, settings);
  } catch (e) {
    return { file: task.file, absolute: task.absolute, bytes: 0, findings: [], skipped: 'error', detail: (e as Error).message };
  }
}
