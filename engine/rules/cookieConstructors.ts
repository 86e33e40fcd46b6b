// A session cookie built in code from its name and value: the browser's "Copy as PowerShell" writes
// `$session.Cookies.Add((New-Object System.Net.Cookie("ASP.NET_SessionId", "v", "/", "host")))` for every cookie of
// the request (rw-dev12), C# `new Cookie(".AspNetCore.Session", "v")`, Java/Selenium `new Cookie("JSESSIONID", "v")`.
// The name says whether the value is a login session's.
import { isLiteralToken } from '../validators/literalArgument';
import { fileKind } from '../validators/fileKind';
import type { Rule } from '../types';

/** Session cookies by name: `…sess…`, `…session…`, `sid`, `…auth…` / `…token`, `remember_…`; not anti-forgery ones. */
const SESSION_COOKIE = /sess|^sid$|[_.-]sid$|auth|token$|^remember[_-]|wordpress_logged_in/i;
const NOT_A_LOGIN = /csrf|xsrf|antiforgery|requestverification|consent|lang|locale|theme|tracking|^_ga|^_gid/i;

export const cookieConstructorRule: Rule = {
  id: 'session-cookie-constructor',
  provider: 'HTTP auth',
  family: 'generic',
  priority: 'generic',
  description: 'A session cookie built from its name and value in code (PowerShell New-Object System.Net.Cookie, new Cookie("JSESSIONID", "v"))',
  keywords: ['net.cookie(', 'new cookie('],
  keywordWindow: { before: 8, after: 4300 },
  pattern: /(?:System\.Net\.Cookie|\bnew[ \t]{1,2}Cookie)[ \t]{0,2}\([ \t]{0,2}["'](?<key>[^"'\s]{1,80})["'][ \t]{0,2},[ \t]{0,2}["'](?<secret>[^"'\s;,]{16,4096})["']/,
  validate: (secret, ctx) => {
    const kind = fileKind(ctx.path);
    if (kind === 'lockfile' || kind === 'minified' || kind === 'test' || kind === 'example') return false;
    const name = ctx.keyName ?? '';
    return SESSION_COOKIE.test(name) && !NOT_A_LOGIN.test(name) && isLiteralToken(secret.replace(/=+$/, ''), 16);
  },
  envName: 'SESSION_COOKIE',
  severity: 'error',
  docsUrl: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.cookie.-ctor',
  revocationUrl: null,
  revocationNote: 'Log the session out at the application (or invalidate all sessions of that user); a copied session cookie gives the same access as the login.',
  examples: {
    positives: (g) => [
      `$session.Cookies.Add((New-Object System.Net.Cookie("ASP.NET_SessionId", "${g.s(g.lower(24))}", "/", "intranet.example.de")))`,
      `$session.Cookies.Add((New-Object System.Net.Cookie(".AspNetCore.Session", "${g.s(g.base64url(120))}", "/", "intranet.example.de")))`,
      `driver.manage().addCookie(new Cookie("JSESSIONID", "${g.s(g.hex(32).toUpperCase())}"));`,
    ],
    negatives: (g) => [
      `$session.Cookies.Add((New-Object System.Net.Cookie(".AspNetCore.Antiforgery.x1", "${g.base64url(90)}", "/", "intranet.example.de")))`,
      `$session.Cookies.Add((New-Object System.Net.Cookie("lang", "de-DE", "/", "intranet.example.de")))`,
      'driver.manage().addCookie(new Cookie("JSESSIONID", sessionId));',
    ],
  },
};
