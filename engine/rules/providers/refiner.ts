// Refiner (in-app surveys): UUID API keys. `refiner` is also an everyday word in code, so the key must name a credential too.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const refinerRules: Rule[] = [
  contextRule({
    id: 'refiner-api-key',
    provider: 'Refiner',
    family: 'saas',
    description: 'Refiner API key',
    names: ['refiner'],
    keywords: ['refiner'],
    value: UUID,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'REFINER_API_KEY',
    docsUrl: 'https://refiner.io/docs/api/',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Refiner → Settings → Integrations → API.',
    sample: (g) => g.uuid(),
  }),
];
