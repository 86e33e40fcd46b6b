// Owlbot: owlbot dictionary API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const owlbotRules: Rule[] = [
  contextRule({
    id: 'owlbot-api-token',
    provider: 'Owlbot',
    family: 'saas',
    description: 'Owlbot dictionary API token',
    names: ['owlbot'],
    keywords: ['owlbot'],
    value: '[a-f0-9]{40}',
    envName: 'OWLBOT_API_TOKEN',
    docsUrl: 'https://owlbot.info/',
    revocationUrl: null,
    revocationNote: 'Owlbot tokens are issued by e-mail: request a new token and stop using this one.',
    sample: (g) => g.hex(40),
  }),
];
