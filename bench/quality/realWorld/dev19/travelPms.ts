// Hotel property management systems as integrators wire them: Oracle OHIP (client id/secret, app key), Mews
// Connector tokens, Cloudbeds, Apaleo, Protel and RMS configs, in .env files, appsettings.json, YAML and Java
// properties of the middleware that syncs reservations, folios and guest profiles.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_PMS_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-ohip-env-integration',
    ['config-syntax', 'precision'],
    'services/ohip-sync/.env',
    (k) => `# OHIP (Oracle Hospitality Integration Platform) - production gateway EU
OHIP_GATEWAY_URL=https://ohip-eu.hospitality-api.example-oracle.com
OHIP_HOTEL_ID=${k.n(T.propCode(k.g))}
OHIP_CHAIN_CODE=${k.n('CHAIN01')}
OHIP_CLIENT_ID=${k.n('Hospitality_Client_' + k.g.lower(8))}
OHIP_CLIENT_SECRET=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 36))}
OHIP_APP_KEY=${k.s('token', k.g.uuid())}
OHIP_INTEGRATION_USER=${k.n('OHIP_INT_' + k.g.upper(4))}
OHIP_INTEGRATION_PASSWORD=${k.pw()}
OHIP_ENTERPRISE_ID=${k.n(k.g.upper(6))}
# sandbox values are in 1Password "OHIP sandbox"
OHIP_SANDBOX_SECRET=${k.ph()}
LOG_LEVEL=info
`,
  ),

  tDoc(
    'travel-mews-connector-appsettings',
    ['config-syntax', 'code', 'precision'],
    'src/Mews.Sync/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft": "Warning" } },
  "Mews": {
    "BaseUrl": "https://api.mews.com",
    "ClientToken": "${k.prov('Mews client token', T.mewsToken(k.g))}",
    "AccessToken": "${k.prov('Mews access token', T.mewsToken(k.g))}",
    "Client": "RevenueBridge 2.4.1",
    "EnterpriseId": "${k.n(k.g.uuid())}",
    "ServiceId": "${k.n(k.g.uuid())}"
  },
  "ConnectionStrings": {
    "Warehouse": "Server=tcp:rev-dwh.database.windows.net,1433;Initial Catalog=revenue;User ID=revsync;Password=${k.cs()};Encrypt=True;"
  },
  "Webhooks": { "Secret": "${k.tok()}" }
}
`,
  ),

  tDoc(
    'travel-mews-demo-readme',
    ['prose', 'precision'],
    'docs/mews-demo.md',
    (k) => `# Trying the Mews Connector API locally

Mews publishes demo credentials for its public demo environment; use them until the property
signs the integration agreement:

| | Value |
|---|---|
| Platform address | https://api.mews-demo.com |
| ClientToken | ${k.u(T.mewsToken(k.g))} |
| AccessToken | ${k.u(T.mewsToken(k.g))} |

