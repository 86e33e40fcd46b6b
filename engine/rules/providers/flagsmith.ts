// Flagsmith server-side environment keys: `ser.` + 22 characters (client keys are public).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const flagsmithRules: Rule[] = [
  contextRule({
    id: 'flagsmith-server-key',
    provider: 'Flagsmith',
    family: 'observability',
    description: 'Flagsmith server-side environment key',
    names: ['flagsmith'],
    keywords: ['flagsmith'],
    value: 'ser\\.[A-Za-z0-9]{22}',
    maskPrefix: /^ser\./,
    envName: 'FLAGSMITH_ENVIRONMENT_KEY',
    docsUrl: 'https://docs.flagsmith.com/clients/server-side',
    revocationUrl: null,
    revocationNote: 'Delete the server-side key in Flagsmith → Environment settings → Keys and create a new one.',
    sample: (g) => `ser.${g.alnum(22)}`,
    negatives: (g) => [`FLAGSMITH_ENVIRONMENT_KEY="${g.alnum(22)}"` /* client-side key */, `FLAGSMITH_ENVIRONMENT_KEY="ser.${g.alnum(12)}"` /* short */],
  }),
];
