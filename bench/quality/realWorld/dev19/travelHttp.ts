// HTTP as hospitality integrators capture it: Postman collections and environments exported to the repo, HAR
// captures from booking engines and vendor portals, request dumps in interface logs, raw HTTP in tickets.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_HTTP_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-postman-ohip-collection',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/OHIP.postman_collection.json',
    (k) => `{
  "info": { "name": "OHIP - Reservations", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "item": [
    {
      "name": "Get token",
      "request": {
        "method": "POST",
        "header": [
          { "key": "x-app-key", "value": "${k.http(k.g.uuid())}" },
          { "key": "Authorization", "value": "Basic ${k.basic('Hospitality_' + k.g.lower(6))}" },
          { "key": "Content-Type", "value": "application/x-www-form-urlencoded" }
        ],
        "body": { "mode": "urlencoded", "urlencoded": [
          { "key": "username", "value": "OHIP_INT_USER" },
          { "key": "password", "value": "${k.pw()}" },
          { "key": "grant_type", "value": "password" }
        ] },
        "url": "{{HostName}}/oauth/v1/tokens"
      }
    },
    {
      "name": "Get reservation",
      "request": {
        "method": "GET",
        "header": [
          { "key": "x-hotelid", "value": "{{HotelId}}" },
          { "key": "x-app-key", "value": "{{AppKey}}" },
          { "key": "Authorization", "value": "Bearer {{Token}}" }
        ],
        "url": "{{HostName}}/rsv/v1/hotels/{{HotelId}}/reservations/${k.n(k.g.digits(6))}"
      }
    }
  ]
}
`,
  ),

  tDoc(
    'travel-postman-env-channel',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/ChannelManager-PROD.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "ChannelManager PROD",
  "values": [
    { "key": "baseUrl", "value": "https://api.channel-mgr.example/v2", "enabled": true },
    { "key": "propertyId", "value": "${k.n(k.g.digits(5))}", "enabled": true },
    { "key": "apiKey", "value": "${k.tok()}", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "${k.bearer()}", "type": "default", "enabled": true },
    { "key": "pmsPassword", "value": "${k.pw()}", "type": "secret", "enabled": true },
    { "key": "bookingId", "value": "${k.n(T.bookingNo(k.g))}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),

  tDoc(
    'travel-har-booking-engine',
    ['http-auth', 'logs-and-output', 'precision'],
    'support/HD-booking-engine-error.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "entries": [
      {
        "startedDateTime": "2026-03-09T21:14:02.113Z",
        "request": {
          "method": "POST",
          "url": "https://book.hotelmarazul.example/api/checkout",
          "headers": [
            { "name": "Cookie", "value": "PHPSESSID=${k.http(k.g.lower(26))}; _ga=${k.n('GA1.2.' + k.g.digits(10) + '.' + k.g.digits(10))}; cookie_consent=all" },
            { "name": "X-Requested-With", "value": "XMLHttpRequest" },
            { "name": "X-CSRF-Token", "value": "${k.u(k.g.alnum(40))}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"arrival\\":\\"2026-04-10\\",\\"nights\\":3,\\"promo\\":\\"SPRING26\\",\\"cardToken\\":\\"${k.n('tok_' + k.g.alnum(24))}\\"}" }
        },
        "response": { "status": 500, "statusText": "Internal Server Error", "content": { "size": 88, "mimeType": "application/json" } }
      },
      {
        "startedDateTime": "2026-03-09T21:14:02.950Z",
        "request": {
          "method": "GET",
          "url": "https://maps.googleapis.com/maps/api/js?key=${k.n(T.googleApiKey(k.g))}&libraries=places",
          "headers": []
        },
        "response": { "status": 200, "statusText": "OK", "content": { "size": 210431, "mimeType": "text/javascript" } }
      }
    ]
  }
}
`,
  ),

  tDoc(
    'travel-har-vendor-portal',
    ['http-auth', 'logs-and-output', 'precision'],
    'support/extranet-login.har',
    (k) => `{"log":{"version":"1.2","entries":[
{"request":{"method":"POST","url":"https://extranet.channel-mgr.example/api/login","headers":[{"name":"Content-Type","value":"application/json"}],"postData":{"mimeType":"application/json","text":"{\\"username\\":\\"revenue@hotelmarazul.example\\",\\"password\\":\\"${k.pw()}\\"}"}},"response":{"status":200,"headers":[{"name":"Set-Cookie","value":"cm_session=${k.http(k.g.base64url(48))}; Path=/; HttpOnly; Secure"}]}},
{"request":{"method":"GET","url":"https://extranet.channel-mgr.example/api/rates?property=${k.n(k.g.digits(5))}","headers":[{"name":"Authorization","value":"Bearer ${k.bearer()}"}]},"response":{"status":200,"headers":[{"name":"ETag","value":"W/\\"${k.n(k.g.hex(32))}\\""}]}}
]}}
`,
  ),

  tDoc(
    'travel-raw-http-in-ticket',
    ['http-auth', 'prose', 'precision'],
    'tickets/HD-20931.md',
    (k) => `**Subject:** Expedia rates not updating since Tuesday

Hi team, the push keeps failing. Here's the request from our connector log:

\`\`\`
POST /eqc/ar HTTP/1.1
Host: services.expediapartnercentral.com
Authorization: Basic ${k.basic('EQC' + k.g.digits(6))}
Content-Type: text/xml; charset=utf-8
Content-Length: 1532
\`\`\`

and the answer is \`<Error code="1001">Authentication failed</Error>\`. Hotel id ${k.n(k.g.digits(8))}.
Did the EQC password expire? Ours was last changed in January.

— Priya, Revenue (Dubai Marina property)
`,
  ),

  tDoc(
    'travel-interface-request-dump',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/loyalty-gateway.log',
    (k) => `[2026-01-18 11:02:44.120] INFO  POST /members/lookup -> loyalty-core
[2026-01-18 11:02:44.121] DEBUG request headers: {"host":"loyalty.hotelgroup.example","x-api-key":"${k.http(k.g.alnum(40))}","x-request-id":"${k.n(k.g.uuid())}","user-agent":"Opera-IFC/5.6"}
[2026-01-18 11:02:44.122] DEBUG request body: {"memberNumber":"${k.n(T.loyalty(k.g))}","lastName":"Nakamura"}
[2026-01-18 11:02:44.390] INFO  200 member found tier=GOLD points=48210
[2026-01-18 11:02:45.001] DEBUG request headers: {"host":"loyalty.hotelgroup.example","authorization":"Bearer ${k.bearer()}","x-request-id":"${k.n(k.g.uuid())}"}
[2026-01-18 11:02:45.210] INFO  200 points posted folio=${k.n(k.g.digits(7))}
`,
  ),

  tDoc(
    'travel-insomnia-export-ticketing',
    ['http-auth', 'config-syntax', 'precision'],
    'api/insomnia-ticketing.yaml',
    (k) => `_type: export
__export_format: 4
resources:
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    name: List events
    method: GET
    url: https://www.eventbriteapi.example/v3/organizations/${k.n(k.g.digits(12))}/events/
    authentication:
      type: bearer
      token: ${k.http(k.g.upper(20))}
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    name: Ticketmaster discovery
    method: GET
    url: https://app.ticketmaster.example/discovery/v2/events.json?apikey=${k.http(k.g.alnum(32))}&city=Madrid
  - _id: env_${k.n(k.g.hex(32))}
    _type: environment
    data:
      tessitura_user: "webapi"
      tessitura_password: "${k.pw()}"
`,
  ),

  tDoc(
    'travel-curl-verbose-paste',
    ['command-line', 'http-auth', 'logs-and-output', 'precision'],
    'docs/debug-apaleo-401.txt',
    (k) => `$ curl -v https://api.apaleo.com/inventory/v1/properties -H "Authorization: Bearer $TOKEN"
*   Trying 52.x.x.x:443...
* Connected to api.apaleo.com (52.x.x.x) port 443
> GET /inventory/v1/properties HTTP/2
> Host: api.apaleo.com
> user-agent: curl/8.5.0
> accept: */*
> authorization: Bearer ${k.bearer()}
>
< HTTP/2 401
< www-authenticate: Bearer error="invalid_token", error_description="The token expired at '03/02/2026 09:12:44'"
< x-correlation-id: ${k.n(k.g.uuid())}
`,
  ),

  tDoc(
    'travel-guest-app-api-test-http',
    ['http-auth', 'code', 'precision'],
    'guest-app/api.http',
    (k) => `### Guest app API (VS Code REST client)
@host = https://guestapp-api.hotelgroup.example
@token = ${k.bearer()}

GET {{host}}/v1/stays/current
Authorization: Bearer {{token}}

### Mobile key issue (Salto KS)
POST {{host}}/v1/keys
Authorization: Bearer {{token}}
Content-Type: application/json

{ "reservation": "${k.n(T.confNo(k.g))}", "room": "${k.n(T.room(k.g))}" }

### Housekeeping (staff)
GET {{host}}/v1/hk/rooms?status=dirty
X-Staff-Key: ${k.http(k.g.hex(40))}
`,
  ),

  tDoc(
    'travel-nginx-proxy-basic',
    ['config-syntax', 'http-auth', 'precision'],
    'nginx/conf.d/pms-proxy.conf',
    (k) => `server {
    listen 443 ssl;
    server_name pms-proxy.hotelgroup.example;
    ssl_certificate     /etc/ssl/hotel.crt;
    ssl_certificate_key /etc/ssl/hotel.key;

    location /ohip/ {
        proxy_pass https://ohip.example-oracle.com/;
        proxy_set_header x-app-key ${k.http(k.g.uuid())};
        proxy_set_header Authorization "Basic ${k.basic('proxy_' + k.g.lower(4))}";
    }

    location /reports/ {
        auth_basic "Reports";
        auth_basic_user_file /etc/nginx/.htpasswd;
        root /srv;
    }
}
`,
  ),
];
