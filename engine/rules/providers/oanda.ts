// OANDA: oANDA v20 personal access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const oandaRules: Rule[] = [
  contextRule({
    id: 'oanda-api-token',
    provider: 'OANDA',
    family: 'payments',
    description: 'OANDA v20 personal access token',
    names: ['oanda'],
    keywords: ['oanda'],
    value: '[a-f0-9]{32}-[a-f0-9]{32}',
    envName: 'OANDA_API_TOKEN',
    docsUrl: 'https://developer.oanda.com/rest-live-v20/authentication/',
    revocationUrl: null,
    revocationNote: 'OANDA has no public revocation link: regenerate (reset) the key in your OANDA account (Manage API Access → revoke), then update every place that uses it.',
    sample: (g) => `${g.hex(32)}-${g.hex(32)}`,
  }),
];
