// AppFollow: AppFollow API token (JWT).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const appfollowRules: Rule[] = [
  contextRule({
    id: 'appfollow-api-token',
    provider: 'AppFollow',
    family: 'saas',
    description: 'AppFollow API token (JWT)',
    names: ['app[_-]?follow'],
    keywords: ['appfollow', 'app_follow', 'app-follow'],
    value: 'eyJ[A-Za-z0-9_-]{20,80}\\.eyJ[A-Za-z0-9_-]{40,400}\\.[A-Za-z0-9_-]{43}',
    envName: 'APPFOLLOW_API_TOKEN',
    docsUrl: 'https://docs.api.appfollow.io/',
    revocationUrl: null,
    revocationNote: 'Revoke the token under AppFollow → Integrations → API dashboard and create a new one.',
    sample: (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(71)}.${g.base64url(43)}`,
  }),
];
