// Loggly customer tokens: UUIDs (they appear in ingestion URLs too).
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const logglyRules: Rule[] = [
  contextRule({
    id: 'loggly-customer-token',
    provider: 'Loggly',
    family: 'observability',
    description: 'Loggly customer token',
    names: ['loggly'],
    keywords: ['loggly'],
    value: UUID,
    envName: 'LOGGLY_TOKEN',
    docsUrl: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm',
    revocationUrl: null,
    revocationNote: 'Create a new customer token in Loggly → Source Setup → Customer Tokens, move senders to it, then delete the old one.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `LOGGLY_TOKEN="z${g.uuid().slice(1)}"`, // not hex
      `LOGGLY_TOKEN="${g.uuid()}${g.hex(2)}"`, // too long
      `LOGGLY_TOKEN="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
