// `npm run bench [-- NAME [ARGS…]]`: every benchmark behind one entry. Without a name it runs the parts marked
// `all`, in this order; a part that fails is reported and the rest still run. With a name it runs that part,
// passing it the remaining arguments (`npm run bench -- quality --corpus dev`). Each part is its own process
// and prints its own figures (docs/benchmarks.md); parts that use the bundles build them first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** name → the script that runs it, whether it needs `node esbuild.mjs` first, and whether `npm run bench` runs it. */
const PARTS = {
  cli: { script: 'bench/cli.mjs', build: true, all: true, what: 'Hush vs secretlint vs ripgrep (gitleaks-style set) on a large tree; hush redact memory' },
  staged: { script: 'bench/staged.mjs', build: true, all: true, what: '`hush scan --staged` on a typical commit against `node -e 0`' },
  history: { script: 'out/bench/history.js', build: true, all: true, what: '--history throughput vs git log -p and status-lookup latency (3,000 commits)' },
  load: { script: 'out/bench/load.js', build: true, all: true, what: 'a 100,000-file workspace scan: memory, typing latency, cancel' },
  lsp: { script: 'out/bench/lsp.js', build: true, all: true, what: 'per-edit latency over stdio and IPC against a no-op server' },
  paste: { script: 'out/bench/paste.js', build: true, all: true, what: 'hush/scanText latency; pasted didChange → diagnostics' },
  quality: { script: 'bench/quality/run.mjs', build: false, all: true, what: 'precision / recall / F1 on generated corpora; false positives on real code' },
  fuzz: { script: 'out/bench/fuzz.js', build: true, all: false, what: 'per-rule linearity, bad bytes, a 50 MB file (exits 1 on super-linear growth)' },
  wsscan: { script: 'out/bench/workspaceScan.js', build: true, all: false, what: '"Scan Workspace" over stdio next to `hush scan` [DIR]' },
  providers: { script: 'out/bench/providerCost.js', build: true, all: false, what: "the provider rule count's cost: every rule vs the 324 first-wave provider rules + generic, same process" },
  rules: { script: 'out/bench/ruleCost.js', build: true, all: false, what: 'time per rule (regex and checks), prefilter and views over [DIR] (default: this repository)' },
  kinds: { script: 'out/bench/kindCost.js', build: true, all: false, what: 'scan time per kind of file (extension) over DIR: which files cost most per byte' },
};

function usage() {
  const lines = Object.entries(PARTS).map(([name, p]) => `  ${name.padEnd(8)} ${p.what}${p.all ? '' : ' (only by name)'}`);
  return `usage: npm run bench [-- NAME [ARGS…]]\n${lines.join('\n')}`;
}

function build() {
  const r = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the build failed (exit ${r.status})`);
}

/** Runs one part; true when it exited 0. */
function runPart(name, args) {
  const part = PARTS[name];
  console.log(`\n== bench ${name}: ${part.what}`);
  const r = spawnSync(process.execPath, [join(ROOT, part.script), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0) return true;
  console.error(`bench ${name} failed (exit ${r.status ?? r.signal})`);
  return false;
}

const [name, ...args] = process.argv.slice(2);
if (name === '-h' || name === '--help') {
  console.log(usage());
} else if (name !== undefined && !(name in PARTS)) {
  console.error(`unknown benchmark "${name}"\n${usage()}`);
  process.exitCode = 2;
} else {
  const names = name !== undefined ? [name] : Object.keys(PARTS).filter((n) => PARTS[n].all);
  if (names.some((n) => PARTS[n].build)) build();
  const failed = names.filter((n) => !runPart(n, name !== undefined ? args : []));
  process.exitCode = failed.length > 0 ? 1 : 0;
}
