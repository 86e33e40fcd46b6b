import assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { TempRepo } from '../support/gitRepo';
import { LspClient } from '../support/lspClient';

const g = createExampleGen(23);
const nonEmpty = (p: PublishDiagnosticsParams) => p.diagnostics.length > 0;
const isIncident = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.severity === 1 && String(d.message).includes('in git history'));

describe('language server: a committed secret is an incident', function () {
  this.timeout(30_000);

  it('first shows the plain diagnostic, then (git status known) an Error with revoke-first actions', async () => {
    const pushedKey = `sk_live_${g.alnum(24)}`;
    const removedKey = `sk_live_${g.alnum(24)}`;
    const repo = TempRepo.init();
    const payText = `// pay\nconst stripeKey = "${pushedKey}";\n`;
    repo.write('src/pay.js', payText).commit('add payments', 'Alice');
    repo.pushToBareRemote('origin', 'main');
    repo.write('old.js', `const k = "${removedKey}";\n`).commit('old key');
    repo.remove('old.js').commit('remove old key');

    const c = new LspClient(repo.dir);
    try {
      await c.initialize();
      const uri = c.open('src/pay.js', payText, 'javascript');
      // Never blocks on git: the first diagnostic is the plain one.
      const [first] = await c.diagnostics(uri, nonEmpty);
      assert.match(String(first!.message), /hard-coded: move it to \.env$/);

      const [d] = (await c.diagnostics(uri, isIncident)) as Diagnostic[];
      assert.equal(d!.code, 'stripe-live-secret-key');
      assert.match(String(d!.message), /^Stripe live secret key \(sk_live_…\w{4}\) hard-coded: in git history since [0-9a-f]{7} \(.+ ago\); pushed to origin\/main: revoke this Stripe key first$/);
      assert.equal((d!.data as { status?: string }).status, 'pushed');

      const actions = await c.codeActions(uri, [d!]);
      const titles = actions.map((a) => a.title);
      assert.equal(titles[0], '1. Revoke this Stripe key: open the revocation page');
      assert.match(titles[1]!, /^Open incident checklist/);
      assert.equal(titles[2], '2. After rotating it: move to .env as STRIPE_KEY');
      assert.deepEqual(actions[0]!.command, { title: 'Open revocation page', command: 'hush.openRevocationPage', arguments: ['https://dashboard.stripe.com/apikeys'] });
      assert.equal(actions[1]!.command!.command, 'hush.openIncidentChecklist');
      const checklist = (actions[1]!.command!.arguments![0] as { content: string }).content;
      assert.match(checklist, /\| Found in \| `src\/pay\.js` line 2 \|/);
      assert.match(checklist, /\*\*yes\*\*, reachable from `origin\/main`/);
      assert.ok(!JSON.stringify(actions.slice(0, 2)).includes(pushedKey), 'no incident action carries the raw value');
      assert.equal(actions.find((a) => a.title.startsWith('2. '))!.isPreferred, false);

      // A value committed then removed is still an incident when it reappears.
      const again = c.open('src/new.js', `const k = "${removedKey}";\n`, 'javascript');
      const [reappeared] = (await c.diagnostics(again, isIncident)) as Diagnostic[];
      assert.match(String(reappeared!.message), /in git history since [0-9a-f]{7} .*; not pushed yet: revoke this Stripe key first$/);
    } finally {
      await c.dispose();
    }
  });
});
