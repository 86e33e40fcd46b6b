// Agency web work: WordPress configs and application passwords, Shopify apps, Typeform, Calendly, Airtable and
// Zapier/Make flows, beside storefront tokens, form ids, base ids, salts in the WordPress sense and placeholders.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

const WP_SALTS = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY'];

export const MARTECH_WEB_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-wp-config-php',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'site/wp-config.php',
    (k) => `<?php
/** Database settings – staging copy from the agency */
define( 'DB_NAME', 'brand_wp' );
define( 'DB_USER', 'brand_wp' );
define( 'DB_PASSWORD', '${k.pw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

${WP_SALTS.map((s) => `define( '${s}', '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*()-_+=[]{}|;:<>,.?~', 64))}' );`).join('\n')}
define( 'AUTH_SALT', 'put your unique phrase here' );

define( 'WPMS_SMTP_PASS', '${k.gpw()}' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
`,
  ),
  mDoc(
    'martech-wp-application-password-curl',
    ['command-line', 'http-auth', 'precision'],
    'notes/wp-rest-import.sh',
    (k) => `# import landing pages through the REST API (user "content-bot")
curl -X POST https://www.brand.example/wp-json/wp/v2/pages \\
  --user "content-bot:${k.prov('WordPress application password', V.wpAppPw(k.g))}" \\
  -H 'Content-Type: application/json' \\
  -d @page-spring-sale.json

# the hash in wp_users for content-bot, just to compare after reset: ${k.n(V.wpHash(k.g))}
# application password uuid: ${k.n(k.g.uuid())}
`,
  ),
  mDoc(
    'martech-shopify-app-toml-env',
    ['config-syntax', 'precision'],
    'shopify-app/.env',
    (k) => `SHOPIFY_API_KEY=${k.n(k.g.hex(32))}
SHOPIFY_API_SECRET=${k.prov('Shopify app secret', V.shopifySecret(k.g))}
SHOPIFY_ADMIN_TOKEN=${k.prov('Shopify admin', V.shopifyAdmin(k.g))}
SHOPIFY_STOREFRONT_TOKEN=${k.n(k.g.hex(32))}
SHOP=brand-eu.myshopify.com
SCOPES=read_orders,write_customers
DATABASE_URL=postgres://shopapp:${k.cs()}@db.internal:5432/shopapp
`,
  ),
  mDoc(
    'martech-shopify-flow-python',
    ['code', 'http-auth', 'precision'],
    'scripts/shopify_tag_vip.py',
    (k) => `import requests

SHOP = "brand-eu.myshopify.com"
HEADERS = {"X-Shopify-Access-Token": "${k.prov('Shopify admin', V.shopifyAdmin(k.g))}", "Content-Type": "application/json"}
VIP_SEGMENT = "gid://shopify/Segment/${k.n(k.g.digits(12))}"

def tag_customer(customer_id: int) -> None:
    q = {"query": "mutation { tagsAdd(id: \\"gid://shopify/Customer/%d\\", tags: [\\"VIP\\"]) { userErrors { message } } }" % customer_id}
    requests.post(f"https://{SHOP}/admin/api/2024-10/graphql.json", json=q, headers=HEADERS, timeout=30)
`,
  ),
  mDoc(
    'martech-typeform-webhook-node',
    ['code', 'defaults-in-code', 'precision'],
    'api/typeform-webhook.ts',
    (k) => `import crypto from 'node:crypto';

const TYPEFORM_TOKEN = process.env.TYPEFORM_TOKEN ?? '${k.prov('Typeform', V.typeform(k.g))}';
const WEBHOOK_SECRET = '${k.tok()}';
const FORM_ID = '${k.n(k.g.alnum(8))}';

export function verify(signature: string, rawBody: string): boolean {
  const digest = crypto.createHmac('sha256', WEBHOOK_SECRET).update(rawBody).digest('base64');
  return signature === \`sha256=\${digest}\`;
}

export async function responses() {
  const r = await fetch(\`https://api.typeform.com/forms/\${FORM_ID}/responses\`, { headers: { Authorization: \`Bearer \${TYPEFORM_TOKEN}\` } });
  return r.json();
}
`,
  ),
  mDoc(
    'martech-calendly-airtable-make-blueprint',
    ['config-syntax', 'http-auth', 'precision'],
    'make/blueprints/demo-booked.json',
    (k) => `{
  "name": "Demo booked → Airtable + Slack",
  "flow": [
    { "id": 1, "module": "http:ActionSendData", "mapper": {
        "url": "https://api.calendly.com/scheduled_events?organization=https://api.calendly.com/organizations/${k.n(k.g.uuid())}",
        "headers": [{ "name": "Authorization", "value": "Bearer ${k.prov('Calendly', V.jwtHs(k.g))}" }] } },
    { "id": 2, "module": "http:ActionSendData", "mapper": {
        "url": "https://api.airtable.com/v0/app${k.n(k.g.alnum(14))}/Demos",
        "headers": [{ "name": "Authorization", "value": "Bearer ${k.prov('Airtable', V.airtable(k.g))}" }] } },
    { "id": 3, "module": "slack:CreateMessage", "mapper": { "channel": "${k.n(`C${k.g.upper(10)}`)}" } }
  ],
  "metadata": { "version": 1, "scenario": { "roundtrips": 1, "maxErrors": 3 } }
}
`,
  ),
  mDoc(
    'martech-zapier-webhook-handover',
    ['prose', 'http-auth', 'precision'],
    'handover/zapier-flows.md',
    (k) => `# Zapier flows (agency handover)

| Zap | Trigger | Notes |
|---|---|---|
| Lead → CRM | Catch hook \`https://hooks.zapier.com/hooks/catch/${k.g.digits(7)}/${k.u(k.g.alnum(7))}/\` | form posts here |
| Refund alert | Stripe | uses the restricted key \`${k.prov('Stripe', `rk_live_${k.g.alnum(99)}`)}\` |
| Slack digest | Schedule | webhook ${k.prov('Slack webhook', V.slackHook(k.g))} |

Zapier login: zapier@brand.example / ${k.hpw()} (shared seat, 2FA on Tomás's phone).
The publishable key on the checkout page (${k.n(V.stripePk(k.g))}) is public, nothing to do.
`,
  ),
  mDoc(
    'martech-woocommerce-api-keys-ini',
    ['config-syntax', 'precision'],
    'erp-bridge/woocommerce.ini',
    (k) => `[woocommerce]
url = https://shop.brand.example
consumer_key = ck_${k.u(k.g.hex(40))}
consumer_secret = ${k.prov('WooCommerce', `cs_${k.g.hex(40)}`)}
version = wc/v3
verify_ssl = true

[erp]
dsn = Driver={ODBC Driver 18 for SQL Server};Server=erp.brand.internal;Database=Orders;Uid=wc_bridge;Pwd=${k.cs()};
warehouse_code = ${k.n('WH-' + k.g.digits(2))}
`,
  ),
  mDoc(
    'martech-landing-page-netlify-toml',
    ['config-syntax', 'precision'],
    'landing/netlify.toml',
    (k) => `[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_GTM_ID = "${k.n(V.gtm(k.g))}"
  PUBLIC_STRIPE_KEY = "${k.n(V.stripePk(k.g))}"
  HUBSPOT_PORTAL_ID = "${k.n(k.g.digits(8))}"
  HUBSPOT_FORM_ID = "${k.n(k.g.uuid())}"
  AIRTABLE_TOKEN = "${k.prov('Airtable', V.airtable(k.g))}"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "script-src 'self' 'nonce-${k.n(k.g.base64(16))}' https://www.googletagmanager.com"
`,
  ),
  mDoc(
    'martech-freelancer-handover-email-it',
    ['prose', 'precision'],
    'email/2026-02-passaggio-consegne.eml',
    (k) => `Da: Giulia Ferri <giulia@freelance.example>
A: web@cliente.example
Oggetto: Passaggio consegne sito e-commerce

Ciao Marco,

come d'accordo ti lascio tutto:
- Admin WordPress: utente giulia_admin, password ${k.hpw()}
- FTP (Aruba): ftp.cliente.example, utente ${k.n('12345678@aruba.it')}, password ${k.spw()}
- Shopify (negozio B2B): token app privata ${k.prov('Shopify admin', V.shopifyAdmin(k.g))}
- Il codice GTM è ${k.n(V.gtm(k.g))}, il codice GA4 è ${k.n(V.ga4(k.g))}

Ricordati di cambiare le password dopo che ho chiuso il contratto.
Un abbraccio, Giulia
`,
  ),
  mDoc(
    'martech-elementor-form-webhook-php',
    ['code', 'defaults-in-code', 'precision'],
    'wp-content/mu-plugins/lead-forward.php',
    (k) => `<?php
/**
 * Plugin Name: Lead forward
 * Forwards Elementor form submissions to the sales inbox API.
 */
const LEAD_API = 'https://leads.brand.example/api/v1/inbound';
const LEAD_API_KEY = '${k.tok()}';
const RECAPTCHA_SITE_KEY = '${k.n('6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}';
const RECAPTCHA_SECRET = '${k.s('token', '6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}';

add_action('elementor_pro/forms/new_record', function ($record) {
    wp_remote_post(LEAD_API, ['headers' => ['X-Api-Key' => LEAD_API_KEY], 'body' => $record->get('fields')]);
});
`,
  ),
  mDoc(
    'martech-tools-logins-sheet-csv',
    ['config-syntax', 'prose', 'precision'],
    'exports/Tools & Logins - Marketing.csv',
    (k) => `Tool,URL,User,Password,Owner,Last changed
Canva Teams,https://canva.com,design@brand.example,${k.hpw()},Ana,2026-01-10
Hootsuite,https://hootsuite.com,social@brand.example,${k.pw()},Ana,2025-11-02
Semrush,https://semrush.com,seo@brand.example,${k.gpw()},Pablo,2025-12-19
Hotjar,https://insights.hotjar.com,ux@brand.example,${k.n('SSO Google')},Pablo,-
Typeform,https://admin.typeform.com,forms@brand.example,${k.n('(see vault)')},Ana,2026-02-01
Unbounce,https://app.unbounce.com,lp@brand.example,${k.hpw()},Pablo,2025-10-14
Old Buffer,https://buffer.com,social@brand.example,${k.n('n/a – cancelled')},Ana,2024-06-30
`,
  ),
  mDoc(
    'martech-airtable-script-extension',
    ['code', 'precision'],
    'airtable/scripts/enrich-leads.js',
    (k) => `// Airtable scripting extension: enrich new leads with Clearbit
const table = base.getTable('Leads');
const CLEARBIT_KEY = '${k.prov('Clearbit', `sk_${k.g.hex(32)}`)}';
const query = await table.selectRecordsAsync({ fields: ['Email', 'Company'] });
for (const rec of query.records.filter((r) => !r.getCellValue('Company'))) {
  const email = rec.getCellValue('Email');
  const res = await fetch('https://person.clearbit.com/v2/combined/find?email=' + encodeURIComponent(email), {
    headers: { Authorization: 'Bearer ' + CLEARBIT_KEY },
  });
  // record id like ${k.n('rec' + k.g.alnum(14))}
  if (res.ok) await table.updateRecordAsync(rec, { Company: (await res.json()).company?.name });
}
`,
  ),
  mDoc(
    'martech-headless-cms-next-config',
    ['code', 'defaults-in-code', 'precision'],
    'web/next.config.js',
    (k) => `/** @type {import('next').NextConfig} */
module.exports = {
  env: {
    NEXT_PUBLIC_GA_ID: '${k.n(V.ga4(k.g))}',
    NEXT_PUBLIC_CONTENTFUL_SPACE: '${k.n(k.g.lower(12))}',
    // delivery token is read-only published content, preview token sees drafts
    CONTENTFUL_DELIVERY_TOKEN: '${k.u(k.g.base64url(43))}',
    CONTENTFUL_PREVIEW_TOKEN: '${k.s('token', k.g.base64url(43))}',
    CONTENTFUL_MANAGEMENT_TOKEN: '${k.s('token', `CFPAT-${k.g.base64url(43)}`)}',
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET,
  },
};
`,
  ),
];
