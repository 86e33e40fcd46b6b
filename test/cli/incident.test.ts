// `hush where`, `hush incident report` and `hush scan --verify`, run as a user runs them (dist/cli.js) on
// real temp repositories. Nothing here reaches the network: --verify is tested for its consent rule and
// with results already in the per-user cache (the requests themselves: test/unit/liveCheck.test.ts and
// test/unit/cliVerify.test.ts).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '../../engine/fingerprint';
import type { Validity } from '../../engine/verify';
import { ruleExample } from '../support/ruleExamples';
import { git, initRepo } from '../support/gitRepo';
import { writeFile as write } from '../support/tempTree';
import { CLI, runCli } from './runCli';

function runWithCache(args: string[], cwd: string, cacheHome: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function cacheWith(entries: Record<string, Validity>): string {
  const home = mkdtempSync(join(tmpdir(), 'hush-xdg-'));
  mkdirSync(join(home, 'hush'));
  writeFileSync(join(home, 'hush', 'validity.json'), JSON.stringify({ version: 1, entries }));
  return home;
}

const stripe = ruleExample('stripe-live-secret-key', 21).secret;
const github = ruleExample('github-personal-access-token', 22).secret;
const stripeFp = fingerprint('stripe-live-secret-key', stripe);

/** A repository where the Stripe key is committed (source, CI) and pushed, plus a gitignored .env, and another clone with a Dockerfile. */
function incidentRepo(): { repo: string; other: string } {
  const repo = initRepo();
  write(repo, 'src/pay.js', `const stripe = require('stripe')("${stripe}");\n`);
  write(repo, '.gitignore', '.env\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'payments');
  write(repo, '.github/workflows/deploy.yml', `jobs:\n  deploy:\n    env:\n      STRIPE_KEY: ${stripe}\n`);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'deploy workflow');
  write(repo, '.env', `STRIPE_SECRET_KEY=${stripe}\n`);
  git(repo, 'remote', 'add', 'origin', `https://deploy:${github}@git.example.invalid/acme/shop.git`);
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  const other = mkdtempSync(join(tmpdir(), 'hush-clone-'));
  write(other, 'Dockerfile', `FROM node:20\nENV STRIPE_SECRET_KEY=${stripe}\n`);
  return { repo, other };
}

describe('hush where', () => {
  it('finds every place the value is used, across this repository, its history and another clone, in rotation order, masked', () => {
    const { repo, other } = incidentRepo();
    const r = runCli(['where', 'src/pay.js:1', other], repo);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!r.stdout.includes(stripe) && !r.stderr.includes(stripe), 'no raw value in the output');
    const order = ['CI/CD configuration', 'Containers', 'Environment files', 'Source code', 'Git history'].map((h) => r.stdout.indexOf(h));
    assert.ok(
      order.every((i) => i >= 0),
      r.stdout,
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      'kinds in rotation order',
    );
    assert.match(r.stdout, /^ {2}\.github\/workflows\/deploy\.yml:4:19$/m);
    assert.match(r.stdout, /^ {2}\.\.\/hush-clone-\w+\/Dockerfile:2:23$/m);
    assert.match(r.stdout, /^ {2}\.env:1:19$/m);
    assert.match(r.stdout, /^ {2}src\/pay\.js:1:35$/m);
    assert.equal((r.stdout.match(/^ {2}[0-9a-f]{7} /gm) ?? []).length, 2, 'two commits added it');
    assert.match(r.stdout, /sk_live_…/);
  });

  it('by fingerprint, as JSON: the places the engine recognises', () => {
    const { repo } = incidentRepo();
    const r = runCli(['where', stripeFp, '--format', 'json'], repo);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.target.fingerprint, stripeFp);
    assert.deepEqual(
      out.places.map((p: { kind: string; file: string }) => `${p.kind} ${p.file}`),
      ['ci .github/workflows/deploy.yml', 'env .env', 'source src/pay.js', 'history src/pay.js', 'history .github/workflows/deploy.yml'],
      'history oldest first, even within one second',
    );
    assert.ok(!r.stdout.includes(stripe));
  });

  it('with the value known (FILE:LINE), also a use no rule recognises', () => {
    const { repo } = incidentRepo();
    write(repo, 'notes/rotation.txt', `old value was x${stripe}\n`);
    const r = runCli(['where', 'src/pay.js:1', '--no-history', '--format', 'json'], repo);
    const notes = JSON.parse(r.stdout).places.find((p: { file: string }) => p.file === 'notes/rotation.txt');
    assert.ok(notes, r.stdout);
    assert.equal(notes.ruleId, undefined);
    assert.equal(notes.column, 16);
    assert.ok(!r.stdout.includes(stripe));
  });

  it('bad targets: a clear message, exit 2', () => {
    const { repo } = incidentRepo();
    for (const [args, message] of [
      [['where', 'nonsense'], /neither a fingerprint/],
      [['where', 'missing.js:3'], /no such file: missing\.js/],
      [['where', 'src/pay.js:7'], /no secret found at src\/pay\.js:7/],
      [['where', 'src/pay.js:1', 'not-a-folder'], /not a folder: not-a-folder/],
      [['where'], /needs a fingerprint or FILE:LINE/],
    ] as const) {
      const r = runCli([...args], repo);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, message);
    }
  });
});

