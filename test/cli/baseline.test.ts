import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { runCli } from './runCli';
import { tempTree } from '../support/tempTree';
import { git, hasGit, initRepo } from '../support/gitRepo';

const g = createExampleGen(23);

describe('hush scan --baseline / --write-baseline', () => {
  const old1 = g.crc32Token('ghp_', 30);
  const old2 = `sk_live_${g.alnum(24)}`;
  const tree = () => tempTree({ 'src/app.js': `const token = "${old1}";\n`, 'config/prod.py': `STRIPE = '${old2}'\n`, 'README.md': 'clean\n' });

  it('writes fingerprints and paths only, then reports only new findings and exits 0 when none', () => {
    const root = tree();
    const w = runCli(['scan', '.', '--write-baseline', 'hush-baseline.json'], root);
    assert.equal(w.code, 0, w.stderr);
    assert.match(w.stdout + w.stderr, /2 findings written to hush-baseline\.json/);
    const text = readFileSync(join(root, 'hush-baseline.json'), 'utf8');
    assert.ok(!text.includes(old1) && !text.includes(old2), 'no raw value in the baseline');
    assert.ok(!text.includes(old1.slice(4, 16)) && !text.includes(old2.slice(8, 20)), 'no piece of a value either');
    const body = JSON.parse(text);
    assert.deepEqual(
      body.findings.map((f: { file: string }) => f.file),
      ['config/prod.py', 'src/app.js'],
    );

    const again = runCli(['scan', '.', '--baseline', 'hush-baseline.json'], root);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.match(again.stdout, /No secrets found/);
    assert.match(again.stdout, /2 known findings held back by the baseline/);
    assert.match(again.stdout, /still live secrets until revoked/);
  });

  it('a new secret, or a known one copied into another file, is reported and exits 1', () => {
    const root = tree();
    assert.equal(runCli(['scan', '.', '--write-baseline', 'hush-baseline.json'], root).code, 0);
    writeFileSync(join(root, 'src/new.js'), `const a = "${g.crc32Token('ghp_', 30)}";\nconst copy = "${old1}";\n`);
    const r = runCli(['scan', '.', '--baseline', 'hush-baseline.json', '--format', 'json'], root);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`),
      ['src/new.js:1', 'src/new.js:2'],
    );
    assert.deepEqual(out.baseline, { file: 'hush-baseline.json', known: 2 });
  });

  it('matches from another working directory (paths are relative to the baseline file)', () => {
    const root = tree();
    assert.equal(runCli(['scan', '.', '--write-baseline', 'hush-baseline.json'], root).code, 0);
    const r = runCli(['scan', 'src', '--baseline', join(root, 'hush-baseline.json')], root);
    assert.equal(r.code, 0, r.stdout);
    const sub = runCli(['scan', '.', '--baseline', '../hush-baseline.json'], join(root, 'src'));
    assert.equal(sub.code, 0, sub.stdout);
  });

  it('a malformed, missing or unwritable baseline is a clear error (exit 2) that changes nothing', () => {
    const root = tree();
    writeFileSync(join(root, 'bad.json'), '{"version": 1, "findings": [{"fingerprint": "x"}]}');
    const bad = runCli(['scan', '.', '--baseline', 'bad.json'], root);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.json: findings\[0\] needs "fingerprint"/);
    assert.equal(bad.stdout, '');
    const notJson = join(root, 'nojson.json');
    writeFileSync(notJson, 'hello');
    assert.match(runCli(['scan', '.', '--baseline', notJson], root).stderr, /not valid JSON/);
    const missing = runCli(['scan', '.', '--baseline', 'nope.json'], root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read baseline nope\.json: ENOENT/);
    assert.equal(existsSync(join(root, 'nope.json')), false);
    const both = runCli(['scan', '.', '--baseline', 'bad.json', '--write-baseline', 'x.json'], root);
    assert.equal(both.code, 2);
    assert.equal(existsSync(join(root, 'x.json')), false);
    if (process.getuid?.() !== 0) {
      mkdirSync(join(root, 'ro'));
      chmodSync(join(root, 'ro'), 0o500);
      const ro = runCli(['scan', '.', '--write-baseline', 'ro/b.json'], root);
      assert.equal(ro.code, 2);
      assert.match(ro.stderr, /cannot write baseline/);
    }
  });

  it('the staged scan honours the baseline too', function () {
    // The staged path reports added lines only; a baseline still holds back a known value re-added elsewhere
    // in the same file (e.g. a moved line).
    if (!hasGit()) this.skip();
    const root = tree();
    initRepo(root);
    assert.equal(runCli(['scan', '.', '--write-baseline', 'hush-baseline.json'], root).code, 0);
    writeFileSync(join(root, 'src/app.js'), `// moved\nconst token = "${old1}";\n`);
    git(root, 'add', 'src/app.js');
    const r = runCli(['scan', '--staged', '--baseline', 'hush-baseline.json'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const without = runCli(['scan', '--staged'], root);
    assert.equal(without.code, 1, without.stdout);
  });
});
