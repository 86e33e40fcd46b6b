// Teamwork (Projects, Desk, CRM, Spaces) API tokens: `tkn.v1_` and a base64 body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const teamworkRules: Rule[] = [
  tokenRule({
    id: 'teamwork-api-token',
    provider: 'Teamwork',
    family: 'saas',
    description: 'Teamwork API token',
    prefix: 'tkn.v1_',
    body: '[A-Za-z0-9+/]{60,80}={0,2}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'TEAMWORK_API_TOKEN',
    docsUrl: 'https://apidocs.teamwork.com/guides/teamwork/authentication',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Teamwork (profile → Edit details → API & Mobile) and create a new one.',
    sample: (g) => `tkn.v1_${g.alnum(71)}=`,
  }),
];
