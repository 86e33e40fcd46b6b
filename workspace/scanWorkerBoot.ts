// dist/scanWorkerBoot.js: starts a scan worker's bundle (dist/scanWorker.js, the path in argv) from V8's code
// cache, as cli/launcher.ts does for the CLI's own bundle: each worker otherwise parses and compiles ~5 MB of
// JavaScript before its first file. The cache is written once the worker has scanned its first batch, before it
// answers (codeCache.ts BEFORE_FIRST_ANSWER).
import { BEFORE_FIRST_ANSWER, cachedBundle, type CachedBundle } from './codeCache';

/** sha256 of dist/scanWorker.js, set by esbuild.mjs (undefined in watch builds). */
declare const HUSH_WORKER_BUNDLE_HASH: string | undefined;

const bundle = process.argv[2]!;
let cached: CachedBundle | undefined;
try {
  cached = cachedBundle(bundle, 'worker', typeof HUSH_WORKER_BUNDLE_HASH === 'string' ? HUSH_WORKER_BUNDLE_HASH : undefined, module);
} catch {
  cached = undefined; // unreadable cache directory, bad data: compile as usual
}
if (cached) {
  const { save } = cached;
  (globalThis as Record<symbol, unknown>)[BEFORE_FIRST_ANSWER] = () => {
    try {
      save();
    } catch {
      // a read-only or full disk: the next run compiles again
    }
  };
  cached.run();
} else {
  require(bundle);
}
