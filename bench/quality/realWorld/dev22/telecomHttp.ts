// HTTP traffic of carriers and CPaaS users: HAR exports, curl captures, API gateway and proxy logs, Postman
// environments. Basic blobs, bearer tokens, API-key headers, cookies and query tokens beside request ids,
// ETags, trace ids and SIP-style nonces.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_HTTP_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-selfcare-har',
    ['http-auth', 'logs-and-output', 'precision'],
    'support/har/selfcare-login-failure.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "124.0" },
    "entries": [
      {
        "request": {
          "method": "GET",
          "url": "https://minha.operadora.example/api/v1/invoices?account=${k.n(T.account(k.g))}",
          "headers": [
            { "name": "Authorization", "value": "Bearer ${k.bearer()}" },
            { "name": "Cookie", "value": "SESSION=${k.http(k.g.base64url(32))}; _ga=${k.n('GA1.2.' + k.g.digits(10) + '.' + k.g.digits(10))}" },
            { "name": "X-Request-ID", "value": "${k.n(k.g.uuid())}" }
          ]
        },
        "response": {
          "status": 200,
          "headers": [{ "name": "ETag", "value": "\\"${k.n(k.g.hex(32))}\\"" }]
        }
      }
    ]
  }
}
`,
  ),

  tDoc('telecom-curl-twilio-verbose', ['command-line', 'http-auth', 'logs-and-output', 'precision'], 'notes/twilio-debug.txt', (k) => {
    const sid = T.twilioSid(k.g);
    const tok = T.twilioToken(k.g);
    return `$ curl -v -X POST https://api.twilio.com/2010-04-01/Accounts/${k.u(sid)}/Messages.json \\
    --data-urlencode "To=${k.n(T.msisdn(k.g))}" --data-urlencode "From=+1${k.g.digits(10)}" --data-urlencode "Body=test" \\
    -u ${k.u(sid)}:${k.prov('Twilio', tok)}
> POST /2010-04-01/Accounts/${k.u(sid)}/Messages.json HTTP/2
> Host: api.twilio.com
> authorization: Basic ${k.http(T.b64(sid + ':' + tok))}
> user-agent: curl/8.5.0
< HTTP/2 201
< twilio-request-id: ${k.n('RQ' + k.g.hex(32))}
{"sid": "${k.n('SM' + k.g.hex(32))}", "status": "queued"}
`;
  }),

  tDoc(
    'telecom-api-gateway-access-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/kong-access-2026-03-01.log',
    (
      k,
    ) => `${T.ipv4(k.g, '189')} - - [01/Mar/2026:10:01:12 +0000] "GET /bss/v2/balance?msisdn=${k.n(T.msisdn(k.g).replace('+', ''))}&apikey=${k.http(k.g.alnum(32))} HTTP/1.1" 200 312 "-" "okhttp/4.12.0" rid=${k.n(k.g.hex(32))}
${T.ipv4(k.g, '189')} - - [01/Mar/2026:10:01:13 +0000] "POST /bss/v2/topup HTTP/1.1" 201 88 "-" "okhttp/4.12.0" rid=${k.n(k.g.hex(32))}
${T.ipv4(k.g, '177')} - - [01/Mar/2026:10:01:15 +0000] "GET /ussd/callback?session=${k.n(k.g.digits(12))}&token=${k.http(k.g.hex(40))} HTTP/1.1" 200 12 "-" "USSDGW/2.1"
${T.ipv4(k.g, '177')} - - [01/Mar/2026:10:01:19 +0000] "GET /bss/v2/balance?msisdn=${k.n(T.msisdn(k.g).replace('+', ''))}&apikey=${k.n('REDACTED')} HTTP/1.1" 401 40 "-" "python-requests/2.31"
`,
  ),

  tDoc(
    'telecom-postman-environment',
    ['config-syntax', 'http-auth', 'precision'],
    'postman/OCS-Staging.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "OCS Staging",
  "values": [
    { "key": "baseUrl", "value": "https://ocs-stg.carrier.internal", "enabled": true },
    { "key": "clientId", "value": "${k.n('selfcare-' + k.g.lower(6))}", "enabled": true },
    { "key": "clientSecret", "value": "${k.tok()}", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "${k.bearer()}", "type": "secret", "enabled": true },
    { "key": "testMsisdn", "value": "${k.n(T.msisdn(k.g))}", "enabled": true },
    { "key": "testImsi", "value": "${k.n(T.imsi(k.g))}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),

  tDoc(
    'telecom-nginx-proxy-ocs',
    ['config-syntax', 'http-auth', 'precision'],
    'nginx/conf.d/ocs-proxy.conf',
    (k) => `upstream ocs_backend { server ${T.ipv4(k.g, '10.80')}:8080; }

