// Contact-centre admins and WFM analysts: Genesys Cloud, Five9, NICE CXone, Amazon Connect, Talkdesk API clients,
// Zendesk and Freshdesk agent tokens, in scripts, configs and exports beside agent ids, queue ids and UUIDs.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_CONTACT_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-genesys-cloud-python',
    ['code', 'defaults-in-code', 'precision'],
    'wfm/export_adherence.py',
    (k) => `import os
import PureCloudPlatformClientV2 as gc

# OAuth client "WFM export" (client credentials grant)
CLIENT_ID = os.getenv("GENESYS_CLIENT_ID", "${k.n(k.g.uuid())}")
CLIENT_SECRET = os.getenv("GENESYS_CLIENT_SECRET", "${k.s('token', k.g.base64url(43), 'Genesys Cloud client secret')}")
REGION = gc.PureCloudRegionHosts.sa_east_1
MANAGEMENT_UNIT = "${k.n(k.g.uuid())}"

gc.configuration.host = REGION.get_api_host()
api_client = gc.api_client.ApiClient().get_client_credentials_token(CLIENT_ID, CLIENT_SECRET)
wfm = gc.WorkforceManagementApi(api_client)
print(wfm.get_workforcemanagement_managementunit(MANAGEMENT_UNIT))
`,
  ),

  tDoc('telecom-five9-soap-powershell', ['code', 'http-auth', 'precision'], 'scripts/Five9-ExportAgents.ps1', (k) => {
    const user = `wfm.api@${k.g.lower(6)}.example`;
    return `# Export the agent list from Five9 Configuration Web Services
$user = "${user}"
$pass = "${k.gpw()}"
$pair = "$($user):$($pass)"
$encoded = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
# same header as the one in Postman: Basic ${k.basic(user)}
$headers = @{ Authorization = "Basic $encoded" }
$uri = "https://api.five9.com/wsadmin/v12/AdminWebService"
$body = @"
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ser="http://service.admin.ws.five9.com/">
  <soapenv:Body><ser:getUsersInfo><userNamePattern>.*</userNamePattern></ser:getUsersInfo></soapenv:Body>
</soapenv:Envelope>
"@
Invoke-RestMethod -Uri $uri -Method Post -Headers $headers -Body $body -ContentType "text/xml" | Export-Csv agents.csv
`;
  }),

  tDoc(
    'telecom-zendesk-curl-notes',
    ['command-line', 'http-auth', 'precision'],
    'notes/zendesk-bulk-close.md',
    (k) => `Bulk-closing the spam tickets from the outage:

\`\`\`
curl https://operadora.zendesk.com/api/v2/tickets/update_many.json?ids=${k.g.digits(6)},${k.g.digits(6)} \\
  -u supervisor@operadora.example/token:${k.prov('Zendesk', T.zendesk(k.g))} \\
  -X PUT -H "Content-Type: application/json" -d '{"ticket":{"status":"solved"}}'
\`\`\`

Job status id was ${k.n(k.g.hex(32))}. The token belongs to the "NOC automation" integration; rotate it
after the outage review. The old token ending in ${k.n('…' + k.g.alnum(4))} was already revoked.
`,
  ),

  tDoc('telecom-freshdesk-node', ['code', 'http-auth', 'precision'], 'integrations/freshdesk/client.ts', (k) => {
    const key = T.freshdesk(k.g);
    return `import axios from 'axios';

const DOMAIN = 'isp-suporte';
// agent API key of the "bot" agent
const API_KEY = '${k.prov('Freshdesk', key)}';

export const fd = axios.create({
  baseURL: \`https://\${DOMAIN}.freshdesk.com/api/v2\`,
  headers: { Authorization: 'Basic ${k.http(T.b64(key + ':X'))}' },
});

export async function openOutageTicket(circuit: string) {
  return fd.post('/tickets', { subject: \`Outage \${circuit}\`, email: 'noc@isp.example', priority: 4, status: 2 });
}
// example circuit: ${k.n(T.circuit(k.g))}
void API_KEY;
`;
  }),

  tDoc(
    'telecom-amazon-connect-lambda-env',
    ['config-syntax', 'precision'],
    'connect/template.yaml',
    (k) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  CallbackFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Environment:
        Variables:
          CONNECT_INSTANCE_ID: ${k.n(k.g.uuid())}
          CONTACT_FLOW_ID: ${k.n(k.g.uuid())}
          CRM_API_KEY: ${k.tok()}
          CRM_API_URL: https://crm.mvno.example/api
          DB_PASSWORD: !Ref DbPassword
          LEGACY_IVR_PASSWORD: ${k.gpw()}
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
`,
  ),

  tDoc(
    'telecom-aws-credentials-connect',
    ['credential-file', 'precision'],
    'ops/contact-centre/aws-credentials.txt',
    (k) => `[connect-reporting]
aws_access_key_id = ${k.u(T.awsId(k.g))}
aws_secret_access_key = ${k.prov('AWS', T.awsSecret(k.g))}
region = eu-west-2

[connect-readonly]
aws_access_key_id = ${k.n('AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
`,
  ),

  tDoc(
    'telecom-talkdesk-config-json',
    ['config-syntax', 'precision'],
    'config/talkdesk.json',
    (k) => `{
  "talkdesk": {
    "account": "mvno-care",
    "client_id": "${k.n(k.g.hex(32))}",
    "client_secret": "${k.s('token', k.g.base64url(43), 'Talkdesk client secret')}",
    "scopes": ["reports:read", "users:read"],
    "queue_ids": ["${k.n(k.g.uuid())}", "${k.n(k.g.uuid())}"]
  },
  "nice_cxone": {
    "access_key_id": "${k.u(k.g.upper(20))}",
    "access_key_secret": "${k.s('token', k.g.alnum(44))}",
    "business_unit": ${k.g.digits(7)}
  },
  "webhook_signing_secret": "${k.tok()}"
}
`,
  ),

  tDoc('telecom-cc-agent-roster-csv', ['config-syntax', 'precision'], 'wfm/roster-export-week10.csv', (k) => {
    const rows = Array.from(
      { length: 5 },
      () => `${k.n('AG' + k.g.digits(5))},${k.g.pick(['Ana', 'Lucas', 'Fatma', 'Rina', 'Joao', 'Amina'])},${k.g.pick(['Billing', 'Tech L1', 'Retention'])},${k.n(k.g.uuid())},${k.hpw()}`,
    );
    return `agent_id,first_name,queue,genesys_user_id,initial_password\n${rows.join('\n')}\n`;
  }),

  tDoc(
    'telecom-ivr-vxml',
    ['config-syntax', 'code', 'precision'],
    'ivr/recharge.vxml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
  <var name="ocsUrl" expr="'https://ocs.carrier.internal/recharge'"/>
  <var name="ocsApiKey" expr="'${k.tok()}'"/>
  <form id="pin">
    <field name="voucher" type="digits?length=14">
      <prompt>Digite o código do seu cartão de recarga.</prompt>
    </field>
    <block>
      <data name="result" srcexpr="ocsUrl + '?key=' + ocsApiKey + '&amp;msisdn=' + session.connection.remote.uri" namelist="voucher"/>
    </block>
  </form>
  <!-- test voucher: ${k.n(k.g.digits(14))} -->
</vxml>
`,
  ),

  tDoc(
    'telecom-cc-meeting-notes',
    ['prose', 'precision'],
    'meetings/2026-03-05-cx-platform-sync.md',
    (k) => `# CX platform sync – 5 March

Attendees: WFM, IT, vendor (NICE)

- Go-live of the new IVR moved to 18 March (change ${k.n(T.ticket(k.g))}).
- Vendor needs an SFTP account for call recordings: user \`nice-rec\`, password ${k.gpw()} (send via OneTimeSecret next time!).
- Zendesk sandbox token for the integration tests: ${k.prov('Zendesk', T.zendesk(k.g))}
- Recording encryption key id: ${k.n(k.g.uuid())} (key itself stays in KMS).
- Agent desktop SSO tenant: ${k.n(k.g.uuid())}.
`,
  ),
];
