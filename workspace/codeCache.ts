// Running a bundle from V8's code cache, so a process or worker does not parse and compile megabytes of
// JavaScript again on every start: the CLI's own bundle (cli/launcher.ts) and each scan worker's
// (workspace/scanWorkerBoot.ts). The first run compiles normally and saves the code V8 compiled into a
// per-user cache directory; later runs load it.
//
// Safety: a cache file is named after everything its validity depends on (the bundle's build hash, size
// and mtime, the Node version, platform, arch and V8 options), lives in a directory only the user can
// write, and V8 itself rejects data from another V8 version, flags or source length. Any problem with the
// cache means a normal compile: the cache can make a run faster, never different.
// HUSH_CODE_CACHE=off disables it; HUSH_CACHE_DIR moves it.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Cache files kept per kind (the newest). */
const KEEP_PER_KIND = 3;

function cacheDir(): string | undefined {
  const env = process.env;
  if (env.HUSH_CODE_CACHE === 'off' || env.HUSH_CODE_CACHE === '0') return undefined;
  if (env.HUSH_CACHE_DIR) return env.HUSH_CACHE_DIR;
  const home = env.HOME || env.USERPROFILE;
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'hush', 'cache') : undefined;
  if (process.platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'hush') : undefined;
  return env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'hush') : home ? join(home, '.cache', 'hush') : undefined;
}

/** Creates the directory and, if need be, its parent (~/.cache). Not `recursive: true`: Node's recursive
 * mkdir can spin forever where a parent both exists and is reported missing (a path under /proc). */
function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT') throw e;
    mkdirSync(dirname(dir), { mode: 0o700 });
    mkdirSync(dir, { mode: 0o700 });
  }
}

/** The directory, created private if missing; undefined when it is not ours alone (then no cache). */
function privateDir(dir: string): string | undefined {
  makeDir(dir);
  const st = statSync(dir);
  const uid = process.getuid?.();
  if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
  return dir;
}

/** FNV-1a, 2 × 32 bits: names a cache file after its key (not a security boundary: see privateDir). */
function hashKey(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export interface CachedBundle {
  /** Runs the bundle as a CommonJS module (its own `require`, `module`, `__dirname`). */
  run(): void;
  /** Saves the compiled code when the cache was missing or rejected (call once the bundle has done some work). */
  save(): void;
}

/**
 * `bundle` compiled with the code cache of kind `kind` (`cli-scan`, `worker-cli`: each kind keeps its own files),
 * or undefined when the cache is off; throws when the cache directory or the bundle cannot be read. `buildHash`:
 * the bundle's sha256 from the build (undefined in watch builds: size and mtime change anyway).
 */
export function cachedBundle(bundle: string, kind: string, buildHash: string | undefined, parent: Module | undefined): CachedBundle | undefined {
  const dir = cacheDir();
  if (!dir || !privateDir(dir)) return undefined;
  const source = readFileSync(bundle, 'utf8');
  const st = statSync(bundle);
  const key = [buildHash ?? 'dev', st.size, st.mtimeMs, process.version, process.platform, process.arch, process.execArgv.join(' '), process.env.NODE_OPTIONS ?? ''];
  const prefix = `${kind}-`;
  const file = join(dir, `${prefix}${hashKey(key.join('\0'))}.v8cache`);
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(file);
  } catch {
    cached = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  const bundleDir = dirname(bundle);
  return {
    run() {
      const mod = new Module(bundle, parent);
      mod.filename = bundle;
      mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(bundleDir);
      wrapper.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, bundleDir);
    },
    save() {
      if (cached && !script.cachedDataRejected) return;
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
      renameSync(temp, file);
      // Caches of earlier builds are dead weight; keep a few per kind so two Node versions in use (a
      // terminal's and an editor's) do not evict each other on every run.
      const others = readdirSync(dir)
        .filter((name) => name.startsWith(prefix) && name.endsWith('.v8cache') && join(dir, name) !== file)
        .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
        .sort((a, b) => b.mtime - a.mtime);
      for (const old of others.slice(KEEP_PER_KIND - 1)) unlinkSync(old.path);
    },
  };
}

/**
 * Set (on globalThis) by the CLI's launcher once its own bundle runs from the cache: its scan workers may then load
 * theirs from it too (pool.ts). The editor's server does not set it, and its V8 flags differ from the CLI's.
 */
export const WORKER_CODE_CACHE = Symbol.for('hush.workerCodeCache');

/**
 * Where scanWorkerBoot.ts leaves the cache's save for the worker to call once, just before it posts its first
 * answer: the functions a scan runs are compiled by then, and the main thread, which may stop the worker as soon as
 * it has every answer, is still waiting.
 */
export const BEFORE_FIRST_ANSWER = Symbol.for('hush.beforeFirstAnswer');
