// Zoho OAuth access and refresh tokens: `1000.` and two 32-hex-digit parts.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const zohoRules: Rule[] = [
  tokenRule({
    id: 'zoho-oauth-token',
    provider: 'Zoho',
    family: 'saas',
    description: 'Zoho OAuth access or refresh token',
    prefix: '1000.',
    body: '[a-f0-9]{32}\\.[a-f0-9]{32}',
    envName: 'ZOHO_REFRESH_TOKEN',
    docsUrl: 'https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html',
    revocationUrl: 'https://accounts.zoho.com/home#sessions/userconnectedapps',
    revocationNote: 'Revoke refresh tokens with POST https://accounts.zoho.com/oauth/v2/token/revoke?token=… or under Connected apps.',
    sample: (g) => `1000.${g.hex(32)}.${g.hex(32)}`,
  }),
];
