// Where the repository is, for suites and benchmarks that read its files or run its bundles: found by
// walking up from the bundle (out/test/<any depth>/, out/bench/), so moving a suite never breaks it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'esbuild.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

export const ROOT = repositoryRoot(__dirname);
