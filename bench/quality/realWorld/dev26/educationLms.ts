// Learning management systems as their admins leave them: Moodle config.php and plugin settings, Canvas
// developer keys and access tokens, Blackboard REST apps, Brightspace, LTI 1.1 and 1.3 tool registrations.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_LMS_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-moodle-config-php',
    ['config-syntax', 'code', 'defaults-in-code'],
    'moodle/config.php',
    (k) => `<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'db-moodle.internal.${k.g.pick(['lincoln', 'eastwood', 'hillcrest'])}.k12.example';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '${k.spw()}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => 5432,
  'dbsocket' => '',
);

$CFG->wwwroot   = 'https://learn.example-school.org';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->passwordsaltmain = '${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#%&*-_', 32))}';

// Redis session handler (added by IT, ticket ${k.n(ED.ticket(k.g))})
$CFG->session_handler_class = '\\core\\session\\redis';
$CFG->session_redis_host = '${ED.ipv4(k.g)}';
$CFG->session_redis_auth = '${k.spw()}';

$CFG->directorypermissions = 0777;

require_once(__DIR__ . '/lib/setup.php');
`,
  ),

  eduDoc(
    'edu-moodle-ws-token-python',
    ['code', 'precision'],
    'scripts/sync_grades_to_sis.py',
    (k) => `"""Pull final grades from Moodle web services and push them to the SIS export folder.

Run nightly from the registrar's scheduled task. Course ids come from the mapping sheet.
"""
import csv
import requests

MOODLE_URL = "https://moodle.example-uni.edu/webservice/rest/server.php"
# token of the 'sis_sync' web service user (Site admin > Server > Web services > Manage tokens)
WSTOKEN = "${k.prov('Moodle web service token', ED.moodleToken(k.g))}"
COURSE_IDS = [${k.n(k.g.digits(4))}, ${k.g.digits(4)}, ${k.g.digits(4)}]
# sha1 of the last export, so we skip unchanged files
LAST_EXPORT_SHA1 = "${k.n(ED.sha1(k.g))}"


def call(function, **params):
    params.update({"wstoken": WSTOKEN, "wsfunction": function, "moodlewsrestformat": "json"})
    r = requests.get(MOODLE_URL, params=params, timeout=60)
    r.raise_for_status()
    return r.json()


def main():
    with open("grades_export.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["student_id", "course", "grade"])
        for cid in COURSE_IDS:
            for item in call("gradereport_user_get_grade_items", courseid=cid)["usergrades"]:
                w.writerow([item["userid"], cid, item["gradeitems"][-1]["gradeformatted"]])


if __name__ == "__main__":
    main()
`,
  ),

  eduDoc(
    'edu-canvas-token-readme',
    ['prose', 'command-line', 'precision'],
    'canvas-tools/README.md',
    (k) => `# canvas-tools

Small scripts the Teaching & Learning team uses to bulk-edit Canvas courses.

## Setup

1. In Canvas go to **Account → Settings → Approved Integrations → + New Access Token**.
2. Copy the token into \`.env\` as \`CANVAS_TOKEN\` (see \`.env.example\`, which only has \`${k.n('CANVAS_TOKEN=<paste token>')}\`).
3. Run \`python publish_modules.py --course ${k.n(k.g.digits(5))}\`.

For the quick test during the workshop we used this token (it expires on 30 June, revoke it afterwards!):

\`\`\`bash
curl -H "Authorization: Bearer ${k.http(ED.canvasToken(k.g))}" \\
  "https://canvas.example.edu/api/v1/courses/${k.g.digits(5)}/modules?per_page=100"
\`\`\`

Course SIS id format: \`${k.n(ED.section(k.g))}\`. The sandbox course is \`${k.n(ED.section(k.g))}\`.
`,
  ),

  eduDoc(
    'edu-canvas-developer-key-json',
    ['config-syntax', 'credential-file', 'precision'],
    'integrations/canvas/developer_key_export.json',
    (k) => `{
  "id": ${k.n(ED.canvasKeyId(k.g))},
  "name": "Library Reading Lists (Leganto)",
  "email": "library-systems@example.edu",
  "redirect_uris": "https://api-eu.hosted.exlibrisgroup.com/leganto/lti/launch",
  "api_key": "${k.prov('Canvas developer key secret', ED.canvasKeySecret(k.g))}",
  "scopes": ["url:GET|/api/v1/courses/:course_id/users", "url:GET|/api/v1/courses"],
  "require_scopes": true,
  "workflow_state": "active",
  "created_at": "2025-08-14T09:12:44Z",
  "public_jwk_url": "https://api-eu.hosted.exlibrisgroup.com/leganto/.well-known/jwks.json",
  "client_credentials_audience": "internal",
  "notes": "Ticket ${k.n(ED.ticket(k.g))} - Ex Libris support case ${k.n(k.g.digits(8))}"
}
`,
  ),

  eduDoc(
    'edu-blackboard-rest-properties',
    ['config-syntax', 'precision'],
    'bb-integration/src/main/resources/application.properties',
    (k) => `# Blackboard Learn REST integration - attendance sync
bb.learn.url=https://blackboard.example.ac.uk
# from developer.blackboard.com, application "Attendance Sync"
bb.rest.application-id=${k.n(k.g.uuid())}
bb.rest.key=${k.u(k.g.uuid())}
bb.rest.secret=${k.prov('Blackboard REST secret', ED.blackboardSecret(k.g))}
bb.rest.token-url=/learn/api/public/v1/oauth2/token

spring.datasource.url=jdbc:sqlserver://sql01.example.ac.uk:1433;databaseName=attendance
spring.datasource.username=svc_attendance
spring.datasource.password=${k.cs()}

attendance.term=${k.n('2025-26 Semester 1')}
attendance.default-course-pattern=${k.n('UG-[A-Z]{4}[0-9]{4}-S1')}
logging.level.uk.ac.example=INFO
`,
  ),

  eduDoc(
    'edu-lti13-tool-registration-yaml',
    ['config-syntax', 'credential-file', 'precision'],
    'deploy/lti-tool/values.yaml',
    (k) => `# Helm values for the quiz-builder LTI 1.3 tool
image:
  repository: registry.example.edu/elearning/quiz-builder
  tag: "2.4.1"

lti:
  issuer: https://canvas.instructure.com
  clientId: "${k.n(ED.canvasKeyId(k.g))}"
  deploymentId: "${k.n(`${k.g.digits(3)}:${k.g.hex(40)}`)}"
  authLoginUrl: https://sso.canvaslms.com/api/lti/authorize_redirect
  keysetUrl: https://sso.canvaslms.com/api/lti/security/jwks
  # tool's signing key; the public half is published at /.well-known/jwks.json
  privateKey: |
${k
  .key(ED.pem(k.g, 'PRIVATE KEY'))
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}
  publicKeyKid: "${k.n(k.g.hex(16))}"

postgres:
  host: pg.elearning.svc
  user: quizbuilder
  password: "${k.spw()}"
`,
  ),

  eduDoc(
    'edu-lti11-consumer-table',
    ['prose', 'precision'],
    'docs/lti/external-tools.md',
    (k) => `# External tools (LTI 1.1) configured in Moodle

| Tool | Consumer key | Shared secret | Owner |
|---|---|---|---|
| Turnitin | ${k.n(ED.ltiConsumerKey(k.g))} | ${k.s('token', k.g.alnum(24))} | Academic integrity |
| Panopto | ${k.n(ED.ltiConsumerKey(k.g))} | ${k.s('token', k.g.uuid())} | Media services |
| Pearson MyLab | ${k.n(ED.ltiConsumerKey(k.g))} | ${k.s('token', k.g.hex(32))} | Maths dept |
| Padlet | ${k.n(ED.ltiConsumerKey(k.g))} | ${k.n('(see 1Password, "LTI Padlet")')} | Primary team |

The consumer key is not secret (it is sent in every launch as \`oauth_consumer_key\`); the shared secret is.
Rotate secrets every school year, the last rotation was ticket ${k.n(ED.ticket(k.g))}.
`,
  ),

  eduDoc(
    'edu-brightspace-valence-cs',
    ['code', 'defaults-in-code', 'precision'],
    'src/D2LSync/BrightspaceClient.cs',
    (k) => `using System.Net.Http;
using System.Net.Http.Headers;

namespace D2LSync
{
    // Brightspace OAuth 2.0 app registered under Admin Tools > Manage Extensibility > OAuth 2.0
    public class BrightspaceClient
    {
        private const string Host = "https://example.brightspace.com";
        private const string ClientId = "${k.n(k.g.uuid())}";
        private const string ClientSecret = "${k.s('token', k.g.base64url(43))}";
        // refresh token of the integration user 'svc-d2l-sync' (orgunit ${k.n(k.g.digits(4))})
        private static string RefreshToken = "${k.s('token', `rt.${k.g.pick(['us-east-1', 'ca-central-1', 'eu-west-1'])}.${k.g.base64url(38)}`)}";
        private const string Scope = "core:*:* enrollment:orgunit:read grades:gradevalues:read";

        private readonly HttpClient _http = new HttpClient();

        public async System.Threading.Tasks.Task<string> GetTokenAsync()
        {
            var body = new FormUrlEncodedContent(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "refresh_token"),
                new System.Collections.Generic.KeyValuePair<string, string>("refresh_token", RefreshToken),
                new System.Collections.Generic.KeyValuePair<string, string>("client_id", ClientId),
                new System.Collections.Generic.KeyValuePair<string, string>("client_secret", ClientSecret),
                new System.Collections.Generic.KeyValuePair<string, string>("scope", Scope),
            });
            var r = await _http.PostAsync("https://auth.brightspace.com/core/connect/token", body);
            return await r.Content.ReadAsStringAsync();
        }
    }
}
`,
  ),

  eduDoc(
    'edu-moodle-admin-cli-history',
    ['command-line', 'precision'],
    'home/sysadmin/.bash_history',
    (k) => `cd /var/www/moodle
sudo -u www-data php admin/cli/maintenance.php --enable
sudo -u www-data php admin/cli/upgrade.php --non-interactive
sudo -u www-data php admin/cli/reset_password.php --username=admin --password='${k.hpw()}' --ignore-password-policy
sudo -u www-data php admin/cli/purge_caches.php
sudo -u www-data php admin/cli/maintenance.php --disable
pg_dump -h db-moodle -U moodleuser moodle > /backup/moodle-$(date +%F).sql
PGPASSWORD=${k.spw()} psql -h db-moodle -U moodleuser moodle -c "select count(*) from mdl_user where deleted=0"
sha256sum /backup/moodle-2026-01-05.sql
git -C /var/www/moodle log -1 --format=%H
git -C /var/www/moodle checkout ${k.n(ED.gitSha(k.g))}
sudo -u www-data php admin/cli/cfg.php --name=smtppass --set='${k.spw()}'
sudo -u www-data php admin/cli/cfg.php --name=smtpuser
history | grep cfg
`,
  ),

  eduDoc(
    'edu-moodle-plugin-settings-export',
    ['config-syntax', 'logs-and-output', 'precision'],
    'exports/moodle_config_plugins_2026-01.csv',
    (k) => `plugin,name,value
auth_ldap,host_url,ldaps://dc01.example.school
auth_ldap,bind_dn,CN=svc-moodle-ldap,OU=Service,DC=example,DC=school
auth_ldap,bind_pw,${k.spw()}
auth_ldap,contexts,OU=Students;OU=Staff
enrol_database,dbtype,mysqli
enrol_database,dbhost,sis-replica.example.school
enrol_database,dbuser,moodle_enrol
enrol_database,dbpass,${k.spw()}
local_o365,clientid,${k.n(k.g.uuid())}
local_o365,clientsecret,${k.prov('Azure AD client secret', ED.azureSecret(k.g))}
local_o365,aadtenant,${k.n(k.g.uuid())}
tool_mobile,forcedurlscheme,moodlemobile
message_airnotifier,airnotifieraccesskey,${k.s('token', k.g.hex(32))}
core,siteidentifier,${k.n(`${k.g.alnum(32)}learn.example.school`)}
core,smtppass,${k.n('********')}
core,supportemail,helpdesk@example.school
`,
  ),

  eduDoc(
    'edu-google-classroom-service-account',
    ['credential-file', 'config-syntax'],
    'classroom-sync/credentials/classroom-sync-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "classroom-roster-sync-${k.g.digits(6)}",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(ED.pem(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}\\n",
  "client_email": "roster-sync@classroom-roster-sync.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-sync%40classroom-roster-sync.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),

  eduDoc(
    'edu-canvas-data-env',
    ['config-syntax', 'precision'],
    'canvas-data-2/.env',
    (k) => `# Canvas Data 2 (Instructure DAP) - nightly warehouse load
DAP_API_URL=https://api-gateway.instructure.com
DAP_CLIENT_ID=${k.n(`us-east-1#${k.g.uuid()}`)}
DAP_CLIENT_SECRET=${k.s('token', k.g.base64url(43))}
DAP_CONNECTION_STRING=postgresql://dap_loader:${k.cs()}@warehouse.ir.example.edu:5432/canvas_data
CANVAS_BASE_URL=https://canvas.example.edu
CANVAS_ADMIN_TOKEN=${k.prov('Canvas access token', ED.canvasToken(k.g))}
# Institutional Research analyst contact, ORCID ${k.n(ED.orcid(k.g))}
SNOWFLAKE_PASSWORD=${k.n('${SNOWFLAKE_PASSWORD}')}
LOG_LEVEL=info
`,
  ),
];
