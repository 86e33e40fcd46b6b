// The incident tools over a real JSON-RPC connection to dist/server.js: "Check if this key is live" (off by
// default, never in an untrusted workspace, the plan masked, a known result changing the diagnostic),
// "Find every place this secret is used" and "Export incident report". Nothing here reaches the network:
// results come from the per-user cache (XDG_CACHE_HOME of the server process); the requests themselves
// are tested in test/unit/liveCheck.test.ts and test/unit/serverLiveChecks.test.ts.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fingerprint } from '../../engine/fingerprint';
import type { Validity } from '../../engine/verify';
import { TempRepo } from '../support/gitRepo';
import { ruleExample } from '../support/ruleExamples';
import { LspClient } from '../support/lspClient';
import { tempTree as tempWorkspace } from '../support/tempTree';

const stripe = ruleExample('stripe-live-secret-key', 41).secret;
const github = ruleExample('github-personal-access-token', 42).secret;
const stripeFp = fingerprint('stripe-live-secret-key', stripe);
const githubFp = fingerprint('github-personal-access-token', github);

function cacheEnv(entries: Record<string, Validity>): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'hush-xdg-'));
  mkdirSync(join(home, 'hush'));
  writeFileSync(join(home, 'hush', 'validity.json'), JSON.stringify({ version: 1, entries }));
  return { ...process.env, XDG_CACHE_HOME: home };
}

const recent = () => new Date(Date.now() - 600_000).toISOString();
const liveStripe: Validity = { state: 'live', checkedAt: recent(), verifier: 'stripe', endpoint: 'GET https://api.stripe.com/v1/balance', detail: 'HTTP 200: accepted' };
const nonEmpty = (p: PublishDiagnosticsParams) => p.diagnostics.length >= 2;
const text = `const stripe = "${stripe}";\nconst gh = "${github}";\n`;

describe('language server: live checks', function () {
  this.timeout(30_000);

  it('a known result changes the diagnostic; the action and the plan are offered when enabled, masked', async () => {
    const root = tempWorkspace({ 'keys.js': text });
    const c = new LspClient(root, {
      settings: { liveCheck: { enabled: true } },
      env: cacheEnv({ [stripeFp]: liveStripe, [githubFp]: { ...liveStripe, state: 'rejected', verifier: 'github', endpoint: 'GET https://api.github.com/rate_limit', detail: 'HTTP 401: bad credentials' } }),
    });
    try {
      await c.initialize();
      const uri = c.open('keys.js', text, 'javascript');
      const [s, g] = (await c.diagnostics(uri, nonEmpty)) as Diagnostic[];
      assert.match(String(s!.message), /^Stripe live secret key \(sk_live_…\w+\) hard-coded: LIVE — revoke now; move it to \.env$/);
      assert.equal(s!.severity, 1);
      assert.match(String(g!.message), /hard-coded: rejected by the provider \(checked \d{4}-\d\d-\d\d \d\d:\d\d UTC\); move it to \.env$/);
      assert.equal(g!.severity, 2, 'rejected: one step down, still listed');

      const actions = (await c.codeActions(uri, [s!])) as CodeAction[];
      const check = actions.find((a) => a.command?.command === 'hush.checkLive');
      assert.ok(check, actions.map((a) => a.title).join(' | '));
      assert.equal(check.title, 'Check again if this key is live (last: LIVE — revoke now)…');
      assert.deepEqual(check.command!.arguments, [{ uri, fingerprint: stripeFp, recheck: true }]);

      const plan = (await c.connection.sendRequest('hush/livePlan', { uri, fingerprint: stripeFp })) as Record<string, unknown>;
      assert.equal(plan.provider, 'Stripe');
      assert.equal(plan.endpoint, 'GET https://api.stripe.com/v1/balance');
      assert.match(String(plan.carries), /^Authorization: Bearer sk_live_…\w+$/);
      assert.equal((plan.cached as { state: string }).state, 'live');
      // (The Move action's edit carries the value to .env by design; the check and its plan never do.)
      assert.ok(!JSON.stringify([plan, check, s, g]).includes(stripe) && !JSON.stringify([plan, check, s, g]).includes(github));
    } finally {
      await c.dispose();
    }
  });

  it('off by default: no action, and the server refuses to plan or send', async () => {
    const root = tempWorkspace({ 'keys.js': text });
    const c = new LspClient(root, { env: cacheEnv({}) });
    try {
      await c.initialize();
      const uri = c.open('keys.js', text, 'javascript');
      const [s] = (await c.diagnostics(uri, nonEmpty)) as Diagnostic[];
      assert.match(String(s!.message), /hard-coded: move it to \.env$/);
      const actions = (await c.codeActions(uri, [s!])) as CodeAction[];
      assert.equal(actions.filter((a) => a.command?.command === 'hush.checkLive').length, 0);
      for (const method of ['hush/livePlan', 'hush/liveCheck']) {
        const r = (await c.connection.sendRequest(method, { uri, fingerprint: stripeFp })) as { error?: string };
        assert.match(String(r.error), /live checks are off \(setting hush\.liveCheck\.enabled\)/);
      }
    } finally {
      await c.dispose();
    }
  });

  it('never in an untrusted workspace, even when enabled', async () => {
    const root = tempWorkspace({ 'keys.js': text });
    const c = new LspClient(root, { settings: { liveCheck: { enabled: true } }, initializationOptions: { workspaceTrusted: false }, env: cacheEnv({}) });
    try {
      await c.initialize();
      const uri = c.open('keys.js', text, 'javascript');
      const [s] = (await c.diagnostics(uri, nonEmpty)) as Diagnostic[];
      const actions = (await c.codeActions(uri, [s!])) as CodeAction[];
      assert.equal(actions.filter((a) => a.command?.command === 'hush.checkLive').length, 0);
      for (const method of ['hush/livePlan', 'hush/liveCheck']) {
        const r = (await c.connection.sendRequest(method, { uri, fingerprint: stripeFp })) as { error?: string };
        assert.match(String(r.error), /untrusted workspace/);
      }
    } finally {
      await c.dispose();
    }
  });
});

