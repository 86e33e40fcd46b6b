// Viber: viber bot authentication token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const viberRules: Rule[] = [
  contextRule({
    id: 'viber-auth-token',
    provider: 'Viber',
    family: 'messaging',
    description: 'Viber bot authentication token',
    names: ['viber'],
    keywords: ['viber'],
    value: '[a-f0-9]{16}-[a-f0-9]{16}-[a-f0-9]{16}',
    envName: 'VIBER_AUTH_TOKEN',
    docsUrl: 'https://developers.viber.com/docs/api/rest-bot-api/#authentication-token',
    revocationUrl: 'https://partners.viber.com/',
    sample: (g) => `${g.hex(16)}-${g.hex(16)}-${g.hex(16)}`,
  }),
];
