// Benchmark for `hush scan --history` and incident-status lookups. Generates (once, cached in bench/.cache)
// a repository with a few thousand commits through `git fast-import`, then prints figures. Never asserts
// on time: it prints numbers. Usage: npm run bench -- history [--commits N] [--repo DIR]
// --repo DIR measures an existing repository's history instead (a clone of a real project: generated commits
// are uniform and may flatter or punish), the throughput figures only.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createScanner } from '../engine';
import { createExampleGen } from '../engine/examples';
import { HistoryIndex } from '../git/historyIndex';

const args = process.argv.slice(2);
const COMMITS = Number(args[args.indexOf('--commits') + 1] || 0) || 3000;
const FILES = 300;
const SECRET_EVERY = 250;
const ROOT = resolve(__dirname, '../../bench/.cache');
const GIVEN = args.includes('--repo') ? resolve(args[args.indexOf('--repo') + 1] ?? '.') : undefined;
const REPO = GIVEN ?? join(ROOT, `history-${COMMITS}`);
const CLI = resolve(__dirname, '../../dist/cli.js');

const g = createExampleGen(2026);

function codeLine(): string {
  const name = g.lower(6 + Math.floor(g.digits(1).charCodeAt(0) % 6));
  return g.pick([
    `  const ${name} = compute(${g.digits(3)}, "${g.lower(8)}");`,
    `  if (${name}.length > ${g.digits(2)}) return ${name}.slice(0, ${g.digits(1)});`,
    `  // ${g.lower(5)} ${g.lower(7)} ${g.lower(4)} ${g.lower(9)} ${g.lower(3)}`,
    `  logger.info("${g.lower(6)} ${g.lower(8)}", { id: ${name}.id });`,
    `export function ${name}(${g.lower(4)}: string): number { return ${g.digits(4)}; }`,
  ]);
}

