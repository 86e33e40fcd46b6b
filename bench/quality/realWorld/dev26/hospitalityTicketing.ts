// Events and ticketing: Eventbrite, Ticket Tailor, Tito, Ticketmaster, Universe, gate scanners, and the payment keys
// in checkout code (Stripe, Adyen, Mollie), as festival crews and ticketing developers write them.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_TICKETING_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-eventbrite-sync-py',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/eventbrite_attendees.py',
    (k) => `import csv
import requests

# Private token from Account Settings > Developer Links > API Keys
EVENTBRITE_TOKEN = "${k.prov('Eventbrite', H.eventbrite(k.g))}"
EVENT_ID = "${k.n(H.eventId(k.g))}"
ORG_ID = "${k.n(k.g.digits(12))}"
PUBLIC_KEY = "${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18))}"  # the app's public API key, not used here

resp = requests.get(
    f"https://www.eventbriteapi.com/v3/events/{EVENT_ID}/attendees/",
    headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"},
    timeout=20,
)
with open("attendees.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    for a in resp.json()["attendees"]:
        w.writerow([a["id"], a["profile"]["name"], a["barcodes"][0]["barcode"]])
`,
  ),
  hDoc(
    'hosp-ticket-tailor-node',
    ['code', 'http-auth', 'precision'],
    'box-office/src/tickettailor.js',
    (k) => `const API = 'https://api.tickettailor.com/v1';
const KEY = '${k.prov('Ticket Tailor', H.ticketTailor(k.g))}';
// Ticket Tailor uses HTTP Basic with the API key as the username and an empty password
const auth = 'Basic ' + Buffer.from(KEY + ':').toString('base64');

async function issuedTickets(eventId) {
  const res = await fetch(\`\${API}/issued_tickets?event_id=\${eventId}\`, { headers: { Authorization: auth, Accept: 'application/json' } });
  return res.json();
}

module.exports = { issuedTickets, SAMPLE_EVENT: '${k.n(`ev_${k.g.digits(7)}`)}', SAMPLE_BARCODE: '${k.n(H.barcode(k.g))}' };
`,
  ),
  hDoc(
    'hosp-tito-checkin-rb',
    ['code', 'defaults-in-code', 'precision'],
    'checkin/lib/tito_client.rb',
    (k) => `require "net/http"
require "json"

module Checkin
  class TitoClient
    ACCOUNT = "harbour-festival"
    EVENT = "${k.n('hf-2026')}"
    TOKEN = ENV.fetch("TITO_TOKEN", "${k.prov('Tito', H.tito(k.g))}")

    def tickets
      uri = URI("https://api.tito.io/v3/#{ACCOUNT}/#{EVENT}/tickets")
      req = Net::HTTP::Get.new(uri, "Authorization" => "Token token=#{TOKEN}", "Accept" => "application/json")
      JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }.body)
    end
  end
end
`,
  ),
  hDoc(
    'hosp-ticketmaster-discovery-url',
    ['http-auth', 'logs-and-output', 'precision'],
    'logs/venue-site-build.log',
    (k) => `[build] fetching upcoming shows for venue ${k.n(`KovZ${k.g.alnum(12)}`)}
[build] GET https://app.ticketmaster.com/discovery/v2/events.json?venueId=${k.n(`KovZ${k.g.alnum(12)}`)}&apikey=${k.http(H.ticketmaster(k.g))}&size=50
[build] 47 events, 3 sold out
[build] event ${k.n(`G5v${k.g.alnum(14)}`)} has no image, using placeholder
[build] wrote public/shows.json (sha256 ${k.n(H.sha256(k.g))})
[build] done in 14.2s
`,
  ),
  hDoc(
    'hosp-festival-checkout-stripe',
    ['code', 'defaults-in-code', 'precision'],
    'web/checkout/stripe.config.ts',
    (k) => `// Festival shop checkout. The publishable key is public; the secret key must stay on the server.
export const STRIPE_PUBLISHABLE_KEY = '${k.n(H.stripePub(k.g))}';
export const STRIPE_SECRET_KEY = process.env.STRIPE_SECRET_KEY ?? '${k.prov('Stripe', H.stripeSecret(k.g, 'test'))}';
export const STRIPE_WEBHOOK_SECRET = '${k.prov('Stripe', H.stripeWebhook(k.g))}';
export const PRICE_IDS = { dayPass: '${k.n(`price_1${k.g.alnum(23)}`)}', weekend: '${k.n(`price_1${k.g.alnum(23)}`)}' };
export const TEST_CARD = '${k.n(H.testCard(k.g))}';
`,
  ),
  hDoc(
    'hosp-adyen-terminal-config',
    ['config-syntax', 'precision'],
    'bar-terminals/adyen.yaml',
    (k) => `adyen:
  environment: LIVE
  live_url_prefix: ${k.n(`${k.g.hex(16)}-HarbourFestival`)}
  merchant_account: HarbourFestivalPOS
  api_key: ${k.prov('Adyen', H.adyenKey(k.g))}
  client_key: ${k.n(H.adyenClientKey(k.g))}
  hmac_key: ${k.s('token', H.adyenHmac(k.g), 'Adyen HMAC')}
  terminals:
    - ${k.n(`V400m-${k.g.digits(9)}`)}
    - ${k.n(`V400m-${k.g.digits(9)}`)}
`,
  ),
  hDoc(
    'hosp-mollie-woo-php',
    ['code', 'defaults-in-code', 'precision'],
    'wp-content/mu-plugins/concert-tickets-mollie.php',
    (k) => `<?php
/* Plugin Name: Concert tickets – Mollie */
define('CT_MOLLIE_LIVE_KEY', '${k.prov('Mollie', H.mollie(k.g, 'live'))}');
define('CT_MOLLIE_TEST_KEY', '${k.prov('Mollie', H.mollie(k.g, 'test'))}');
define('CT_MOLLIE_PROFILE', '${k.n(`pfl_${k.g.alnum(10)}`)}');

add_action('ct_create_payment', function ($order) {
    $mollie = new \\Mollie\\Api\\MollieApiClient();
    $mollie->setApiKey(WP_ENV === 'production' ? CT_MOLLIE_LIVE_KEY : CT_MOLLIE_TEST_KEY);
    return $mollie->payments->create(['amount' => ['currency' => 'EUR', 'value' => $order->total], 'description' => 'Order ' . $order->id]);
});
`,
  ),
  hDoc(
    'hosp-gate-scanner-ini',
    ['config-syntax', 'precision'],
    'gate-scanners/scanner.ini',
    (k) => `[server]
url=https://access.harbourfestival.example/api/scan
device_token=${k.tok()}
offline_whitelist=/data/whitelist-${k.n(k.g.digits(8))}.db

[wifi]
ssid=${k.n('HF-Production')}
psk=${k.wifi()}

[admin]
; local menu on the handheld, long-press logo
pin=${k.u(k.g.digits(4))}
supervisor_password=${k.dev()}
`,
  ),
  hDoc(
    'hosp-universe-graphql-env',
    ['config-syntax', 'precision'],
    'tour/.env.local',
    (k) => `UNIVERSE_CLIENT_ID=${k.n(k.g.hex(64))}
UNIVERSE_CLIENT_SECRET=${k.tok()}
UNIVERSE_ACCESS_TOKEN=${k.tok()}
NEXT_PUBLIC_MAPS_KEY=${k.n(H.googleApiKey(k.g))}
NEXT_PUBLIC_SITE_URL=https://tour.band.example
SHOW_IDS=${k.n(k.g.hex(24))},${k.n(k.g.hex(24))}
`,
  ),
  hDoc(
    'hosp-box-office-handover-nl',
    ['prose', 'precision'],
    'kassa/overdracht-zomerfestival.md',
    (k) => `# Overdracht kassa – Zomerfestival

- Kassalaptop: gebruiker kassa, wachtwoord ${k.hpw()}
- Ticketing-backoffice (festival-admin): ${k.pw()}
- Scanners: laden via USB-hub, PIN beheermenu staat op de doos
- Gastenlijst staat in de gedeelde map, bestand ${k.n('gastenlijst_v7.xlsx')}
- Barcodes van vrijkaarten beginnen met ${k.n('FREE-')}; voorbeeld ${k.n(H.barcode(k.g))}
- Kortingscode voor crew: ${k.n(H.promo(k.g))} (geen wachtwoord!)
`,
  ),
  hDoc(
    'hosp-eventbrite-zapier-export',
    ['config-syntax', 'precision'],
    'exports/zap-eventbrite-to-sheets.json',
    (k) => `{
  "zap_id": ${k.n(k.g.digits(9))},
  "title": "New Eventbrite order -> Google Sheet + Mailchimp",
  "steps": [
    { "app": "Eventbrite", "event": "new_order", "auth": { "type": "oauth", "connection_id": "${k.n(k.g.digits(8))}" } },
    { "app": "Webhooks by Zapier", "action": "POST", "url": "https://us21.api.mailchimp.com/3.0/lists/${k.n(k.g.hex(10))}/members",
      "headers": { "Authorization": "apikey ${k.prov('Mailchimp', H.mailchimp(k.g))}" } },
    { "app": "Google Sheets", "spreadsheet": "${k.n(k.g.base64url(44))}", "worksheet": "Orders" }
  ]
}
`,
  ),
  hDoc(
    'hosp-seatmap-precision',
    ['config-syntax', 'precision'],
    'venue/seatmap-main-hall.json',
    (k) => `{
  "venue": "Main Hall",
  "eventKey": "${k.n(k.g.uuid())}",
  "chartKey": "${k.n(k.g.uuid())}",
  "publicWorkspaceKey": "${k.n(k.g.uuid())}",
  "sections": [
    { "id": "A", "rows": 18, "seatsPerRow": 24, "priceCategory": "${k.n('CAT1')}" },
    { "id": "B", "rows": 22, "seatsPerRow": 26, "priceCategory": "${k.n('CAT2')}" }
  ],
  "holdToken": "${k.n(k.g.uuid())}",
  "checksum": "${k.n(H.md5(k.g))}"
}
`,
  ),
  hDoc(
    'hosp-ticket-qr-payloads',
    ['logs-and-output', 'precision'],
    'exports/scan-audit-gate3.csv',
    (k) => `scanned_at,gate,device,barcode,result,operator
2026-07-12T16:02:11,3,${k.n(`HS-${k.g.digits(4)}`)},${k.n(H.barcode(k.g))},OK,jmeyer
2026-07-12T16:02:14,3,${k.n(`HS-${k.g.digits(4)}`)},${k.n(H.barcode(k.g))},DUPLICATE,jmeyer
2026-07-12T16:02:19,3,${k.n(`HS-${k.g.digits(4)}`)},${k.n(k.g.base64url(43))},OK,jmeyer
2026-07-12T16:02:25,3,${k.n(`HS-${k.g.digits(4)}`)},${k.n(H.barcode(k.g))},WRONG_DAY,akaya
`,
  ),
];
