// The editor's live check (server/liveChecks.ts) with the real client against the local provider server,
// reached through the LiveChecker's constructor: the request is sent only by `check`, only when trusted
// and enabled, and its result changes the finding's diagnostic status.
import * as assert from 'node:assert/strict';
import { createScanner } from '../../../engine';
import { PROVIDER_ANSWERS } from '../../support/providerAnswers';
import { startProviderServer, type ProviderServer } from '../../support/providerServer';
import { ruleExample } from '../../support/ruleExamples';
import { LiveChecker } from '../../../verify';
import { LiveChecks } from '../../../server/liveChecks';

describe('server live checks (local provider server)', () => {
  let server: ProviderServer;
  const live = ruleExample('github-personal-access-token', 51);
  before(async () => {
    server = await startProviderServer(['api.github.com']);
    server.routes.push({ verifier: 'github', hostPattern: /^api\.github\.com$/, path: /^\/rate_limit$/, answers: PROVIDER_ANSWERS.github!, liveSecret: live.secret, values: {} });
  });
  after(async () => server?.close());

  function setUp(trusted: boolean, enabled: boolean) {
    const finding = createScanner().scan(live.text)[0]!;
    const results: string[] = [];
    const checks = new LiveChecks({
      checker: new LiveChecker({ connectTo: server.connectTo, ca: server.ca }),
      trusted: () => trusted,
      enabled: async () => enabled,
      findingIn: async (_uri, fp) => (fp === finding.fingerprint ? { finding, text: live.text } : undefined),
      onResult: (fp) => results.push(fp),
    });
    return { checks, finding, results };
  }

  it('plans without sending, sends on check, and the result changes the diagnostic', async () => {
    const { checks, finding, results } = setUp(true, true);
    const before = server.requests.length;
    const diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '' };
    assert.equal((await checks.codeAction('file:///k.js', diagnostic, finding))?.title, 'Check if this key is live…');
    const plan = await checks.plan('file:///k.js', finding.fingerprint);
    assert.ok(!('error' in plan));
    assert.equal(plan.endpoint, 'GET https://api.github.com/rate_limit');
    assert.equal(server.requests.length, before, 'planning sends nothing');
    assert.equal(checks.withValidity(finding, undefined), undefined, 'no result yet: the diagnostic is unchanged');

    const result = await checks.check('file:///k.js', finding.fingerprint, false);
    assert.ok(!('error' in result));
    assert.equal(result.state, 'live');
    assert.equal(server.requests.length, before + 1);
    assert.deepEqual(results, [finding.fingerprint]);
    assert.deepEqual(checks.withValidity(finding, { severity: 'error', message: 'in git history since abc1234', status: 'pushed' }), {
      severity: 'error',
      message: 'in git history since abc1234',
      status: 'pushed',
      prefix: 'LIVE — revoke now',
    });
    assert.match((await checks.codeAction('file:///k.js', diagnostic, finding))!.title, /^Check again if this key is live \(last: LIVE — revoke now\)…$/);
    assert.ok(!JSON.stringify([plan, result]).includes(live.secret));
  });

  it('refuses in an untrusted workspace or when off, and sends nothing', async () => {
    for (const [trusted, enabled, why] of [
      [false, true, /untrusted workspace/],
      [true, false, /hush\.liveCheck\.enabled/],
    ] as const) {
      const { checks, finding } = setUp(trusted, enabled);
      const before = server.requests.length;
      const r = await checks.check('file:///k.js', finding.fingerprint, true);
      assert.ok('error' in r);
      assert.match(r.error, why);
      assert.equal(await checks.codeAction('file:///k.js', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '' }, finding), undefined);
      assert.equal(server.requests.length, before);
    }
  });
});
