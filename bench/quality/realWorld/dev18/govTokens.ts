// Keys and tokens of e-government integrations that carry no provider prefix: OIDC client secrets, webhook and
// HMAC signing secrets, JWT secrets of form servers, registry and interoperability API keys, 311/CRM integration
// keys, civic-tech app secrets — in the syntaxes the tools use (Java properties, .NET config, Rails credentials,
// Python settings, Node config, systemd units, Vault output).
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_TOKEN_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-formserver-application-properties',
    ['config-syntax', 'precision'],
    'formserver/config/application.properties',
    (k) => `# Formular-Server (OZG-Antraege)
server.port=8443
formserver.jwt.secret=${k.s('token', k.g.base64(44))}
formserver.jwt.issuer=https://formulare.land.example
formserver.xta.api-key=${k.tok()}
formserver.postfach.client-secret=${k.tok()}
formserver.payment.epaybl.hmac-key=${k.hex(64)}
formserver.fim.catalog-id=${k.n(k.g.digits(14))}
formserver.tracking.site-id=${k.n(k.g.digits(3))}
spring.security.oauth2.client.registration.keycloak.client-secret=${k.tok()}
spring.security.oauth2.client.registration.keycloak.client-id=formserver
management.endpoints.web.exposure.include=health,info
`,
  ),

  gDoc(
    'gov-dotnet-appsettings-permits',
    ['config-syntax', 'precision'],
    'Permits.Api/appsettings.Production.json',
    (k) => `{
  "Accela": {
    "BaseUrl": "https://apis.accela.com",
    "AppId": "${k.n(k.g.digits(18))}",
    "AppSecret": "${k.hex(32)}",
    "Agency": "CITYOFEXAMPLE",
    "Environment": "PROD"
  },
  "Esri": { "ClientId": "${k.n(k.g.alnum(16))}", "ClientSecret": "${k.hex(32)}" },
  "Docusign": { "IntegrationKey": "${k.n(k.g.uuid())}", "UserId": "${k.n(k.g.uuid())}", "RsaKeyPath": "keys/docusign.pem" },
  "Jwt": { "SigningKey": "${k.s('token', k.g.base64(64))}", "Issuer": "permits-api" },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.n(k.g.uuid())};EndpointSuffix=applicationinsights.us" },
  "Webhooks": { "InspectionResultSecret": "${k.tok()}" }
}
`,
  ),

  gDoc(
    'gov-rails-credentials-decrypted',
    ['config-syntax', 'precision'],
    'tmp/credentials.yml.decrypted',
    (k) => `# rails credentials:show > tmp/credentials.yml.decrypted  (for the migration to the new cluster, delete after!)
secret_key_base: ${k.hex(128)}
login_gov:
  client_id: urn:gov:gsa:openidconnect.profiles:sp:sso:city:311
  private_key_passphrase: ${k.pw()}
salesforce:
  consumer_key: ${k.n('3MVG9' + k.g.alnum(80))}
  consumer_secret: ${k.s('token', k.g.hex(64).toUpperCase())}
  password: ${k.pw()}
  security_token: ${k.s('token', k.g.alnum(25))}
open311:
  api_key: ${k.tok()}
active_record_encryption:
  primary_key: ${k.s('token', k.g.alnum(32))}
  key_derivation_salt: ${k.s('token', k.g.alnum(32))}
`,
  ),

  gDoc(
    'gov-django-settings-civic',
    ['code', 'precision'],
    'civicapp/settings/production.py',
    (k) => `from .base import *  # noqa
import os

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}")
ALLOWED_HOSTS = ["meetings.town.example"]
# Legistar API (public read) — token needed for the draft agendas
LEGISTAR_CLIENT = "townofexample"
LEGISTAR_TOKEN = "${k.tok()}"
GRANICUS_API_KEY = os.environ["GRANICUS_API_KEY"]
AWS_STORAGE_BUCKET_NAME = "town-meetings-media"
AWS_S3_REGION_NAME = "us-gov-east-1"
EMAIL_HOST_PASSWORD = "${k.pw()}"
SENTRY_DSN = "${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.us.sentry.io/${k.g.digits(7)}`)}"
RECAPTCHA_SITE_KEY = "${k.n('6L' + k.g.base64url(38))}"
RECAPTCHA_SECRET_KEY = "${k.s('token', '6L' + k.g.base64url(38))}"
`,
  ),

  gDoc(
    'gov-node-config-311',
    ['code', 'config-syntax', 'precision'],
    'crm-311/config/production.js',
    (k) => `module.exports = {
  port: 8080,
  salesforce: {
    loginUrl: 'https://city311.my.salesforce.com',
    clientId: '${k.n('3MVG9' + k.g.alnum(80))}',
    clientSecret: '${k.s('token', k.g.hex(64).toUpperCase())}',
  },
  open311: {
    jurisdiction: 'cityofexample.gov',
    apiKeys: {
      seeclickfix: '${k.tok()}',
      mobileApp: '${k.tok()}',
    },
  },
  cookieSecret: '${k.tok()}',
  geocoder: { provider: 'census', key: ${k.n('null')} },
};
`,
  ),

  gDoc(
    'gov-xroad-security-server-notes',
    ['prose', 'command-line', 'precision'],
    'docs/xroad-ops.md',
    (k) => `# X-Road security server (Estonia / Finland federation) — ops notes

