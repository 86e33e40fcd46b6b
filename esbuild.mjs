// One build script for every bundle: the extension client, the language server, the CLI (+ its scan
// worker) and the test suites. `--watch` rebuilds on change, `--production` minifies and drops sourcemaps.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { asciiBundle } from './scripts/asciiBundle.mjs';

const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');

/**
 * Fills engine/detect/precomputed.ts with the built-in rules' derived data (pattern lengths, prefilter tables),
 * computed by bundling and running scripts/precomputeRuleData.ts from the same sources, once per build.
 */
const precomputedPlugin = {
  name: 'precomputed-rule-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]detect[\\/]precomputed\.ts$/ }, async () => ({
      contents: `export const PRECOMPUTED = JSON.parse(${JSON.stringify(JSON.stringify(await ruleData()))});\n`,
      loader: 'ts',
      watchFiles: readdirSync('engine', { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => resolve('engine', f)),
    }));
  },
};

let sharedRuleData;
/** Computed once for the parallel builds (in watch mode afresh for each rebuild: the rules may have changed). */
function ruleData() {
  if (sharedRuleData && !watch) return sharedRuleData;
  sharedRuleData = (async () => {
    const outfile = resolve('out/precompute/ruleData.cjs');
    await esbuild.build({ entryPoints: ['scripts/precomputeRuleData.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
    const require = createRequire(import.meta.url);
    delete require.cache[outfile];
    return require(outfile).ruleData();
  })();
  return sharedRuleData;
}

/**
 * The regex analysers (engine/detect/regexLibs.ts, ~1.3 MB) become their own file next to the CLI and server
 * bundles, required only when custom rules are checked: compiling them cost every CLI run ~25 ms.
 */
const regexLibsApart = {
  name: 'regex-libs-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/regexLibs$/ }, (args) => (/[\\/]engine[\\/]detect[\\/]regexSafety\.ts$/.test(args.importer) ? { path: './regexLibs.js', external: true } : undefined));
  },
};

/**
 * @dotenvx/dotenvx (~2.5 MB, the dotenvx store) becomes dist/dotenvx.js, loaded only when a value is moved to
 * dotenvx: inside cliMain.js it would be parsed on every CLI start. Its two worker files serve only "armor"
 * (a key service the store switches off), so they stay unresolved.
 */
const dotenvxApart = {
  name: 'dotenvx-apart',
  setup(build) {
    build.onResolve({ filter: /^@dotenvx\/dotenvx$/ }, () => ({ path: './dotenvx.js', external: true }));
  },
};
/**
 * The library also carries clients for key services (armor, 1Password, Bitwarden) that the store switches off.
 * Their network modules are replaced by a stub that throws when used, so the bundle cannot open a connection
 * whatever a code path tries (test/lsp/noLeaks.test.ts checks every bundle for network modules).
 */
const noNetwork = {
  name: 'dotenvx-no-network',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?(?:http|https|http2|net|tls|dgram)$/ }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'hush-no-network' }));
    build.onLoad({ filter: /.*/, namespace: 'hush-no-network' }, (args) => ({
      loader: 'js',
      contents: `const blocked = (name) => function () { throw new Error('Hush: the dotenvx store has no network access (${args.path}.' + name + ')'); };
module.exports = new Proxy({}, { get: (_, p) => (typeof p === 'symbol' || p === '__esModule' || p === 'default' ? undefined : blocked(p)) });`,
    }));
  },
};
const dotenvxBuild = existsSync('node_modules/@dotenvx/dotenvx/package.json')
  ? [
      {
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        logLevel: 'warning',
        minify: production,
        entryPoints: { dotenvx: createRequire(import.meta.url).resolve('@dotenvx/dotenvx') },
        outdir: 'dist',
        external: ['./decryptor-worker.js', './armorWorker.js'],
        plugins: [noNetwork],
      },
    ]
  : [];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // Prefer ESM entries: some packages' UMD mains (jsonc-parser) use dynamic requires esbuild cannot follow.
  mainFields: ['module', 'main'],
  plugins: [precomputedPlugin],
  // engine/version.ts: `hush --version`, SARIF's tool version, the pre-commit snippet.
  define: { HUSH_VERSION: JSON.stringify(version) },
};

