// EZproxy's user.txt: local accounts one a line (`walkin1:<password>`, with options after a second colon:
// `libsysadmin:<password>:Admin`, `trial:<password>:Comment=…`), and the `::LDAP` block's `BindPassword <value>` under
// its `BindUser` line. No key word names a local account's password: the file's name and EZproxy's own directives
// (`::LDAP`, `IfUnauthenticated`) or folder do, so that rule runs only on `user.txt`. And EZproxy's session cookies
// (`ezproxy`, `ezproxyl`, `ezproxyn`) in a Cookie header copied from a browser: shorter (15 characters) than the
// generic session-cookie rule asks for.
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { humanPassword, twoWordPassword } from './humanPasswords';
import { isLiteralPassword, isLiteralToken, isPasswordHash } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';

const USER_TXT_PATH = /(?:^|[\\/])user\.txt$/i;

/** EZproxy's folder in the path, or its user.txt directives in the text (`::LDAP`, `::CGI=`, `IfUnauthenticated`). */
const EZPROXY_PATH = /ezproxy/i;
const EZPROXY_DIRECTIVE =
  /^(?:::(?:LDAP|CGI|Common|File|Radius|CAS|Shibboleth|Ticket|auth|Group)\b|\/(?:LDAP|CGI|Common|Radius|CAS|Shibboleth)\b|(?:If(?:Unauthenticated|User|Group)|Set(?:Group|Debug)|BindUser)\b)/im;

/** Longer texts are no user.txt. */
const MAX_FILE = 65536;

/** A user.txt of EZproxy's; without a path (stdin, an unsaved buffer) a text with EZproxy's own directives. */
const ezproxyUserFile = (text: string, path: string | undefined) =>
  text.length <= MAX_FILE && (path === undefined ? EZPROXY_DIRECTIVE.test(text) : USER_TXT_PATH.test(path) && (EZPROXY_PATH.test(path) || EZPROXY_DIRECTIVE.test(text)));

const plainPassword = (value: string) => !/^(?:\/|~\/|\.\.?\/|\$|%)/.test(value) && isLiteralPassword(value) && !isPasswordHash(value) && !isHashOrEncrypted(value);

/** The `BindUser` line of the same block, at most three lines above the password's. */
const BIND_USER_ABOVE = /(?:^|\n)[ \t]{0,8}BindUser[ \t]{1,8}[^\s][^\n]{0,200}(?:\n[^\n]{0,200}){0,3}\n[ \t]{0,8}BindPassword[ \t]{1,8}$/;

