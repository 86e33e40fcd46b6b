// Ad platforms: google-ads.yaml, Meta Marketing API and Conversions API scripts, TikTok/LinkedIn/Microsoft Ads
// reporting pulls, beside customer ids, ad account ids, pixel ids, conversion labels and click ids.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_ADS_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-google-ads-yaml',
    ['config-syntax', 'precision'],
    'reporting/google-ads.yaml',
    (k) => `# google-ads.yaml for the spend report (agency MCC)
developer_token: ${k.prov('Google Ads developer token', V.googleAdsDevToken(k.g))}
client_id: ${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}
client_secret: ${k.prov('Google OAuth client secret', V.googleClientSecret(k.g))}
refresh_token: ${k.prov('Google OAuth refresh token', V.googleRefresh(k.g))}
login_customer_id: ${k.n(k.g.digits(10))}
use_proto_plus: True
`,
  ),
  mDoc(
    'martech-meta-capi-python',
    ['code', 'defaults-in-code', 'precision'],
    'tracking/capi_forwarder.py',
    (k) => `import hashlib
import time
import requests

PIXEL_ID = "${k.n(V.pixelId(k.g))}"
ACCESS_TOKEN = "${k.prov('Meta Conversions API', V.metaToken(k.g))}"
TEST_EVENT_CODE = "${k.n(`TEST${k.g.digits(5)}`)}"

def send_purchase(email: str, value: float, order_id: str) -> int:
    em = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    payload = {"data": [{"event_name": "Purchase", "event_time": int(time.time()), "action_source": "website",
                         "event_id": order_id, "user_data": {"em": [em]},
                         "custom_data": {"currency": "EUR", "value": value}}]}
    r = requests.post(f"https://graph.facebook.com/v21.0/{PIXEL_ID}/events", params={"access_token": ACCESS_TOKEN}, json=payload)
    return r.status_code
`,
  ),
  mDoc(
    'martech-meta-app-secret-json',
    ['config-syntax', 'precision'],
    'config/meta-app.json',
    (k) => `{
  "app_id": "${k.n(k.g.digits(16))}",
  "app_secret": "${k.prov('Meta app secret', V.metaAppSecret(k.g))}",
  "ad_account_id": "${k.n(V.adAccount(k.g))}",
  "business_id": "${k.n(k.g.digits(15))}",
  "system_user_token": "${k.prov('Meta system user token', V.metaToken(k.g))}",
  "api_version": "v21.0",
  "pixel_id": "${k.n(V.pixelId(k.g))}"
}
`,
  ),
  mDoc(
    'martech-ads-spend-r-script',
    ['code', 'defaults-in-code', 'precision'],
    'analysis/ad_spend_pull.R',
    (k) => `library(httr)
library(jsonlite)
library(dplyr)

# Meta long-lived user token (60 days) -- renew before ${k.n('2026-05-01')}
fb_token <- "${k.prov('Meta', V.metaToken(k.g))}"
act <- "${k.n(V.adAccount(k.g))}"

res <- GET(paste0("https://graph.facebook.com/v21.0/", act, "/insights"),
           query = list(fields = "spend,impressions,clicks", date_preset = "last_30d", access_token = fb_token))
meta <- fromJSON(content(res, "text"))$data

# TikTok Marketing API
tt_token <- "${k.prov('TikTok Ads', V.tiktokToken(k.g))}"
tt_adv <- "${k.n(k.g.digits(19))}"
`,
  ),
  mDoc(
    'martech-gtm-server-container-env',
    ['config-syntax', 'precision'],
    'gtm-server/cloudrun.env.yaml',
    (k) => `CONTAINER_CONFIG: "${k.n(k.g.base64(96))}"
RUN_AS_PREVIEW_SERVER: "false"
PREVIEW_SERVER_URL: https://gtm-preview.brand.example
GA4_MEASUREMENT_ID: ${k.n(V.ga4(k.g))}
GA4_API_SECRET: ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22))}
META_CAPI_TOKEN: ${k.prov('Meta Conversions API', V.metaToken(k.g))}
GTM_WEB_CONTAINER: ${k.n(V.gtm(k.g))}
`,
  ),
  mDoc(
    'martech-linkedin-ads-report-node',
    ['code', 'http-auth', 'precision'],
    'reporting/linkedin-ads.js',
    (k) => `// LinkedIn Marketing API – campaign analytics for the monthly deck
const ACCOUNT = 'urn:li:sponsoredAccount:${k.n(k.g.digits(9))}';
const TOKEN = '${k.prov('LinkedIn', V.linkedinToken(k.g))}';

async function analytics(start, end) {
  const url = \`https://api.linkedin.com/rest/adAnalytics?q=analytics&pivot=CAMPAIGN&accounts=List(\${encodeURIComponent(ACCOUNT)})\`;
  const res = await fetch(url, { headers: { Authorization: \`Bearer \${TOKEN}\`, 'LinkedIn-Version': '202410' } });
  return res.json();
}
module.exports = { analytics };
`,
  ),
  mDoc(
    'martech-microsoft-ads-csharp',
    ['code', 'defaults-in-code', 'precision'],
    'src/AdsSync/BingAdsConfig.cs',
    (k) => `namespace AdsSync;

public static class BingAdsConfig
{
    public const string DeveloperToken = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}";
    public const string ClientId = "${k.n(k.g.uuid())}";
    public const string ClientSecret = "${k.prov('Microsoft Entra client secret', `${k.g.alnum(3)}8Q~${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-', 34)}`)}";
    public const long CustomerId = ${k.n(k.g.digits(9))};
    public const long AccountId = ${k.n(k.g.digits(9))};
    public const string TenantId = "${k.n(k.g.uuid())}";
}
`,
  ),
  mDoc(
    'martech-conversion-tag-html',
    ['code', 'precision'],
    'landing/thank-you.html',
    (k) => `<!-- Google Ads conversion: lead form -->
<script async src="https://www.googletagmanager.com/gtag/js?id=${k.n(V.awConv(k.g))}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '${k.n(V.awConv(k.g))}');
  gtag('event', 'conversion', {'send_to': '${k.n(`${V.awConv(k.g)}/${V.awLabel(k.g)}`)}'});
</script>
<!-- Meta Pixel -->
<script>fbq('init', '${k.n(V.pixelId(k.g))}'); fbq('track', 'Lead');</script>
<!-- TikTok -->
<script>ttq.load('${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}'); ttq.page();</script>
`,
  ),
  mDoc(
    'martech-agency-access-email-es',
    ['prose', 'precision'],
    'correo/2026-01-accesos-agencia.eml',
    (k) => `From: Lucía Romero <lucia@agencia.example>
To: marketing@cliente.example
Subject: Accesos campañas Q1

Hola equipo,

os paso los accesos que pedisteis para auditar las campañas:

- Google Ads (cuenta ${k.n(V.customerId(k.g))}): usuario ads@cliente.example, contraseña ${k.hpw()}
- Business Manager de Meta: token de usuario del sistema ${k.prov('Meta', V.metaToken(k.g))}
- ID del píxel: ${k.n(V.pixelId(k.g))} (este es público, va en la web)
- TikTok Ads: contraseña ${k.pw()}

Un saludo,
Lucía
`,
  ),
  mDoc(
    'martech-ads-api-har',
    ['http-auth', 'logs-and-output', 'precision'],
    'debug/ads-manager.har.json',
    (k) => `{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "GET",
          "url": "https://graph.facebook.com/v21.0/${V.adAccount(k.g)}/campaigns?fields=name%2Cstatus&access_token=${k.prov('Meta', V.metaToken(k.g))}",
          "headers": [
            { "name": "cookie", "value": "datr=${k.n(k.g.base64url(24))}; c_user=${k.n(k.g.digits(15))}; xs=${k.http(`${k.g.digits(2)}%3A${k.g.base64url(14)}%3A2%3A${k.g.digits(10)}%3A-1%3A${k.g.digits(4)}`)}" },
            { "name": "x-fb-trace-id", "value": "${k.n(k.g.base64url(11))}" }
          ]
        },
        "response": { "status": 200, "content": { "mimeType": "application/json" } }
      }
    ]
  }
}
`,
  ),
  mDoc(
    'martech-click-id-export-csv',
    ['precision'],
    'exports/offline-conversions-2026-02.csv',
    (k) => `Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency
