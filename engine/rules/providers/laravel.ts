// Laravel: the application key (`APP_KEY=base64:…`), 32 random bytes (AES-256) or 16 (AES-128) written as `base64:` and
// their base64. It encrypts cookies, sessions and every `Crypt::` value: whoever has it forges sessions and reads
// encrypted data. Its shape is Laravel's own; it also sits where no secret name is (`php artisan key:generate --show`
// prints it alone on a line, `key:generate` logs `Application key [base64:…] set successfully.`, `config/app.php`
// holds it under a bare `'key'`).
import type { MatchContext, Rule } from '../../types';

/** Words that say the `base64:` value is Laravel's key: its env name, its config key, the artisan command and its output. */
const LARAVEL_CONTEXT = /APP_KEY|app[_.-]?key|laravel|artisan|key:generate|Application key|'key'[ \t]{0,4}=>|"key"[ \t]{0,4}=>|APP_PREVIOUS_KEYS/i;

function validateAppKey(value: string, ctx: MatchContext): boolean {
  const body = value.slice('base64:'.length);
  // Filler, not random bytes (`base64:AAAA…=`, `base64:xxxx…`).
  if (/(.)\1{7,}/.test(body) || new Set(body).size < 16) return false;
  const near = ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 120));
  return LARAVEL_CONTEXT.test(near);
}

export const laravelRules: Rule[] = [
  {
    id: 'laravel-app-key',
    provider: 'Laravel',
    family: 'saas',
    priority: 'prefix',
    description: 'Laravel application key (APP_KEY, base64: and 32 or 16 random bytes)',
    keywords: ['base64:'],
    keywordWindow: { before: 0, after: 52 },
    pattern: /(?<![A-Za-z0-9_])(?<secret>base64:(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==))(?![A-Za-z0-9+/=])/,
    validate: validateAppKey,
    severity: 'error',
    envName: 'APP_KEY',
    maskPrefix: /^base64:/,
    docsUrl: 'https://laravel.com/docs/encryption#configuration',
    revocationUrl: null,
    revocationNote: 'Generate a new key (php artisan key:generate), keep the old one in APP_PREVIOUS_KEYS while sessions and encrypted values are re-encrypted, and keep the key out of the repository.',
    examples: {
      positives: (g) => [
        `APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=${g.s(`base64:${g.base64(43)}=`)}\nAPP_DEBUG=false\n`,
        `$ php artisan key:generate --show\n${g.s(`base64:${g.base64(43)}=`)}\n`,
        `   INFO  Application key [${g.s(`base64:${g.base64(43)}=`)}] set successfully.\n`,
        `    'key' => env('APP_KEY', '${g.s(`base64:${g.base64(43)}=`)}'),\n`,
        `      - APP_KEY=${g.s(`base64:${g.base64(22)}==`)}\n`,
      ],
      negatives: (g) => ['APP_KEY=base64:', `APP_KEY=base64:${'A'.repeat(43)}=`, `"integrity": "base64:${g.base64(43)}="`, `APP_KEY=base64:${g.base64(20)}`],
    },
  },
];
