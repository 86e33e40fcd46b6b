// rw-dev10 chat part: mixed threads where real values sit among many look-alikes: request ids, commit shas,
// ticket and order numbers, versions, digests, masked values and documented examples.
import { F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_MIXED_DOCS: RealWorldDoc[] = [
  cdoc(
    'chat-mix-incident-channel',
    ['prose', 'precision'],
    'exports/slack/inc-2026-1104.txt',
    (c) => `Incident Bot  2:01 AM
:rotating_light: INC-${c.n(c.k.g.digits(4))} opened — checkout errors > 5%
Yara  2:03 AM
errors are 502 from the payment proxy, request ids ${c.rid()}, ${c.rid()}
Yara  2:05 AM
proxy was deployed at 01:55, image ${c.n('sha256:' + c.k.g.hex(64))}, commit ${c.sha()}
Quinn  2:09 AM
the proxy's upstream key got rotated by the vendor. new key from their status mail: ${c.tok()}
Quinn  2:10 AM
applying, the old one was ${c.mask()}
Yara  2:14 AM
recovered. trace ${c.n(c.k.g.hex(32))} looks clean now
Incident Bot  2:30 AM
:white_check_mark: INC resolved. Postmortem doc: ${c.n('https://docs.example.com/d/' + c.k.g.base64url(44))}
`,
  ),
  cdoc(
    'chat-mix-support-macro-examples',
    ['precision'],
    'exports/zendesk/macros/api-auth-help.txt',
    (c) => `Macro: "API authentication help"

Hi {{ticket.requester.first_name}},

To call our API, send your key in the header:

    X-Api-Key: ${c.ph()}

Your key is shown once in Settings → API keys, and afterwards only masked (for example ${c.mask()}).
Keys are 32 characters long, like ${c.n('abcd1234abcd1234abcd1234abcd1234')}. Your account id (${c.n('{{ticket.organization.id}}')}) is not a secret.
If you see "invalid_key" with a request id such as ${c.rid()}, please send us that id — never the key.

Best,
{{current_user.first_name}}
`,
  ),
  cdoc(
    'chat-mix-changelog-thread',
    ['precision'],
    'exports/github/releases/discussion-88.md',
    (c) => `## v${c.ver()} release thread

- ${c.sha(true)} feat: support passkeys
- ${c.sha(true)} fix: don't log the \`password\` field (${c.n('#' + c.k.g.digits(4))})
- ${c.sha(true)} chore: bump argon2 to ${c.ver()}

**Q:** what's the default admin password after install?
**A:** there is none, the installer prints a one-time setup code (like ${c.n('XXXX-XXXX')}) and you set the password yourself.

**Q:** is \`api_key=${c.ph()}\` in the sample config a real key?
**A:** no, it's a placeholder.

Checksums: ${c.n(c.k.g.hex(64))}  hush-${c.ver()}-linux-x64.tar.gz
`,
  ),
  cdoc(
    'chat-mix-teams-shared-mailbox',
    ['prose'],
    'notes/teams-shared-mailbox.txt',
    (c) => `Rossi, Paolo  10:02
ragazzi, la password della casella condivisa ordini@ è cambiata
Rossi, Paolo  10:02
nuova: ${c.hpw()}
Bianchi, Sara  10:05
e l'app password per il client di posta?
Rossi, Paolo  10:08
${c.tok(c.k.g.lower(4) + ' ' + c.k.g.lower(4) + ' ' + c.k.g.lower(4) + ' ' + c.k.g.lower(4))}
Rossi, Paolo  10:08
(con gli spazi va bene lo stesso)
Bianchi, Sara  10:10
perfetto. ticket ${c.tkt()}
`,
  ),
  cdoc(
    'chat-mix-runbook-snmp-radius',
    ['prose'],
    'wiki/runbooks/network-aaa.md',
    (c) => `# Network AAA

- RADIUS shared secret (core switches): \`${c.tok(c.k.g.alnum(24))}\`
- TACACS+ key: ${c.tok(c.k.g.alnum(20))}
- SNMPv3 auth passphrase: ${c.pw()}
- SNMPv3 priv passphrase: ${c.gpw(20)}
- Break-glass local admin: netadmin / ${c.gpw()}

Device list: see NetBox (${c.n('https://netbox.internal/dcim/devices/?role=core')}). Config backups in git, last commit ${c.sha()}.
`,
  ),
  cdoc(
    'chat-mix-email-wifi-guest-codes',
    ['precision'],
    'mail/guest-wifi-vouchers.txt',
    (c) => `Subject: Guest Wi-Fi vouchers for the workshop
From: Reception

Hi,

vouchers are printed, each is valid 24h. Voucher numbers (for the log, they are NOT passwords):
${c.n(c.k.g.digits(10))}, ${c.n(c.k.g.digits(10))}, ${c.n(c.k.g.digits(10))}

The portal will ask for the voucher and your e-mail address. Support line ${c.n('+49 30 ' + c.k.g.digits(7))}.
`,
  ),
  cdoc(
    'chat-mix-ticket-k8s-secret',
    ['prose'],
    'exports/jira/PLAT-3012.txt',
    (c) => `PLAT-3012 ImagePullBackOff in namespace shop

Comment (Oleg):
the pull secret is wrong. decoded .dockerconfigjson:
{code:json}
{"auths":{"registry.example.com":{"username":"puller","password":"${c.pw()}","auth":"${c.basic('puller')}"}}}
{code}
the password was changed on the registry side on ${c.n('2026-10-30')}.

Comment (Chen):
new robot account: robot$shop+puller / ${c.tok(c.k.g.alnum(32))}
recreated the secret, pods are running. Pod uid ${c.rid()}.
`,
  ),
  cdoc(
    'chat-mix-obsidian-accounts',
    ['prose'],
    'vault/Personal/accounts.md',
    (c) => `# accounts

- router: admin / ${c.hpw()}
- nas: ${c.pp()}
- home assistant long-lived token: ${c.jwt()}
- pihole web pw ${c.lpw()}
- synology quickconnect id: ${c.n('my-home-' + c.k.g.digits(3))}
- backup encryption key: ${c.tok(c.k.g.base64(32) + '=')}
- wg peer public key: ${c.n(c.k.g.base64(43) + '=')}
`,
  ),
  cdoc(
    'chat-mix-pr-comment-terraform',
    ['prose'],
    'exports/github/pulls/501-comments.md',
    (c) => `**atlantis** commented:

Ran Plan for dir: \`envs/staging\`

${F}diff
  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
      ~ password = (sensitive value)
        id       = "${c.n('db-' + c.k.g.upper(26))}"
    }
${F}

**@ken** commented:
the tfvars in this PR has \`db_password = "${c.pw()}"\` in plain text, please move it to SSM.

**@rina** commented:
moved. \`${c.n('data.aws_ssm_parameter.db_password.value')}\` now. The SSM value is the same for now, rotation next sprint.
`,
  ),
  cdoc(
    'chat-mix-slack-fr-jeton',
    ['prose'],
    'exports/slack/fr-equipe-data.txt',
    (c) => `Camille  14:02
quelqu'un a le jeton d'accès pour l'entrepôt de données ?
Hugo  14:09
le jeton du compte de service : ${c.tok()}
Hugo  14:09
et le mot de passe de l'utilisateur dbt : ${c.gpw()}
Camille  14:10
merci ! l'ID du projet c'est bien ${c.n('analytics-prod-' + c.k.g.digits(6))} ?
Hugo  14:11
oui, ça c'est public
`,
  ),
  cdoc('chat-mix-de-ticket-korrektur', ['prose'], 'exports/jira/IT-7710.txt', (c) => {
    const wrong = c.raw.genPw(c.k.g, 14);
    return `IT-7710 Zugang Lieferantenportal

Kommentar (Jörg Becker):
Passwort für lieferant-mueller: ${c.u(wrong)}

Kommentar (Jörg Becker):
Korrektur, das war das alte. Richtig ist: ${c.gpw(14)}

Kommentar (Anke Vogel):
Klappt. Der Zugangsschlüssel fürs EDI ist übrigens ${c.tok()}
Lieferantennummer ${c.n(c.k.g.digits(6))}, Bestellung ${c.n('4500' + c.k.g.digits(6))}.
`;
  }),
  cdoc(
    'chat-mix-ru-wiki-table',
    ['prose'],
    'wiki/доступы/тестовый-стенд.md',
    (c) => `# Доступы к тестовому стенду

| Сервис | Логин | Пароль |
|---|---|---|
| GitLab | tester | ${c.hpw()} |
| RabbitMQ | guest-admin | ${c.gpw()} |
| MinIO | minio-test | ${c.tok(c.k.g.alnum(40))} |

Токен для Sentry (только тест): ${c.tok(c.k.g.hex(64))}
Версия стенда ${c.ver()}, задача ${c.tkt()}
`,
  ),
  cdoc(
    'chat-mix-gh-issue-smtp-es',
    ['prose'],
    'exports/github/issues/640.md',
    (c) => `### No se envían correos de verificación

Configuración:

${F}
MAIL_MAILER=smtp
MAIL_HOST=smtp.gmail.com
MAIL_USERNAME=miapp@gmail.com
MAIL_PASSWORD=${c.tok(c.k.g.lower(16))}
${F}

La contraseña es una contraseña de aplicación de Google.

**Respuesta:** el puerto debe ser 587 con TLS. Además, revoca esa contraseña de aplicación, acabas de publicarla.
`,
  ),
  cdoc(
    'chat-mix-teams-sql-conn',
    ['prose'],
    'notes/teams-sql-conn.txt',
    (c) => `Kaya, Emre  11:20
connection string for the reporting job (staging):
Server=stg-sql01;Database=Reports;User Id=rpt_job;Password=${c.cs()};TrustServerCertificate=True
Kaya, Emre  11:21
and the service bus one: Endpoint=sb://stg-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${c.tok(c.k.g.base64(43) + '=')}
Wójcik, Ola  11:25
thx. job id ${c.rid()}, run ${c.n('#' + c.k.g.digits(3))}, schema version ${c.ver()}
Wójcik, Ola  11:26
the prod one is in Key Vault (${c.n('@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/sql/)')})
`,
  ),
  cdoc(
    'chat-mix-jira-api-handover',
    ['prose'],
    'exports/jira/INT-455.txt',
    (c) => `INT-455 Partner API credentials (sandbox + prod)

Comment (Shreya Patel):
Sandbox:
* client_id: ${c.n('sbx-' + c.k.g.hex(12))}
* client_secret: ${c.tok()}
Prod:
* client_id: ${c.n('prd-' + c.k.g.hex(12))}
* client_secret: ${c.tok()}
* signing key for callbacks: ${c.tok(c.k.g.hex(64))}

Comment (Tobias Klein):
thanks. Tested with request ${c.rid()} — 200 OK. Basic header for the legacy endpoint is \`Authorization: Basic ${c.basic('partner-legacy')}\`.
Build ${c.n(c.k.g.digits(5))} on ${c.sha(true)}.
`,
  ),
  cdoc(
    'chat-mix-discord-selfhost',
    ['prose'],
    'logs/discord/selfhost-help.txt',
    (c) => `nullptr — Today at 8:02 PM
my docker compose for the bot, why does it not connect??
${F}yaml
environment:
  - BOT_TOKEN=${c.tok(c.k.g.alnum(24) + '.' + c.k.g.alnum(6) + '.' + c.k.g.base64url(38))}
  - MONGO_URL=mongodb://bot:${c.cs()}@mongo:27017/bot
  - OWNER_ID=${c.n(c.k.g.digits(18))}
${F}
helper-bot — Today at 8:02 PM
:warning: Your message contained what looks like a token. Please reset it in the developer portal.
nullptr — Today at 8:04 PM
oh no. ok reset it. image is ${c.n('ghcr.io/example/bot:' + c.k.g.hex(7))}
`,
  ),
  cdoc(
    'chat-mix-status-page-negatives',
    ['precision'],
    'exports/slack/status-updates.txt',
    (c) => `Statuspage  9:00 AM
Investigating — elevated API errors. Affected region ${c.n('eu-central-1')}. Incident id ${c.n(c.k.g.lower(12))}.
Omar  9:04 AM
customer reports: order ${c.n('ORD-' + c.k.g.digits(8))}, request ${c.rid()}, correlation ${c.rid()}
Omar  9:05 AM
they sent a screenshot with their key as ${c.mask()} — masked, good
Lea  9:10 AM
rollback to ${c.ver()} (was ${c.ver()}), tag ${c.sha(true)}
Lea  9:12 AM
the error was "invalid signature for nonce ${c.n(c.k.g.hex(24))}"
Statuspage  9:40 AM
Resolved. Next review ${c.tkt()}. Reference ${c.n('PIR-' + c.k.g.digits(3))}.
`,
  ),
  cdoc(
    'chat-mix-docs-faq-negatives',
    ['precision'],
    'wiki/faq/credentials-faq.md',
    (c) => `# Credentials FAQ

**Where is the database password?** In the vault at \`${c.n('kv/data/app/db')}\`; the app reads \`${c.n('DB_PASSWORD')}\` from the environment (\`${c.n('$DB_PASSWORD')}\`).

**What does an API token look like?** 40 hex characters, e.g. \`${c.n('deadbeefdeadbeefdeadbeefdeadbeefdeadbeef')}\` (example only).

**My password is \`${c.ph()}\`, is that OK?** No, that's the template value.

**The log shows \`password=${c.n('[FILTERED]')}\`** — that's the redactor, all good.

**What is \`${c.n('$argon2id$v=19$m=65536,t=3,p=4$' + c.k.g.base64(22) + '$' + c.k.g.base64(43))}\`?** The stored hash, not the password.

**What's the default for the demo instance?** \`demo\` / \`${c.u('demo')}\`, reset nightly.
`,
  ),
];
