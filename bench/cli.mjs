// CLI benchmark: Hush vs secretlint (recommended preset) vs ripgrep (a gitleaks-style regex set, its default
// engine: bench/rgPatterns.mjs) on one tree of real code (bench/.cache/tree/code, installed once by prepareTree.mjs), then `hush redact`
// memory on a growing stream (the staged-scan latency: staged.mjs). `npm run bench -- cli`.
// Prints throughput (MB/s of the tree's bytes over wall time), peak RSS and the ratios.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { prepareTree } from './prepareTree.mjs';
import { GENERIC_PATTERNS, leadingLiteral, toRustRegex } from './rgPatterns.mjs';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(import.meta.dirname, '.cache');
const CLI = join(ROOT, 'dist', 'cli.js');
const TIME = '/usr/bin/time';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_SKIP=hush,secretlint,ripgrep leaves those out (secretlint takes many minutes on a loaded machine). */
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

function treeBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = treeBytes(path);
      bytes += sub.bytes;
      files += sub.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

let measureCount = 0;

/** Runs a command under GNU time: wall seconds and peak RSS (KB) of the process. */
function measure(cmd, args, options = {}) {
  const out = join(CACHE, `time-${process.pid}-${measureCount++}.txt`);
  const r = spawnSync(TIME, ['-f', '%e %M %U %S', '-o', out, cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, ...options });
  const [seconds, kb, user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + sys, peakMB: kb / 1024, code: r.status, stderr: r.stderr?.toString() ?? '' };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

function builtinRules() {
  const bundle = join(CACHE, 'engine.cjs');
  esbuild.buildSync({ entryPoints: [join(ROOT, 'engine/index.ts')], bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], outfile: bundle, logLevel: 'warning' });
  return createRequire(import.meta.url)(bundle).builtinRules;
}

/**
 * The gitleaks-style set as one rg pattern file: the catalogue's prefix and checksum token rules in Rust
 * syntax, led by a literal and accepted by rg alone, then the generic keyed rules (see rgPatterns.mjs).
 */
function ripgrepSet() {
  const one = join(CACHE, 'rg-one.txt');
  const compiles = (p) => (writeFileSync(one, p + '\n'), spawnSync('rg', ['--no-unicode', '-f', one, '/dev/null']).status !== 2);
  const tokens = builtinRules()
    .filter((r) => r.priority === 'checksum' || r.priority === 'prefix')
    .map((r) => toRustRegex(r.pattern))
    .filter((p) => p !== undefined && leadingLiteral(p).length >= 3 && compiles(p));
  const file = join(CACHE, 'rg-gitleaks-style.txt');
  writeFileSync(file, [...tokens, ...GENERIC_PATTERNS].join('\n') + '\n');
  return { file, tokens: tokens.length, generic: GENERIC_PATTERNS.length };
}

function hasRipgrep() {
  return spawnSync('rg', ['--version']).status === 0;
}

const rows = [];
function report(name, run, bytes, note = '') {
  const mbs = bytes / 1048576 / run.seconds;
  rows.push({ name, seconds: run.seconds, cpu: run.cpu, mbs, peakMB: run.peakMB, note });
  return mbs;
}

/** min–max throughput of a set of runs, for the note column. */
function spread(runs, bytes) {
  const mbs = runs.map((r) => bytes / 1048576 / r.seconds);
  return `${runs.length} runs, ${Math.min(...mbs).toFixed(1)}–${Math.max(...mbs).toFixed(1)} MB/s`;
}

