// Onfleet: onfleet API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const onfleetRules: Rule[] = [
  contextRule({
    id: 'onfleet-api-key',
    provider: 'Onfleet',
    family: 'saas',
    description: 'Onfleet API key',
    names: ['onfleet'],
    keywords: ['onfleet'],
    value: '[a-f0-9]{32}',
    envName: 'ONFLEET_API_KEY',
    docsUrl: 'https://docs.onfleet.com/reference/authentication',
    revocationUrl: 'https://onfleet.com/dashboard#/manage',
    sample: (g) => g.hex(32),
  }),
];
