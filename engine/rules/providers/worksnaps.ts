// Worksnaps: worksnaps API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const worksnapsRules: Rule[] = [
  contextRule({
    id: 'worksnaps-api-token',
    provider: 'Worksnaps',
    family: 'saas',
    description: 'Worksnaps API token',
    names: ['worksnaps'],
    keywords: ['worksnaps'],
    value: '[A-Za-z0-9]{40}',
    envName: 'WORKSNAPS_API_TOKEN',
    docsUrl: 'https://www.worksnaps.com/api_docs/worksnaps_api.html',
    revocationUrl: null,
    revocationNote: 'Worksnaps has no public revocation link: regenerate (reset) the key in your Worksnaps profile (API token), then update every place that uses it.',
    sample: (g) => g.alnum(40),
  }),
];
