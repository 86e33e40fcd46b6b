// Omnisend: omnisend API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const omnisendRules: Rule[] = [
  contextRule({
    id: 'omnisend-api-key',
    provider: 'Omnisend',
    family: 'messaging',
    description: 'Omnisend API key',
    names: ['omnisend'],
    keywords: ['omnisend'],
    value: '[a-f0-9]{24}-[A-Za-z0-9]{50}',
    envName: 'OMNISEND_API_KEY',
    docsUrl: 'https://api-docs.omnisend.com/reference/authentication',
    revocationUrl: 'https://app.omnisend.com/integrations/api-keys',
    sample: (g) => `${g.hex(24)}-${g.alnum(50)}`,
  }),
];
