// BigCommerce: BigCommerce API account access token.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bigcommerceRules: Rule[] = [
  contextRule({
    id: 'bigcommerce-access-token',
    provider: 'BigCommerce',
    family: 'payments',
    description: 'BigCommerce API account access token',
    names: ['big[_-]?commerce[a-z_-]{0,20}(?:token|secret)', 'bc[_-]?access[_-]?token'],
    keywords: ['bigcommerce', 'big_commerce', 'big-commerce', 'bc_access', 'bcaccess', 'bc-access'],
    value: '[a-z0-9]{31}',
    envName: 'BIGCOMMERCE_ACCESS_TOKEN',
    docsUrl: 'https://developer.bigcommerce.com/docs/start/authentication/api-accounts',
    revocationUrl: null,
    revocationNote: 'Delete the store-level API account under Settings → API → Store-level API accounts, and create a new one.',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 31),
  }),
];
