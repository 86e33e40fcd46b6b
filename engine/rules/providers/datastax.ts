// DataStax Astra application tokens: `AstraCS:` + 24 letters + `:` + 64 hex digits.
import type { Rule } from '../../types';
import { LETTERS } from '../alphabets';
import { tokenRule } from '../ruleBuilders';

export const datastaxRules: Rule[] = [
  tokenRule({
    id: 'datastax-astra-token',
    provider: 'DataStax',
    family: 'database',
    description: 'DataStax Astra DB application token',
    prefix: 'AstraCS:',
    body: '[A-Za-z]{24}:[a-f0-9]{64}',
    envName: 'ASTRA_DB_APPLICATION_TOKEN',
    docsUrl: 'https://docs.datastax.com/en/astra-db-serverless/administration/manage-application-tokens.html',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Astra Portal → Settings → Tokens and generate a new one.',
    sample: (g) => `AstraCS:${g.chars(LETTERS, 24)}:${g.hex(64)}`,
    negatives: (g) => [
      `ASTRA_DB_APPLICATION_TOKEN="aSTRAcs:${g.chars(LETTERS, 24)}:${g.hex(64)}"`, // prefix in the wrong case
      `ASTRA_DB_APPLICATION_TOKEN="AstraCS:${g.chars(LETTERS, 24)}:${g.hex(40)}"` /* short secret */,
    ],
  }),
];
