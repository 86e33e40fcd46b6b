// Email marketing: ESP keys in sync scripts, WordPress plugins, Zapier code steps and handover notes, beside
// list ids, template ids, hashed addresses and the public signup-form ids email marketers paste everywhere.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_EMAIL_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-mailchimp-sync-py',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/mailchimp_sync.py',
    (k) => `"""Nightly sync of CRM contacts into the Mailchimp audience."""
import os
import hashlib
from mailchimp_marketing import Client

MC_API_KEY = os.getenv("MC_API_KEY", "${k.prov('Mailchimp', V.mailchimp(k.g))}")
LIST_ID = "${k.n(k.g.hex(10))}"  # audience "Newsletter DE"
SERVER = MC_API_KEY.split("-")[-1]

client = Client()
client.set_config({"api_key": MC_API_KEY, "server": SERVER})

def subscriber_hash(email: str) -> str:
    # Mailchimp identifies members by the md5 of the lower-cased address, e.g. ${k.n(V.md5(k.g))}
    return hashlib.md5(email.lower().encode()).hexdigest()
`,
  ),
  mDoc(
    'martech-sendgrid-env-node',
    ['config-syntax', 'precision'],
    'apps/transactional/.env.production',
    (k) => `NODE_ENV=production
SENDGRID_API_KEY=${k.prov('SendGrid', V.sendgrid(k.g))}
SENDGRID_TEMPLATE_WELCOME=d-${k.n(k.g.hex(32))}
SENDGRID_TEMPLATE_RESET=d-${k.n(k.g.hex(32))}
MAIL_FROM=hello@brand.example
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
UNSUBSCRIBE_GROUP_ID=${k.n(k.g.digits(5))}
SESSION_SECRET=${k.tok()}
`,
  ),
  mDoc(
    'martech-brevo-php-wordpress',
    ['code', 'defaults-in-code', 'precision'],
    'wp-content/themes/brand-child/inc/brevo-subscribe.php',
    (k) => `<?php
// Brevo (ex Sendinblue) double opt-in from the footer form.
// TODO move key to wp-config, agency left it here during the launch
define('BREVO_API_KEY', '${k.prov('Brevo', V.brevo(k.g))}');
define('BREVO_DOI_TEMPLATE', ${k.n(String(V.num(k.g, 10, 400)))});
define('BREVO_LIST_ID', ${k.n(String(V.num(k.g, 2, 90)))});

function brand_brevo_subscribe($email) {
    $response = wp_remote_post('https://api.brevo.com/v3/contacts/doubleOptinConfirmation', [
        'headers' => ['api-key' => BREVO_API_KEY, 'content-type' => 'application/json'],
        'body' => wp_json_encode(['email' => $email, 'includeListIds' => [BREVO_LIST_ID], 'templateId' => BREVO_DOI_TEMPLATE]),
    ]);
    return wp_remote_retrieve_response_code($response);
}
`,
  ),
  mDoc(
    'martech-klaviyo-handover-md',
    ['prose', 'precision'],
    'handover/klaviyo-setup.md',
    (k) => `# Klaviyo setup – handover to in-house team

- Public site key (safe, goes in the onsite snippet): \`${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6))}\`
- Private API key "agency-sync" (full access, please rotate after handover): \`${k.prov('Klaviyo', V.klaviyo(k.g))}\`
- Private key "shopify-flow" (read-only profiles): ${k.prov('Klaviyo', V.klaviyo(k.g))}
- Main list: Newsletter (id ${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6))})
- Login for the shared marketing@ seat: marketing@brand.example / ${k.hpw()}

Flows live: Welcome series, Abandoned cart (3 steps), Browse abandonment. The UTM template is
\`${k.n(V.utm(k.g))}\`.
`,
  ),
  mDoc(
    'martech-mailgun-curl-history',
    ['command-line', 'http-auth', 'precision'],
    'notes/mailgun-debug.sh',
    (k) => `# bounce debugging for the March newsletter
curl -s --user 'api:${k.prov('Mailgun', V.mailgun(k.g))}' \\
  https://api.eu.mailgun.net/v3/mg.brand.example/bounces | jq '.items | length'

curl -s --user "api:\${MAILGUN_API_KEY}" https://api.eu.mailgun.net/v3/domains
# message id from the support ticket
curl -s --user 'api:${k.n('$MAILGUN_KEY')}' "https://api.eu.mailgun.net/v3/mg.brand.example/events?message-id=${k.n(k.g.hex(24))}@mg.brand.example"
`,
  ),
  mDoc(
    'martech-postmark-appsettings',
    ['config-syntax', 'precision'],
    'src/Brand.Notifications/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Postmark": {
    "ServerToken": "${k.prov('Postmark', V.postmark(k.g))}",
    "MessageStream": "outbound",
    "WebhookSecret": "${k.tok()}"
  },
  "Tenant": { "Id": "${k.n(k.g.uuid())}", "Region": "eu" },
  "ConnectionStrings": {
    "Crm": "Server=tcp:crm-sql.brand.internal,1433;Database=Crm;User ID=svc_notify;Password=${k.cs()};Encrypt=True"
  }
}
`,
  ),
  mDoc('martech-customerio-track-js', ['code', 'http-auth', 'precision'], 'functions/track-signup.js', (k) => {
    const site = k.g.hex(20);
    return `// Netlify function: forwards signups to Customer.io Track API