describe('hush incident report', () => {
  it('writes JSON and Markdown with provider, masked value, fingerprint, first commit, pushed refs, remotes, places, validity and purge commands, and no raw value', () => {
    const { repo, other } = incidentRepo();
    const out = join(repo, 'evidence');
    const checkedAt = '2026-11-30T09:15:00.000Z';
    const cache = cacheWith({ [stripeFp]: { state: 'live', checkedAt, verifier: 'stripe', endpoint: 'GET https://api.stripe.com/v1/balance', detail: 'HTTP 200: accepted' } });
    const r = runWithCache(['incident', 'report', 'src/pay.js:1', other, '-o', 'evidence'], repo, cache);
    assert.equal(r.code, 0, r.stderr);
    const files = readdirSync(out).sort();
    assert.equal(files.length, 2);
    const json = JSON.parse(readFileSync(join(out, files[0]!), 'utf8'));
    const md = readFileSync(join(out, files[1]!), 'utf8');
    const firstSha = git(repo, 'rev-list', '--max-parents=0', 'HEAD').trim();
    assert.equal(json.secret.provider, 'Stripe');
    assert.equal(json.secret.fingerprint, stripeFp);
    assert.match(json.secret.masked, /^sk_live_…/);
    assert.equal(json.firstCommit.sha, firstSha);
    assert.equal(json.firstCommit.author, 'Test Author');
    assert.match(json.firstCommit.date, /^\d{4}-\d\d-\d\dT/);
    assert.equal(json.firstCommit.path, 'src/pay.js');
    assert.deepEqual(json.pushed.remoteBranches, ['origin/main']);
    assert.deepEqual(json.pushed.remotes, [{ name: 'origin', url: 'https://***@git.example.invalid/acme/shop.git' }]);
    assert.equal(json.places.length, 6);
    assert.equal(json.validity.state, 'live');
    assert.equal(json.validity.checkedAt, checkedAt);
    assert.ok(json.purge.filterRepo.some((c: string) => c.includes('--path src/pay.js') && c.includes('--path .github/workflows/deploy.yml')));
    assert.ok(json.purge.filterRepo[0].startsWith('git clone https://git.example.invalid/acme/shop.git'));
    assert.ok(json.purge.bfg.some((c: string) => c.includes('--delete-files pay.js')));
    assert.match(md, /\| First commit \| `[0-9a-f]{40}` by Test Author/);
    assert.match(md, /LIVE — revoke now; HTTP 200: accepted; checked 2026-11-30 09:15 UTC/);
    assert.match(md, /git filter-repo --replace-text \.\.\/hush-replacements\.txt/);
    for (const text of [JSON.stringify(json), md, r.stdout, r.stderr]) {
      assert.ok(!text.includes(stripe), 'the raw value appears nowhere');
      assert.ok(!text.includes(github), 'nor the token in the remote URL');
    }
  });

  it('by fingerprint: the masked value comes from the places found; never checked: says so', () => {
    const { repo } = incidentRepo();
    const r = runWithCache(['incident', 'report', stripeFp, '--no-history', '-o', 'evidence'], repo, cacheWith({}));
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(readFileSync(join(repo, 'evidence', `hush-incident-${stripeFp.split(':')[1]}.json`), 'utf8'));
    assert.match(json.secret.masked, /^sk_live_…/);
    assert.equal(json.validity, null);
    assert.equal(json.firstCommit, undefined);
    const md = readFileSync(join(repo, 'evidence', `hush-incident-${stripeFp.split(':')[1]}.md`), 'utf8');
    assert.match(md, /\| Validity \| not checked/);
  });

  it('--verify without a terminal needs --yes, before anything is sent or written', () => {
    const { repo } = incidentRepo();
    const r = runCli(['incident', 'report', 'src/pay.js:1', '--verify', '-o', 'evidence'], repo);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /add --yes/);
    assert.throws(() => readdirSync(join(repo, 'evidence')));
  });
});

