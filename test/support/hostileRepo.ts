// A hostile repository, built at test time in a temp dir: what a cloned repository can hold to hang Hush, grow
// its memory, make it write outside the workspace or report a tree clean when it is not (issue 17). Each trap
// is a function, so a test lays only the ones it is about, and `layAll` lays them together for the tests
// that check nothing of it hangs. Secrets are built at run time from a seeded generator.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { tempDir as newTempDir, writeFile } from './tempTree';

const g = createExampleGen(1717);

/** A custom rule that passes the static linear-time proof yet is quadratic: its period is two characters. */
export const SLOW_RULE = { id: 'slow-ab', description: 'passes the proof, quadratic on a run of "ab"', pattern: 'zq(?<secret>(?:ab)*(?:ab)*)c', keywords: ['zq'] };

/** A line on which SLOW_RULE runs for minutes (a match is tried from the one `zq`, then fails at the end). */
export function slowLine(pairs = 300_000): string {
  return `zq${'ab'.repeat(pairs)}\n`;
}

/** A fresh GitHub token (the built-in rule finds it). */
export function githubToken(): string {
  return g.crc32Token('ghp_', 30);
}

/** An ACME token for the custom rule `acme_(?<secret>[a-z0-9]{32})`. */
export function acmeToken(): string {
  return `acme_${g.lower(20)}${g.digits(12)}`;
}

export const ACME_RULE = { id: 'acme-token', description: 'ACME API token', pattern: 'acme_(?<secret>[a-z0-9]{32})', keywords: ['acme_'] };

export function tempDir(prefix = 'hush-hostile-'): string {
  return newTempDir(prefix);
}

export const write = writeFile;

export function link(root: string, path: string, target: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  symlinkSync(target, full);
  return full;
}

/** A named pipe: whoever opens it for reading waits for a writer that never comes. */
export function fifo(root: string, path: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  execFileSync('mkfifo', [full]);
  return full;
}

/**
 * A folder the walk cannot list, even as root (tests here run as root, which chmod 000 does not stop): nested
 * past PATH_MAX, so listing it by its full path fails with ENAMETOOLONG. Built with relative steps; a file
 * with `content` is put at the bottom. Returns the top folder's name.
 */
export function unlistableFolder(root: string, content: string): string {
  const step = Array.from({ length: 8 }, () => 'd'.repeat(250)).join('/');
  const script = `set -e; ${Array.from({ length: 3 }, () => `mkdir -p '${step}' && cd '${step}'`).join(' && ')} && cat > secret.js`;
  execFileSync('bash', ['-c', script], { cwd: root, input: content, stdio: ['pipe', 'ignore', 'ignore'] });
  return 'd'.repeat(250);
}

/** What `layAll` planted: the files whose secrets must be reported, and the traps that must be listed as skipped. */
export interface HostileTree {
  /** Display paths (relative to the root) of files holding a secret that must be found. */
  secrets: string[];
  /** Display paths the scan must list as unreadable, or (a folder) a path below which it lists one. */
  unreadable: string[];
}

/**
 * Every trap at once (the config stays valid, so a scan runs: a broken config is its own test): a custom rule
 * that passes the proof but backtracks, ignore files that are a FIFO or /dev/zero, a file that is a FIFO and
 * links to /dev/zero and outside the tree (not followed), names with a newline and with terminal escapes, a
 * UTF-16 mark that lies, an odd-length UTF-16BE file, and a folder that cannot be listed.
 */
export function layAll(root: string): HostileTree {
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  write(root, '.hush.json', JSON.stringify({ rules: [SLOW_RULE, ACME_RULE] }, null, 2));
  write(root, 'slow.txt', slowLine());
  write(root, 'app.js', `const a = "${acmeToken()}";\n`);
  fifo(root, 'sub/.gitignore');
  write(root, 'sub/kept.js', `const g = "${githubToken()}";\n`);
  link(root, 'zero/.gitignore', '/dev/zero');
  write(root, 'zero/kept.js', `const g = "${githubToken()}";\n`);
  fifo(root, 'pipe.js');
  link(root, 'zero.js', '/dev/zero');
  link(root, 'outside', '/etc');
  write(root, 'new\nline.js', `const g = "${githubToken()}";\n`);
  write(root, 'esc\u001b[2Jape.js', `const g = "${githubToken()}";\n`);
  write(root, 'fake-bom.env', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`TOKEN=${githubToken()}\n`)]));
  write(root, 'odd16.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`token: ${githubToken()}\n`), Buffer.from([0x41])]));
  const deep = unlistableFolder(root, `const g = "${githubToken()}";\n`);
  return {
    secrets: ['app.js', 'esc\u001b[2Jape.js', 'fake-bom.env', 'new\nline.js', 'odd16.txt', 'sub/kept.js', 'zero/kept.js'],
    unreadable: ['sub/.gitignore', 'zero/.gitignore', deep],
  };
}
