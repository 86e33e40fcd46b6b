// Reads a file for scanning: skips binaries and oversized files with a reason, decodes UTF-8 (with BOM)
// and UTF-16 (with BOM). The size is checked before reading so a huge file never enters memory.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SkipReason } from './types';

export type ReadResult = { text: string; bytes: number } | { skipped: SkipReason; bytes: number; error?: string };

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Text of a buffer, or undefined when it looks binary (a NUL byte in the first 8 KB, as git decides). */
export function decode(buf: Buffer): string | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return undefined;
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return buf.toString('utf8', start);
}

/** Reused between reads of one thread: most files fit, so reading allocates nothing per file. */
let shared = Buffer.allocUnsafe(1 << 20);

export function readText(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { skipped: 'too-large', bytes: size };
    if (size > shared.length) shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
    let read = 0;
    while (read < size) {
      const n = readSync(fd, shared, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const buf = shared.subarray(0, read);
    const text = decode(buf);
    // Give back a buffer grown for one big file so the thread's memory stays flat.
    if (shared.length > 4 << 20) shared = Buffer.allocUnsafe(1 << 20);
    if (text === undefined) return { skipped: 'binary', bytes: read };
    return { text, bytes: read };
  } catch (e) {
    return { skipped: 'unreadable', bytes: 0, error: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