server {
    listen 443 ssl;
    server_name ocs-proxy.carrier.internal;
    ssl_certificate     /etc/nginx/tls/ocs.crt;
    ssl_certificate_key /etc/nginx/tls/ocs.key;

    location /charging/ {
        proxy_set_header Authorization "Basic ${k.basic('ocs-proxy')}";
        proxy_set_header X-Api-Key "${k.http(k.g.hex(32))}";
        proxy_pass http://ocs_backend;
    }
    location /status {
        auth_basic "NOC";
        auth_basic_user_file /etc/nginx/htpasswd;  # noc:${k.n('$apr1$' + k.g.alnum(8) + '$' + k.g.alnum(22))}
    }
}
`,
  ),

  tDoc(
    'telecom-cpaas-webhook-debug-log',
    ['logs-and-output', 'precision'],
    'logs/webhook-receiver.log',
    (k) => `[2026-03-04 12:00:01] INFO  inbound call webhook CallSid=${k.n('CA' + k.g.hex(32))} From=${k.n(T.msisdn(k.g))}
[2026-03-04 12:00:01] DEBUG X-Twilio-Signature=${k.n(k.g.base64(27) + '=')}
[2026-03-04 12:00:02] DEBUG validating with auth token ${k.prov('Twilio', T.twilioToken(k.g))}
[2026-03-04 12:00:02] INFO  signature ok
[2026-03-04 12:00:09] INFO  vonage inbound sms msisdn=${k.n(T.msisdn(k.g).replace('+', ''))} messageId=${k.n(k.g.hex(16).toUpperCase())}
[2026-03-04 12:00:09] DEBUG jwt signature secret=${k.hex(32)} alg=HS256
`,
  ),

  tDoc(
    'telecom-router-webui-capture',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/cpe-webui-login.txt',
    (k) => `POST /boaform/admin/formLogin HTTP/1.1
Host: 192.168.1.1
Content-Type: application/x-www-form-urlencoded
Cookie: sessionid=${k.http(k.g.hex(32))}
Content-Length: 64

username=admin&psd=${k.dev()}&csrftoken=${k.u(k.g.hex(16))}

HTTP/1.1 302 Found
Location: /index.html
Set-Cookie: sessionid=${k.http(k.g.hex(32))}; Path=/; HttpOnly

GET /cgi-bin/luci/;stok=${k.http(k.g.hex(32))}/admin/status HTTP/1.1
Host: 192.168.1.1
`,
  ),

  tDoc('telecom-bandwidth-api-curl', ['command-line', 'http-auth', 'precision'], 'docs/bandwidth-number-order.md', (k) => {
    const user = `api-${k.g.lower(6)}`;
    return `## Order numbers from Bandwidth

    curl -u ${user}:${k.spw()} \\
      -H "Content-Type: application/xml" \\
      -d @order.xml \\
      https://dashboard.bandwidth.com/api/accounts/${k.n(k.g.digits(7))}/orders

The same as a header, if your client wants it: \`Authorization: Basic ${k.basic(user)}\`.
Order id returned: ${k.n(k.g.uuid())}. Site id ${k.n(k.g.digits(5))}, SIP peer ${k.n(k.g.digits(6))}.
`;
  }),

  tDoc(
    'telecom-ws-soap-hlr-request',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/provisioning-soap.xml',
    (k) => `POST /ProvisioningGateway/HLR HTTP/1.1
Host: pg.core.internal:8080
SOAPAction: "urn:createSubscriber"
Content-Type: text/xml; charset=utf-8

<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>crm_prov</wsse:Username>
        <wsse:Password Type="PasswordText">${k.gpw()}</wsse:Password>
        <wsse:Nonce>${k.n(k.g.base64(24))}</wsse:Nonce>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <createSubscriber><imsi>${k.n(T.imsi(k.g))}</imsi><msisdn>${k.n(T.msisdn(k.g).replace('+', ''))}</msisdn><profile>PREPAID_4G</profile></createSubscriber>
  </soapenv:Body>
</soapenv:Envelope>
`,
  ),

  tDoc(
    'telecom-jwt-debug-chat',
    ['prose', 'http-auth', 'precision'],
    'exports/slack/selfcare-dev.txt',
    (k) => `[10:02] dev-lucia: app keeps getting 401 on /v2/plans, here's the token I'm sending: ${k.bearer()}
[10:04] dev-omar: that one's expired, exp is yesterday. Also don't paste tokens here 🙃
[10:05] dev-lucia: ok. fwiw the jwt.io sample ${k.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')} decodes fine
[10:07] dev-omar: use the staging API key instead: x-api-key ${k.http(k.g.alnum(40))}
[10:08] dev-lucia: thx. trace id of the failing call ${k.n(k.g.hex(32))}
`,
  ),
];
