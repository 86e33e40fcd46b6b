// The hotel's and restaurant's website as the agency built it: WordPress and WooCommerce booking plugins, Shopify
// gift-card shop, Mailchimp/Klaviyo newsletters, Twilio reminders, reservation widgets, Google Maps embeds.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_WEB_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-wp-config',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'public_html/wp-config.php',
    (k) => `<?php
define( 'DB_NAME', 'hotelseeblick_wp' );
define( 'DB_USER', 'seeblick_wp' );
define( 'DB_PASSWORD', '${k.spw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${k.s('token', H.wpSalt(k.g).replace(/'/g, ''))}' );
define( 'SECURE_AUTH_KEY',  '${k.s('token', H.wpSalt(k.g).replace(/'/g, ''))}' );
define( 'LOGGED_IN_SALT',   '${k.s('token', H.wpSalt(k.g).replace(/'/g, ''))}' );
define( 'NONCE_SALT',       '${k.n('put your unique phrase here')}' );

$table_prefix = 'wp_sb_';
define( 'WP_DEBUG', false );
`,
  ),
  hDoc(
    'hosp-woocommerce-rest-python',
    ['code', 'defaults-in-code', 'precision'],
    'tools/woo_vouchers.py',
    (k) => `from woocommerce import API

# REST key "voucher-export" (read only), created by the agency
wcapi = API(
    url="https://shop.hotel-alpenrose.example",
    consumer_key="${k.u(H.wooKey(k.g))}",
    consumer_secret="${k.prov('WooCommerce', H.wooSecret(k.g))}",
    version="wc/v3",
    timeout=30,
)

for order in wcapi.get("orders", params={"status": "completed", "per_page": 100}).json():
    # gift vouchers are printed with the masked card only, e.g. ${k.n(H.giftCard(k.g))}
    print(order["id"], order["billing"]["email"], order["total"])
`,
  ),
  hDoc(
    'hosp-shopify-giftcard-app-toml',
    ['config-syntax', 'precision'],
    'giftcard-app/shopify.app.toml',
    (k) => `client_id = "${k.n(k.g.hex(32))}"
name = "restaurant-giftcards"
application_url = "https://giftcards.restaurant-group.example"
embedded = true

[access_scopes]
scopes = "read_orders,write_gift_cards"

[webhooks]
api_version = "2025-10"

# local dev only – move to the partner dashboard
[env]
SHOPIFY_API_SECRET = "${k.prov('Shopify', H.shopifySecret(k.g))}"
SHOPIFY_ADMIN_TOKEN = "${k.prov('Shopify', H.shopifyAdmin(k.g))}"
`,
  ),
  hDoc(
    'hosp-mailchimp-newsletter-js',
    ['code', 'defaults-in-code', 'precision'],
    'newsletter/subscribe.js',
    (k) => `import mailchimp from '@mailchimp/mailchimp_marketing';

mailchimp.setConfig({
  apiKey: process.env.MAILCHIMP_KEY || '${k.prov('Mailchimp', H.mailchimp(k.g))}',
  server: 'us14',
});

const LIST_ID = '${k.n(k.g.hex(10))}';
const TAG_WEDDINGS = '${k.n('Hochzeiten 2026')}';

export async function subscribe(email, firstName) {
  return mailchimp.lists.addListMember(LIST_ID, { email_address: email, status: 'pending', merge_fields: { FNAME: firstName }, tags: [TAG_WEDDINGS] });
}
`,
  ),
  hDoc(
    'hosp-klaviyo-env',
    ['config-syntax', 'precision'],
    'crm-bridge/.env',
    (k) => `KLAVIYO_PRIVATE_KEY=${k.prov('Klaviyo', H.klaviyo(k.g))}
KLAVIYO_PUBLIC_SITE_ID=${k.n(k.g.alnum(6))}
KLAVIYO_LIST_GUESTS=${k.n(k.g.alnum(6))}
PMS_WEBHOOK_TOKEN=${k.tok()}
LOYALTY_API_URL=https://loyalty.hotelgroup.example/v2
LOYALTY_API_KEY=${k.tok()}
SAMPLE_MEMBER=${k.n(H.loyalty(k.g))}
`,
  ),
  hDoc(
    'hosp-twilio-reminder-cs',
    ['code', 'defaults-in-code', 'precision'],
    'Reminders/TwilioSender.cs',
    (k) => `using Twilio;
using Twilio.Rest.Api.V2010.Account;

public static class TwilioSender
{
    private const string AccountSid = "${k.n(H.twilioSid(k.g))}";
    private const string AuthToken = "${k.prov('Twilio', H.twilioToken(k.g))}";
    private const string From = "+4930${k.g.digits(7)}";

    public static void TableReminder(string to, string time)
    {
        TwilioClient.Init(AccountSid, AuthToken);
        MessageResource.Create(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber(From),
            body: $"Reminder: your table at Bistro Linde tonight at {time}. Reply C to cancel.");
    }
}
`,
  ),
  hDoc(
    'hosp-maps-embed-html',
    ['code', 'precision'],
    'themes/seeblick/partials/location.html',
    (k) => `<section class="location">
  <h2>So finden Sie uns</h2>
  <div id="map" data-lat="47.5596" data-lng="9.6833"></div>
  <script async src="https://maps.googleapis.com/maps/api/js?key=${k.n(H.googleApiKey(k.g))}&callback=initMap"></script>
  <img src="${k.n('data:image/svg+xml;base64,' + k.g.base64(60))}" alt="Parkplatz" />
  <p>Reservierungen: <a href="https://www.opentable.de/r/seeblick?rid=${k.n(k.g.digits(6))}">OpenTable</a></p>
  <!-- recaptcha site key (public) ${k.n(`6L${k.g.base64url(38)}`)} -->
</section>
`,
  ),
  hDoc(
    'hosp-sevenrooms-widget-config',
    ['config-syntax', 'precision'],
    'reservations/sevenrooms.json',
    (k) => `{
  "venueId": "${k.n('bistrolinde')}",
  "widgetUrl": "https://www.sevenrooms.com/reservations/bistrolinde",
  "api": {
    "clientId": "${k.n(k.g.hex(40))}",
    "clientSecret": "${k.tok()}",
    "baseUrl": "https://api.sevenrooms.com/2_4"
  },
  "resy": { "apiKey": "${k.tok()}", "venueId": ${k.n(k.g.digits(5))} },
  "googleTagId": "${k.n(`G-${k.g.upper(10)}`)}"
}
`,
  ),
  hDoc(
    'hosp-agency-handover-mail',
    ['prose', 'precision'],
    'mail/2026-01-30-website-handover.txt',
    (k) => `Hallo Frau Berger,

wie besprochen die Zugänge zur neuen Website des Hotels:

WordPress: https://www.hotel-lindenhof.example/wp-admin
Benutzer: lindenhof-admin
Passwort: ${k.pw()}

Hosting (Plesk): kunde${k.g.digits(5)} / ${k.gpw()}
Buchungsmaschine (Widget-ID ${k.n(k.g.uuid())}): läuft über Ihren PMS-Anbieter, kein eigenes Passwort.

Bitte ändern Sie beide Passwörter nach dem ersten Login. Die alten Zugänge der Vorgängeragentur (${k.n('********')}) haben wir deaktiviert.

Viele Grüße
Agentur Nordlicht
`,
  ),
  hDoc(
    'hosp-booking-plugin-wp-options-sql',
    ['code', 'precision'],
    'backup/wp_options-booking.sql',
    (k) => `INSERT INTO \`wp_options\` (\`option_name\`, \`option_value\`, \`autoload\`) VALUES
('mphb_license_key', '${k.u(k.g.hex(32))}', 'yes'),
('mphb_stripe_secret_key', '${k.prov('Stripe', H.stripeSecret(k.g))}', 'yes'),
('mphb_stripe_publishable_key', '${k.n(H.stripePub(k.g))}', 'yes'),
('mphb_paypal_client_secret', '${k.tok()}', 'yes'),
('mphb_db_version', '${k.n('4.11.2')}', 'yes'),
('_transient_doing_cron', '${k.n(`${k.g.digits(10)}.${k.g.digits(10)}`)}', 'no');
INSERT INTO \`wp_users\` (\`user_login\`, \`user_pass\`) VALUES ('rezeption', '${k.n(H.wpHash(k.g))}');
`,
  ),
  hDoc(
    'hosp-website-ci-gitlab',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, deploy]

build:
  stage: build
  image: node:22
  script:
    - npm ci
    - npm run build

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache lftp
    - lftp -u seeblick_deploy,${k.spw()} sftp://web01.hoster.example -e "mirror -R dist/ /httpdocs; quit"
    - curl -X POST "https://api.cloudflare.com/client/v4/zones/${k.n(k.g.hex(32))}/purge_cache" -H "Authorization: Bearer $CF_API_TOKEN" --data '{"purge_everything":true}'
  only: [main]
`,
  ),
  hDoc(
    'hosp-google-business-sa-json',
    ['credential-file', 'precision'],
    'secrets/gbp-reviews-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "hotel-reviews-${k.n(k.g.digits(6))}",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(H.pem(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}\\n",
  "client_email": "reviews-bot@hotel-reviews.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "token_uri": "https://oauth2.googleapis.com/token"
}
`,
  ),
];
