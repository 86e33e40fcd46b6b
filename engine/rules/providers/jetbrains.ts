// JetBrains tokens: TeamCity access tokens (a JWT-like `eyJ0eXAiOiAiVENWMiJ9.` header) and Hub / YouTrack permanent tokens (`perm:` or `perm-` + two base64 parts + 30 characters).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const jetbrainsRules: Rule[] = [
  tokenRule({
    id: 'teamcity-access-token',
    provider: 'JetBrains TeamCity',
    family: 'infrastructure',
    description: 'JetBrains TeamCity access token',
    prefix: 'eyJ0eXAiOiAiVENWMiJ9.',
    body: '[A-Za-z0-9_-]{20,80}\\.[A-Za-z0-9_-]{20,120}',
    envName: 'TEAMCITY_TOKEN',
    docsUrl: 'https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens',
    revocationUrl: null,
    revocationNote: 'Delete the token in TeamCity → Your profile → Access Tokens and create a new one.',
    sample: (g) => `eyJ0eXAiOiAiVENWMiJ9.${g.base64url(36)}.${g.base64url(48)}`,
    negatives: (g) => [`TEAMCITY_TOKEN="eyJ0eXAiOiAiVENWMiJ9.${g.base64url(36)}"` /* one part only */],
  }),
  tokenRule({
    id: 'youtrack-permanent-token',
    provider: 'JetBrains YouTrack',
    family: 'infrastructure',
    description: 'JetBrains Hub / YouTrack permanent token',
    prefix: ['perm:', 'perm-'],
    body: '[A-Za-z0-9+/=_-]{4,80}\\.[A-Za-z0-9+/=_-]{4,80}\\.[A-Za-z0-9]{30}',
    envName: 'YOUTRACK_TOKEN',
    docsUrl: 'https://www.jetbrains.com/help/youtrack/server/manage-permanent-token.html',
    revocationUrl: null,
    revocationNote: 'Revoke the token in your Hub / YouTrack profile → Account Security → Tokens.',
    sample: (g) => `perm:${btoa(g.lower(8))}.${btoa(`${g.digits(2)}-${g.digits(2)}`)}.${g.alnum(30)}`,
    negatives: (g) => [`YOUTRACK_TOKEN="perm:${btoa(g.lower(8))}.${g.alnum(30)}"` /* missing a part */, `YOUTRACK_TOKEN="perm:${btoa(g.lower(8))}.${btoa(g.digits(4))}.${g.alnum(20)}"` /* short */],
  }),
];
