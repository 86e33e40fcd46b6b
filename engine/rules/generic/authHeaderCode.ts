// An Authorization header's credential set in code where the header rules' `Name: value` forms do not reach:
// .NET's `new AuthenticationHeaderValue("Bearer", "v")` / `("Basic", "v")`, and a header map keyed by a bare name
// (`@{ Authorization = "Basic v" }` in PowerShell, VB's `Authorization = "Bearer v"`, Python keyword arguments).
import { decodeBase64Text } from '../credentialFiles';
import { fileKind } from '../../validators/fileKind';
import { isLiteralToken, isStandIn } from '../../validators/literalArgument';
import type { MatchContext, Rule } from '../../types';

/** A JWT is reported by its own rule (which checks its header). */
const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\./;

/** Base64 of `user:password`, the password not a stand-in (a passphrase's spaces allowed, the user's not). */
function basicPair(value: string): boolean {
  const text = decodeBase64Text(value);
  if (text === undefined) return false;
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 200 || /\s/.test(text.slice(0, colon))) return false;
  const password = text.slice(colon + 1);
  return password.length >= 3 && !/^\s|\s$|\n/.test(password) && !isStandIn(password);
}

function validateHeader(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const scheme = /(Basic|Bearer|Token)\W{0,8}$/i.exec(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))?.[1]?.toLowerCase();
  if (scheme === 'basic') return basicPair(value);
  if (JWT_SHAPE.test(value)) return false;
  return isLiteralToken(value.replace(/=+$/, ''), 16);
}

export const authHeaderCodeRule: Rule = {
  id: 'authorization-header-in-code',
  provider: 'HTTP auth',
  family: 'token-format',
  priority: 'format',
  description: "Credential of an Authorization header set in code (.NET AuthenticationHeaderValue, a header map's bare Authorization key)",
  keywords: ['authenticationheadervalue', 'authorization =', 'authorization='],
  keywordWindow: { before: 0, after: 2200 },
  pattern:
    /(?:AuthenticationHeaderValue[ \t]{0,2}\([ \t]{0,4}"(?:Basic|Bearer|Token)"[ \t]{0,4},[ \t]{0,4}"|(?<![\w"'.-])Authorization[ \t]{0,4}=[ \t]{0,4}["'](?:Basic|Bearer|Token)[ \t]{1,4})(?<secret>[A-Za-z0-9._~+/=-]{8,2048})["']/,
  validate: validateHeader,
  skipPlaceholderCheck: true,
  envName: 'API_TOKEN',
  severity: 'error',
  docsUrl: 'https://www.rfc-editor.org/rfc/rfc7235',
  revocationUrl: null,
  revocationNote: 'Revoke the token (or change the password a Basic value decodes to) at the service it is sent to, and read it from a secret store.',
  examples: {
    positives: (g) => [
      `client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${g.s(g.alnum(40))}");`,
      `http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${g.s(Buffer.from(`acme:${g.alnum(16)}`).toString('base64'))}");`,
      `$headers = @{ Authorization = "Basic ${g.s(Buffer.from(`deploy:${g.alnum(14)}`).toString('base64'))}" }`,
      `$headers = @{ Authorization = "Bearer ${g.s(g.hex(40))}"; Accept = "application/json" }`,
    ],
    negatives: (g) => [
      'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);',
      `$headers = @{ Authorization = "Basic ${Buffer.from('user:password').toString('base64')}" }`,
      `$headers = @{ Authorization = "Bearer $token" }`,
      `http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${g.alnum(20)}");`,
    ],
  },
};
