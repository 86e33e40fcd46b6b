// Ad tech, analytics, paywall and subscriptions as publishers' revenue engineers keep them: Google Ad Manager
// service accounts, Prebid.js configs (public ids), SSP/DSP reporting API keys, VAST tags, Chartbeat/Parse.ly/
// Comscore, Piano/Tinypass, Stripe, Zuora.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_AD_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-gam-service-account-json',
    ['credential-file', 'config-syntax'],
    'reporting/keys/gam-reporting-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "zeitung-adops-reporting",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(V.pemJson(k.g))}",
  "client_email": "gam-reporting@zeitung-adops-reporting.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gam-reporting%40zeitung-adops-reporting.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),

  mDoc(
    'media-gam-googleads-yaml',
    ['config-syntax', 'precision'],
    'reporting/googleads.yaml',
    (k) => `ad_manager:
  application_name: zeitung-yield-report
  network_code: ${k.n(k.g.digits(8))}
  path_to_private_key_file: keys/gam-reporting-sa.json
  # delegated_account: adops@zeitung.example
adwords:
  developer_token: ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22))}
  client_customer_id: ${k.n(k.g.digits(3) + '-' + k.g.digits(3) + '-' + k.g.digits(4))}
  client_id: ${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}
  client_secret: ${k.prov('Google OAuth client secret', V.googleOauthSecret(k.g))}
  refresh_token: ${k.prov('Google OAuth refresh token', V.googleRefresh(k.g))}
`,
  ),

  mDoc(
    'media-prebid-config-js',
    ['code', 'precision'],
    'src/ads/prebid-config.js',
    (k) => `// Prebid.js 8 — header bidding for article pages. Everything here ends up in the browser: ids only, no secrets.
export const adUnits = [
  {
    code: '${k.n(V.adUnit(k.g))}',
    mediaTypes: { banner: { sizes: [[728, 90], [970, 250]] } },
    bids: [
      { bidder: 'appnexus', params: { placementId: ${k.n(k.g.digits(8))} } },
      { bidder: 'rubicon', params: { accountId: ${k.g.digits(5)}, siteId: ${k.g.digits(6)}, zoneId: ${k.n(k.g.digits(7))} } },
      { bidder: 'ix', params: { siteId: '${k.n(k.g.digits(6))}' } },
      { bidder: 'criteo', params: { networkId: ${k.g.digits(4)} } },
    ],
  },
];
export const pbjsConfig = {
  priceGranularity: 'dense',
  userSync: { filterSettings: { iframe: { bidders: '*', filter: 'include' } } },
  consentManagement: { gdpr: { cmpApi: 'iab', timeout: 8000 } },
  currency: { adServerCurrency: 'EUR' },
  analytics: { provider: 'ga', options: { trackerId: '${k.n(V.gaId(k.g))}' } },
};
`,
  ),

  mDoc(
    'media-ssp-reporting-airflow',
    ['code', 'config-syntax'],
    'airflow/dags/revenue_report.py',
    (k) => `from airflow import DAG
from airflow.operators.python import PythonOperator
import pendulum, requests

MAGNITE_KEY = "${k.u(k.g.hex(32))}"          # key id
MAGNITE_SECRET = "${k.s('token', k.g.hex(40))}"
XANDR_USER = "revenue-bot"
XANDR_PASSWORD = "${k.pw()}"
PUBMATIC_TOKEN = "${k.s('token', k.g.hex(32))}"
TEADS_API_KEY = "${k.s('token', k.g.alnum(40))}"

def magnite_report(**ctx):
    r = requests.get("https://api.rubiconproject.com/analytics/v1/report/", auth=(MAGNITE_KEY, MAGNITE_SECRET),
                     params={"dimensions": "date,site", "metrics": "revenue,impressions", "start": ctx["ds"]})
    r.raise_for_status()

with DAG("revenue_report", start_date=pendulum.datetime(2025, 1, 1), schedule="@daily", catchup=False):
    PythonOperator(task_id="magnite", python_callable=magnite_report)
`,
  ),

  mDoc(
    'media-vast-tag-ticket',
    ['prose', 'http-auth', 'precision'],
    'tickets/ADOPS-882.md',
    (k) => `**ADOPS-882 — Pre-roll VAST returns empty on Smart TV app**

Tag from the DSP (correct one, with their auth token):
\`https://vast.dsp-partner.example/v3/vast?pub=${k.n(k.g.digits(6))}&slot=${k.n(V.adUnit(k.g))}&cb=[CACHEBUSTER]&auth=${k.http(k.g.hex(40))}\`

Our GAM tag for comparison:
\`https://pubads.g.doubleclick.net/gampad/ads?iu=${k.n(V.adUnit(k.g))}&sz=640x480&gdfp_req=1&output=vast&correlator=[timestamp]\`

The app replaces [CACHEBUSTER] but not [timestamp]. Creative id ${k.n(k.g.digits(12))}, line item ${k.n(k.g.digits(10))}.
Fix: app release 4.12.1.
`,
  ),

  mDoc(
    'media-analytics-chartbeat-parsely',
    ['config-syntax', 'precision'],
    'analytics/settings.toml',
    (k) => `[chartbeat]
uid = ${k.n(k.g.digits(5))}                   # public, in the page JS
domain = "gazzetta-del-lago.example"
api_key = "${k.s('token', k.g.hex(32))}"     # historical API, Dashboard > API keys

[parsely]
apikey = "${k.n('gazzetta-del-lago.example')}"
secret = "${k.s('token', k.g.alnum(43))}"

[comscore]
c2 = "${k.n(k.g.digits(7))}"                  # publisher id, public

[ga4]
measurement_id = "${k.n(V.gaId(k.g))}"
api_secret = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22))}"   # Measurement Protocol
`,
  ),

  mDoc(
    'media-piano-paywall-php',
    ['code', 'precision'],
    'src/Paywall/PianoClient.php',
    (k) => `<?php
namespace Zeitung\\Paywall;

final class PianoClient
{
    private const AID = '${k.n(k.g.alnum(10))}';
    // sandbox token; production is injected from the env by the container
    private const API_TOKEN = '${k.s('token', k.g.alnum(40))}';
    private const PRIVATE_KEY = '${k.s('token', k.g.alnum(40))}'; // for decrypting the __utp cookie

    public function accessList(string $uid): array
    {
        $url = 'https://sandbox.tinypass.com/api/v3/publisher/user/access/list?aid=' . self::AID
            . '&api_token=' . self::API_TOKEN . '&uid=' . urlencode($uid);
        return json_decode(file_get_contents($url), true);
    }
}
`,
  ),

  mDoc(
    'media-stripe-subscriptions-env',
    ['config-syntax', 'precision'],
    'subscriptions/.env.production',
    (k) => `STRIPE_PUBLISHABLE_KEY=${k.n(V.stripePub(k.g))}
STRIPE_SECRET_KEY=${k.prov('Stripe secret key', V.stripeLive(k.g))}
STRIPE_WEBHOOK_SECRET=${k.prov('Stripe webhook secret', V.stripeWebhook(k.g))}
ZUORA_CLIENT_ID=${k.n(V.uuid(k.g))}
ZUORA_CLIENT_SECRET=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=/+', 46))}
ZUORA_ENDPOINT=https://rest.eu.zuora.com
DIGITAL_PRODUCT_ID=${k.n('prod_' + k.g.alnum(14))}
MAILCHIMP_API_KEY=${k.prov('Mailchimp API key', V.mailchimp(k.g))}
`,
  ),

  mDoc(
    'media-stripe-fulfilment-ts',
    ['code'],
    'subscriptions/src/stripe.ts',
    (k) => `import Stripe from 'stripe';

// restricted key: read customers + subscriptions only (reporting job)
const stripe = new Stripe(process.env.STRIPE_KEY ?? '${k.prov('Stripe restricted key', V.stripeRestricted(k.g))}', { apiVersion: '2024-06-20' });

export async function activeSubscribers(): Promise<number> {
  let n = 0;
  for await (const s of stripe.subscriptions.list({ status: 'active', limit: 100 })) if (s.items.data.length) n++;
  return n;
}
`,
  ),

  mDoc(
    'media-consent-cmp-config',
    ['code', 'precision'],
    'public/js/cmp-config.js',
    (k) => `window._sp_queue = [];
window._sp_ = {
  config: {
    accountId: ${k.n(k.g.digits(4))},
    baseEndpoint: 'https://cdn.privacy-mgmt.com',
    propertyHref: 'https://www.gazzetta-del-lago.example',
    gdpr: { vendorListId: '${k.n(k.g.hex(24))}' },
    targetingParams: { section: 'cronaca' },
  },
};
window.dataLayer = window.dataLayer || [];
window.gtmId = '${k.n(V.gtmId(k.g))}';
window.mapsKey = '${k.n(V.googleApiKey(k.g))}'; // browser Maps key, referrer-restricted
`,
  ),
];
