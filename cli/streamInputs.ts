// Paths on the command line that are neither regular files nor folders: `-` (standard input), /dev/stdin,
// a FIFO (what a shell's `<(cmd)` is), a device. They cannot be walked or sized beforehand, so each is read
// to its end with a byte bound and scanned like a file; past the bound the scan stops with exit 2, never
// reporting clean what it did not read.
import { createReadStream, statSync } from 'node:fs';
import type { Scanner } from '../engine/detect/scan';
import { decodings } from '../workspace/readFile';
import { toReported } from '../workspace/reported';
import type { FileResult } from '../workspace/types';

/** Names of this process's standard input: read from the stream itself (opening them fails when it is a socket). */
const STDIN = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** True for a path the tree scan cannot take: `-`, or anything but a regular file or a folder. */
export function isStreamInput(path: string): boolean {
  if (STDIN.has(path)) return true;
  const stat = statSync(path);
  return !stat.isFile() && !stat.isDirectory();
}

/** How a stream input is named in reports. */
export function streamInputName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

async function readBounded(path: string, maxBytes: number): Promise<Buffer | undefined> {
  const stdin = STDIN.has(path);
  const stream = stdin ? process.stdin : createReadStream(path);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      if (!stdin) stream.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads and scans one stream input; throws when it is larger than `maxBytes`. */
export async function scanStreamInput(path: string, scanner: Scanner, maxBytes: number): Promise<FileResult> {
  const file = streamInputName(path);
  const bytes = await readBounded(path, maxBytes);
  if (bytes === undefined) throw new Error(`${file}: more than ${(maxBytes / 1048576).toFixed(1)} MB (--max-file-size): not scanned`);
  const texts = decodings(bytes);
  if (texts === undefined) return { file, absolute: file, bytes: bytes.length, findings: [], skipped: 'binary' };
  return { file, absolute: file, bytes: bytes.length, findings: texts.flatMap((text) => toReported(file, text, scanner.scan(text, { path: file }))) };
}
