// Mailsac: mailsac API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const mailsacRules: Rule[] = [
  contextRule({
    id: 'mailsac-api-key',
    provider: 'Mailsac',
    family: 'messaging',
    description: 'Mailsac API key',
    names: ['mailsac'],
    keywords: ['mailsac'],
    value: 'k_[A-Za-z0-9]{36,60}',
    envName: 'MAILSAC_API_KEY',
    docsUrl: 'https://docs.mailsac.com/en/latest/api/authentication.html',
    revocationUrl: 'https://mailsac.com/api-keys',
    sample: (g) => `k_${g.alnum(40)}`,
  }),
];
