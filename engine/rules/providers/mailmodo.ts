// Mailmodo: mailmodo API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const mailmodoRules: Rule[] = [
  contextRule({
    id: 'mailmodo-api-key',
    provider: 'Mailmodo',
    family: 'messaging',
    description: 'Mailmodo API key',
    names: ['mailmodo'],
    keywords: ['mailmodo'],
    value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}',
    envName: 'MAILMODO_API_KEY',
    docsUrl: 'https://www.mailmodo.com/developers/',
    revocationUrl: null,
    revocationNote: 'Mailmodo has no public revocation link: regenerate (reset) the key in your Mailmodo settings (API keys), then update every place that uses it.',
    sample: (g) => `${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}-${g.chars(UPPER_ALNUM, 7)}`,
  }),
];
