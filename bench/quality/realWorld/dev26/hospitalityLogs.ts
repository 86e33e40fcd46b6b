// Logs, build output and captured HTTP traffic: PMS interface logs, channel-manager debug output, booking-engine
// HAR files, curl -v captures, webhook deliveries, with trace ids, confirmation numbers and masked values around.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_LOGS_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-ohip-token-debug-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/guest-messaging/ohip-2026-03-08.log',
    (k) => `2026-03-08T06:00:01.112Z DEBUG OhipAuth POST /oauth/v1/tokens grant_type=password username=SEEBL_INT_MSG password=${k.spw()}
2026-03-08T06:00:01.540Z DEBUG OhipAuth <- 200 {"access_token":"${k.http(H.jwt(k.g))}","expires_in":3600,"token_type":"Bearer"}
2026-03-08T06:00:02.004Z INFO  Reservations GET /rsv/v1/hotels/${k.n(H.propertyCode(k.g))}/reservations?arrivalStartDate=2026-03-08 x-request-id=${k.n(k.g.uuid())}
2026-03-08T06:00:02.871Z INFO  Reservations 37 arrivals, first ${k.n(H.confirmation(k.g))}
2026-03-08T06:00:03.002Z WARN  Messaging template "pre_arrival_de" missing, fallback en
`,
  ),
  hDoc(
    'hosp-booking-engine-har',
    ['logs-and-output', 'http-auth', 'precision'],
    'support/booking-engine-checkout.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Chrome", "version": "134.0" },
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://book.hotel-panorama.example/api/checkout",
          "headers": [
            { "name": "cookie", "value": "_ga=${k.n(`GA1.1.${k.g.digits(10)}.${k.g.digits(10)}`)}; be_session=${k.http(k.g.base64url(48))}" },
            { "name": "x-csrf-token", "value": "${k.u(k.g.base64url(43))}" }
          ],
          "postData": { "text": "{\\"rateCode\\":\\"${k.n(H.rateCode(k.g))}\\",\\"card\\":\\"${k.n(H.maskedCard(k.g))}\\",\\"promo\\":\\"${k.n(H.promo(k.g))}\\"}" }
        },
        "response": { "status": 200, "content": { "text": "{\\"confirmation\\":\\"${k.n(H.confirmation(k.g))}\\",\\"pnr\\":\\"${k.n(H.pnr(k.g))}\\"}" } }
      }
    ]
  }
}
`,
  ),
  hDoc(
    'hosp-curl-verbose-channel',
    ['logs-and-output', 'http-auth', 'command-line', 'precision'],
    'support/curl-cm-ari.txt',
    (k) => `$ curl -v -u panorama_ari:${k.spw()} https://ari.channel-partner.example/v2/availability -d @ari.json
*   Trying ${H.ipv4(k.g, '185')}:443...
* Connected to ari.channel-partner.example
> POST /v2/availability HTTP/1.1
> Host: ari.channel-partner.example
> Authorization: Basic ${k.basic('panorama_ari')}
> Content-Type: application/x-www-form-urlencoded
>
< HTTP/1.1 207 Multi-Status
< x-correlation-id: ${k.n(k.g.uuid())}
{"accepted":212,"rejected":[{"room":"DBL","rate":"${k.n(H.rateCode(k.g))}","reason":"closed"}]}
`,
  ),
  hDoc(
    'hosp-fias-interface-log',
    ['logs-and-output', 'precision'],
    'logs/ifc/fias-pos-20260304.log',
    (k) => `04.03.26 18:22:01 <- LS|DA260304|TI182201|
