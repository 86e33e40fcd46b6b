// Student information systems and rostering: PowerSchool plugins, Infinite Campus, SIMS and Arbor exports, Clever
// and ClassLink tokens, OneRoster CSV sync over SFTP, and the scripts district staff glue them together with.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_SIS_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-powerschool-plugin-xml',
    ['config-syntax', 'precision'],
    'powerschool-plugin/plugin.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<plugin xmlns="http://plugin.powerschool.pearson.com"
        name="Library Patron Sync" version="1.3.0"
        description="Sends active students and teachers to the library system every night">
  <publisher name="District Technology Services">
    <contact email="dts@example-isd.org"/>
  </publisher>
  <oauth/>
  <access_request>
    <field table="STUDENTS" field="STUDENT_NUMBER" access="ViewOnly"/>
    <field table="STUDENTS" field="HOME_ROOM" access="ViewOnly"/>
    <field table="TEACHERS" field="EMAIL_ADDR" access="ViewOnly"/>
  </access_request>
</plugin>
<!-- after install, PowerSchool issued (System > System Settings > Plugin Management > Data Configuration):
     Client ID:     ${k.n(k.g.uuid())}
     Client Secret: ${k.prov('PowerSchool plugin client secret', ED.powerschoolSecret(k.g))}
     moved to the sync server's environment, delete this comment before committing -->
`,
  ),

  eduDoc('edu-powerschool-sync-powershell', ['code', 'defaults-in-code', 'http-auth', 'precision'], 'scripts/Sync-PowerSchoolStudents.ps1', (k) => {
    const id = k.g.uuid();
    const secret = k.g.uuid();
    return `<#
  Pulls enrolled students from PowerSchool and writes students.csv for the AD account script.
  Scheduled on SRV-SCRIPTS01 at 05:30, runs as DOMAIN\\svc-roster.
#>
$psHost = "https://powerschool.example-isd.org"
$clientId = "${k.n(id)}"
$clientSecret = "${k.prov('PowerSchool plugin client secret', secret)}"
# Basic auth header for the token call, precomputed by Mark (id:secret)
$basic = "${k.http(ED.b64(`${id}:${secret}`))}"

$tok = Invoke-RestMethod -Method Post -Uri "$psHost/oauth/access_token" -Headers @{ Authorization = "Basic $basic" } -Body "grant_type=client_credentials" -ContentType "application/x-www-form-urlencoded;charset=UTF-8"
$headers = @{ Authorization = "Bearer $($tok.access_token)"; Accept = "application/json" }

$students = Invoke-RestMethod -Uri "$psHost/ws/v1/district/student?expansions=school_enrollment&pagesize=500" -Headers $headers
$students.students.student | Select-Object @{n='id';e={$_.local_id}}, @{n='first';e={$_.name.first_name}}, @{n='last';e={$_.name.last_name}}, @{n='grade';e={$_.school_enrollment.grade_level}} |
  Export-Csv -Path D:\\Roster\\students.csv -NoTypeInformation -Encoding UTF8
# sample row id: ${k.n(ED.studentId(k.g))}
`;
  }),

  eduDoc(
    'edu-clever-sync-env',
    ['config-syntax', 'precision'],
    'edtech-app/.env.production',
    (k) => `NODE_ENV=production
APP_URL=https://app.readingbuddy.example
DATABASE_URL=postgres://readingbuddy:${k.cs()}@prod-db.readingbuddy.internal:5432/readingbuddy
CLEVER_CLIENT_ID=${k.n(ED.cleverClientId(k.g))}
CLEVER_CLIENT_SECRET=${k.prov('Clever client secret', ED.cleverClientSecret(k.g))}
CLEVER_REDIRECT_URI=https://app.readingbuddy.example/auth/clever/callback
# district-app token for the pilot district (Clever dashboard > Sharing > District token)
CLEVER_DISTRICT_TOKEN_PILOT=${k.prov('Clever district token', ED.cleverToken(k.g))}
CLASSLINK_CLIENT_ID=${k.n(`c${k.g.digits(13)}`)}
CLASSLINK_CLIENT_SECRET=${k.prov('ClassLink client secret', k.g.hex(40))}
SESSION_SECRET=${k.tok()}
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
POSTHOG_KEY=${k.n(`phc_${k.g.alnum(43)}`)}
`,
  ),

  eduDoc(
    'edu-oneroster-sftp-runbook',
    ['prose', 'command-line', 'precision'],
    'docs/runbooks/oneroster-sftp.md',
    (k) => `# OneRoster 1.1 CSV nightly export

