// Finds and reads the project config for a scan root. A malformed config is an error (exit 2) with the
// bad fields named, never silently half-applied.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, parseConfig, type HushConfig } from '../engine/config';

export class ConfigError extends Error {}

/** The nearest config file at or above `start`, stopping at a git root. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(path: string | undefined): { config: HushConfig; path?: string } {
  if (!path) return { config: DEFAULT_CONFIG };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const { config, problems } = parseConfig(text);
  if (problems.length > 0) {
    throw new ConfigError(`invalid config ${path}:\n${problems.map((p) => `  ${p.field}: ${p.message}`).join('\n')}`);
  }
  return { config, path };
}
