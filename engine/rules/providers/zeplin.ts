// Zeplin: zeplin personal access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const zeplinRules: Rule[] = [
  contextRule({
    id: 'zeplin-access-token',
    provider: 'Zeplin',
    family: 'saas',
    description: 'Zeplin personal access token',
    names: ['zeplin'],
    keywords: ['zeplin'],
    value: 'eyJ[A-Za-z0-9_-]{20,80}\\.eyJ[A-Za-z0-9_-]{150,400}\\.[A-Za-z0-9_-]{40,100}',
    envName: 'ZEPLIN_ACCESS_TOKEN',
    docsUrl: 'https://docs.zeplin.dev/docs/authentication',
    revocationUrl: 'https://app.zeplin.io/profile/developer',
    sample: (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(250)}.${g.base64url(43)}`,
  }),
];
