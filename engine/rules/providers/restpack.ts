// Restpack: restpack API access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const restpackRules: Rule[] = [
  contextRule({
    id: 'restpack-access-token',
    provider: 'Restpack',
    family: 'saas',
    description: 'Restpack API access token',
    names: ['restpack'],
    keywords: ['restpack'],
    value: '[A-Za-z0-9]{48}',
    envName: 'RESTPACK_ACCESS_TOKEN',
    docsUrl: 'https://restpack.io/screenshot/docs',
    revocationUrl: 'https://restpack.io/console',
    sample: (g) => g.alnum(48),
  }),
];
