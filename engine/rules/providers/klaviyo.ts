// Klaviyo private API keys: `pk_` + 34 characters (the 6-character public key is not secret).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const klaviyoRules: Rule[] = [
  contextRule({
    id: 'klaviyo-private-api-key',
    provider: 'Klaviyo',
    family: 'messaging',
    description: 'Klaviyo private API key',
    names: ['klaviyo'],
    keywords: ['klaviyo'],
    value: 'pk_[A-Za-z0-9]{34}',
    maskPrefix: /^pk_/,
    envName: 'KLAVIYO_PRIVATE_API_KEY',
    docsUrl: 'https://developers.klaviyo.com/en/docs/authenticate_',
    revocationUrl: 'https://www.klaviyo.com/settings/account/api-keys',
    sample: (g) => `pk_${g.alnum(34)}`,
    negatives: (g) => [`KLAVIYO_PUBLIC_API_KEY="${g.alnum(6)}"` /* public key */],
  }),
];