/** A cookie context on the line before the name: `Cookie:`, `Set-Cookie:`, curl's `-b` / `--cookie`. */
const COOKIE_BEFORE = /(?:cookie[ \t]{0,4}[:=]|(?:^|[ \t])(?:-b|--cookie)[ \t]{1,4}["']?)[^\n]{0,400}$/i;

export const ezproxyUserRules: Rule[] = [
  {
    id: 'ezproxy-user-password',
    provider: 'EZproxy',
    family: 'credential-file',
    priority: 'context',
    description: "A local account's password in EZproxy's user.txt (`user:password`, options after a second colon)",
    keywords: [] as string[],
    appliesToPath: (path) => path === undefined || USER_TXT_PATH.test(path),
    appliesToText: (text, path) => ezproxyUserFile(text, path),
    // The line: a user name, a colon, the password, then the line's end or a colon before its options.
    pattern: /(?<=^|\n)[A-Za-z0-9_][\w.@-]{0,63}:(?<secret>[^\s:]{4,128})(?=:[^\r\n]{0,200}(?:\r?\n|$)|\r?\n|$)/,
    // plainPassword reads a run of digits as a password too (a PIN-like password is still one here).
    skipPlaceholderCheck: true,
    validate: (secret: string, ctx: MatchContext) => ezproxyUserFile(ctx.text, ctx.path) && plainPassword(secret),
    envName: 'EZPROXY_PASSWORD',
    severity: 'error',
    docsUrl: 'https://help.oclc.org/Library_Management/EZproxy/Authenticate_users/EZproxy_authentication_methods/Text_file_authentication',
    revocationUrl: null,
    revocationNote: "Change the account's password in user.txt (or move the account to the campus directory), then keep user.txt out of the repository.",
    examples: {
      positives: (g) => [
        `# local accounts\nwalkin1:${g.s(humanPassword(g))}\n::LDAP\nBindUser CN=svc,DC=campus,DC=example\n/LDAP\n`,
        `ebsco_trial:${g.s(humanPassword(g))}:Comment=Trial\nlibadmin:${g.s(g.alnum(14))}:Admin\nIfUnauthenticated; Stop\n`,
      ],
      negatives: (g) => [
        // A user.txt of another tool, a placeholder, and EZproxy's own directives.
        `walkin1:${humanPassword(g)}\n`,
        `walkin1:<password>\n::CGI=https://login.example.edu/ezproxy?url=^R\nIfUnauthenticated; Stop\n`,
        `::LDAP\nURL ldaps://ad.example.edu/OU=People?sAMAccountName\nIfUnauthenticated; Stop\n/LDAP\n`,
      ],
    },
  },
  {
    id: 'ezproxy-bind-password',
    provider: 'EZproxy',
    family: 'credential-file',
    priority: 'context',
    description: "The LDAP bind password of EZproxy's `::LDAP` block (`BindPassword` under `BindUser`)",
    keywords: ['bindpassword'],
    keywordWindow: { before: 16, after: 160 },
    pattern: /(?:^|\n)[ \t]*BindPassword[ \t]{1,8}(?<secret>[^\s"'#]{4,128})[ \t]*(?=\r?\n|$)/,
    validate: (secret: string, ctx: MatchContext) =>
      BIND_USER_ABOVE.test(ctx.text.slice(Math.max(0, ctx.start - 900), ctx.start)) && !/^(?:-crypt=|\$)/i.test(secret) && plainPassword(secret) && passwordVerdict(secret, 'BindPassword') === undefined,
    envName: 'LDAP_BIND_PASSWORD',
    severity: 'error',
    docsUrl: 'https://help.oclc.org/Library_Management/EZproxy/Authenticate_users/EZproxy_authentication_methods/LDAP_authentication',
    revocationUrl: null,
    revocationNote: "Change the bind account's password in the directory, then in EZproxy's user.txt.",
    examples: {
      positives: (g) => [
        `::LDAP\nBindUser CN=svc-ezproxy,OU=Service,DC=campus,DC=example\nBindPassword ${g.s(twoWordPassword(g, '!'))}\nURL ldaps://ad.campus.example/OU=People?sAMAccountName\n/LDAP\n`,
        `::LDAP\nBindUser svc-ezproxy@campus.example\n  BindPassword ${g.s(g.alnum(18))}\nIfUnauthenticated; Stop\n/LDAP\n`,
      ],
      negatives: (g) => [`BindPassword ${humanPassword(g)}\n`, `::LDAP\nBindUser CN=svc,DC=campus,DC=example\nBindPassword -Crypt=${g.base64(24)}\n`, `BindUser CN=svc,DC=x\nBindPassword <password>\n`],
    },
  },
  {
    id: 'ezproxy-session-cookie',
    provider: 'EZproxy',
    family: 'generic',
    priority: 'context',
    description: "EZproxy's session cookie (ezproxy / ezproxyl / ezproxyn) in a Cookie header or curl -b",
    keywords: ['ezproxy'],
    keywordWindow: { before: 8, after: 80 },
    pattern: /(?<![\w.-])ezproxy[ln]?=(?<secret>[A-Za-z0-9]{12,64})(?=[;\s"']|$)/,
    validate: (secret: string, ctx: MatchContext) => {
      const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 600);
      return COOKIE_BEFORE.test(ctx.text.slice(lineStart, ctx.start)) && /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret) && isLiteralToken(secret, 12);
    },
    envName: 'SESSION_COOKIE',
    severity: 'error',
    docsUrl: 'https://help.oclc.org/Library_Management/EZproxy/Configure_resources/Cookie',
    revocationUrl: null,
    revocationNote: "End the session in EZproxy's admin (/admin, Sessions), or let it expire; a copied session cookie opens the licensed resources as that user.",
    examples: {
      positives: (g) => [
        `Cookie: ezproxy=${g.s(g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 5) + g.chars('abcdefghjkmnpqrstuvwxyz', 5) + g.digits(5))}; _ga=GA1.2.${g.digits(10)}.${g.digits(10)}`,
        `curl -b 'ezproxyl=${g.s(g.chars('abcdefghjkmnpqrstuvwxyz', 4) + g.digits(4) + g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 7))}' https://ezproxy.library.example.edu/login`,
      ],
      negatives: (g) => [`Name ezproxy.library.example.edu`, `Cookie: ezproxy=${g.lower(15)}`, `the ezproxy=SESSIONID cookie`, `https://login.ezproxy.example.edu/login?url=${g.alnum(15)}`],
    },
  },
];
