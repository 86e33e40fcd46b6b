import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { git, initRepo, tryCommit } from '../support/gitRepo';
import { runCli } from './runCli';
import { tempTree, writeFile } from '../support/tempTree';

const g = createExampleGen(23);
const BEGIN = '# >>> hush pre-commit';

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('hush hook install / uninstall', () => {
  const token = g.crc32Token('ghp_', 30);

  it('installs a pre-commit hook that blocks a staged secret (masked in the output) and lets a clean commit through', () => {
    const repo = initRepo();
    const r = runCli(['hook', 'install'], repo);
    assert.equal(r.code, 0, r.stderr);
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    assert.ok(statSync(hook).mode & 0o100, 'hook is executable');
    writeFile(repo, 'app.js', `const token = "${token}";\n`);
    git(repo, 'add', 'app.js');
    const blocked = tryCommit(repo, 'leak');
    assert.notEqual(blocked.code, 0);
    assert.match(blocked.output, /commit blocked/);
    assert.match(blocked.output, /app\.js:1/);
    assert.ok(!blocked.output.includes(token), 'raw value in hook output');
    assert.equal(git(repo, 'rev-list', '--all').trim(), '', 'nothing was committed');
    writeFile(repo, 'app.js', 'const token = process.env.TOKEN;\n');
    git(repo, 'add', 'app.js');
    assert.equal(tryCommit(repo, 'clean').code, 0);
  });

  it('is idempotent: a second install leaves one block', () => {
    const repo = initRepo();
    runCli(['hook', 'install'], repo);
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const first = readFileSync(hook, 'utf8');
    const again = runCli(['hook', 'install'], repo);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /already installed/);
    assert.equal(readFileSync(hook, 'utf8'), first);
    assert.equal(count(first, BEGIN), 1);
  });

  it('keeps an existing hook: it still runs (first), its failure still blocks, and uninstall restores it', () => {
    const repo = initRepo();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    const original = '#!/bin/sh\necho ran >> "$(git rev-parse --git-dir)/existing-hook-ran"\n[ ! -f STOP ]\n';
    writeFileSync(hook, original);
    chmodSync(hook, 0o755);
    const r = runCli(['hook', 'install'], repo);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Kept the existing pre-commit hook/);

    writeFile(repo, 'a.txt', 'hello\n');
    git(repo, 'add', 'a.txt');
    assert.equal(tryCommit(repo, 'one').code, 0);
    assert.ok(existsSync(join(repo, '.git', 'existing-hook-ran')), 'existing hook did not run');

    writeFile(repo, 'STOP', '');
    writeFile(repo, 'b.txt', 'x\n');
    git(repo, 'add', 'b.txt');
    assert.notEqual(tryCommit(repo, 'stopped by the old hook').code, 0);

    const u = runCli(['hook', 'uninstall'], repo);
    assert.equal(u.code, 0);
    assert.equal(readFileSync(hook, 'utf8'), original);
  });

  it("with husky: adds a marked block to .husky/pre-commit and leaves husky's own hooks alone; uninstall removes only the block", () => {
    const repo = initRepo();
    writeFile(repo, '.husky/pre-commit', 'npm test\n');
    mkdirSync(join(repo, '.husky', '_'), { recursive: true });
    git(repo, 'config', 'core.hooksPath', '.husky/_');
    const r = runCli(['hook', 'install'], repo);
    assert.equal(r.code, 0, r.stderr);
    const husky = readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8');
    assert.ok(husky.startsWith('npm test\n'), 'existing husky command kept first');
    assert.equal(count(husky, BEGIN), 1);
    assert.ok(!existsSync(join(repo, '.husky', '_', 'pre-commit')), "wrote into husky's generated dir");
    runCli(['hook', 'install'], repo);
    assert.equal(count(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8'), BEGIN), 1);
    runCli(['hook', 'uninstall'], repo);
    assert.equal(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8'), 'npm test\n');
  });

  it('with the pre-commit framework: points at the hush-staged hook id instead of touching .git/hooks', () => {
    const repo = initRepo();
    writeFile(repo, '.pre-commit-config.yaml', 'repos: []\n');
    const r = runCli(['hook', 'install'], repo);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /id: hush-staged/);
    assert.ok(!existsSync(join(repo, '.git', 'hooks', 'pre-commit')));
  });

  it('ships .pre-commit-hooks.yaml with the hush-staged hook', () => {
    const text = readFileSync(join(__dirname, '../../../.pre-commit-hooks.yaml'), 'utf8');
    assert.match(text, /- id: hush-staged/);
    assert.match(text, /entry: hush scan --staged/);
    assert.match(text, /pass_filenames: false/);
  });

  it('outside a repository: exit 2 with a clear message', () => {
    const r = runCli(['hook', 'install'], tempTree({}));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not inside a git work tree/);
  });
});
