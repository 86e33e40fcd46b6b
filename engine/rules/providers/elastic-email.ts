// Elastic Email API keys: 96 hex digits.
import type { Rule } from '../../types';
import { UPPER_HEX } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const elasticEmailRules: Rule[] = [
  contextRule({
    id: 'elastic-email-api-key',
    provider: 'Elastic Email',
    family: 'messaging',
    description: 'Elastic Email API key',
    names: ['elastic[_-]?email'],
    keywords: ['elastic-email', 'elastic_email', 'elasticemail'],
    value: '[A-F0-9]{96}',
    envName: 'ELASTIC_EMAIL_API_KEY',
    docsUrl: 'https://elasticemail.com/developers/api-documentation/rest-api#section/Authentication',
    revocationUrl: 'https://app.elasticemail.com/marketing/settings/new/manage-api',
    sample: (g) => g.chars(UPPER_HEX, 96),
    negatives: (g) => [
      `ELASTIC_EMAIL_API_KEY="${g.chars(UPPER_HEX, 99)}"`, // too long
      `ELASTIC_EMAIL_API_KEY="${g.chars(UPPER_HEX, 95)}G"`, // outside the HEX alphabet
    ],
  }),
];