${k.n(V.gclid(k.g))},Qualified Lead,2026-02-03 10:12:00+01:00,120,EUR
${k.n(V.gclid(k.g))},Qualified Lead,2026-02-04 16:40:00+01:00,120,EUR
${k.n(V.gclid(k.g))},Closed Won,2026-02-11 09:05:00+01:00,4800,EUR
# fbclid for the Meta upload
${k.n(V.fbclid(k.g))},Lead,2026-02-12 12:00:00+01:00,80,EUR
`,
  ),
  mDoc(
    'martech-ads-script-js',
    ['code', 'defaults-in-code', 'precision'],
    'google-ads-scripts/budget-alert.js',
    (k) => `// Google Ads script (MCC): mails when a campaign overspends and posts to Slack
var SLACK_URL = '${k.prov('Slack webhook', V.slackHook(k.g))}';
var SHEET_URL = 'https://docs.google.com/spreadsheets/d/${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 44))}/edit';
var CAMPAIGN_IDS = [${k.n(V.campaignId(k.g))}, ${V.campaignId(k.g)}];

function main() {
  var it = AdsApp.campaigns().withIds(CAMPAIGN_IDS).forDateRange('TODAY').get();
  while (it.hasNext()) {
    var c = it.next();
    if (c.getStatsFor('TODAY').getCost() > c.getBudget().getAmount() * 1.2) {
      UrlFetchApp.fetch(SLACK_URL, { method: 'post', payload: JSON.stringify({ text: c.getName() + ' overspending' }) });
    }
  }
}
`,
  ),
  mDoc(
    'martech-ads-ops-notes-tr',
    ['prose', 'precision'],
    'notlar/reklam-hesaplari.md',
    (k) => `# Reklam hesapları – devir notları

- Google Ads müşteri kimliği: ${k.n(V.customerId(k.g))}
- Dönüşüm etiketi: ${k.n(V.awLabel(k.g))} (gizli değil)
- Meta reklam hesabı: ${k.n(V.adAccount(k.g))}
- Ajans paneli şifresi: ${k.hpw()}
- Yandex Direct OAuth token: ${k.s('token', `y0_${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 55)}`)}
- Eski şifre ${k.n('*******')} artık geçerli değil.
`,
  ),
  mDoc(
    'martech-bigquery-ads-transfer-sql',
    ['code', 'precision'],
    'sql/ads_spend_daily.sql',
    (k) => `-- Daily spend from the Google Ads transfer (customer ${k.n(k.g.digits(10))})
CREATE OR REPLACE TABLE marketing.ads_spend_daily AS
SELECT
  segments_date AS day,
  campaign_id,
  SUM(metrics_cost_micros) / 1e6 AS cost_eur
FROM \`brand-analytics.google_ads.p_ads_CampaignBasicStats_${k.n(k.g.digits(10))}\`
WHERE campaign_id IN (${k.n(V.campaignId(k.g))}, ${V.campaignId(k.g)})
GROUP BY 1, 2;
-- hashed emails for Customer Match come from crm.contacts.email_sha256, e.g. ${k.n(V.sha256(k.g))}
`,
  ),
];
