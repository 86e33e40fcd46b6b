// Reads a small file a repository may hold (`.hush.json`, `.gitignore`, `.env`, a hook, a baseline) only when it
// is a regular file under a size cap. A cloned repository can commit `.hush.json` as a symlink to /dev/zero
// (endless) or hold a FIFO (an open that waits forever): the file is opened non-blocking, its type and size
// are checked on the open descriptor (the thing actually read, symlinks followed), and anything else is a
// problem in words, never a hang. Here because git/ is the lowest layer allowed to touch the file system.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** A config, ignore or store file larger than this is refused (the largest real ones are a few KB). */
export const SMALL_FILE_MAX_BYTES = 4 * 1024 * 1024;

/** `folder`: the path is a directory (callers that write there say so in their own words). */
export type BoundedRead = { text: string } | { missing: true } | { problem: string; folder?: true };

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What a non-regular file is, in words. */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refusal(stat: Stats, maxBytes: number): string | undefined {
  if (!stat.isFile()) return `is ${kindOf(stat)}, not a regular file: not read`;
  if (stat.size > maxBytes) return `is ${stat.size} bytes, more than the ${maxBytes}-byte limit for this kind of file: not read`;
  return undefined;
}

function errorProblem(e: unknown): BoundedRead {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
  if (code === 'ELOOP') return { problem: 'is a symbolic link loop: not read' };
  return { problem: `cannot be read (${code ?? (e as Error).message})` };
}

/** As readFileSync(path, 'utf8') would give it (a BOM stays: callers that parse drop it). */
function decodeText(buf: Buffer): string {
  return buf.toString('utf8');
}

/** The file's UTF-8 text, `missing`, or why it was not read. */
export function readSmallFile(path: string, maxBytes = SMALL_FILE_MAX_BYTES): BoundedRead {
  let fd: number | undefined;
  try {
    fd = openSync(path, FLAGS);
    const stat = fstatSync(fd);
    const refused = refusal(stat, maxBytes);
    if (refused) return { problem: refused, ...(stat.isDirectory() ? { folder: true as const } : {}) };
    // Never more than the cap, even if the file grows while it is read.
    const buf = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let read = 0;
    while (read < buf.length) {
      const n = readSync(fd, buf, read, buf.length - read, null);
      if (n === 0) break;
      read += n;
    }
    if (read > maxBytes) return { problem: `grew past the ${maxBytes}-byte limit while being read: not read` };
    return { text: decodeText(buf.subarray(0, read)) };
  } catch (e) {
    return errorProblem(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** readSmallFile without blocking the event loop (the walk reads every `.gitignore` this way). */
export async function readSmallFileAsync(path: string, maxBytes = SMALL_FILE_MAX_BYTES): Promise<BoundedRead> {
  let handle;
  try {
    handle = await open(path, FLAGS);
    const stat = await handle.stat();
    const refused = refusal(stat, maxBytes);
    if (refused) return { problem: refused, ...(stat.isDirectory() ? { folder: true as const } : {}) };
    const buf = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let read = 0;
    while (read < buf.length) {
      const { bytesRead } = await handle.read(buf, read, buf.length - read, null);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    if (read > maxBytes) return { problem: `grew past the ${maxBytes}-byte limit while being read: not read` };
    return { text: decodeText(buf.subarray(0, read)) };
  } catch (e) {
    return errorProblem(e);
  } finally {
    await handle?.close();
  }
}

/** The text, or undefined when the file is missing; throws `toError(problem)` for anything else. */
export function textOrMissing(read: BoundedRead, toError: (problem: string) => Error): string | undefined {
  if ('text' in read) return read.text;
  if ('missing' in read) return undefined;
  throw toError(read.problem);
}
