// Finds and reads the project config for a scan root. A malformed config is an error (exit 2) with the
// bad fields named, never silently half-applied.
import { existsSync } from 'node:fs';
import { readSmallFile } from '../git/boundedRead';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, parseConfig, type HushConfig } from '../engine/config';

export class ConfigError extends Error {}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The nearest config file at or above `start`, never above the repository (a folder holding `.git`) nor,
 * outside a repository, above the working directory (or `start` itself when it is not below it): a
 * `/tmp/.hush.json` or `~/.hush.json` must not switch rules off for every scan below it.
 */
export function findConfigFile(start: string, cwd = process.cwd()): string | undefined {
  const from = resolve(start);
  const stop = repositoryRoot(from) ?? (isInside(resolve(cwd), from) ? resolve(cwd) : from);
  for (let dir = from; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

/** The nearest folder at or above `dir` that holds `.git`. */
function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

export function loadConfig(path: string | undefined): { config: HushConfig; path?: string } {
  if (!path) return { config: DEFAULT_CONFIG };
  // A regular file under the size cap only: a repository can commit a symlink to /dev/zero or hold a FIFO.
  const read = readSmallFile(path);
  if ('missing' in read) throw new ConfigError(`cannot read config ${path}: it does not exist`);
  if ('problem' in read) throw new ConfigError(`${path} ${read.problem}`);
  const { text } = read;
  const { config, problems } = parseConfig(text);
  if (problems.length > 0) {
    throw new ConfigError(`invalid config ${path}:\n${problems.map((p) => `  ${p.field}: ${p.message}`).join('\n')}`);
  }
  return { config, path };
}
