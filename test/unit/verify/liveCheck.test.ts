// Validity checks end to end through the real HTTP client (verify/), against a local HTTPS server that
// answers as each provider documents (test/support/providerServer.ts). The client reaches it only through
// LiveChecker's constructor parameters (connectTo, ca).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRules } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { fingerprint } from '../../../engine/fingerprint';
import { isNotCheckable, partsOf, planCheck, planWith, VERIFIERS, type PlannedRequest, type VerifierSpec } from '../../../engine/verify';
import { HostRateLimiter, LiveChecker, ValidityCache, defaultCachePath } from '../../../verify';
import { PROVIDER_ANSWERS } from '../../support/providerAnswers';
import { ruleExample } from '../../support/ruleExamples';
import { startProviderServer, type ProviderServer } from '../../support/providerServer';

import { ROOT } from '../../support/paths';

const example = ruleExample;

function hostTemplate(url: string): string {
  return url.slice(8).split(/[/?#]/)[0]!;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The certificate names: templated hosts (`{shop}.myshopify.com`) become wildcards. */
function certificateNames(): string[] {
  return VERIFIERS.map((v) => hostTemplate(v.url).replace(/^\{\w+\}/, '*'));
}

interface Case {
  plan: PlannedRequest;
  secret: string;
}

/** A live and a rejected request for a verifier, with the route the server answers them on. */
function setUp(server: ProviderServer, v: VerifierSpec): { live: Case; dead: Case } {
  const answers = PROVIDER_ANSWERS[v.id];
  assert.ok(answers, `no documented answers for ${v.id}`);
  const ruleId = v.ruleIds[0]!;
  const ctx = answers.context?.(createExampleGen(7)) ?? { text: '', values: {} };
  const make = (seed: number): Case => {
    const ex = example(ruleId, seed);
    // With values taken from next to the key, the key stands alone after them (an example of its own may
    // carry other values, which would be nearer).
    const own = answers.context ? { text: `THE_KEY = "${ex.secret}"\n`, start: 11, end: 11 + ex.secret.length } : ex;
    const text = ctx.text + own.text;
    const plan = planCheck({ ruleId, fingerprint: fingerprint(ruleId, ex.secret), secret: ex.secret, text, start: ctx.text.length + own.start, end: ctx.text.length + own.end });
    assert.ok(!isNotCheckable(plan), `${v.id}: ${isNotCheckable(plan) ? plan.notCheckable : ''}`);
    return { plan, secret: ex.secret };
  };
  const live = make(11);
  const dead = make(12);
  assert.notEqual(live.secret, dead.secret);
  const host = hostTemplate(v.url).replace(/\{\w+\}/g, (m) => ctx.values[m.slice(1, -1)] ?? m);
  const hostPattern = new RegExp(`^${escape(host).replace(/\\\{\w+\\\}/g, '[a-z0-9-]+')}$`);
  const pathTemplate = v.url.slice(8 + hostTemplate(v.url).length);
  server.routes.push({
    verifier: v.id,
    hostPattern,
    path: new RegExp(`^${escape(pathTemplate).replace(/\\\{\w+\\\}/g, '.+?')}$`),
    answers,
    liveSecret: live.secret,
    values: ctx.values,
    awsPairs: v.auth.kind === 'aws-sigv4' ? new Map(v.id === 'aws-sts' ? [[ctx.values.accessKeyId!, live.secret]] : [[live.secret, ctx.values.secretAccessKey!]]) : undefined,
  });
  return { live, dead };
}

describe('live checks: every verifier against a local HTTPS server answering as the provider documents', () => {
  let server: ProviderServer;
  before(async () => {
    server = await startProviderServer([...certificateNames(), 'hush-test.invalid']);
  });
  after(async () => server?.close());

  it('every verifier has documented answers, and every documented answer a verifier', () => {
    assert.deepEqual(
      VERIFIERS.map((v) => v.id).filter((id) => !PROVIDER_ANSWERS[id]),
      [],
    );
    assert.deepEqual(
      Object.keys(PROVIDER_ANSWERS).filter((id) => !VERIFIERS.some((v) => v.id === id)),
      [],
    );
  });

  for (const v of VERIFIERS) {
    it(`${v.id} (${v.provider}): a live key reads LIVE, another key is rejected, the request is the documented one`, async () => {
      const { live, dead } = setUp(server, v);
      const checker = new LiveChecker({ connectTo: server.connectTo, ca: server.ca, hostIntervalMs: 0 });
      const before = server.requests.length;
      const liveResult = await checker.check(live.plan);
      const deadResult = await checker.check(dead.plan);
      assert.equal(liveResult.state, 'live', `${v.id}: ${liveResult.detail}`);
      assert.equal(deadResult.state, 'rejected', `${v.id}: ${deadResult.detail}`);
      const sent = server.requests.slice(before);
      assert.equal(sent.length, 2, 'one request per fingerprint');
      sent.forEach((r, i) => {
        const url = new URL([live, dead][i]!.plan.url);
        assert.equal(r.method, v.method);
        assert.equal(r.path, url.pathname + url.search);
        assert.equal(r.host, url.host);
      });
      for (const [result, c] of [
        [liveResult, live],
        [deadResult, dead],
      ] as const) {
        assert.ok(!JSON.stringify(result).includes(c.secret), 'the result holds no raw value');
        assert.ok(!c.plan.endpoint.includes(c.secret) && !c.plan.carries.includes(c.secret), 'the confirmation shows no raw value');
      }
    });
  }
});

describe('live checks: no answer is a quick "unknown", never a hang', () => {
  let server: ProviderServer;
  let plan: PlannedRequest;
  before(async () => {
    server = await startProviderServer(certificateNames());
    const github = VERIFIERS.find((v) => v.id === 'github')!;
    plan = setUp(server, github).live.plan;
  });
  after(async () => server?.close());
  afterEach(() => {
    server.intercept = undefined;
  });

  it('a server that never answers: unknown (no network) after the deadline', async () => {
    server.intercept = () => true; // holds the request open
    const v = await new LiveChecker({ connectTo: server.connectTo, ca: server.ca, timeoutMs: 300 }).check(plan);
    assert.equal(v.state, 'unknown');
    assert.equal(v.offline, true);
    assert.match(v.detail, /no answer within 0\.3 s/);
  });

  it('nothing listening: unknown (no network)', async () => {
    const port = await freePort();
    const v = await new LiveChecker({ connectTo: () => ({ host: '127.0.0.1', port }), ca: server.ca, timeoutMs: 2000 }).check(plan);
    assert.equal(v.state, 'unknown');
    assert.equal(v.offline, true);
    assert.match(v.detail, /no network \(ECONNREFUSED\)/);
  });

  it('a certificate nobody vouches for: unknown, and the key is not sent', async () => {
    const before = server.requests.length;
    const v = await new LiveChecker({ connectTo: server.connectTo, timeoutMs: 2000 }).check(plan);
    assert.equal(v.state, 'unknown');
    assert.ok(!v.offline);
    assert.match(v.detail, /TLS certificate was not trusted/);
    assert.equal(server.requests.length, before, 'no request reached the server');
  });

  it('a redirect is not followed: unknown', async () => {
    server.intercept = (_req, res) => {
      res.writeHead(302, { Location: 'https://hush-test.invalid/elsewhere' });
      res.end();
      return true;
    };
    const before = server.requests.length;
    const v = await new LiveChecker({ connectTo: server.connectTo, ca: server.ca }).check(plan);
    assert.equal(v.state, 'unknown');
    assert.match(v.detail, /HTTP 302/);
    assert.equal(server.requests.length, before + 1);
  });

  it('a rate-limited or failing provider: unknown, with the status', async () => {
    for (const status of [429, 503]) {
      server.intercept = (_req, res) => {
        res.writeHead(status);
        res.end();
        return true;
      };
      const v = await new LiveChecker({ connectTo: server.connectTo, ca: server.ca }).check(plan);
      assert.equal(v.state, 'unknown');
      assert.match(v.detail, new RegExp(`HTTP ${status}`));
    }
  });
});

describe('live checks: one request per fingerprint, cached with its time, no raw value stored', () => {
  let server: ProviderServer;
  let live: Case;
  before(async () => {
    server = await startProviderServer(certificateNames());
    live = setUp(
      server,
      VERIFIERS.find((v) => v.id === 'stripe')!,
    ).live;
  });
  after(async () => server?.close());

  it('concurrent checks of one fingerprint send one request', async () => {
    const checker = new LiveChecker({ connectTo: server.connectTo, ca: server.ca });
    const before = server.requests.length;
    const [a, b] = await Promise.all([checker.check(live.plan), checker.check(live.plan)]);
    assert.equal(a.state, 'live');
    assert.deepEqual(a, b);
    assert.equal(server.requests.length, before + 1);
  });

  it('a cached result is reused (by another checker, as the CLI after the editor), a recheck asks again', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hush-cache-')), 'hush', 'validity.json');
    let now = new Date('2026-03-01T10:00:00Z');
    const clock = () => now;
    const first = new LiveChecker({ connectTo: server.connectTo, ca: server.ca, cache: new ValidityCache(path, undefined, clock), now: clock });
    const before = server.requests.length;
    const v1 = await first.check(live.plan);
    assert.equal(v1.checkedAt, '2026-03-01T10:00:00.000Z');
    const second = new LiveChecker({ connectTo: server.connectTo, ca: server.ca, cache: new ValidityCache(path, undefined, clock), now: clock });
    assert.deepEqual(await second.check(live.plan), v1);
    assert.equal(server.requests.length, before + 1, 'the cached result was used');
    await second.check(live.plan, { recheck: true });
    assert.equal(server.requests.length, before + 2);
    now = new Date('2026-03-03T10:00:00Z');
    const third = new LiveChecker({ connectTo: server.connectTo, ca: server.ca, cache: new ValidityCache(path, undefined, clock), now: clock });
    assert.equal(third.known(live.plan.fingerprint), undefined, 'a day-old result is stale');
    assert.equal(third.last(live.plan.fingerprint)?.state, 'live', '… but still shown with its time in a report');

    const stored = readFileSync(path, 'utf8');
    assert.ok(!stored.includes(live.secret), 'the cache file holds no raw value');
    const entry = JSON.parse(stored).entries[live.plan.fingerprint];
    assert.deepEqual(Object.keys(entry).sort(), ['checkedAt', 'detail', 'endpoint', 'state', 'verifier']);
  });

  it('an unknown result is not cached', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'hush-cache-')), 'validity.json');
    const port = await freePort();
    const checker = new LiveChecker({ connectTo: () => ({ host: '127.0.0.1', port }), cache: new ValidityCache(path) });
    assert.equal((await checker.check(live.plan)).state, 'unknown');
    assert.equal(new ValidityCache(path).last(live.plan.fingerprint), undefined);
  });

  it('the cache lives in the user cache folder of each platform', () => {
    assert.equal(defaultCachePath({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u'), join('/x/cache', 'hush', 'validity.json'));
    assert.equal(defaultCachePath({}, 'linux', '/home/u'), join('/home/u', '.cache', 'hush', 'validity.json'));
    assert.equal(defaultCachePath({}, 'darwin', '/Users/u'), join('/Users/u', 'Library', 'Caches', 'hush', 'validity.json'));
    assert.equal(defaultCachePath({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'), join('C:\\Users\\u\\AppData\\Local', 'hush', 'validity.json'));
  });
});

describe('live checks: requests to one host are spaced out', () => {
  it('slots are an interval apart per host, in call order; other hosts do not wait', async () => {
    let t = 1000;
    const slept: number[] = [];
    const limiter = new HostRateLimiter(1000, { now: () => t, sleep: async (ms) => void slept.push(ms) });
    const order: string[] = [];
    await Promise.all(['a', 'b', 'c'].map((n) => limiter.run('api.github.com', async () => void order.push(n))));
    await limiter.run('api.stripe.com', async () => void order.push('stripe'));
    assert.deepEqual(slept, [1000, 2000]);
    assert.deepEqual(order, ['a', 'b', 'c', 'stripe']);
    t = 5000;
    await limiter.run('api.github.com', async () => undefined);
    assert.deepEqual(slept, [1000, 2000], 'no wait once the interval has passed');
  });
});

describe('live checks: planning', () => {
  it('shows the endpoint and how the key travels, masked; a key in the URL is masked there too', () => {
    const ex = example('telegram-bot-token', 3);
    const plan = planCheck({ ruleId: 'telegram-bot-token', fingerprint: 'f', secret: ex.secret });
    assert.ok(!isNotCheckable(plan));
    assert.match(plan.endpoint, /^GET https:\/\/api\.telegram\.org\/bot.*…/);
    assert.ok(!plan.endpoint.includes(ex.secret));
    assert.ok(plan.url.includes(ex.secret));
  });

  it('a check that needs a value next to the secret says which when it is missing', () => {
    const secret = example('twilio-auth-token', 3).secret;
    const text = `TWILIO_AUTH_TOKEN=${secret}\n`;
    const plan = planCheck({ ruleId: 'twilio-auth-token', fingerprint: 'f', secret, text, start: 18, end: 18 + secret.length });
    assert.ok(isNotCheckable(plan));
    assert.match(plan.notCheckable, /Twilio Account SID/);
  });

  it('takes the nearest match of a needed value', () => {
    const g = createExampleGen(5);
    const far = `AC${g.hex(32)}`;
    const near = `AC${g.hex(32)}`;
    const ex = { secret: example('twilio-auth-token', 3).secret };
    const text = `sid_old = ${far}\n${'#\n'.repeat(20)}sid = ${near}\nTWILIO_AUTH_TOKEN=${ex.secret}\n`;
    const at = text.indexOf(ex.secret);
    const plan = planCheck({ ruleId: 'twilio-auth-token', fingerprint: 'f', secret: ex.secret, text, start: at, end: at + ex.secret.length });
    assert.ok(!isNotCheckable(plan));
    assert.ok(plan.url.includes(near) && !plan.url.includes(far));
  });

  it('reads the parts of a multi-part finding from the text', () => {
    const text = 'id=AKIDPART secret=xyz';
    assert.deepEqual(partsOf({ related: [{ part: 'access-key-id', start: 3, end: 11 }] }, text), { 'access-key-id': 'AKIDPART' });
    assert.equal(partsOf({}, text), undefined);
    assert.deepEqual(partsOf({ related: [{ part: 'x', start: 5, end: 99 }] }, text), {}, 'offsets outside the text are ignored');
  });

  it('uses a credential part the engine found before looking around', () => {
    const ex = example('aws-secret-access-key', 3);
    const id = `AKIA${createExampleGen(9).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const plan = planCheck({ ruleId: 'aws-secret-access-key', fingerprint: 'f', secret: ex.secret, parts: { 'access-key-id': id } });
    assert.ok(!isNotCheckable(plan));
    assert.equal(plan.sigv4?.accessKeyId, id);
    assert.ok(!plan.carries.includes(id) && !plan.carries.includes(ex.secret), 'both AWS values are masked in the confirmation');
  });

  it('never puts a value that is not a host name into the host, nor one that would change the URL', () => {
    const spec: VerifierSpec = {
      id: 't',
      provider: 'T',
      ruleIds: [],
      call: '',
      docsUrl: 'https://example.com',
      method: 'GET',
      url: 'https://{site}.example.com/me?k={secret}',
      auth: { kind: 'url' },
      needs: [{ name: 'site', label: 'site', source: 'nearby', public: true, pattern: /site=(\S+)/ }],
      outcomes: [],
    };
    const plan = (text: string, secret = 'abc123') => planWith(spec, { ruleId: 'x', fingerprint: 'f', secret, text: `${text} ${secret}`, start: text.length + 1, end: text.length + 1 + secret.length });
    assert.ok(!isNotCheckable(plan('site=acme')));
    assert.ok(isNotCheckable(plan('site=evil.test/x#')));
    assert.ok(isNotCheckable(plan('site=acme', 'a&b=c')));
    assert.ok(isNotCheckable(plan('site=acme', 'line\r\nX-Injected: 1')));
  });

  it('every verifier checks rules that exist, each rule at most once, over https', () => {
    const ids = new Set(builtinRules.map((r) => r.id));
    const seen = new Set<string>();
    for (const v of VERIFIERS) {
      assert.ok(v.url.startsWith('https://') && v.docsUrl.startsWith('https://'), v.id);
      for (const r of v.ruleIds) {
        assert.ok(ids.has(r), `${v.id}: no rule ${r}`);
        assert.ok(!seen.has(r), `${r} has two verifiers`);
        seen.add(r);
      }
    }
    assert.equal(new Set(VERIFIERS.map((v) => v.id)).size, VERIFIERS.length);
  });

  it('where a request goes is a parameter only: verify/ reads the environment for the cache folder and nothing else', () => {
    for (const f of readdirSync(join(ROOT, 'verify'))) {
      const src = readFileSync(join(ROOT, 'verify', f), 'utf8');
      if (f !== 'validityCache.ts') assert.ok(!/process\.env/.test(src), `${f} reads the environment`);
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
