// Magnetic (agency management): UUID API tokens. `magnetic` is also an everyday word, so the key must name a credential too.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const magneticRules: Rule[] = [
  contextRule({
    id: 'magnetic-api-token',
    provider: 'Magnetic',
    family: 'saas',
    description: 'Magnetic API token',
    names: ['magnetic'],
    keywords: ['magnetic'],
    value: UUID,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'MAGNETIC_API_TOKEN',
    docsUrl: 'https://app.magnetichq.com/Magnetic/API.do',
    revocationUrl: null,
    revocationNote: 'Regenerate the API token in Magnetic → Settings → API.',
    sample: (g) => g.uuid(),
  }),
];
