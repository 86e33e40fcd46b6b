// PHP's serialize() format, as WordPress, Magento and Joomla store plugin settings in the database
// (`s:4:"pass";s:16:"…";` inside `a:2:{…}`), and as SQL dumps of `wp_options` carry it with escaped quotes
// (`s:4:\"pass\";s:16:\"…\";`). Found while tuning on rw-dev12's web part: SMTP passwords, API keys and salts of
// plugins sit in dumps and backups this way. A string key naming a secret followed by a string value is the pair;
// the value's declared byte length must match, so only real serialized data is read.
import type { MatchContext, Rule } from '../types';
import { readSecretName } from '../validators/secretName';
import { characterClasses, looksRandom } from '../validators/valueStats';
import { literalOfKind } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

const encoder = new TextEncoder();

function validate(secret: string, ctx: MatchContext): boolean {
  const reading = readSecretName(ctx.keyName ?? '');
  if (!reading) return false;
  // `s:16:"` (or `s:16:\"`) right before the value declares its length in bytes.
  const head = /s:(\d{1,4}):\\{0,3}"$/.exec(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));
  if (!head || Number(head[1]) !== encoder.encode(secret).length) return false;
  if (reading.kind === 'password') return literalOfKind(secret, 'password');
  // Salts and keys of printable symbols (WordPress's generated salts, `nonce_salt`) fail the token alphabet but are
  // as random as a generated password.
  return literalOfKind(secret, 'token') || (secret.length >= 16 && !/\s/.test(secret) && looksRandom(secret) && characterClasses(secret) >= 3);
}

export const phpSerializedRules: Rule[] = [
  {
    id: 'php-serialized-secret',
    provider: 'PHP',
    family: 'generic',
    priority: 'generic',
    description: 'Password or key stored in PHP serialize() data under a secret name (WordPress options, plugin settings in SQL dumps)',
    keywords: ['";s:'],
    keywordWindow: { before: 100, after: 560 },
    pattern: /s:\d{1,3}:\\{0,3}"(?<key>[A-Za-z][A-Za-z0-9_.-]{0,79})\\{0,3}";s:\d{1,4}:\\{0,3}"(?<secret>[^"\\\r\n]{1,512})\\{0,3}";/,
    skipPlaceholderCheck: false,
    validate,
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.php.net/manual/en/function.serialize.php',
    revocationUrl: null,
    revocationNote: 'Change this password (or rotate the key) where it was issued; database dumps and backups keep plugin settings in plain text.',
    examples: {
      positives: (g) => {
        const p = humanPassword(g).replace(/["\\]/g, '!');
        const t = g.hex(32);
        const q = g.alnum(24);
        return [
          `a:2:{s:4:"host";s:12:"smtp.example";s:4:"pass";s:${Buffer.byteLength(p)}:"${g.s(p)}";}`,
          `(230,'mc4wp','a:1:{s:7:\\"api_key\\";s:${t.length}:\\"${g.s(t)}\\";}','yes'),`,
          `a:1:{s:13:"client_secret";s:${q.length}:"${g.s(q)}";}`,
        ];
      },
      negatives: (g) => [
        'a:2:{s:4:"user";s:4:"info";s:4:"pass";s:0:"";}',
        `a:1:{s:8:"password";s:8:"********";}`,
        `a:1:{s:7:"api_key";s:5:"${g.hex(32)}";}`,
        `a:1:{s:10:"public_key";s:32:"${g.hex(32)}";}`,
        `a:1:{s:9:"mailer_id";s:32:"${g.hex(32)}";}`,
      ],
    },
  },
];
