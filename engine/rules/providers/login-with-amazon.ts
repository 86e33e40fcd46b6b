// Login with Amazon (LWA): OAuth client secrets (the prefix amzn1.oa2-cs.v1. then 64 hex digits), with the client ID they
// belong to; LWA access (`Atza|`) and refresh (`Atzr|`) tokens, which the Selling Partner API uses.
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
    // The client ID it belongs to is public but is half of the credential.
    parts: [
      {
        id: 'client-id',
        label: 'client ID',
        pattern: /(?<![A-Za-z0-9.])(?<secret>amzn1\.application-oa2-client\.[a-f0-9]{32})(?![A-Za-z0-9])/,
        envName: 'LWA_CLIENT_ID',
        maskPrefix: /^amzn1\.application-oa2-client\./,
      },
    ],
    positives: (g) => [`LWA_CLIENT_ID=${g.p(`amzn1.application-oa2-client.${g.hex(32)}`)}\nLWA_CLIENT_SECRET=${g.s(`amzn1.oa2-cs.v1.${g.hex(64)}`)}\n`],
  }),
  tokenRule({
    id: 'login-with-amazon-access-token',
    provider: 'Login with Amazon',
    family: 'cloud',
    description: 'Login with Amazon / Selling Partner API access token (Atza|…)',
    // In a query string the bar is percent-encoded.
    prefix: ['Atza|', 'Atza%7C', 'Atza%7c'],
    body: '[A-Za-z0-9_-]{80,1000}',
    envName: 'LWA_ACCESS_TOKEN',
    docsUrl: 'https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api',
    revocationUrl: null,
    revocationNote: 'Access tokens expire within an hour; revoke the refresh token that minted it (the app’s authorization in Seller Central → Manage your apps).',
    sample: (g) => `Atza|${g.base64url(110)}`,
  }),
  tokenRule({
    id: 'login-with-amazon-refresh-token',
    provider: 'Login with Amazon',
    family: 'cloud',
    description: 'Login with Amazon / Selling Partner API refresh token (Atzr|…)',
    // In a query string the bar is percent-encoded.
    prefix: ['Atzr|', 'Atzr%7C', 'Atzr%7c'],
    body: '[A-Za-z0-9_-]{80,1000}',
    envName: 'LWA_REFRESH_TOKEN',
    docsUrl: 'https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api',
    revocationUrl: 'https://sellercentral.amazon.com/apps/manage',
    revocationNote: 'Remove the app’s authorization (Manage your apps) to invalidate the refresh token, then authorize again.',
    sample: (g) => `Atzr|${g.base64url(110)}`,
  }),
];
