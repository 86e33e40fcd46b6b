// E-discovery: Relativity scripts and instance settings, Nuix processing profiles and worker configs, Everlaw API
// uploads, chain-of-custody logs full of evidence hashes, production transfer notes and load-file logs.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_EDISCOVERY_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-relativity-import-python',
    ['code', 'http-auth', 'precision'],
    'ediscovery/relativity/import_loadfile.py',
    (k) => `# Pushes a DAT/OPT load file into a Relativity workspace through the Import API (REST).
import base64, requests

RELATIVITY = "https://relativity.ediscovery-vendor.example/Relativity.REST/api"
WORKSPACE_ID = 1017423
USER = "import.svc@ediscovery-vendor.example"
PASSWORD = "${k.spw()}"

session = requests.Session()
session.headers["X-CSRF-Header"] = "-"
session.headers["Authorization"] = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

BATES_START = "${k.n(C.bates(k.g))}"
LOADFILE_SHA1 = "${k.n(C.sha1(k.g))}"

def create_job():
    return session.post(f"{RELATIVITY}/import-service/v1/workspaces/{WORKSPACE_ID}/import-jobs/${k.n(k.g.uuid())}", json={})
`,
  ),

  cDoc(
    'civic-relativity-oauth-client-json',
    ['config-syntax', 'credential-file', 'precision'],
    'ediscovery/relativity/oauth-client.json',
    (k) => `{
  "Name": "Processing Automation",
  "Flow": "ClientCredentials",
  "ClientId": "${k.n(k.g.hex(32))}",
  "ClientSecret": "${k.hex(40)}",
  "ContextUser": 9,
  "AccessTokenLifetimeInMinutes": 480,
  "Enabled": true,
  "WorkspaceArtifactId": 1017423,
  "Matter": "${k.n(C.matter(k.g))}"
}
`,
  ),

  cDoc(
    'civic-nuix-worker-config',
    ['config-syntax', 'precision'],
    'ediscovery/nuix/processing-profile-2026.yml',
    (k) => `# Nuix Workstation / Engine processing settings for matter intake
licence:
  source: server
  server: nuix-lic01.forensics.example:27443
  username: nuix-engine
  password: ${k.spw()}
workers:
  count: 8
  memory_mb: 6144
  temp: D:\\NuixTemp
evidence:
  - name: Custodian_JSmith_Laptop
    path: \\\\EVIDENCE01\\intake\\${k.n(C.matter(k.g))}\\JSmith.E01
    md5: ${k.n(C.md5(k.g))}
  - name: Custodian_JSmith_Mailbox
    path: \\\\EVIDENCE01\\intake\\${k.n(C.matter(k.g))}\\jsmith.pst
    sha1: ${k.n(C.sha1(k.g))}
    pst_password: ${k.hpw()}
ocr:
  enabled: true
`,
  ),

  cDoc(
    'civic-chain-of-custody-log',
    ['logs-and-output', 'precision'],
    'ediscovery/custody/CoC-2026-017.log',
    (k) => `CHAIN OF CUSTODY – Matter ${k.n(C.matter(k.g))} – Custodian: R. Okafor
2026-02-03 09:14  Received laptop S/N ${k.n(C.serial(k.g))} from client IT (sealed bag ${k.n('EB-' + k.g.digits(6))})
2026-02-03 09:40  Imaged with FTK Imager 4.7, E01 segments 1-14
2026-02-03 11:52  Acquisition MD5  ${k.n(C.md5(k.g))}
2026-02-03 11:52  Acquisition SHA1 ${k.n(C.sha1(k.g))}
2026-02-03 11:53  Verify MD5       ${k.n(C.md5(k.g))}  MATCH
2026-02-03 12:05  BitLocker recovery key provided by client: ${k.s('password', Array.from({ length: 8 }, () => k.g.digits(6)).join('-'))}
2026-02-03 12:10  Windows login supplied by custodian for live triage: rokafor / ${k.hpw()}
2026-02-03 15:30  Evidence returned to locker B-12, seal ${k.n('EB-' + k.g.digits(6))}
`,
  ),

  cDoc(
    'civic-everlaw-upload-curl',
    ['command-line', 'http-auth', 'precision'],
    'ediscovery/everlaw/upload-notes.md',
    (k) => `# Everlaw upload – production from opposing counsel (vol ${k.n('PROD004')})

Token is the project API token of the litigation support account.

\`\`\`bash
curl -s -X POST "https://api.everlaw.com/v1/projects/8841/uploads" \\
  -H "Authorization: Token ${k.s('http-auth', k.g.hex(40))}" \\
  -F "file=@PROD004.zip" -F "type=production"
\`\`\`

Bates range ${k.n(C.bates(k.g))} – ${k.n(C.bates(k.g))}; zip SHA-256 ${k.n(C.sha256(k.g))}.
The zip password from opposing counsel's letter: ${k.pw()}
`,
  ),

  cDoc(
    'civic-production-transmittal-letter',
    ['prose', 'precision'],
    'ediscovery/productions/transmittal-vol005.txt',
    (k) => `Re: ${k.n(C.docket(k.g))} – Defendants' Fifth Production

Dear Counsel,

Enclosed please find Defendants' fifth production, Bates-numbered ${k.n(C.bates(k.g))} through ${k.n(C.bates(k.g))},
delivered via SFTP. The production is encrypted with 7-Zip AES-256; the password will be sent under separate cover.

[separate e-mail, 14:02]
Password for VOL005.7z: ${k.gpw()}

SHA-1 of VOL005.7z: ${k.n(C.sha1(k.g))}
`,
  ),

  cDoc(
    'civic-relativity-instance-settings-sql',
    ['code', 'config-syntax', 'precision'],
    'ediscovery/relativity/update_instance_settings.sql',
    (k) => `-- Relativity EDDS instance settings after the SMTP relay change (CHG ${k.n(C.ticket(k.g))})
UPDATE EDDS.eddsdbo.InstanceSetting SET Value = 'smtp.ediscovery-vendor.example' WHERE Section = 'kCura.Notification' AND Name = 'SMTPServer';
UPDATE EDDS.eddsdbo.InstanceSetting SET Value = 'relativity-notify' WHERE Section = 'kCura.Notification' AND Name = 'SMTPUserName';
UPDATE EDDS.eddsdbo.InstanceSetting SET Value = '${k.spw()}' WHERE Section = 'kCura.Notification' AND Name = 'SMTPPassword';
UPDATE EDDS.eddsdbo.InstanceSetting SET Value = '${k.n(k.g.uuid())}' WHERE Section = 'Relativity.Core' AND Name = 'InstanceIdentifier';
-- Analytics server credentials are in the Servers tab, not here.
`,
  ),

  cDoc(
    'civic-nuix-ruby-script',
    ['code', 'defaults-in-code', 'precision'],
    'ediscovery/nuix/scripts/export_to_s3.rb',
    (k) => `# Nuix Ruby script: exports tagged items and pushes them to the vendor's S3 review bucket.
require 'aws-sdk-s3'

TAG = 'Responsive'
BUCKET = 'ediscovery-review-eu'
ACCESS_KEY_ID = '${k.u(C.awsId(k.g))}'
SECRET_ACCESS_KEY = ENV.fetch('REVIEW_S3_SECRET', '${k.prov('aws', C.awsSecret(k.g))}')

items = $current_case.search("tag:\\"#{TAG}\\"")
exporter = $utilities.create_batch_exporter('D:/Exports/${k.n(C.matter(k.g))}')
exporter.add_product('native', { 'naming' => 'document_id' })
exporter.export_items(items)

s3 = Aws::S3::Client.new(region: 'eu-west-2', access_key_id: ACCESS_KEY_ID, secret_access_key: SECRET_ACCESS_KEY)
puts "exported #{items.size} items, checksum #{'${k.n(C.md5(k.g))}'}"
`,
  ),

  cDoc(
    'civic-review-platform-har',
    ['http-auth', 'logs-and-output', 'precision'],
    'ediscovery/debug/review-platform.har.json',
    (k) => `{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "GET",
          "url": "https://review.ediscovery-vendor.example/api/documents?bates=${k.n(C.bates(k.g))}",
          "headers": [
            { "name": "Cookie", "value": "ASP.NET_SessionId=${k.s('http-auth', k.g.lower(24))}; theme=dark" },
            { "name": "X-Request-Id", "value": "${k.n(k.g.uuid())}" },
            { "name": "Authorization", "value": "Bearer ${k.bearer()}" }
          ]
        },
        "response": { "status": 200, "headers": [ { "name": "ETag", "value": "\\"${k.n(k.g.hex(32))}\\"" } ] }
      }
    ]
  }
}
`,
  ),

  cDoc(
    'civic-ediscovery-processing-log',
    ['logs-and-output', 'precision'],
    'ediscovery/logs/processing-2026-03-09.log',
    (k) => `2026-03-09 21:00:01 INFO  Job ${k.n(k.g.uuid())} started for matter ${k.n(C.matter(k.g))}
2026-03-09 21:00:02 INFO  Connecting to licence server nuix-lic01 as nuix-engine
2026-03-09 21:04:40 WARN  Encrypted item skipped: Q3 forecast.xlsx (md5 ${k.n(C.md5(k.g))})
2026-03-09 21:05:12 INFO  Retrying with password list entry 3
2026-03-09 21:05:13 DEBUG Password list loaded: ["${k.n('password')}", "${k.hpw()}", "${k.hpw()}"]
2026-03-09 21:05:14 INFO  Decrypted 14 items
2026-03-09 21:31:55 INFO  Deduplication: 4,211 duplicates by SHA-1 (e.g. ${k.n(C.sha1(k.g))})
2026-03-09 21:32:00 INFO  Job finished, 86,402 items
`,
  ),

  cDoc(
    'civic-forensic-image-mount-history',
    ['command-line', 'precision'],
    'ediscovery/forensics/.bash_history',
    (k) => `ewfverify /mnt/evidence/${k.n(C.matter(k.g))}/JSmith.E01
ewfmount /mnt/evidence/JSmith.E01 /mnt/ewf
sudo cryptsetup open --type bitlk /mnt/ewf/ewf1 jsmith
dislocker -V /mnt/ewf/ewf1 -u${k.hpw()} -- /mnt/dislocker
md5sum /mnt/evidence/JSmith.E01
sha1sum exports/*.pst > hashes.txt
7z a -p${k.gpw()} -mhe=on VOL006.7z exports/
sshpass -p '${k.spw()}' sftp -oBatchMode=no prod@sftp.opposing-counsel.example
git log --oneline | head
`,
  ),
];
