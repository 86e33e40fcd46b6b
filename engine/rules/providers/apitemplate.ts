// APITemplate.io: APITemplate.io API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const apitemplateRules: Rule[] = [
  contextRule({
    id: 'apitemplate-api-key',
    provider: 'APITemplate.io',
    family: 'saas',
    description: 'APITemplate.io API key',
    names: ['api[_-]?template(?:[_-]?io)?[_-]?(?:api[_-]?)?key'],
    keywords: ['apitemplate', 'api_template', 'api-template'],
    value: '[A-Za-z0-9]{39}',
    envName: 'APITEMPLATE_API_KEY',
    docsUrl: 'https://apitemplate.io/apiv2/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key under the APITemplate.io dashboard → API Integration.',
    sample: (g) => g.alnum(39),
  }),
];
