// Nutritionix: nutritionix application key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const nutritionixRules: Rule[] = [
  contextRule({
    id: 'nutritionix-api-key',
    provider: 'Nutritionix',
    family: 'saas',
    description: 'Nutritionix application key',
    names: ['nutritionix'],
    keywords: ['nutritionix'],
    value: '[a-f0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'NUTRITIONIX_APP_KEY',
    docsUrl: 'https://docx.syndigo.com/developers/docs/nutritionix-api-guide',
    revocationUrl: 'https://developer.nutritionix.com/admin/access_details',
    sample: (g) => g.hex(32),
  }),
];
