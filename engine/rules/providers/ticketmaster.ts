// Ticketmaster: ticketmaster Discovery API consumer key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ticketmasterRules: Rule[] = [
  contextRule({
    id: 'ticketmaster-api-key',
    provider: 'Ticketmaster',
    family: 'saas',
    description: 'Ticketmaster Discovery API consumer key',
    names: ['ticketmaster'],
    keywords: ['ticketmaster'],
    value: '[A-Za-z0-9]{32}',
    envName: 'TICKETMASTER_API_KEY',
    docsUrl: 'https://developer.ticketmaster.com/products-and-docs/apis/getting-started/',
    revocationUrl: 'https://developer-acct.ticketmaster.com/user/login',
    sample: (g) => g.alnum(32),
  }),
];
