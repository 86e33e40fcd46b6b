// JetBrains TeamCity access tokens: a JWT-like value whose header is `{"typ": "TCV2"}`.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const teamcityRules: Rule[] = [
  tokenRule({
    id: 'teamcity-access-token',
    provider: 'TeamCity',
    family: 'infrastructure',
    description: 'TeamCity access token',
    prefix: 'eyJ0eXAiOiAiVENWMiJ9.',
    body: '[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}',
    envName: 'TEAMCITY_TOKEN',
    docsUrl: 'https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens',
    revocationUrl: null,
    revocationNote: 'Delete the token in TeamCity (Profile → Access Tokens) and create a new one.',
    sample: (g) => `eyJ0eXAiOiAiVENWMiJ9.${g.base64url(36)}.${g.base64url(48)}`,
  }),
];
