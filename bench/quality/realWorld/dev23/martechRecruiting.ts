// Recruiting: Greenhouse Harvest, Lever, Ashby, Workable, background-check vendors, job-board feeds and sourcer
// notes, beside candidate ids, requisition ids, job ids and application ids.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_RECRUITING_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-greenhouse-harvest-py',
    ['code', 'http-auth', 'precision'],
    'talent/greenhouse_pipeline_report.py',
    (k) => `import requests

HARVEST_KEY = "${k.prov('Greenhouse Harvest', V.greenhouse(k.g))}"
ON_BEHALF_OF = "${k.n(k.g.digits(7))}"  # user id for audit log
JOB_IDS = [${k.n(k.g.digits(7))}, ${k.g.digits(7)}]

def applications(job_id: int):
    r = requests.get("https://harvest.greenhouse.io/v1/applications", params={"job_id": job_id, "per_page": 500},
                     auth=(HARVEST_KEY, ""), headers={"On-Behalf-Of": ON_BEHALF_OF})
    r.raise_for_status()
    return r.json()
`,
  ),
  mDoc(
    'martech-greenhouse-basic-curl',
    ['command-line', 'http-auth', 'precision'],
    'notes/greenhouse-debug.sh',
    (k) => `# why is candidate ${k.n(V.candidateId(k.g))} missing from the export?
curl -s https://harvest.greenhouse.io/v1/candidates/${V.candidateId(k.g)} \\
  -H "Authorization: Basic ${k.http(V.b64(`${V.greenhouse(k.g)}:`))}" | jq .applications
curl -s -u "$GH_HARVEST_KEY:" https://harvest.greenhouse.io/v1/jobs?status=open | jq length
`,
  ),
  mDoc(
    'martech-lever-webhook-env',
    ['config-syntax', 'precision'],
    'services/ats-bridge/.env.example.filled',
    (k) => `# copy of .env.example filled in for staging
LEVER_API_KEY=${k.prov('Lever', V.lever(k.g))}
LEVER_WEBHOOK_SIGNATURE_TOKEN=${k.tok()}
LEVER_POSTING_SITE=brand
ASHBY_API_KEY=${k.prov('Ashby', V.ashby(k.g))}
DEFAULT_REQUISITION=${k.n(`REQ-${k.g.digits(4)}`)}
SLACK_WEBHOOK_URL=
OPENAI_API_KEY=<set me>
`,
  ),
  mDoc(
    'martech-ashby-apps-script',
    ['code', 'defaults-in-code', 'precision'],
    'apps-script/ashby_offers.gs',
    (k) => `// Copies accepted offers from Ashby into the headcount plan sheet.
var ASHBY_KEY = '${k.prov('Ashby', V.ashby(k.g))}';
var PLAN_SHEET_ID = '${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 44))}';

function syncOffers() {
  var res = UrlFetchApp.fetch('https://api.ashbyhq.com/offer.list', {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Basic ' + Utilities.base64Encode(ASHBY_KEY + ':') },
    payload: JSON.stringify({ limit: 100 }),
  });
  var offers = JSON.parse(res.getContentText()).results;
  Logger.log(offers.length + ' offers, first application ' + '${k.n(k.g.uuid())}');
}
`,
  ),
  mDoc(
    'martech-background-check-config-json',
    ['config-syntax', 'precision'],
    'talent/bgcheck/config.json',
    (k) => `{
  "vendor": "checkr",
  "api_base": "https://api.checkr.com/v1",
  "api_key": "${k.hex(40)}",
  "package": "tasker_standard",
  "node": "${k.n(k.g.hex(24))}",
  "webhook": {
    "url": "https://talent.brand.example/hooks/bgcheck",
    "signing_secret": "${k.tok()}"
  },
  "sterling": { "client_id": "${k.n(k.g.uuid())}", "client_secret": "${k.s('token', k.g.alnum(40))}" }
}
`,
  ),
  mDoc(
    'martech-recruiter-chat-es',
    ['prose', 'precision'],
    'exports/slack/reclutamiento-2026-02.txt',
    (k) => `[11:02] Carla: ¿alguien tiene la contraseña de la cuenta de LinkedIn Recruiter compartida?
[11:04] Diego: recruiting@marca.example / ${k.hpw()}
[11:04] Diego: y la de InfoJobs empresa es ${k.pw()}
[11:06] Carla: gracias!! el candidato ${k.n(V.candidateId(k.g))} ya firmó la oferta
[11:08] Diego: genial, su número de empleado será ${k.n(V.employeeId(k.g))}
[11:10] Diego: borro los mensajes de arriba luego 🙈
`,
  ),
  mDoc(
    'martech-job-feed-xml',
    ['config-syntax', 'precision'],
    'careers/feeds/indeed.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<source>
  <publisher>Brand GmbH</publisher>
  <publisherurl>https://careers.brand.example</publisherurl>
  <job>
    <title><![CDATA[Senior Growth Marketing Manager]]></title>
    <referencenumber>${k.n(`REQ-${k.g.digits(4)}`)}</referencenumber>
    <url><![CDATA[https://careers.brand.example/jobs/${k.g.digits(7)}?gh_src=${k.n(k.g.hex(10))}]]></url>
    <tracking_id>${k.n(k.g.uuid())}</tracking_id>
    <city>Berlin</city>
    <salary>70.000–85.000 EUR</salary>
  </job>
</source>
`,
  ),
  mDoc(
    'martech-workable-node-defaults',
    ['code', 'defaults-in-code', 'precision'],
    'talent/workable/client.js',
    (k) => `const axios = require('axios');

const SUBDOMAIN = process.env.WORKABLE_SUBDOMAIN || 'brand';
const TOKEN = process.env.WORKABLE_TOKEN || '${k.s('token', k.g.hex(64))}';
const PLACEHOLDER_TOKEN = '${k.ph()}';

module.exports = axios.create({
  baseURL: \`https://\${SUBDOMAIN}.workable.com/spi/v3\`,
  headers: { Authorization: \`Bearer \${TOKEN}\` },
});
`,
  ),
  mDoc(
    'martech-ats-migration-ticket-en',
    ['prose', 'precision'],
    'tickets/HRIS-231.md',
    (k) => `### HRIS-231 Migrate Lever → Greenhouse

- Lever export key (read only): ${k.prov('Lever', V.lever(k.g))}
- Greenhouse Harvest key with candidate write permission: ${k.prov('Greenhouse Harvest', V.greenhouse(k.g))}
- Candidate ids map: lever \`${k.n(k.g.uuid())}\` → greenhouse \`${k.n(V.candidateId(k.g))}\`
- Resumes bucket: s3://brand-talent-archive (role \`arn:aws:iam::${k.n(k.g.digits(12))}:role/ats-migration\`)

Acceptance: all 14k candidates present, attachments hash-checked (sha1 like ${k.n(V.sha1(k.g))}).
`,
  ),
  mDoc(
    'martech-linkedin-talent-hub-oauth-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/talent-sync.log',
    (k) => `[2026-03-04 06:00:00] sync start (requisitions=${k.n(k.g.digits(2))})
[2026-03-04 06:00:01] POST https://www.linkedin.com/oauth/v2/accessToken grant_type=client_credentials client_id=${k.n(k.g.alnum(14).toLowerCase())} client_secret=${k.s('token', k.g.alnum(16))}
[2026-03-04 06:00:01] 200 token expires_in=1799
[2026-03-04 06:00:02] GET https://api.linkedin.com/v2/atsJobPostings?q=... Authorization=Bearer ${k.prov('LinkedIn', V.linkedinToken(k.g))}
[2026-03-04 06:00:03] synced job ${k.n(k.g.digits(10))}
`,
  ),
  mDoc(
    'martech-recruiting-agency-email-nl',
    ['prose', 'precision'],
    'email/2026-01-bureau-toegang.eml',
    (k) => `Van: Sanne de Vries <sanne@werving.example>
Aan: talent@merk.example
Onderwerp: Toegang tot jullie vacaturesysteem

Hoi Pieter,

dank voor de toegang! Ter controle wat ik van jullie kreeg:
gebruikersnaam sanne.devries.extern, wachtwoord ${k.hpw()}.
Voor het kandidatenportaal gebruik ik de uitnodigingscode ${k.n(k.g.upper(6))} (eenmalig, al gebruikt).

Kandidaat ${k.n(V.candidateId(k.g))} stuur ik morgen door.

Groet, Sanne
`,
  ),
  mDoc(
    'martech-referral-bot-python',
    ['code', 'defaults-in-code', 'precision'],
    'talent/referral_bot/settings.py',
    (k) => `import os

SLACK_SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "${k.hex(32)}")
SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
GREENHOUSE_JOB_BOARD = "brand"  # public job board token, visible in the careers page URL
GREENHOUSE_HARVEST = os.getenv("GH_HARVEST") or "${k.prov('Greenhouse Harvest', V.greenhouse(k.g))}"
DATABASE_URL = "postgresql://referrals:${k.cs()}@talent-db:5432/referrals"
REFERRAL_BONUS_COST_CENTRE = "${k.n(V.costCentre(k.g))}"
`,
  ),
  mDoc(
    'martech-candidate-export-csv',
    ['precision'],
    'talent/exports/pipeline-2026-03.csv',
    (k) => `candidate_id,application_id,job_id,stage,source,email_sha256
${k.n(V.candidateId(k.g))},${k.n(V.candidateId(k.g))},${k.n(k.g.digits(7))},Onsite,LinkedIn,${k.n(V.sha256(k.g))}
${V.candidateId(k.g)},${V.candidateId(k.g)},${k.g.digits(7)},Offer,Referral,${V.sha256(k.g)}
${V.candidateId(k.g)},${V.candidateId(k.g)},${k.g.digits(7)},Rejected,Agency,${V.sha256(k.g)}
`,
  ),
  mDoc(
    'martech-smartrecruiters-zh-notes',
    ['prose', 'precision'],
    'docs/zh/招聘系统对接.md',
    (k) => `# 招聘系统对接说明（成都办公室）

- SmartRecruiters API 密钥：${k.s('token', k.g.alnum(40))}
- 北森测评账号：hr-cd@brand.example，密码：${k.hpw()}
- 职位编号示例：${k.n(`REQ-${k.g.digits(4)}`)}，候选人编号：${k.n(V.candidateId(k.g))}
- 回调签名密钥请从配置中心读取（${k.n('${ATS_CALLBACK_SECRET}')}），不要写在这里。
`,
  ),
];
