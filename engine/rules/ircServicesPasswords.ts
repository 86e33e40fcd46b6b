// An IRC account's password typed to the network's services (found on rw-dev7's bouncer log): `/msg NickServ IDENTIFY
// X`, `/ns identify account X`, `/nickserv identify X`, `/msg NickServ REGISTER X email`. Clients echo the line into the
// channel when it goes to the wrong window, and logs and chat exports keep it.
import { isLiteralPassword } from '../validators/literalArgument';
import type { Rule } from '../types';
import { humanPassword } from './humanPasswords';

/** A typed password: no slot (`<password>`, `[pass]`, `$PASS`), not one lower-case word of docs' prose. */
const typedPassword = (secret: string) => !/^[$%{<[(]/.test(secret) && isLiteralPassword(secret) && !/^[a-z]+$/.test(secret);

export const ircServicesPasswordRules: Rule[] = [
  {
    id: 'irc-nickserv-password',
    provider: 'IRC',
    family: 'generic',
    priority: 'context',
    description: 'IRC account password typed to NickServ (`/msg NickServ IDENTIFY X`, `/ns identify account X`, `REGISTER X email`)',
    keywords: ['nickserv', '/ns '],
    keywordWindow: { before: 8, after: 200 },
    // IDENTIFY takes the password last (after an optional account); REGISTER takes it first, before the e-mail address.
    // The password ends the line (or the message's quote): `IDENTIFY yourpassword to log in` is an instruction.
    pattern:
      /(?:nickserv|\/ns)[ \t]{1,3}(?:(?:identify|id)[ \t]{1,3}(?:[^\s]{1,40}[ \t]{1,3}(?=[^\s]{1,128}[ \t]{0,8}(?:\r?\n|$)))?|register[ \t]{1,3})(?<secret>[^\s"'`]{1,128})(?=[ \t]{0,8}(?:\r?\n|$|["'`])|[ \t]{1,3}[^\s@]{1,64}@)/i,
    validate: typedPassword,
    envName: 'NICKSERV_PASSWORD',
    severity: 'error',
    docsUrl: 'https://libera.chat/guides/registration',
    revocationUrl: null,
    revocationNote: 'Change the account password with `/msg NickServ SET PASSWORD <new>` and update the bouncer or client that identifies with it.',
    examples: {
      positives: (g) => [
        `[21:04] <tux> /msg NickServ IDENTIFY ${g.s(humanPassword(g))}\n[21:04] <tux> oops wrong window\n`,
        `/ns identify tux ${g.s(humanPassword(g))}\n`,
        `/msg nickserv register ${g.s(humanPassword(g))} tux@example.org\n`,
      ],
      negatives: () => [
        '/msg NickServ IDENTIFY <password>\n',
        'Type /msg NickServ IDENTIFY yourpassword to log in.\n',
        '/msg NickServ identify $NICKSERV_PASS\n',
        '/msg NickServ HELP IDENTIFY\n',
        'Type /msg NickServ IDENTIFY YourPassword to log in.\n',
      ],
    },
  },
];