Member class GOV, member code ${k.n(k.g.digits(8))}, subsystem \`permits\`.

Token PIN (softtoken): ${k.spw()}
Admin UI API key for the automation (created under *Keys and certificates → API keys*):

\`\`\`bash
curl -k -H "Authorization: X-Road-ApiKey token=${k.http(k.g.uuid())}" https://ss1.gov.example:4000/api/v1/clients
\`\`\`

Certificate hash of the auth cert: ${k.n(V.sha1(k.g).toUpperCase())}
`,
  ),

  gDoc(
    'gov-systemd-unit-env',
    ['config-syntax', 'command-line'],
    'etc/systemd/system/results-publisher.service',
    (k) => `[Unit]
Description=Election night results publisher
After=network-online.target

[Service]
User=results
Environment=RESULTS_SIGNING_KEY=${k.hex(64)}
Environment=CDN_PURGE_TOKEN=${k.tok()}
Environment=FEED_API_KEY=${k.tok()}
Environment=DB_PASSWORD=${k.pw()}
ExecStart=/opt/results/bin/publisher --county 047 --interval 60
Restart=always

[Install]
WantedBy=multi-user.target
`,
  ),

  gDoc(
    'gov-vault-kv-get-output',
    ['logs-and-output', 'command-line'],
    'notes/vault-output.txt',
    (k) => `$ vault kv get -mount=secret portal/prod
====== Secret Path ======
secret/data/portal/prod

======= Metadata =======
Key                Value
---                -----
created_time       2025-03-10T14:02:11.114Z
version            7

========== Data ==========
Key                      Value
---                      -----
bundid_client_secret     ${k.tok()}
db_password              ${k.pw()}
epaybl_api_password      ${k.spw()}
smtp_password            ${k.hpw()}
xta_api_key              ${k.tok()}
`,
  ),

  gDoc(
    'gov-integration-keys-properties-it',
    ['config-syntax', 'precision'],
    'integrazioni/pdnd.properties',
    (k) => `# PDND Interoperabilità — comune, ambiente di collaudo
pdnd.client-id=${k.n(k.g.uuid())}
pdnd.kid=${k.n(k.g.base64url(43))}
pdnd.purpose-id=${k.n(k.g.uuid())}
pdnd.private-key-path=/etc/pdnd/client.key
# App IO — chiave di sottoscrizione del servizio (servizio "Tributi")
io.api.subscription-key=${k.hex(32)}
io.service-id=${k.n(k.g.alnum(26).toUpperCase())}
# SIOPE+ / pagoPA
pagopa.gpd.subscription-key=${k.hex(32)}
pagopa.node.password=${k.spw()}
`,
  ),

  gDoc(
    'gov-webhook-receiver-code',
    ['code', 'precision'],
    'webhooks/inspections.go',
    (k) => `package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// Shared with the inspection-tablet vendor on 2024-11-02 (they cannot read it from our vault).
const inspectionSecret = "${k.tok()}"

// Public id of the vendor integration, printed in their portal.
const vendorIntegrationID = "${k.n(k.g.uuid())}"

func verify(r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, []byte(inspectionSecret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature")))
}
`,
  ),

  gDoc(
    'gov-library-ils-config',
    ['config-syntax', 'precision'],
    'library/koha-conf.xml',
    (k) => `<yazgfs>
 <config>
  <db_scheme>mysql</db_scheme>
  <database>koha_bibliotheek</database>
  <hostname>db-koha</hostname>
  <port>3306</port>
  <user>koha_bibliotheek</user>
  <pass>${k.pw()}</pass>
  <zebra_db_password>${k.spw()}</zebra_db_password>
  <api_secret_passphrase>${k.tok()}</api_secret_passphrase>
  <encryption_key>${k.s('token', k.g.base64(32))}</encryption_key>
  <memcached_servers>127.0.0.1:11211</memcached_servers>
  <sip_server_password>${k.spw()}</sip_server_password>
  <isbn_sample>${k.n('978' + k.g.digits(10))}</isbn_sample>
 </config>
</yazgfs>
`,
  ),

  gDoc(
    'gov-transit-gtfs-rt-config',
    ['config-syntax', 'precision'],
    'transit/feeds.toml',
    (k) => `[gtfs]
static_url = "https://transit.region.example/gtfs/google_transit.zip"

[gtfs_rt]
vehicle_positions = "https://api.transit.region.example/rt/vehiclepositions"
api_key_header = "x-api-key"
api_key = "${k.tok()}"

[avl_vendor]
username = "region-transit"
password = "${k.pw()}"
client_secret = "${k.tok()}"

[public]
# the key the trip planner web app sends (rate-limited, public)
web_key = "${k.u(k.g.alnum(24))}"
agency_id = "${k.n(k.g.digits(4))}"
`,
  ),

  gDoc(
    'gov-azure-devops-pipeline-vars',
    ['config-syntax', 'command-line', 'precision'],
    'azure-pipelines.yml',
    (k) => `trigger: [main]
pool: { vmImage: ubuntu-latest }
variables:
  - group: permits-prod          # secrets live in the library group
  - name: apiBase
    value: https://permits-api.azurewebsites.us
  - name: smokeTestKey
    value: ${k.tok()}
steps:
  - script: dotnet test
  - script: |
      curl -fsS -H "Ocp-Apim-Subscription-Key: ${k.http(k.g.hex(32))}" $(apiBase)/health
      curl -fsS -H "Ocp-Apim-Subscription-Key: $(${k.n('apimKey')})" $(apiBase)/ready
    displayName: smoke
`,
  ),
  gDoc(
    'gov-census-api-notebook',
    ['code', 'precision'],
    'analysis/acs_poverty_by_tract.py',
    (k) => `# Civic-tech brigade: poverty by census tract for the housing report (ACS 5-year)
import requests
import pandas as pd

CENSUS_KEY = "${k.hex(40)}"  # from api.census.gov/data/key_signup.html
STATE, COUNTY = "${k.n('51')}", "${k.n('059')}"
url = (
    "https://api.census.gov/data/2022/acs/acs5"
    f"?get=NAME,B17001_002E,B17001_001E&for=tract:*&in=state:{STATE}%20county:{COUNTY}&key={CENSUS_KEY}"
)
df = pd.DataFrame(requests.get(url, timeout=60).json()[1:], columns=["name", "poor", "total", "state", "county", "tract"])
df["rate"] = df.poor.astype(int) / df.total.astype(int)
# GEOIDs look like ${k.n('51059' + k.g.digits(6))}
print(df.sort_values("rate").tail(10))
`,
  ),

  gDoc(
    'gov-matrix-synapse-homeserver',
    ['config-syntax', 'precision'],
    'matrix/homeserver.yaml',
    (k) => `# Matrix for the federal administration pilot (BwMessenger-style deployment)
server_name: "matrix.verwaltung.example"
public_baseurl: https://matrix.verwaltung.example/
database:
  name: psycopg2
  args:
    user: synapse
    password: ${k.pw()}
    database: synapse
    host: pg-matrix
registration_shared_secret: ${k.tok()}
macaroon_secret_key: ${k.tok()}
form_secret: ${k.tok()}
signing_key_path: "/data/matrix.verwaltung.example.signing.key"
turn_shared_secret: ${k.tok()}
trusted_key_servers:
  - server_name: "matrix.org"
    verify_keys:
      "ed25519:auto": "${k.n(k.g.base64(43))}"
`,
  ),

  gDoc(
    'gov-github-actions-brigade',
    ['config-syntax', 'command-line', 'precision'],
    '.github/workflows/scrape-agendas.yml',
    (k) => `name: scrape council agendas
on:
  schedule: [{ cron: "0 6 * * *" }]
jobs:
  scrape:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.n(V.sha1(k.g))}
      - run: pip install -r requirements.txt
      - run: python scrape.py --out data/
        env:
          AIRTABLE_TOKEN: \${{ ${k.n('secrets.AIRTABLE_TOKEN')} }}
          LEGISTAR_TOKEN: ${k.tok()}
      - run: |
          git config user.name "agenda-bot"
          git push https://x-access-token:${k.prov('GitHub PAT', V.githubPat(k.g))}@github.com/civic-brigade/agendas.git HEAD:main
`,
  ),
];
