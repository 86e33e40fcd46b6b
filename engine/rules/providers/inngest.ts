// Inngest signing keys: `signkey-` + environment (`prod`, `test`, `branch`) + 64 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const inngestRules: Rule[] = [
  tokenRule({
    id: 'inngest-signing-key',
    provider: 'Inngest',
    family: 'infrastructure',
    description: 'Inngest signing key',
    prefix: 'signkey-',
    body: '(?:prod|test|branch)-[a-f0-9]{64}',
    envName: 'INNGEST_SIGNING_KEY',
    docsUrl: 'https://www.inngest.com/docs/platform/signing-keys',
    revocationUrl: null,
    revocationNote: 'Rotate the signing key in the Inngest dashboard (Manage → Signing Key) and deploy the new one.',
    sample: (g) => `signkey-prod-${g.hex(64)}`,
    negatives: (g) => [
      `INNGEST_SIGNING_KEY="SIGNKEY-PROD-${g.hex(64)}"`, // prefix in the wrong case
      `INNGEST_SIGNING_KEY="signkey-prod-${g.hex(40)}"` /* short */,
      `INNGEST_SIGNING_KEY="signkey-dev-${g.hex(64)}"` /* unknown environment */,
    ],
  }),
];
