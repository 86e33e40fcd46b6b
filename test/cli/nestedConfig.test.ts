import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../engine';
import { createExampleGen } from '../../engine/examples';
import { scanWorkspace, SMALL_TREE_FILES, type ReportedFinding } from '../../workspace';
import { runCli } from './runCli';
import { tempTree } from '../support/tempTree';

const WORKER = resolve(__dirname, '../../../dist/scanWorker.js');
const g = createExampleGen(1313);

interface Out {
  findings: { file: string; ruleId: string; fingerprint: string }[];
}

describe('nested .hush.json in tree scans', () => {
  const ghp = () => `const t = "${g.crc32Token('ghp_', 30)}";\n`;
  const stripe = () => `S = 'sk_live_${g.alnum(24)}'\n`;
  /** Root config excludes root fixtures; packages/a has its own config (disables the GitHub rule, excludes its gen/). */
  const monorepo = () =>
    tempTree({
      '.hush.json': JSON.stringify({ exclude: ['fixtures/', 'packages/b/skip/'] }),
      'fixtures/x.js': ghp(),
      'src/gh.js': ghp(),
      'packages/a/.hush.json': JSON.stringify({ disabledRules: ['github-personal-access-token'], exclude: ['gen/'] }),
      'packages/a/gh.js': ghp(),
      'packages/a/pay.py': stripe(),
      'packages/a/gen/out.py': stripe(),
      // The root's `fixtures/` matches at any depth, but packages/a has a nearer config: nearest wins.
      'packages/a/fixtures/f.py': stripe(),
      'packages/b/gh.js': ghp(),
      'packages/b/skip/s.js': ghp(),
    });
  const files = (r: { stdout: string }) => (JSON.parse(r.stdout) as Out).findings.map((f) => `${f.file}:${f.ruleId}`).sort();

  it('applies to each file the nearest config at or above it (no merging), excludes relative to that config', () => {
    const r = runCli(['scan', '.', '--format', 'json'], monorepo());
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(files(r), [
      'packages/a/fixtures/f.py:stripe-live-secret-key',
      'packages/a/pay.py:stripe-live-secret-key',
      'packages/b/gh.js:github-personal-access-token',
      'src/gh.js:github-personal-access-token',
    ]);
  });

  it('applies the same when a subfolder is scanned, and --config forces one config for everything', () => {
    const root = monorepo();
    assert.deepEqual(files(runCli(['scan', 'packages', '--format', 'json'], root)), [
      'packages/a/fixtures/f.py:stripe-live-secret-key',
      'packages/a/pay.py:stripe-live-secret-key',
      'packages/b/gh.js:github-personal-access-token',
    ]);
    const forced = runCli(['scan', '.', '--format', 'json', '--config', '.hush.json'], root);
    assert.deepEqual(files(forced), [
      'packages/a/gen/out.py:stripe-live-secret-key',
      'packages/a/gh.js:github-personal-access-token',
      'packages/a/pay.py:stripe-live-secret-key',
      'packages/b/gh.js:github-personal-access-token',
      'src/gh.js:github-personal-access-token',
    ]);
  });

  it("honours a nested config's ignore entries, with paths relative to its folder", () => {
    const root = tempTree({ 'packages/a/k.js': ghp(), 'packages/a/l.js': ghp(), 'top.js': ghp() });
    const before = JSON.parse(runCli(['scan', '.', '--format', 'json'], root).stdout) as Out;
    assert.equal(before.findings.length, 3);
    const k = before.findings.find((f) => f.file === 'packages/a/k.js')!;
    const l = before.findings.find((f) => f.file === 'packages/a/l.js')!;
    writeFileSync(
      join(root, 'packages/a/.hush.json'),
      JSON.stringify({
        ignore: [
          { fingerprint: k.fingerprint, reason: 'test token' },
          { fingerprint: l.fingerprint, reason: 'only in sub/', path: 'sub/' },
        ],
      }),
    );
    const after = runCli(['scan', '.', '--format', 'json'], root);
    assert.deepEqual(files(after), ['packages/a/l.js:github-personal-access-token', 'top.js:github-personal-access-token']);
  });

  it('stops at a nested repository as the editor does: no config there means the defaults, not the outer config', () => {
    const root = tempTree({ '.hush.json': JSON.stringify({ disabledRules: ['github-personal-access-token'] }), 'a.js': ghp(), 'vendor/lib/.git/HEAD': 'ref: refs/heads/main\n', 'vendor/lib/b.js': ghp() });
    assert.deepEqual(files(runCli(['scan', '.', '--format', 'json'], root)), ['vendor/lib/b.js:github-personal-access-token']);
  });

  it('rejects a malformed nested config with its file and field named (exit 2)', () => {
    const root = tempTree({ '.hush.json': '{}', 'a.js': ghp(), 'packages/a/.hush.json': '{"exclude": "gen/"}', 'packages/a/b.js': ghp() });
    const r = runCli(['scan', '.'], root);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /packages[/\\]a[/\\]\.hush\.json/);
    assert.match(r.stderr, /exclude: must be an array of strings/);
    assert.equal(r.stdout, '');
  });

  it("lists a nested config's custom rule in SARIF", () => {
    const root = tempTree({
      'packages/a/.hush.json': JSON.stringify({ rules: [{ id: 'acme-key', description: 'Acme key', pattern: '(?<secret>acme_[a-z0-9]{24})', keywords: ['acme_'] }] }),
      'packages/a/k.js': `k = "acme_${g.alnum(24).toLowerCase()}"\n`,
    });
    const r = runCli(['scan', '.', '--format', 'sarif'], root);
    assert.equal(r.code, 1, r.stderr);
    const run = JSON.parse(r.stdout).runs[0];
    assert.deepEqual(
      run.results.map((x: { ruleId: string }) => x.ruleId),
      ['acme-key'],
    );
    assert.equal(run.tool.driver.rules[run.results[0].ruleIndex].id, 'acme-key');
  });

  it('finds the same on worker threads as on one thread, each worker getting the nested configs it needs', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < SMALL_TREE_FILES + 100; i++) files[`p${i % 5}/f${i}.js`] = i % 9 === 0 ? ghp() : `export const n = ${i};\n`;
    for (let p = 0; p < 5; p += 2) files[`p${p}/.hush.json`] = JSON.stringify({ disabledRules: ['github-personal-access-token'] });
    const root = tempTree(files);
    const run = async (threads: number) => {
      const found: ReportedFinding[] = [];
      const configs: string[] = [];
      const summary = await scanWorkspace([root], {
        config: DEFAULT_CONFIG,
        workerScript: WORKER,
        threads,
        nestedConfig: (file) => {
          configs.push(file);
          return parseConfig(readFileSync(file, 'utf8')).config;
        },
        onFile: (r) => found.push(...r.findings),
      });
      return { summary, configs, found: found.map((f) => f.file).sort() };
    };
    const single = await run(1);
    const parallel = await run(2);
    assert.equal(parallel.summary.threads, 2);
    assert.equal(single.configs.length, 3);
    assert.ok(single.found.length > 0);
    assert.ok(
      single.found.every((f) => f.startsWith('p1/') || f.startsWith('p3/')),
      single.found.join(),
    );
    assert.deepEqual(parallel.found, single.found);
  });
});
