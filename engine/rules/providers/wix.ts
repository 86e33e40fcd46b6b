// Wix API keys: `IST.` and a JWT.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const wixRules: Rule[] = [
  tokenRule({
    id: 'wix-api-key',
    provider: 'Wix',
    family: 'saas',
    description: 'Wix API key',
    prefix: 'IST.eyJ',
    body: '[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{50,2000}\\.[A-Za-z0-9_-]{300,700}',
    envName: 'WIX_API_KEY',
    docsUrl: 'https://dev.wix.com/docs/go-headless/coding/authentication/admin-operations/authenticate-with-an-api-key',
    revocationUrl: 'https://manage.wix.com/account/api-keys',
    sample: (g) => `IST.eyJ${g.base64url(40)}.eyJ${g.base64url(300)}.${g.base64url(342)}`,
  }),
];
