// SherpaDesk: sherpaDesk API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const sherpadeskRules: Rule[] = [
  contextRule({
    id: 'sherpadesk-api-token',
    provider: 'SherpaDesk',
    family: 'saas',
    description: 'SherpaDesk API token',
    names: ['sherpadesk'],
    keywords: ['sherpadesk'],
    value: '[a-z0-9]{32}',
    envName: 'SHERPADESK_API_TOKEN',
    docsUrl: 'https://github.com/sherpadesk/api/wiki',
    revocationUrl: null,
    revocationNote: 'SherpaDesk has no public revocation link: regenerate (reset) the key in your SherpaDesk profile (API key), then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
