// Small, careful file writes for `hush fix`: strict UTF-8 reads (a file we cannot decode exactly is not
// rewritten), and writes through a temporary file renamed over the original, so a crash or a full disk
// leaves the old content rather than half a file.
import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { applyEdits, type OffsetEdit } from '../../engine';

export class FileProblem extends Error {}

/** The file's text, undefined when it does not exist; a FileProblem when it is not a small UTF-8 regular file. */
export function readUtf8(path: string, maxBytes = 10 * 1024 * 1024): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileProblem(`${basename(path)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!stat.isFile()) throw new FileProblem(`${basename(path)} is not a regular file`);
  if (stat.size > maxBytes) throw new FileProblem(`${basename(path)} is too large`);
  try {
    // ignoreBOM keeps a byte-order mark in the text, so writing the text back keeps it too.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
  } catch {
    throw new FileProblem(`${basename(path)} is not UTF-8 text`);
  }
}

export function writeAtomic(path: string, text: string): void {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const tmp = `${path}.hush-${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode: mode ?? 0o644, flag: 'wx' });
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new FileProblem(`${basename(path)} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Applies offset edits to the file as it is now (undefined: a new file). */
export function editFile(path: string, current: string | undefined, edits: readonly OffsetEdit[]): void {
  if (edits.length === 0) return;
  writeAtomic(path, applyEdits(current ?? '', [...edits]));
}
