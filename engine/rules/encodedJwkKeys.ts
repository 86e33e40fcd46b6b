// A private JWK written as base64 of its JSON (rw-dev19): Cloudflare Stream's signing keys come back from
// `POST /stream/keys` as `"jwk": "<base64 of {kty, n, e, d, p, q, …}>"` and are pasted so into Workers configs and
// env files; other tools store keys the same way. Decoded, the private member `d` says it is a private key; a public
// JWK (`kty`, `n`, `e` only) is none.
import type { Rule } from '../types';
import { b64urlText, base64Json } from './tokenShapes';

export const encodedJwkKeyRules: Rule[] = [
  {
    id: 'base64-private-jwk',
    provider: 'Private key',
    family: 'private-key',
    priority: 'format',
    description: 'Private JWK encoded as base64 (a JSON Web Key with its private member `d`: Cloudflare Stream signing keys)',
    // base64 of `{"kty":` (lower-cased by the prefilter).
    keywords: ['eyjrdhkioi'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>eyJrdHkiOi[A-Za-z0-9+/_-]{100,8000}={0,2})(?![A-Za-z0-9+/_=-])/,
    validate: (secret) => {
      const jwk = base64Json(secret.replace(/=+$/, ''));
      return jwk !== undefined && typeof jwk.kty === 'string' && typeof jwk.d === 'string' && jwk.d.length >= 16;
    },
    minEntropy: 0,
    envName: 'SIGNING_JWK',
    docsUrl: 'https://developers.cloudflare.com/stream/viewing-videos/securing-your-stream/',
    revocationUrl: null,
    revocationNote: 'Delete the signing key (Cloudflare Stream: `DELETE /stream/keys/<id>`), create a new one and re-sign the URLs that used it.',
    examples: {
      positives: (g) => [
        `STREAM_JWK = "${g.s(btoa(JSON.stringify({ kty: 'RSA', n: g.base64url(342), e: 'AQAB', d: g.base64url(342), p: g.base64url(171), q: g.base64url(171) })))}"`,
        `SIGNING_KEY=${g.s(b64urlText(JSON.stringify({ kty: 'EC', crv: 'P-256', x: g.base64url(43), y: g.base64url(43), d: g.base64url(43) })))}`,
      ],
      negatives: (g) => [`PUBLIC_JWK = "${btoa(JSON.stringify({ kty: 'RSA', n: g.base64url(342), e: 'AQAB' }))}"`, `x = "eyJrdHkiOi${g.base64(160)}"`],
    },
  },
];
