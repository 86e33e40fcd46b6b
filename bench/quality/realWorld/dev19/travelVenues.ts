// Ticketing and venues (Ticketmaster, Eventbrite, Tessitura, turnstile scanners), car rental and transport (GTFS
// and real-time feeds with keys, fleet telematics), loyalty and CRM (guest messaging, email, SMS), and the cloud
// and CI glue of travel start-ups.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_VENUE_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-tessitura-rest-config',
    ['config-syntax', 'precision'],
    'ticketing/tessitura.config.json',
    (k) => `{
  "tessitura": {
    "baseUrl": "https://tessitura.theatre.example/TessituraService",
    "username": "webapi",
    "userGroup": "webapi",
    "machineLocation": "ticketweb01",
    "password": "${k.pw()}"
  },
  "seatingChart": { "facilityId": ${k.n(k.g.digits(2))}, "zoneMap": "main-stage-v4" },
  "payment": { "merchantId": "${k.n(k.g.digits(10))}" },
  "emailProvider": { "type": "mailgun", "domain": "mg.theatre.example", "apiKey": "${k.prov('Mailgun API key', T.mailgun(k.g))}" }
}
`,
  ),

  tDoc(
    'travel-turnstile-scanner-ini',
    ['config-syntax', 'precision'],
    'gates/scanner-gate07.ini',
    (k) => `[Device]
GateId=07
Venue=Arena Norte
Direction=IN

[Server]
Url=https://access-control.arena.example/api/v2/validate
DeviceToken=${k.tok()}
OfflineWhitelistKey=${k.s('token', k.g.base64(44))}

[Wifi]
Ssid=ARENA-GATES
Psk=${k.pw()}

[Barcode]
Symbologies=QR,PDF417,AZTEC
; sample ticket barcode for the self-test (not a secret)
SelfTest=${k.n(k.g.digits(16))}
`,
  ),

  tDoc(
    'travel-gtfs-realtime-env',
    ['config-syntax', 'precision'],
    'transit-feed/.env',
    (k) => `GTFS_STATIC_URL=https://transit.city.example/gtfs/google_transit.zip
GTFS_RT_TRIP_UPDATES=https://api.transit.city.example/realtime/tripupdates?key=${k.http(k.g.hex(32))}
GTFS_RT_VEHICLE_POSITIONS=https://api.transit.city.example/realtime/vehiclepositions
TRANSIT_API_KEY=${k.hex(32)}
NAVITIA_TOKEN=${k.s('token', k.g.uuid())}
OPEN_DATA_PORTAL_KEY=${k.n('public-demo-key')}
MAPTILER_KEY=${k.n(k.g.alnum(20))}
`,
  ),

  tDoc(
    'travel-fleet-telematics-yaml',
    ['config-syntax', 'precision'],
    'car-rental/telematics.yaml',
    (k) => `providers:
  geotab:
    server: my.geotab.com
    database: rentacar_es
    username: api@rentacar.example
    password: "${k.pw()}"
  samsara:
    api_token: ${k.prov('Samsara API token', 'samsara_api_' + k.g.alnum(30))}
  invers_cloudboxx:
    client_id: ${k.n(k.g.uuid())}
    client_secret: ${k.tok()}
branches:
  - code: ${k.n('AGP')}
    name: "Malaga Airport"
  - code: ${k.n('PMI')}
    name: "Palma Airport"
`,
  ),

  tDoc(
    'travel-car-rental-booking-node',
    ['code', 'precision'],
    'rental-api/src/config.js',
    (k) => `// Car rental booking API configuration
module.exports = {
  port: process.env.PORT || 3000,
  db: {
    uri: process.env.MONGO_URI || 'mongodb://rental:${k.cs()}@mongo-0.rental.internal:27017/rental?authSource=admin',
  },
  ota: {
    // OpenTravel vehicle availability from the GDS aggregator
    requestorId: '${k.n(k.g.digits(8))}',
    companyName: 'RentaCarSol',
    messagePassword: '${k.pw()}',
  },
  twilio: {
    accountSid: '${k.n(T.twilioSid(k.g))}',
    authToken: '${k.prov('Twilio auth token', T.twilioToken(k.g))}',
  },
  damagePhotosBucket: 'rental-damage-photos',
};
`,
  ),

  tDoc(
    'travel-loyalty-crm-terraform',
    ['config-syntax', 'code', 'precision'],
    'infra/loyalty/terraform.tfvars',
    (k) => `region            = "eu-west-1"
environment       = "prod"
loyalty_db_user   = "loyalty"
loyalty_db_pass   = "${k.pw()}"
braze_api_key     = "${k.s('token', k.g.uuid())}"
braze_endpoint    = "https://rest.fra-01.braze.eu"
sendgrid_api_key  = "${k.prov('SendGrid API key', T.sendgrid(k.g))}"
member_id_prefix  = "${k.n('HG')}"
kms_key_id        = "${k.n(k.g.uuid())}"
`,
  ),

  tDoc(
    'travel-guest-messaging-bot',
    ['code', 'precision'],
    'concierge-bot/settings.py',
    (k) => `# Guest concierge bot (WhatsApp + Telegram + web chat)
import os

WHATSAPP_PHONE_NUMBER_ID = "${k.n(k.g.digits(15))}"
WHATSAPP_TOKEN = os.getenv("WHATSAPP_TOKEN", "${k.prov('Meta access token', T.metaToken(k.g))}")
WHATSAPP_VERIFY_TOKEN = "${k.s('token', k.g.alnum(24))}"
TELEGRAM_BOT_TOKEN = "${k.prov('Telegram bot token', T.telegramBot(k.g))}"
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
FALLBACK_OPENAI_KEY = "${k.prov('OpenAI API key', T.openai(k.g))}"  # remove before launch
LANGUAGES = ["en", "es", "de", "ar", "zh"]
`,
  ),

  tDoc(
    'travel-github-actions-booking',
    ['config-syntax', 'precision'],
    '.github/workflows/deploy-booking.yml',
    (k) => `name: deploy booking engine
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: eu-west-1
      HOTELBEDS_API_KEY: \${{ secrets.HOTELBEDS_API_KEY }}
      STRIPE_PUBLISHABLE_KEY: ${k.n(T.stripePub(k.g))}
    steps:
      - uses: actions/checkout@${k.n(T.sha1(k.g))}
      - run: npm ci && npm run build
      - name: smoke test against staging
        run: curl -fsS -H "X-Api-Key: ${k.http(k.g.alnum(32))}" https://staging-book.hotelgroup.example/health
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${k.u(T.awsId(k.g))}
          aws-secret-access-key: ${k.prov('AWS secret access key', T.awsSecret(k.g))}
          aws-region: eu-west-1
`,
  ),

  tDoc(
    'travel-gcp-sa-revenue',
    ['credential-file', 'precision'],
    'revenue/keys/bq-revenue-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "hotelgroup-revenue",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(T.pemJson(k.g))}",
  "client_email": "bq-loader@hotelgroup-revenue.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
`,
  ),

  tDoc(
    'travel-eventbrite-sync-ruby',
    ['code', 'http-auth', 'precision'],
    'venue-sync/lib/eventbrite_sync.rb',
    (k) => `require 'net/http'
require 'json'

# Pulls attendees from Eventbrite into the venue's access-control whitelist.
class EventbriteSync
  ORG_ID = '${k.n(k.g.digits(12))}'
  TOKEN = ENV.fetch('EVENTBRITE_TOKEN', '${k.s('token', k.g.upper(20))}')

  def attendees(event_id)
    uri = URI("https://www.eventbriteapi.com/v3/events/#{event_id}/attendees/")
    req = Net::HTTP::Get.new(uri, 'Authorization' => "Bearer #{TOKEN}")
    JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }.body)
  end
end
`,
  ),

  tDoc(
    'travel-ski-resort-lift-pass',
    ['config-syntax', 'precision'],
    'skidata/interface.xml',
    (k) => `<?xml version="1.0"?>
<SkidataInterface>
  <DTA host="dta.skiresort.example" port="10101" user="webshop" password="${k.pw()}"/>
  <Webshop currency="CHF" resort="${k.n('ZRM')}"/>
  <KeycardPrefix>${k.n('01-' + k.g.digits(4))}</KeycardPrefix>
  <Datatrans merchantId="${k.n(k.g.digits(10))}" sign="${k.s('token', k.g.hex(64))}"/>
</SkidataInterface>
`,
  ),

  tDoc(
    'travel-private-key-hotel-sso',
    ['credential-file', 'precision'],
    'sso/saml/hotelgroup-sp.key',
    (k) => `${k.key(T.pem(k.g, 'RSA PRIVATE KEY'))}
`,
  ),
];
