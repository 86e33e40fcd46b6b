// Composer's auth.json logs in to private package repositories with `http-basic` pairs, and several vendors hand out
// the licence or API key as the user name (ACF PRO: the key as user, the site URL as password; Delicious Brains:
// key and secret). A generated value in `"username"` of an `http-basic` entry is then the credential.
import { isLiteralToken } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';

/** The `http-basic` object the username sits in: opened within 2,000 characters before it. */
function inHttpBasic(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.start);
  const at = before.lastIndexOf('"http-basic"');
  return at >= 0 && !/"(?:github-oauth|gitlab-token|bearer|gitlab-oauth|bitbucket-oauth)"/.test(before.slice(at));
}

/** Generated: letters and digits mixed, not an e-mail address, a name or a word. */
function generated(value: string): boolean {
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !value.includes('@') && isLiteralToken(value, 20);
}

export const composerAuthUsernameRules: Rule[] = [
  {
    id: 'composer-http-basic-key-username',
    provider: 'Composer',
    family: 'generic',
    priority: 'context',
    description: 'Licence or API key given as the user name of a Composer auth.json http-basic entry (ACF PRO, Delicious Brains)',
    keywords: ['"username"'],
    keywordWindow: { before: 0, after: 700 },
    pattern: /"username"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[A-Za-z0-9._~+/=-]{20,200})"/,
    validate: (secret, ctx) => generated(secret) && inHttpBasic(ctx),
    envName: 'COMPOSER_AUTH',
    severity: 'error',
    docsUrl: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic',
    revocationUrl: null,
    revocationNote: "Regenerate the licence or API key in the vendor's account; keep auth.json out of the repository (COMPOSER_AUTH in CI).",
    examples: {
      positives: (g) => [
        `{\n  "http-basic": {\n    "connect.advancedcustomfields.com": {\n      "username": "${g.s(g.alnum(60))}",\n      "password": "https://www.example.de"\n    }\n  }\n}\n`,
        `{"http-basic": {"composer.deliciousbrains.com": {"username": "${g.s(g.alnum(32))}", "password": "${g.alnum(40)}"}}}`,
      ],
      negatives: (g) => [
        `{\n  "http-basic": {\n    "repo.example.com": {\n      "username": "deploy-bot-2024@example.com",\n      "password": "$PASS"\n    }\n  }\n}\n`,
        `{"users": [{"username": "${g.alnum(24)}", "role": "admin"}]}`,
        `{"http-basic": {"satis.example.de": {"username": "ci_deploy_user_account_2024", "password": "x"}}}`,
      ],
    },
  },
];
