// Nimble CRM: nimble CRM API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const nimbleRules: Rule[] = [
  contextRule({
    id: 'nimble-api-key',
    provider: 'Nimble CRM',
    family: 'saas',
    description: 'Nimble CRM API key',
    names: ['nimble'],
    keywords: ['nimble'],
    value: '[A-Za-z0-9]{30}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'NIMBLE_API_KEY',
    docsUrl: 'https://nimble.readthedocs.io/en/latest/obtaining_key/',
    revocationUrl: null,
    revocationNote: 'Nimble CRM has no public revocation link: regenerate (reset) the key in your Nimble settings (API token), then update every place that uses it.',
    sample: (g) => g.alnum(30),
  }),
];
