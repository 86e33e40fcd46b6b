// Salesmate: salesmate session token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const salesmateRules: Rule[] = [
  contextRule({
    id: 'salesmate-session-token',
    provider: 'Salesmate',
    family: 'saas',
    description: 'Salesmate session token',
    names: ['salesmate'],
    keywords: ['salesmate'],
    value: UUID,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SALESMATE_SESSION_TOKEN',
    docsUrl: 'https://apidocs.salesmate.io/',
    revocationUrl: null,
    revocationNote: 'Regenerate the access key in Salesmate (My Account → Access key).',
    sample: (g) => g.uuid(),
  }),
];
