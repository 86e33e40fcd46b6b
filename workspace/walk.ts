// Lists the files to scan under a root, honouring .gitignore files at every level, .git/info/exclude
// and the config's excludes (gitignore semantics by the `ignore` package). An async generator: the
// consumer pulls, so at most one directory listing per level is held, whatever the tree's size.
import { readdir, stat } from 'node:fs/promises';
import { readSmallFileAsync } from '../git/boundedRead';
import { basename, join, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface WalkOptions {
  /** gitignore-style patterns, relative to `excludeBase` (default: the root). */
  exclude?: readonly string[];
  /** Directory the exclude patterns are relative to (the config file's folder), when it contains the root. */
  excludeBase?: string;
  /** More gitignore-style patterns, relative to the root, that nested configs do not replace (editor settings). */
  extraExclude?: readonly string[];
  /** Honour .gitignore files and .git/info/exclude (default true). */
  gitignore?: boolean;
  signal?: AbortSignal;
  /**
   * Called for each directory (the root included) whose entries hold one of `scopeFiles` or a `.git`: a
   * returned scope replaces the config excludes for that subtree (nearest config wins, no merging) and its
   * id is given to the files below it.
   */
  scopeAt?(dir: string, names: { config: string | undefined; git: boolean }): WalkScope | undefined;
  /** File names that start a scope, in order of preference. */
  scopeFiles?: readonly string[];
  /**
   * Something the walk could not read: a directory it cannot list, an ignore file that is not a regular
   * file or is too large. Never silently dropped: the scan lists it with the files it skipped.
   */
  onUnreadable?(absolute: string, detail: string): void;
}

export interface WalkScope {
  id: number;
  /** gitignore-style patterns relative to the scope's directory. */
  exclude: readonly string[];
}

export interface WalkedFile {
  absolute: string;
  /** Relative to the walk root, with forward slashes. */
  relative: string;
  /** The innermost scope (from `scopeAt`) holding the file, when there is one. */
  scope?: { id: number; dir: string };
}

const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn']);

/** Lookups after which a rule set starts a fresh cache. */
const LOOKUPS_PER_CACHE = 4096;

/**
 * gitignore rules with a bounded lookup cache: `ignore` remembers the answer for every path it is asked
 * about (and each of its parents), about 14 MB held until the end of a walk over 100,000 files. The walk
 * prunes ignored directories itself, so a fresh cache now and then costs only a re-parse of a few patterns.
 */
export class PathRules {
  private rules: Ignore;
  private lookups = 0;

  constructor(private readonly patterns: string | readonly string[]) {
    this.rules = ignore().add(patterns as string | string[]);
  }

  ignores(relative: string): boolean {
    if (++this.lookups > LOOKUPS_PER_CACHE) {
      this.rules = ignore().add(this.patterns as string | string[]);
      this.lookups = 0;
    }
    return this.rules.ignores(relative);
  }
}

interface Level {
  /** Absolute directory the rules are relative to, with a trailing separator. */
  prefix: string;
  rules: PathRules;
  /** The config's excludes: replaced, not added to, by a nested config. */
  config?: true;
}

/** An ignore file's text; undefined when missing or unreadable (said through `onUnreadable`). */
async function readIgnoreFile(path: string, onUnreadable: WalkOptions['onUnreadable']): Promise<string | undefined> {
  // Non-blocking and bounded: a FIFO named .gitignore would otherwise hang the walk, /dev/zero fill memory.
  const read = await readSmallFileAsync(path);
  if ('text' in read) return read.text;
  if ('problem' in read) onUnreadable?.(path, read.problem);
  return undefined;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function isIgnored(levels: readonly Level[], absolute: string, isDir: boolean): boolean {
  for (const level of levels) {
    // Paths are built by joining onto the level's directory, so slicing is the relative path.
    const rel = toPosix(absolute.slice(level.prefix.length));
    if (rel && level.rules.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

export async function* walkFiles(root: string, options: WalkOptions = {}): AsyncGenerator<WalkedFile> {
  const useGitignore = options.gitignore !== false;
  const rootStat = await stat(root);
  if (rootStat.isFile()) {
    yield { absolute: root, relative: basename(root) };
    return;
  }
  const rootPrefix = root.endsWith(sep) ? root : root + sep;
  const levels: Level[] = [];
  const excludeBase = options.excludeBase === undefined ? undefined : options.excludeBase.endsWith(sep) ? options.excludeBase : options.excludeBase + sep;
  const excludes = new PathRules(options.exclude ?? []);
  if (excludeBase !== undefined && rootPrefix.startsWith(excludeBase)) levels.push({ prefix: excludeBase, rules: excludes, config: true });
  else levels.push({ prefix: rootPrefix, rules: excludes, config: true });
  if (options.extraExclude && options.extraExclude.length > 0) levels.push({ prefix: rootPrefix, rules: new PathRules(options.extraExclude) });
  if (useGitignore) {
    const info = await readIgnoreFile(join(root, '.git', 'info', 'exclude'), options.onUnreadable);
    if (info) levels.push({ prefix: rootPrefix, rules: new PathRules(info) });
  }
  // Depth-first with an explicit stack of pending directories (each small: names only).
  const scopeFiles = options.scopeAt ? new Set(options.scopeFiles ?? []) : undefined;
  const stack: { dir: string; levels: Level[]; scope: WalkedFile['scope'] }[] = [{ dir: root, levels, scope: undefined }];
  while (stack.length > 0) {
    if (options.signal?.aborted) return;
    const popped = stack.pop()!;
    const dir = popped.dir;
    let scope = popped.scope;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      // Its files cannot be scanned: said, so a tree is never reported clean for what was not read.
      options.onUnreadable?.(dir, `folder cannot be listed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    let here = popped.levels;
    if (scopeFiles && scopeFiles.size > 0) {
      // One pass over names the walk lists anyway: trees without nested configs pay nothing else.
      let config: string | undefined;
      let git = false;
      for (const e of entries) {
        if (e.name === '.git') git = true;
        else if (scopeFiles.has(e.name) && !e.isDirectory() && (config === undefined || options.scopeFiles!.indexOf(e.name) < options.scopeFiles!.indexOf(config))) config = e.name;
      }
      const found = config !== undefined || git ? options.scopeAt!(dir, { config, git }) : undefined;
      if (found) {
        const prefix = dir.endsWith(sep) ? dir : dir + sep;
        here = [{ prefix, rules: new PathRules(found.exclude), config: true }, ...here.filter((l) => !l.config)];
        scope = { id: found.id, dir };
      }
    }
    if (useGitignore && entries.some((e) => e.name === '.gitignore')) {
      const gi = await readIgnoreFile(join(dir, '.gitignore'), options.onUnreadable);
      if (gi) here = [...here, { prefix: dir.endsWith(sep) ? dir : dir + sep, rules: new PathRules(gi) }];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_DIRS.has(entry.name) && !isIgnored(here, absolute, true)) subdirs.push(absolute);
      } else if (entry.isFile()) {
        if (!isIgnored(here, absolute, false)) yield scope ? { absolute, relative: toPosix(absolute.slice(rootPrefix.length)), scope } : { absolute, relative: toPosix(absolute.slice(rootPrefix.length)) };
      }
    }
    // Reverse so the stack pops directories in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ dir: subdirs[i]!, levels: here, scope });
  }
}
