// Delivery platforms and kitchen displays: Deliverect, Uber Eats, Deliveroo, DoorDash Drive, Wolt, kitchen alert bots,
// as integration code, webhooks and the dark-kitchen operator's notes.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_DELIVERY_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-doordash-drive-jwt-ts',
    ['code', 'defaults-in-code', 'precision'],
    'src/delivery/doordash.ts',
    (k) => `import jwt from 'jsonwebtoken';

const DEVELOPER_ID = '${k.n(k.g.uuid())}';
const KEY_ID = '${k.u(k.g.uuid())}';
const SIGNING_SECRET = '${k.s('token', H.doordashSecret(k.g), 'DoorDash Drive')}';

export function doordashToken(): string {
  const data = { aud: 'doordash', iss: DEVELOPER_ID, kid: KEY_ID, exp: Math.floor(Date.now() / 1000 + 300), iat: Math.floor(Date.now() / 1000) };
  return jwt.sign(data, Buffer.from(SIGNING_SECRET, 'base64'), { algorithm: 'HS256', header: { 'dd-ver': 'DD-JWT-V1' } as never });
}
`,
  ),
  hDoc(
    'hosp-deliverect-webhook-py',
    ['code', 'defaults-in-code', 'precision'],
    'kitchen/deliverect_webhook.py',
    (k) => `import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
DELIVERECT_CLIENT_ID = "${k.n(k.g.alnum(20).toLowerCase())}"
DELIVERECT_CLIENT_SECRET = "${k.tok()}"
# webhook HMAC uses the partner secret, not the client secret
DELIVERECT_PARTNER_SECRET = "${k.hex(64)}"
LOCATION_IDS = ["${k.n(k.g.hex(24))}", "${k.n(k.g.hex(24))}"]


@app.post("/deliverect/orders")
def order():
    sig = hmac.new(DELIVERECT_PARTNER_SECRET.encode(), request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, request.headers.get("X-Server-Authorization-Hmac-Sha256", "")):
        abort(401)
    return {"posOrderId": request.json["_id"]}
`,
  ),
  hDoc(
    'hosp-ubereats-curl-history',
    ['command-line', 'http-auth', 'precision'],
    'home/dev/.bash_history',
    (k) => `cd ~/projects/ghost-kitchen
curl -X POST https://auth.uber.com/oauth/v2/token -d client_id=${k.n(k.g.alnum(32))} -d client_secret=${k.tok()} -d grant_type=client_credentials -d scope=eats.store
export UBER_TOKEN=${k.http(`IA.${k.g.base64url(k.g.pick([120, 160]))}`)}
curl -H "Authorization: Bearer $UBER_TOKEN" https://api.uber.com/v1/eats/stores/${k.n(k.g.uuid())}/status
git log --oneline | head
curl -H "Authorization: Bearer ${k.n('$UBER_TOKEN')}" https://api.uber.com/v2/eats/order/${k.n(k.g.uuid())}
docker compose logs -f orders
`,
  ),
  hDoc(
    'hosp-deliveroo-env-yaml',
    ['config-syntax', 'precision'],
    'helm/orders-api/values-prod.yaml',
    (k) => `env:
  DELIVEROO_API_BASE: https://api.developers.deliveroo.com
  DELIVEROO_CLIENT_ID: ${k.n(k.g.alnum(26).toLowerCase())}
  DELIVEROO_CLIENT_SECRET:
    valueFrom:
      secretKeyRef: { name: deliveroo, key: client-secret }
  DELIVEROO_WEBHOOK_SECRET: ${k.tok()}
  WOLT_VENUE_ID: ${k.n(k.g.hex(24))}
  WOLT_API_KEY: ${k.tok()}
  BRAND_IDS: "${k.n(k.g.uuid())}"
`,
  ),
  hDoc(
    'hosp-kds-telegram-bot',
    ['code', 'defaults-in-code', 'precision'],
    'kitchen-alerts/bot.py',
    (k) => `"""Sends 'order late' alerts from the KDS to the kitchen's Telegram group."""
import requests

BOT_TOKEN = "${k.prov('Telegram', H.telegramBot(k.g))}"
CHAT_ID = ${k.n(`-100${k.g.digits(10)}`)}


def late(order_no: str, minutes: int) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": f"Order {order_no} is {minutes} min late"},
        timeout=5,
    )
`,
  ),
  hDoc(
    'hosp-dark-kitchen-notion-export',
    ['prose', 'precision'],
    'notion/dark-kitchen-logins.md',
    (k) => `# Dark kitchen — tablet logins (Kreuzberg site)

| Platform | Login | Password | Store id |
|---|---|---|---|
| Uber Eats Manager | kitchen.kreuzberg@brandhub.example | ${k.hpw()} | ${k.n(k.g.uuid())} |
| Deliveroo Hub | kreuzberg-ops | ${k.pw()} | ${k.n(k.g.digits(6))} |
| Wolt Merchant | kreuzberg@brandhub.example | ${k.hpw()} | ${k.n(k.g.hex(24))} |
| Lieferando | ${k.n(k.g.digits(7))} | ${k.n('(via owner SSO)')} | ${k.n(k.g.digits(7))} |

Tablet unlock PIN is on the sticker under the tablet (do not photograph it).
`,
  ),
  hDoc(
    'hosp-delivery-webhook-har',
    ['logs-and-output', 'http-auth', 'precision'],
    'debug/deliverect-order.har',
    (
      k,
    ) => `{"log":{"version":"1.2","entries":[{"request":{"method":"POST","url":"https://api.deliverect.com/oauth/token","headers":[{"name":"content-type","value":"application/json"}],"postData":{"text":"{\\"client_id\\":\\"${k.n(k.g.alnum(20).toLowerCase())}\\",\\"client_secret\\":\\"${k.tok()}\\",\\"audience\\":\\"https://api.deliverect.com\\",\\"grant_type\\":\\"token\\"}"}},"response":{"status":200,"content":{"text":"{\\"access_token\\":\\"${k.http(H.jwt(k.g))}\\",\\"expires_at\\":1772400000,\\"token_type\\":\\"Bearer\\"}"}}},{"request":{"method":"GET","url":"https://api.deliverect.com/channelLinks/${k.n(k.g.hex(24))}","headers":[{"name":"authorization","value":"Bearer ${k.bearer()}"},{"name":"x-request-id","value":"${k.n(k.g.uuid())}"}]},"response":{"status":200}}]}}
`,
  ),
  hDoc(
    'hosp-menu-sync-dockerfile',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'menu-sync/Dockerfile',
    (k) => `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV MENU_SOURCE=lightspeed \\
    DELIVERECT_ACCOUNT=${k.n(k.g.hex(24))} \\
    DELIVERECT_API_KEY=${k.tok()} \\
    IMAGE_CDN_TOKEN=${k.tok()} \\
    TZ=Europe/Berlin
ARG BUILD_SHA=${k.n(H.sha1(k.g))}
CMD ["python", "-m", "menusync"]
`,
  ),
  hDoc(
    'hosp-courier-dispatch-log',
    ['logs-and-output', 'precision'],
    'logs/dispatch-2026-03-05.jsonl',
    (k) => `{"ts":"2026-03-05T18:02:11Z","level":"info","msg":"quote requested","external_delivery_id":"${k.n(`D-${k.g.digits(8)}`)}","fee":599}
{"ts":"2026-03-05T18:02:12Z","level":"debug","msg":"signed request","kid":"${k.n(k.g.uuid())}","jwt":"${k.http(H.jwtHs(k.g))}"}
{"ts":"2026-03-05T18:02:12Z","level":"info","msg":"delivery created","tracking_url":"https://track.example/${k.n(k.g.base64url(16))}","trace_id":"${k.n(H.traceId(k.g))}"}
{"ts":"2026-03-05T18:40:55Z","level":"info","msg":"delivered","dasher_id":${k.n(k.g.digits(7))},"signature_image":"${k.n('data:image/png;base64,' + k.g.base64(40))}"}
`,
  ),
  hDoc(
    'hosp-delivery-aggregator-tr',
    ['prose', 'precision'],
    'notlar/paket-servis-entegrasyon.md',
    (k) => `# Paket servis entegrasyonu – Bodrum şubesi

- Yemeksepeti restoran paneli: kullanıcı ${k.n('bodrum.sube')}, şifre ${k.hpw()}
- Getir Yemek API anahtarı: ${k.tok()}
- Trendyol Yemek satıcı no: ${k.n(k.g.digits(6))}
- Vergi no: ${k.n(k.g.digits(10))} — IBAN: ${k.n(`TR${k.g.digits(24)}`)}
- Kasa bilgisayarı yönetici şifresi: ${k.gpw()}
Not: şifreler değiştirildiğinde bu sayfayı güncelleyin.
`,
  ),
  hDoc(
    'hosp-kds-appsettings-json',
    ['config-syntax', 'precision'],
    'kds/appsettings.Production.json',
    (k) => `{
  "ConnectionStrings": {
    "Kds": "Server=kds-sql;Database=Kds;User Id=kds_app;Password=${k.cs()};TrustServerCertificate=True"
  },
  "Printers": [ { "Station": "Grill", "Ip": "${H.ipv4(k.g, '192.168')}" }, { "Station": "Cold", "Ip": "${H.ipv4(k.g, '192.168')}" } ],
  "Pos": { "Vendor": "Simphony", "ApiUser": "kds", "ApiPassword": "${k.pw()}" },
  "Telemetry": { "InstrumentationKey": "${k.n(k.g.uuid())}" }
}
`,
  ),
];
