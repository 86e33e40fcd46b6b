// A JS template literal given as a default (`K ?? \`v\``) is a literal like a quoted one; a password people set
// (a word, a year, a symbol) under a `credentials` name is data, as under a `secret` name. Values built at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7e_3a);

const { found: values } = ruleAssertions(scanner);

describe('template-literal defaults and human passwords under credentials', () => {
  it('finds a token given as a template-literal default, not a template with a substitution', () => {
    const a = g.hex(40);
    assert.deepEqual(values(`export const API_TOKEN = Bun.env.API_TOKEN ?? \`${a}\`;\n`, 'src/env.ts'), [a]);
    assert.deepEqual(values('export const API_TOKEN = Bun.env.API_TOKEN ?? `${process.env.FALLBACK_TOKEN}`;\n', 'src/env.ts'), []);
  });

  it('finds a chosen password under credentials=, not a fetch mode or a method', () => {
    const a = `${g.pick(['Glacier', 'Harbor', 'Maple'])}${g.digits(4)}${g.pick(['%', '!', '#'])}`;
    assert.deepEqual(values(`DEBUG [ldap] bind dn="cn=svc,dc=corp" credentials="${a}"\n`, 'logs/auth.log'), [a]);
    assert.deepEqual(values(`fetch(url, { credentials: "include" });\nconst auth = { credentials: "NTLMv2" };\n`, 'src/api.ts'), []);
  });
});
