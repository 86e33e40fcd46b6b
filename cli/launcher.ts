// dist/cli.js: starts the CLI bundle (dist/cliMain.js) from V8's code cache, so a run does not parse and
// compile half a megabyte of JavaScript again (the largest start-up cost of a pre-commit `hush scan
// --staged`). The first run of each kind of command compiles normally and saves the code V8 compiled
// into a per-user cache directory; later runs load it.
//
// Safety: a cache file is named after everything its validity depends on (the bundle's build hash, size
// and mtime, the Node version, platform, arch and V8 options), lives in a directory only the user can
// write, and V8 itself rejects data from another V8 version, flags or source length. Any problem with the
// cache means a normal compile: the cache can make a run faster, never different.
// HUSH_CODE_CACHE=off disables it; HUSH_CACHE_DIR moves it.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** sha256 of dist/cliMain.js, set by esbuild.mjs (undefined in watch builds: size and mtime change anyway). */
declare const HUSH_BUNDLE_HASH: string | undefined;

const bundle = join(__dirname, 'cliMain.js');
/** Cache files kept per kind of command (the newest). */
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

/** Commands compile different code: each kind keeps its own cache (the staged scan's is what hooks use). */
function commandKind(argv: readonly string[]): string {
  if (argv.includes('--staged')) return 'staged';
  if (argv.includes('--history')) return 'history';
  return argv[0] === 'scan' || argv[0] === 'hook' || argv[0] === 'redact' ? argv[0] : 'other';
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

interface Prepared {
  run(): void;
  /** Saves the compiled code when the cache was missing or rejected (call once the command has run). */
  save(): void;
}

function prepare(): Prepared | undefined {
  const source = readFileSync(bundle, 'utf8');
  const dir = cacheDir();
  let file: string | undefined;
  let prefix = '';
  let cached: Buffer | undefined;
  if (dir && privateDir(dir)) {
    const st = statSync(bundle);
    const kind = commandKind(process.argv.slice(2));
    const key = [
      typeof HUSH_BUNDLE_HASH === 'string' ? HUSH_BUNDLE_HASH : 'dev',
      st.size,
      st.mtimeMs,
      process.version,
      process.platform,
      process.arch,
      process.execArgv.join(' '),
      process.env.NODE_OPTIONS ?? '',
    ];
    prefix = `cli-${kind}-`;
    file = join(dir, `${prefix}${hashKey(key.join('\0'))}.v8cache`);
    try {
      cached = readFileSync(file);
    } catch {
      cached = undefined;
    }
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  return {
    run() {
      const mod = new Module(bundle, module);
      mod.filename = bundle;
      mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
      wrapper.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, __dirname);
    },
    save() {
      if (!file || !dir || (cached && !script.cachedDataRejected)) return;
      const temp = `${file}.${process.pid}.tmp`;
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

// Rule regexes compile straight to machine code: by default V8 first compiles each to bytecode and interprets
// its first run, and a scan runs hundreds of rules a handful of times each (3-4% of a tree scan's CPU). Set
// before the bundle is compiled, so the code cache is written and read under the same flags.
setFlagsFromString('--no-regexp-tier-up');

let prepared: Prepared | undefined;
try {
  prepared = prepare();
} catch {
  prepared = undefined; // unreadable cache directory, bad data: compile as usual
}
if (prepared) {
  const { save } = prepared;
  process.once('exit', () => {
    try {
      save();
    } catch {
      // a read-only or full disk: the next run compiles again
    }
  });
  prepared.run();
} else {
  require(bundle);
}