function printTable() {
  console.log('\n| Tool | Wall (s) | CPU (s) | Throughput (MB/s) | Peak RSS (MB) | Note |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.mbs.toFixed(1)} | ${r.peakMB.toFixed(0)} | ${r.note} |`);
}

async function redactMemory(totalMB) {
  // A log of ordinary lines with a token every ~50 KB and a private key block every ~1 MB.
  const line = 'info build step 42 compiled module src/components/widget.tsx in 12 ms (cache hit)\n';
  // Token-shaped values built at run time (the repository holds no secret-looking literal).
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const token = ['g', 'h', 'p', '_'].join('') + Array.from({ length: 36 }, (_, i) => alnum[(i * 7919 + 13) % 62]).join('');
  const key = `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 20 }, (_, i) => 'MIIEowIBAAKCAQEA' + String(i).padStart(48, 'x')).join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
  const block = (line.repeat(600) + `export GITHUB_TOKEN=${token}\n`).repeat(20) + key;
  const blockBytes = Buffer.byteLength(block);
  const out = join(CACHE, 'time-redact.txt');
  const child = spawn(TIME, ['-f', '%e %M', '-o', out, process.execPath, CLI, 'redact'], { stdio: ['pipe', 'ignore', 'inherit'] });
  let written = 0;
  const target = totalMB * 1048576;
  const started = performance.now();
  await new Promise((resolve, reject) => {
    child.on('error', reject);
    const pump = () => {
      while (written < target) {
        written += blockBytes;
        if (!child.stdin.write(block)) return void child.stdin.once('drain', pump);
      }
      child.stdin.end();
    };
    child.on('close', resolve);
    pump();
  });
  const seconds = (performance.now() - started) / 1000;
  const kb = Number(readFileSync(out, 'utf8').trim().split('\n').pop().split(' ')[1]);
  return { mb: written / 1048576, seconds, peakMB: kb / 1024 };
}

async function runCliBench() {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for peak memory: apt-get install time`);
  mkdirSync(CACHE, { recursive: true });
  // BENCH_TREE=DIR compares the tools on another tree (e.g. a small one, where secretlint finishes quickly).
  const tree = process.env.BENCH_TREE ? resolve(process.env.BENCH_TREE) : prepareTree();
  const { bytes, files } = treeBytes(tree);
  console.log(`\n## CLI: scanning ${files} files, ${(bytes / 1048576).toFixed(1)} MB in ${relative(ROOT, tree) || tree}`);
  console.log(`Machine: ${availableCores()} cores; each figure is the median of ${RUNS} runs unless noted.`);

  // Hush and ripgrep alternate run by run (A B A B …), so both see the same load.
  const hushArgs = [CLI, 'scan', tree, '--format', 'json'];
  const rgSet = !SKIP.has('ripgrep') && hasRipgrep() ? ripgrepSet() : undefined;
  const rgArgs = rgSet && ['--no-unicode', '--hidden', '--no-ignore', '--count-matches', '-f', rgSet.file, tree];
  const hushRuns = [];
  const rgRuns = [];
  for (let i = 0; i < RUNS; i++) {
    if (!SKIP.has('hush')) hushRuns.push(measure(process.execPath, hushArgs));
    if (rgArgs) rgRuns.push(measure('rg', rgArgs));
  }
  let hushMbs;
  if (!SKIP.has('hush')) {
    hushMbs = report('Hush CLI (`hush scan`, worker threads)', median(hushRuns), bytes, spread(hushRuns, bytes));
    const hush1 = median(Array.from({ length: RUNS }, () => measure(process.execPath, [...hushArgs, '--threads', '1'])));
    report('Hush CLI, one thread (`--threads 1`)', hush1, bytes);
  }

  let rgMbs;
  if (rgSet) {
    const failed = rgRuns.find((p) => p.code !== 0 && p.code !== 1);
    if (failed) console.log(`ripgrep failed (exit ${failed.code}): ${failed.stderr.slice(0, 300)}`);
    rgMbs = report(`ripgrep, gitleaks-style set (${rgSet.tokens} token rules + ${rgSet.generic} generic, Rust regex)`, median(rgRuns), bytes, spread(rgRuns, bytes));
  } else if (!SKIP.has('ripgrep')) {
    console.log('ripgrep not found: install it for the yardstick figure (Debian/Ubuntu: apt-get install ripgrep)');
  }

  let slMbs;
  if (!SKIP.has('secretlint')) {
    const rc = join(CACHE, 'secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const secretlintBin = join(ROOT, 'node_modules', '.bin', 'secretlint');
    const sl = measure(secretlintBin, ['--secretlintrc', rc, '--maskSecrets', '--format', 'json', `${tree}/**/*`]);
    if (sl.code !== 0 && sl.code !== 1) console.log(`secretlint failed (exit ${sl.code}): ${sl.stderr.slice(0, 300)}`);
    slMbs = report('secretlint + preset-recommend', sl, bytes, 'one run');
  }

  printTable();
  console.log('');
  if (hushMbs && slMbs) console.log(`Hush / secretlint throughput: ${(hushMbs / slMbs).toFixed(1)}x (target ≥ 20x)`);
  if (hushMbs && rgMbs) {
    console.log(`Hush / ripgrep throughput:    ${(hushMbs / rgMbs).toFixed(2)} (target ≥ 0.5)`);
    // On a loaded machine wall times swing with the neighbours' work; CPU seconds per MB swing less.
    const cpuOf = (name) => rows.find((r) => r.name.startsWith(name))?.cpu;
    const hushCpu = cpuOf('Hush CLI (');
    const rgCpu = cpuOf('ripgrep');
    if (hushCpu && rgCpu) console.log(`Hush / ripgrep per CPU-second: ${(rgCpu / hushCpu).toFixed(2)}`);
  }

  console.log('\n## CLI: `hush redact` memory on a growing stream');
  for (const mb of [20, 200]) {
    const r = await redactMemory(mb);
    console.log(`${r.mb.toFixed(0)} MB in: ${(r.mb / r.seconds).toFixed(1)} MB/s, peak RSS ${r.peakMB.toFixed(0)} MB`);
  }

  // The staged-scan latency is its own part: bench/staged.mjs (`npm run bench -- staged`).
}

function availableCores() {
  return createRequire(import.meta.url)('node:os').availableParallelism();
}

await runCliBench();
