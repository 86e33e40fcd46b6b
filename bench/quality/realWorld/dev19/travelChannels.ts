// Channel managers and booking engines: Booking.com Connectivity XML with machine-account user/password, Expedia
// EQC basic auth, HotelBeds api key + secret signature, SiteMinder pmsXchange SOAP, Duffel and Kiwi API tokens,
// as request files, scripts and connector configs that integrators keep next to their code.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_CHANNEL_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-bookingcom-ota-avail-xml',
    ['config-syntax', 'http-auth', 'precision'],
    'samples/bookingcom/OTA_HotelAvailNotif.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!-- Sent to https://supply-xml.booking.com/hotels/ota/OTA_HotelAvailNotif -->
<!-- Auth: HTTP Basic with the machine account below (ask the connectivity partner manager for a new one) -->
<!-- Authorization: Basic ${k.basic('cm_supply_xml_' + k.g.lower(4))} -->
<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" TimeStamp="2026-03-02T10:14:55" Version="3.0" EchoToken="${k.n(k.g.uuid())}">
  <AvailStatusMessages HotelCode="${k.n(T.hotelId(k.g))}">
    <AvailStatusMessage>
      <StatusApplicationControl Start="2026-04-01" End="2026-04-30" InvTypeCode="${k.n(k.g.digits(9))}" RatePlanCode="${k.n(k.g.digits(8))}"/>
      <RestrictionStatus Status="Open"/>
    </AvailStatusMessage>
  </AvailStatusMessages>
