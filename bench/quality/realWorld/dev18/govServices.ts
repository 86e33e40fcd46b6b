// Citizen-facing services and their back offices: police/fire/911 CAD integrations, fee payments (GovPay, Pay.gov,
// Stripe and Adyen for permits), public health reporting, school district IT (PowerSchool, Clever, Google Workspace
// for Education service accounts), notifications (GOV.UK Notify, Twilio for 311 texts).
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_SERVICE_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-cad-interface-config',
    ['config-syntax', 'precision'],
    'cad-bridge/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Cad": "Server=cad-sql01\\\\CAD;Database=CADPROD;User Id=cad_bridge;Password=${k.cs()};TrustServerCertificate=True",
    "Rms": "Server=rms-sql;Database=RMS;Trusted_Connection=True"
  },
  "Ncic": { "Ori": "${k.n('XX' + k.g.digits(7))}", "MnemonicUser": "BRIDGE01", "Password": "${k.racf()}" },
  "Paging": { "Provider": "Active911", "ApiKey": "${k.tok()}" },
  "Avl": { "Endpoint": "https://avl.vendor.example/api/v2", "Username": "county-fire", "Password": "${k.pw()}" },
  "IncidentNumberFormat": "${k.n('F' + k.g.digits(2) + '-' + k.g.digits(6))}"
}
`,
  ),

  gDoc(
    'gov-govpay-fees-env',
    ['config-syntax', 'precision'],
    'fees-service/.env',
    (k) => `# GOV.UK Pay — parking permits (live account) and a sandbox account for tests
GOVPAY_API_KEY=${k.prov('GOV.UK Pay API key', `api_live_${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`)}
GOVPAY_SANDBOX_KEY=${k.prov('GOV.UK Pay API key', `api_test_${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`)}
NOTIFY_API_KEY=${k.prov('GOV.UK Notify API key', V.govukNotify(k.g))}
NOTIFY_TEMPLATE_PERMIT_ISSUED=${k.n(k.g.uuid())}
NOTIFY_TEMPLATE_RENEWAL=${k.n(k.g.uuid())}
DATABASE_URL=postgres://fees:${k.cs()}@fees-db.council.internal:5432/fees
SESSION_SECRET=${k.hex(64)}
GOVPAY_WEBHOOK_SIGNING_SECRET=${k.tok()}
`,
  ),

  gDoc(
    'gov-paygov-collections-config',
    ['config-syntax', 'credential-file'],
    'paygov/collections.properties',
    (k) => `# Pay.gov Trusted Collection Services (TCS) — agency tracking for FOIA fees
paygov.tcs.endpoint=https://qa.tcs.pay.gov/tcscollections/services/TCSOnlineService/3.2/
paygov.tcs.agency_id=${k.n(k.g.digits(4))}
paygov.tcs.tcs_app_id=TCSAGENCYFOIA
paygov.tcs.keystore=/opt/foia/certs/paygov-client.p12
paygov.tcs.keystore.password=${k.pw()}
paygov.tcs.truststore.password=${k.n('changeit')}
`,
  ),

  gDoc(
    'gov-stripe-permit-fees',
    ['code', 'precision'],
    'permits/app/payments.py',
    (k) => `import os
import stripe

# Building permit fees. Live key comes from the environment on the app servers; the test key below is for the
# training instance only.
stripe.api_key = os.environ.get("STRIPE_SECRET_KEY") or "${k.prov('Stripe test secret key', V.stripeTest(k.g))}"
PUBLISHABLE = "${k.n(V.stripePub(k.g))}"
WEBHOOK_SECRET = "${k.prov('Stripe webhook secret', 'whsec_' + k.g.alnum(32))}"


def create_checkout(permit_no: str, amount_cents: int):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price_data": {"currency": "usd", "unit_amount": amount_cents,
                                    "product_data": {"name": f"Permit {permit_no}"}}, "quantity": 1}],
        success_url="https://permits.city.example/paid",
        cancel_url="https://permits.city.example/cancel",
    )
`,
  ),

  gDoc(
    'gov-adyen-parking-yaml',
    ['config-syntax'],
    'parkeren/config/adyen.yml',
    (k) => `adyen:
  environment: LIVE
  merchantAccount: GemeenteParkerenNL
  apiKey: ${k.prov('Adyen API key', `AQE${k.g.alnum(12)}${k.g.base64url(10)}+${k.g.alnum(36)}+${k.g.base64(60)}=${k.g.base64url(16)}`)}
  clientKey: ${k.n('live_' + k.g.alnum(32).toUpperCase())}
  hmacKey: ${k.s('token', k.g.hex(64).toUpperCase())}
  liveEndpointUrlPrefix: ${k.n(k.g.hex(16) + '-GemeenteParkeren')}