const SITE_ID = '${k.n(site)}';
const TRACK_KEY = process.env.CIO_TRACK_KEY || '${k.s('token', k.g.hex(20))}';
const APP_KEY = '${k.prov('Customer.io', V.customerIo(k.g))}'; // App API key for transactional sends

exports.handler = async (event) => {
  const body = JSON.parse(event.body);
  const auth = Buffer.from(\`\${SITE_ID}:\${TRACK_KEY}\`).toString('base64');
  await fetch(\`https://track-eu.customer.io/api/v1/customers/\${body.id}\`, {
    method: 'PUT',
    headers: { Authorization: \`Basic \${auth}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: body.email, created_at: Math.floor(Date.now() / 1000) }),
  });
  return { statusCode: 204 };
};
`;
  }),
  mDoc(
    'martech-esp-migration-ticket-de',
    ['prose', 'precision'],
    'tickets/MOPS-812.md',
    (k) => `## MOPS-812: Umzug von Mailchimp zu Brevo

**Status:** in Arbeit · **Kostenstelle:** ${k.n(V.costCentre(k.g))}

Hallo Team, hier die Zugänge für die Migration:
- Mailchimp-Export-Key (läuft Ende Mai ab): ${k.prov('Mailchimp', V.mailchimp(k.g))}
- Brevo SMTP-Passwort für den Shop-Versand: ${k.prov('Brevo', V.brevoSmtp(k.g))}
- Login Brevo-Konto: crm@marke.example, Passwort ${k.hpw()} (bitte 2FA einrichten!)

Die Audience-ID im alten Konto ist ${k.n(k.g.hex(10))}, die neue Listen-ID in Brevo ist ${k.n(k.g.digits(2))}.
Die gehashten Adressen (SHA-256) für den Abgleich liegen unter /exports, Beispiel: ${k.n(V.sha256(k.g))}.
Das alte Passwort (${k.n('********')}) wurde bereits geändert.
`,
  ),
  mDoc(
    'martech-sendgrid-inbound-parse-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/inbound-parse-2026-03-02.log',
    (k) => `2026-03-02T08:11:02Z INFO  inbound-parse received envelope from=${k.n('noreply@sendgrid.net')} spam_score=0.1
2026-03-02T08:11:02Z DEBUG headers={"Host":"hooks.brand.example","Authorization":"Basic ${k.basic('parse')}","X-Request-Id":"${k.n(k.g.uuid())}"}
2026-03-02T08:11:03Z INFO  stored message ${k.n(k.g.hex(24))} in bucket inbound-mail
2026-03-02T08:11:03Z WARN  dkim=fail for domain partner.example (selector s1)
2026-03-02T08:14:20Z DEBUG outbound POST https://api.sendgrid.com/v3/mail/send auth=Bearer ${k.prov('SendGrid', V.sendgrid(k.g))} status=202
2026-03-02T08:14:20Z INFO  x-message-id=${k.n(k.g.base64url(22))}
`,
  ),
  mDoc(
    'martech-klaviyo-zapier-code-step',
    ['code', 'http-auth', 'precision'],
    'zapier/klaviyo-lead-code-step.js',
    (k) => `// Zapier "Code by Zapier" step: push webinar registrants to Klaviyo
// inputData: email, first_name, webinar_id
const res = await fetch('https://a.klaviyo.com/api/profile-import/', {
  method: 'POST',
  headers: {
    Authorization: 'Klaviyo-API-Key ${k.prov('Klaviyo', V.klaviyo(k.g))}',
    revision: '2024-10-15',
    'content-type': 'application/json',
  },
  body: JSON.stringify({
    data: { type: 'profile', attributes: { email: inputData.email, first_name: inputData.first_name,
      properties: { webinar: inputData.webinar_id, source_list: '${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 6))}' } } },
  }),
});
output = { status: res.status };
`,
  ),
  mDoc(
    'martech-mautic-local-php',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'mautic/app/config/local.php',
    (k) => `<?php
$parameters = array(
    'db_driver' => 'pdo_mysql',
    'db_host' => 'mysql.internal',
    'db_port' => '3306',
    'db_name' => 'mautic',
    'db_user' => 'mautic',
    'db_password' => '${k.pw()}',
    'db_table_prefix' => null,
    'mailer_transport' => 'smtp',
    'mailer_host' => 'smtp-relay.brevo.com',
    'mailer_user' => 'ops@brand.example',
    'mailer_password' => '${k.prov('Brevo', V.brevoSmtp(k.g))}',
    'secret_key' => '${k.hex(64)}',
    'site_url' => 'https://m.brand.example',
    'install_source' => 'Mautic',
    'rememberme_key' => '${k.n('%kernel.secret%')}',
);
`,
  ),
  mDoc(
    'martech-esp-comparison-sheet-csv',
    ['config-syntax', 'precision'],
    'exports/esp-accounts.csv',
    (k) => `tool,account,login,password,api key,notes
Mailchimp,brand-eu,marketing@brand.example,${k.hpw()},${k.prov('Mailchimp', V.mailchimp(k.g))},main newsletter
SendGrid,brand-tx,dev@brand.example,${k.n('(SSO)')},${k.prov('SendGrid', V.sendgrid(k.g))},transactional
Postmark,brand,ops@brand.example,${k.gpw()},${k.n('see 1Password')},password reset mails
Litmus,agency seat,agency@partner.example,${k.n('********')},,previews only
Mailgun,legacy,legacy@brand.example,${k.n('<disabled>')},${k.n('-')},account closed ${k.n('2025-11-30')}
`,
  ),
  mDoc(
    'martech-newsletter-signup-html',
    ['code', 'precision'],
    'landing/spring-sale/index.html',
    (k) => `<!doctype html>
<html lang="en">
<head>
  <script async src="https://www.googletagmanager.com/gtag/js?id=${k.n(V.ga4(k.g))}"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','${k.n(V.ga4(k.g))}');</script>
  <script async type="text/javascript" src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 6))}"></script>
</head>
<body>
  <form action="https://brand.us${V.num(k.g, 1, 21)}.list-manage.com/subscribe/post?u=${k.n(k.g.hex(25))}&amp;id=${k.n(k.g.hex(10))}" method="post">
    <input type="email" name="EMAIL" placeholder="you@example.com" required>
    <input type="hidden" name="b_${k.n(k.g.hex(25))}_${k.g.hex(10)}" tabindex="-1" value="">
    <button>Subscribe</button>
  </form>
</body>
</html>
`,
  ),
  mDoc(
    'martech-transactional-smtp-fr',
    ['prose', 'config-syntax', 'precision'],
    'docs/fr/envoi-transactionnel.md',
    (k) => `# Envoi des e-mails transactionnels

Le site utilise le relais SMTP de Mailgun. Paramètres pour WP Mail SMTP :

| Champ | Valeur |
|---|---|
| Hôte | smtp.eu.mailgun.org |
| Port | 587 |
| Utilisateur | postmaster@mg.marque.example |
| Mot de passe | ${k.gpw()} |
| Clé API (suivi) | ${k.prov('Mailgun', V.mailgun(k.g))} |

Ne pas confondre avec la clé de validation publique (${k.n('pubkey-' + k.g.hex(32))}) utilisée par le formulaire.
En cas de problème, le mot de passe de secours est dans le coffre : ${k.n('op://Marketing/Mailgun SMTP/password')}.
`,
  ),
];
