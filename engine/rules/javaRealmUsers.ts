// Users kept in a Java server's own properties file, the password as the value and nothing naming it: Jetty's
// HashLoginService `realm.properties` (ActiveMQ's and Karaf's consoles use it: `admin: <password>, admin`), ActiveMQ
// and Karaf `users.properties`, and Quarkus' embedded users (`quarkus.security.users.embedded.users.ops=<password>`).
// The file or the property path says the value is a password.
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';

/** Properties files whose lines are `user: password[, role …]` (Jetty's realm format). */
const REALM_FILE = /(?:^|[\\/])(?:[\w.-]{0,40}realm|users|credentials)\.properties$/i;

function isPassword(value: string): boolean {
  return passwordVerdict(value, 'password', { compoundWords: true }) === undefined;
}

function validateRealmLine(value: string, ctx: MatchContext): boolean {
  // The file says so by its name, or by naming the realm format in a remark (`# jetty-realm.properties format`); text
  // without a path (stdin) only by the remark.
  const path = ctx.path ?? '';
  const remark = /realm\.properties|HashLoginService/i.test(ctx.text.slice(0, 4000));
  const named = ctx.path === undefined ? remark : REALM_FILE.test(path) && (/realm/i.test(path) || remark);
  return named && !/^(?:MD5|CRYPT|OBF|SHA[\w-]*):/i.test(value) && isPassword(value);
}

export const javaRealmUserRules: Rule[] = [
  {
    id: 'jetty-realm-user-password',
    provider: 'Jetty',
    family: 'credential-file',
    priority: 'context',
    severity: 'warning',
    description: 'Password of a user in a Jetty realm.properties file (`user: password, role`; ActiveMQ, Karaf consoles)',
    // No keyword says it (any line `name: value, role`): the rule runs only on the realm files' paths.
    keywords: [],
    pattern: /^[ \t]{0,8}[A-Za-z][\w.@-]{0,63}[ \t]{0,4}[:=][ \t]{0,4}(?<secret>[^\s,#]{4,128})[ \t]{0,4},[ \t]{0,4}[\w-]{1,40}(?:[ \t]{0,4},[ \t]{0,4}[\w-]{1,40}){0,8}[ \t]*\r?$/m,
    appliesToPath: (path) => path === undefined || REALM_FILE.test(path),
    skipPlaceholderCheck: true,
    validate: validateRealmLine,
    envName: 'CONSOLE_PASSWORD',
    docsUrl: 'https://jetty.org/docs/jetty/12/operations-guide/security/configuring-authentication.html',
    revocationUrl: null,
    revocationNote: "Change the user's password, and store it obfuscated or hashed (`OBF:`, `MD5:`, `CRYPT:`) or in a JAAS/LDAP realm instead of plain text.",
    examples: {
      positives: (g) => [
        `# jetty-realm.properties format: username: password [,rolename ...]\nadmin: ${g.s(`${g.pick(['Harbor', 'Copper'])}-${g.lower(5)}-${g.lower(6)}-${g.lower(4)}`)}, admin\nuser: ${g.s(g.alnum(16))}, user\n`,
        `# ActiveMQ web console users (conf/jetty-realm.properties)\nadmin: ${g.s(`${g.pick(['Harbor', 'Copper'])}${g.digits(3)}!${g.lower(4)}`)}, admin\n`,
      ],
      negatives: (g) => [`admin: MD5:${g.hex(32)}, admin\n`, `admin: \${ADMIN_PASSWORD}, admin\n`, 'guest: guest, viewer\n'],
    },
  },
  {
    id: 'quarkus-embedded-user-password',
    provider: 'Quarkus',
    family: 'generic',
    priority: 'context',
    severity: 'warning',
    description: 'Password of a Quarkus embedded user (`quarkus.security.users.embedded.users.<name>=…`)',
    keywords: ['security.users.embedded.users.'],
    keywordWindow: { before: 20, after: 200 },
    pattern: /security\.users\.embedded\.users\.[\w.-]{1,60}[ \t]{0,4}[=:][ \t]{0,4}(?<secret>[^\s#]{4,128})/,
    skipPlaceholderCheck: true,
    validate: (value) => !/^\$\{/.test(value) && isPassword(value),
    envName: 'QUARKUS_USER_PASSWORD',
    docsUrl: 'https://quarkus.io/guides/security-properties',
    revocationUrl: null,
    revocationNote: "Change the user's password; keep plain-text embedded users to dev profiles, or store MD5 digests (`plain-text=false`).",
    examples: {
      positives: (g) => [
        `quarkus.security.users.embedded.plain-text=true\nquarkus.security.users.embedded.users.ops=${g.s(`${g.lower(2)}${g.digits(1)}${g.lower(6)}&${g.digits(2)}`)}\n`,
        `%dev.quarkus.security.users.embedded.users.alice=${g.s(g.alnum(16))}\n`,
      ],
      negatives: () => ['quarkus.security.users.embedded.users.ops=${OPS_PASSWORD}\n', 'quarkus.security.users.embedded.roles.ops=admin,user\n'],
    },
  },
];
