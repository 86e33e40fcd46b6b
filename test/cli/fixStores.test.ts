// `hush fix` with the real stores: @dotenvx/dotenvx from npm (its own CLI reads the value back, no file holds it
// in clear), pass from Debian with a throwaway GPG key (pass show and direnv return it), gopass (Debian's 1.5
// cannot take a value on stdin: it must fail and change nothing). Tools that are missing skip their tests, named.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { tempDir, tempTree } from '../support/tempTree';
import { plantedProject, snapshot } from '../support/fixProject';
import { ROOT } from '../support/paths';
import { runCli } from './runCli';

const g = createExampleGen(1903);
const DOTENVX = join(ROOT, 'node_modules', '.bin', 'dotenvx');

function has(tool: string, ...args: string[]): boolean {
  return spawnSync(tool, args, { stdio: 'ignore' }).status === 0;
}

/** No file of the project (but the store's own files, when it has them) holds a value in clear. */
function assertNoClearValue(root: string, values: readonly string[], except: readonly string[] = []) {
  for (const [path, text] of snapshot(root)) {
    if (except.includes(path)) continue;
    for (const v of values) assert.ok(!text.includes(v), `${path} holds a value in clear`);
  }
}

describe('hush fix --store dotenvx (@dotenvx/dotenvx)', () => {
  it('encrypts every value into .env, the private key in gitignored .env.keys; dotenvx get returns each value; a second run changes nothing', () => {
    const { files, values } = plantedProject();
    const other = `sk_live_${g.alnum(24)}`;
    const root = tempTree({ ...files, '.env': `# plain entries stay\nSTRIPE_SECRET_KEY=${other}\n` }, 'hush-dotenvx-');
    const r = runCli(['fix', '--store', 'dotenvx'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /3 moved to \.env \(encrypted, key in \.env\.keys\)/);
    assert.match(r.stdout, /dotenvx run -- /);
    assert.match(readFileSync(join(root, 'src/pay.js'), 'utf8'), /process\.env\.STRIPE_SECRET_KEY_2\b/, 'a name holding another value is not reused');
    assert.match(readFileSync(join(root, '.gitignore'), 'utf8'), /^\.env\.keys$/m);
    const get = (name: string) => spawnSync(DOTENVX, ['get', name], { cwd: root, encoding: 'utf8' }).stdout.replace(/\n$/, '');
    assert.equal(get('STRIPE_SECRET_KEY_2'), values.stripe);
    assert.equal(get('AWS_SECRET_ACCESS_KEY'), values.awsSecret);
    assert.equal(get('AWS_ACCESS_KEY_ID'), values.awsId);
    assert.equal(get('STRIPE_SECRET_KEY'), other, 'the existing entry is untouched');
    assertNoClearValue(root, Object.values(values));
    const before = snapshot(root);
    const again = runCli(['fix', '--store', 'dotenvx'], root);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.deepEqual(snapshot(root), before);
  });

  it('a .env.keys symlink is refused (the library would write the private key through it): exit 1, nothing changed', () => {
    const stripe = `sk_live_${g.alnum(24)}`;
    const outside = tempTree({ keys: '' }, 'hush-outside-');
    const root = tempTree({ 'app.js': `const k = "${stripe}";\n` }, 'hush-dotenvx-');
    symlinkSync(join(outside, 'keys'), join(root, '.env.keys'));
    const r = runCli(['fix', '--store', 'dotenvx'], root);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /not moved {2}app\.js:1 .*\.env\.keys is a symbolic link/);
    assert.equal(readFileSync(join(root, 'app.js'), 'utf8'), `const k = "${stripe}";\n`);
    assert.equal(readFileSync(join(outside, 'keys'), 'utf8'), '');
  });
});

const gpgReady = has('gpg', '--version');
const passReady = gpgReady && has('pass', 'version');
const direnvReady = has('direnv', 'version');

/** A throwaway GNUPGHOME with one key without passphrase, and a password store initialised for it. */
function throwawayPassStore(): { env: NodeJS.ProcessEnv; dispose(): void } {
  const gnupg = tempDir('hush-gpg-');
  const store = tempDir('hush-pass-');
  const env = { ...process.env, GNUPGHOME: gnupg, PASSWORD_STORE_DIR: store, XDG_DATA_HOME: tempDir('hush-xdg-'), XDG_CONFIG_HOME: tempDir('hush-xdg-') };
  const run = (cmd: string, ...args: string[]) => {
    const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  };
  run('gpg', '--batch', '--passphrase', '', '--quick-gen-key', 'Hush Test <hush@example.invalid>', 'default', 'default', 'never');
  const fpr = /^fpr:+([0-9A-F]+):/m.exec(run('gpg', '--list-keys', '--with-colons'))![1]!;
  run('pass', 'init', fpr);
  return { env, dispose: () => void spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env }) };
}

