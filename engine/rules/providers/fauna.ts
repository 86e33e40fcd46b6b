// Fauna secrets: `fn` + 38 URL-safe characters, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const faunaRules: Rule[] = [
  contextRule({
    id: 'fauna-secret',
    provider: 'Fauna',
    family: 'database',
    description: 'Fauna database secret',
    names: ['fauna'],
    keywords: ['fauna'],
    value: 'fn[A-Za-z0-9_-]{38}',
    maskPrefix: /^fn/,
    envName: 'FAUNA_SECRET',
    docsUrl: 'https://docs.fauna.com/fauna/current/learn/security/keys/',
    revocationUrl: null,
    revocationNote: 'Delete the key in the Fauna dashboard (Database → Keys) and create a new one.',
    sample: (g) => `fn${g.base64url(38)}`,
    negatives: (g) => [`FAUNA_SECRET="fn${g.base64url(20)}"` /* short */, `FAUNA_SECRET="${g.base64url(40)}"` /* no fn prefix */],
  }),
];
