// Firmware and IoT sketches: Arduino/ESP32/ESP8266 .ino files with Wi-Fi and MQTT credentials as char arrays,
// #defines and positional arguments, arduino_secrets.h, PlatformIO ini build flags, MicroPython, Tasmota overrides.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cs, plain, pv, pw, tk } from './deviceKit';
import * as V from './deviceValues';

export const DEVICE_FIRMWARE_DOCS: RealWorldDoc[] = [
  doc(
    'device-esp8266-mqtt-sketch',
    ['code'],
    'sketches/gartenpumpe/gartenpumpe.ino',
    (k) => `#include <ESP8266WiFi.h>
#include <PubSubClient.h>

// WLAN
const char* ssid = "FRITZ!Box 7530 QX";
const char* password = "${pw(k, V.routerKey)}";

// MQTT
const char* mqtt_server = "192.168.178.44";
const int   mqtt_port = 1883;
const char* mqtt_user = "pumpe";
const char* mqtt_pass = "${pw(k, plain(V.human))}";

const int RELAY_PIN = 5;   // D1
WiFiClient espClient;
PubSubClient client(espClient);

void setup_wifi() {
  delay(10);
  Serial.print("Verbinde mit ");
  Serial.println(ssid);
  WiFi.mode(WIFI_STA);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
}

void reconnect() {
  while (!client.connected()) {
    if (client.connect("Gartenpumpe", mqtt_user, mqtt_pass)) {
      client.subscribe("garten/pumpe/set");
    } else {
      delay(5000);
    }
  }
}

void setup() { pinMode(RELAY_PIN, OUTPUT); Serial.begin(115200); setup_wifi(); client.setServer(mqtt_server, mqtt_port); }
void loop() { if (!client.connected()) reconnect(); client.loop(); }
`,
  ),

  doc(
    'device-esp32-defines-sketch',
    ['code', 'precision'],
    'src/main.cpp',
    (k) => `#include <Arduino.h>
#include <WiFi.h>
#include <HTTPClient.h>

#define WIFI_SSID   "Casa_Ferreira_5G"
#define WIFI_PASS   "${pw(k, V.human)}"
#define OTA_PASSWORD "${pw(k, plain(V.lettersOnly))}"
#define OTA_HASH    "${k.n(k.g.hex(32))}"   // md5 of the ota password, for ArduinoOTA.setPasswordHash
#define API_ENDPOINT "https://api.thingspeak.com/update"
#define THINGSPEAK_WRITE_KEY "${tk(k, (g) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}"
#define CHANNEL_ID  ${k.n(k.g.digits(7))}
#define DHTPIN      4
#define SERVICE_UUID "${k.n(k.g.uuid())}"

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
  Serial.printf("IP: %s\\n", WiFi.localIP().toString().c_str());
}

void loop() {
  HTTPClient http;
  String url = String(API_ENDPOINT) + "?api_key=" + THINGSPEAK_WRITE_KEY + "&field1=" + String(analogRead(34));
  http.begin(url);
  http.GET();
  http.end();
  delay(20000);
}
`,
  ),

  doc(
    'device-esp32-positional-begin',
    ['code'],
    'firmware/klingel/klingel.ino',
    (k) => `// Türklingel -> Telegram. Quick & dirty, funktioniert :)
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <UniversalTelegramBot.h>

#define BOTtoken "${pv(k, 'telegram', 'Telegram bot token')}"
#define CHAT_ID "${k.n(k.g.digits(9))}"

WiFiClientSecure secured_client;
UniversalTelegramBot bot(BOTtoken, secured_client);

void setup() {
  Serial.begin(115200);
  WiFi.begin("Schmidt-WLAN", "${pw(k, V.routerKey)}");
  secured_client.setCACert(TELEGRAM_CERTIFICATE_ROOT);
  while (WiFi.status() != WL_CONNECTED) { delay(300); }
  bot.sendMessage(CHAT_ID, "Klingel online", "");
}

void loop() {
  if (digitalRead(13) == LOW) {
    bot.sendMessage(CHAT_ID, "Es hat geklingelt!", "");
    delay(3000);
  }
}
`,
  ),

  doc(
    'device-arduino-secrets-h',
    ['code', 'credential-file'],
    'WeatherNode/arduino_secrets.h',
    (k) => `#define SECRET_SSID "Nguyen Family"
#define SECRET_PASS "${pw(k, V.wifi)}"
#define SECRET_MQTT_USER "weathernode"
#define SECRET_MQTT_PASS "${pw(k, plain(V.generated))}"
#define SECRET_DEVICE_KEY "${tk(k, (g) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}"   // Arduino IoT Cloud device secret key
`,
  ),

  doc(
    'device-blynk-sketch',
    ['code', 'precision'],
    'Blynk_Gewaechshaus/Blynk_Gewaechshaus.ino',
    (k) => `/*************************************************************
  Blynk Gewächshaus – Temperatur & Lüfter
  Template ID und Name aus der Blynk-Console kopieren.
 *************************************************************/
#define BLYNK_TEMPLATE_ID "${k.n('TMPL' + k.g.alnum(8))}"
#define BLYNK_TEMPLATE_NAME "Gewaechshaus"
#define BLYNK_AUTH_TOKEN "${tk(k, (g) => g.base64url(32))}"
#define BLYNK_PRINT Serial

#include <ESP8266WiFi.h>
#include <BlynkSimpleEsp8266.h>

char auth[] = BLYNK_AUTH_TOKEN;
char ssid[] = "Gewaechshaus-AP";
char pass[] = "${pw(k, V.human)}";

BlynkTimer timer;

void sendSensor() { Blynk.virtualWrite(V5, analogRead(A0)); }

void setup() {
  Serial.begin(9600);
  Blynk.begin(auth, ssid, pass);
  timer.setInterval(1000L, sendSensor);
}

void loop() { Blynk.run(); timer.run(); }
`,
  ),

  doc(
    'device-platformio-ini',
    ['config-syntax', 'command-line'],
    'platformio.ini',
    (k) => `; PlatformIO Project Configuration File
;   Build options: build flags, source filter
;   Upload options: custom upload port, speed and extra flags

[platformio]
default_envs = esp32dev

[env]
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^6.21.3

[env:esp32dev]
platform = espressif32
board = esp32dev
build_flags =
    -DWIFI_SSID=\\"Wohnzimmer\\"
    -DWIFI_PASS=\\"${pw(k, plain(V.human))}\\"
    -D MQTT_HOST='"10.0.0.5"'
    -D MQTT_PASSWORD='"${pw(k, plain(V.generated))}"'
    -D CORE_DEBUG_LEVEL=3

[env:esp32dev_ota]
extends = env:esp32dev
upload_protocol = espota
upload_port = 10.0.0.61
upload_flags =
    --port=3232
    --auth=${pw(k, plain(V.lettersOnly))}
`,
  ),

  doc(
    'device-micropython-boot',
    ['code'],
    'pico/boot.py',
    (k) => `# boot.py -- run on boot-up (Raspberry Pi Pico W)
import network, time
from umqtt.simple import MQTTClient

SSID = 'Dom_Kowalskich'
PASSWORD = '${pw(k, V.wifi)}'

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(SSID, PASSWORD)
for _ in range(20):
    if wlan.isconnected():
        break
    time.sleep(1)

mqtt = MQTTClient('pico-piwnica', '192.168.1.10', user='pico', password='${pw(k, plain(V.human))}', keepalive=60)
mqtt.connect()
print('ok', wlan.ifconfig())
`,
  ),

  doc(
    'device-tasmota-user-config-override',
    ['code', 'config-syntax'],
    'tasmota/user_config_override.h',
    (k) => `#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

#undef  STA_SSID1
#define STA_SSID1         "Maison-Dupont"
#undef  STA_PASS1
#define STA_PASS1         "${pw(k, V.wifi)}"

#undef  MQTT_HOST
#define MQTT_HOST         "192.168.1.20"
#undef  MQTT_USER
#define MQTT_USER         "tasmota"
#undef  MQTT_PASS
#define MQTT_PASS         "${pw(k, plain(V.human))}"

#undef  WEB_PASSWORD
#define WEB_PASSWORD      "${pw(k, plain(V.human))}"

#undef  OTA_URL
#define OTA_URL           "http://ota.tasmota.com/tasmota/release/tasmota.bin.gz"

#endif  // _USER_CONFIG_OVERRIDE_H_
`,
  ),

  doc('device-tasmota-console-backlog', ['command-line', 'logs-and-output', 'precision'], 'notes/tasmota-steckdosen.md', (k) => {
    const mqttPw = V.human(k.g).replace(/[;\s]/g, '');
    return `Steckdosen neu eingerichtet (Gosund SP111, Tasmota 13.2). In die Konsole jeweils:

    Backlog SSID1 Hausnetz; Password1 ${pw(k, plain(V.human))}; MqttHost 192.168.2.5; MqttUser tasmota; MqttPassword ${k.s('password', mqttPw)}; Topic steckdose_%06X; SetOption19 1

Danach kommt im Log:

    00:00:01.203 CMD: Backlog SSID1 Hausnetz; Password1 ${k.n('****')}; MqttHost 192.168.2.5
    00:00:04.882 WIF: Verbunden
    00:00:05.104 MQT: Attempting connection...
    00:00:05.331 MQT: Verbunden
    00:00:05.337 MQT: tele/steckdose_${k.n(k.g.chars('0123456789ABCDEF', 6))}/LWT = Online

WebPassword gesetzt mit \`WebPassword ${pw(k, plain(V.lettersOnly))}\`. Firmware-Hash: ${k.n(k.g.hex(64))}
`;
  }),

  doc(
    'device-esp-idf-sdkconfig',
    ['config-syntax', 'precision'],
    'sdkconfig.defaults',
    (k) => `# ESP-IDF defaults for the solar logger
CONFIG_IDF_TARGET="esp32c3"
CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y
CONFIG_EXAMPLE_WIFI_SSID="SolarLogger"
CONFIG_EXAMPLE_WIFI_PASSWORD="${pw(k, V.human)}"
CONFIG_EXAMPLE_WIFI_CONN_MAX_RETRY=6
CONFIG_BROKER_URL="mqtts://solar:${cs(k, V.generated)}@mqtt.solar-logger.cz:8883"
CONFIG_ESP_WIFI_SOFTAP_PASSWORD="${k.n('')}"
CONFIG_PARTITION_TABLE_CUSTOM=y
CONFIG_APP_PROJECT_VER="${k.n('1.4.0-rc2')}"
CONFIG_SECURE_BOOT_SIGNING_KEY="secure_boot_signing_key.pem"
`,
  ),

  doc(
    'device-esp32-webserver-basic',
    ['code', 'http-auth'],
    'src/webui.cpp',
    (k) => `#include <WebServer.h>
extern WebServer server;

static const char* www_username = "admin";
static const char* www_password = "${pw(k, plain(V.human))}";
// curl -H "Authorization: Basic ${k.s('http-auth', V.b64(`admin:${V.human(k.g)}`))}" http://zisterne.local/api/level

void setupWeb() {
  server.on("/", []() {
    if (!server.authenticate(www_username, www_password)) {
      return server.requestAuthentication();
    }
    server.send(200, "text/plain", "Zisterne: OK");
  });
  server.on("/api/level", []() {
    if (server.header("X-Api-Key") != "${tk(k, (g) => g.hex(24))}") { server.send(401); return; }
    server.send(200, "application/json", "{\\"level\\":42}");
  });
}
`,
  ),

  doc(
    'device-arduino-forum-post',
    ['prose', 'code'],
    'forum/esp-mqtt-connect-fails.md',
    (k) => `**ESP32 verbindet sich nicht mit Mosquitto (rc=5)**

Hallo zusammen, mein ESP32 bekommt immer \`failed, rc=5\`. Broker läuft auf dem Pi, mit mosquitto_sub geht es:

    mosquitto_sub -h 192.168.0.30 -u haus -P ${pw(k, plain(V.human))} -t '#' -v

Im Sketch habe ich:

    client.connect("esp32-keller", "haus", "${pw(k, plain(V.human))}");

Passwort ist sicher richtig, hab's dreimal kopiert. Ideen?

> **Antwort von tobi_k:** rc=5 heißt "not authorized". Schau mal in deine passwd-Datei, da steht nur der Hash (\`haus:${k.n('$7$101$' + k.g.base64(16) + '$' + k.g.base64(86))}\`) – hast du nach dem Ändern \`mosquitto_passwd -U\` gemacht und den Broker neu gestartet? Und bitte das Passwort hier rausnehmen ;)
`,
  ),
];
