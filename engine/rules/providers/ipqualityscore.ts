// IPQualityScore: 32-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipqualityscoreRules: Rule[] = [
  contextRule({
    id: 'ipqualityscore-api-key',
    provider: 'IPQualityScore',
    family: 'saas',
    description: 'IPQualityScore API key',
    names: ['ipquality(?:score)?', 'ipqs[_-]?(?:api[_-]?)?key'],
    keywords: ['ipqs', 'ipquality'],
    value: '[A-Za-z0-9]{32}',
    envName: 'IPQUALITYSCORE_API_KEY',
    docsUrl: 'https://www.ipqualityscore.com/documentation/overview',
    revocationUrl: 'https://www.ipqualityscore.com/user/settings',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `IPQUALITYSCORE_API_KEY="${g.alnum(35)}"`, // too long
      `IPQUALITYSCORE_API_KEY="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
