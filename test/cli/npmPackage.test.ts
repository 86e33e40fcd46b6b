// The installable CLI: `npm pack` makes a package that installs into a clean prefix with an empty npm
// cache and no network (--offline: the CLI is a bundle with no runtime dependencies), and the installed
// `hush` prints package.json's version and scans. The pack runs without its prepack build (--ignore-scripts)
// on the bundles this suite's build made, so the test does not rebuild dist/ in production mode under the
// other suites; the prepack script itself is checked to build them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { ROOT } from '../support/paths';
import { tempDir, tempTree } from '../support/tempTree';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};

/** A clean environment: nothing npm set for the running `npm test` (user agent, prefix, cache) leaks in. */
function cleanEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE_OPTIONS') env[k] = v;
  return { ...env, HOME: home, PATH: [dirname(process.execPath), env.PATH ?? ''].join(delimiter), npm_config_cache: join(home, 'npm-cache'), npm_config_update_notifier: 'false' };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

describe('npm package: pack, install into a clean prefix offline, run hush', function () {
  this.timeout(240_000);

  it('is publishable and needs nothing at run time', () => {
    assert.notEqual(pkg.private, true, 'a private package cannot be installed from a registry');
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'the CLI is a bundle: no runtime dependencies');
    assert.equal(pkg.bin.hush, './dist/cli.js');
    assert.match(pkg.scripts.prepack ?? '', /esbuild\.mjs --production/, 'npm pack builds the production bundles first');
    assert.match(readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/, 'bin has a shebang');
  });

  it('npm pack → npm install -g --offline into an empty prefix → hush --version and hush scan work', () => {
    const work = tempDir('hush-pack-');
    const env = cleanEnv(join(work, 'home'));
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT, env);
    assert.equal(packed.code, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = info!.files.map((f) => f.path).sort();
    for (const p of ['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/cliMain.js', 'dist/scanWorker.js', 'dist/scanWorkerBoot.js', 'dist/regexWorker.js'])
      assert.ok(paths.includes(p), `${p} is packed`);
    assert.ok(!paths.some((p) => p.startsWith('test/') || p.endsWith('.ts') || p.endsWith('.map') || p.startsWith('node_modules/')), `only what runs: ${paths.join(', ')}`);

    const prefix = join(work, 'prefix');
    const installed = run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, info!.filename)], work, env);
    assert.equal(installed.code, 0, installed.stderr);
    const hush = join(prefix, 'bin', 'hush');
    assert.ok(existsSync(hush), 'bin/hush linked');

    const version = run(hush, ['--version'], work, env);
    assert.equal(version.stdout, `${pkg.version}\n`, version.stderr);

    const value = createExampleGen(1811).crc32Token('ghp_', 30);
    const tree = tempTree({ 'app.js': `const token = "${value}";\n`, 'clean.txt': 'nothing\n' });
    const scan = run(hush, ['scan', '.', '--format', 'json', '--threads', '2'], tree, env);
    assert.equal(scan.code, 1, scan.stderr);
    const report = JSON.parse(scan.stdout) as { findings: Array<{ file: string; ruleId: string }> };
    assert.deepEqual(
      report.findings.map((f) => [f.file, f.ruleId]),
      [['app.js', 'github-personal-access-token']],
    );
    assert.ok(!scan.stdout.includes(value), 'masked');
    assert.equal(run(hush, ['scan', 'clean.txt'], tree, env).code, 0);
  });
});
