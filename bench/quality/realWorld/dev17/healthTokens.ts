// Health-tech service tokens without a provider prefix, in the config syntaxes they live in: health API platforms
// (Redox, Health Gorilla, Medplum, Healthie, DrChrono, Particle), app frameworks of patient portals (Django, Rails,
// Laravel), HMAC and webhook secrets, observability agents on clinical servers.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_TOKEN_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-redox-integration-settings',
    ['config-syntax', 'precision'],
    'integrations/redox/settings.toml',
    (k) => `[redox]
environment = "staging"
source_id = "${k.n(k.g.uuid())}"
source_secret = "${k.tok()}"
destination_id = "${k.n(k.g.uuid())}"
webhook_verification_token = "${k.tok()}"
api_base = "https://api.redoxengine.com"

[redox.production]
source_id = "${k.n(k.g.uuid())}"
source_secret = "\${REDOX_PROD_SECRET}"

[health_gorilla]
client_id = "${k.n(k.g.alnum(32))}"
client_secret = "${k.tok()}"
tenant = "northside"
`,
  ),

  hDoc(
    'health-medplum-config',
    ['config-syntax', 'precision'],
    'medplum/packages/server/medplum.config.json',
    (k) => `{
  "port": 8103,
  "baseUrl": "https://api.nsh-medplum.org/",
  "issuer": "https://api.nsh-medplum.org/",
  "jwksUrl": "https://api.nsh-medplum.org/.well-known/jwks.json",
  "authorizeUrl": "https://api.nsh-medplum.org/oauth2/authorize",
  "tokenUrl": "https://api.nsh-medplum.org/oauth2/token",
  "appBaseUrl": "https://app.nsh-medplum.org/",
  "binaryStorage": "s3:nsh-medplum-binary",
  "storageBaseUrl": "https://api.nsh-medplum.org/storage/",
  "signingKeyId": "${k.n(k.g.hex(16))}",
  "signingKeyPassphrase": "${k.tok()}",
  "recaptchaSiteKey": "${k.n('6L' + k.g.alnum(38))}",
  "recaptchaSecretKey": "${k.tok()}",
  "adminClientId": "${k.n(k.g.uuid())}",
  "database": { "host": "medplum-db", "port": 5432, "dbname": "medplum", "username": "medplum", "password": "${k.spw()}" },
  "redis": { "host": "medplum-redis", "port": 6379, "password": "${k.tok()}" },
  "botLambdaRoleArn": "",
  "supportEmail": "support@nsh-medplum.org"
}
`,
  ),

  hDoc(
    'health-django-portal-settings',
    ['code', 'config-syntax', 'precision'],
    'portal/portal/settings/production.py',
    (k) => `from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.northside-health.org"]
SECRET_KEY = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": os.environ["PORTAL_DB_PASSWORD"],
        "HOST": "portal-db",
    }
}

# Field-level encryption of PHI columns (django-cryptography)
CRYPTOGRAPHY_KEY = "${k.s('token', k.g.base64url(43) + '=')}"
HEALTHIE_API_KEY = "${k.tok()}"
DRCHRONO_CLIENT_ID = "${k.n(k.g.alnum(40))}"
DRCHRONO_CLIENT_SECRET = "${k.tok()}"
SESSION_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://portal.northside-health.org"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
`,
  ),

  hDoc(
    'health-rails-credentials-decrypted',
    ['config-syntax', 'precision'],
    'clinic-scheduler/config/credentials.yml.dec',
    (k) => `# decrypted with: bin/rails credentials:show (pasted here for the migration to the new host — delete!)
secret_key_base: ${k.hex(128)}
active_record_encryption:
  primary_key: ${k.s('token', k.g.alnum(32))}
  deterministic_key: ${k.s('token', k.g.alnum(32))}
  key_derivation_salt: ${k.s('token', k.g.alnum(32))}
twilio:
  account_sid: ${k.n(V.twilioSid(k.g))}
  auth_token: ${k.prov('Twilio', V.twilioToken(k.g))}
athena:
  key: ${k.n(k.g.alnum(24).toLowerCase())}
  secret: ${k.tok()}
`,
  ),

  hDoc(
    'health-laravel-env',
    ['config-syntax', 'precision'],
    'clinica-app/.env',
    (k) => `APP_NAME="Clínica Online"
APP_ENV=production
APP_KEY=base64:${k.s('token', k.g.base64(44))}
APP_DEBUG=false
APP_URL=https://citas.clinica-sanpablo.es

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=clinica
DB_USERNAME=clinica
DB_PASSWORD=${k.pw()}

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_USERNAME=postmaster@mg.clinica-sanpablo.es
MAIL_PASSWORD=${k.tok()}

PUSHER_APP_ID=${k.n(k.g.digits(7))}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
PUSHER_APP_SECRET=${k.hex(20)}

RECETA_ELECTRONICA_API_KEY=${k.tok()}
`,
  ),

  hDoc(
    'health-datadog-agent-clinical',
    ['config-syntax', 'precision'],
    'etc/datadog-agent/conf.d/sqlserver.d/conf.yaml',
    (k) => `init_config:

instances:
  - host: CLINSQL01,1433
    username: datadog
    password: ${k.pw()}
    connector: odbc
    driver: ODBC Driver 18 for SQL Server
    dbm: true
    tags:
      - env:prod
      - app:clinicaldocs
      - hipaa:true
`,
  ),

  hDoc(
    'health-datadog-main-yaml',
    ['config-syntax'],
    'etc/datadog-agent/datadog.yaml',
    (k) => `api_key: ${k.prov('Datadog', V.datadog(k.g))}
site: datadoghq.com
hostname: mirth01.nsh.local
logs_enabled: true
apm_config:
  enabled: false
process_config:
  scrub_args: true
  custom_sensitive_words: ['storepass', 'keypass', 'password']
`,
  ),

  hDoc(
    'health-particle-hie-client',
    ['code', 'precision'],
    'hie/particle_client.go',
    (k) => `package hie

import (
	"net/http"
	"net/url"
	"strings"
)

// Particle Health (Carequality/CommonWell query) — sandbox credentials for local runs only.
const (
	particleBaseURL      = "https://sandbox.particlehealth.com"
	particleClientID     = "${k.n(k.g.alnum(20))}"
	particleClientSecret = "${k.tok()}"
	particleScope        = "projects/${k.n(k.g.uuid())}"
)

func token(c *http.Client) (*http.Response, error) {
	form := url.Values{"client_id": {particleClientID}, "client_secret": {particleClientSecret}, "scope": {particleScope}}
	req, _ := http.NewRequest("GET", particleBaseURL+"/auth", strings.NewReader(form.Encode()))
	req.Header.Set("client-id", particleClientID)
	req.Header.Set("client-secret", particleClientSecret)
	return c.Do(req)
}
`,
  ),

  hDoc(
    'health-dotnet-user-secrets',
    ['config-syntax', 'credential-file'],
    'AppData/Roaming/Microsoft/UserSecrets/3f2c1a7e-lab-dashboard/secrets.json',
    (k) => `{
  "Lis:ApiKey": "${k.tok()}",
  "Lis:HmacSecret": "${k.tok()}",
  "Epic:ClientSecret": "${k.tok()}",
  "ConnectionStrings:Lab": "Server=lab-sql01;Database=LabDash;User Id=labdash;Password=${k.cs()};"
}
`,
  ),

  hDoc(
    'health-imprivata-api-script',
    ['code', 'command-line', 'http-auth'],
    'scripts/imprivata_offboard.py',
    (k) => `#!/usr/bin/env python3
"""Disable badge + OneSign access for leavers (HR feed → Imprivata API)."""
import csv
import sys
import requests

API = "https://onesign.nsh.local/api/v1"
API_TOKEN = "${k.tok()}"
S = requests.Session()
S.headers["Authorization"] = "Token ${k.http(k.g.hex(40))}"
S.verify = "/etc/ssl/nsh-ca.pem"

for row in csv.DictReader(open(sys.argv[1])):
    r = S.post(f"{API}/users/{row['samaccountname']}/disable", json={"reason": "leaver", "ticket": row["ticket"]},
               headers={"X-Api-Token": API_TOKEN})
    print(row["samaccountname"], r.status_code)
`,
  ),

  hDoc(
    'health-nginx-proxy-fhir',
    ['config-syntax', 'http-auth', 'precision'],
    'nginx/conf.d/fhir-proxy.conf',
    (k) => `upstream hapi { server hapi:8080; }

server {
    listen 443 ssl http2;
    server_name fhir.nsh.org;
    ssl_certificate     /etc/nginx/tls/fhir.crt;
    ssl_certificate_key /etc/nginx/tls/fhir.key;

    location /fhir/ {
        # upstream HAPI has no auth of its own; the proxy injects the technical user
        proxy_set_header Authorization "Basic ${k.basic('hapi-proxy')}";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_pass http://hapi/fhir/;
    }

    location /metrics {
        if ($http_x_metrics_key != "${k.tok()}") { return 403; }
        proxy_pass http://hapi/actuator/prometheus;
    }
}
`,
  ),

  hDoc(
    'health-keycloak-realm-export',
    ['config-syntax', 'precision'],
    'keycloak/realm-clinical.json',
    (k) => `{
  "realm": "clinical",
  "enabled": true,
  "sslRequired": "external",
  "passwordPolicy": "length(12) and digits(1) and notUsername",
  "clients": [
    { "clientId": "ohif-viewer", "publicClient": true, "redirectUris": ["https://pacs.nsh.org/*"] },
    { "clientId": "fhir-facade", "publicClient": false, "secret": "${k.tok()}", "serviceAccountsEnabled": true },
    { "clientId": "mirth-api", "publicClient": false, "secret": "${k.tok()}" },
    { "clientId": "dashboard", "publicClient": false, "secret": "${k.n('**********')}" }
  ],
  "identityProviders": [
    { "alias": "azuread", "providerId": "oidc", "config": { "clientId": "${k.n(k.g.uuid())}", "clientSecret": "${k.prov('Azure AD client secret', V.azureSecret(k.g))}", "tokenUrl": "https://login.microsoftonline.com/${k.n(k.g.uuid())}/oauth2/v2.0/token" } }
  ],
  "smtpServer": { "host": "smtp.office365.com", "port": "587", "auth": "true", "user": "keycloak@nsh.org", "password": "${k.pw()}" }
}
`,
  ),

  hDoc(
    'health-kong-deck-consumers',
    ['config-syntax', 'precision'],
    'api-gateway/kong/consumers.yaml',
    (k) => `_format_version: "3.0"
consumers:
  - username: patient-app
    keyauth_credentials:
      - key: ${k.tok()}
    acls:
      - group: fhir-read
  - username: payer-partner
    keyauth_credentials:
      - key: ${k.tok()}
    hmacauth_credentials:
      - username: payer-partner
        secret: ${k.tok()}
  - username: research-export
    jwt_secrets:
      - key: research-export
        algorithm: HS256
        secret: ${k.tok()}
  - username: legacy-kiosk
    basicauth_credentials:
      - username: kiosk
        password: ${k.pw()}
plugins:
  - name: rate-limiting
    config: { minute: 600, policy: local }
`,
  ),

  hDoc(
    'health-apim-subscription-curl',
    ['command-line', 'http-auth', 'precision'],
    'docs/partner-api-quickstart.md',
    (k) => `# Partner API quickstart (Azure API Management in front of the FHIR service)

Every call needs your subscription key in the \`Ocp-Apim-Subscription-Key\` header. Yours is shown in the
developer portal under *Profile*; example call with the **test** key of our integration partner account:

\`\`\`
curl -H "Ocp-Apim-Subscription-Key: ${k.http(k.g.hex(32))}" \\
     -H "Accept: application/fhir+json" \\
     "https://api.nsh.org/fhir/r4/Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|${k.n(V.npi(k.g))}"
\`\`\`

The secondary key (\`${k.http(k.g.hex(32))}\`) is for rotation. Placeholders in the rest of this guide look
like \`${k.n('{subscription-key}')}\`.
`,
  ),

  hDoc(
    'health-splunk-outputs-conf',
    ['config-syntax', 'precision'],
    'splunkforwarder/etc/system/local/outputs.conf',
    (k) => `[httpout]
httpEventCollectorToken = ${k.s('token', k.g.uuid())}
uri = https://splunk-hec.nsh.org:443

[tcpout:clinical_indexers]
server = idx01.nsh.local:9997, idx02.nsh.local:9997
sslPassword = ${k.n('$7$' + k.g.base64(64))}
useACK = true
`,
  ),

  hDoc(
    'health-mirth-alert-pagerduty',
    ['config-syntax', 'precision'],
    'channels/alerts/Queue_Backlog_Alert.xml',
    (k) => `<alertModel version="4.4.2">
  <id>${k.n(k.g.uuid())}</id>
  <name>Queue backlog &gt; 500</name>
  <enabled>true</enabled>
  <trigger class="defaultTrigger">
    <alertChannels><enabledChannels><string>${k.n(k.g.uuid())}</string></enabledChannels></alertChannels>
    <regex>QUEUED &gt; 500</regex>
  </trigger>
  <actionGroups>
    <alertActionGroup>
      <actions>
        <alertAction><protocol>Email</protocol><recipient>interfaces-oncall@nsh.org</recipient></alertAction>
      </actions>
      <subject>Mirth queue backlog on \${channelName}</subject>
      <template>{"routing_key":"${k.hex(32)}","event_action":"trigger","payload":{"summary":"\${channelName} backlog","severity":"error","source":"mirth01"}}</template>
    </alertActionGroup>
  </actionGroups>
</alertModel>
`,
  ),

  hDoc(
    'health-prose-de-api-schluessel',
    ['prose', 'precision'],
    'wiki/de/schnittstellen-zugaenge.md',
    (k) => `# Schnittstellen-Zugänge (nur Testsysteme!)

Für die Anbindung des Terminportals an das KIS nutzen wir die REST-Schnittstelle des Herstellers.

- API-Schlüssel Test: ${k.tok()}
- Webhook-Geheimnis (Signatur der Terminänderungen): ${k.tok()}
- Benutzer für das Abrechnungs-Gateway: kis_abr, Kennwort ${k.pw()}

Produktivschlüssel liegen ausschließlich im Passwort-Tresor (Eintrag „KIS REST PROD“). Die Fallnummer eines
Testfalls sieht so aus: ${k.n(k.g.digits(10))}, die Patientennummer so: ${k.n(V.mrn(k.g))}.
`,
  ),
  hDoc(
    'health-jitsi-telehealth-env',
    ['config-syntax', 'precision'],
    'jitsi-telehealth/.env',
    (k) => `# Self-hosted video visits (docker-jitsi-meet), JWT auth so only scheduled visits can open a room
PUBLIC_URL=https://video.nsh.org
ENABLE_AUTH=1
AUTH_TYPE=jwt
JWT_APP_ID=nsh_telehealth
JWT_APP_SECRET=${k.tok()}
JWT_ACCEPTED_ISSUERS=nsh_telehealth
JWT_ACCEPTED_AUDIENCES=jitsi
JICOFO_AUTH_PASSWORD=${k.hex(32)}
JVB_AUTH_PASSWORD=${k.hex(32)}
JIGASI_XMPP_PASSWORD=
TZ=Europe/Amsterdam
`,
  ),

  hDoc(
    'health-dictation-integration-props',
    ['config-syntax', 'precision'],
    'dictation/conf/ris-integration.properties',
    (k) => `# Speech recognition / dictation <-> RIS integration
ris.endpoint=https://ris01.nsh.local/api/reports
ris.api.key=${k.tok()}
ris.report.status.final=F
dictation.license.server=lic01.nsh.local:27000
dictation.sso.shared.secret=${k.tok()}
dictation.audio.archive=\\\\nsh-fs03\\dictation$
dictation.sample.accession=${k.n(V.accession(k.g))}
`,
  ),
];
