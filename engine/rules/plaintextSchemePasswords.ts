// A password stored with a scheme prefix that says it is not encoded: Spring Security's `{noop}` (its
// DelegatingPasswordEncoder reads the rest as the password itself) and Dovecot's `{PLAIN}`, `{CLEAR}` and
// `{CLEARTEXT}` in passwd-files and SQL rows. Other prefixes (`{bcrypt}`, `{SHA512-CRYPT}`) hold verifiers.
// The prefix names the value a password under any key, in any syntax (properties, YAML, Java, a users file).
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import type { Rule } from '../types';
import { humanPassword } from './humanPasswords';

export const plaintextSchemePasswordRules: Rule[] = [
  {
    id: 'plaintext-scheme-password',
    provider: 'Generic',
    family: 'generic',
    priority: 'context',
    description: 'Password stored under a plaintext scheme prefix (Spring Security {noop}, Dovecot {PLAIN} or {CLEAR})',
    keywords: ['{noop}', '{plain}', '{clear}', '{cleartext}'],
    // Dovecot's passwd-file separates fields with `:`; a Spring value ends at its quote or the line's end.
    pattern: /\{(?:noop|NOOP|plain|PLAIN|clear|CLEAR|cleartext|CLEARTEXT)\}(?<secret>[^\s"'`:;,<>{}()\\]{4,128})/,
    // The prefix says what the rest is; a stand-in (`{noop}password`, `{noop}${ADMIN_PW}`) is still no password.
    validate: (s) => isLiteralPassword(s) && passwordVerdict(s, 'password') === undefined,
    envName: 'APP_PASSWORD',
    docsUrl: 'https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html#authentication-password-storage-dpe',
    revocationUrl: null,
    revocationNote: "Change the account's password and store a hash instead (Spring {bcrypt}, Dovecot {SHA512-CRYPT}), the new password kept out of the repository.",
    examples: {
      positives: (g) => [
        `spring.security.user.name=admin\nspring.security.user.password={noop}${g.s(humanPassword(g))}\n`,
        `hawkbit.server.im.users[0].password = {noop}${g.s(`${g.alnum(10)}#${g.digits(2)}`)}\n`,
        `jdoe@mail.example:{PLAIN}${g.s(humanPassword(g))}:5000:5000::/var/vmail/jdoe\n`,
        `anna:{CLEAR}${g.s(g.alnum(16))}::::::\n`,
      ],
      negatives: (g) => [
        `User.withUsername("user").password("{noop}password").roles("USER").build();`,
        `spring.security.user.password={noop}\${ADMIN_PASSWORD}\n`,
        `spring.security.user.password={bcrypt}$2a$10$${g.alnum(53)}\n`,
        `jdoe@mail.example:{SHA512-CRYPT}$6$${g.alnum(16)}$${g.alnum(86)}:5000:5000::/var/vmail/jdoe\n`,
        'default_pass_scheme = PLAIN\n',
      ],
    },
  },
];
