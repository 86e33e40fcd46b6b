// Last-mile and parcel-network integrations of couriers, parcel lockers and e-commerce shippers: tracking
// aggregators (AfterShip, 17TRACK), Onfleet, InPost ShipX, Packeta, Mondial Relay, Bring, SEUR and Correos, the
// web apps of courier start-ups and the analytics behind them. Many keys here have no prefix: only the name says.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_LAST_MILE_DOCS: RealWorldDoc[] = [
  lDoc('logistics-tracking-aggregator-env', ['config-syntax', 'precision'], 'notify-service/.env', (k) => {
    return `PORT=3000
# AfterShip Tracking API (as-api-key header)
AFTERSHIP_API_KEY=${k.s('token', 'asat_' + k.g.hex(32))}
AFTERSHIP_WEBHOOK_SECRET=${k.tok()}
# 17TRACK (17token header)
SEVENTEEN_TRACK_TOKEN=${k.s('token', k.g.hex(32).toUpperCase())}
# SMS to recipients ("your parcel arrives between 14:00 and 16:00")
TWILIO_ACCOUNT_SID=${k.n(L.twilioSid(k.g))}
TWILIO_AUTH_TOKEN=${k.s('token', L.twilioToken(k.g))}
TWILIO_FROM=+3197010${k.g.digits(6)}
`;
  }),

  lDoc('logistics-onfleet-basic-curl', ['command-line', 'http-auth', 'precision'], 'docs/onfleet.md', (k) => {
    const key = k.g.hex(32);
    return `## Onfleet (same-day courier dispatch)

The API key is the Basic auth *username*, password empty:

\`\`\`
curl -u ${k.s('token', key)}: https://onfleet.com/api/v2/tasks/all?from=1712700000000
curl -H "Authorization: Basic ${k.http(L.b64(key + ':'))}" https://onfleet.com/api/v2/workers
\`\`\`

Webhook validation: Onfleet sends \`X-Onfleet-Signature\` (HMAC-SHA512 with the webhook secret,
${k.s('token', k.g.hex(64))}). Task short ids like ${k.n(k.g.hex(8))} are public on the tracking page.
`;
  }),

  lDoc('logistics-inpost-shipx-python', ['code', 'http-auth', 'precision'], 'integrations/inpost/shipx.py', (k) => {
    return `"""InPost ShipX: Paczkomaty (parcel lockers) for the Polish shop."""
import requests

ORGANIZATION_ID = ${k.n(k.g.digits(5))}
SHIPX_TOKEN = "${k.s('token', L.jwt(k.g))}"
GEOWIDGET_TOKEN = "${k.n(L.jwt(k.g))}"  # public widget token, shown in the browser

API = "https://api-shipx-pl.easypack24.net/v1"


def create_locker_shipment(order, locker_code):
    return requests.post(
        f"{API}/organizations/{ORGANIZATION_ID}/shipments",
        headers={"Authorization": f"Bearer {SHIPX_TOKEN}"},
        json={"receiver": order.receiver(), "parcels": {"template": "small"}, "custom_attributes": {"target_point": locker_code}, "service": "inpost_locker_standard"},
        timeout=30,
    ).json()
`;
  }),

  lDoc('logistics-packeta-mondialrelay-php-config', ['config-syntax', 'code', 'precision'], 'modules/shippingbridge/config/carriers.php', (k) => {
    return `<?php
return [
    'packeta' => [
        'api_key' => '${k.u(k.g.hex(16))}',
        'api_password' => '${k.hex(32)}',
        'eshop' => 'bici-ricambi',
    ],
    'mondial_relay' => [
        'enseigne' => '${k.n('BDTEST' + k.g.digits(2))}',
        'cle_privee' => '${k.s('token', k.g.upper(8))}',
        'code_marque' => '${k.n(k.g.digits(2))}',
    ],
    'colissimo' => [
        'contract_number' => '${k.n(k.g.digits(6))}',
        'password' => '${k.spw()}',
    ],
    'chronopost' => [
        'account' => '${k.n(k.g.digits(8))}',
        'password' => '${k.s('password', k.g.digits(6))}',
    ],
];
`;
  }),

  lDoc('logistics-bring-api-go', ['code', 'http-auth', 'precision'], 'internal/carriers/bring/client.go', (k) => {
    return `package bring

import "net/http"

// Mybring API: login email as uid plus the API key from mybring.com > Account > API.
const (
	apiUID    = "integrasjon@nordlager.no"
	apiKey    = "${k.s('token', k.g.uuid())}"
	clientURL = "https://nordlager.no"
	customer  = "${k.n('PARCELS_NORWAY-' + k.g.digits(11))}"
)

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Mybring-API-Uid", apiUID)
	req.Header.Set("X-Mybring-API-Key", apiKey)
	req.Header.Set("X-Bring-Client-URL", clientURL)
	return c.http.Do(req)
}
`;
  }),

  lDoc('logistics-courier-laravel-env', ['config-syntax', 'precision'], 'courier-app/.env', (k) => {
    return `APP_NAME="Rapido Courier"
APP_ENV=production
APP_KEY=base64:${k.s('token', L.b64(k.g.alnum(32)))}
APP_URL=https://rapido-courier.example

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=courier
DB_USERNAME=courier
DB_PASSWORD=${k.pw()}

PUSHER_APP_ID=${k.n(k.g.digits(7))}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
PUSHER_APP_SECRET=${k.hex(20)}
PUSHER_APP_CLUSTER=eu

SEUR_USER=${k.n('WS' + k.g.upper(6))}
SEUR_PASSWORD=${k.spw()}
CORREOS_EXPRESS_USER=rapido_ws
CORREOS_EXPRESS_PASSWORD=${k.spw()}
GOOGLE_MAPS_SERVER_KEY=${k.prov('Google API key', L.googleApiKey(k.g))}
`;
  }),

  lDoc('logistics-bigquery-service-account', ['credential-file', 'precision'], 'analytics/keys/shipments-bq-loader.json', (k) => {
    return `{
  "type": "service_account",
  "project_id": "nf-shipment-analytics",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(L.pemJson(k.g))}",
  "client_email": "bq-loader@nf-shipment-analytics.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40nf-shipment-analytics.iam.gserviceaccount.com"
}
`;
  }),

  lDoc('logistics-sftp-partner-ssh-key', ['credential-file', 'precision'], 'edi-gateway/keys/baumarkt_ed25519', (k) => {
    return `${k.key(L.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`;
  }),

  lDoc('logistics-project44-postman-collection', ['config-syntax', 'http-auth', 'precision'], 'postman/project44.postman_collection.json', (k) => {
    return `{
  "info": { "name": "project44 visibility", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "item": [
    {
      "name": "Track TL shipment",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization", "value": "Bearer ${k.http(k.g.alnum(40))}" },
          { "key": "Content-Type", "value": "application/json" }
        ],
        "url": "https://na12.api.project44.com/api/v4/tl/shipments/tracking",
        "body": { "mode": "raw", "raw": "{\\"carrierIdentifier\\":{\\"type\\":\\"SCAC\\",\\"value\\":\\"${k.n('KNIG')}\\"},\\"shipmentIdentifiers\\":[{\\"type\\":\\"BILL_OF_LADING\\",\\"value\\":\\"${k.n(k.g.digits(10))}\\"}]}" }
      }
    },
    {
      "name": "Token",
      "request": {
        "method": "POST",
        "url": "https://na12.api.project44.com/api/v4/oauth2/token",
        "body": { "mode": "urlencoded", "urlencoded": [
          { "key": "grant_type", "value": "client_credentials" },
          { "key": "client_id", "value": "${k.n(k.g.uuid())}" },
          { "key": "client_secret", "value": "${k.s('token', k.g.alnum(40))}" }
        ] }
      }
    }
  ]
}
`;
  }),

  lDoc('logistics-freight-marketplace-spring-yml', ['config-syntax', 'precision'], 'freight-market/src/main/resources/application.yml', (k) => {
    return `server:
  port: 8443
security:
  jwt:
    secret: ${k.s('token', k.g.base64(64))}
    expiration-minutes: 60
payments:
  stripe:
    secret-key: ${k.prov('Stripe', L.stripeLive(k.g))}
    webhook-secret: ${k.prov('Stripe', 'whsec_' + k.g.alnum(32))}
notifications:
  slack-bot-token: ${k.prov('Slack', L.slackBot(k.g))}
  sendgrid-api-key: ${k.prov('SendGrid', L.sendgrid(k.g))}
carriers:
  timocom:
    api-user: nf_market
    api-key: ${k.tok()}
  trans-eu:
    client-id: ${k.n(k.g.uuid())}
    client-secret: ${k.tok()}
`;
  }),

  lDoc('logistics-vba-customs-workbook', ['code', 'precision'], 'tools/ZollAnmeldung.xlsm.bas', (k) => {
    return `Attribute VB_Name = "ModZoll"
' Liest offene Zollanmeldungen aus der SQL-Datenbank in das Blatt "Offen"
Public Sub LadeOffeneAnmeldungen()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=sql-zoll\\ZOLL;Initial Catalog=Zoll;User ID=excel_zoll;Password=${k.cs()};"
    Set rs = cn.Execute("SELECT MRN, EORI, Warenwert FROM Anmeldung WHERE Status = 'OFFEN'")
    Sheets("Offen").Range("A2").CopyFromRecordset rs
    cn.Close
End Sub

' Web-Service des Zollagenten (Basic)
Private Const AGENT_USER As String = "hh_spedition"
Private Const AGENT_PASS As String = "${k.pw()}"
`;
  }),

  lDoc('logistics-parcel-locker-firmware-config', ['config-syntax', 'precision'], 'locker-fw/config/locker.toml', (k) => {
    return `[locker]
id = "${k.n('VEN' + k.g.digits(3) + 'M')}"
compartments = 54

[backend]
url = "https://lockers.northfreight.example/api/v1"
device_secret = "${k.tok()}"
mqtt_user = "locker-${k.g.digits(4)}"
mqtt_password = "${k.gpw()}"

[service]
# technician menu on the touchscreen
service_pin = "${k.s('password', k.g.digits(8))}"
factory_pin = "${k.u('0000')}"
`;
  }),
];