</OTA_HotelAvailNotifRQ>
`,
  ),

  tDoc(
    'travel-bookingcom-b-xml-legacy',
    ['config-syntax', 'precision'],
    'samples/bookingcom/availability-legacy.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<request>
  <username>${k.n('ChannelBridge-' + k.g.digits(3))}</username>
  <password>${k.pw()}</password>
  <hotel_id>${k.n(T.hotelId(k.g))}</hotel_id>
  <version>1.0</version>
  <room id="${k.n(k.g.digits(9))}">
    <date from="2026-05-01" to="2026-05-03">
      <rate id="${k.n(k.g.digits(7))}"/>
      <price>129.00</price>
      <roomstosell>4</roomstosell>
    </date>
  </room>
</request>
`,
  ),

  tDoc('travel-expedia-eqc-curl', ['command-line', 'http-auth', 'precision'], 'scripts/eqc-push-rates.sh', (k) => {
    const user = 'EQC' + k.g.digits(7) + 'hotel';
    const pw = T.safePw(k.g);
    return `#!/usr/bin/env bash
# Expedia QuickConnect (EQC) AR push for property ${T.hotelId(k.g)}
set -euo pipefail
EQC_USER=${k.n(user)}
EQC_PASS='${k.s('password', pw)}'
curl -sS https://services.expediapartnercentral.com/eqc/ar \\
  -u "$EQC_USER:$EQC_PASS" \\
  -H 'Content-Type: text/xml' \\
  --data-binary @ar-request.xml
# old one-liner from the vendor's onboarding mail:
# curl -u ${user}:${k.s('password', T.safePw(k.g))} https://services.expediapartnercentral.com/eqc/br -d @br.xml
`;
  }),

  tDoc(
    'travel-hotelbeds-signature-node',
    ['code', 'precision'],
    'src/suppliers/hotelbeds.ts',
    (k) => `import crypto from 'node:crypto';

// APItude: X-Signature = SHA256(apiKey + secret + unix seconds)
const API_KEY = process.env.HOTELBEDS_API_KEY ?? '${k.s('token', k.g.hex(32))}';
const SECRET = process.env.HOTELBEDS_SECRET ?? '${k.s('token', k.g.alnum(10))}';

export function hotelbedsHeaders(): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000).toString();
  const signature = crypto.createHash('sha256').update(API_KEY + SECRET + ts).digest('hex');
  return { 'Api-key': API_KEY, 'X-Signature': signature, Accept: 'application/json' };
}

// a signature captured from the test console, for the unit test (a hash, not a secret):
export const SAMPLE_SIGNATURE = '${k.n(T.sha256(k.g))}';
`,
  ),

  tDoc(
    'travel-siteminder-pmsxchange-soap',
    ['config-syntax', 'http-auth', 'precision'],
    'siteminder/pmsxchange-readrq.xml',
    (k) => `<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/">
  <soap-env:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" soap-env:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>${k.n('pmsx_' + k.g.lower(6))}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${k.pw()}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap-env:Header>
  <soap-env:Body>
    <OTA_ReadRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="${k.n(k.g.uuid())}" TimeStamp="2026-02-11T08:00:00+00:00" Version="1.0">
      <ReadRequests>
        <HotelReadRequest HotelCode="${k.n('SM' + k.g.digits(5))}"><SelectionCriteria SelectionType="Undelivered"/></HotelReadRequest>
      </ReadRequests>
    </OTA_ReadRQ>
  </soap-env:Body>
</soap-env:Envelope>
`,
  ),

  tDoc(
    'travel-duffel-search-script',
    ['code', 'command-line', 'precision'],
    'tools/duffel_offer_search.py',
    (k) => `#!/usr/bin/env python3
# quick offer search against Duffel; run: DUFFEL_TOKEN=... python duffel_offer_search.py LIS JFK 2026-06-10
import os, sys, json, urllib.request

TOKEN = os.getenv("DUFFEL_TOKEN") or "${k.prov('Duffel access token', T.duffel(k.g, 'test'))}"
# prod token for the demo on Friday, remove after!!
PROD = "${k.prov('Duffel access token', T.duffel(k.g, 'live'))}"

body = {"data": {"slices": [{"origin": sys.argv[1], "destination": sys.argv[2], "departure_date": sys.argv[3]}],
                 "passengers": [{"type": "adult"}], "cabin_class": "economy"}}
req = urllib.request.Request("https://api.duffel.com/air/offer_requests", data=json.dumps(body).encode(),
                             headers={"Authorization": f"Bearer {TOKEN}", "Duffel-Version": "v2",
                                      "Content-Type": "application/json"})
print(json.load(urllib.request.urlopen(req))["data"]["id"])  # e.g. ${k.n('orq_' + k.g.alnum(22))}
`,
  ),

  tDoc(
    'travel-kiwi-tequila-env',
    ['config-syntax', 'precision'],
    'apps/flight-widget/.env.production',
    (k) => `NEXT_PUBLIC_SITE_URL=https://deals.travelshop.example
NEXT_PUBLIC_GOOGLE_MAPS_KEY=${k.n(T.googleApiKey(k.g))}
NEXT_PUBLIC_MAPBOX_TOKEN=${k.n(T.mapboxPublic(k.g))}
TEQUILA_API_KEY=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32))}
TEQUILA_AFFIL_ID=${k.n('travelshopwidget')}
SKYSCANNER_API_KEY=${k.s('token', k.g.lower(2) + k.g.digits(2) + k.g.lower(12) + k.g.digits(4) + k.g.lower(12))}
REVALIDATE_SECRET=${k.tok()}
STRIPE_PUBLISHABLE_KEY=${k.n(T.stripePub(k.g))}
`,
  ),

  tDoc(
    'travel-channel-manager-connector-json',
    ['config-syntax', 'precision'],
    'connectors/channels.json',
    (k) => `{
  "property": "${k.n(T.propCode(k.g))}",
  "channels": [
    { "name": "Booking.com", "hotelId": "${k.n(T.hotelId(k.g))}", "user": "bdc_machine_${k.g.digits(4)}", "password": "${k.pw()}", "enabled": true },
    { "name": "Expedia", "hotelId": "${k.n(k.g.digits(8))}", "user": "EQC_${k.g.digits(6)}", "password": "${k.spw()}", "enabled": true },
    { "name": "Airbnb", "listingIds": ["${k.n(k.g.digits(18))}", "${k.n(k.g.digits(18))}"], "oauthRefreshToken": "${k.s('token', k.g.alnum(40))}", "enabled": false },
    { "name": "Agoda", "hotelId": "${k.n(k.g.digits(7))}", "apiKey": "${k.s('token', k.g.uuid())}", "enabled": true },
    { "name": "HRS", "hotelId": "${k.n(k.g.digits(6))}", "password": "${k.ph()}", "enabled": false }
  ]
}
`,
  ),

  tDoc(
    'travel-booking-engine-webhook-php',
    ['code', 'precision'],
    'booking-engine/config/channels.php',
    (k) => `<?php
return [
    'siteminder' => [
        'endpoint' => 'https://cmtpi.siteminder.com/pmsxchangev2/services/BOOKENGINE',
        'username' => env('SITEMINDER_USER', 'bookengine_${k.g.lower(4)}'),
        'password' => env('SITEMINDER_PASS', '${k.pw()}'),
    ],
    'hotelbeds' => [
        'api_key' => env('HOTELBEDS_KEY'),
        'secret'  => env('HOTELBEDS_SECRET'),
    ],
    'webhook_signing_secret' => '${k.tok()}',
    'recaptcha_site_key' => '${k.n('6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 38))}',
    'recaptcha_secret' => '${k.s('token', '6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 38))}',
];
`,
  ),

  tDoc(
    'travel-ota-reservation-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/channel-bridge-2026-03-14.log',
    (k) => `2026-03-14 02:00:01,112 INFO  [poller] fetching reservations hotel=${T.hotelId(k.g)} channel=BDC
2026-03-14 02:00:01,430 DEBUG [http] GET https://secure-supply-xml.booking.com/hotels/ota/OTA_HotelResNotif
2026-03-14 02:00:01,431 DEBUG [http] > Authorization: Basic ${k.basic('cm_supply_' + k.g.lower(5))}
2026-03-14 02:00:01,980 INFO  [poller] 3 new reservations: ${k.n(k.g.digits(10))}, ${k.n(k.g.digits(10))}, ${k.n(k.g.digits(10))}
2026-03-14 02:00:02,004 INFO  [pms] posted res ${k.n(T.confNo(k.g))} guest=S***** card=${k.n(T.maskedCard(k.g))}
2026-03-14 02:00:02,210 WARN  [http] POST https://api.hotel-pms.example/v1/reservations?api_key=${k.s('http-auth', k.g.alnum(32))} -> 429 Too Many Requests
2026-03-14 02:00:05,001 INFO  [poller] done in 3.9s, trace=${k.n(k.g.hex(32))}
`,
  ),
];
