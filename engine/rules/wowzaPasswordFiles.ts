// Wowza Streaming Engine keeps its logins in two files under `conf/` (rw-dev19), `admin.password` (user, secret and
// group on each line: the Manager's and REST API's logins) and `publish.password` (user and secret: the encoders' RTMP/SRT publish logins). A line is
// a user, a blank and the password, with no key word: only the file's path, or the header comment Wowza ships in
// both files, says so. Passwords Wowza stores encoded (`bcrypt:…`, a digest) are verifiers, never the password.
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword, isPasswordHash } from '../validators/literalArgument';
import { isHashOrEncrypted } from '../validators/storedHash';

/** `admin.password`, `publish.password` (also per application: `conf/live/publish.password`). */
const WOWZA_PASSWORD_PATH = /(?:^|[\\/])(?:admin|publish)\.password$/i;

/** The header Wowza writes at the top of both files (`# Admin password file (format [username] [password] [group])`). */
const WOWZA_HEADER = /^#[ \t]*(?:Admin|Publish) password file \(format \[username\] \[password\]/i;

/** Longer texts are documents, not such a file. */
const MAX_FILE = 16384;

export const WOWZA_PASSWORD_FILE_RULES: Rule[] = [
  {
    id: 'wowza-password-file',
    provider: 'Wowza Streaming Engine',
    family: 'credential-file',
    priority: 'context',
    description: "Wowza Streaming Engine admin.password / publish.password line's password (user, password, group)",
    keywords: [],
    appliesToPath: (path) => path === undefined || WOWZA_PASSWORD_PATH.test(path),
    appliesToText: (text) => text.length <= MAX_FILE,
    // A user, blanks, the password, maybe the groups (`admin|advUser`); a comment line never.
    pattern: /^[ \t]*[^\s#][^\s]{0,63}[ \t]+(?<secret>[^\s]{1,128})(?:[ \t]+[A-Za-z|]{1,64})?[ \t]*$/m,
    validate: (secret: string, ctx: MatchContext) => {
      if (ctx.path !== undefined ? !WOWZA_PASSWORD_PATH.test(ctx.path) : !WOWZA_HEADER.test(ctx.text)) return false;
      if (/^(?:bcrypt|digest|sha256|md5):/i.test(secret)) return false;
      return isLiteralPassword(secret) && !isPasswordHash(secret) && !isHashOrEncrypted(secret);
    },
    envName: 'WOWZA_PUBLISH_PASSWORD',
    docsUrl: 'https://www.wowza.com/docs/how-to-enable-username-password-authentication-for-rtmp-and-rtsp-publishing',
    revocationUrl: null,
    revocationNote: "Change the user's password in Wowza Streaming Engine Manager (or the file), update the encoders, and keep the file out of the repository.",
    examples: {
      positives: (g) => [
        `# Admin password file (format [username] [password] [group])\nadmin ${g.s(g.alnum(16))} admin|advUser\n`,
        `# Publish password file (format [username] [password])\nstudio_a ${g.s(g.alnum(14))}\nobvan ${g.s(`Studio${g.digits(4)}`)}\n`,
      ],
      negatives: (g) => [
        `# Publish password file (format [username] [password])\n# myuser mypassword\n`,
        `# Admin password file (format [username] [password] [group])\nadmin bcrypt:$2a$10$${g.alnum(53)} admin\n`,
        `# Publish password file (format [username] [password])\nencoder \${WOWZA_PUBLISH_PASSWORD}\n`,
        `admin ${g.alnum(16)} admin|advUser\n`,
      ],
    },
  },
];
