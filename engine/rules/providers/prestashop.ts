// PrestaShop: prestaShop webservice key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const prestashopRules: Rule[] = [
  contextRule({
    id: 'prestashop-webservice-key',
    provider: 'PrestaShop',
    family: 'payments',
    description: 'PrestaShop webservice key',
    names: ['prestashop'],
    keywords: ['prestashop'],
    value: '[A-Z0-9]{32}',
    envName: 'PRESTASHOP_WEBSERVICE_KEY',
    docsUrl: 'https://devdocs.prestashop-project.org/8/webservice/tutorials/creating-access/',
    revocationUrl: null,
    revocationNote: 'Delete or regenerate the key in the PrestaShop back office (Advanced Parameters → Webservice).',
    sample: (g) => g.chars(UPPER_ALNUM, 32),
  }),
];
