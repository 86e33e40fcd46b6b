// HTTP traffic of ordering, delivery and farm APIs as people paste it: curl lines in tickets, raw requests, proxy
// logs, Postman exports, with API-key headers, Basic blobs, bearer tokens, cookies and query tokens beside request
// ids, order ids and public keys.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_HTTP_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-raw-request-justeat',
    ['http-auth', 'precision'],
    'support/JE-2210/request.txt',
    (k) => `PUT /orders/${k.n(k.g.digits(9))}/accepted HTTP/1.1
Host: uk-partnerapi.just-eat.io
X-JE-Requester: ${k.n(k.g.digits(5))}
X-Flyt-Api-Key: ${k.http(k.g.alnum(32))}
Content-Type: application/json

{"timeAcceptedFor":"2026-06-21T19:45:00Z"}
`,
  ),
  aDoc(
    'agri-postman-env-delivery',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/Delivery-Prod.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Delivery – Prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.deliveries.example", "enabled": true },
    { "key": "apiKey", "value": "${k.http(k.g.hex(40))}", "enabled": true },
    { "key": "bearer", "value": "${k.bearer()}", "enabled": true },
    { "key": "storeId", "value": "${k.n(k.g.uuid())}", "enabled": true },
    { "key": "password", "value": "${k.ph()}", "enabled": false }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),
  aDoc(
    'agri-nginx-access-log-token',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/nginx/access.log',
    (k) => `${A.ipv4(k.g, '203.0.113')} - - [21/Jun/2026:19:02:11 +0000] "GET /api/menu?store=087&v=${k.n(k.g.hex(8))} HTTP/1.1" 200 18231 "-" "KioskApp/4.2"
${A.ipv4(k.g, '198.51.100')} - - [21/Jun/2026:19:02:15 +0000] "GET /export/orders.csv?access_token=${k.http(k.g.alnum(40))} HTTP/1.1" 200 90211 "-" "curl/8.5.0"
${A.ipv4(k.g, '203.0.113')} - - [21/Jun/2026:19:02:19 +0000] "POST /webhooks/ubereats HTTP/1.1" 204 0 "-" "UberEats-Webhook"
${A.ipv4(k.g, '198.51.100')} - - [21/Jun/2026:19:03:02 +0000] "GET /static/app.${k.n(k.g.hex(8))}.js HTTP/1.1" 200 41022 "-" "Mozilla/5.0"
`,
  ),
  aDoc(
    'agri-ticket-curl-glovo-es',
    ['http-auth', 'prose', 'command-line', 'precision'],
    'tickets/GLV-118-menu-no-sincroniza.md',
    (k) => `### GLV-118 – el menú no se sincroniza con Glovo

Probé la llamada a mano y devuelve 401:

    curl -X POST https://stageapi.glovoapp.com/webhook/stores/${k.n(k.g.digits(6))}/menu \\
      -H "Authorization: ${k.http(k.g.hex(32))}" -H "Content-Type: application/json" -d @menu.json

El token es el que nos dio el account manager de Glovo por correo. Store id ${k.n(k.g.digits(6))}, SKU afectados
${k.n(A.sku(k.g))} y ${k.n(A.sku(k.g))}.
`,
  ),
  aDoc(
    'agri-wolt-http-capture',
    ['http-auth', 'logs-and-output', 'precision'],
    'debug/wolt-capture.txt',
    (k) => `> GET /venues/${k.n(k.g.hex(24))}/orders HTTP/2
> Host: pos-integration-service.wolt.com
> authorization: Bearer ${k.bearer()}
> user-agent: menusync/1.8
>
< HTTP/2 200
< x-request-id: ${k.n(k.g.uuid())}
< content-type: application/json
`,
  ),
  aDoc(
    'agri-farm-api-cookie-ticket',
    ['http-auth', 'prose', 'precision'],
    'tickets/AGRO-77-session-leak.md',
    (k) => `# AGRO-77: session cookie in the support chat

A grower pasted their browser's cookie header into the support chat when the map would not load:

\`Cookie: farmos_session=${k.http(k.g.base64url(43))}; _ga=${k.n('GA1.2.' + k.g.digits(9) + '.' + k.g.digits(10))}; locale=nl\`

We invalidated the session. Reminder for support: ask for a HAR with cookies stripped. Field in question: ${k.n(A.field(k.g))}.
`,
  ),
  aDoc(
    'agri-zomato-webhook-config',
    ['config-syntax', 'http-auth', 'precision'],
    'aggregators/zomato/webhook.yaml',
    (k) => `outlet_id: ${k.n(k.g.digits(8))}
callback_url: https://ck.example.in/hooks/zomato
headers:
  x-zomato-api-key: ${k.http(k.g.hex(32))}
  x-outlet-id: "${k.n(k.g.digits(8))}"
retry: 3
`,
  ),
  aDoc(
    'agri-fastapi-auth-defaults',
    ['code', 'defaults-in-code', 'http-auth', 'precision'],
    'farm-api/app/security.py',
    (k) => `from fastapi import Header, HTTPException

# Keys of the partner co-ops; move to the database before go-live
PARTNER_KEYS = {
    "coop-noord": "${k.tok()}",
    "coop-zuid": "${k.tok()}",
}
JWT_SECRET = "${k.tok()}"
JWT_ALGORITHM = "HS256"
EXAMPLE_HEADER = "X-Api-Key: ${k.n('<partner key>')}"

def check_key(x_api_key: str = Header(...)):
    if x_api_key not in PARTNER_KEYS.values():
        raise HTTPException(status_code=401, detail="invalid key")
`,
  ),
  aDoc(
    'agri-email-api-access-fr',
    ['prose', 'http-auth', 'precision'],
    'mail/acces-api-cooperative.txt',
    (k) => `Objet : Accès API collecte laitière

Bonjour,

voici votre clé d'API pour la remontée des collectes : ${k.tok()}
À passer dans l'en-tête « X-Api-Key » de chaque requête. L'identifiant d'exploitation (${k.n('FR' + k.g.digits(8))})
n'est pas secret. Pour l'ancien portail, l'authentification Basic reste possible :
Authorization: Basic ${k.basic('elevage-' + k.g.digits(4))}

Cordialement,
Service informatique – Coopérative laitière
`,
  ),
  aDoc(
    'agri-mqtt-ws-url-js',
    ['code', 'http-auth', 'precision'],
    'dashboard/src/mqtt.js',
    (k) => `import mqtt from 'mqtt';

// Dashboard in the packing shed; the broker accepts the key as a query token on the websocket URL
const client = mqtt.connect('wss://mqtt.packhouse.example:8884/mqtt?token=${k.http(k.g.alnum(32))}');
client.subscribe('packhouse/+/weight');
export const GRADER_IDS = ['${k.n('GR-' + k.g.digits(2))}', '${k.n('GR-' + k.g.digits(2))}'];
`,
  ),
  aDoc(
    'agri-mongo-uri-recipes',
    ['config-syntax', 'precision'],
    'recipes-api/config/default.json',
    (k) => `{
  "port": 8080,
  "mongo": { "uri": "mongodb+srv://recipes:${k.cs()}@cluster0.${k.n(k.g.lower(5))}.mongodb.net/recipes?retryWrites=true" },
  "redis": { "url": "redis://default:${k.cs()}@redis-12345.c1.eu-west-1-1.ec2.cloud.redislabs.com:12345" },
  "images": { "cdn": "https://cdn.recipes.example", "placeholder": "${k.n('data:image/png;base64,iVBORw0KGgo' + k.g.base64(40))}" },
  "allergensVersion": "${k.n(A.md5(k.g))}"
}
`,
  ),
  aDoc(
    'agri-amqp-lims-results',
    ['config-syntax', 'code', 'precision'],
    'lims-results/consumer.py',
    (k) => `import pika

params = pika.URLParameters("amqps://lims:${k.cs()}@mq.qa-lab.example:5671/results")
conn = pika.BlockingConnection(params)
ch = conn.channel()
ch.queue_declare(queue="microbiology")
# sample ids: ${k.n('S-' + k.g.digits(7))}, ${k.n('S-' + k.g.digits(7))}
`,
  ),
];
