// Signaturit: signaturit access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const signaturitRules: Rule[] = [
  contextRule({
    id: 'signaturit-access-token',
    provider: 'Signaturit',
    family: 'saas',
    description: 'Signaturit access token',
    names: ['signaturit'],
    keywords: ['signaturit'],
    value: '[A-Za-z0-9]{86}',
    envName: 'SIGNATURIT_ACCESS_TOKEN',
    docsUrl: 'https://docs.signaturit.com/api/latest',
    revocationUrl: 'https://app.signaturit.com/dashboard/#/settings/api',
    sample: (g) => g.alnum(86),
  }),
];
