// Lists the files to scan under a root, honouring .gitignore files at every level, .git/info/exclude
// and the config's excludes (gitignore semantics by the `ignore` package).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface WalkOptions {
  /** gitignore-style patterns relative to the root. */
  exclude: readonly string[];
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
}

export interface WalkedFile {
  absolute: string;
  /** Relative to the walk root, with forward slashes. */
  relative: string;
}

const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn']);

interface Level {
  dir: string;
  rules: Ignore;
}

function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function* walkFiles(root: string, options: WalkOptions): Generator<WalkedFile> {
  const useGitignore = options.gitignore !== false;
  const base = ignore().add(options.exclude as string[]);
  if (useGitignore) {
    const info = readIgnoreFile(join(root, '.git', 'info', 'exclude'));
    if (info) base.add(info);
  }
  const rootStat = statSync(root);
  if (rootStat.isFile()) {
    yield { absolute: root, relative: root.split(sep).pop()! };
    return;
  }
  yield* walkDir(root, root, [{ dir: root, rules: base }], useGitignore);
}

function isIgnored(levels: Level[], absolute: string, isDir: boolean): boolean {
  for (const level of levels) {
    const rel = relative(level.dir, absolute).split(sep).join('/');
    if (rel && level.rules.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

function* walkDir(root: string, dir: string, levels: Level[], useGitignore: boolean): Generator<WalkedFile> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable directory: nothing to list
  }
  let here = levels;
  if (useGitignore) {
    const gi = readIgnoreFile(join(dir, '.gitignore'));
    if (gi) here = [...levels, { dir, rules: ignore().add(gi) }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRS.has(entry.name) || isIgnored(here, absolute, true)) continue;
      yield* walkDir(root, absolute, here, useGitignore);
    } else if (entry.isFile()) {
      if (isIgnored(here, absolute, false)) continue;
      yield { absolute, relative: relative(root, absolute).split(sep).join('/') };
    }
  }
}
