// Authress service client access keys: `sc_<client id>.<key id>.acc_<account id>.<private key>`, the
// account and the signing key in one string.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const authressRules: Rule[] = [
  tokenRule({
    id: 'authress-service-client-access-key',
    provider: 'Authress',
    family: 'infrastructure',
    description: 'Authress service client access key',
    prefix: ['sc_', 'ext_', 'authress_'],
    keywords: ['.acc_', '.acc-'],
    body: '[A-Za-z0-9]{5,40}\\.[A-Za-z0-9]{3,10}\\.acc[_-][A-Za-z0-9-]{6,40}\\.[A-Za-z0-9+/_=-]{30,120}',
    end: 'A-Za-z0-9+/_=-',
    envName: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY',
    docsUrl: 'https://authress.io/knowledge-base/docs/authorization/service-clients',
    revocationUrl: null,
    revocationNote: 'Delete the access key under Authress management portal → Service clients → the client → Access keys, then create a new one.',
    sample: (g) => `sc_${g.alnum(12)}.${g.alnum(4)}.acc_${g.alnum(10)}.${g.base64url(64)}`,
    noStandardNegatives: true,
    negatives: (g) => [`KEY=sc_${g.alnum(12)}.${g.alnum(4)}.acc_${g.alnum(10)}.${g.base64url(10)}`, `KEY=sc_${g.alnum(12)}.${g.alnum(4)}.acx_${g.alnum(10)}.${g.base64url(64)}`],
  }),
];
