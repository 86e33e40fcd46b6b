// Netlify locks a site with a header, `Basic-Auth = "<user>:<password> <user2>:<password2>"` in netlify.toml's `[headers.values]`, or
// `Basic-Auth: <user>:<password> …` in a `_headers` file: several `user:password` pairs separated by blanks, each one a
// login to the site (rw-dev12).
import { lineStartNear } from '../../detect/lineStartNear';
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** The pair's line opens with the header's name and its separator (the pairs before this one in between). */
const HEADER_BEFORE = /^[ \t]{0,16}["']?Basic-Auth["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:[^\s:"']{1,40}:[^\s"']{1,64}[ \t]{1,4}){0,8}$/i;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 400);
  const userStart = ctx.text.lastIndexOf(' ', ctx.start) + 1;
  const before = ctx.text.slice(lineStart, Math.max(lineStart, Math.min(userStart, ctx.start)));
  if (!HEADER_BEFORE.test(before.replace(/["'][^\s:"']{1,40}:$/, ''))) return false;
  return passwordVerdict(value, 'password', { quote: '"', strict: kind === 'test', compoundWords: kind !== 'test' }) === undefined;
}

export const netlifyBasicAuthRule: Rule = {
  id: 'netlify-basic-auth-header',
  provider: 'Netlify',
  family: 'generic',
  priority: 'generic',
  description: "Password in Netlify's `Basic-Auth` header (netlify.toml or _headers): user:password pairs",
  keywords: ['basic-auth'],
  keywordWindow: { before: 40, after: 420 },
  pattern: /(?<=[\s"'=:])[\w.@+-]{1,40}:(?<secret>[^\s"':]{4,64})(?=[\s"']|$)/,
  validate,
  envName: 'SITE_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://docs.netlify.com/security/secure-access-to-sites/password-protection/',
  revocationUrl: null,
  revocationNote: "Change the pair in the site's headers (or use Netlify's site-wide password from the UI), then redeploy.",
  examples: {
    positives: (g) => [
      `[[headers]]\n  for = "/*"\n  [headers.values]\n    Basic-Auth = "redactie:${g.s(`${g.lower(8)}&${g.digits(2)}`)} klant:${g.s(`${g.pick(['Molen', 'Tulp'])}${g.lower(3)}@${g.digits(4)}`)}"`,
      `/*\n  Basic-Auth: preview:${g.s(`${g.alnum(12)}`)}`,
    ],
    negatives: (g) => [`Basic-Auth = "someuser:somepassword"`, `X-Frame-Options = "DENY"\nCache-Control = "max-age:${g.digits(4)}"`],
  },
};