describe('language server: every place a committed secret is used, and the incident report', function () {
  this.timeout(60_000);

  it('finds the places in the workspace, another clone and the history; the checklist then lists them; the report holds no raw value', async () => {
    const repo = TempRepo.init();
    const pay = `const stripe = "${stripe}";\n`;
    repo.write('src/pay.js', pay).commit('payments', 'Alice');
    repo.write('.github/workflows/ci.yml', `env:\n  STRIPE_KEY: ${stripe}\n`).commit('ci', 'Alice');
    repo.pushToBareRemote('origin', 'main');
    const other = mkdtempSync(join(tmpdir(), 'hush-clone-'));
    writeFileSync(join(other, 'Dockerfile'), `FROM node:20\nENV STRIPE_SECRET_KEY=${stripe}\n`);
    const c = new LspClient(repo.dir, { settings: { incident: { otherClones: [other] } }, env: cacheEnv({ [stripeFp]: liveStripe }) });
    try {
      await c.initialize();
      const uri = c.open('src/pay.js', pay, 'javascript');
      const [d] = (await c.diagnostics(uri, (p) => p.diagnostics.some((x) => String(x.message).includes('in git history')))) as Diagnostic[];
      assert.match(String(d!.message), /hard-coded: LIVE — revoke now; in git history since/);
      const actions = (await c.codeActions(uri, [d!])) as CodeAction[];
      const find = actions.find((a) => a.command?.command === 'hush.findPlaces');
      const report = actions.find((a) => a.command?.command === 'hush.exportIncidentReport');
      assert.deepEqual(find?.command?.arguments, [{ uri, fingerprint: stripeFp }]);
      assert.deepEqual(report?.command?.arguments, [{ uri, fingerprint: stripeFp }]);

      const places = (await c.connection.sendRequest('hush/findPlaces', { uri, fingerprint: stripeFp })) as { markdown: string; count: number };
      assert.equal(places.count, 5, places.markdown);
      const order = ['CI/CD configuration', 'Containers', 'Source code', 'Git history'].map((h) => places.markdown.indexOf(h));
      assert.ok(
        order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!)),
        places.markdown,
      );
      assert.match(places.markdown, /hush-clone-\w+\/Dockerfile:2:23/);

      const after = (await c.codeActions(uri, [d!])) as CodeAction[];
      const checklist = (after.find((a) => a.command?.command === 'hush.openIncidentChecklist')!.command!.arguments![0] as { content: string }).content;
      assert.match(checklist, /These places use it \(found by Hush\), in the order to rotate:/);
      assert.match(checklist, /- CI\/CD configuration .*:\n {2}- \[ \] `\.github\/workflows\/ci\.yml:2:15`/);
      assert.match(checklist, /- \[x\] Checked with the provider on .*: \*\*LIVE — revoke now\*\*/);

      const r = (await c.connection.sendRequest('hush/incidentReport', { uri, fingerprint: stripeFp })) as { json: string; markdown: string; fileStem: string };
      const json = JSON.parse(r.json);
      assert.equal(json.secret.fingerprint, stripeFp);
      assert.equal(json.firstCommit.author, 'Alice');
      assert.equal(json.firstCommit.path, 'src/pay.js');
      assert.deepEqual(json.pushed.remoteBranches, ['origin/main']);
      assert.equal(json.validity.state, 'live');
      assert.equal(json.places.length, 5);
      assert.equal(r.fileStem, `hush-incident-${stripeFp.split(':')[1]}`);
      for (const t of [r.json, r.markdown, places.markdown, checklist, JSON.stringify([find, report])]) assert.ok(!t.includes(stripe), 'no raw value');
    } finally {
      await c.dispose();
    }
  });
  it('searches the history of a repository nested in the workspace folder (the folder itself is no repository)', async () => {
    const repo = TempRepo.init();
    const pay = `const stripe = "${stripe}";\n`;
    repo.write('legacy.js', pay).commit('legacy billing', 'Alice');
    const workspace = mkdtempSync(join(tmpdir(), 'hush-ws-'));
    const nested = join(workspace, 'billing');
    renameSync(repo.dir, nested);
    const c = new LspClient(workspace, { env: cacheEnv({}) });
    try {
      await c.initialize();
      const uri = c.open('billing/legacy.js', pay, 'javascript');
      await c.diagnostics(uri, (p) => p.diagnostics.some((x) => String(x.message).includes('in git history')));
      const places = (await c.connection.sendRequest('hush/findPlaces', { uri, fingerprint: stripeFp })) as { markdown: string; count: number };
      assert.match(places.markdown, /Git history[\s\S]*legacy billing/, places.markdown);
      assert.match(places.markdown, /billing\/legacy\.js:1:/);
      assert.ok(!places.markdown.includes(stripe), 'no raw value');
    } finally {
      await c.dispose();
    }
  });
});
