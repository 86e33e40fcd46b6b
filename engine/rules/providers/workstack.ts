// Workstack: workstack API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const workstackRules: Rule[] = [
  contextRule({
    id: 'workstack-api-token',
    provider: 'Workstack',
    family: 'saas',
    description: 'Workstack API token',
    names: ['workstack'],
    keywords: ['workstack'],
    value: '[A-Za-z0-9]{60}',
    envName: 'WORKSTACK_API_TOKEN',
    docsUrl: 'https://app.workstack.io/',
    revocationUrl: null,
    revocationNote: 'Workstack has no public revocation link: regenerate (reset) the key in your Workstack settings (API), then update every place that uses it.',
    sample: (g) => g.alnum(60),
  }),
];
