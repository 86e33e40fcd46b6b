// Box: Box app client secret, Box developer token.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const boxRules: Rule[] = [
  contextRule({
    id: 'box-client-secret',
    provider: 'Box',
    family: 'saas',
    description: 'Box app client secret',
    names: ['box[_-]?(?:client|app|oauth)[a-z_-]{0,8}secret'],
    keywords: ['box_client', 'boxclient', 'box-client', 'box_app', 'boxapp', 'box-app', 'box_oauth', 'boxoauth', 'box-oauth'],
    value: '[A-Za-z0-9]{32}',
    envName: 'BOX_CLIENT_SECRET',
    docsUrl: 'https://developer.box.com/guides/authentication/oauth2/',
    revocationUrl: 'https://app.box.com/developers/console',
    revocationNote: 'Reset the client secret under the app → Configuration in the Box developer console (needs a second-factor check).',
    sample: (g) => g.alnum(32),
    parts: [namedPart({ id: 'client-id', label: 'client ID', names: ['box[_-]?client[_-]?id'], value: '[a-z0-9]{32}', envName: 'BOX_CLIENT_ID' })],
    positives: (g) => [`BOX_CLIENT_ID=${g.p(g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}\nBOX_CLIENT_SECRET=${g.s(g.alnum(32))}\n`],
  }),
  contextRule({
    id: 'box-developer-token',
    provider: 'Box',
    family: 'saas',
    description: 'Box developer token',
    names: ['box[_-]?(?:developer|dev|access)[_-]?token'],
    keywords: ['box_dev', 'boxdev', 'box-dev', 'box_access', 'boxaccess', 'box-access'],
    value: '[A-Za-z0-9]{32}',
    envName: 'BOX_DEVELOPER_TOKEN',
    docsUrl: 'https://developer.box.com/guides/authentication/tokens/developer-tokens/',
    revocationUrl: 'https://app.box.com/developers/console',
    revocationNote: 'Developer tokens expire after an hour; revoke it sooner under the app → Configuration → Developer token.',
    sample: (g) => g.alnum(32),
  }),
];
