// Energy trading, market data and GIS: ENTSO-E transparency security tokens, EIA / Elexon BMRS / ERCOT / CAISO /
// PJM API keys, EEX and ICE credentials, ArcGIS Enterprise tokens and Esri API keys, plus the CI that deploys these
// tools. EIC codes, bidding zones and public dataset ids are not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_MARKET_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-entsoe-pandas-notebook',
    ['code', 'precision'],
    'analysis/day_ahead_prices.py',
    (k) => `# %%
import pandas as pd
from entsoe import EntsoePandasClient

client = EntsoePandasClient(api_key="${k.s('token', k.g.uuid())}")
start = pd.Timestamp("2026-01-01", tz="Europe/Berlin")
end = pd.Timestamp("2026-02-01", tz="Europe/Berlin")

# %%
prices = client.query_day_ahead_prices("DE_LU", start=start, end=end)
load = client.query_load("DE_LU", start=start, end=end)
# bidding zone EIC: ${k.n('10Y1001A1001A82H')}
prices.describe()
`,
  ),

  eDoc(
    'energy-entsoe-curl-url-token',
    ['command-line', 'http-auth', 'precision'],
    'scripts/fetch_generation.sh',
    (k) => `#!/bin/bash
# Actual generation per type (A75) for NL, yesterday
D=$(date -u -d yesterday +%Y%m%d)
curl -s "https://web-api.tp.entsoe.eu/api?securityToken=${k.http(k.g.uuid())}&documentType=A75&processType=A16&in_Domain=${k.n('10YNL----------L')}&periodStart=\${D}0000&periodEnd=\${D}2300" -o gen_nl.xml
curl -s "https://web-api.tp.entsoe.eu/api?securityToken=$ENTSOE_TOKEN&documentType=A65&processType=A16&outBiddingZone_Domain=10YNL----------L&periodStart=\${D}0000&periodEnd=\${D}2300" -o load_nl.xml
`,
  ),

  eDoc(
    'energy-eia-elexon-config-toml',
    ['config-syntax', 'precision'],
    'market-data/config.toml',
    (k) => `[eia]
base_url = "https://api.eia.gov/v2"
api_key = "${k.s('token', k.g.alnum(40))}"
series = ["ELEC.GEN.ALL-US-99.M", "NG.RNGWHHD.D"]

[elexon]
# BMRS Insights API no longer needs a key, the legacy one still does
legacy_api_key = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 15))}"
datasets = ["FUELHH", "MID", "B1770"]

[ercot]
username = "trading-desk@energyco.example"
password = "${k.pw()}"
subscription_key = "${k.hex(32)}"

[caiso]
oasis_base = "http://oasis.caiso.com/oasisapi/SingleZip"
# OASIS is public, no credentials

[pjm]
api_key = "${k.hex(32)}"
`,
  ),

  eDoc(
    'energy-trading-eex-ice-handover-en',
    ['prose', 'precision'],
    'docs/trading/desk-handover.md',
    (k) => `# Trading desk – handover while I'm on leave

* EEX Trading System (T7): my trader id is ${k.n('ENRGYXTRD01')}; the backup trader has her own id. Do not share logins,
  the exchange audits it.
* ICE WebICE: the shared "ops" read-only account is \`energyco_ops\` / \`${k.hpw()}\` (for curve screenshots only).
* EPEX intraday API (M7) for the bot: user \`m7bot\`, password in the vault under \`trading/m7bot\`.
* ENTSO-E token for the forecast job: \`${k.s('token', k.g.uuid())}\` – it's registered to my email, please ask for
  your own token before I'm back.
* Nord Pool API client: client id ${k.n('client_marketdata_api')}, secret ${k.tok()}.
`,
  ),

  eDoc(
    'energy-arcgis-portal-token-script',
    ['code', 'http-auth', 'precision'],
    'gis/sync_outages_to_arcgis.py',
    (k) => `from arcgis.gis import GIS
import requests

PORTAL = "https://gis.utility.example/portal"
gis = GIS(PORTAL, "gis_sync", "${k.pw()}", verify_cert=False)

# Static service token for the outage feature layer (generated for 1 year in the portal)
OUTAGE_LAYER = "https://gis.utility.example/server/rest/services/Outages/FeatureServer/0"
TOKEN = "${k.s('token', k.g.base64url(96) + '..')}"


def push(features):
    r = requests.post(f"{OUTAGE_LAYER}/addFeatures", data={"features": features, "f": "json", "token": TOKEN})
    return r.json()


# server-side key for batch geocoding of outage addresses (billed per request, never in the browser)
ESRI_KEY = "${k.prov('Esri', E.esriApiKey(k.g))}"
`,
  ),

  eDoc(
    'energy-gis-web-outage-map-config',
    ['config-syntax', 'precision'],
    'outage-map/public/config.json',
    (k) => `{
  "title": "Stromausfälle – Netzgebiet Nord",
  "portalUrl": "https://gis.utility.example/portal",
  "webmapId": "${k.n(k.g.hex(32))}",
  "appId": "${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}",
  "refreshSeconds": 60,
  "layers": {
    "outages": "https://gis.utility.example/server/rest/services/Outages/FeatureServer/0",
    "substations": "https://gis.utility.example/server/rest/services/Grid/MapServer/3"
  },
  "languages": ["de", "en", "pl"]
}
`,
  ),

  eDoc(
    'energy-gitlab-ci-market-etl',
    ['config-syntax', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, deploy]

variables:
  ENTSOE_TOKEN: $ENTSOE_TOKEN
  EIA_API_KEY: \${EIA_API_KEY}
  PIP_INDEX_URL: https://__token__:${k.prov('GitLab', E.gitlabPat(k.g))}@gitlab.energyco.example/api/v4/projects/42/packages/pypi/simple

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - ssh deploy@etl01.energyco.example "cd /opt/market-etl && git pull && systemctl restart market-etl"
  only: [main]
`,
  ),

  eDoc(
    'energy-github-actions-forecast',
    ['config-syntax', 'precision'],
    '.github/workflows/forecast.yml',
    (k) => `name: load-forecast
on:
  schedule: [{ cron: "15 5 * * *" }]
  workflow_dispatch: {}
jobs:
  run:
    runs-on: ubuntu-latest
    env:
      ENTSOE_TOKEN: \${{ secrets.ENTSOE_TOKEN }}
      WEATHER_API_KEY: \${{ secrets.WEATHER_API_KEY }}
      AZURE_STORAGE_KEY: ${k.prov('Azure Storage', E.azureStorageKey(k.g))}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt && python forecast.py --zone DE_LU
      - run: az storage blob upload --account-name energyforecasts --container-name out --file out.parquet --name "$(date +%F).parquet"
`,
  ),

  eDoc(
    'energy-teams-webhook-alerting',
    ['code', 'precision'],
    'alerting/notify.ts',
    (k) => `// Posts price spikes to the trading channel.
const TEAMS_WEBHOOK = '${k.prov('Microsoft Teams webhook', E.teamsHook(k.g))}';
const THRESHOLD_EUR_MWH = 300;

export async function notifySpike(zone: string, price: number): Promise<void> {
  if (price < THRESHOLD_EUR_MWH) return;
  await fetch(TEAMS_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: \`Day-ahead \${zone}: \${price} €/MWh\` }),
  });
}
`,
  ),

  eDoc(
    'energy-weather-vendor-contract-email-no',
    ['prose', 'precision'],
    'mail/2026-03-værdata.txt',
    (k) => `Fra: Kari Nordmann <kari@kraftselskap.example>
Til: Drift
Emne: Ny API-nøkkel for værdata (vindprognoser)

Hei alle,

vi har fått ny avtale med værleverandøren. Den nye API-nøkkelen er ${k.tok()} og den gamle
(${k.n('4f3a…e91c')}) slutter å virke 1. april. Brukernavn for portalen er drift@kraftselskap.example,
passord ${k.hpw()}.

Prognosene for Hamar og Bergen ligger under prosjekt-ID ${k.n(k.g.uuid())}.

Hilsen Kari
`,
  ),
];
