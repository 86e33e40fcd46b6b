// Code farm developers and agronomy consultancies write: Python scripts against farm-management, weather and
// satellite APIs, Arduino/ESP32 sketches for sensors, Node-RED flows, FarmOS settings, R notebooks. Defaults left in
// code beside field ids, DevEUIs and placeholders.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_FARM_CODE_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-py-deere-sync',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/deere_sync.py',
    (k) => `"""Pull field boundaries and harvest data from John Deere Operations Center into our Postgres."""
import os
import requests
from requests_oauthlib import OAuth2Session

CLIENT_ID = os.environ.get("JD_CLIENT_ID", "${k.n(A.deereClientId(k.g))}")
CLIENT_SECRET = os.environ.get("JD_CLIENT_SECRET", "${k.prov('John Deere', A.deereSecret(k.g))}")
ORG_ID = "${k.n(k.g.digits(6))}"
TOKEN_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token"

def session(refresh_token: str) -> OAuth2Session:
    s = OAuth2Session(CLIENT_ID)
    s.refresh_token(TOKEN_URL, refresh_token=refresh_token, auth=(CLIENT_ID, CLIENT_SECRET))
    return s

def fields(s):
    r = s.get(f"https://partnerapi.deere.com/platform/organizations/{ORG_ID}/fields", headers={"Accept": "application/vnd.deere.axiom.v3+json"})
    r.raise_for_status()
    return r.json()["values"]

if __name__ == "__main__":
    # refresh token of the farm's account, copied from the browser session (TODO: move to keyring)
    s = session("${k.tok()}")
    for f in fields(s):
        print(f["name"], f["id"])
`,
  ),
  aDoc(
    'agri-py-weather-ingest',
    ['code', 'defaults-in-code', 'precision'],
    'agro/weather/ingest.py',
    (k) => `import requests, psycopg2

OWM_KEY = "${k.prov('OpenWeatherMap', A.owm(k.g))}"
PLANET_API_KEY = "${k.prov('Planet', A.planet(k.g))}"
FIELDS = {"${k.n(A.field(k.g))}": (52.31, 5.61), "${k.n(A.field(k.g))}": (52.29, 5.64)}

conn = psycopg2.connect(host="localhost", dbname="agro", user="agro", password="${k.pw()}")

def forecast(lat, lon):
    url = f"https://api.openweathermap.org/data/3.0/onecall?lat={lat}&lon={lon}&appid={OWM_KEY}&units=metric"
    return requests.get(url, timeout=10).json()

def scenes(geom):
    return requests.post("https://api.planet.com/data/v1/quick-search", auth=(PLANET_API_KEY, ""), json={"item_types": ["PSScene"], "filter": geom}).json()

for name, (lat, lon) in FIELDS.items():
    fc = forecast(lat, lon)
    print(name, fc["current"]["temp"], "checksum", "${k.n(A.md5(k.g))}")
`,
  ),
  aDoc(
    'agri-py-sentinelhub-ndvi',
    ['code', 'defaults-in-code', 'precision'],
    'notebooks/ndvi_export.py',
    (k) => `from sentinelhub import SHConfig, SentinelHubRequest, DataCollection, MimeType, BBox, CRS

config = SHConfig()
config.sh_client_id = "${k.n(k.g.uuid())}"
config.sh_client_secret = "${k.prov('Sentinel Hub', A.sentinelSecret(k.g))}"
config.instance_id = "${k.n(k.g.uuid())}"
# config.sh_client_secret = "<client secret from the dashboard>"  # ${k.n('<secret>')}

evalscript = """
//VERSION=3
function setup() { return { input: ["B04", "B08"], output: { bands: 1 } }; }
function evaluatePixel(s) { return [(s.B08 - s.B04) / (s.B08 + s.B04)]; }
"""
bbox = BBox([5.58, 52.27, 5.66, 52.33], crs=CRS.WGS84)
req = SentinelHubRequest(evalscript=evalscript, input_data=[SentinelHubRequest.input_data(DataCollection.SENTINEL2_L2A)],
                         responses=[SentinelHubRequest.output_response("default", MimeType.TIFF)], bbox=bbox, config=config)
`,
  ),
  aDoc(
    'agri-esp32-soil-sketch',
    ['code', 'defaults-in-code', 'precision'],
    'firmware/soil_probe/soil_probe.ino',
    (k) => `#define BLYNK_TEMPLATE_ID "${k.n('TMPL' + k.g.alnum(8))}"
#define BLYNK_TEMPLATE_NAME "Soil Probe"
#define BLYNK_AUTH_TOKEN "${k.prov('Blynk', A.blynk(k.g))}"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>

const char* ssid = "Oakfield-Barn";
const char* pass = "${k.wifi()}";
const int MOISTURE_PIN = 34;
// probe serial ${k.n(k.g.upper(2) + k.g.digits(8))}

void setup() {
  Serial.begin(115200);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop() {
  int raw = analogRead(MOISTURE_PIN);
  Blynk.virtualWrite(V1, map(raw, 4095, 1200, 0, 100));
  Blynk.run();
  delay(60000);
}
`,
  ),
  aDoc(
    'agri-arduino-lorawan-otaa',
    ['code', 'defaults-in-code', 'precision'],
    'firmware/weather_node/config.h',
    (k) => `// LMIC OTAA keys for the weather node in the north paddock.
// DevEUI and JoinEUI are public identifiers (LSB first); the AppKey is the secret (MSB first).
static const u1_t PROGMEM APPEUI[8] = { ${k.n(Array.from({ length: 8 }, () => '0x' + k.g.hex(2).toUpperCase()).join(', '))} };
static const u1_t PROGMEM DEVEUI[8] = { ${k.n(Array.from({ length: 8 }, () => '0x' + k.g.hex(2).toUpperCase()).join(', '))} };
static const u1_t PROGMEM APPKEY[16] = { ${k.s('token', Array.from({ length: 16 }, () => '0x' + k.g.hex(2).toUpperCase()).join(', '))} };

#define TX_INTERVAL 900
#define FIRMWARE_SHA "${k.n(A.sha1(k.g))}"
`,
  ),
  aDoc(
    'agri-esp8266-thingspeak',
    ['code', 'defaults-in-code', 'precision'],
    'firmware/greenhouse_temp/greenhouse_temp.ino',
    (k) => `#include <ESP8266WiFi.h>
#include <ThingSpeak.h>

char ssid[] = "Kas-Noord";
char pass[] = "${k.wifi()}";
unsigned long channelID = ${k.n(k.g.digits(7))};
const char * writeAPIKey = "${k.prov('ThingSpeak', A.thingspeak(k.g))}";
const char * readAPIKey = "${k.n('XXXXXXXXXXXXXXXX')}";
WiFiClient client;

void setup() { WiFi.begin(ssid, pass); ThingSpeak.begin(client); }
void loop() {
  ThingSpeak.setField(1, readTemp());
  ThingSpeak.writeFields(channelID, writeAPIKey);
  delay(20000);
}
`,
  ),
  aDoc(
    'agri-nodered-flows-json',
    ['code', 'config-syntax', 'precision'],
    'greenhouse/nodered/flows.json',
    (k) => `[
  { "id": "${k.n(k.g.hex(16))}", "type": "tab", "label": "Irrigation", "disabled": false },
  { "id": "${k.n(k.g.hex(16))}", "type": "mqtt-broker", "name": "local", "broker": "localhost", "port": "1883", "credentials": { "user": "nodered", "password": "${k.spw()}" } },
  { "id": "${k.n(k.g.hex(16))}", "type": "http request", "name": "Rachio zone start", "method": "PUT", "url": "https://api.rach.io/1/public/zone/start",
    "headers": [ { "keyType": "Authorization", "valueValue": "Bearer ${k.prov('Rachio', k.g.uuid())}" } ] },
  { "id": "${k.n(k.g.hex(16))}", "type": "telegram bot", "botname": "KasAlarmBot", "token": "${k.prov('Telegram', A.telegramBot(k.g))}" },
  { "id": "${k.n(k.g.hex(16))}", "type": "function", "name": "zone id", "func": "msg.payload = { id: '${k.n(k.g.uuid())}', duration: 600 }; return msg;" }
]
`,
  ),
  aDoc(
    'agri-farmos-settings-php',
    ['code', 'defaults-in-code', 'config-syntax', 'precision'],
    'farmos/web/sites/default/settings.php',
    (k) => `<?php

$databases['default']['default'] = [
  'database' => 'farm',
  'username' => 'farm',
  'password' => '${k.pw()}',
  'host' => 'db',
  'port' => '5432',
  'driver' => 'pgsql',
  'prefix' => '',
];

$settings['hash_salt'] = '${k.s('token', k.g.base64url(74))}';
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^farm\\.oakfield\\.example$'];
// simple_oauth keys live outside the web root
$settings['simple_oauth.public_key'] = '/opt/keys/public.key';
$settings['file_private_path'] = '/opt/farmos/private';
// $databases['default']['default']['password'] = '${k.ph()}';
`,
  ),
  aDoc(
    'agri-r-yield-analysis',
    ['code', 'defaults-in-code', 'precision'],
    'analysis/yield_2025.R',
    (k) => `library(DBI)
library(httr)

con <- dbConnect(RPostgres::Postgres(), host = "agro-db.local", dbname = "yield",
                 user = "analyst", password = "${k.hpw()}")

# DTN weather API (ag weather for the trial plots)
dtn_key <- "${k.prov('DTN', k.g.alnum(32))}"
res <- GET("https://weather.api.dtn.com/v1/observations", query = list(lat = 41.6, lon = -93.6),
           add_headers(apikey = dtn_key))

plots <- dbGetQuery(con, "SELECT plot_id, hybrid, yield_bu_ac FROM trial WHERE season = 2025")
# plot ids look like ${k.n('IA-' + k.g.digits(4) + '-' + k.g.digits(2))}; hybrids like ${k.n('P' + k.g.digits(4) + 'AM')}
summary(lm(yield_bu_ac ~ hybrid, data = plots))
`,
  ),
  aDoc(
    'agri-go-coldchain-defaults',
    ['code', 'defaults-in-code', 'precision'],
    'coldchain/internal/config/defaults.go',
    (k) => `package config

// Defaults for local runs; production values come from the environment.
const (
	DefaultMQTTURL      = "tcp://localhost:1883"
	DefaultMQTTUser     = "logger-gw"
	DefaultMQTTPassword = "${k.gpw()}"
	DefaultAPIKeyHeader = "X-Api-Key"
	SensitechAccountID  = "${k.n(k.g.digits(8))}"
	SensitechAPIKey     = "${k.tok()}"
	AlertTemplateID     = "${k.n('d-' + k.g.hex(32))}"
	SendGridKey         = "${k.prov('SendGrid', A.sendgrid(k.g))}"
)

var TrailerIDs = []string{"${k.n('TRL-' + k.g.digits(4))}", "${k.n('TRL-' + k.g.digits(4))}"}
`,
  ),
  aDoc(
    'agri-py-adafruit-io-hive',
    ['code', 'defaults-in-code', 'precision'],
    'beehives/monitor.py',
    (k) => `# Beehive scale and temperature -> Adafruit IO
from Adafruit_IO import Client

ADAFRUIT_IO_USERNAME = "hillsidehoney"
ADAFRUIT_IO_KEY = "${k.prov('Adafruit IO', A.adafruit(k.g))}"
aio = Client(ADAFRUIT_IO_USERNAME, ADAFRUIT_IO_KEY)

HIVES = {"${k.n('HIVE-' + k.g.digits(3))}": 0x48, "${k.n('HIVE-' + k.g.digits(3))}": 0x49}
WIFI_PASSWORD = "${k.wifi()}"  # for the Pi Zero's wpa_supplicant helper
`,
  ),
];
