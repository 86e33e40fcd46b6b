// Coda API tokens are UUIDs; "coda" alone is short, so the name must say Coda API/token.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const codaRules: Rule[] = [
  contextRule({
    id: 'coda-api-token',
    provider: 'Coda',
    family: 'saas',
    description: 'Coda API token',
    names: ['coda[_-]?(?:api|token|key|doc)'],
    keywords: ['coda-api', 'coda-doc', 'coda-key', 'coda-token', 'coda_api', 'coda_doc', 'coda_key', 'coda_token', 'codaapi', 'codadoc', 'codakey', 'codatoken'],
    value: UUID,
    envName: 'CODA_API_TOKEN',
    docsUrl: 'https://coda.io/developers/apis/v1#section/Authentication',
    revocationUrl: 'https://coda.io/account',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `CODA_API_TOKEN="z${g.uuid().slice(1)}"`, // not hex
      `CODA_API_TOKEN="${g.uuid()}${g.hex(2)}"`, // too long
      `CODA_API_TOKEN="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
