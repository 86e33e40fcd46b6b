// mailboxlayer: apilayer email validation API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const mailboxlayerRules: Rule[] = [
  contextRule({
    id: 'mailboxlayer-access-key',
    provider: 'mailboxlayer',
    family: 'saas',
    description: 'mailboxlayer (apilayer) API access key',
    names: ['mailboxlayer'],
    keywords: ['mailboxlayer'],
    value: '[a-z0-9]{32}',
    envName: 'MAILBOXLAYER_ACCESS_KEY',
    docsUrl: 'https://mailboxlayer.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the mailboxlayer dashboard (https://mailboxlayer.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
