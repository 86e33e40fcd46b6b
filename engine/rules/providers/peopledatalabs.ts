// People Data Labs: people Data Labs API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const peopledatalabsRules: Rule[] = [
  contextRule({
    id: 'peopledatalabs-api-key',
    provider: 'People Data Labs',
    family: 'saas',
    description: 'People Data Labs API key',
    names: ['peopledatalabs', 'pdl[_.-]?api'],
    keywords: ['peopledatalabs', 'pdlapi', 'pdl_api', 'pdl-api', 'pdl.api'],
    value: '[a-f0-9]{64}',
    envName: 'PDL_API_KEY',
    docsUrl: 'https://docs.peopledatalabs.com/docs/authentication',
    revocationUrl: 'https://dashboard.peopledatalabs.com/api-keys',
    sample: (g) => g.hex(64),
  }),
];
