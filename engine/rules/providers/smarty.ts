// Smarty (SmartyStreets): smarty (SmartyStreets) auth token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const smartyRules: Rule[] = [
  contextRule({
    id: 'smarty-auth-token',
    provider: 'Smarty (SmartyStreets)',
    family: 'saas',
    description: 'Smarty (SmartyStreets) auth token',
    names: ['smarty[_.-]?streets', 'smarty[_.-]?auth'],
    keywords: ['smartystreets', 'smarty_streets', 'smarty-streets', 'smarty.streets', 'smartyauth', 'smarty_auth', 'smarty-auth', 'smarty.auth'],
    value: '[A-Za-z0-9]{20}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SMARTY_AUTH_TOKEN',
    docsUrl: 'https://www.smarty.com/docs/cloud/authentication',
    revocationUrl: 'https://www.smarty.com/account/keys',
    sample: (g) => g.alnum(20),
  }),
];
