// Qase: qase API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const qaseRules: Rule[] = [
  contextRule({
    id: 'qase-api-token',
    provider: 'Qase',
    family: 'saas',
    description: 'Qase API token',
    names: ['qase'],
    keywords: ['qase'],
    value: '[A-Za-z0-9]{40}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'QASE_API_TOKEN',
    docsUrl: 'https://developers.qase.io/docs/authentication',
    revocationUrl: 'https://app.qase.io/user/api/token',
    sample: (g) => g.alnum(40),
  }),
];
