import assert from 'node:assert/strict';
import { createExampleGen } from '../../engine/examples';
import { BASE_DATE, TempRepo } from '../support/gitRepo';
import { runCli } from './runCli';
import { tempDir } from '../support/tempTree';

const g = createExampleGen(17);

describe('hush scan --history (CLI)', () => {
  const stripe = `sk_live_${g.alnum(24)}`;
  const ghp = g.crc32Token('ghp_', 30);
  const fixture = g.crc32Token('ghp_', 30);
  const late = `sk_live_${g.alnum(30)}`;
  let repo: TempRepo;
  const sha: Record<string, string> = {};
  const outputs: Record<string, ReturnType<typeof runCli>> = {};

  before(() => {
    repo = TempRepo.init();
    repo.write('.hush.json', '{ "exclude": ["test/fixtures/"] }\n');
    sha.init = repo.write('README.md', 'hello\n').commit('init');
    sha.stripe = repo.write('src/pay.js', `// pay\nconst key = "${stripe}";\n`).commit('add payments', 'Alice');
    sha.ghp = repo.write('deploy.sh', `export GITHUB_TOKEN=${ghp}\n`).commit('deploy script', 'Bob');
    repo.write('test/fixtures/t.js', `t = "${fixture}"\n`).commit('fixture');
    repo.remove('deploy.sh').commit('remove token');
    repo.write('src/copy.js', `const again = "${stripe}";\n`).commit('copy key');
    repo.pushToBareRemote('origin', 'main');
    sha.late = repo.write('src/late.js', `const k = "${late}";\n`).commit('local only');
    for (const format of ['text', 'json', 'sarif']) outputs[format] = runCli(['scan', '--history', '--format', format], repo.dir);
  });

  it('reports each secret once, with the commit that introduced it and where it was pushed (JSON)', () => {
    const r = outputs.json!;
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.stats.commits, 7);
    assert.ok(out.stats.bytes > 0);
    const byFile = Object.fromEntries(out.findings.map((f: { file: string }) => [f.file, f]));
    assert.deepEqual(Object.keys(byFile).sort(), ['deploy.sh', 'src/late.js', 'src/pay.js'], 'fixtures are excluded; the copy is the same secret');
    const pay = byFile['src/pay.js'];
    assert.deepEqual(
      { line: pay.line, column: pay.column, endLine: pay.endLine, endColumn: pay.endColumn, ruleId: pay.ruleId, pushedTo: pay.pushedTo },
      { line: 2, column: 14, endLine: 2, endColumn: 14 + stripe.length, ruleId: 'stripe-live-secret-key', pushedTo: 'origin/main' },
    );
    assert.deepEqual(pay.commit, { sha: sha.stripe, date: new Date((BASE_DATE + 86400) * 1000).toISOString(), author: 'Alice', subject: 'add payments' });
    assert.equal(byFile['deploy.sh'].commit.sha, sha.ghp, 'a secret removed from the tree is still found');
    assert.equal(byFile['deploy.sh'].pushedTo, 'origin/main');
    assert.equal(byFile['src/late.js'].pushedTo, null);
    for (const key of ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'provider', 'description', 'severity', 'fingerprint', 'masked']) {
      assert.ok(key in pay, key);
    }
  });

  it('--since REV limits the scan to newer commits', () => {
    const r = runCli(['scan', '--history', '--since', sha.ghp!, '--format', 'json'], repo.dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.stats.commits, 4);
    // The copy of the Stripe key counts as introduced by "copy key" within this range.
    assert.deepEqual(out.findings.map((f: { file: string }) => f.file).sort(), ['src/copy.js', 'src/late.js']);
    assert.equal(runCli(['scan', '--history', '--since', 'HEAD', '--format', 'json'], repo.dir).code, 0);
  });

  it('text and SARIF say the same, and no format prints a raw secret', () => {
    const text = outputs.text!;
    assert.equal(text.code, 1);
    assert.match(text.stdout, new RegExp(`${sha.stripe!.slice(0, 7)} 2026-01-02 Alice  add payments`));
    assert.match(text.stdout, /src\/pay\.js:2:14 +error +Stripe live secret key \(sk_live_…\w+\) +stripe-live-secret-key +pushed to origin\/main/);
    assert.match(text.stdout, /3 secrets found in git history \(2 pushed\)/);
    const sarif = JSON.parse(outputs.sarif!.stdout);
    const results = sarif.runs[0].results;
    assert.equal(results.length, 3);
    assert.ok(results.every((x: { properties: { commit: string } }) => /^[0-9a-f]{40}$/.test(x.properties.commit)));
    for (const format of ['text', 'json', 'sarif']) {
      const r = outputs[format]!;
      for (const secret of [stripe, ghp, late, fixture]) assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret), `${format} leaks a value`);
    }
  });

  it('scans on worker threads or, with --threads 1, on this thread: the same report', () => {
    const strip = (stdout: string) => JSON.parse(stdout).findings;
    const two = runCli(['scan', '--history', '--format', 'json', '--threads', '2'], repo.dir);
    const one = runCli(['scan', '--history', '--format', 'json', '--threads', '1'], repo.dir);
    assert.equal(two.code, 1, two.stderr);
    assert.equal(one.code, 1, one.stderr);
    assert.equal(strip(two.stdout).length, 3);
    assert.deepEqual(strip(two.stdout), strip(one.stdout));
    assert.equal(runCli(['scan', '--history', '--threads', '0'], repo.dir).code, 2);
  });

  it('walks HEAD and every remote branch (one only pushed, origin/HEAD once), whatever the work tree holds; an unborn branch is clean', () => {
    const other = TempRepo.init();
    const pushedOnly = `sk_live_${g.alnum(26)}`;
    other.write('a.txt', 'hello\n').commit('init');
    other.pushToBareRemote('origin', 'main');
    other.git('remote', 'set-head', 'origin', 'main');
    other.git('checkout', '-q', '-b', 'side');
    other.write('side.js', `k = "${pushedOnly}"\n`).commit('side');
    other.git('push', '-q', 'origin', 'side');
    other.git('checkout', '-q', 'main');
    other.git('branch', '-q', '-D', 'side');
    // A file named like a revision: git must not read HEAD as a path.
    other.write('HEAD', 'not a revision\n').commit('a file named HEAD');
    const r = runCli(['scan', '--history', '--format', 'json'], other.dir);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.stats.commits, 3);
    assert.deepEqual(
      out.findings.map((f: { file: string; pushedTo: string }) => [f.file, f.pushedTo]),
      [['side.js', 'origin/side']],
    );
    assert.equal(runCli(['scan', '--history'], TempRepo.init().dir).code, 0);
  });

  it('given a subdirectory, scans the whole repository with its paths, whatever diff.relative says', () => {
    const other = TempRepo.init();
    other
      .write('sub/a.txt', 'hello\n')
      .write('pay.js', `const key = "sk_live_${g.alnum(24)}";\n`)
      .commit('init');
    other.git('config', 'diff.relative', 'true');
    const r = runCli(['scan', '--history', 'sub', '--format', 'json'], other.dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`),
      ['pay.js:1'],
    );
  });

  it('exits 0 on a clean history and 2 outside git or on a bad revision', () => {
    const clean = TempRepo.init();
    clean.write('a.txt', 'hello\n').commit('init');
    assert.equal(runCli(['scan', '--history'], clean.dir).code, 0);
    const nogit = runCli(['scan', '--history'], tempDir('hush-nogit-'));
    assert.equal(nogit.code, 2);
    assert.match(nogit.stderr, /not a git repository/);
    const bad = runCli(['scan', '--history', '--since', 'no-such-rev'], repo.dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown revision "no-such-rev"/);
  });
});
