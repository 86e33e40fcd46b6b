// `npm run bench -- staged`: the pre-commit cost. Times `hush scan --staged` on a typical commit (6 files,
// ~650 added lines in a 40-file repository) against a bare `node -e 0` in the same run, interleaved
// (A B A B …) so a machine that gets busier or quieter affects both alike. Prints median and p90 wall
// times, the ratio and Hush's own cost (the difference), for a warm code cache (every run after the first)
// and for a first run (empty cache: what the first commit after an install or upgrade costs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 31);

/** A 40-file repository with a typical commit staged: 5 files changed (~100 lines), one new file. */
function makeStagedRepo() {
  const repo = mkdtempSync(join(tmpdir(), 'hush-bench-staged-'));
  const git = (...args) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'user.name', 'bench');
  const source = (n, v) => Array.from({ length: 200 }, (_, i) => `export const value${i} = compute(${i}, "${v}-${n}");`).join('\n') + '\n';
  for (let f = 0; f < 40; f++) writeFileSync(join(repo, `m${f}.js`), source(f, 'a'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  for (let f = 0; f < 5; f++) writeFileSync(join(repo, `m${f}.js`), source(f, 'a').replace(/compute\((\d)\d, "a/g, 'compute($1, "b'));
  writeFileSync(join(repo, 'new.js'), source(99, 'c'));
  git('add', '.');
  return repo;
}

function timed(cmd, args, options) {
  const t = performance.now();
  const r = spawnSync(cmd, args, options);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - t;
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** Interleaved runs of the staged scan (A) and `node -e 0` (B); `fresh` empties the code cache before each A. */
export function measureStaged({ runs = RUNS, fresh = false } = {}) {
  const repo = makeStagedRepo();
  const cacheDir = mkdtempSync(join(tmpdir(), 'hush-bench-cache-'));
  const env = { ...process.env, HUSH_CACHE_DIR: cacheDir };
  try {
    timed(process.execPath, [CLI, 'scan', '--staged'], { cwd: repo, env }); // warm-up (and the cache)
    const hush = [];
    const node = [];
    for (let i = 0; i < runs; i++) {
      if (fresh) rmSync(join(cacheDir), { recursive: true, force: true });
      hush.push(timed(process.execPath, [CLI, 'scan', '--staged'], { cwd: repo, env }));
      node.push(timed(process.execPath, ['-e', '0'], {}));
    }
    const ratios = hush.map((h, i) => h / node[i]);
    const own = hush.map((h, i) => h - node[i]);
    return {
      hush: { median: quantile(hush, 0.5), p90: quantile(hush, 0.9) },
      node: { median: quantile(node, 0.5), p90: quantile(node, 0.9) },
      ratio: quantile(ratios, 0.5),
      own: { median: quantile(own, 0.5), p90: quantile(own, 0.9) },
    };
  } finally {
    rmSync(repo, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const COLUMNS = ['hush median', 'p90', 'node -e 0', 'p90', 'ratio', 'Hush own', 'p90'];
const width = (i) => Math.max(COLUMNS[i].length, 7) + 2;

function print(label, s) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const cells = [ms(s.hush.median), ms(s.hush.p90), ms(s.node.median), ms(s.node.p90), `${s.ratio.toFixed(2)}x`, ms(s.own.median), ms(s.own.p90)];
  console.log(label.padEnd(24) + cells.map((c, i) => c.padStart(width(i))).join(''));
}

async function runStagedBench() {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  console.log(`\n## CLI: \`hush scan --staged\` on a typical commit (6 files, ~650 added lines), ${RUNS} interleaved runs (wall)`);
  console.log(''.padEnd(24) + COLUMNS.map((c, i) => c.padStart(width(i))).join(''));
  print('warm (code cache)', measureStaged());
  print('first run (empty cache)', measureStaged({ runs: Math.max(5, Math.round(RUNS / 3)), fresh: true }));
}

await runStagedBench();
