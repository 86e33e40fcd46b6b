// pdflayer: apilayer HTML to PDF API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const pdflayerRules: Rule[] = [
  contextRule({
    id: 'pdflayer-access-key',
    provider: 'pdflayer',
    family: 'saas',
    description: 'pdflayer (apilayer) API access key',
    names: ['pdflayer'],
    keywords: ['pdflayer'],
    value: '[a-z0-9]{32}',
    envName: 'PDFLAYER_ACCESS_KEY',
    docsUrl: 'https://pdflayer.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the pdflayer dashboard (https://pdflayer.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