(passReady ? describe : describe.skip)(`hush fix --store pass${passReady ? '' : ' (skipped: gpg or pass is not installed: apt-get install pass)'}`, () => {
  let gpg: ReturnType<typeof throwawayPassStore>;
  before(() => (gpg = throwawayPassStore()));
  after(() => gpg?.dispose());

  it('inserts every value (via stdin) under <project>/<NAME>; pass show returns it; .envrc reads it back; a second run changes nothing', () => {
    const { files, values } = plantedProject();
    const pem = `-----BEGIN RSA PRIVATE KEY-----\\n${g.base64(64)}\\n${g.base64(64)}\\n-----END RSA PRIVATE KEY-----`;
    const root = tempTree({ ...files, 'keys.js': `const key = "${pem}";\n` }, 'hush-passfix-');
    const r = runCli(['fix', '--store', 'pass'], root, undefined, { env: gpg.env });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const prefix = basename(root);
    assert.match(r.stdout, new RegExp(`moved to pass ${prefix}/`));
    const show = (name: string) => spawnSync('pass', ['show', `${prefix}/${name}`], { env: gpg.env, encoding: 'utf8' }).stdout;
    assert.equal(show('STRIPE_SECRET_KEY'), values.stripe);
    assert.equal(show('AWS_ACCESS_KEY_ID'), values.awsId);
    assert.equal(show('PRIVATE_KEY'), pem.replace(/\\n/g, '\n'), 'a multi-line value keeps its lines');
    const envrc = readFileSync(join(root, '.envrc'), 'utf8');
    assert.match(envrc, new RegExp(`^export STRIPE_SECRET_KEY="\\$\\(pass show ${prefix}/STRIPE_SECRET_KEY\\)"$`, 'm'));
    assertNoClearValue(root, [...Object.values(values), pem.replace(/\\n/g, '\n').split('\n')[1]!]);
    const before = snapshot(root);
    const again = runCli(['fix', '--store', 'pass'], root, undefined, { env: gpg.env });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.deepEqual(snapshot(root), before);
    if (!direnvReady) return;
    assert.equal(spawnSync('direnv', ['allow', '.'], { cwd: root, env: gpg.env }).status, 0);
    const exported = spawnSync('direnv', ['exec', '.', 'sh', '-c', 'printf %s "$STRIPE_SECRET_KEY"'], { cwd: root, env: gpg.env, encoding: 'utf8' });
    assert.equal(exported.stdout, values.stripe, exported.stderr);
  });

  it('a store without a key for the value (not initialised) fails: exit 1, the reason, the source untouched', () => {
    const stripe = `sk_live_${g.alnum(24)}`;
    const root = tempTree({ 'app.js': `const k = "${stripe}";\n` }, 'hush-passfix-');
    const r = runCli(['fix', '--store', 'pass'], root, undefined, { env: { ...gpg.env, PASSWORD_STORE_DIR: tempDir('hush-pass-empty-') } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /not moved {2}app\.js:1 .*pass insert failed: .*pass init/);
    assert.equal(readFileSync(join(root, 'app.js'), 'utf8'), `const k = "${stripe}";\n`);
  });
});

const gopassReady = gpgReady && has('gopass', 'ls');
(passReady && gopassReady ? describe : describe.skip)(`hush fix --store gopass${passReady && gopassReady ? '' : ' (skipped: gopass, pass or gpg is not installed)'}`, () => {
  let gpg: ReturnType<typeof throwawayPassStore>;
  before(() => (gpg = throwawayPassStore()));
  after(() => gpg?.dispose());

  it('a gopass that does not store the value given on stdin: nothing moved, no entry left, the source untouched', function () {
    const stripe = `sk_live_${g.alnum(24)}`;
    const root = tempTree({ 'app.js': `const k = "${stripe}";\n` }, 'hush-gopassfix-');
    const r = runCli(['fix', '--store', 'gopass'], root, undefined, { env: gpg.env });
    if (r.code === 0) this.skip(); // a gopass that reads stdin (gopass.pw): nothing to show here
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /not moved {2}app\.js:1 .*gopass/);
    assert.equal(readFileSync(join(root, 'app.js'), 'utf8'), `const k = "${stripe}";\n`);
    assert.equal(spawnSync('pass', ['show', `${basename(root)}/STRIPE_SECRET_KEY`], { env: gpg.env }).status, 1, 'an entry was left behind');
  });
});
