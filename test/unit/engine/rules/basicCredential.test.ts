// A Basic value decodes to `user:password`: one check (tokenFormats.ts isBasicCredential) for the header rules and
// for an Authorization header set in code, which kept a copy that let more blanks through before.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { isBasicCredential } from '../../../../engine/rules/tokenFormats';

const g = createExampleGen(0xba_5c22);
const scanner = createScanner();
const basic = (pair: string) => Buffer.from(pair).toString('base64');
const inCode = (value: string) => `http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${value}");\n`;
const byHeaderRule = (text: string) =>
  scanner
    .scan(text, { path: 'src/Client.cs' })
    .filter((f) => f.ruleId === 'authorization-header-in-code')
    .map((f) => text.slice(f.start, f.end));

describe('Basic credentials', () => {
  it('takes a password, a passphrase of single-spaced words and an API key as the user', () => {
    for (const pair of [`acme:${g.alnum(16)}`, `acme:tangent cactus river ${g.digits(3)}`, `${g.hex(32)}:`]) {
      const value = basic(pair);
      assert.ok(isBasicCredential(value), pair);
      assert.deepEqual(byHeaderRule(inCode(value)), [value], pair);
    }
  });

  it('refuses blanks at the ends, a line break, a tab, a double space and a long sentence in code too', () => {
    const w = () => g.lower(6);
    for (const pair of [
      `acme: ${g.alnum(12)}`,
      `acme:${g.alnum(12)} `,
      `acme:${g.alnum(8)}\n${g.alnum(4)}`,
      `acme:${g.alnum(8)}\t${g.alnum(4)}`,
      `acme:${w()}  ${w()}`,
      `acme:${Array.from({ length: 9 }, w).join(' ')}`,
    ]) {
      const value = basic(pair);
      assert.ok(!isBasicCredential(value), JSON.stringify(pair));
      assert.deepEqual(byHeaderRule(inCode(value)), [], JSON.stringify(pair));
    }
  });
});