`,
  ),

  gDoc(
    'gov-public-health-elr-sftp',
    ['command-line', 'config-syntax', 'precision'],
    'elr/send_elr.sh',
    (k) => `#!/bin/bash
# Electronic lab reporting: push HL7 ORU batches to the state DOH (NBS) every 15 minutes.
set -euo pipefail
export SSHPASS='${k.pw()}'
OUT=/data/elr/outbound
for f in "$OUT"/*.hl7; do
  sshpass -e sftp -oBatchMode=no -b - elr_county047@sftp.doh.state.example <<EOF2
cd /inbound
put $f
EOF2
  mv "$f" /data/elr/sent/
done
# PHINMS fallback (disabled): password is in /etc/phinms/phinms.conf
# reporting facility OID ${k.n(V.oid(k.g))}
`,
  ),

  gDoc(
    'gov-immunization-registry-soap',
    ['code', 'precision'],
    'iis/submit_vxu.py',
    (k) => `"""CDC WSDL submitSingleMessage to the state immunization information system (IIS)."""
from zeep import Client

client = Client("https://iis-test.health.state.example/iisservice?wsdl")
resp = client.service.submitSingleMessage(
    username="SCHOOLNURSE47",
    password="${k.pw()}",
    facilityID="${k.n(k.g.digits(5))}",
    hl7Message=open("vxu_test.hl7").read(),
)
print(resp)
# the test patient MRN below is synthetic
TEST_MRN = "${k.n(k.g.digits(8))}"
`,
  ),

  gDoc(
    'gov-powerschool-plugin-readme',
    ['prose', 'command-line', 'http-auth'],
    'docs/powerschool-sync.md',
    (k) => `# PowerSchool → Clever/Google roster sync (district IT)

PowerSchool plugin "Roster Sync" gives us an OAuth client:

- Client ID: \`${k.n(k.g.uuid())}\`
- Client Secret: \`${k.s('token', k.g.uuid())}\`

Get an access token:

\`\`\`bash
curl -X POST https://district.powerschool.com/oauth/access_token \\
  -H "Authorization: Basic ${k.basic('roster-sync')}" \\
  -H "Content-Type: application/x-www-form-urlencoded;charset=UTF-8" \\
  -d grant_type=client_credentials
\`\`\`

Clever district token (Sync API v3.0), from the Clever dashboard → Settings:

\`\`\`bash
curl -H "Authorization: Bearer ${k.http(k.g.hex(40))}" https://api.clever.com/v3.0/districts
\`\`\`

Student numbers look like ${k.n(k.g.digits(6))}; state ids like ${k.n(k.g.digits(10))}.
`,
  ),

  gDoc(
    'gov-google-workspace-edu-sa',
    ['credential-file'],
    'gam/oauth2service.json',
    (k) => `{
  "type": "service_account",
  "project_id": "district-gam-${k.g.digits(6)}",
  "private_key_id": "${k.n(V.gcpSaKeyId(k.g))}",
  "private_key": "${k.key(V.pemJson(k.g))}",
  "client_email": "gam-project-${k.g.lower(5)}@district-gam-${k.g.digits(6)}.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gam-project"
}
`,
  ),

  gDoc(
    'gov-twilio-311-sms',
    ['code', 'precision'],
    'three11/notify.js',
    (k) => `// 311: texts residents when their service request is closed
const twilio = require('twilio');
const accountSid = '${k.n(V.twilioSid(k.g))}';
const authToken = process.env.TWILIO_AUTH_TOKEN || '${k.prov('Twilio auth token', V.twilioToken(k.g))}';
const client = twilio(accountSid, authToken);

async function notifyClosed(request) {
  // request.id like ${k.n('SR-' + k.g.digits(8))}
  await client.messages.create({ from: '+15005550006', to: request.phone, body: \`Your 311 request \${request.id} was closed.\` });
}
module.exports = { notifyClosed };
`,
  ),

  gDoc(
    'gov-school-gam-commands',
    ['command-line', 'precision'],
    'it/gam-notes.txt',
    (k) => `# new staff account, temp password they must change at first login
gam create user j.moreau@district.example firstname Julie lastname Moreau password ${k.pw()} changepassword on org "/Staff/Elementary"
gam update user k.lindqvist@district.example password ${k.spw()} changepassword on
# students get the birthday pattern from SIS (policy, not a secret)
gam csv students.csv gam create user ~email firstname ~first lastname ~last password ~${k.n('birthdate')} org /Students
gam info domain
gam print users query "orgUnitPath='/Staff'" > staff.csv
`,
  ),
];