04.03.26 18:22:01 -> LA|DA260304|TI182201|
04.03.26 18:40:13 -> PS|RN${k.n(H.room(k.g))}|PTC|TA${k.g.digits(4)}|P#${k.n(k.g.digits(6))}|WS01|DA260304|TI184013|
04.03.26 18:40:14 <- PA|ASOK|RN${k.n(H.room(k.g))}|P#${k.n(k.g.digits(6))}|WS01|
04.03.26 19:01:55 -> PR|RN${k.n(H.room(k.g))}|G#${k.n(k.g.digits(7))}|GNMUELLER|WS01|
04.03.26 19:01:55 <- PA|ASNM|CTGuest not found|
04.03.26 23:59:00 Interface login IFC_POS/${k.dev()} re-authenticated after link drop
`,
  ),
  hDoc(
    'hosp-webhook-delivery-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/webhooks/outgoing-2026-03-09.log',
    (k) => `[2026-03-09 10:12:44] POST ${k.prov('Zapier', `https://hooks.zapier.com/hooks/catch/${k.g.digits(7)}/${k.g.alnum(7).toLowerCase()}/`)} -> 200 (reservation.created ${k.n(H.confirmation(k.g))})
[2026-03-09 10:12:45] POST https://crm.hotelgroup.example/api/events?access_token=${k.http(k.g.alnum(40))} -> 201
[2026-03-09 10:12:45] POST ${k.prov('Slack', H.slackHook(k.g))} -> 200
[2026-03-09 10:13:02] POST https://loyalty.hotelgroup.example/v2/stays -> 401 (header X-Api-Key: ${k.n('****' + k.g.alnum(4))})
[2026-03-09 10:13:07] retry 1/3 with rotated key id ${k.n(k.g.uuid())}
`,
  ),
  hDoc(
    'hosp-kiosk-checkin-crash',
    ['logs-and-output', 'precision'],
    'logs/kiosk/crash-2026-03-07.txt',
    (k) => `Unhandled exception in SelfCheckIn.exe 3.2.0
System.Net.Http.HttpRequestException: 401 Unauthorized
   at Kiosk.Pms.Client.Login(String user = "kiosk01", String password = "${k.pw()}")
   at Kiosk.Flows.CheckIn.Run(String confirmation = "${k.n(H.confirmation(k.g))}")
Environment:
   KIOSK_ID=${k.n(`KSK-${k.g.digits(3)}`)}
   PMS_URL=https://pms.hotel-majestic.example/api
   PAYMENT_TERMINAL=${k.n(`P400-${k.g.digits(9)}`)}
   ENCODER_SECRET=${k.tok()}
Minidump: ${k.n(`C:\\ProgramData\\Kiosk\\dumps\\${k.g.uuid()}.dmp`)}
`,
  ),
  hDoc(
    'hosp-ci-build-output',
    ['logs-and-output', 'precision'],
    'ci/booking-widget-build-8812.log',
    (k) => `Run npm run build
> booking-widget@4.1.0 build
> vite build
vite v5.4.8 building for production...
✓ 312 modules transformed.
dist/assets/index-${k.n(k.g.alnum(8))}.js   221.31 kB │ gzip: 70.02 kB
dist/assets/index-${k.n(k.g.alnum(8))}.css   18.44 kB │ gzip:  4.12 kB
Deploying with token ${k.tok()} to bucket widgets-prod
Uploaded 14 files (sha ${k.n(H.sha1(k.g))})
Cache invalidation ${k.n(`I${k.g.upper(13)}`)} created
`,
  ),
  hDoc(
    'hosp-payment-gateway-debug',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/payments/adyen-notifications.log',
    (k) => `2026-03-03 14:01:10 INFO  notification AUTHORISATION psp=${k.n(k.g.upper(16))} merchantRef=${k.n(H.folio(k.g))} success=true
2026-03-03 14:01:10 DEBUG hmacSignature=${k.n(k.g.base64(44))} (valid)
2026-03-03 14:01:11 DEBUG outgoing capture headers {"x-API-key": "${k.prov('Adyen', H.adyenKey(k.g))}", "Idempotency-Key": "${k.n(k.g.uuid())}"}
2026-03-03 14:01:11 INFO  capture requested amount=412.00 EUR card=${k.n(H.maskedCard(k.g))}
`,
  ),
  hDoc(
    'hosp-night-audit-output',
    ['logs-and-output', 'precision'],
    'logs/night-audit/2026-03-06.txt',
    (k) => `NIGHT AUDIT – Hotel Lindenhof – business date 06.03.2026
