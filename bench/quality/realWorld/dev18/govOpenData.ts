// Open data portals and civic data feeds: CKAN ckan.ini and API tokens, Socrata app tokens and sodapy scripts,
// DKAN, harvesters; elections (voter file handovers, results feeds) and courts (e-filing APIs, Odyssey).
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_OPEN_DATA_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-ckan-ini',
    ['config-syntax', 'precision'],
    'ckan/production.ini',
    (k) => `[app:main]
use = egg:ckan
ckan.site_url = https://opendata.region.example
sqlalchemy.url = postgresql://ckan_default:${k.cs()}@pg-ckan.region.local/ckan_default
ckan.datastore.write_url = postgresql://ckan_default:${k.cs()}@pg-ckan.region.local/datastore_default
ckan.datastore.read_url = postgresql://datastore_ro:${k.cs()}@pg-ckan.region.local/datastore_default
beaker.session.secret = ${k.s('token', k.g.base64(32))}
api_token.jwt.encode.secret = string:${k.s('token', k.g.base64url(43))}
api_token.jwt.decode.secret = string:${k.n('%(api_token.jwt.encode.secret)s')}
ckan.site_id = default
solr_url = http://solr:8983/solr/ckan
ckan.redis.url = redis://localhost:6379/0
smtp.server = smtp.region.local:587
smtp.user = opendata
smtp.password = ${k.hpw()}
ckanext.xloader.api_token = ${k.prov('CKAN API token', V.ckanToken(k.g))}
ckan.plugins = stats text_view datastore xloader harvest dcat scheming_datasets
`,
  ),

  gDoc(
    'gov-ckan-api-readme',
    ['command-line', 'http-auth', 'prose', 'precision'],
    'README-harvest.md',
    (k) => `# Publishing the budget datasets to the open data portal

Create an API token in your user profile (*API Tokens* tab), then:

\`\`\`bash
export CKAN_API_TOKEN=<your-token>
ckanapi action package_patch -r https://opendata.region.example id=budget-2025 notes="Updated"
\`\`\`

For the nightly job we use the \`harvest-bot\` account:

\`\`\`bash
curl -H "Authorization: ${k.http(V.ckanToken(k.g))}" \\
  -F "package_id=budget-2025" -F "upload=@budget_2025.csv" \\
  https://opendata.region.example/api/3/action/resource_create
\`\`\`

Dataset ids look like ${k.n(k.g.uuid())}; resource ids too (${k.n(k.g.uuid())}). They are public.
`,
  ),

  gDoc(
    'gov-socrata-sodapy-script',
    ['code', 'precision'],
    'etl/publish_311.py',
    (k) => `"""Publishes the daily 311 service requests to the city's Socrata portal."""
from sodapy import Socrata

client = Socrata(
    "data.cityofexample.gov",
    "${k.u(V.token(k.g))}",  # app token (rate limits)
    username="etl-bot@cityofexample.gov",
    password="${k.pw()}",
    timeout=120,
)
DATASET = "${k.n(k.g.lower(4) + '-' + k.g.lower(4))}"  # 4x4 id, public
rows = read_rows("exports/311_daily.csv")
client.upsert(DATASET, rows)
print("upserted", len(rows))
`,
  ),

  gDoc(
    'gov-socrata-frontend-app-token',
    ['code', 'precision'],
    'dashboard/src/api.ts',
    (k) => `// Public dashboard: reads only public datasets. Socrata app tokens only raise rate limits and are sent from the
// browser by design (documented as not secret), so this one is fine in the bundle.
const APP_TOKEN = '${k.u(V.socrataAppToken(k.g))}';
const BASE = 'https://data.cityofexample.gov/resource';

export async function permitsByWard(ward: number) {
  const url = \`\${BASE}/${k.n(k.g.lower(4) + '-' + k.g.lower(4))}.json?ward=\${ward}&$limit=5000\`;
  const res = await fetch(url, { headers: { 'X-App-Token': APP_TOKEN } });
  return res.json();
}
`,
  ),

  gDoc(
    'gov-dkan-settings-env',
    ['config-syntax'],
    'dkan/.ddev/.env',
    (k) => `DKAN_HARVEST_USER=harvester
DKAN_HARVEST_PASS=${k.pw()}
DRUPAL_HASH_SALT=${k.s('token', k.g.base64url(55))}
DATASTORE_DB_PASSWORD=${k.spw()}
# the ddev defaults are db/db — fine locally
DB_PASSWORD=${k.n('db')}
`,
  ),

  gDoc(
    'gov-voter-file-sftp-email',
    ['prose', 'precision'],
    'mail/2025-08-04-voter-file-handover.eml',
    (k) => `From: Elections Division <elections@sos.state.example>
To: data-requests@campaign-research.example
Subject: RE: Statewide voter registration file — request ${k.n('VR-' + k.g.digits(5))}
Date: Mon, 04 Aug 2025 09:12:44 -0500

Hello,

Your request for the statewide voter file (fee paid, receipt ${k.n(k.g.digits(10))}) has been approved.
The file is available on our SFTP server for 14 days:

  Host: sftp.sos.state.example (port 22)
  Username: vrf_req_${k.g.digits(5)}
  Password: ${k.pw()}

The zip is encrypted; the archive password will be sent by text message to the number on the request form.
File checksum (SHA-256): ${k.n(V.sha256(k.g))}

Voter ids in the extract look like ${k.n(k.g.digits(9))}; please do not publish them.

Elections Division
`,
  ),

  gDoc(
    'gov-election-results-feed-config',
    ['config-syntax', 'precision'],
    'results-feed/config/production.json',
    (k) => `{
  "election": { "id": "2026-11-03-general", "jurisdiction": "county-047" },
  "source": {
    "type": "clarity-xml",
    "url": "https://results.enr.example/county047/${k.n(k.g.digits(6))}/reports/detailxml.zip"
  },
  "publish": {
    "s3Bucket": "county-results-public",
    "region": "us-gov-west-1",
    "accessKeyId": "${k.u(V.awsId(k.g))}",
    "secretAccessKey": "${k.prov('AWS secret access key', V.awsSecret(k.g))}"
  },
  "apApi": { "url": "https://api.ap.org/v3/elections", "apiKey": "${k.tok()}" },
  "alerts": { "slackWebhook": "${k.prov('Slack webhook', V.slackHook(k.g))}" },
  "precinctExample": "${k.n('PCT-' + k.g.digits(4))}"
}
`,
  ),

  gDoc(
    'gov-efiling-api-client',
    ['code', 'http-auth', 'precision'],
    'efile/src/EfmClient.cs',
    (k) => `using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace County.Clerk.EFiling
{
    // ECF 4.01 / Tyler EFM integration for the clerk's bulk filings (staging)
    public class EfmClient
    {
        private const string BaseUrl = "https://county-stage.tylertech.cloud/EFM/EFMUserService.svc";
        private const string FilerEmail = "efile-bot@clerk.county.example";
        private const string FilerPassword = "${k.pw()}";
        private const string IntegratorKey = "${k.n('{{TYLER_INTEGRATOR_KEY}}')}";

        public HttpClient Create()
        {
            var c = new HttpClient();
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(FilerEmail + ":" + FilerPassword));
            c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            c.DefaultRequestHeaders.Add("tyl-efm-api", "${k.http(k.g.base64(24))}");
            return c;
        }
        // case number format: ${k.n(V.caseNo(k.g))}
    }
}
`,
  ),

  gDoc(
    'gov-odyssey-integration-properties',
    ['config-syntax', 'precision'],
    'odyssey-bridge/src/main/resources/application.properties',
    (k) => `odyssey.api.url=https://odyssey-api.courts.state.local/ws/odyssey
odyssey.api.site-id=${k.n(k.g.digits(4))}
odyssey.api.user=probation_bridge
odyssey.api.password=${k.pw()}
spring.datasource.url=jdbc:sqlserver://justice-sql01;databaseName=Justice
spring.datasource.username=bridge_ro
spring.datasource.password=${k.pw()}
bridge.sample-case=${k.n(V.caseNo(k.g))}
bridge.notify.teams-webhook=${k.prov('Teams webhook', V.teamsHook(k.g))}
`,
  ),

  gDoc(
    'gov-open-data-harvester-yaml',
    ['config-syntax', 'precision'],
    'harvester/sources.yaml',
    (k) => `sources:
  - name: statistik-land
    type: dcat-ap
    url: https://www.statistik.land.example/dcat/catalog.rdf
  - name: geoportal
    type: csw
    url: https://geoportal.land.example/csw
    auth:
      username: harvest
      password: ${k.spw()}
  - name: verkehr
    type: ckan
    url: https://mobilithek.example/api/3
    api_key: ${k.n('${MOBILITHEK_KEY}')}
  - name: haushalt
    type: socrata
    url: https://data.cityofexample.gov
    app_token: ${k.u(V.socrataAppToken(k.g))}
    secret_token: ${k.tok()}
license_default: dl-de/by-2-0
`,
  ),

  gDoc(
    'gov-court-efile-postman-env',
    ['config-syntax', 'http-auth'],
    'postman/efile-staging.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "eFile staging",
  "values": [
    { "key": "baseUrl", "value": "https://efile-stage.courts.example/api", "enabled": true },
    { "key": "clientId", "value": "clerk-bulk", "enabled": true },
    { "key": "clientSecret", "value": "${k.tok()}", "enabled": true },
    { "key": "accessToken", "value": "${k.bearer()}", "enabled": true },
    { "key": "caseNumber", "value": "${k.n(V.caseNo(k.g))}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),
];