/** A fast-import stream: FILES files of ~80 lines, then commits that each rewrite a few lines of 2-3 files. */
function generate(): { secrets: number } {
  const files = Array.from({ length: FILES }, () => Array.from({ length: 80 }, codeLine));
  const chunks: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let secrets = 0;
  for (let c = 0; c < COMMITS; c++) {
    const when = 1700000000 + c * 3600;
    const touched = new Set<number>();
    const count = c === 0 ? FILES : 2 + (c % 2);
    for (let i = 0; i < count; i++) touched.add(c === 0 ? i : Math.floor(Math.random() * FILES));
    for (const f of touched) {
      const lines = files[f]!;
      if (c > 0) {
        for (let k = 0; k < 6; k++) lines[Math.floor(Math.random() * lines.length)] = codeLine();
        lines.push(codeLine(), codeLine());
        if (lines.length > 200) lines.splice(0, 40);
      }
    }
    if (c > 0 && c % SECRET_EVERY === 0) {
      const f = [...touched][0]!;
      files[f]!.push(`  const stripeKey = "sk_live_${g.alnum(24)}";`);
      secrets++;
    }
    chunks.push(`commit refs/heads/main\nmark :${c + 1}\nauthor Bench <bench@example.invalid> ${when} +0000\ncommitter Bench <bench@example.invalid> ${when} +0000\n`);
    chunks.push(data(`change ${c}`));
    for (const f of touched) chunks.push(`M 100644 inline src/module${f}.ts\n${data(files[f]!.join('\n') + '\n')}`);
  }
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: REPO });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: REPO, input: chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: REPO });
  writeFileSync(join(REPO, '.bench-secrets'), String(secrets));
  return { secrets };
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('build first: node esbuild.mjs');
  let secrets: number | undefined;
  if (GIVEN) {
    secrets = undefined;
  } else if (existsSync(join(REPO, '.bench-secrets'))) {
    secrets = Number(readFileSync(join(REPO, '.bench-secrets'), 'utf8'));
  } else {
    const t = process.hrtime.bigint();
    secrets = generate().secrets;
    console.log(`generated ${COMMITS} commits in ${(ms(t) / 1000).toFixed(1)} s (${REPO})`);
  }

  // Floor: git alone producing the same patch text, run alternately with Hush (A B A B …) so both see the
  // same load; the median of each.
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const gitTimes: number[] = [];
  const cliTimes: number[] = [];
  let patchBytes = 0;
  let r: SpawnSyncReturns<string> | undefined;
  let t: bigint;
  for (let i = 0; i < runs; i++) {
    t = process.hrtime.bigint();
    const raw = spawnSync('git', ['log', '-p', '--no-color', '--no-ext-diff', '--unified=0', '--date-order', '-M', 'HEAD'], { cwd: REPO, maxBuffer: 1 << 30 });
    gitTimes.push(ms(t));
    patchBytes = raw.stdout.length;
    t = process.hrtime.bigint();
    r = spawnSync(process.execPath, [CLI, 'scan', '--history', '--format', 'json'], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 28 });
    cliTimes.push(ms(t));
    if (r.status !== 1 && !(GIVEN && r.status === 0)) throw new Error(`unexpected exit ${r.status}: ${r.stderr}`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const gitMs = median(gitTimes);
  const cliMs = median(cliTimes);
  const out = JSON.parse(r!.stdout) as { findings: unknown[]; stats: { commits: number; bytes: number; durationMs: number } };
  const mb = out.stats.bytes / 1048576;
  const found = secrets === undefined ? `${out.findings.length} findings` : `${out.findings.length}/${secrets} secrets found`;
  console.log(`hush scan --history${GIVEN ? ` of ${GIVEN}` : ''}: ${out.stats.commits} commits, ${mb.toFixed(1)} MB of patches, ${found} (median of ${runs} runs)`);
  console.log(
    `  wall ${(cliMs / 1000).toFixed(2)} s (scan ${(out.stats.durationMs / 1000).toFixed(2)} s): ${Math.round(out.stats.commits / (cliMs / 1000))} commits/s, ${(mb / (cliMs / 1000)).toFixed(1)} MB/s`,
  );
  console.log(`  git log -p alone: ${(gitMs / 1000).toFixed(2)} s for ${(patchBytes / 1048576).toFixed(1)} MB (${(patchBytes / 1048576 / (gitMs / 1000)).toFixed(1)} MB/s)`);
  console.log(
    `  Hush / git log -p speed: ${(gitMs / cliMs).toFixed(2)} (target ≥ 0.8; runs: hush ${cliTimes.map((x) => (x / 1000).toFixed(2)).join(' ')} s, git ${gitTimes.map((x) => (x / 1000).toFixed(2)).join(' ')} s)`,
  );

  // Status lookups as the language server does them (on the generated repository: they add and undo a commit).
  if (GIVEN) return;
  const scanner = createScanner();
  const fp = `stripe-live-secret-key:${'0'.repeat(16)}`;
  t = process.hrtime.bigint();
  const index = (await HistoryIndex.open(REPO, { scanner, tipsMaxAgeMs: 0 }))!;
  await index.status(fp);
  const cold = ms(t);
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = process.hrtime.bigint();
    await index.status(fp);
    samples.push(ms(t));
  }
  samples.sort((a, b) => a - b);
  const cachedIndex = (await HistoryIndex.open(REPO, { scanner, tipsMaxAgeMs: 60000 }))!;
  await cachedIndex.status(fp);
  t = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) await cachedIndex.status(fp);
  const cached = ms(t) / 1000;
  console.log(`status lookup: cold (full index build) ${cold.toFixed(0)} ms; with ref check p50 ${samples[10]!.toFixed(1)} ms, p95 ${samples[18]!.toFixed(1)} ms; cached ${(cached * 1000).toFixed(1)} µs`);
  // One new commit: only it is read (incremental refresh), then the commit is undone.
  const value = `sk_live_${g.alnum(24)}`;
  writeFileSync(join(REPO, 'src/new-secret.ts'), `const stripeKey = "${value}";\n`);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
  execFileSync('git', ['add', 'src/new-secret.ts'], { cwd: REPO });
  execFileSync('git', ['commit', '-q', '-m', 'bench: one more commit'], { cwd: REPO, env });
  const newFp = scanner.scan(`const stripeKey = "${value}";`)[0]!.fingerprint;
  t = process.hrtime.bigint();
  const afterCommit = await index.status(newFp);
  const incremental = ms(t);
  execFileSync('git', ['reset', '-q', '--hard', 'HEAD~1'], { cwd: REPO });
  if (afterCommit.state !== 'committed') throw new Error(`expected the new commit's secret to be committed, got ${afterCommit.state}`);
  console.log(`status after a new commit (incremental refresh of 1 commit): ${incremental.toFixed(0)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