/** Entry points that exist; later features add files, the build picks them up. */
function present(entries) {
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
}

const editorEntries = present({ client: 'client/extension.ts', server: 'server/main.ts' });
// dist/cli.js is the launcher (cli/launcher.ts): it runs dist/cliMain.js through V8's code cache.
const cliEntries = present({ cliMain: 'cli/main.ts', scanWorker: 'workspace/scanWorker.ts', regexWorker: 'workspace/regexWorker.ts', makeDemo: 'examples/makeDemo.ts', regexLibs: 'engine/detect/regexLibs.ts' });

/** Every *.test.ts, at any depth (test/unit/ mirrors the source folders), and the extension-host test index
 * become out/test/<same path>.js; helpers (test/support/) are bundled into the suites that import them. */
function testEntries() {
  if (!existsSync('test')) return [];
  return readdirSync('test', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts') || /(^|\/)index\.ts$/.test(f))
    .map((f) => join('test', f));
}

/** Benchmarks (bench/*.ts) become out/bench/*.js; `.mjs` scripts there run as they are. */
function benchEntries() {
  if (!existsSync('bench')) return [];
  return readdirSync('bench')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('bench', f));
}

const builds = [
  { ...common, entryPoints: editorEntries, outdir: 'dist', external: ['vscode'], plugins: [...common.plugins, regexLibsApart, dotenvxApart] },
  { ...common, entryPoints: cliEntries, outdir: 'dist', plugins: [...common.plugins, regexLibsApart, dotenvxApart] },
  ...dotenvxBuild,
  {
    ...common,
    entryPoints: testEntries(),
    outdir: 'out/test',
    outbase: 'test',
    // playwright-core comes from .e2e-cache at run time (NODE_PATH), see test/e2e/tsconfig.json.
    external: ['vscode', 'mocha', 'playwright-core'],
    packages: 'external',
    // No source maps: nothing reads them (mocha runs without --enable-source-maps, failures name their assertion),
    // and inline maps of 155 bundles cost 6.3 GB of build memory and 2.4 GB of out/ (4.2 GB and 0.8 GB without).
    sourcemap: false,
    minify: false,
  },
  { ...common, entryPoints: benchEntries(), outdir: 'out/bench', external: ['vscode'], sourcemap: 'inline', minify: false },
];

/** The launcher names its code cache after the bundle's hash (watch builds: after its size and mtime). */
function launcherBuild(bundleHash) {
  return {
    ...common,
    entryPoints: { cli: 'cli/launcher.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    define: { ...common.define, ...(bundleHash ? { HUSH_BUNDLE_HASH: JSON.stringify(bundleHash) } : {}) },
  };
}

/** The scan workers' boot names its code cache after dist/scanWorker.js's hash, as the launcher does. */
function workerBootBuild(bundleHash) {
  return {
    ...common,
    entryPoints: { scanWorkerBoot: 'workspace/scanWorkerBoot.ts' },
    outdir: 'dist',
    define: { ...common.define, ...(bundleHash ? { HUSH_WORKER_BUNDLE_HASH: JSON.stringify(bundleHash) } : {}) },
  };
}

if (watch) {
  for (const b of [...builds, launcherBuild(undefined), ...(existsSync('workspace/scanWorkerBoot.ts') ? [workerBootBuild(undefined)] : [])]) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('[watch] build started');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // Before the bundles are hashed for their code caches. Source maps' columns after an escaped character on its line
  // are off by five per character (comments and regex literals only).
  for (const name of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
    const file = join('dist', name);
    const { text, escaped, left } = asciiBundle(readFileSync(file, 'utf8'));
    if (escaped > 0) writeFileSync(file, text);
    if (left !== 0) console.warn(`${file}: ${left < 0 ? 'acorn missing, non-ASCII characters kept' : `${left} non-ASCII characters outside comments and regex literals`}`);
  }
  if (existsSync('cli/launcher.ts')) {
    const hash = createHash('sha256').update(readFileSync('dist/cliMain.js')).digest('hex');
    await esbuild.build(launcherBuild(hash));
  }
  if (existsSync('workspace/scanWorkerBoot.ts')) {
    const hash = createHash('sha256').update(readFileSync('dist/scanWorker.js')).digest('hex');
    await esbuild.build(workerBootBuild(hash));
  }
}