The SIS writes \`orgs.csv\`, \`users.csv\`, \`classes.csv\`, \`enrollments.csv\`, \`academicSessions.csv\` to
\`E:\\OneRoster\\out\` at 01:00; WinSCP uploads the zip to three vendors at 02:00.

| Vendor | Host | User | Password |
|---|---|---|---|
| Reading app | sftp.vendor-reading.example | isd4471 | ${k.spw()} |
| Maths platform | upload.mathsplatform.example | example_isd | ${k.spw()} |
| Library (Destiny) | ${ED.ipv4(k.g, '172.16')} | destiny_sync | ${k.n('(key auth, no password)')} |

Manual upload if the job failed:

\`\`\`
"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /command "open sftp://isd4471:${k.cs()}@sftp.vendor-reading.example/ -hostkey=""ssh-ed25519 255 ${k.n(k.g.base64(43))}""" "put E:\\OneRoster\\out\\oneroster.zip /incoming/" "exit"
\`\`\`

Checksum of yesterday's zip for the vendor ticket: \`${k.n(ED.sha256(k.g))}\`.
`,
  ),

  eduDoc('edu-oneroster-users-csv', ['credential-file', 'precision'], 'exports/oneroster/users.csv', (k) => {
    const rows: string[] = [];
    for (let i = 0; i < 6; i++) {
      const first = ED.first(k.g);
      const sid = ED.studentId(k.g);
      rows.push(
        `${k.n(k.g.uuid())},active,2025-08-20T00:00:00Z,true,${first.toLowerCase()}.${sid.toLowerCase()},student,${sid},${first},Example,,${first.toLowerCase()}@students.example-isd.org,${i % 3 === 0 ? '' : k.kid()},,${num2(i)}`,
      );
    }
    return `sourcedId,status,dateLastModified,enabledUser,username,role,identifier,givenName,familyName,middleName,email,password,phone,grades
${rows.join('\n')}
`;
  }),

  eduDoc(
    'edu-infinite-campus-oneroster-api',
    ['code', 'http-auth', 'precision'],
    'roster/ic_oneroster.py',
    (k) => `# Infinite Campus OneRoster 1.2 API (OAuth 2.0 client credentials)
import requests

IC_BASE = "https://example-isd.infinitecampus.org/campus/api/oneroster/v1p2/example-isd"
TOKEN_URL = "https://example-isd.infinitecampus.org/campus/oauth2/token?appName=example-isd"
CLIENT_ID = "${k.n(k.g.uuid())}"
CLIENT_SECRET = "${k.s('token', k.g.alnum(40))}"


def get_token():
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"}, auth=(CLIENT_ID, CLIENT_SECRET))
    return r.json()["access_token"]


def classes_for_school(school_sourced_id):
    # school ids look like ${k.n(k.g.uuid())}; they are not secret
    h = {"Authorization": "Bearer " + get_token()}
    return requests.get(f"{IC_BASE}/schools/{school_sourced_id}/classes", headers=h).json()


# token printed during debugging on 2026-01-12 (expired):
# Bearer ${k.http(ED.jwt(k.g))}
`,
  ),

  eduDoc(
    'edu-arbor-sims-email-uk',
    ['prose', 'precision'],
    'mail/2025-09-mis-migration.eml',
    (k) => `From: Data Manager <data@oakfield-academy.example.sch.uk>
To: IT Support <itsupport@oakfield-academy.example.sch.uk>
Subject: SIMS -> Arbor migration, logins
Date: Tue, 2 Sep 2025 08:14:31 +0100

Hi Dave,

Arbor go-live is Monday. A few things for the switch-over:

* SIMS still needs to be reachable until half term. The SQL login for the SIMS backup job is
  sa-sims / ${k.hpw()} (please change it once the migration is signed off).
* Arbor's API user for the MIS -> Google Workspace sync is oakfield-gsync, password ${k.gpw()}
  (I generated it in the Arbor admin screen).
* Our DfE number is ${k.n('873/4021')} and the URN ${k.n(k.g.digits(6))}, Arbor asked for both.
* UPNs of the two test pupils: ${k.n(`A${k.g.digits(12)}`)} and ${k.n(`A${k.g.digits(12)}`)}.

The old SIMS "Personnel" password (${k.n('Pe******26')}) has been disabled.

Thanks,
Priya
`,
  ),

  eduDoc(
    'edu-classlink-roster-server-ts',
    ['code', 'defaults-in-code', 'precision'],
    'src/integrations/classlink.ts',
    (k) => `import crypto from 'node:crypto';

// ClassLink Roster Server signs requests with OAuth 1.0a (HMAC-SHA256, no token secret).
const ROSTER_SERVER = 'https://example-isd-ca-v2.oneroster.com/ims/oneroster/v1p1';
const CONSUMER_KEY = process.env.CLASSLINK_KEY ?? '${k.u(ED.classlinkKey(k.g))}';
const CONSUMER_SECRET = process.env.CLASSLINK_SECRET ?? '${k.prov('ClassLink Roster Server secret', ED.classlinkSecret(k.g))}';
const TENANT_ID = '${k.n(k.g.digits(4))}';

export function sign(method: string, url: string, params: Record<string, string>): string {
  const base = [method, encodeURIComponent(url), encodeURIComponent(new URLSearchParams(params).toString())].join('&');
  return crypto.createHmac('sha256', CONSUMER_SECRET + '&').update(base).digest('base64');
}

export const rosterConfig = { ROSTER_SERVER, CONSUMER_KEY, TENANT_ID };
// example nonce from the docs: ${k.n(k.g.alnum(11))}, signature ${k.n(k.g.base64(43) + '=')}
`,
  ),

  eduDoc(
    'edu-sis-nightly-job-log',
    ['logs-and-output', 'precision'],
    'logs/sis-nightly-2026-01-14.log',
    (k) => `2026-01-14 01:00:02 INFO  job=oneroster-export started host=SRV-SIS02
2026-01-14 01:00:02 DEBUG connecting to jdbc:sqlserver://sis-db01:1433;databaseName=PS;user=ps_export;password=${k.cs()};encrypt=true
2026-01-14 01:00:09 INFO  exported orgs=14 users=${k.g.digits(4)} classes=${k.g.digits(3)} enrollments=${k.g.digits(5)}
2026-01-14 01:00:10 INFO  zip sha256=${k.n(ED.sha256(k.g))}
2026-01-14 02:00:01 INFO  job=vendor-upload started
2026-01-14 02:00:03 DEBUG POST https://api.mathsplatform.example/v2/rostering/upload headers={"X-Api-Key": "${k.http(k.g.alnum(32))}", "Content-Type": "application/zip"}
2026-01-14 02:00:05 INFO  upload ok request_id=${k.n(k.g.uuid())}
2026-01-14 02:00:05 WARN  student ${k.n(ED.studentId(k.g))} has no homeroom, skipped
2026-01-14 02:00:06 INFO  job=vendor-upload finished in 5.1s trace=${k.n(k.g.hex(32))}
`,
  ),

  eduDoc(
    'edu-sftp-rostering-winscp-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'C/Users/roster/AppData/Roaming/WinSCP.ini',
    (k) => `[Configuration\\Interface]
RandomSeedFile=%APPDATA%\\winscp.rnd

[Sessions\\isd4471@sftp.vendor-reading.example]
HostName=sftp.vendor-reading.example
UserName=isd4471
PortNumber=22
Password=${k.u(`A35C${k.g.hex(60).toUpperCase()}`)}
FSProtocol=2

[Sessions\\oneroster@upload.mathsplatform.example]
HostName=upload.mathsplatform.example
UserName=example_isd
PublicKeyFile=C:%5CUsers%5Croster%5C.ssh%5Cid_ed25519.ppk

[SshHostKeys]
ssh-ed25519@22:sftp.vendor-reading.example=${k.n(`0x${k.g.hex(64)},0x${k.g.hex(64)}`)}
`,
  ),

  eduDoc(
    'edu-skyward-ticket',
    ['prose', 'precision'],
    'helpdesk/exports/ticket-HD-204117.txt',
    (k) => `Ticket ${k.n('HD-204117')} | Category: Student Information System | Priority: High
Requester: Front office, Maple Ridge Middle School

Subject: Skyward attendance screen throws "invalid credentials" for substitute teachers

Description:
Subs log in with the shared account "sub-mrms". Since Monday it says invalid credentials. The password on the
sticky note in the office is ${k.hpw()} – is that still right?

--- Tech notes (internal) ---
Account was locked after 5 bad attempts. Unlocked and reset to ${k.pw()} (told the secretary by phone).
Substitute PINs for the phone attendance line are 4 digits (e.g. ${k.n('1234')}), not passwords.
Linked tickets: ${k.n(ED.ticket(k.g))}, ${k.n(ED.ticket(k.g))}
`,
  ),

  eduDoc(
    'edu-edfi-ods-bootstrap-json',
    ['config-syntax', 'precision'],
    'edfi/appsettings.Production.json',
    (k) => `{
  "ConnectionStrings": {
    "EdFi_Ods": "Server=edfi-sql.example-state.gov;Database=EdFi_Ods_2026;User Id=edfi_api;Password=${k.cs()};Encrypt=True;",
    "EdFi_Admin": "Server=edfi-sql.example-state.gov;Database=EdFi_Admin;Integrated Security=true;",
    "EdFi_Security": "Server=edfi-sql.example-state.gov;Database=EdFi_Security;User Id=edfi_api;Password=${k.n('#{EdFiSecurityPassword}#')};"
  },
  "ApiSettings": {
    "Mode": "YearSpecific",
    "Features": [{ "Name": "ChangeQueries", "IsEnabled": true }]
  },
  "BearerTokenTimeoutMinutes": 30,
  "Bootstrap": {
    "VendorName": "State Assessment Vendor",
    "Key": "${k.u(k.g.alnum(20))}",
    "Secret": "${k.s('token', k.g.alnum(32))}"
  },
  "LocalEducationAgencyId": ${k.n(k.g.digits(6))}
}
`,
  ),
];

function num2(i: number): string {
  return String(6 + i).padStart(2, '0');
}
