// `hush fix` with the default store (`.env`): every uncommitted finding in a planted multi-language project
// moved in one run (the parts of a multi-part credential too), a masked summary, exit codes, a second run that
// changes nothing, existing `.env` bytes kept, committed secrets left alone, failures that change nothing.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { parseDotenv } from '../../engine';
import { tempTree } from '../support/tempTree';
import { plantedProject, snapshot } from '../support/fixProject';
import { git, hasGit, initRepo } from '../support/gitRepo';
import { runCli } from './runCli';

const g = createExampleGen(1902);

describe('hush fix (dotenv store)', () => {
  it('moves every finding of a multi-language project to .env, masked summary, exit 0; a second run changes nothing', () => {
    const { files, values } = plantedProject();
    const root = tempTree(files, 'hush-fix-');
    const r = runCli(['fix'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    for (const v of Object.values(values)) assert.ok(!r.stdout.includes(v) && !r.stderr.includes(v), 'a raw value in the output');
    assert.match(r.stdout, /moved {2}src\/pay\.js:1 {2}\S+ {2}sk_live_…\S+ → STRIPE_SECRET_KEY/);
    assert.match(r.stdout, /3 moved to \.env/);
    const env = parseDotenv(readFileSync(join(root, '.env'), 'utf8'));
    assert.equal(env.get('STRIPE_SECRET_KEY'), values.stripe);
    assert.equal(env.get('AWS_SECRET_ACCESS_KEY'), values.awsSecret);
    assert.equal(env.get('AWS_ACCESS_KEY_ID'), values.awsId, 'the key ID moves with its secret');
    assert.ok([...env.values()].includes(values.github));
    assert.equal(readFileSync(join(root, 'src/pay.js'), 'utf8'), `const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nmodule.exports = stripe;\n`);
    assert.match(readFileSync(join(root, 'tools/sync.py'), 'utf8'), /^import os\n[\s\S]*os\.environ\["GITHUB_TOKEN"\]/);
    assert.match(readFileSync(join(root, '.gitignore'), 'utf8'), /^\.env$/m);
    for (const [path, text] of snapshot(root)) {
      if (path === '.env') continue;
      for (const v of Object.values(values)) assert.ok(!text.includes(v), `${path} still holds a value`);
    }
    const before = snapshot(root);
    const again = runCli(['fix'], root);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.match(again.stdout, /Nothing to move/);
    assert.deepEqual(snapshot(root), before);
  });

  it('keeps every byte of an existing .env (comments, CRLF, no final newline) and never reuses a name holding another value', () => {
    const stripe = `sk_live_${g.alnum(24)}`;
    const other = `sk_live_${g.alnum(24)}`;
    const existing = `# payments\r\nSTRIPE_SECRET_KEY=${other}\r\n\r\n# keep me\r\nDEBUG=1`;
    const root = tempTree({ '.env': existing, '.gitignore': '.env\n', 'app.js': `const k = "${stripe}";\n` }, 'hush-fix-');
    const r = runCli(['fix', 'app.js'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const env = readFileSync(join(root, '.env'), 'utf8');
    assert.ok(env.startsWith(existing), 'the old content is not kept byte for byte');
    assert.equal(env.slice(existing.length), `\r\nSTRIPE_SECRET_KEY_2=${stripe}\r\n`);
    assert.equal(readFileSync(join(root, 'app.js'), 'utf8'), 'const k = process.env.STRIPE_SECRET_KEY_2;\n');
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), '.env\n');
  });

  it('reuses the name already holding the same value', () => {
    const stripe = `sk_live_${g.alnum(24)}`;
    const root = tempTree({ '.env': `PAYMENTS_KEY=${stripe}\n`, '.gitignore': '.env\n', 'app.js': `const k = "${stripe}";\n` }, 'hush-fix-');
    const r = runCli(['fix', 'app.js'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), `PAYMENTS_KEY=${stripe}\n`);
    assert.equal(readFileSync(join(root, 'app.js'), 'utf8'), 'const k = process.env.PAYMENTS_KEY;\n');
  });

  it('--dry-run lists what would move and changes nothing', () => {
    const { files } = plantedProject();
    const root = tempTree(files, 'hush-fix-');
    const before = snapshot(root);
    const r = runCli(['fix', '--dry-run', 'src', 'tools'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /would move {2}src\/pay\.js:1/);
    assert.match(r.stdout, /would move {2}tools\/sync\.py:2/);
    assert.doesNotMatch(r.stdout, /aws\/credentials/);
    assert.match(r.stdout, /Dry run: nothing was changed/);
    assert.deepEqual(snapshot(root), before);
  });

  it('exit 2 on usage errors, nothing changed', () => {
    const { files } = plantedProject();
    const root = tempTree(files, 'hush-fix-');
    const before = snapshot(root);
    assert.equal(runCli(['fix', '--store', 'vault'], root).code, 2);
    assert.match(runCli(['fix', '--store', 'vault'], root).stderr, /--store must be one of dotenv, dotenvx, pass, gopass/);
    assert.equal(runCli(['fix', 'missing.js'], root).code, 2);
    assert.equal(runCli(['fix', '--frobnicate'], root).code, 2);
    assert.deepEqual(snapshot(root), before);
  });

  it('a store that cannot be written: exit 1, the reason listed, the source untouched', () => {
    const stripe = `sk_live_${g.alnum(24)}`;
    const root = tempTree({ 'app.js': `const k = "${stripe}";\n`, '.gitignore': '.env\n' }, 'hush-fix-');
    mkdirSync(join(root, '.env'));
    const r = runCli(['fix'], root);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /not moved {2}app\.js:1 {2}\S+ {2}sk_live_…\S+: \.env is not a regular file/);
    assert.equal(readFileSync(join(root, 'app.js'), 'utf8'), `const k = "${stripe}";\n`);
  });

  it('the .hush.json "store" chooses the store; a store tool that is missing changes nothing and says why', () => {
    const stripe = `sk_live_${g.alnum(24)}`;
    const root = tempTree({ 'app.js': `const k = "${stripe}";\n`, '.hush.json': '{ "store": "gopass" }\n' }, 'hush-fix-');
    const before = snapshot(root);
    const r = runCli(['fix'], root, undefined, { env: { PATH: join(root, 'no-tools-here') } });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /not moved {2}app\.js:1 .*gopass is not installed/);
    assert.deepEqual(snapshot(root), before);
  });

  (hasGit() ? it : it.skip)('a committed secret is not moved: the summary says to revoke it first, exit 1', () => {
    const committed = `sk_live_${g.alnum(24)}`;
    const fresh = `sk_live_${g.alnum(24)}`;
    const root = initRepo();
    writeFileSync(join(root, 'old.js'), `const k = "${committed}";\n`);
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'add');
    writeFileSync(join(root, 'new.js'), `const k = "${fresh}";\n`);
    const r = runCli(['fix'], root);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /not moved {2}old\.js:1 {2}\S+ {2}sk_live_…\S+: committed in [0-9a-f]{7}: revoke it first/);
    assert.match(r.stdout, /moved {2}new\.js:1/);
    assert.match(r.stdout, /1 moved to \.env, 1 already committed \(revoke first\), 0 could not be moved/);
    assert.equal(readFileSync(join(root, 'old.js'), 'utf8'), `const k = "${committed}";\n`);
    assert.equal(readFileSync(join(root, 'new.js'), 'utf8'), 'const k = process.env.STRIPE_SECRET_KEY;\n');
  });
});
