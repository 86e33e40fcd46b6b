import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { runCli } from './runCli';
import { tempTree } from '../support/tempTree';

const g = createExampleGen(7);

describe('hush scan (CLI)', () => {
  const ghp = g.crc32Token('ghp_', 30);
  const stripe = `sk_live_${g.alnum(24)}`;
  const tree = () =>
    tempTree({
      'src/app.js': `const a = 1;\nconst token = "${ghp}";\n`,
      'config/prod.py': `STRIPE = '${stripe}'\n`,
      'ignored/secret.js': `const t = "${g.crc32Token('ghp_', 30)}";\n`,
      '.gitignore': 'ignored/\n',
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x73, 0x6b]),
      'clean.txt': 'nothing to see\n',
    });

  it('prints the JSON contract with 1-based positions and exits 1', () => {
    const root = tree();
    const r = runCli(['scan', '.', '--format', 'json'], root);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out).sort(), ['findings', 'stats']);
    const files = out.findings.map((f: { file: string }) => f.file).sort();
    assert.deepEqual(files, ['config/prod.py', 'src/app.js']);
    const gh = out.findings.find((f: { file: string }) => f.file === 'src/app.js');
    assert.deepEqual(
      { line: gh.line, column: gh.column, endLine: gh.endLine, endColumn: gh.endColumn, ruleId: gh.ruleId, severity: gh.severity },
      { line: 2, column: 16, endLine: 2, endColumn: 56, ruleId: 'github-personal-access-token', severity: 'error' },
    );
    for (const key of ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'provider', 'severity', 'fingerprint', 'masked']) assert.ok(key in gh, key);
    assert.equal(out.stats.files, 4); // app.js, prod.py, clean.txt, .gitignore
    assert.deepEqual(
      out.stats.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]),
      [['image.png', 'binary']],
    );
  });

  it('never prints a raw secret, in any format', () => {
    const root = tree();
    for (const format of ['text', 'json', 'sarif', 'gitlab']) {
      const r = runCli(['scan', '.', '--format', format], root);
      for (const secret of [ghp, stripe]) {
        assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret), `${format} output leaks a value`);
        assert.ok(!r.stdout.includes(secret.slice(8, 20)), `${format} output leaks part of a value`);
      }
    }
  });

  it('writes SARIF 2.1.0 with rules, locations and fingerprints', () => {
    const r = runCli(['scan', '.', '--format', 'sarif'], tree());
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'hush');
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id).sort();
    assert.deepEqual(ruleIds, ['github-personal-access-token', 'stripe-live-secret-key']);
    for (const res of run.results) {
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
      assert.match(res.partialFingerprints['hush/v1'], /:[0-9a-f]{16}$/);
    }
  });

  it("reports package.json's version (written in by the build) in --version and as SARIF's tool version", () => {
    const { version } = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string };
    assert.equal(runCli(['--version'], tempTree({})).stdout, `${version}\n`);
    const log = JSON.parse(runCli(['scan', '.', '--format', 'sarif'], tree()).stdout);
    assert.equal(log.runs[0].tool.driver.semanticVersion, version);
  });

  it('exits 0 on a clean tree and 2 on bad usage', () => {
    assert.equal(runCli(['scan', '.'], tempTree({ 'a.txt': 'hello\n' })).code, 0);
    const bad = runCli(['scan', '--format', 'xml'], tempTree({}));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be/);
    assert.equal(runCli(['scan', 'does-not-exist'], tempTree({})).code, 2);
    assert.equal(runCli(['frobnicate'], tempTree({})).code, 2);
  });

  it('rejects a malformed config with the field named, and scans nothing', () => {
    const r = runCli(['scan', '.'], tempTree({ '.hush.json': '{"disabledRules": 3}', 'a.js': `x = "${ghp}"` }));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /disabledRules: must be an array of strings/);
  });

  it('honours config excludes and --no-gitignore', () => {
    const root = tree();
    assert.equal(runCli(['scan', '.', '--format', 'json', '--no-gitignore'], root).stdout.includes('ignored/secret.js'), true);
    const excluded = tempTree({ '.hush.json': '{"exclude": ["config/"]}', 'config/a.py': `S = '${stripe}'\n` });
    assert.equal(runCli(['scan', '.'], excluded).code, 0);
    // Excludes are relative to the config's folder even when a subfolder is scanned.
    const nested = tempTree({ '.hush.json': '{"exclude": ["app/fixtures/"]}', 'app/fixtures/a.py': `S = '${stripe}'\n`, 'app/b.py': `S = '${stripe}'\n` });
    const sub = runCli(['scan', 'app', '--format', 'json'], nested);
    assert.deepEqual(
      JSON.parse(sub.stdout).findings.map((f: { file: string }) => f.file),
      ['app/b.py'],
    );
  });
});
