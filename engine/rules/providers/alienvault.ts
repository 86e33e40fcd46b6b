// AlienVault OTX: AlienVault Open Threat Exchange API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const alienvaultRules: Rule[] = [
  contextRule({
    id: 'alienvault-otx-api-key',
    provider: 'AlienVault OTX',
    family: 'saas',
    description: 'AlienVault Open Threat Exchange API key',
    names: ['otx[_-]?(?:api[_-]?)?key', 'alien[_-]?vault[a-z_-]{0,12}key'],
    keywords: ['otx_', 'otxapi', 'otx-', 'otxkey', 'alienvault', 'alien_vault', 'alien-vault'],
    value: '[a-f0-9]{64}',
    envName: 'OTX_API_KEY',
    docsUrl: 'https://otx.alienvault.com/api',
    revocationUrl: 'https://otx.alienvault.com/settings',
    sample: (g) => g.hex(64),
  }),
];
