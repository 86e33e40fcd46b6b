// Mailjet's SMS API: a bearer token of 32 letters and digits, separate from the email API key pair.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const mailjetSmsRules: Rule[] = [
  contextRule({
    id: 'mailjet-sms-token',
    provider: 'Mailjet',
    family: 'messaging',
    description: 'Mailjet SMS API token',
    names: ['mailjet[_-]?sms', 'mailjet[a-z_-]{0,10}token'],
    keywords: ['mailjet'],
    value: '[A-Za-z0-9]{32}',
    envName: 'MAILJET_SMS_TOKEN',
    docsUrl: 'https://dev.mailjet.com/sms/guides/',
    revocationUrl: null,
    revocationNote: 'Delete the SMS token in Mailjet → Account settings → SMS and generate a new one.',
    sample: (g) => g.alnum(32),
  }),
];
