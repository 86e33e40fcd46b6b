// Browser artifacts: devtools HAR and "Copy as cURL/fetch/PowerShell", storage dumps, bookmarklets, cookie jars
// and password-manager exports people attach to tickets.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web } from './webValues';

export const WEB_BROWSER_DOCS: RealWorldDoc[] = [
  doc('web-har-wp-admin', ['http-auth', 'logs-and-output'], 'attachments/wp-admin-slow.har', (k) => {
    const w = web(k);
    const h = k.g.hex(32);
    return `{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "pages": [{ "startedDateTime": "2025-03-04T10:11:12.345Z", "id": "page_1", "title": "Dashboard ‹ Example Site — WordPress", "pageTimings": { "onLoad": 8421 } }],
    "entries": [
      {
        "_initiator": { "type": "script" },
        "_resourceType": "xhr",
        "request": {
          "method": "POST",
          "url": "https://www.example-verein.de/wp-admin/admin-ajax.php",
          "httpVersion": "http/2.0",
          "headers": [
            { "name": ":authority", "value": "www.example-verein.de" },
            { "name": "accept", "value": "application/json, text/javascript, */*; q=0.01" },
            { "name": "content-type", "value": "application/x-www-form-urlencoded; charset=UTF-8" },
            { "name": "cookie", "value": "wordpress_logged_in_${h}=vorstand%7C1741600000%7C${k.s('http-auth', k.g.alnum(43))}%7C${k.n(k.g.hex(64))}; wp-settings-1=libraryContent%3Dbrowse; wp-settings-time-1=1741086672" },
            { "name": "x-wp-nonce", "value": "${k.n(k.g.hex(10))}" },
            { "name": "user-agent", "value": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36" }
          ],
          "queryString": [],
          "cookies": [],
          "postData": { "mimeType": "application/x-www-form-urlencoded; charset=UTF-8", "text": "action=heartbeat&_nonce=${k.n(k.g.hex(10))}&screen_id=dashboard" },
          "headersSize": -1,
          "bodySize": 62
        },
        "response": {
          "status": 200,
          "statusText": "",
          "headers": [{ "name": "x-request-id", "value": "${w.uuid()}" }],
          "content": { "size": 53, "mimeType": "application/json", "text": "{\\"wp-auth-check\\":true,\\"server_time\\":1741086673}" }
        },
        "time": 8123.4
      },
      {
        "request": {
          "method": "GET",
          "url": "https://api.example-verein.de/mitglieder?limit=50&api_token=${k.s('http-auth', k.g.alnum(32))}",
          "headers": [
            { "name": "authorization", "value": "Bearer ${w.jwt()}" },
            { "name": "if-none-match", "value": "W/\\"${k.n(k.g.hex(16))}\\"" }
          ]
        },
        "response": { "status": 304, "headers": [] },
        "time": 210.9
      }
    ]
  }
}
`;
  }),

  doc('web-copy-as-curl-ticket', ['http-auth', 'command-line', 'prose'], 'issues/api-500-on-checkout.md', (k) => {
    const w = web(k);
    return `### Checkout gibt 500 zurück (nur bei PayPal)

Seit dem Update auf 8.7 bekomme ich beim Klick auf "Jetzt kaufen" einen 500er. Request aus den DevTools ("Copy as cURL (bash)"):

${F}bash
curl 'https://shop.example-modelle.de/store-api/checkout/order' \\
  -H 'accept: application/json' \\
  -H 'accept-language: de-DE,de;q=0.9,en;q=0.8' \\
  -H 'content-type: application/json' \\
  -H 'sw-access-key: ${k.n('SWSC' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 22))}' \\
  -H 'sw-context-token: ${k.s('http-auth', k.g.alnum(32))}' \\
  -H 'cookie: session-=${w.cookie()}; _ga=GA1.1.${k.g.digits(9)}.${k.g.digits(10)}; cookie-preference=1' \\
  -H 'origin: https://shop.example-modelle.de' \\
  -H 'sec-ch-ua: "Chromium";v="133", "Not(A:Brand";v="99"' \\
  --data-raw '{"customerComment":"","affiliateCode":null,"campaignCode":null}'
${F}

Response:
${F}
{"errors":[{"status":"500","code":"0","title":"Internal Server Error","detail":"Call to a member function getId() on null"}]}
${F}

Shopware 6.5.8.7, PHP 8.2, PayPal-Plugin 8.7.1. Log hänge ich an, falls nötig.
`;
  }),

  doc('web-copy-as-fetch', ['http-auth', 'code'], 'snippets/repro.js', (k) => {
    const w = web(k);
    return `// copied from Chrome devtools -> "Copy as fetch" to reproduce the 401 after token refresh
fetch("https://panel.example-saas.io/api/v2/sites/4821/deploy", {
  "headers": {
    "accept": "*/*",
    "authorization": "Bearer ${w.jwt()}",
    "content-type": "application/json",
    "x-csrf-token": "${k.u(k.g.base64(32))}",
    "x-client-version": "${k.n('2025.02.1')}"
  },
  "referrer": "https://panel.example-saas.io/sites/4821",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": "{\\"branch\\":\\"main\\",\\"clearCache\\":true}",
  "method": "POST",
  "mode": "cors",
  "credentials": "include"
});

// and the refresh call that returned the new token
fetch("https://panel.example-saas.io/api/auth/refresh", {
  "headers": { "content-type": "application/json" },
  "body": "{\\"refresh_token\\":\\"${w.tok()}\\"}",
  "method": "POST"
});
`;
  }),

  doc('web-copy-as-powershell', ['http-auth', 'command-line'], 'notes/repro-iis.ps1', (k) => {
    const w = web(k);
    return `$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0"
$session.Cookies.Add((New-Object System.Net.Cookie(".AspNetCore.Session", "${k.s('http-auth', k.g.base64url(120))}", "/", "intranet.example-stadtwerke.de")))
$session.Cookies.Add((New-Object System.Net.Cookie("ASP.NET_SessionId", "${w.cookie()}", "/", "intranet.example-stadtwerke.de")))
Invoke-WebRequest -UseBasicParsing -Uri "https://intranet.example-stadtwerke.de/zaehler/export?format=csv" \`
-WebSession $session \`
-Headers @{
"authority"="intranet.example-stadtwerke.de"
  "method"="GET"
  "accept"="text/csv"
  "Authorization"="Basic ${w.basic('export')}"
  "RequestVerificationToken"="${k.u('CfDJ8' + k.g.base64url(150))}"
}
`;
  }),

  doc('web-localstorage-dump', ['logs-and-output', 'http-auth'], 'debug/localStorage-dump.json', (k) => {
    const w = web(k);
    return `{
  "i18nextLng": "tr",
  "theme": "dark",
  "ajs_anonymous_id": "\\"${k.n(k.g.uuid())}\\"",
  "_grecaptcha": "${k.n(k.g.base64url(120))}",
  "persist:root": "{\\"auth\\":\\"{\\\\\\"user\\\\\\":{\\\\\\"id\\\\\\":${k.g.digits(4)},\\\\\\"email\\\\\\":\\\\\\"${w.who()}@example-kargo.com.tr\\\\\\"},\\\\\\"accessToken\\\\\\":\\\\\\"${w.jwt()}\\\\\\",\\\\\\"refreshToken\\\\\\":\\\\\\"${w.tok()}\\\\\\"}\\",\\"_persist\\":\\"{\\\\\\"version\\\\\\":-1,\\\\\\"rehydrated\\\\\\":true}\\"}",
  "firebase:authUser:${k.n(k.raw.googleBrowserKey(k.g))}:[DEFAULT]": "{\\"uid\\":\\"${k.n(k.g.alnum(28))}\\",\\"stsTokenManager\\":{\\"refreshToken\\":\\"${k.s('token', 'AMf-vB' + k.g.base64url(200))}\\",\\"accessToken\\":\\"${w.jwt()}\\",\\"expirationTime\\":1741090000000}}",
  "cookieConsent": "{\\"analytics\\":true,\\"marketing\\":false}",
  "lastVisitedRoute": "/gonderiler/takip"
}
`;
  }),

  doc('web-bookmarklet', ['code', 'http-auth'], 'tools/bookmarklets.html', (k) => {
    const w = web(k);
    const tok = k.g.hex(40);
    return `<!-- Lesezeichen für die Redaktion: in die Lesezeichenleiste ziehen -->
<h1>Redaktions-Helfer</h1>
<ul>
  <li><a href="javascript:(function(){fetch('https://cms.example-zeitung.de/api/purge?url='+encodeURIComponent(location.href),{method:'POST',headers:{'X-Purge-Token':'${k.s('token', tok)}'}}).then(function(r){alert(r.ok?'Cache geleert':'Fehler '+r.status)})})();">🧹 Cache leeren</a></li>
  <li><a href="javascript:location.href='https://cms.example-zeitung.de/login?autologin=${w.tok()}&next='+encodeURIComponent(location.pathname)">✏️ Im CMS öffnen</a></li>
  <li><a href="javascript:(function(){var s=document.createElement('script');s.src='https://cdn.example-zeitung.de/seo-check.js?v=${k.n(k.g.hex(7))}';document.body.appendChild(s)})();">🔎 SEO-Check</a></li>
</ul>
`;
  }),

  doc('web-cookies-txt', ['credential-file'], 'cookies.txt', (k) => {
    const w = web(k);
    const exp = () => String(1750000000 + Number(k.g.digits(7)));
    return `# Netscape HTTP Cookie File
# https://curl.se/docs/http-cookies.html
# This file was generated by libcurl! Edit at your own risk.

.example-forum.ru	TRUE	/	TRUE	${exp()}	xf_user	${k.g.digits(5)}%2C${k.s('http-auth', k.g.base64url(32))}
.example-forum.ru	TRUE	/	TRUE	${exp()}	xf_csrf	${k.u(k.g.base64url(16))}
.example-forum.ru	TRUE	/	FALSE	${exp()}	xf_session	${w.cookie()}
#HttpOnly_.hosting-example.ru	TRUE	/	TRUE	${exp()}	PHPSESSID	${k.s('http-auth', k.g.lower(26))}
.hosting-example.ru	TRUE	/	FALSE	${exp()}	_ym_uid	${k.n(k.g.digits(19))}
.hosting-example.ru	TRUE	/	FALSE	${exp()}	lang	ru
`;
  }),

  doc('web-chrome-passwords-csv', ['credential-file'], 'Desktop/Chrome Passwords.csv', (k) => {
    const w = web(k);
    const rows = [
      ['wp-admin', 'https://www.example-hotel-bali.id/wp-login.php', 'admin_hotel', w.hum()],
      ['cpanel', 'https://example-hotel-bali.id:2083/', 'examplehb', w.gen()],
      ['mail.example-hotel-bali.id', 'https://mail.example-hotel-bali.id/', 'reservasi@example-hotel-bali.id', w.pw()],
      ['booking.com extranet', 'https://admin.booking.com/', 'exhotelbali', w.hum()],
      ['niagahoster', 'https://panel.niagahoster.co.id/login', 'owner@example-hotel-bali.id', w.let()],
    ];
    return `name,url,username,password,note
${rows.map((r) => r.join(',')).join('\n')}
192.168.1.1,http://192.168.1.1/,admin,${k.u('admin')},
`;
  }),

  doc('web-devtools-console-paste', ['logs-and-output', 'prose'], 'support/console-output.txt', (k) => {
    const w = web(k);
    return `Hi, here's what the console shows when the map widget fails (copied from Firefox):

Loading failed for the <script> with source "https://maps.googleapis.com/maps/api/js?key=${w.maps()}&callback=initMap".
Google Maps JavaScript API error: RefererNotAllowedMapError https://developers.google.com/maps/documentation/javascript/error-messages#referer-not-allowed-map-error
Your site URL to be authorized: https://www.example-realty.com/listings/
Uncaught (in promise) Error: Request failed with status code 401
    at createError (vendor.${k.n(k.g.hex(8))}.js:2:18345)
XHR GET https://api.example-realty.com/v1/listings?page=1&access_token=${k.s('http-auth', k.g.hex(40))} [HTTP/2 401 84ms]
> localStorage.getItem('idx_api_key')
< "${w.tok()}"
> document.cookie
< "_ga=GA1.2.${k.g.digits(9)}.${k.g.digits(10)}; _gid=GA1.2.${k.g.digits(9)}.${k.g.digits(10)}; wp_realty_session=${w.cookie()}"
`;
  }),
];
