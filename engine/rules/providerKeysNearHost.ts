// Provider keys in their documented shapes under names that do not name the provider, tied to it by its host or
// name a few lines before: a Mailgun key under `key:` or pasted in a chat after `mailgun`, a Postmark server token
// used as the SMTP login of `smtp.postmarkapp.com` (Postmark's SMTP user and password are both the token). rw-dev,
// rw-dev8, rw-dev9. (A Healthchecks.io ping URL's UUID was tried and left: the sets write it as a negative.)
import { isPlaceholder } from '../validators/placeholder';
import { UUID } from './ruleBuilders';
import type { ExampleGen, Rule } from '../types';

/** Mailgun private API keys: `key-` and 32 hex (older accounts), or 32, 8 and 8 hex joined by dashes (newer). */
const MAILGUN_KEY = 'key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}';
const mailgunKey = (g: ExampleGen) => `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`;

/** A name the SMTP login sits under (`MAIL_USERNAME`, `smtp_user`, `password:`, `login =`). */
const SMTP_LOGIN_NAME = '[A-Za-z_.-]{0,30}(?:user(?:name)?|login|pass(?:word)?|token|secret)[A-Za-z_]{0,10}["\']?\\s{0,4}[:=]\\s{0,4}["\']?';

/** A secret's own name right before the value (`api_key: "`, `secret = '`, `MAILGUN_TOKEN=`). */
const SECRET_NAME_BEFORE = /(?:secret|password|passwd|token|api[_-]?key|apikey)\w{0,20}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$/i;

/** Not a long hex run's piece and not the same digit repeated (`00000000-0000-…`). */
const notFiller = (value: string) => !isPlaceholder(value) && !/^([0-9a-f])\1{7}-\1{4}/i.test(value);

export const providerKeyNearHostRules: Rule[] = [
  {
    id: 'mailgun-key-near-provider',
    provider: 'Mailgun',
    family: 'messaging',
    priority: 'context',
    description: 'Mailgun API key in its own shape, a few lines after the word Mailgun',
    keywords: ['mailgun'],
    // From the word (a host, a heading, a question) to the key a few lines below it.
    keywordWindow: { before: 0, after: 420 },
    pattern: new RegExp(`(?<![\\w-])(?<secret>${MAILGUN_KEY})(?![\\w-])`),
    // Under a secret's own name (`secret_key = "…"`) the generic finding names Mailgun already (provider attribution).
    validate: (value, ctx) => notFiller(value) && !SECRET_NAME_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start)),
    envName: 'MAILGUN_API_KEY',
    docsUrl: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication',
    revocationUrl: 'https://app.mailgun.com/settings/api_security',
    examples: {
      positives: (g) => [
        `mail:   { smtp: "smtp.mailgun.org", login: postmaster@mg.example.io, key: "${g.s(mailgunKey(g))}" }`,
        `[09:14] greta: anyone have the mailgun key for staging?\n[09:15] tomasz: ${g.s(`key-${g.hex(32)}`)}\n`,
        `- SMTP_HOST=smtp.mailgun.org\n- SMTP_PORT=587\n\nI also tried the API instead, key ${g.s(mailgunKey(g))} same error.\n`,
      ],
      negatives: (g) => [
        // The shape with no Mailgun in reach, and Mailgun with other hex values near it.
        `cache: { key: "${mailgunKey(g)}" }\n`,
        `MAILGUN_DOMAIN=mg.example.io\nRELEASE_SHA=${g.hex(40)}\nREQUEST_ID=${g.uuid()}\n`,
        `# mailgun webhook signing: see the docs\nMAILGUN_API_KEY=key-00000000000000000000000000000000\n`,
        `MAILGUN_API_KEY=\${MAILGUN_KEY}\nmailgun:\n  cache_key: key-${g.hex(32)}x\n`,
      ],
    },
  },
  {
    id: 'postmark-smtp-token-login',
    provider: 'Postmark',
    family: 'messaging',
    priority: 'context',
    description: 'Postmark server token given as the SMTP user name or password of smtp.postmarkapp.com',
    keywords: ['postmarkapp.com'],
    keywordWindow: { before: 300, after: 300 },
    pattern: new RegExp(`${SMTP_LOGIN_NAME}(?<secret>${UUID})(?![\\w-])`, 'i'),
    validate: notFiller,
    envName: 'POSTMARK_SERVER_TOKEN',
    docsUrl: 'https://postmarkapp.com/developer/user-guide/send-email-with-smtp',
    revocationUrl: 'https://account.postmarkapp.com/servers',
    examples: {
      positives: (g) => [`MAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME=${g.s(g.uuid())}\n`, `smtp:\n  host: smtp.postmarkapp.com\n  user: "${g.s(g.uuid())}"\n`],
      negatives: (g) => [
        `MAIL_HOST=smtp.sendgrid.net\nMAIL_USERNAME=${g.uuid()}\n`,
        `MAIL_HOST=smtp.postmarkapp.com\nMAIL_MESSAGE_STREAM=outbound\nTRACE_ID=${g.uuid()}\n`,
        `MAIL_HOST=smtp.postmarkapp.com\nMAIL_USERNAME=00000000-0000-0000-0000-000000000000\n`,
      ],
    },
  },
];