For production, the property admin creates the integration in Mews Marketplace and sends the access token
through the vendor portal. Never paste it in Slack. Our token lives in Key Vault as \`mews-access-token\`.

Reservation numbers look like ${k.n(k.g.digits(5))} and resource ids are UUIDs such as ${k.n(k.g.uuid())}.
`,
  ),

  tDoc(
    'travel-cloudbeds-python-client',
    ['code', 'precision'],
    'integrations/cloudbeds/client.py',
    (k) => `"""Thin Cloudbeds API v1.2 client used by the housekeeping dashboard."""
import os
import requests

BASE = "https://api.cloudbeds.com/api/v1.2"
# TODO(marta): move to env before the Lisbon rollout
API_KEY = os.environ.get("CLOUDBEDS_API_KEY", "${k.prov('Cloudbeds API key', T.cloudbeds(k.g))}")
PROPERTY_ID = "${k.n(k.g.digits(6))}"

CLIENT_ID = "${k.n('live1_' + k.g.digits(6) + '_' + k.g.alnum(12))}"
CLIENT_SECRET = os.environ["CLOUDBEDS_CLIENT_SECRET"]


def rooms_dirty():
    r = requests.get(f"{BASE}/getHousekeepingStatus", params={"propertyID": PROPERTY_ID},
                     headers={"x-api-key": API_KEY}, timeout=20)
    r.raise_for_status()
    return [x for x in r.json()["data"] if x["roomCondition"] == "dirty"]
`,
  ),

  tDoc(
    'travel-apaleo-k8s-secret',
    ['config-syntax', 'precision'],
    'deploy/apaleo-bridge/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: apaleo-bridge
  namespace: pms
type: Opaque
stringData:
  APALEO_CLIENT_ID: ${k.n('RBGX-SP-' + k.g.upper(8))}
  APALEO_CLIENT_SECRET: ${k.s('token', k.g.alnum(30))}
  APALEO_IDENTITY_URL: https://identity.apaleo.com/connect/token
  APALEO_PROPERTY_IDS: "${k.n('MUC')},${k.n('BER')},${k.n('VIE')}"
  REDIS_URL: redis://:${k.cs()}@redis-pms.internal:6379/2
  SENTRY_DSN: ${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
`,
  ),

  tDoc(
    'travel-protel-ifc-properties',
    ['config-syntax', 'precision'],
    'protel-ifc/conf/interface.properties',
    (k) => `# protel I/O interface bridge - Hotel ${k.n(T.propCode(k.g))}
protel.db.url=jdbc:sqlserver://PROTELSRV\\\\PROTEL;databaseName=protel;encrypt=false
protel.db.user=proteluser
protel.db.password=${k.pw()}
protel.voice.url=https://voice-api.protel.net/v1
protel.voice.user=ifc_${k.g.lower(5)}
protel.voice.password=${k.spw()}
# hash of the kiosk PIN, not the PIN
kiosk.pin.sha256=${k.n(T.sha256(k.g))}
ifc.export.dir=D:\\\\protel\\\\export
ifc.timezone=Europe/Berlin
`,
  ),

  tDoc(
    'travel-rms-cloud-yaml',
    ['config-syntax', 'precision'],
    'config/rms-cloud.yml',
    (k) => `rms:
  endpoint: https://restapi8.rmscloud.com
  agent_id: ${k.n(k.g.digits(4))}
  agent_password: "${k.pw()}"
  client_id: ${k.n(k.g.digits(5))}
  client_password: "${k.spw()}"
  use_training_database: false
  properties:
    - id: ${k.n(k.g.digits(2))}
      name: "Noosa Beachfront Resort"
    - id: ${k.n(k.g.digits(2))}
      name: "Byron Bay Holiday Park"
xero:
  client_id: ${k.n(k.g.hex(32).toUpperCase())}
  client_secret: ${k.s('token', k.g.base64url(48))}
`,
  ),

  tDoc(
    'travel-opera-v5-ifc8-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'C:/Fidelio/IFC8/IFC8.ini',
    (k) => `[General]
Hotel=${k.n(T.propCode(k.g))}
Interface=PBX
LogLevel=3

[Database]
Provider=OraOLEDB.Oracle
DataSource=OPERA
UserID=opera
Password=${k.spw()}

[FIAS]
Host=${T.ipv4(k.g)}
Port=5010
LinkPassword=${k.ph()}

[Admin]
; default from the installation guide, changed on site
AdminPassword=${k.dev()}
`,
  ),

  tDoc(
    'travel-guest-profile-sync-java',
    ['code', 'precision'],
    'crm-sync/src/main/resources/application-prod.yml',
    (k) => `spring:
  datasource:
    url: jdbc:postgresql://crm-db.prod.internal:5432/guests
    username: crm_sync
    password: \${CRM_DB_PASSWORD:${k.pw()}}
  jpa:
    open-in-view: false

ohip:
  token-url: https://ohip.example-oracle.com/oauth/v1/tokens
  client-id: ${k.n('crm_sync_client')}
  client-secret: \${OHIP_SECRET}
  app-key: ${k.n('${OHIP_APP_KEY}')}

salesforce:
  username: integration@hotelgroup.example
  password: ${k.hpw()}
  security-token: ${k.s('token', k.g.alnum(25))}
`,
  ),

  tDoc(
    'travel-pms-compose-dev',
    ['config-syntax', 'precision'],
    'pms-middleware/docker-compose.yml',
    (k) => `services:
  db:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "${k.pw()}"
  rabbit:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: pms
      RABBITMQ_DEFAULT_PASS: ${k.spw()}
  bridge:
    build: .
    environment:
      ConnectionStrings__Pms: "Server=db;Database=PmsBridge;User Id=sa;Password=\${MSSQL_SA_PASSWORD};TrustServerCertificate=true"
      Hotel__Code: ${k.n(T.propCode(k.g))}
      Oracle__AppKey: ${k.n('${OHIP_APP_KEY}')}
    depends_on: [db, rabbit]
`,
  ),
];
