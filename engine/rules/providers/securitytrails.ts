// SecurityTrails: securityTrails API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const securitytrailsRules: Rule[] = [
  contextRule({
    id: 'securitytrails-api-key',
    provider: 'SecurityTrails',
    family: 'saas',
    description: 'SecurityTrails API key',
    names: ['securitytrails'],
    keywords: ['securitytrails'],
    value: '[A-Za-z0-9]{32}',
    envName: 'SECURITYTRAILS_API_KEY',
    docsUrl: 'https://docs.securitytrails.com/docs/authentication',
    revocationUrl: 'https://securitytrails.com/app/account/credentials',
    sample: (g) => g.alnum(32),
  }),
];