Rooms occupied: 84 / 112   Occupancy: 75.0 %   ADR: 142.18 EUR   RevPAR: 106.64 EUR
No-shows posted: ${k.n(H.confirmation(k.g))}, ${k.n(H.confirmation(k.g))}
Folios with open balance: ${k.n(H.folio(k.g))} (room ${k.n(H.room(k.g))}), ${k.n(H.folio(k.g))} (room ${k.n(H.room(k.g))})
Export to accounting: sftp://audit:${k.cs()}@fibu.lindenhof.local/in/ OK
Backup: pmsdb_20260306.bak (md5 ${k.n(H.md5(k.g))})
`,
  ),
  hDoc(
    'hosp-api-gateway-access-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/nginx/api.access.log',
    (k) => `${H.ipv4(k.g, '192.0.2')} - - [09/Mar/2026:11:02:13 +0100] "GET /v1/availability?hotel=${k.n(H.propertyCode(k.g))}&from=2026-04-01 HTTP/1.1" 200 5121 "-" "SiteMinder/4.2"
${H.ipv4(k.g, '198.51.100')} - - [09/Mar/2026:11:02:14 +0100] "GET /v1/reservations?api_key=${k.http(k.g.hex(32))}&since=2026-03-08 HTTP/1.1" 200 18233 "-" "python-requests/2.32"
${H.ipv4(k.g, '198.51.100')} - - [09/Mar/2026:11:02:20 +0100] "GET /v1/rates?session=${k.n(k.g.uuid())} HTTP/1.1" 200 912 "-" "Mozilla/5.0"
${H.ipv4(k.g, '203.0.113')} - - [09/Mar/2026:11:03:01 +0100] "POST /v1/folios/${k.n(H.folio(k.g))}/payments HTTP/1.1" 201 77 "-" "kiosk/3.2"
`,
  ),
  hDoc(
    'hosp-mobile-key-sdk-log',
    ['logs-and-output', 'precision'],
    'logs/mobile-key/android-logcat.txt',
    (k) => `03-10 21:14:02.113  4410  4431 I MobileKeys: setup endpoint, invitation code ${k.u(`${k.g.upper(4)}-${k.g.upper(4)}-${k.g.upper(4)}-${k.g.upper(4)}`)}
03-10 21:14:03.870  4410  4431 D MobileKeys: endpoint id ${k.n(k.g.digits(10))}, key issued for room ${k.n(H.room(k.g))}
03-10 21:14:03.871  4410  4431 D MobileKeys: lock service uuid ${k.n(k.g.uuid())}
03-10 21:14:04.002  4410  4445 D HttpClient: Authorization: Bearer ${k.bearer()}
03-10 21:14:05.337  4410  4431 I MobileKeys: BLE opening lock ${k.n(`LK-${k.g.digits(5)}`)} rssi=-61
`,
  ),
  hDoc(
    'hosp-ticketing-queue-log',
    ['logs-and-output', 'precision'],
    'logs/ticketing/queue-onsale.log',
    (k) => `09:59:58 queue open for event ${k.n(H.eventId(k.g))}, 18,211 users waiting
10:00:00 onsale started, queue token format ${k.n(k.g.base64url(22))} (per user, 10 min)
10:00:04 redis connection redis://:${k.cs()}@queue-redis:6379/0 pool=64
10:03:11 inventory section A exhausted
10:09:45 order ${k.n(`ORD-${k.g.digits(8)}`)} held seats ${k.n('A-12-7')}, ${k.n('A-12-8')}
`,
  ),
];
