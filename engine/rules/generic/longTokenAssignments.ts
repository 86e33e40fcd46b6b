// Tokens longer than the shared assignment grammar reads (its values stop at 200 characters): a Strapi API token
// (256 hex), an OpenCart API key (256 alphanumerics), Ring's and Firebase's refresh tokens, an eBay Auth'n'Auth
// user token (`v^1.1#i^1#…`, 600+), a Defuse key (`def00000…`). Only under a name whose last word is a token's or a
// secret's (`STRAPI_BUILD_TOKEN`, `refreshToken`, `OC_API_KEY`, `new_cookie_key`), and only an unbroken run of a
// token's characters with the spread of random text.
import { keyPathAt } from '../../detect/keyedSyntax';
import { fileKind } from '../../validators/fileKind';
import { looksRandom } from '../../validators/valueStats';
import type { MatchContext, Rule } from '../../types';

/** Names of values that are long and random but no credential: public keys, page cursors, sync cursors, device push tokens, digests. */
const NOT_A_CREDENTIAL_NAME = /public|publish|page|cursor|continu|csrf|xsrf|captcha|push|device|fcm|apns|registration|sync|nonce|hash|integrity|checksum|cache|example|sample|dummy|fake|mock|placeholder/i;

function validateLongToken(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'test' || kind === 'example') return false;
  if (ctx.keyName === undefined || NOT_A_CREDENTIAL_NAME.test(ctx.keyName)) return false;
  // A JWT (`eyJ…`) or a DER body (`MII…`): the token-format and key rules read those with their own checks.
  if (/^(?:eyJ|MI[IG])/.test(value)) return false;
  // Under `encryptedData:` (Sealed Secrets, sops) or Renovate's `"encrypted": {…}`: a ciphertext, not the token.
  const keyStart = ctx.text.lastIndexOf(ctx.keyName, ctx.start);
  if (keyStart >= 0 && ctx.start - keyStart < 200 && keyPathAt(ctx.text, keyStart, ctx.keyName, 3).some((parent) => /encrypt|sealed|sops/i.test(parent))) return false;
  return looksRandom(value) && !/(.)\1{7}/.test(value);
}

export const longTokenAssignmentRule: Rule = {
  id: 'generic-long-token-assignment',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'A token of 201 to 2048 characters assigned to a name that ends in a token or secret word',
  keywords: ['token', 'secret', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'cookie_key', 'auth_key', 'authkey', 'master_key', 'license_key'],
  // The name (≤ 158 characters) ends at its word; the value (≤ 2050) follows its separator.
  keywordWindow: { before: 160, after: 2120 },
  // The name, its closing quote (escaped in a JSON string printed inside another), a separator (`=`, `:`, `=>`, a
  // call's `,` after the quoted name as in `define('X', 'v')`, a fallback's `??` / `||`), the value's opening quote.
  pattern:
    /(?<![A-Za-z0-9_])(?<key>(?:[A-Za-z][A-Za-z0-9]{0,30}[_.-]){0,4}[A-Za-z0-9]{0,30}(?:token|Token|TOKEN|secret|Secret|SECRET|(?:api|Api|API|access|Access|ACCESS|cookie|Cookie|COOKIE|auth|Auth|AUTH|master|Master|MASTER|license|License|LICENSE)[_-]?(?:key|Key|KEY)))(?![A-Za-z0-9])(?:\\{0,3}["'])?[ \t]{0,16}(?:=>|:=|=|:|\?\?|\|\||,)[ \t]{0,16}(?:\\{0,3}["'])?(?<secret>[A-Za-z0-9._~+/^#-]{201,2048}={0,2})(?![A-Za-z0-9._~+/^#=-])/,
  // Every match holds a run of 201 token characters: most windows around `token` hold none.
  windowNeeds: /[A-Za-z0-9._~+/^#-]{201}/,
  validate: validateLongToken,
  envName: 'API_TOKEN',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: 'A generic token: revoke it where it was issued and read the new one from the environment or a secret store.',
  examples: {
    positives: (g) => [
      `STRAPI_BUILD_TOKEN=${g.s(g.hex(256))}\n`,
      `define('OC_API_KEY', '${g.s(g.alnum(256))}');`,
      `    strapiToken: process.env.NUXT_STRAPI_TOKEN ?? '${g.s(g.hex(256))}',`,
      `{ "platform": "Ring", "refreshToken": "${g.s(g.base64url(300))}" }`,
      `ebay:\n  user_token: ${g.s(`v^1.1#i^1#p^3#r^1#I^3#f^0#t^${g.base64(600)}`)}\n`,
      `    'new_cookie_key' => '${g.s(`def00000${g.hex(200)}`)}',`,
      `{"state":"{\\"auth\\":{\\"refreshToken\\":\\"${g.s(g.base64url(220))}\\"}}"}`,
    ],
    negatives: (g) => [
      // The assignment grammar reads values up to 200 characters; this rule starts above.
      `API_TOKEN=${g.hex(64)}`,
      `nextPageToken: "${g.base64url(240)}"`,
      `fcm_token: ${g.base64url(220)}`,
      `publicKey: "${g.base64(392)}"`,
      `refresh_token: "eyJ${g.base64url(300)}"`,
      `token_hash = "${g.hex(256)}"`,
      `ACCESS_TOKEN=${'a'.repeat(240)}`,
      `token: ${'abcd'.repeat(60)}`,
      `spec:\n  encryptedData:\n    api-token: ${g.base64(420)}\n`,
      `{ "hostRules": [{ "matchHost": "npm.pkg.github.com", "encrypted": { "token": "${g.base64(305)}" } }] }`,
    ],
  },
};
