// Reads a file for scanning: skips binaries and oversized files with a reason, decodes UTF-8 (with BOM)
// and UTF-16 (with BOM). The size is checked before reading so a huge file never enters memory; the file is
// opened non-blocking and must be a regular file (a FIFO put in its place would otherwise hang the scan).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { kindOf } from '../git/boundedRead';
import type { SkipReason } from './types';

export type ReadResult = { text: string; bytes: number; alternates?: string[] } | { skipped: SkipReason; bytes: number; error?: string };

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

function utf16be(bytes: Buffer): string {
  // An odd trailing byte cannot be a code unit: decode what does (a cut-off file is still scanned).
  const swapped = Buffer.from(bytes.subarray(0, bytes.length & ~1));
  swapped.swap16();
  return swapped.toString('utf16le');
}

/**
 * Every reading a buffer is scanned in, the likely one first; undefined when it looks binary (a NUL byte in
 * the first 8 KB, as git decides). A UTF-16 byte-order mark is only a claim: `FF FE` followed by plain ASCII
 * is read by any 8-bit tool as the ASCII it is, so such a file is scanned as UTF-16 and as 8-bit text.
 */
export function decodings(buf: Buffer): string[] | undefined {
  const le = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe;
  const be = buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff;
  if (le || be) {
    const body = buf.subarray(2);
    // The mark's two bytes stay as two characters, so the 8-bit reading keeps its columns.
    return [le ? body.toString('utf16le') : utf16be(body), buf.toString('latin1', 0, 2) + body.toString('utf8')];
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return undefined;
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return [buf.toString('utf8', start)];
}

/** The likely text of a buffer (decodings' first), or undefined when it looks binary. */
export function decode(buf: Buffer): string | undefined {
  return decodings(buf)?.[0];
}

/** Reused between reads of one thread: most files fit, so reading allocates nothing per file. */
let shared = Buffer.allocUnsafe(1 << 20);

export function readText(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skipped: 'unreadable', bytes: 0, error: `${kindOf(stat)}, not a regular file` };
    const size = stat.size;
    if (size > maxBytes) return { skipped: 'too-large', bytes: size };
    if (size > shared.length) shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
    let read = 0;
    while (read < size) {
      const n = readSync(fd, shared, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const buf = shared.subarray(0, read);
    const texts = decodings(buf);
    // Give back a buffer grown for one big file so the thread's memory stays flat.
    if (shared.length > 4 << 20) shared = Buffer.allocUnsafe(1 << 20);
    if (texts === undefined) return { skipped: 'binary', bytes: read };
    return texts.length > 1 ? { text: texts[0]!, bytes: read, alternates: texts.slice(1) } : { text: texts[0]!, bytes: read };
  } catch (e) {
    return { skipped: 'unreadable', bytes: 0, error: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
