// Keys and tokens without a provider prefix as travel integrations hold them: revenue-management and rate-shopping
// APIs, guest-review and upsell platforms, hotel TV casting, ID scanners, tour-operator contracting, bed banks,
// reputation tools, in shell history, Docker, Kubernetes and scattered configs.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_TOKEN_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-revenue-tools-env',
    ['config-syntax', 'precision'],
    'revenue-hub/.env.production',
    (k) => `# Revenue hub - production
IDEAS_G3_API_KEY=${k.tok()}
DUETTO_CLIENT_SECRET=${k.tok()}
OTA_INSIGHT_TOKEN=${k.s('token', k.g.hex(40))}
LIGHTHOUSE_API_KEY=${k.s('token', k.g.alnum(32))}
STR_SFTP_PASSWORD=${k.pw()}
TRUSTYOU_API_KEY=${k.s('token', k.g.uuid())}
REVINATE_SECRET=${k.s('token', k.g.base64(44))}
DATABASE_URL=postgres://revenue:${k.cs()}@revenue-db.internal:5432/revenue
HOTEL_CODES=${k.n('LISPR,MADGV,AYTBE,HKTRS')}
FEATURE_FLAGS=forecast_v2,group_displacement
`,
  ),

  tDoc(
    'travel-bash-history-integrator',
    ['command-line', 'http-auth', 'precision'],
    'home/integrator/.bash_history',
    (k) => `ssh ifc@10.40.1.10
tail -f /var/log/fias/fias.log
curl -s -H "X-Api-Key: ${k.http(k.g.alnum(32))}" https://api.guest-upsell.example/v1/offers?hotel=${T.propCode(k.g)}
curl -s "https://api.reviews.example/v2/hotels/${k.n(k.g.digits(6))}/reviews?api_key=${k.http(k.g.hex(32))}" | jq '.[0]'
export BEDBANK_TOKEN=${k.tok()}
mysql -h booking-db -u booking -p${k.spw()} booking -e "select count(*) from reservations where created_at > now() - interval 1 day"
psql "postgresql://loyalty:${k.cs()}@loyalty-db:5432/loyalty" -c "\\dt"
docker login registry.hotelgroup.example -u ci -p ${k.s('token', k.g.alnum(32))}
history | grep curl
`,
  ),

  tDoc('travel-k8s-secret-b64', ['config-syntax', 'precision'], 'deploy/booking-engine/secret.yaml', (k) => {
    const dbpw = T.safePw(k.g);
    const key = k.g.alnum(40);
    return `apiVersion: v1
kind: Secret
metadata:
  name: booking-engine
  namespace: booking
type: Opaque
data:
  DB_PASSWORD: ${k.s('password', T.b64(dbpw))}
  HOTELBEDS_SECRET: ${k.s('token', T.b64(key))}
  TZ: ${k.n(T.b64('Europe/Madrid'))}
  HOTEL_CODE: ${k.n(T.b64('MADGV'))}
`;
  }),

  tDoc(
    'travel-docker-run-notes',
    ['command-line', 'precision'],
    'docs/run-locally.md',
    (k) => `# Running the bed-bank connector locally

\`\`\`bash
docker run -d --name bedbank \\
  -e BEDBANK_API_KEY=${k.tok()} \\
  -e BEDBANK_API_SECRET=${k.tok()} \\
  -e DB_URL="Server=host.docker.internal;Database=bedbank;User Id=sa;Password=${k.cs()};TrustServerCertificate=true" \\
  -p 8080:8080 registry.hotelgroup.example/bedbank-connector:2.3
\`\`\`

For the test supplier use \`-e BEDBANK_API_KEY=${k.n('test')}\` (the mock accepts anything).
`,
  ),

  tDoc(
    'travel-tour-operator-contracting-xml',
    ['config-syntax', 'precision'],
    'contracting/tui-connector.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<connector name="tour-operator-allotments">
  <source type="sftp" host="sftp.touroperator.example" user="hotel_${k.g.digits(5)}" password="${k.pw()}" path="/out/contracts"/>
  <api url="https://api.touroperator.example/allotments" apiKey="${k.tok()}" clientSecret="${k.tok()}"/>
  <hotel code="${k.n(T.propCode(k.g))}" giata="${k.n(k.g.digits(6))}"/>
  <schedule cron="0 */2 * * *"/>
</connector>
`,
  ),

  tDoc(
    'travel-id-scanner-upsell-json',
    ['config-syntax', 'precision'],
    'frontdesk/devices.json',
    (k) => `{
  "idScanner": {
    "vendor": "ScanID",
    "licenseKey": "${k.s('token', `${k.g.upper(5)}-${k.g.upper(5)}-${k.g.upper(5)}-${k.g.upper(5)}`)}",
    "serverSecret": "${k.tok()}"
  },
  "upsell": { "provider": "Oaky", "apiToken": "${k.s('token', k.g.alnum(40))}" },
  "tvCasting": { "provider": "SONIFI", "propertyKey": "${k.hex(32)}" },
  "signature": { "tablet": "signotec", "hmacSecret": "${k.tok()}" },
  "printer": { "ip": "${T.ipv4(k.g, '192.168')}", "serial": "${k.n(k.g.upper(3) + k.g.digits(9))}" }
}
`,
  ),

  tDoc(
    'travel-terraform-booking-aws',
    ['config-syntax', 'code', 'precision'],
    'infra/booking/main.tf',
    (k) => `resource "aws_db_instance" "booking" {
  identifier        = "booking-prod"
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  username          = "booking"
  password          = "${k.pw()}"
  allocated_storage = 100
}

resource "aws_ssm_parameter" "hotelbeds_secret" {
  name  = "/booking/hotelbeds/secret"
  type  = "SecureString"
  value = "${k.tok()}"
}

resource "aws_ssm_parameter" "bdc_password" {
  name  = "/booking/bdc/password"
  type  = "SecureString"
  value = var.bdc_password
}
`,
  ),

  tDoc(
    'travel-php-legacy-booking-config',
    ['code', 'precision'],
    'legacy-booking/inc/config.inc.php',
    (k) => `<?php
// Hotel booking engine v3 (2014) - still running on the Ibiza property
define('DB_HOST', 'localhost');
define('DB_USER', 'reservas');
define('DB_PASS', '${k.pw()}');
define('DB_NAME', 'reservas_ibiza');
define('TPV_CLAVE_SHA256', '${k.s('token', k.g.base64(32))}');   // Redsys merchant key
define('TPV_COMERCIO', '${k.n(k.g.digits(9))}');
define('TPV_TERMINAL', '${k.n('001')}');
define('GMAPS_KEY', '${k.n(T.googleApiKey(k.g))}');
define('ADMIN_PASS_MD5', '${k.n(T.md5(k.g))}');
$smtp_pass = "${k.pw()}";
`,
  ),

  tDoc(
    'travel-gradle-crew-rostering',
    ['config-syntax', 'precision'],
    'rostering/src/main/resources/application.yml',
    (k) => `server:
  port: 8090
rostering:
  jeppesen:
    url: https://crew-api.jeppesen.example/v2
    api-key: ${k.tok()}
  lido:
    client-id: ${k.n('lido-roster-' + k.g.lower(6))}
    client-secret: ${k.tok()}
  pairing-export:
    sftp-user: pairings
    sftp-password: ${k.pw()}
spring:
  datasource:
    url: jdbc:oracle:thin:@crewdb:1521/CREW
    username: roster
    password: ${k.pw()}
`,
  ),

  tDoc(
    'travel-airflow-connections-export',
    ['config-syntax', 'logs-and-output', 'precision'],
    'airflow/connections.json',
    (k) => `{
  "opera_dwh": { "conn_type": "mssql", "host": "opera-dwh.hotel.local", "login": "airflow", "password": "${k.pw()}", "port": 1433, "schema": "dwh" },
  "revenue_api": { "conn_type": "http", "host": "https://api.revenue.example", "password": "${k.tok()}", "extra": "{\\"Accept\\": \\"application/json\\"}" },
  "s3_exports": { "conn_type": "aws", "login": "${k.u(T.awsId(k.g))}", "password": "${k.prov('AWS secret access key', T.awsSecret(k.g))}", "extra": "{\\"region_name\\": \\"eu-west-1\\"}" },
  "slack_alerts": { "conn_type": "http", "host": "${k.prov('Slack webhook', T.slackHook(k.g))}" }
}
`,
  ),
];
