// NewsCatcher: newsCatcher API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const newscatcherRules: Rule[] = [
  contextRule({
    id: 'newscatcher-api-key',
    provider: 'NewsCatcher',
    family: 'saas',
    description: 'NewsCatcher API key',
    names: ['newscatcher'],
    keywords: ['newscatcher'],
    value: '[A-Za-z0-9_]{43}',
    envName: 'NEWSCATCHER_API_KEY',
    docsUrl: 'https://www.newscatcherapi.com/docs/v3/authentication',
    revocationUrl: null,
    revocationNote: 'NewsCatcher has no public revocation link: regenerate (reset) the key in your NewsCatcher dashboard, then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 43),
  }),
];
