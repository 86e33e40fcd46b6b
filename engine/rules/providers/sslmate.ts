// SSLMate: sSLMate API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const sslmateRules: Rule[] = [
  contextRule({
    id: 'sslmate-api-key',
    provider: 'SSLMate',
    family: 'infrastructure',
    description: 'SSLMate API key',
    names: ['sslmate'],
    keywords: ['sslmate'],
    value: '[A-Za-z0-9]{36}',
    envName: 'SSLMATE_API_KEY',
    docsUrl: 'https://sslmate.com/help/reference/apiv2',
    revocationUrl: 'https://sslmate.com/account/api_credentials',
    sample: (g) => g.alnum(36),
  }),
];
