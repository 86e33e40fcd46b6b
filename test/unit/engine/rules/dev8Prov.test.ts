// Classes found while tuning on rw-dev8's provider part: provider keys without a prefix that only the names around
// them tie to their provider. Each case says which provider rule must report the value and what must stay
// unclaimed; values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de8);

/** The rule that reports `value` in `text`, if any. */
function ruleAt(text: string, path: string, value: string): string | undefined {
  const start = text.indexOf(value);
  return scanner.scan(text, { path }).find((f) => f.start <= start && start < f.end)?.ruleId;
}

describe('rw-dev8 classes: provider keys named by the keys around them', () => {
  describe('a provider section whose first key-shaped value is public (retry past a rejected leaf)', () => {
    it('reports the Pusher secret below the public app key, and the Algolia admin key below the search-only key', () => {
      const secret = g.hex(20);
      const pusher = `pusher:\n  app_id: ${g.digits(7)}\n  key: ${g.hex(20)}\n  secret: ${secret}\n`;
      assert.equal(ruleAt(pusher, 'config/app.yml', secret), 'pusher-app-secret');
      const admin = g.hex(32);
      const algolia = `algolia:\n  app_id: ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}\n  search_only_key: ${g.hex(32)}\n  admin_api_key: ${admin}\n`;
      assert.equal(ruleAt(algolia, 'config/search.yml', admin), 'algolia-admin-api-key');
    });

    it('still claims nothing for the public key above it, and nothing under an unrelated section', () => {
      const key = g.hex(20);
      const pusher = `pusher:\n  app_id: ${g.digits(7)}\n  key: ${key}\n  cluster: eu\n`;
      assert.notEqual(ruleAt(pusher, 'config/app.yml', key), 'pusher-app-secret');
      const secret = g.hex(20);
      assert.notEqual(ruleAt(`pusher:\n  key: ${g.hex(20)}\nbilling:\n  secret: ${secret}\n`, 'config/app.yml', secret), 'pusher-app-secret');
    });
  });

  describe('a qualified leaf under a provider section (`account_key`, `admin_api_key`, `adminApiKey`)', () => {
    it('reports the Azure storage account key and a camelCase Algolia admin key', () => {
      const key = `${g.base64(86)}==`;
      assert.equal(ruleAt(`azure_storage:\n  account_name: stdemo01\n  account_key: ${key}\n`, 'config/app.yml', key), 'azure-storage-account-key');
      const admin = g.hex(32);
      assert.equal(ruleAt(`secrets:\n  algolia:\n    adminApiKey: "${admin}"\n`, 'helm/values.yaml', admin), 'algolia-admin-api-key');
    });

    it('does not read a public key as a secret leaf', () => {
      const pub = g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16);
      const found = ruleAt(`braintree:\n  public_key: ${pub}\n`, 'config/app.yml', pub);
      assert.ok(found === undefined || !found.startsWith('braintree'), String(found));
    });
  });

  describe('dotted property names (`datadog.api-key`, `twilio.auth-token`)', () => {
    it('reports each value under its own provider', () => {
      const [dd, tw] = [g.hex(32), g.hex(32)];
      const text = `datadog.api-key=${dd}\ntwilio.auth-token=${tw}\n`;
      assert.equal(ruleAt(text, 'src/main/resources/application-prod.properties', dd), 'datadog-api-key');
      assert.equal(ruleAt(text, 'src/main/resources/application-prod.properties', tw), 'twilio-auth-token');
    });
  });

  describe('attribution by the line above', () => {
    it('does not give a value whose own name names another provider to the provider on the line above', () => {
      const value = g.hex(32);
      const text = `datadog.api-key=${g.hex(32)}\ntwilio.webhook-signing-key=${value}\n`;
      assert.notEqual(ruleAt(text, 'config/app.properties', value), 'datadog-api-key');
    });
  });

  describe('Sentry auth tokens without a prefix', () => {
    it('reports a 64-hex Sentry auth token under a Sentry name, not a 64-hex value under another name', () => {
      const [t, u] = [g.hex(64), g.hex(64)];
      assert.equal(ruleAt(`SENTRY_AUTH_TOKEN=${t}\n`, '.env', t), 'sentry-auth-token-legacy');
      assert.notEqual(ruleAt(`SENTRY_RELEASE=${u}\n`, '.env', u), 'sentry-auth-token-legacy');
    });
  });
});
