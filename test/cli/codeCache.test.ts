// dist/cli.js runs the CLI bundle through V8's code cache (cli/launcher.ts): a cache may make a run
// faster, never different, whatever state it is in.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { git, initRepoWith } from '../support/gitRepo';
import { CLI } from './runCli';
import { writeFile, tempDir, tempTree } from '../support/tempTree';

const g = createExampleGen(23);

function run(args: string[], cwd: string, env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  // A deadline, so a launcher that hangs fails the test instead of stalling it.
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

describe('CLI code cache (dist/cli.js launcher)', () => {
  const token = g.crc32Token('ghp_', 30);
  let repo: string;

  before(() => {
    repo = initRepoWith({ 'a.js': 'const a = 1;\n' });
    writeFile(repo, 'a.js', `const a = 1;\nconst token = "${token}";\n`);
    git(repo, 'add', 'a.js');
  });

  it('writes a private cache on the first run and gives the same result from it', () => {
    const dir = join(tempDir('hush-cc-'), 'cache');
    const first = run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir });
    assert.equal(first.code, 1, first.stderr);
    assert.equal(cacheFiles(dir).length, 1);
    const second = run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir });
    assert.deepEqual(second, first);
    // Another kind of command keeps its own cache; the staged one stays.
    assert.equal(run(['--version'], repo, { HUSH_CACHE_DIR: dir }).code, 0);
    assert.equal(cacheFiles(dir).length, 2);
  });

  it('keeps the caches of two Node setups side by side (no eviction on every run)', () => {
    const dir = join(tempDir('hush-cc-'), 'cache');
    run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir });
    run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir, NODE_OPTIONS: '--max-old-space-size=2000' });
    run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir });
    assert.equal(cacheFiles(dir).length, 2);
  });

  it('ignores a corrupt cache file (same result) and replaces it', () => {
    const dir = join(tempDir('hush-cc-'), 'cache');
    const clean = run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir });
    const [file] = cacheFiles(dir);
    writeFileSync(join(dir, file!), Buffer.from(g.base64(4000)));
    assert.deepEqual(run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir }), clean);
    assert.deepEqual(run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: dir }), clean);
  });

  it('runs without a cache where the directory cannot be made (under /proc, where recursive mkdir used to spin)', function () {
    if (process.platform !== 'linux') this.skip();
    const r = run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: '/proc/hush-no-such-dir/cache' });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /commit blocked/);
  });

  it('starts scan workers from a cache of their own, with the same findings from it and from a corrupt one', () => {
    // More files than a scan takes on its own thread (scanWorkspace.ts SMALL_TREE_FILES), so workers start.
    const files: Record<string, string> = {};
    for (let i = 0; i < 240; i++) files[`f${i}.js`] = `const n${i} = ${i};\n`;
    files['f7.js'] = `const token = "${token}";\n`;
    const tree = tempTree(files, 'hush-cc-tree-');
    const dir = join(tempDir('hush-cc-'), 'cache');
    const scan = () => run(['scan', '.', '--threads', '2', '-f', 'json'], tree, { HUSH_CACHE_DIR: dir });
    const findings = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
    const first = scan();
    assert.equal(first.code, 1, first.stderr);
    assert.equal(findings(first).length, 1);
    const workerCaches = () => cacheFiles(dir).filter((f) => f.startsWith('worker-'));
    assert.equal(workerCaches().length, 1);
    const second = scan();
    assert.equal(second.code, 1, second.stderr);
    assert.deepEqual(findings(second), findings(first));
    writeFileSync(join(dir, workerCaches()[0]!), Buffer.from(g.base64(4000)));
    const third = scan();
    assert.equal(third.code, 1, third.stderr);
    assert.deepEqual(findings(third), findings(first));
    assert.equal(workerCaches().length, 1);
  });

  it('writes nothing when disabled, and does not use a directory others can write', function () {
    const off = join(tempDir('hush-cc-'), 'cache');
    assert.equal(run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: off, HUSH_CODE_CACHE: 'off' }).code, 1);
    assert.throws(() => readdirSync(off));
    if (process.platform === 'win32') this.skip();
    const shared = tempDir('hush-cc-');
    mkdirSync(join(shared, 'cache'));
    chmodSync(join(shared, 'cache'), 0o777);
    assert.equal(run(['scan', '--staged'], repo, { HUSH_CACHE_DIR: join(shared, 'cache') }).code, 1);
    assert.deepEqual(cacheFiles(join(shared, 'cache')), []);
  });
});
