// Login with Amazon (LWA) OAuth client secrets: `amzn1.oa2-cs.v1.` + 64 hex digits.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const loginWithAmazonRules: Rule[] = [
  tokenRule({
    id: 'login-with-amazon-client-secret',
    provider: 'Login with Amazon',
    family: 'cloud',
    description: 'Login with Amazon client secret',
    prefix: 'amzn1.oa2-cs.v1.',
    body: '[a-f0-9]{64}',
    envName: 'LWA_CLIENT_SECRET',
    docsUrl: 'https://developer.amazon.com/docs/login-with-amazon/security-profile.html',
    revocationUrl: null,
    revocationNote: 'Rotate the client secret on the security profile in the Amazon Developer Console (Login with Amazon → Security Profiles).',
    sample: (g) => `amzn1.oa2-cs.v1.${g.hex(64)}`,
    negatives: (g) => [
      `LWA_CLIENT_SECRET="AMZN1.OA2-CS.V1.${g.hex(64)}"`, // prefix in the wrong case
      `LWA_CLIENT_ID="amzn1.application-oa2-client.${g.hex(32)}"` /* the client ID */,
    ],
  }),
];
