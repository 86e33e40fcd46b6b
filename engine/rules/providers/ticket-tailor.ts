// Ticket Tailor API keys: `sk_`, a 4-digit box office id, a 6-digit key id and 32 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const ticketTailorRules: Rule[] = [
  tokenRule({
    id: 'ticket-tailor-api-key',
    provider: 'Ticket Tailor',
    family: 'payments',
    description: 'Ticket Tailor API key',
    prefix: 'sk_',
    body: '[0-9]{4}_[0-9]{6}_[a-f0-9]{32}',
    envName: 'TICKET_TAILOR_API_KEY',
    docsUrl: 'https://developers.tickettailor.com/docs/api/authentication',
    revocationUrl: 'https://app.tickettailor.com/box-office/api',
    sample: (g) => `sk_${g.digits(4)}_${g.digits(6)}_${g.hex(32)}`,
  }),
];
