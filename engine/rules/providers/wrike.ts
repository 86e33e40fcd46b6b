// Wrike: wrike permanent access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const wrikeRules: Rule[] = [
  contextRule({
    id: 'wrike-access-token',
    provider: 'Wrike',
    family: 'saas',
    description: 'Wrike permanent access token',
    names: ['wrike'],
    keywords: ['wrike'],
    value: 'eyJ[A-Za-z0-9_-]{20,80}\\.eyJ[A-Za-z0-9_-]{200,500}\\.[A-Za-z0-9_-]{40,100}',
    maxValueLength: 700,
    envName: 'WRIKE_ACCESS_TOKEN',
    docsUrl: 'https://developers.wrike.com/oauth-20-authorization/',
    revocationUrl: 'https://www.wrike.com/frontend/apps/index.html#/api',
    sample: (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(300)}.${g.base64url(43)}`,
  }),
];
