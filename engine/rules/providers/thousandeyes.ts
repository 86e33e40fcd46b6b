// ThousandEyes: thousandEyes OAuth bearer token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const thousandeyesRules: Rule[] = [
  contextRule({
    id: 'thousandeyes-oauth-token',
    provider: 'ThousandEyes',
    family: 'observability',
    description: 'ThousandEyes OAuth bearer token',
    names: ['thousandeyes'],
    keywords: ['thousandeyes'],
    value: UUID,
    envName: 'THOUSANDEYES_TOKEN',
    docsUrl: 'https://developer.cisco.com/docs/thousandeyes/authentication/',
    revocationUrl: null,
    revocationNote: 'Revoke the token in ThousandEyes (Account Settings → Users and Roles → Profile → User API Tokens) and create a new one.',
    sample: (g) => g.uuid(),
  }),
];
