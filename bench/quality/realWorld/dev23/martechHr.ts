// HR systems: Workday integration users, BambooHR, Personio, SAP SuccessFactors, Deel, Gusto, ADP client
// certificates, HiBob, beside employee ids, cost centres, tenant names, IBANs and report names.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_HR_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-workday-isu-eib-notes',
    ['prose', 'precision'],
    'hris/workday/integrations.md',
    (k) => `# Workday integrations (tenant brand_prod${k.n(k.g.digits(1))})

| Integration | ISU | Password | Expires |
|---|---|---|---|
| INT001 Benefits outbound | ISU_Benefits | ${k.gpw()} | never (policy exception ${k.n(V.ticket(k.g))}) |
| INT004 Payroll inbound EIB | ISU_Payroll_EIB | ${k.gpw()} | 2026-09-30 |
| INT007 Okta provisioning | ISU_Okta | ${k.n('managed in Okta')} | – |

Report-as-a-service URL for headcount: https://wd3-impl-services1.workday.com/ccx/service/customreport2/brand/ISU_Reports/RPT_Headcount?format=json
The ISU_Reports password is ${k.hpw()} (temporary, set by Lena during go-live).
`,
  ),
  mDoc(
    'martech-workday-studio-properties',
    ['config-syntax', 'precision'],
    'workday-studio/INT004/launch.properties',
    (k) => `# Workday Studio launch parameters (INT004)
wd.tenant=brand_prod
wd.endpoint=https://wd3-services1.workday.com/ccx/service/brand_prod/Human_Resources/v43.0
wd.isu.user=ISU_Payroll_EIB@brand_prod
wd.isu.password=${k.spw()}
sftp.host=sftp.payroll-partner.example
sftp.user=brand_hr
sftp.password=${k.spw()}
sftp.remoteDir=/inbound/${k.n(V.payrollRun(k.g))}
pgp.recipient.fingerprint=${k.n(V.fingerprint(k.g))}
`,
  ),
  mDoc(
    'martech-bamboohr-python-sync',
    ['code', 'http-auth', 'precision'],
    'hris/bamboo_to_slack.py',
    (k) => `"""Posts new hires from BambooHR to #welcome every Monday."""
import requests

BAMBOO_SUBDOMAIN = "brand"
BAMBOO_API_KEY = "${k.prov('BambooHR', V.bamboo(k.g))}"  # used as the Basic auth user, password is any string
SLACK_BOT = "${k.prov('Slack bot token', V.slackBot(k.g))}"

def new_hires():
    url = f"https://api.bamboohr.com/api/gateway.php/{BAMBOO_SUBDOMAIN}/v1/reports/custom?format=JSON"
    r = requests.post(url, auth=(BAMBOO_API_KEY, "x"), json={"fields": ["firstName", "hireDate", "department"]})
    return [e for e in r.json()["employees"] if e["hireDate"] >= "2026-03-01"]
`,
  ),
  mDoc('martech-bamboohr-curl-basic', ['command-line', 'http-auth', 'precision'], 'notes/bamboo-api.txt', (k) => {
    const key = V.bamboo(k.g);
    return `# quick check of the employee directory (key of the HR-integrations user)
curl -s -H "Accept: application/json" \\
  -H "Authorization: Basic ${k.http(V.b64(`${key}:x`))}" \\
  https://api.bamboohr.com/api/gateway.php/brand/v1/employees/directory | jq '.employees | length'

# employee ${k.n(V.employeeId(k.g))} in department ${k.n(V.costCentre(k.g))}
`;
  }),
  mDoc(
    'martech-personio-client-credentials-env',
    ['config-syntax', 'precision'],
    'services/personio-sync/.env',
    (k) => `PERSONIO_CLIENT_ID=papi-${k.n(k.g.uuid())}
PERSONIO_CLIENT_SECRET=papi-${k.s('token', k.g.alnum(48))}
PERSONIO_PARTNER_ID=BRAND
PERSONIO_APP_ID=HRIS_SYNC
ABSENCE_TYPE_VACATION=${k.n(k.g.digits(6))}
POSTGRES_DSN=postgresql://personio_sync:${k.cs()}@hr-db.internal/personio
`,
  ),
  mDoc(
    'martech-successfactors-odata-java',
    ['code', 'defaults-in-code', 'precision'],
    'sf-connector/src/main/java/com/brand/hr/SfClient.java',
    (k) => `package com.brand.hr;

import java.net.http.HttpClient;
import java.util.Base64;

public class SfClient {
    private static final String API = "https://api012.sapsf.eu/odata/v2";
    private static final String COMPANY_ID = "BRANDGMBH";
    // Technical user for the OData API. TODO: switch to OAuth SAML bearer (${k.n(V.ticket(k.g))}).
    private static final String USER = "SFAPI_HR@BRANDGMBH";
    private static final String PASSWORD = "${k.pw()}";

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
    }

    static final String EMPLOYEE_SAMPLE = "${k.n(V.employeeId(k.g))}";
}
`,
  ),
  mDoc(
    'martech-adp-client-cert-readme',
    ['credential-file', 'prose', 'precision'],
    'payroll/adp/README.md',
    (k) => `# ADP Workforce Now API

The API uses mutual TLS plus client credentials. The certificate below is public; the key must stay in the vault
(it is pasted here only until the vault migration is done – ${k.n(V.ticket(k.g))}).

client_id: ${k.n(k.g.uuid())}
client_secret: ${k.s('token', k.g.uuid())}

\`\`\`
${k.n(V.certPem(k.g))}
\`\`\`

\`\`\`
${k.key(V.pem(k.g, 'RSA PRIVATE KEY'))}
\`\`\`
`,
  ),
  mDoc(
    'martech-deel-gusto-node',
    ['code', 'http-auth', 'precision'],
    'finance/contractors/sync.ts',
    (k) => `const DEEL_TOKEN = '${k.tok()}';
const GUSTO_TOKEN = '${k.s('token', k.g.base64url(43))}';
const GUSTO_COMPANY = '${k.n(k.g.uuid())}';

export async function contractors() {
  const deel = await fetch('https://api.letsdeel.com/rest/v2/contracts?limit=100', { headers: { Authorization: \`Bearer \${DEEL_TOKEN}\` } });
  const gusto = await fetch(\`https://api.gusto.com/v1/companies/\${GUSTO_COMPANY}/contractors\`, { headers: { Authorization: 'Bearer ' + GUSTO_TOKEN } });
  return { deel: await deel.json(), gusto: await gusto.json() };
}
`,
  ),
  mDoc(
    'martech-hibob-service-user-yaml',
    ['config-syntax', 'precision'],
    'hris/hibob/config.yaml',
    (k) => `hibob:
  base_url: https://api.hibob.com/v1
  service_user_id: "SERVICE-${k.n(k.g.digits(5))}"
  service_user_token: "${k.s('token', k.g.alnum(40))}"
  fields:
    - root.id
    - work.department
    - work.startDate
  site_filter: ["Berlin", "Lisboa"]
slack:
  channel: "#people-ops"
  token: ${k.n('${SLACK_TOKEN}')}
`,
  ),
  mDoc(
    'martech-hris-chat-sv',
    ['prose', 'precision'],
    'exports/teams/hr-system-2026-01.txt',
    (k) => `[08:41] Elin Berg: Hej! Någon som har lösenordet till Workday-integrationsanvändaren? EIB:n för lönerna failade i natt
[08:43] Johan Ek: ISU_Payroll_EIB, lösenord: ${k.gpw()}
[08:44] Elin Berg: Tack! Och Personio-kontot för Malmö?
[08:46] Johan Ek: hr-malmo@brand.example / ${k.hpw()}
[08:47] Johan Ek: anställningsnummer ${k.n(V.employeeId(k.g))} saknade kostnadsställe ${k.n(V.costCentre(k.g))}, därför failade den
[08:50] Elin Berg: 👍 byter lösenordet efter lönekörningen ${k.n(V.payrollRun(k.g))}
`,
  ),
  mDoc(
    'martech-sap-hcm-rfc-ini',
    ['config-syntax', 'precision'],
    'payroll/sap/rfc_connection.ini',
    (k) => `[PRD]
ASHOST=sap-hcm.brand.internal
SYSNR=00
CLIENT=100
USER=RFC_PAYROLL
PASSWD=${k.spw()}
LANG=DE
; Infotyp 0009 Bankverbindung, Beispiel-IBAN aus dem Test: ${k.n(V.iban(k.g))}

[QAS]
ASHOST=sap-hcm-q.brand.internal
SYSNR=01
CLIENT=200
USER=RFC_PAYROLL
PASSWD=${k.n('%SAP_QAS_PW%')}
`,
  ),
  mDoc(
    'martech-hr-onboarding-email-pl',
    ['prose', 'precision'],
    'email/2026-03-onboarding-pl.eml',
    (k) => `Od: Dział Kadr <kadry@firma.example>
Do: anna.nowak@firma.example
Temat: Dostępy na pierwszy dzień

Dzień dobry Pani Anno,

witamy w zespole! Poniżej dane do pierwszego logowania:
- Konto Microsoft 365: anna.nowak@firma.example, hasło tymczasowe: ${k.hpw()}
- Portal kadrowy (Personio): link aktywacyjny przyjdzie osobno
- Numer pracownika: ${k.n(V.employeeId(k.g))}
- Numer rachunku do wynagrodzeń zapisaliśmy jako ${k.n(`PL${k.g.digits(26)}`)}

Hasło trzeba zmienić przy pierwszym logowaniu.
Pozdrawiamy, Dział Kadr
`,
  ),
  mDoc(
    'martech-workday-rest-postman-env',
    ['config-syntax', 'http-auth', 'precision'],
    'postman/workday-prod.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Workday PROD",
  "values": [
    { "key": "tenant", "value": "brand_prod", "enabled": true },
    { "key": "client_id", "value": "${k.n(k.g.base64(48).replace(/[+/=]/g, 'a'))}", "enabled": true },
    { "key": "client_secret", "value": "${k.s('token', k.g.alnum(64))}", "enabled": true },
    { "key": "refresh_token", "value": "${k.s('token', k.g.alnum(88))}", "enabled": true },
    { "key": "access_token", "value": "", "enabled": true },
    { "key": "worker_id", "value": "${k.n(k.g.hex(32))}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),
  mDoc(
    'martech-hr-sso-saml-metadata',
    ['config-syntax', 'precision'],
    'hris/sso/bamboohr-saml.xml',
    (k) => `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://brand.bamboohr.com/saml/">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>${k.n('MIID' + k.g.base64(560))}</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://brand.bamboohr.com/saml/consume.php" index="${k.n('1')}"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
`,
  ),
];
