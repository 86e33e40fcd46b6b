// Netscape cookie files (`cookies.txt`): what curl -c, wget --save-cookies, yt-dlp and the browser extensions that
// export cookies write, one cookie a line: domain, subdomains flag, path, secure flag, expiry, name, value, separated
// by tabs. Found while tuning on rw-dev12's web part: a forum's or hosting panel's login cookies attached to a ticket.
// There is no `Cookie:` header to wake the session-cookie rule; the seven tab-separated fields are the context, and
// the name says whether the cookie is a login's (session, remember-me, auth) or only a preference or tracker.
import type { Rule } from '../types';
import { isLiteralToken } from '../validators/literalArgument';

/** Cookie names of logins: sessions, remember-me and auth cookies (`PHPSESSID`, `xf_user`, `remember_token`). */
const LOGIN_COOKIE = /sess|(?:^|[_.-])sid$|^sid|auth|token|remember|logged|login|(?:^|[_.-])user$|jwt|sso/i;

export const cookieJarRules: Rule[] = [
  {
    id: 'cookie-jar-session',
    provider: 'HTTP auth',
    family: 'generic',
    priority: 'generic',
    description: 'Login cookie in a Netscape cookie file (cookies.txt from curl, wget, yt-dlp or a browser export)',
    keywords: ['\ttrue\t', '\tfalse\t'],
    keywordWindow: { before: 300, after: 4400 },
    pattern: /^(?:#HttpOnly_)?[^\s#][^\t\r\n]{0,253}\t(?:TRUE|FALSE)\t[^\t\r\n]{1,256}\t(?:TRUE|FALSE)\t-?\d{1,12}\t(?<key>[^\t\r\n]{1,128})\t(?<secret>[^\t\r\n]{1,4096})/m,
    validate: (value, ctx) => {
      const name = ctx.keyName ?? '';
      if (!LOGIN_COOKIE.test(name) || /csrf|xsrf/i.test(name)) return false;
      // XenForo and others prefix the user's id (`41623%2C…`, `1234|…`): the token follows it.
      const v = value
        .replace(/^[0-9]{1,12}(?:%2C|%7C|,|\|)/i, '')
        .replace(/(?:%3D)+$/i, '')
        .replace(/=+$/, '');
      return isLiteralToken(v, 16) || (/^[a-z0-9]{24,}$/.test(v) && !/^(.)\1+$/.test(v));
    },
    envName: 'SESSION_COOKIE',
    severity: 'error',
    docsUrl: 'https://curl.se/docs/http-cookies.html',
    revocationUrl: null,
    revocationNote: 'Log the session out (or invalidate all sessions of that user) at the site; a cookie file gives the same access as the login.',
    examples: {
      positives: (g) => [
        `# Netscape HTTP Cookie File\n.example.org\tTRUE\t/\tTRUE\t1767225600\tPHPSESSID\t${g.s(g.lower(26))}\n`,
        `#HttpOnly_.forum.example\tTRUE\t/\tTRUE\t1767225600\txf_user\t${g.s(`${g.digits(5)}%2C${g.base64url(32)}`)}\n`,
        `shop.example.com\tFALSE\t/\tFALSE\t0\tsessionid\t${g.s(g.alnum(32))}\n`,
      ],
      negatives: (g) => [
        `.example.org\tTRUE\t/\tFALSE\t1767225600\t_ym_uid\t${g.digits(19)}\n`,
        `.example.org\tTRUE\t/\tFALSE\t1767225600\tlang\tru\n`,
        `.example.org\tTRUE\t/\tTRUE\t1767225600\txf_csrf\t${g.base64url(16)}\n`,
        `.example.org\tTRUE\t/\tFALSE\t1767225600\tsession_seen\ttrue\n`,
      ],
    },
  },
];
