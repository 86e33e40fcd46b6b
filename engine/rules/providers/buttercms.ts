// ButterCMS: ButterCMS API token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const buttercmsRules: Rule[] = [
  contextRule({
    id: 'buttercms-api-token',
    provider: 'ButterCMS',
    family: 'saas',
    description: 'ButterCMS API token',
    names: ['butter[_-]?cms'],
    keywords: ['buttercms', 'butter_cms', 'butter-cms'],
    value: '[a-f0-9]{40}',
    envName: 'BUTTER_CMS_API_TOKEN',
    docsUrl: 'https://buttercms.com/docs/api/#authentication',
    revocationUrl: 'https://buttercms.com/settings/',
    sample: (g) => g.hex(40),
  }),
];
