// Operations of ordering platforms, cold-chain monitoring and farm IoT: shell history, CI files, Dockerfiles,
// logs, curl and HAR captures with HTTP auth, beside request ids, order ids, DevEUIs and masked values.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_OPS_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-bash-history-farm-server',
    ['command-line', 'precision'],
    'home/farmadmin/.bash_history',
    (k) => `sudo apt update && sudo apt upgrade -y
docker compose -f /opt/farmos/docker-compose.yml logs -f www
mysql -u root -p${k.spw()} farm_old -e "show tables"
curl -s "https://api.openweathermap.org/data/2.5/weather?q=Londrina&appid=${k.prov('OpenWeatherMap', A.owm(k.g))}"
mosquitto_pub -h localhost -u sensors -P '${k.spw()}' -t gh/ede/setpoint -m 21.5
sha256sum chirpstack_4.7.0_linux_arm64.deb
ttn-lw-cli end-devices get orchard-irrigation soil-n-01 --root-keys
export PGPASSWORD=${k.spw()}
pg_dump -h localhost -U farm farm > /backup/farm-$(date +%F).sql
history -c
`,
  ),
  aDoc(
    'agri-curl-toast-capture',
    ['http-auth', 'command-line', 'precision'],
    'docs/debug/toast-orders-curl.md',
    (k) => `Reproduced the missing-orders bug with curl (store 087):

\`\`\`
curl -s 'https://ws-api.toasttab.com/orders/v2/ordersBulk?startDate=2026-05-01T00:00:00.000-0400&pageSize=100' \\
  -H 'Authorization: Bearer ${k.bearer()}' \\
  -H 'Toast-Restaurant-External-ID: ${k.n(k.g.uuid())}'
\`\`\`

Response had 37 orders, first one ${k.n(k.g.uuid())}. The token above expires in 24 h anyway, but I'll rotate the
client secret after the call. Request id from the response headers: ${k.n(k.g.hex(32))}.
`,
  ),
  aDoc(
    'agri-har-ordering-checkout',
    ['http-auth', 'logs-and-output', 'precision'],
    'support/HD-3321/checkout.har.json',
    (k) => `{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://order.pizzeria-gruppo.example/api/checkout",
          "headers": [
            { "name": "Cookie", "value": "session=${k.http(k.g.base64url(48))}; cart=${k.n(k.g.uuid())}" },
            { "name": "X-CSRF-Token", "value": "${k.u(k.g.base64url(43))}" },
            { "name": "Content-Type", "value": "application/json" }
          ],
          "postData": { "text": "{\\"orderId\\":\\"${k.n(A.order(k.g))}\\",\\"table\\":\\"12\\"}" }
        },
        "response": { "status": 502, "headers": [ { "name": "X-Request-Id", "value": "${k.n(k.g.hex(32))}" } ] }
      },
      {
        "request": {
          "method": "GET",
          "url": "https://api.deliveroo-partner.example/v1/orders?brand_id=${k.n(k.g.digits(5))}",
          "headers": [ { "name": "Authorization", "value": "Basic ${k.basic('pizzeria-gruppo')}" } ]
        },
        "response": { "status": 200 }
      }
    ]
  }
}
`,
  ),
  aDoc(
    'agri-gitlab-ci-ordering',
    ['config-syntax', 'command-line', 'precision'],
    'ordering/.gitlab-ci.yml',
    (k) => `stages: [test, deploy]

variables:
  POSTGRES_DB: ordering_test
  POSTGRES_USER: ordering
  POSTGRES_PASSWORD: ${k.spw()}
  STRIPE_SECRET_KEY: $STRIPE_SECRET_KEY

test:
  image: node:20
  services: [postgres:16]
  script:
    - npm ci
    - DATABASE_URL=postgres://ordering:$POSTGRES_PASSWORD@postgres:5432/ordering_test npm test

deploy:
  stage: deploy
  script:
    - curl -fsS -X POST -H "Authorization: Bearer ${k.http(k.g.alnum(40))}" https://deploy.hosting.example/hooks/ordering
    - echo "deployed \${CI_COMMIT_SHA}"
  only: [main]
`,
  ),
  aDoc(
    'agri-dockerfile-coldchain',
    ['config-syntax', 'command-line', 'precision'],
    'coldchain/Dockerfile',
    (k) => `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt --extra-index-url https://ci:${k.cs()}@pypi.coldchain.example/simple
COPY . .
ENV MONNIT_API_KEY_ID=${k.u(k.g.alnum(12))}
ENV MONNIT_API_SECRET=${k.tok()}
ENV AWS_ACCESS_KEY_ID=${k.u(A.awsId(k.g))}
ENV AWS_SECRET_ACCESS_KEY=${k.prov('AWS', A.awsSecret(k.g))}
ENV TZ=Europe/Amsterdam
CMD ["python", "-m", "coldchain.worker"]
`,
  ),
  aDoc(
    'agri-log-ordering-api',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/ordering-api-2026-06-21.log',
    (k) => `2026-06-21T19:02:11.204Z INFO  [req ${k.n(k.g.hex(16))}] POST /api/orders 201 order=${k.n(A.order(k.g))} total=42.50
2026-06-21T19:02:13.880Z WARN  [req ${k.n(k.g.hex(16))}] Uber Eats webhook signature mismatch, header=${k.n(k.g.hex(64))}
2026-06-21T19:02:14.017Z DEBUG outgoing GET https://api.justeat-partner.example/orders headers={"Authorization":"Bearer ${k.bearer()}","Accept":"application/json"}
2026-06-21T19:02:15.531Z INFO  payment captured pi=${k.n('pi_' + k.g.alnum(24))} card=${k.n('**** 4242')}
2026-06-21T19:02:16.002Z DEBUG db connect postgres://ordering:${k.cs()}@db-primary:5432/ordering
2026-06-21T19:02:16.150Z INFO  [req ${k.n(k.g.hex(16))}] GET /api/menu?store=087 200 etag=${k.n('W/"' + k.g.hex(16) + '"')}
`,
  ),
  aDoc(
    'agri-log-chirpstack-join',
    ['logs-and-output', 'precision'],
    'logs/chirpstack-2026-04-02.log',
    (k) => `2026-04-02T05:11:03Z INFO uplink: join-request received dev_eui=${k.n(A.eui(k.g).toLowerCase())} join_eui=${k.n(A.eui(k.g).toLowerCase())}
2026-04-02T05:11:03Z INFO join-accept sent dev_addr=${k.n(k.g.hex(8))} f_cnt_up=0
2026-04-02T05:11:04Z DEBUG device-session created nwk_s_enc_key=${k.s('token', k.g.hex(32))} app_s_key=${k.s('token', k.g.hex(32))}
2026-04-02T05:12:40Z INFO uplink: f_port=2 data=${k.n(k.g.base64(16))} rssi=-112 snr=-7.5
2026-04-02T05:12:40Z INFO mqtt publish topic=application/${k.n(k.g.uuid())}/device/${k.n(A.eui(k.g).toLowerCase())}/event/up
`,
  ),
  aDoc(
    'agri-github-actions-farmshop',
    ['config-syntax', 'precision'],
    'farmshop/.github/workflows/deploy.yml',
    (k) => `name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_CLI_THEME_TOKEN: \${{ secrets.SHOPIFY_THEME_TOKEN }}
      SHOPIFY_FLAG_STORE: hofladen-example.myshopify.com
    steps:
      - uses: actions/checkout@${k.n(A.sha1(k.g))}
      - run: npm ci
      - run: npx shopify theme push --live --allow-live
      - name: notify
        run: curl -X POST -d '{"text":"theme deployed"}' ${k.prov('Slack', A.slackHook(k.g))}
`,
  ),
  aDoc(
    'agri-psql-session-output',
    ['logs-and-output', 'command-line', 'precision'],
    'docs/debug/loyalty-db-session.txt',
    (k) => `$ psql "postgresql://loyalty_admin:${k.cs()}@loyalty-db.internal:5432/loyalty"
psql (16.2)
loyalty=# select id, name, api_key_prefix, created_at from partner limit 3;
 id |     name      | api_key_prefix |       created_at
----+---------------+----------------+------------------------
  1 | giftcards     | ${k.n(k.g.alnum(6))}         | 2025-11-02 09:14:00+00
  2 | kiosk-087     | ${k.n(k.g.alnum(6))}         | 2026-01-19 16:40:12+00
  3 | web-ordering  | ${k.n(k.g.alnum(6))}         | 2026-03-03 11:02:55+00
loyalty=# select token_hash from session where user_id = 44;
 ${k.n(A.sha256(k.g))}
`,
  ),
  aDoc(
    'agri-curl-tts-downlink',
    ['command-line', 'http-auth', 'precision'],
    'docs/lorawan/send-downlink.md',
    (k) => `## Open a valve from the command line

\`\`\`bash
curl -X POST "https://eu1.cloud.thethings.network/api/v3/as/applications/orchard-irrigation/devices/valve-07/down/push" \\
  -H "Authorization: Bearer ${k.prov('The Things Stack', A.ttsKey(k.g))}" \\
  -H "Content-Type: application/json" \\
  -d '{"downlinks":[{"frm_payload":"${k.n(k.g.base64(4))}","f_port":15,"priority":"NORMAL"}]}'
\`\`\`

Device EUI of valve-07: ${k.n(A.eui(k.g))}. Use your own API key (${k.n('NNSXS.XXXXXXXXXX...')}) with the
"write downlink application traffic" right only.
`,
  ),
  aDoc(
    'agri-build-output-esp32',
    ['logs-and-output', 'precision'],
    'ci/logs/firmware-build-412.txt',
    (k) => `Compiling .pio/build/esp32dev/src/main.cpp.o
Linking .pio/build/esp32dev/firmware.elf
RAM:   [==        ]  15.1% (used 49412 bytes from 327680 bytes)
Flash: [=======   ]  71.3% (used 934585 bytes from 1310720 bytes)
Building .pio/build/esp32dev/firmware.bin
esptool.py v4.5.1
Merged 2 ELF sections
firmware sha256: ${k.n(A.sha256(k.g))}
-DWIFI_SSID=\\"Kas-Noord\\" -DWIFI_PASS=\\"${k.wifi()}\\" -DMQTT_PASS=\\"${k.spw()}\\"
Uploading to ota.greenhouse.example with --auth=${k.spw()}
`,
  ),
];
