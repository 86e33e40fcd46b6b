// OOPSpam: oOPSpam API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const oopspamRules: Rule[] = [
  contextRule({
    id: 'oopspam-api-key',
    provider: 'OOPSpam',
    family: 'saas',
    description: 'OOPSpam API key',
    names: ['oopspam'],
    keywords: ['oopspam'],
    value: '[A-Za-z0-9]{40}',
    envName: 'OOPSPAM_API_KEY',
    docsUrl: 'https://www.oopspam.com/docs/',
    revocationUrl: 'https://app.oopspam.com/',
    sample: (g) => g.alnum(40),
  }),
];
