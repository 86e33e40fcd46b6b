// An application's identifier beside its secret (engine/validators/keyBesideSecret.ts): the key is no finding, the
// secret still is.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(1507);

/** The generic rule's findings, as [start, end]. */
function generic(text: string): [number, number][] {
  return scanner
    .scan(text, { path: 'app/config.txt' })
    .filter((f) => f.ruleId === 'generic-secret-assignment')
    .map((f) => [f.start, f.end]);
}

function spanOf(text: string, value: string): [number, number] {
  const at = text.indexOf(value);
  return [at, at + value.length];
}

describe('application key beside its secret', () => {
  it("reports Twitter's consumer secret and not its 25-character consumer key (rtweet_bot)", () => {
    const key = g.alnum(25);
    const secret = g.alnum(50);
    const text = `auth <- rtweet_bot(\n  api_key       = "${key}",\n  api_secret    = "${secret}"\n)\n`;
    assert.deepEqual(generic(text), [spanOf(text, secret)]);
  });

  it('still reports a 25-character api_key with no consumer secret beside it', () => {
    const key = g.alnum(25);
    const text = `api_key = "${key}"\n`;
    assert.deepEqual(generic(text), [spanOf(text, key)]);
  });

  it("reports Blackboard's secret and not the application key (a UUID) beside it", () => {
    const secret = g.alnum(32);
    const text = `[blackboard]\nhost = https://learn.example.ac.uk\napplication_key = ${g.uuid()}\nsecret = ${secret}\n`;
    assert.deepEqual(generic(text), [spanOf(text, secret)]);
  });

  it('still reports an application key that is not a UUID', () => {
    const key = g.alnum(32);
    const text = `[blackboard]\napplication_key = ${key}\nsecret = \${BB_SECRET}\n`;
    assert.deepEqual(generic(text), [spanOf(text, key)]);
  });
});

describe("X's portal names for the consumer key and secret", () => {
  const g2 = createExampleGen(1919);
  it('reports the API key secret and not the 25-character API key beside it (api_key / api_key_secret)', () => {
    const key = g2.alnum(25);
    const secret = g2.alnum(50);
    const text = `x:\n  api_key: "${key}"\n  api_key_secret: "${secret}"\n`;
    assert.deepEqual(generic(text), [spanOf(text, secret)]);
  });
});

describe('a key beside a secret named alike', () => {
  const g3 = createExampleGen(1920);
  it('reports the secret and not the OAuth client key beside it: MASTODON_CLIENT_KEY / MASTODON_CLIENT_SECRET, clientKey / clientSecret', () => {
    const key = g3.base64url(43);
    const secret = g3.base64url(43);
    const text = `MASTODON_CLIENT_KEY=${key}\nMASTODON_CLIENT_SECRET=${secret}\n`;
    const found = scanner.scan(text, { path: '.env' }).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, [secret]);
    const key2 = g3.alnum(24);
    const secret2 = g3.alnum(40);
    const yaml = `mastodon:\n  clientKey: ${key2}\n  clientSecret: ${secret2}\n`;
    assert.deepEqual(generic(yaml), [spanOf(yaml, secret2)]);
  });

  it('still reports a partner key beside its secret (MAGNITE_KEY / MAGNITE_SECRET, api.partner.key / api.partner.secret)', () => {
    const key = g3.hex(32);
    const text = `MAGNITE_KEY = "${key}"\nMAGNITE_SECRET = "${g3.hex(40)}"\n`;
    assert.ok(generic(text).some(([s, e]) => text.slice(s, e) === key));
    const key2 = g3.upper(24);
    const ini = `[production]\napi.partner.key = "${key2}"\napi.partner.secret = "${g3.alnum(48)}"\n`;
    assert.ok(generic(ini).some(([s, e]) => ini.slice(s, e) === key2));
  });

  it('still reports a key whose sibling secret has another name, and a secret key beside a secret', () => {
    const key = g3.hex(32);
    const text = `MAGNITE_KEY = "${key}"\nPUBMATIC_SECRET = "${g3.hex(40)}"\n`;
    assert.ok(generic(text).some(([s, e]) => text.slice(s, e) === key));
    const own = g3.alnum(40);
    const django = `SECRET_KEY = "${own}"\nSECRET_SECRET = "${g3.alnum(40)}"\n`;
    assert.ok(generic(django).some(([s, e]) => django.slice(s, e) === own));
  });
});
