// `hush scan --verify` in process (cli/liveCheck.ts), with its LiveChecker pointed at the local provider
// server through the constructor: the listing before sending, declining sends nothing, results change
// severity, a key that needs a missing companion value is named and skipped.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../engine';
import { VERIFIERS, type PlannedRequest } from '../../../engine/verify';
import { verifyFindings } from '../../../cli/liveCheck';
import { LiveChecker } from '../../../verify';
import { makeScanner } from '../../../workspace/scanFile';
import { toReported } from '../../../workspace/reported';
import { PROVIDER_ANSWERS } from '../../support/providerAnswers';
import { startProviderServer, type ProviderServer } from '../../support/providerServer';
import { ruleExample } from '../../support/ruleExamples';

describe('hush scan --verify (in process, local provider server)', () => {
  let server: ProviderServer;
  const stripe = ruleExample('stripe-live-secret-key', 31).secret;
  const deadStripe = ruleExample('stripe-live-secret-key', 32).secret;
  const twilio = ruleExample('twilio-auth-token', 33);
  before(async () => {
    server = await startProviderServer(['api.stripe.com']);
    const v = VERIFIERS.find((x) => x.id === 'stripe')!;
    server.routes.push({ verifier: v.id, hostPattern: /^api\.stripe\.com$/, path: /^\/v1\/balance$/, answers: PROVIDER_ANSWERS.stripe!, liveSecret: stripe, values: {} });
  });
  after(async () => server?.close());

  function scanned() {
    const base = mkdtempSync(join(tmpdir(), 'hush-v-'));
    const text = `const a = "${stripe}";\nconst b = "${deadStripe}";\nconst again = "${stripe}";\nTWILIO_AUTH_TOKEN = "${twilio.secret}"\n`;
    writeFileSync(join(base, 'keys.js'), text);
    const scanner = makeScanner(DEFAULT_CONFIG);
    return { base, scanner, findings: toReported('keys.js', text, scanner.scan(text, { path: 'keys.js' })) };
  }

  it('lists the requests, sends nothing when declined, and one request per key when confirmed', async () => {
    const { base, scanner, findings } = scanned();
    const log: string[] = [];
    const shown: PlannedRequest[][] = [];
    const checker = new LiveChecker({ connectTo: server.connectTo, ca: server.ca, hostIntervalMs: 0 });
    const before = server.requests.length;
    const declined = await verifyFindings(findings, { base, scanner, checker, confirm: async (p) => (shown.push([...p]), false), log: (l) => log.push(l) });
    assert.equal(server.requests.length, before, 'nothing sent');
    assert.ok(declined.every((f) => f.validity === undefined));
    assert.equal(shown[0]!.length, 2, 'two distinct Stripe keys (the repeated one once); the Twilio token needs its SID');
    assert.match(log.join('\n'), /will send 2 requests/);
    assert.match(log.join('\n'), /GET https:\/\/api\.stripe\.com\/v1\/balance\n {6}Authorization: Bearer sk_live_…/);
    assert.match(log.join('\n'), /not checked: the check needs the Twilio Account SID/);
    assert.match(log.join('\n'), /nothing was sent/);

    const confirmed = await verifyFindings(findings, { base, scanner, checker, confirm: async () => true, log: () => undefined });
    assert.equal(server.requests.length, before + 2);
    const byLine = new Map(confirmed.map((f) => [f.line, f]));
    assert.equal(byLine.get(1)!.validity?.state, 'live');
    assert.equal(byLine.get(1)!.severity, 'error');
    assert.equal(byLine.get(2)!.validity?.state, 'rejected');
    assert.equal(byLine.get(2)!.severity, 'warning');
    assert.equal(byLine.get(3)!.validity?.state, 'live', 'the same key elsewhere shares the result');
    for (const l of [...log, JSON.stringify(confirmed)]) assert.ok(!l.includes(stripe) && !l.includes(deadStripe));
  });
});
