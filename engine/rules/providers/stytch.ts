// Stytch project secrets: `secret-live-` / `secret-test-` and a random body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const stytchRules: Rule[] = [
  tokenRule({
    id: 'stytch-live-secret',
    provider: 'Stytch',
    family: 'saas',
    description: 'Stytch live project secret',
    prefix: 'secret-live-',
    body: '[A-Za-z0-9_-]{30,48}={0,2}',
    end: 'A-Za-z0-9_=-',
    envName: 'STYTCH_SECRET',
    docsUrl: 'https://stytch.com/docs/api/authentication',
    revocationUrl: 'https://stytch.com/dashboard/api-keys',
    sample: (g) => `secret-live-${g.base64url(36)}=`,
  }),
  tokenRule({
    id: 'stytch-test-secret',
    provider: 'Stytch',
    family: 'saas',
    description: 'Stytch test project secret',
    prefix: 'secret-test-',
    body: '[A-Za-z0-9_-]{30,48}={0,2}',
    end: 'A-Za-z0-9_=-',
    severity: 'warning',
    envName: 'STYTCH_SECRET',
    docsUrl: 'https://stytch.com/docs/api/authentication',
    revocationUrl: 'https://stytch.com/dashboard/api-keys',
    sample: (g) => `secret-test-${g.base64url(36)}=`,
  }),
];
