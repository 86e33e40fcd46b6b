// Shop and back-office plumbing around the ERP: Magento/Shopware configs, n8n exports, shipping carriers and
// tax engines, SOAP WS-Security, Oracle EBS and SQL Server scripts, Power Query and a consultant's shell history.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_MORE_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-magento-env-php',
    ['config-syntax', 'code', 'precision'],
    'app/etc/env.php',
    (k) => `<?php
return [
    'backend' => ['frontName' => 'admin_${k.n(k.g.lower(6))}'],
    'crypt' => ['key' => '${k.s('token', k.g.hex(32))}'],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql-shop',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '${k.hpw()}',
                'active' => '1',
            ],
        ],
    ],
    'system' => [
        'default' => [
            'payment' => ['braintree' => ['merchant_id' => '${k.n(V.braintreeMerchant(k.g))}']],
            'carriers' => ['dhl' => ['id' => 'nordwindshop', 'password' => '${k.gpw()}']],
        ],
    ],
    'install' => ['date' => 'Mon, 04 Mar 2024 10:12:44 +0000'],
];
`,
  ),

  bizDoc(
    'biz-magento-integration-tokens',
    ['prose', 'config-syntax', 'precision'],
    'docs/erp-connector/magento-integration.md',
    (k) => `# Magento → ERP connector

Create the integration under *System > Extensions > Integrations* ("ERP Connector", resources: Sales, Catalog).
After activation Magento shows four values; the connector needs all four in \`connector.ini\`:

\`\`\`ini
[magento]
base_url = https://shop.nordwind.example
consumer_key = ${k.u(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}
consumer_secret = ${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}
access_token = ${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}
access_token_secret = ${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}
\`\`\`

Leave \`access_token\` empty in the example file in git (\`access_token = ${k.ph()}\`).
`,
  ),

  bizDoc(
    'biz-shopware-env',
    ['config-syntax', 'precision'],
    'shopware/.env.local',
    (k) => `APP_ENV=prod
APP_SECRET=${k.s('token', k.g.hex(64))}
INSTANCE_ID=${k.n(k.g.alnum(32))}
DATABASE_URL=mysql://shopware:${k.cs()}@db:3306/shopware
MAILER_DSN=smtp://shop%40nordwind.example:${k.cs()}@smtp.office365.com:587
SHOPWARE_ES_ENABLED=0
PAYPAL_PLUS_CLIENT_SECRET=${k.prov('PayPal REST client secret', V.paypalSecret(k.g))}
JWT_PRIVATE_KEY_PASSPHRASE=${k.hpw()}
SHOPWARE_HTTP_CACHE_ENABLED=1
`,
  ),

  bizDoc(
    'biz-n8n-credentials-export',
    ['credential-file', 'config-syntax', 'precision'],
    'n8n/backup/credentials.json',
    (k) => `[
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "Odoo prod",
    "type": "odooApi",
    "data": { "url": "https://erp.nordwind.example", "username": "integration@nordwind.example", "password": "${k.prov('Odoo API key', V.odooKey(k.g))}", "db": "nordwind" }
  },
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "Pipedrive",
    "type": "pipedriveApi",
    "data": { "apiToken": "${k.hex(40)}" }
  },
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "Lexoffice (header auth)",
    "type": "httpHeaderAuth",
    "data": { "name": "Authorization", "value": "Bearer ${k.http(k.g.base64url(40))}" }
  },
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "Bank SFTP",
    "type": "sftp",
    "data": { "host": "sftp.hausbank.example", "port": 22, "username": "NWD${k.g.digits(6)}", "password": "${k.gpw()}" }
  }
]
`,
  ),

  bizDoc(
    'biz-n8n-compose',
    ['config-syntax', 'precision'],
    'n8n/docker-compose.yml',
    (k) => `services:
  n8n:
    image: docker.n8n.io/n8nio/n8n:1.64.0
    environment:
      - N8N_HOST=automation.nordwind.example
      - N8N_ENCRYPTION_KEY=${k.s('token', k.g.alnum(32))}
      - DB_TYPE=postgresdb
      - DB_POSTGRESDB_HOST=n8n-db
      - DB_POSTGRESDB_PASSWORD=${k.hpw()}
      - N8N_BASIC_AUTH_ACTIVE=true
      - N8N_BASIC_AUTH_USER=ops
      - N8N_BASIC_AUTH_PASSWORD=${k.gpw()}
      - WEBHOOK_URL=https://automation.nordwind.example/
      - GENERIC_TIMEZONE=Europe/Berlin
    volumes:
      - n8n_data:/home/node/.n8n
volumes:
  n8n_data:
`,
  ),

  bizDoc(
    'biz-shipping-carriers-yaml',
    ['config-syntax', 'precision'],
    'fulfillment/config/carriers.yml',
    (k) => `ups:
  account_number: ${k.n(k.g.upper(2) + k.g.digits(4))}
  client_id: ${k.n(k.g.alnum(48))}
  client_secret: ${k.s('token', k.g.alnum(64))}
dhl:
  api_key: ${k.s('token', k.g.alnum(32))}
  api_secret: ${k.s('token', k.g.alnum(16))}
  ekp: ${k.n(k.g.digits(10))}
  gkp_user: nordwind_gkp
  gkp_password: ${k.hpw()}
fedex:
  account: ${k.n(k.g.digits(9))}
  api_key: ${k.n(`l7${k.g.hex(30)}`)}
  secret_key: ${k.s('token', k.g.hex(32))}
sendcloud:
  public_key: ${k.n(k.g.hex(32))}
  secret_key: ${k.s('token', k.g.hex(32))}
`,
  ),

  bizDoc(
    'biz-avalara-taxjar-settings',
    ['code', 'precision'],
    'tax/settings.rb',
    (k) => `# Sales tax engines (US entity only)
AVATAX = {
  account_id: "${k.n(k.g.digits(10))}",
  license_key: "${k.s('token', k.g.hex(16).toUpperCase())}",
  company_code: "NORDWINDUS",
  environment: "production"
}.freeze

TAXJAR_API_TOKEN = ENV.fetch("TAXJAR_API_TOKEN") { "${k.s('token', k.g.hex(32))}" }
NEXUS_STATES = %w[CA NY TX WA].freeze
`,
  ),

  bizDoc(
    'biz-soap-wsse-request',
    ['http-auth', 'logs-and-output', 'precision'],
    'debug/insurer_eligibility_request.xml',
    (k) => `<!-- captured with SoapUI on 2024-10-18, request to the insurer's eligibility service -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:elig="http://insurer.example/eligibility/v3">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken wsu:Id="UsernameToken-${k.n(k.g.hex(32).toUpperCase())}" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
        <wsse:Username>GENHOSP_ELIG</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${k.gpw()}</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">${k.n(k.g.base64(22) + '==')}</wsse:Nonce>
        <wsu:Created>2024-10-18T09:14:22.118Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <elig:CheckEligibility>
      <elig:MemberId>${k.n('MBR' + k.g.digits(9))}</elig:MemberId>
      <elig:ProviderNpi>${k.n(V.npi(k.g))}</elig:ProviderNpi>
      <elig:ServiceDate>2024-10-18</elig:ServiceDate>
    </elig:CheckEligibility>
  </soapenv:Body>
</soapenv:Envelope>
`,
  ),

  bizDoc(
    'biz-soap-digest-negative',
    ['http-auth', 'precision'],
    'debug/carrier_request_digest.xml',
    (k) => `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">
  <soap:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>nordwind_ws</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${k.n(k.g.base64(27) + '=')}</wsse:Password>
        <wsse:Nonce>${k.n(k.g.base64(22) + '==')}</wsse:Nonce>
        <wsu:Created xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">2024-11-01T12:00:00Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body><TrackRequest><ShipmentId>${k.n(k.g.digits(12))}</ShipmentId></TrackRequest></soap:Body>
</soap:Envelope>
`,
  ),

  bizDoc('biz-oracle-ebs-scripts', ['command-line', 'precision'], 'ebs/patch_notes.sh', (k) => {
    const apps = V.human(k.g);
    return `# EBS 12.2 patch cycle, Nov 2024 (run as applmgr on ebsapp01)
. /u01/install/APPS/EBSapps.env run
adop phase=prepare
adop phase=apply patches=${k.n('3' + k.g.digits(7))} workers=8
# custom concurrent program definitions
FNDLOAD apps/${k.s('password', apps)} 0 Y UPLOAD $FND_TOP/patch/115/import/afcpprog.lct XXNW_AP_EXPORT.ldt
sqlplus -s apps/${k.s('password', apps)}@EBSPROD @xxnw_grants.sql
sqlplus -s system/${k.hpw()}@EBSPROD <<EOF
select owner, object_name from dba_objects where status = 'INVALID';
EOF
adop phase=finalize
adop phase=cutover
# WebLogic admin for the cutover prompt: weblogic / ${k.gpw()}
`;
  }),

  bizDoc(
    'biz-sqlserver-linked-server',
    ['code', 'precision'],
    'sql/create_linked_servers.sql',
    (k) => `-- Linked servers for the finance DWH loads (run once per environment)
EXEC master.dbo.sp_addlinkedserver @server = N'ERP_ORACLE', @srvproduct = N'Oracle', @provider = N'OraOLEDB.Oracle', @datasrc = N'EBSPROD';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'ERP_ORACLE', @useself = N'False', @locallogin = NULL, @rmtuser = N'DWH_READ', @rmtpassword = N'${k.hpw()}';
GO
EXEC master.dbo.sp_addlinkedserver @server = N'SHOP_MYSQL', @srvproduct = N'', @provider = N'MSDASQL', @provstr = N'DRIVER={MySQL ODBC 8.0 Unicode Driver};SERVER=mysql-shop;PORT=3306;DATABASE=magento;USER=dwh;PASSWORD=${k.cs()};OPTION=3';
GO
CREATE LOGIN [svc_etl] WITH PASSWORD = N'${k.gpw()}', CHECK_POLICY = OFF;
-- hashed form as scripted by SSMS for the reporting login (do not edit)
CREATE LOGIN [rpt_reader] WITH PASSWORD = ${k.n('0x0200' + k.g.hex(136).toUpperCase())} HASHED, CHECK_POLICY = ON;
`,
  ),

  bizDoc(
    'biz-power-query-m',
    ['code', 'precision'],
    'Finance/Queries/OpenInvoices.pq',
    (k) => `let
    // Pulls open invoices from the billing API; the key is the "Power BI read" key of the finance team
    ApiKey = "${k.tok()}",
    Source = Json.Document(Web.Contents("https://billing.nordwind.example/api/v2/invoices", [
        Query = [status = "open", per_page = "500"],
        Headers = [#"X-Api-Key" = ApiKey, Accept = "application/json"]
    ])),
    Data = Source[data],
    Table = Table.FromList(Data, Splitter.SplitByNothing(), null, null, ExtraValues.Error),
    Expanded = Table.ExpandRecordColumn(Table, "Column1", {"number", "customer", "amount", "due_date"})
in
    Expanded
`,
  ),

  bizDoc(
    'biz-excel-vba-api',
    ['code', 'precision'],
    'Makros/Kursabruf.bas',
    (k) => `Attribute VB_Name = "Kursabruf"
' Holt tägliche Devisenkurse für die Fremdwährungsbewertung
Private Const API_URL As String = "https://fx.rates-provider.example/v1/latest?base=EUR"
Private Const API_TOKEN As String = "${k.tok()}"

Public Sub KurseLaden()
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "GET", API_URL, False
    http.setRequestHeader "Authorization", "Bearer " & API_TOKEN
    http.send
    Sheets("Kurse").Range("A1").Value = http.responseText
End Sub
`,
  ),

  bizDoc(
    'biz-consultant-bash-history',
    ['command-line', 'http-auth', 'precision'],
    'home/consultant/.bash_history',
    (k) => `ssh edi01.nordwind.local
cd /opt/openas2 && ./bin/start-openas2.sh
tail -f logs/openas2.log
curl -s -u nordwind:${k.gpw()} https://as2.retailer.example:5443/health
curl -X POST https://checkout-live.adyen.example/v71/payments -H "X-API-Key: ${k.prov('Adyen API key', V.adyenApiKey(k.g))}" -H "Content-Type: application/json" -d @payment.json
curl https://api.mollie.com/v2/payments -H "Authorization: Bearer ${k.prov('Mollie live API key', V.mollie(k.g))}"
export PGPASSWORD='${k.hpw()}'
psql -h pg-payments.internal -U payments -c "select count(*) from refunds where created_at > now() - interval '1 day'"
mysql -u magento -p${k.gpw()} magento -e "select entity_id, state from sales_order order by entity_id desc limit 5"
history | grep curl
git log --oneline | head
`,
  ),

  bizDoc(
    'biz-twilio-appointment-reminders',
    ['code', 'precision'],
    'reminders/send_reminders.py',
    (k) => `"""Sends appointment reminders by SMS for the clinic's next-day schedule."""
from twilio.rest import Client

ACCOUNT_SID = "${k.n(V.twilioSid(k.g))}"
AUTH_TOKEN = "${k.s('token', k.g.hex(32))}"
FROM = "+4930${k.g.digits(7)}"
SENDGRID_API_KEY = "${k.prov('SendGrid API key', V.sendgrid(k.g))}"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send(appointment):
    body = f"Erinnerung: Ihr Termin am {appointment.date:%d.%m.} um {appointment.time:%H:%M} Uhr. Absage: 030 1234567"
    return client.messages.create(to=appointment.phone, from_=FROM, body=body).sid
`,
  ),

  bizDoc('biz-k8s-secret-edi', ['config-syntax', 'credential-file', 'precision'], 'k8s/edi-connector-secret.yaml', (k) => {
    const pw = V.generated(k.g);
    return `apiVersion: v1
kind: Secret
metadata:
  name: edi-connector
  namespace: integration
type: Opaque
stringData:
  OFTP_PASSWORD: "${k.s('password', k.g.upper(8))}"
  AS2_KEYSTORE_PASSWORD: "${k.s('password', pw)}"
  VAN_API_KEY: "${k.tok()}"
data:
  AS2_KEYSTORE_PASSWORD_B64: ${k.s('password', V.b64(pw))}
  SFTP_HOST: ${k.n(V.b64('sftp.van-provider.example'))}
`;
  }),

  bizDoc(
    'biz-dotnet-user-secrets',
    ['credential-file', 'config-syntax'],
    'AppData/Roaming/Microsoft/UserSecrets/3f1c2a9e-erp-connector/secrets.json',
    (k) => `{
  "Erp:ServiceUser": "svc-connector",
  "Erp:Password": "${k.hpw()}",
  "Dynamics:ClientSecret": "${k.prov('Azure AD client secret', V.azureSecret(k.g))}",
  "Storage:ConnectionString": "DefaultEndpointsProtocol=https;AccountName=nwedidrop;AccountKey=${k.s('connection-string', k.g.base64(86) + '==')};EndpointSuffix=core.windows.net",
  "Smtp:Password": "${k.gpw()}"
}
`,
  ),

  bizDoc(
    'biz-ansible-erp-vars',
    ['config-syntax', 'precision'],
    'ansible/group_vars/erp_prod.yml',
    (k) => `---
erp_version: "17.0"
erp_db_user: odoo
erp_db_password: !vault |
  ${k.n('$ANSIBLE_VAULT;1.1;AES256')}
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(40))}
erp_admin_password: "{{ vault_erp_admin_password }}"
erp_smtp_password: "${k.hpw()}"
erp_backup_s3_key: ${k.u(V.awsId(k.g))}
erp_backup_s3_secret: ${k.prov('AWS secret access key', V.awsSecret(k.g))}
erp_workers: 6
`,
  ),

  bizDoc(
    'biz-terraform-payments-tfvars',
    ['config-syntax', 'precision'],
    'infra/payments/prod.auto.tfvars',
    (k) => `region             = "eu-central-1"
environment        = "prod"
db_instance_class  = "db.r6g.large"
db_master_username = "payments_admin"
db_master_password = "${k.gpw()}"
stripe_webhook_secret = "${k.prov('Stripe webhook secret', V.stripeWebhook(k.g))}"
alert_email        = "payments-oncall@nordwind.example"
kms_key_arn        = "${k.n(`arn:aws:kms:eu-central-1:${k.g.digits(12)}:key/${k.g.uuid()}`)}"
`,
  ),

  bizDoc(
    'biz-hybris-local-properties',
    ['config-syntax', 'precision'],
    'hybris/config/local.properties',
    (k) => `db.url=jdbc:sqlserver://sql-commerce:1433;databaseName=hybris;responseBuffering=adaptive;loginTimeout=10
db.driver=com.microsoft.sqlserver.jdbc.SQLServerDriver
db.username=hybris
db.password=${k.hpw()}
initialpassword.admin=${k.gpw()}
sap.s4.rfc.password=${k.hpw()}
cybersource.merchant.id=${k.n('nordwind_' + k.g.digits(6))}
cybersource.secret.key=${k.s('token', k.g.base64(44))}
cybersource.key.id=${k.n(k.g.uuid())}
tomcat.http.port=9001
`,
  ),
  bizDoc(
    'biz-gitlab-ci-erp-connector',
    ['config-syntax', 'command-line', 'precision'],
    'erp-connector/.gitlab-ci.yml',
    (k) => `stages: [test, deploy]

variables:
  ERP_BASE_URL: "https://erp-test.nordwind.example"
  # test tenant only, prod comes from CI/CD settings
  ERP_API_TOKEN: "${k.tok()}"
  WEBHOOK_SIGNING_KEY: "${k.tok()}"
  DOCKER_AUTH_CONFIG: \${DOCKER_AUTH_CONFIG}

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test -- --reporter dot

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - 'curl -fsS -X POST -H "PRIVATE-TOKEN: \${DEPLOY_TOKEN}" https://deploy.nordwind.example/hooks/erp-connector'
    - 'curl -fsS -H "X-Hook-Secret: ${k.http(k.g.hex(32))}" https://deploy.nordwind.example/notify'
  only: [main]
`,
  ),

  bizDoc(
    'biz-unzer-java-config',
    ['code', 'precision'],
    'checkout/src/main/java/com/nordwind/pay/UnzerConfig.java',
    (k) => `package com.nordwind.pay;

import com.unzer.payment.Unzer;

public final class UnzerConfig {
    // Unzer keypair from the merchant portal; the public key goes to the frontend
    static final String PRIVATE_KEY = System.getenv().getOrDefault("UNZER_PRIVATE_KEY", "${k.s('token', 's-priv-2a10' + k.g.alnum(32))}");
    static final String PUBLIC_KEY = "${k.n('s-pub-2a10' + k.g.alnum(32))}";
    static final String WEBHOOK_SECRET = "${k.tok()}";

    public static Unzer client() {
        return new Unzer(PRIVATE_KEY);
    }
}
`,
  ),

  bizDoc('biz-as2-private-key-pem', ['credential-file'], 'openas2/config/nordwind_as2_2024.key', (k) => `${k.key(V.pem(k.g, 'PRIVATE KEY'))}\n`),

  bizDoc(
    'biz-mollie-shopify-webhooks-express',
    ['code', 'precision'],
    'webhooks/src/verify.ts',
    (k) => `import crypto from 'node:crypto';

// Shopify signs webhooks with the app's API secret; Mollie has no signature, we re-fetch the payment instead.
const SHOPIFY_API_SECRET = process.env.SHOPIFY_API_SECRET ?? '${k.s('token', k.g.hex(32))}';
const INTERNAL_API_KEY = '${k.tok()}';

export function verifyShopify(rawBody: Buffer, hmacHeader: string): boolean {
  const digest = crypto.createHmac('sha256', SHOPIFY_API_SECRET).update(rawBody).digest('base64');
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmacHeader));
}

// recorded header of a valid test delivery: X-Shopify-Hmac-Sha256: ${k.n(k.g.base64(43) + '=')}
export const internalHeaders = { 'x-api-key': INTERNAL_API_KEY };
`,
  ),
];
