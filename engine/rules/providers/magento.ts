// Magento (Adobe Commerce): magento integration access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const magentoRules: Rule[] = [
  contextRule({
    id: 'magento-access-token',
    provider: 'Magento (Adobe Commerce)',
    family: 'payments',
    description: 'Magento integration access token',
    names: ['magento'],
    keywords: ['magento'],
    value: '[a-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'MAGENTO_ACCESS_TOKEN',
    docsUrl: 'https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/',
    revocationUrl: null,
    revocationNote: 'Reauthorize the integration in the Magento admin (System → Integrations → Reauthorize) to issue new tokens, or delete the integration.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
