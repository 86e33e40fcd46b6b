// The bind password of an LDAP client or server config (nss-pam-ldapd's nslcd.conf and pam_ldap's ldap.conf `bindpw`,
// slapd.conf `rootpw`) pasted where the generic rules do not read blank-separated lines: a setup note, a commented-out
// block kept for reference (`#   bindpw …`). What keeps it that config: the DN it binds as (`binddn` / `rootdn`) a few
// lines above, written the same way.
import { passwordVerdict } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';

/** The DN's line (`binddn` for `bindpw`, `rootdn` for `rootpw`), then at most three lines up to the password's. */
const dnAbove = (dn: string) => new RegExp(`(?:^|\\n)[ \\t]*(?:#[ \\t]{0,6})?${dn}[ \\t]+"?(?:cn|uid)=[^\\n]{1,200}(?:\\n[^\\n]{0,200}){0,3}\\n[^\\n]{0,12}$`, 'i');
const BIND_DN_ABOVE = dnAbove('binddn');
const ROOT_DN_ABOVE = dnAbove('rootdn');

function validateBindPassword(value: string, ctx: MatchContext): boolean {
  if (isHashOrEncrypted(value) || passwordVerdict(value, 'bindpw') !== undefined) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
  return ((ctx.keyName ?? '').toLowerCase() === 'rootpw' ? ROOT_DN_ABOVE : BIND_DN_ABOVE).test(before);
}

/**
 * Apache mod_authnz_ldap's `AuthLDAPBindPassword` (rw-dev2): the directive holds the bind password and nothing else,
 * in an httpd.conf or pasted into a README's code block, where the generic rules read docs strictly. Apache 2.4 also
 * takes `exec:/path/to/program`, which prints the password: that is no value.
 */
function validateApacheBindPassword(value: string): boolean {
  return !/^(?:exec|env|file):/i.test(value) && !isHashOrEncrypted(value) && passwordVerdict(value, 'AuthLDAPBindPassword', { compoundWords: true }) === undefined;
}

export const ldapBindPasswordRules: Rule[] = [
  {
    id: 'apache-ldap-bind-password',
    provider: 'LDAP',
    family: 'credential-file',
    priority: 'context',
    description: "Apache mod_authnz_ldap's AuthLDAPBindPassword directive (httpd.conf, or a config pasted into docs)",
    keywords: ['authldapbindpassword'],
    // The match starts at the line's indentation before the directive.
    keywordWindow: { before: 48, after: 160 },
    pattern: /(?:^|\n)[ \t]*(?:#[ \t]{0,6})?(?<key>AuthLDAPBindPassword)[ \t]{1,8}(?<q>"?)(?<secret>[^\s"]{6,128})\k<q>[ \t]*(?=\r?\n|$)/i,
    validate: validateApacheBindPassword,
    envName: 'LDAP_BIND_PASSWORD',
    severity: 'error',
    docsUrl: 'https://httpd.apache.org/docs/2.4/mod/mod_authnz_ldap.html#authldapbindpassword',
    revocationUrl: null,
    revocationNote: "Change the bind account's password in the directory, then have Apache read it with `exec:` from a root-only script.",
    examples: {
      positives: (g) => [
        `    <Location /intranet>\n        AuthLDAPBindDN "cn=apache,ou=svc,dc=acme,dc=local"\n        AuthLDAPBindPassword "${g.s(`${g.pick(['granite', 'walrus', 'pepper'])}_${g.pick(['harbor', 'lantern'])}_${g.lower(6)}`)}"\n    </Location>\n`,
        `AuthLDAPBindPassword ${g.s(humanPassword(g))}\n`,
      ],
      negatives: () => ['AuthLDAPBindPassword "exec:/usr/local/bin/get-ldap-pw.sh"\n', 'AuthLDAPBindPassword "${LDAP_BIND_PW}"\n', 'AuthLDAPBindPassword changeme\n'],
    },
  },
  {
    id: 'ldap-bind-password',
    provider: 'LDAP',
    family: 'credential-file',
    priority: 'context',
    description: 'An LDAP bind password (bindpw / rootpw) under its bind DN in a pasted or commented-out ldap.conf, nslcd.conf or slapd.conf',
    keywords: ['bindpw', 'rootpw'],
    keywordWindow: { before: 16, after: 140 },
    pattern: /(?:^|\n)[ \t]*(?:#[ \t]{0,6})?(?<key>bindpw|rootpw|BINDPW|ROOTPW)[ \t]{1,8}(?<secret>[^\s"'#]{6,128})[ \t]*(?=\r?\n|$)/,
    validate: validateBindPassword,
    envName: 'LDAP_BIND_PASSWORD',
    severity: 'error',
    docsUrl: 'https://linux.die.net/man/5/nslcd.conf',
    revocationUrl: null,
    revocationNote: "Change the bind account's password in the directory, then in every client config (or point them at a root-only bindpw file).",
    examples: {
      positives: (g) => [
        `# /etc/nslcd.conf on the jump host\nuri ldaps://ldap.corp.local\nbinddn cn=nslcd,ou=svc,dc=corp,dc=local\nbindpw ${g.s(g.alnum(16))}\n`,
        `# old config, kept for reference:\n#   binddn cn=nslcd,ou=dienste,dc=werkstatt,dc=example\n#   bindpw ${g.s(`${g.alnum(10)}*`)}\n`,
      ],
      negatives: (g) => [
        `bindpw ${g.alnum(16)}\n`,
        `binddn cn=nslcd,ou=svc,dc=corp,dc=local\nbindpw {SSHA}${g.base64(32)}\n`,
        `binddn cn=nslcd,ou=svc,dc=corp,dc=local\nbindpw changeme\n`,
        `The bindpw option sets the password; see binddn.\n`,
      ],
    },
  },
];