describe('hush scan --verify', () => {
  it('without a terminal and without --yes: refused before scanning, nothing sent', () => {
    const { repo } = incidentRepo();
    const r = runCli(['scan', '--verify', '.'], repo);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--verify sends each key to its provider.*add --yes/s);
    assert.equal(r.stdout, '');
  });

  it('results change the message: LIVE — revoke now, rejected (downgraded, still listed); cached results send nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'hush-verify-'));
    const gh = ruleExample('github-personal-access-token', 23).secret;
    write(root, 'a.js', `const stripe = "${stripe}";\nconst gh = "${gh}";\n`);
    const cache = cacheWith({
      [stripeFp]: { state: 'live', checkedAt: new Date().toISOString(), verifier: 'stripe', endpoint: 'GET https://api.stripe.com/v1/balance', detail: 'HTTP 200: accepted' },
      [fingerprint('github-personal-access-token', gh)]: {
        state: 'rejected',
        checkedAt: '2026-12-01T08:00:00.000Z',
        verifier: 'github',
        endpoint: 'GET https://api.github.com/rate_limit',
        detail: 'HTTP 401: bad credentials',
      },
    });
    // The rejected result is older than a day relative to no clock here: write it as fresh.
    const entries = JSON.parse(readFileSync(join(cache, 'hush', 'validity.json'), 'utf8'));
    const fresh = new Date(Date.now() - 3600_000).toISOString();
    entries.entries[fingerprint('github-personal-access-token', gh)].checkedAt = fresh;
    writeFileSync(join(cache, 'hush', 'validity.json'), JSON.stringify(entries));

    const r = runWithCache(['scan', '--verify', '--yes', '.'], root, cache);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /error {4}Stripe live secret key \(sk_live_…\w+\) {2}LIVE — revoke now/);
    assert.match(r.stdout, /warning {2}GitHub personal access token \(classic\) \(ghp_…\w+\) {2}rejected by the provider \(checked \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
    assert.match(r.stderr, /2 keys checked in the last 24 hours: cached results used/);
    assert.doesNotMatch(r.stderr, /will send/);
    const j = runWithCache(['scan', '--verify', '--yes', '--format', 'json', '.'], root, cache);
    const findings = JSON.parse(j.stdout).findings;
    assert.deepEqual(
      findings.map((f: { validity: Validity; severity: string }) => `${f.validity.state} ${f.severity}`),
      ['live error', 'rejected warning'],
    );
    for (const out of [r.stdout, r.stderr, j.stdout]) assert.ok(!out.includes(stripe) && !out.includes(gh));
  });

  it('--yes or --recheck without --verify is a usage error', () => {
    const r = runCli(['scan', '--yes', '.'], mkdtempSync(join(tmpdir(), 'hush-verify-')));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /go with --verify/);
  });
});
