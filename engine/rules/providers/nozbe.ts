// Nozbe Teams: nozbe Teams API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nozbeRules: Rule[] = [
  contextRule({
    id: 'nozbe-api-token',
    provider: 'Nozbe Teams',
    family: 'saas',
    description: 'Nozbe Teams API token',
    names: ['nozbe'],
    keywords: ['nozbe'],
    value: '[A-Za-z0-9]{16}_[A-Za-z0-9_=-]{64}',
    envName: 'NOZBE_API_TOKEN',
    docsUrl: 'https://api4.nozbe.com/v1/api',
    revocationUrl: null,
    revocationNote: 'Nozbe Teams has no public revocation link: regenerate (reset) the key in your Nozbe settings (API tokens), then update every place that uses it.',
    sample: (g) => `${g.alnum(16)}_${g.base64url(64)}`,
  }),
];
