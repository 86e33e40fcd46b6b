// The request's Authorization header as a CGI variable in a dump of the environment: Rails' exception mails and
// error pages, phpinfo(), Django's debug page and Python's `environ` print it as `HTTP_AUTHORIZATION` in a column
// aligned far from its value (`* HTTP_AUTHORIZATION        : Basic …`, `'HTTP_AUTHORIZATION' => 'Bearer …'`),
// past the header rules' short gap.
import { isLiteralToken } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';
import { isBasicCredential } from './tokenFormats';

function validate(secret: string, ctx: MatchContext): boolean {
  const scheme = /([A-Za-z]{4,6})[ \t]{1,4}$/.exec(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))?.[1]?.toLowerCase();
  return scheme === 'basic' ? isBasicCredential(secret) : isLiteralToken(secret, 16);
}

export const cgiEnvAuthorizationRules: Rule[] = [
  {
    id: 'cgi-env-authorization',
    provider: 'HTTP Basic auth',
    family: 'token-format',
    priority: 'format',
    description: 'Authorization header printed as the CGI variable HTTP_AUTHORIZATION in an environment dump (exception mails, phpinfo, debug pages)',
    keywords: ['http_authorization'],
    keywordWindow: { before: 16, after: 700 },
    pattern:
      /(?<![A-Za-z0-9])(?:REDIRECT_)?HTTP_AUTHORIZATION["'\]]{0,2}[ \t]{0,80}(?::|=>|=|\|)[ \t]{0,80}["']?(?:Basic|Bearer|Token)[ \t]{1,4}(?<secret>[A-Za-z0-9+/_.~-]{8,600}={0,2})(?![A-Za-z0-9+/=_.~-])/i,
    validate,
    envName: 'BASIC_AUTH',
    severity: 'error',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc3875#section-4.1.18',
    revocationUrl: null,
    revocationNote: 'Change the password of the account the Basic value decodes to, or revoke the bearer token; strip Authorization from error reports.',
    examples: {
      positives: (g) => [
        `  * HTTP_AUTHORIZATION                              : Basic ${g.s(btoa(`${g.lower(6)}:${g.alnum(14)}`))}\n`,
        `    [HTTP_AUTHORIZATION] => Bearer ${g.s(g.alnum(40))}\n`,
        `environ['HTTP_AUTHORIZATION'] = 'Basic ${g.s(btoa(`${g.lower(5)}:${g.alnum(12)}`))}'`,
      ],
      negatives: (g) => [
        '  * HTTP_AUTHORIZATION                              : [FILTERED]\n',
        `    [HTTP_AUTHORIZATION] => Basic ${btoa('user:')}\n`,
        `HTTP_AUTHORIZATION = "Bearer $TOKEN"`,
        `    [HTTP_AUTHORIZATION] => Bearer ${'x'.repeat(32)}\n`,
        `export HTTP_AUTHORIZATION_HEADER=${g.lower(8)}`,
      ],
    },
  },
];
