// dist/cli.js: starts the CLI bundle (dist/cliMain.js) from V8's code cache (workspace/codeCache.ts), so a run
// does not parse and compile half a megabyte of JavaScript again (the largest start-up cost of a pre-commit
// `hush scan --staged`). Each kind of command keeps its own cache; scan workers started from here load theirs
// the same way (workspace/scanWorkerBoot.ts).
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { cachedBundle, WORKER_CODE_CACHE, type CachedBundle } from '../workspace/codeCache';

/** sha256 of dist/cliMain.js, set by esbuild.mjs (undefined in watch builds: size and mtime change anyway). */
declare const HUSH_BUNDLE_HASH: string | undefined;

const bundle = join(__dirname, 'cliMain.js');

/** Commands compile different code: each kind keeps its own cache (the staged scan's is what hooks use). */
function commandKind(argv: readonly string[]): string {
  if (argv.includes('--staged')) return 'staged';
  if (argv.includes('--history')) return 'history';
  return argv[0] === 'scan' || argv[0] === 'hook' || argv[0] === 'redact' ? argv[0] : 'other';
}

// Rule regexes compile straight to machine code: by default V8 first compiles each to bytecode and interprets
// its first run, and a scan runs hundreds of rules a handful of times each (3-4% of a tree scan's CPU). Set
// before the bundle is compiled, so the code cache is written and read under the same flags.
setFlagsFromString('--no-regexp-tier-up');

let cached: CachedBundle | undefined;
try {
  cached = cachedBundle(bundle, `cli-${commandKind(process.argv.slice(2))}`, typeof HUSH_BUNDLE_HASH === 'string' ? HUSH_BUNDLE_HASH : undefined, module);
} catch {
  cached = undefined; // unreadable cache directory, bad data: compile as usual
}
if (cached) {
  const { save } = cached;
  process.once('exit', () => {
    try {
      save();
    } catch {
      // a read-only or full disk: the next run compiles again
    }
  });
  // Workers of this process run under the same flags: they may load their bundle from the cache too (pool.ts).
  (globalThis as Record<symbol, unknown>)[WORKER_CODE_CACHE] = true;
  cached.run();
} else {
  require(bundle);
}
