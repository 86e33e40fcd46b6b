// A Google API key that its context calls public: nuclei rates a key served by a public page `[info]`, and a triage
// note says the key `is the web config's public key` (across a line break). The same key rated high, or called the
// backend's, stays a finding. Values at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const g = createExampleGen(0x60_06);
const scanner = createScanner();
const gcp = (text: string, path: string) => scanner.scan(text, { path }).filter((f) => f.ruleId === 'gcp-api-key').length;
const key = () => `AIza${g.base64url(35)}`;

describe('gcp-api-key: keys their context calls public', () => {
  it('nuclei [info] is the browser key; [high] stays a finding', () => {
    assert.equal(gcp(`[google-api-key] [http] [info] https://www.client.example/ ["${key()}"]\n`, 'scans/nuclei/out.txt'), 0);
    assert.equal(gcp(`[google-api-key] [http] [high] https://api.client.example/v1 ["${key()}"]\n`, 'scans/nuclei/out.txt'), 1);
  });
  it('a note that calls it the public key, not one that calls it the backend key', () => {
    assert.equal(gcp(`2. "leaked Firebase key" (informative): \`${key()}\` is the web\n   config's public key, rules are locked down.\n`, 'triage.md'), 0);
    assert.equal(gcp(`2. leaked key (valid): \`${key()}\` is the backend's server key.\n`, 'triage.md'), 1);
  });
});
