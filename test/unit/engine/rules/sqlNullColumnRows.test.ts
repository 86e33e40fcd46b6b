// An SQL seed row whose column right before the password is NULL (a connector keyed by an API key alone, rw-dev20):
// row-of-credentials reads the secret after the NULL as it does after a number. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(0x5e_2020);

const found = (text: string, path: string) => scanner.scan(text, { path }).map((f) => ({ rule: f.ruleId, value: text.slice(f.start, f.end) }));

describe('row-of-credentials: a NULL column before the password', () => {
  it('reports the secret after a NULL in a seed file', () => {
    const secret = g.hex(32);
    const text = `INSERT INTO carrier_connector (carrier_scac, endpoint, auth_type, username, secret, active) VALUES\n  ('SAIA', 'https://api.saia.example/rate', 'apikey', NULL, '${secret}', true);\n`;
    assert.deepEqual(found(text, 'db/seed/carriers.sql'), [{ rule: 'row-of-credentials', value: secret }]);
  });

  it('stays quiet when the value after the NULL is a placeholder or a word', () => {
    for (const value of ['changeme', '<secret>', 'pending']) {
      const text = `INSERT INTO carrier_connector (carrier_scac, endpoint, username, secret) VALUES\n  ('SAIA', 'https://api.saia.example/rate', NULL, '${value}');\n`;
      assert.deepEqual(found(text, 'db/seed/carriers.sql'), [], value);
    }
  });
});
