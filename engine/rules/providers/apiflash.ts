// ApiFlash: ApiFlash access key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const apiflashRules: Rule[] = [
  contextRule({
    id: 'apiflash-access-key',
    provider: 'ApiFlash',
    family: 'saas',
    description: 'ApiFlash access key',
    names: ['api[_-]?flash'],
    keywords: ['apiflash', 'api_flash', 'api-flash'],
    value: '[a-f0-9]{32}',
    envName: 'APIFLASH_ACCESS_KEY',
    docsUrl: 'https://apiflash.com/documentation',
    revocationUrl: 'https://apiflash.com/dashboard/access_keys',
    sample: (g) => g.hex(32),
  }),
];
