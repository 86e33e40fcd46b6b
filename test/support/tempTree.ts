// Temporary directories and file trees for tests and benchmarks: one place that creates them, so every
// suite writes the same way (parent folders created, text or bytes) under the system's temp directory.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new empty directory under the system temp directory, named `<prefix>XXXXXX`. */
export function tempDir(prefix = 'hush-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes one file under `root`, creating its folders. */
export function writeFile(root: string, path: string, content: string | Buffer): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

/** Writes `{ relativePath: content }` under `root`. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) writeFile(root, path, content);
}

/** A new temp directory holding `{ relativePath: content }`. */
export function tempTree(files: Record<string, string | Buffer> = {}, prefix = 'hush-'): string {
  const root = tempDir(prefix);
  writeFiles(root, files);
  return root;
}
