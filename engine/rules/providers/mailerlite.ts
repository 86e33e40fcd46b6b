// MailerLite: mailerLite API key (classic), recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const mailerliteRules: Rule[] = [
  contextRule({
    id: 'mailerlite-api-key',
    provider: 'MailerLite',
    family: 'messaging',
    description: 'MailerLite API key (classic)',
    names: ['mailerlite'],
    keywords: ['mailerlite'],
    value: '[a-f0-9]{32}',
    envName: 'MAILERLITE_API_KEY',
    docsUrl: 'https://developers-classic.mailerlite.com/docs/authentication',
    revocationUrl: 'https://dashboard.mailerlite.com/integrations/api',
    sample: (g) => g.hex(32),
  }),
];
