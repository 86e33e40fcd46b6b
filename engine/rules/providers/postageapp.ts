// PostageApp: postageApp project API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const postageappRules: Rule[] = [
  contextRule({
    id: 'postageapp-api-key',
    provider: 'PostageApp',
    family: 'messaging',
    description: 'PostageApp project API key',
    names: ['postageapp'],
    keywords: ['postageapp'],
    value: '[A-Za-z0-9]{32}',
    envName: 'POSTAGEAPP_API_KEY',
    docsUrl: 'https://github.com/postageapp/postageapp-ruby#readme',
    revocationUrl: null,
    revocationNote: 'PostageApp has no public revocation link: regenerate (reset) the key in your PostageApp project settings, then update every place that uses it.',
    sample: (g) => g.alnum(32),
  }),
];
