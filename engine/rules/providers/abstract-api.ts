// Abstract API: Abstract API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const abstractApiRules: Rule[] = [
  contextRule({
    id: 'abstract-api-key',
    provider: 'Abstract API',
    family: 'saas',
    description: 'Abstract API key',
    names: ['abstract[_-]?api'],
    keywords: ['abstractapi', 'abstract_api', 'abstract-api'],
    value: '[a-f0-9]{32}',
    envName: 'ABSTRACT_API_KEY',
    docsUrl: 'https://docs.abstractapi.com/',
    revocationUrl: null,
    revocationNote: 'Each Abstract API product has its own key: reset it on that API’s dashboard page at app.abstractapi.com.',
    sample: (g) => g.hex(32),
  }),
];
