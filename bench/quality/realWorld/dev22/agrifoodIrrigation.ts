// Irrigation, precision farming and field telemetry: integrations with Trimble, CNH, AgLeader, Lindsay FieldNET,
// Rachio and Granular in configs, scripts and READMEs, beside field ids, boundary hashes and machine serials.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_IRRIGATION_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-readme-farm-integrations',
    ['prose', 'config-syntax', 'precision'],
    'farm-integrations/README.md',
    (k) => `# farm-integrations

Pulls machine data from Trimble Ag, CNH FieldOps and AgLeader SMS into one Postgres for the agronomy team.

## Setup

Copy \`.env.example\` to \`.env\` and fill in:

\`\`\`
TRIMBLE_CLIENT_ID=${k.n('<client id>')}
TRIMBLE_CLIENT_SECRET=${k.ph()}
CNH_SUBSCRIPTION_KEY=${k.n('<subscription key>')}
\`\`\`

For local testing you can use the consultancy's sandbox app (sandbox only!):

\`\`\`
TRIMBLE_CLIENT_ID=${k.n(k.g.uuid())}
TRIMBLE_CLIENT_SECRET=${k.tok()}
CNH_SUBSCRIPTION_KEY=${k.prov('CNH Industrial', k.g.hex(32))}
\`\`\`

Machine serials look like ${k.n(k.g.upper(3) + k.g.digits(7))}; field ids like ${k.n(A.field(k.g))}.
`,
  ),
  aDoc(
    'agri-fieldnet-pivot-py',
    ['code', 'defaults-in-code', 'precision'],
    'pivots/fieldnet_status.py',
    (k) => `import requests

FIELDNET_USER = "river-farms"
FIELDNET_PASS = "${k.hpw()}"
PIVOTS = {"${k.n('PIVOT-' + k.g.digits(2))}": "${k.n(k.g.uuid())}", "${k.n('PIVOT-' + k.g.digits(2))}": "${k.n(k.g.uuid())}"}

def login():
    r = requests.post("https://fieldnet.example/api/login", json={"username": FIELDNET_USER, "password": FIELDNET_PASS})
    return r.json()["token"]

def status(token, pivot_id):
    return requests.get(f"https://fieldnet.example/api/pivots/{pivot_id}", headers={"Authorization": token}).json()
`,
  ),
  aDoc(
    'agri-rachio-home-assistant',
    ['config-syntax', 'precision'],
    'homeassistant/secrets.yaml',
    (k) => `# Home Assistant on the farm office Pi
rachio_api_key: ${k.prov('Rachio', k.g.uuid())}
openweathermap_key: ${k.prov('OpenWeatherMap', A.owm(k.g))}
mqtt_password: ${k.spw()}
latitude_farm: ${k.n('-31.41')}
longitude_farm: ${k.n('-64.18')}
telegram_bot_token: ${k.prov('Telegram', A.telegramBot(k.g))}
telegram_chat_id: ${k.n('-100' + k.g.digits(10))}
`,
  ),
  aDoc(
    'agri-granular-export-r',
    ['code', 'defaults-in-code', 'precision'],
    'analysis/granular_export.R',
    (k) => `# Pull operations from the farm-management API for the season report
library(httr2)
token <- Sys.getenv("GRANULAR_TOKEN", unset = "${k.tok()}")
farm_id <- "${k.n(k.g.uuid())}"
req <- request("https://api.farm-mgmt.example/v1") |>
  req_url_path_append("farms", farm_id, "operations") |>
  req_auth_bearer_token(token)
ops <- resp_body_json(req_perform(req))
# boundary hash ${k.n(A.sha1(k.g))}
`,
  ),
  aDoc(
    'agri-hoogendoorn-opc-yaml',
    ['config-syntax', 'precision'],
    'greenhouse/opc-bridge/config.yaml',
    (k) => `opcua:
  endpoint: opc.tcp://${A.ipv4(k.g)}:4840
  security_mode: SignAndEncrypt
  username: opcbridge
  password: "${k.gpw()}"
  certificate: /etc/opc-bridge/client.der
  nodes:
    - ${k.n('ns=2;s=Compartment1.AirTemp')}
    - ${k.n('ns=2;s=Compartment1.CO2')}
influx:
  url: http://influx.gh.local:8086
  org: kwekerij
  bucket: climate
  token: ${k.s('token', k.g.base64url(86) + '==')}
`,
  ),
  aDoc(
    'agri-agleader-sync-cs',
    ['code', 'defaults-in-code', 'precision'],
    'AgSync/Program.cs',
    (k) => `using System.Net.Http.Headers;

var http = new HttpClient { BaseAddress = new Uri("https://api.agsync.example/") };
var apiKey = Environment.GetEnvironmentVariable("AGSYNC_API_KEY") ?? "${k.tok()}";
http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${k.basic('agsync')}");
var grower = "${k.n(k.g.uuid())}";
var res = await http.GetAsync($"growers/{grower}/fields");
Console.WriteLine(await res.Content.ReadAsStringAsync());
`,
  ),
  aDoc(
    'agri-drone-spray-notes-hu',
    ['prose', 'precision'],
    'jegyzetek/dron-permetezes.md',
    (k) => `# Drónos permetezés – beállítások

- Drón vezérlő alkalmazás fiók: permetezes@gazdasag.example, jelszó: ${k.hpw()}
- RTK bázisállomás NTRIP: felhasználó ${k.n('KECS' + k.g.digits(3))}, jelszó ${k.spw()}
- Tábla azonosítók: ${k.n(A.field(k.g))}, ${k.n(A.field(k.g))}
- Drón sorozatszám: ${k.n(k.g.upper(4) + k.g.digits(8))}
- A régi jelszó (${k.n('[REDACTED]')}) már nem működik.
`,
  ),
  aDoc(
    'agri-ntrip-rtklib-conf',
    ['config-syntax', 'command-line', 'precision'],
    'rtk/str2str.sh',
    (k) => `#!/bin/sh
# Stream RTK corrections from the regional caster to the tractor's receiver
str2str -in ntrip://river-farms:${k.cs()}@rtk.caster.example:2101/MOUNT01 -out tcpsvr://:2102 &
# base station position (public): ${k.n('52.3101 5.6123 12.4')}
echo "started $(date)" >> /var/log/rtk.log
`,
  ),
  aDoc(
    'agri-satellite-planet-ts',
    ['code', 'defaults-in-code', 'precision'],
    'web/src/lib/planet.ts',
    (k) => `// Server-side only: the Planet key must never reach the browser bundle.
export const PLANET_API_KEY = process.env.PLANET_API_KEY ?? '${k.prov('Planet', A.planet(k.g))}';
export const MAPBOX_TOKEN = '${k.n(A.mapboxPublic(k.g))}';
export const FIELD_LAYER_ID = '${k.n(k.g.alnum(8))}';

export async function orders() {
  const res = await fetch('https://api.planet.com/compute/ops/orders/v2', {
    headers: { Authorization: 'api-key ' + PLANET_API_KEY },
  });
  return res.json();
}
`,
  ),
  aDoc(
    'agri-openai-crop-advisor',
    ['code', 'defaults-in-code', 'precision'],
    'advisor/bot.py',
    (k) => `from openai import OpenAI

client = OpenAI(api_key="${k.prov('OpenAI', A.openai(k.g))}")
SYSTEM = "You are an agronomy assistant for potato growers. Answer in Dutch."

def ask(q: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": q}])
    return r.choices[0].message.content

# example field: ${k.n(A.field(k.g))}, variety Fontane, lot ${k.n(A.lot(k.g))}
`,
  ),
  aDoc(
    'agri-npmrc-farm-ui',
    ['credential-file', 'precision'],
    'farm-ui/.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@agro:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.prov('GitHub', A.githubPat(k.g))}
//registry.npmjs.org/:_authToken=${k.prov('npm', A.npmToken(k.g))}
always-auth=true
`,
  ),
  aDoc(
    'agri-vineyard-weather-station-ino',
    ['code', 'defaults-in-code', 'precision'],
    'firmware/vineyard_station/secrets.h',
    (k) => `#pragma once
// Copy to secrets.h and fill in. Never commit this file. (It was committed.)
#define WIFI_SSID      "Vinha-Norte"
#define WIFI_PASSWORD  "${k.wifi()}"
#define MQTT_HOST      "mqtt.vinha.example"
#define MQTT_USER      "station-07"
#define MQTT_PASSWORD  "${k.gpw()}"
#define OTA_PASSWORD   "${k.dev()}"
#define STATION_ID     "${k.n('VN-' + k.g.digits(3))}"
`,
  ),
];
