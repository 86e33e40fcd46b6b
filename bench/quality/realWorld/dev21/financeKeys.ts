// Keys and certificates of open banking and trading infrastructure: eIDAS QWAC/QSealC keys, Symphony bot keys,
// keystores built on the command line, cloud credentials of data lakes and fraud engines, with certificate
// thumbprints, public keys and key ids beside them.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_KEY_DOCS: RealWorldDoc[] = [
  fDoc(
    'eidas-qseal-key-pem',
    ['credential-file', 'precision'],
    'openbanking/certs/qseal-2026.key',
    (k) => `Bag Attributes
    localKeyID: ${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(' '))}
    friendlyName: acme-tpp-qseal
Key Attributes: <No Attributes>
${k.key(F.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  fDoc(
    'symphony-bot-config',
    ['config-syntax', 'credential-file'],
    'bots/trade-alerts/config.yaml',
    (k) => `host: acme.symphony.com
bot:
  username: trade-alerts-bot
  privateKey:
    content: |
      ${k.key(F.pem(k.g, 'RSA PRIVATE KEY').replace(/\n/g, '\n      '))}
app:
  appId: trade-alerts
retry:
  maxAttempts: 5
streams:
  fx-desk: ${k.n(k.g.base64url(22) + '__' + k.g.base64url(8))}
`,
  ),

  fDoc(
    'keytool-openssl-commands',
    ['command-line', 'prose'],
    'docs/openbanking/build-keystore.md',
    (k) => `# Building the PSD2 client keystore

\`\`\`sh
openssl pkcs12 -export -in qwac.crt -inkey qwac.key -name acme-qwac -out qwac.p12 -passout pass:${k.spw()}
keytool -importkeystore -srckeystore qwac.p12 -srcstoretype PKCS12 -srcstorepass ${k.spw()} \\
  -destkeystore psd2-client.jks -deststorepass ${k.spw()}
keytool -list -keystore psd2-client.jks -storepass:env KS_PASS
\`\`\`

Certificate SHA-1 thumbprint after import: ${k.n(F.thumbprint(k.g))}; organisation identifier ${k.n('PSDGB-FCA-' + k.g.digits(6))}.
`,
  ),

  fDoc(
    'aws-credentials-datalake',
    ['credential-file'],
    'home/quant/.aws/credentials',
    (k) => `[default]
region = eu-west-1

[risk-datalake]
aws_access_key_id = ${k.u(F.awsId(k.g))}
aws_secret_access_key = ${k.prov('AWS', F.awsSecret(k.g))}

[sandbox]
aws_access_key_id = ${k.n('AKIAIOSFODNN7' + 'EXAMPLE')}
aws_secret_access_key = ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY')}
`,
  ),

  fDoc(
    'databricks-cfg',
    ['credential-file', 'config-syntax'],
    'home/quant/.databrickscfg',
    (k) => `[DEFAULT]
host = https://adb-${k.g.digits(16)}.${k.g.digits(1)}.azuredatabricks.net
token = ${k.prov('Databricks', F.databricks(k.g))}

[risk-prod]
host = https://adb-${k.g.digits(16)}.${k.g.digits(1)}.azuredatabricks.net
auth_type = azure-cli
cluster_id = ${k.n(k.g.digits(4) + '-' + k.g.digits(6) + '-' + k.g.lower(8))}
`,
  ),

  fDoc(
    'statement-mailer-sendgrid',
    ['code', 'defaults-in-code'],
    'statement-mailer/src/mailer.js',
    (k) => `const sgMail = require('@sendgrid/mail');

sgMail.setApiKey(process.env.SENDGRID_API_KEY || '${k.prov('SendGrid', F.sendgrid(k.g))}');

const TEMPLATE_MONTHLY = '${k.n('d-' + k.g.hex(32))}';

async function sendStatement(customer, pdf) {
  // customer.iban is masked in the e-mail body, e.g. ${k.n('DE** **** **** **** **' + k.g.digits(2) + ' ' + k.g.digits(2))}
  await sgMail.send({ to: customer.email, from: 'statements@acme-bank.example', templateId: TEMPLATE_MONTHLY, attachments: [pdf] });
}

module.exports = { sendStatement };
`,
  ),

  fDoc(
    'python-bank-api-basic-auth',
    ['code', 'http-auth'],
    'integrations/bank_api/client.py',
    (k) => `import requests

# Host-to-host API of the house bank. The bank issued one API user per legal entity.
SESSION = requests.Session()
SESSION.headers.update({
    "Authorization": "Basic ${k.basic('ACME_UK_H2H')}",
    "X-Client-Id": "${k.n(k.g.uuid())}",
    "Accept": "application/json",
})
ENTITY_LEI = "${k.n(F.lei(k.g))}"


def balances(iban):
    return SESSION.get(f"https://h2h.bank.example/v1/accounts/{iban}/balances", timeout=15).json()
`,
  ),

  fDoc(
    'fintech-env-jwt',
    ['config-syntax', 'credential-file', 'precision'],
    'wallet-api/.env.local',
    (k) => `APP_ENV=local
JWT_SECRET=${k.s('token', k.g.base64(48))}
JWT_ISSUER=wallet-api
REFRESH_TOKEN_TTL=30d
ENCRYPTION_KEY_ID=${k.n('alias/wallet-pii')}
TEST_ACCESS_TOKEN=${k.http(F.jwtHs(k.g))}
KYC_WEBHOOK_URL=https://wallet.local/webhooks/kyc
`,
  ),

  fDoc(
    'fraud-engine-config-toml',
    ['config-syntax', 'precision'],
    'fraud-engine/config/prod.toml',
    (k) => `[service]
name = "fraud-scoring"
port = 8443

[redis]
url = "rediss://default:${k.cs()}@fraud-cache.acme.example:6380/2"

[mongo]
uri = "mongodb+srv://scoring:${k.cs()}@fraud-cluster.abcde.mongodb.net/features?retryWrites=true"

[model]
path = "/models/gbm-2026-02.bin"
sha256 = "${k.n(F.sha256(k.g))}"

[device_fingerprint]
vendor_site_key = "${k.n(k.g.alnum(40))}"  # public, embedded in the web page
vendor_secret = "${k.s('token', k.g.alnum(40))}"
`,
  ),

  fDoc(
    'azure-sp-json-bank',
    ['credential-file'],
    'deploy/sp-finance-reporting.json',
    (k) => `{
  "appId": "${k.n(k.g.uuid())}",
  "displayName": "sp-finance-reporting",
  "password": "${k.prov('Azure AD', F.azureSecret(k.g))}",
  "tenant": "${k.n(k.g.uuid())}"
}
`,
  ),

  fDoc(
    'pgpass-ledger',
    ['credential-file'],
    'home/recon/.pgpass',
    (k) => `pg-ledger-prd.bank.local:5432:ledger:recon_ro:${k.spw()}
pg-ledger-uat.bank.local:5432:ledger:recon_ro:${k.spw()}
localhost:5432:*:postgres:${k.u('postgres')}
`,
  ),
];
