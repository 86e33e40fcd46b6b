// thirdweb: thirdweb secret key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const thirdwebRules: Rule[] = [
  contextRule({
    id: 'thirdweb-secret-key',
    provider: 'thirdweb',
    family: 'infrastructure',
    description: 'thirdweb secret key',
    names: ['thirdweb'],
    keywords: ['thirdweb'],
    value: '[A-Za-z0-9_-]{86}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'THIRDWEB_SECRET_KEY',
    docsUrl: 'https://portal.thirdweb.com/account/api-keys',
    revocationUrl: 'https://thirdweb.com/dashboard/settings/api-keys',
    sample: (g) => g.base64url(86),
  }),
];
