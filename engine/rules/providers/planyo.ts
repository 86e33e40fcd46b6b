// Planyo: planyo API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const planyoRules: Rule[] = [
  contextRule({
    id: 'planyo-api-key',
    provider: 'Planyo',
    family: 'saas',
    description: 'Planyo API key',
    names: ['planyo'],
    keywords: ['planyo'],
    value: '[a-z0-9]{62}',
    envName: 'PLANYO_API_KEY',
    docsUrl: 'https://www.planyo.com/api.php',
    revocationUrl: 'https://www.planyo.com/api.php?topic=api_key',
    sample: (g) => g.chars(LOWER_ALNUM, 62),
  }),
];
