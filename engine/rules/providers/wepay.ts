// WePay: wePay access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const wepayRules: Rule[] = [
  contextRule({
    id: 'wepay-access-token',
    provider: 'WePay',
    family: 'payments',
    description: 'WePay access token',
    names: ['wepay'],
    keywords: ['wepay'],
    value: '(?:PRODUCTION|STAGE)_[a-f0-9]{64}',
    skipPlaceholderCheck: true,
    envName: 'WEPAY_ACCESS_TOKEN',
    docsUrl: 'https://developer.wepay.com/docs/basic-integrations/authentication',
    revocationUrl: null,
    revocationNote: 'Revoke the token through WePay (POST /user/revoke or your partner dashboard) and issue a new one.',
    sample: (g) => `PRODUCTION_${g.hex(64)}`,
    negatives: (g) => [`WEPAY_ACCESS_TOKEN=TESTING_${g.hex(64)}`],
  }),
];
