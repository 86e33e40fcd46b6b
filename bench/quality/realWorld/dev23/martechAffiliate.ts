// Affiliate and partner marketing: Impact, CJ, Awin, Partnerize, Rakuten feeds and postbacks, influencer tools,
// beside publisher ids, advertiser ids, click refs and commission group codes.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_AFFILIATE_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-impact-api-python',
    ['code', 'http-auth', 'precision'],
    'affiliate/impact_actions.py',
    (k) => `import requests

ACCOUNT_SID = "IR${k.u(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32))}"
AUTH_TOKEN = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.~', 32))}"
CAMPAIGN_ID = ${k.n(k.g.digits(5))}

def actions(start: str, end: str):
    url = f"https://api.impact.com/Advertisers/{ACCOUNT_SID}/Actions"
    return requests.get(url, params={"CampaignId": CAMPAIGN_ID, "StartDate": start, "EndDate": end},
                        auth=(ACCOUNT_SID, AUTH_TOKEN), headers={"Accept": "application/json"}).json()
`,
  ),
  mDoc(
    'martech-cj-graphql-curl',
    ['command-line', 'http-auth', 'precision'],
    'notes/cj-commissions.sh',
    (k) => `# CJ commission detail for February (advertiser cid ${k.n(k.g.digits(7))})
curl -s https://commissions.api.cj.com/query \\
  -H 'Authorization: Bearer ${k.s('http-auth', k.g.alnum(26).toLowerCase())}' \\
  -d '{ advertiserCommissions(forAdvertisers: ["${k.n(k.g.digits(7))}"], sincePostingDate: "2026-02-01T00:00:00Z", beforePostingDate: "2026-03-01T00:00:00Z") { count records { commissionId actionTrackerName } } }'
`,
  ),
  mDoc(
    'martech-awin-node-script',
    ['code', 'defaults-in-code', 'precision'],
    'affiliate/awin-transactions.mjs',
    (k) => `const ADVERTISER_ID = ${k.n(k.g.digits(5))};
const AWIN_TOKEN = process.env.AWIN_TOKEN ?? '${k.s('token', k.g.uuid())}';

const url = \`https://api.awin.com/advertisers/\${ADVERTISER_ID}/transactions/?startDate=2026-02-01T00%3A00%3A00&endDate=2026-02-28T23%3A59%3A59&timezone=Europe/Berlin\`;
const res = await fetch(url, { headers: { Authorization: \`Bearer \${AWIN_TOKEN}\` } });
const tx = await res.json();
console.table(tx.map((t) => ({ id: t.id, publisher: t.publisherId, status: t.commissionStatus, clickRef: t.clickRefs?.clickRef })));
`,
  ),
  mDoc(
    'martech-postback-url-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/affiliate-postbacks-2026-03-01.log',
    (k) => `09:00:12 GET /postback?clickid=${k.n(k.g.hex(24))}&payout=12.50&status=approved&sub1=${k.n(V.campaignId(k.g))} 200
09:00:14 GET /postback?clickid=${k.n(k.g.hex(24))}&payout=0&status=rejected 200
09:02:40 GET /postback?clickid=${k.n(k.g.hex(24))}&payout=8.00&security_token=${k.s('http-auth', k.g.hex(32))} 200
09:05:01 OUT https://partner-tracker.example/api/conversions?api_key=${k.s('http-auth', k.g.alnum(32))}&order=${k.n(k.g.digits(8))} 202
09:05:01 OUT https://www.awin1.com/sread.php?tt=ss&tv=2&merchant=${k.n(k.g.digits(5))}&amount=49.90&ref=${k.n(k.g.digits(8))}&parts=DEFAULT:49.90 200
`,
  ),
  mDoc(
    'martech-partnerize-yaml',
    ['config-syntax', 'precision'],
    'affiliate/partnerize.yml',
    (k) => `partnerize:
  base_url: https://api.partnerize.com
  application_key: ${k.u(k.g.alnum(20))}
  user_api_key: ${k.s('token', k.g.alnum(20))}
  campaign_id: ${k.n(k.g.alnum(10))}
  publisher_ids:
    - ${k.n(k.g.digits(10))}
    - ${k.g.digits(10)}
rakuten:
  sid: ${k.n(k.g.digits(7))}
  security_token: ${k.s('token', k.g.hex(64))}
  scope: ${k.n(k.g.digits(7))}
`,
  ),
  mDoc(
    'martech-influencer-tool-handover-fr',
    ['prose', 'precision'],
    'handover/fr/outils-influence.md',
    (k) => `# Outils influence – passation

- Upfluence : compte influence@marque.example / ${k.hpw()}
- Clé API Kolsquare (export des campagnes) : ${k.tok()}
- Codes promo actifs : ${k.n('LEA15')}, ${k.n('MAXIME20')}, ${k.n('SPRING' + k.g.digits(2))} (ce ne sont pas des secrets)
- Identifiant éditeur Awin : ${k.n(k.g.digits(6))}
- Mot de passe du compte TikTok de la marque : ${k.pw()} (double authentification sur le téléphone pro)
`,
  ),
  mDoc(
    'martech-affiliate-feed-ftp-properties',
    ['config-syntax', 'precision'],
    'feeds/config/feeds.properties',
    (k) => `# product feed delivery
feed.google.merchantId=${k.n(k.g.digits(9))}
feed.google.sftp.host=partnerupload.google.com
feed.google.sftp.port=19321
feed.google.sftp.user=mc-sftp-${k.g.digits(9)}
feed.google.sftp.password=${k.spw()}
feed.awin.ftp.url=ftp://brand_feed:${k.cs()}@productdata.awin.com/upload/
feed.idealo.token=${k.tok()}
feed.schedule.cron=0 0 4 * * ?
`,
  ),
  mDoc(
    'martech-affiliate-sheet-csv',
    ['precision', 'config-syntax'],
    'exports/affiliate-networks.csv',
    (k) => `network,advertiser_id,publisher_id,login,password,api_token
Awin,${k.n(k.g.digits(5))},-,affiliate@brand.example,${k.hpw()},${k.s('token', k.g.uuid())}
CJ,${k.n(k.g.digits(7))},-,affiliate@brand.example,${k.n('SSO')},${k.s('token', k.g.alnum(26).toLowerCase())}
Tradedoubler,${k.n(k.g.digits(7))},-,affiliate@brand.example,${k.gpw()},${k.n('(none)')}
Impact,${k.n(k.g.digits(5))},-,affiliate@brand.example,${k.n('********')},${k.n('see vault')}
`,
  ),
  mDoc(
    'martech-coupon-codes-json',
    ['precision'],
    'affiliate/coupons.json',
    (k) => `{
  "generated_at": "2026-03-01T08:00:00Z",
  "campaign": "${k.n(`spring_${k.g.digits(4)}`)}",
  "codes": [
    { "code": "${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10))}", "publisher": ${k.n(k.g.digits(6))}, "discount": 15 },
    { "code": "${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10))}", "publisher": ${k.g.digits(6)}, "discount": 15 },
    { "code": "${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10))}", "publisher": ${k.g.digits(6)}, "discount": 20 }
  ],
  "checksum": "${k.n(V.sha256(k.g))}"
}
`,
  ),
  mDoc(
    'martech-affiliate-php-tracking',
    ['code', 'defaults-in-code', 'precision'],
    'shop/checkout/affiliate-pixel.php',
    (k) => `<?php
// Server-to-server conversion for Tradedoubler and Adcell
$tdOrg = '${k.n(k.g.digits(7))}';
$tdEvent = '${k.n(k.g.digits(6))}';
$tdChecksumSecret = '${k.s('token', k.g.alnum(24))}';
$adcellProgramId = ${k.n(k.g.digits(4))};
$adcellApiPassword = '${k.pw()}';

$checksum = 'v04' . md5($tdChecksumSecret . $orderNumber . $orderValue);
file_get_contents("https://tbs.tradedoubler.com/report?organization=$tdOrg&event=$tdEvent&orderNumber=$orderNumber&orderValue=$orderValue&checksum=$checksum");
`,
  ),
  mDoc(
    'martech-affiliate-manager-chat-it',
    ['prose', 'precision'],
    'exports/teams/affiliazione-2026-02.txt',
    (k) => `[14:02] Paolo: ciao, mi mandi il token API di Awin per il report mensile?
[14:05] Sara: eccolo ${k.s('token', k.g.uuid())} (scade a fine mese)
[14:05] Sara: l'ID inserzionista è ${k.n(k.g.digits(5))}
[14:07] Paolo: e la password del pannello Tradedoubler?
[14:08] Sara: ${k.hpw()}
[14:09] Paolo: perfetto, il click ref di test era ${k.n(k.g.hex(16))}
`,
  ),
  mDoc(
    'martech-everflow-postback-js',
    ['code', 'http-auth', 'precision'],
    'tracking/everflow-s2s.js',
    (k) => `// Everflow server postback after a paid subscription
const EF_NETWORK_ID = ${k.n(k.g.digits(3))};
const EF_API_KEY = '${k.s('token', k.g.alnum(32))}';

async function reportConversion(transactionId, amount) {
  const res = await fetch('https://api.eflow.team/v1/networks/reporting/conversions', {
    method: 'POST',
    headers: { 'X-Eflow-API-Key': EF_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ transaction_id: transactionId, amount, adv1: '${k.n(k.g.uuid())}' }),
  });
  return res.ok;
}
module.exports = { reportConversion };
`,
  ),
  mDoc(
    'martech-affiliate-readme-placeholders',
    ['prose', 'precision'],
    'affiliate/README.md',
    (k) => `# Affiliate reporting

Copy \`.env.example\` to \`.env\` and fill in:

\`\`\`
IMPACT_ACCOUNT_SID=${k.n('IRxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
IMPACT_AUTH_TOKEN=${k.ph()}
AWIN_TOKEN=${k.n('00000000-0000-0000-0000-000000000000')}
CJ_PERSONAL_ACCESS_TOKEN=${k.ph()}
\`\`\`

Then run \`npm run report -- --month 2026-02\`. The output CSV contains publisher ids and click refs only.
`,
  ),
  mDoc(
    'martech-affiliate-network-tr-email',
    ['prose', 'precision'],
    'eposta/2026-02-ortaklik-agi.eml',
    (k) => `Kimden: Emre Yılmaz <emre@ajans.example>
Kime: pazarlama@marka.example
Konu: Gelir ortaklığı paneli erişimi

Merhaba,

Admitad paneline giriş bilgileri: kullanıcı adı marka_affiliate, şifre ${k.hpw()}.
API istemci anahtarı: ${k.s('token', k.g.alnum(30))}
Yayıncı kimliği ${k.n(k.g.digits(6))} ve kampanya kimliği ${k.n(k.g.digits(5))} raporlarda görünür, bunlar gizli değil.

İyi çalışmalar,
Emre
`,
  ),
];
