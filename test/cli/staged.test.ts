import assert from 'node:assert/strict';
import { createExampleGen } from '../../engine/examples';
import { git, initRepo, initRepoWith } from '../support/gitRepo';
import { runCli } from './runCli';
import { tempTree, writeFile } from '../support/tempTree';

const g = createExampleGen(11);

describe('hush scan --staged (real git repository)', () => {
  const token = g.crc32Token('ghp_', 30);

  it('exits 1 with a table naming file, line, provider and the masked value when a secret is staged', () => {
    const repo = initRepoWith({ 'src/app.js': 'const a = 1;\n' });
    writeFile(repo, 'src/app.js', `const a = 1;\nconst token = "${token}";\n`);
    git(repo, 'add', 'src/app.js');
    const r = runCli(['scan', '--staged'], repo);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /commit blocked/);
    assert.match(r.stdout, /src\/app\.js:2\s+GitHub\s+ghp_…\S+/);
    assert.match(r.stdout, /\.env/);
    assert.match(r.stdout, /hush:allow/);
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token), 'raw value printed');
  });

  it('scans the index, not the working tree: an unstaged secret passes, a staged one fixed only on disk still blocks', () => {
    const repo = initRepoWith({ 'a.js': 'const a = 1;\n' });
    writeFile(repo, 'a.js', `const a = 1;\nconst token = "${token}";\n`);
    assert.equal(runCli(['scan', '--staged'], repo).code, 0);
    git(repo, 'add', 'a.js');
    writeFile(repo, 'a.js', 'const a = 1;\nconst token = process.env.TOKEN;\n');
    assert.equal(runCli(['scan', '--staged'], repo).code, 1);
  });

  it('does not block on a secret already committed when the commit changes other lines', () => {
    const repo = initRepo();
    writeFile(repo, 'cfg.js', `const token = "${token}";\nconst n = 1;\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'legacy');
    writeFile(repo, 'cfg.js', `const token = "${token}";\nconst n = 2;\n`);
    git(repo, 'add', 'cfg.js');
    const r = runCli(['scan', '--staged', '--format', 'json'], repo);
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(JSON.parse(r.stdout).findings, []);
  });

  it('works on the first commit and honours the config excludes', () => {
    const repo = initRepo();
    writeFile(repo, 'fixtures/key.txt', `token: ${token}\n`);
    writeFile(repo, 'src/b.py', `TOKEN = "${token}"\n`);
    git(repo, 'add', '.');
    const r = runCli(['scan', '--staged', '--format', 'json'], repo);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`),
      ['fixtures/key.txt:1', 'src/b.py:1'],
    );
    writeFile(repo, '.hush.json', '{"exclude": ["fixtures/"]}');
    const excluded = runCli(['scan', '--staged', '--format', 'json'], repo);
    assert.deepEqual(
      JSON.parse(excluded.stdout).findings.map((f: { file: string }) => f.file),
      ['src/b.py'],
    );
  });

  it('handles renames and unusual file names (spaces, non-ASCII: git quotes them)', () => {
    const repo = initRepoWith({ 'old name.js': 'const a = 1;\n'.repeat(20) });
    git(repo, 'mv', 'old name.js', 'nouveau fiché.js');
    assert.equal(runCli(['scan', '--staged'], repo).code, 0, 'a pure rename adds no line');
    writeFile(repo, 'nouveau fiché.js', 'const a = 1;\n'.repeat(20) + `const token = "${token}";\n`);
    git(repo, 'add', '.');
    const r = runCli(['scan', '--staged', '--format', 'json'], repo);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`),
      ['nouveau fiché.js:21'],
    );
  });

  it('outside a repository: exit 2 with a clear message', () => {
    const r = runCli(['scan', '--staged'], tempTree({}));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not inside a git work tree/);
  });
});
