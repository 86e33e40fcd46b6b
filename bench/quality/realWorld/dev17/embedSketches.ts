// Arduino, ESP-IDF and PlatformIO sources as makers and firmware teams keep them: secrets.h / credentials.h,
// sketches with the Wi-Fi and MQTT settings inline, platformio.ini, sdkconfig, Kconfig defaults.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_SKETCH_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-arduino-secrets-h',
    ['code', 'config-syntax'],
    'firmware/weather-station/include/secrets.h',
    (k) => `// secrets.h - DO NOT COMMIT (it is in .gitignore... or was supposed to be)
#pragma once

#define SECRET_SSID "Werkstatt-2G"
#define SECRET_PASS "${k.wifi()}"

// MQTT broker on the NAS
#define MQTT_HOST "192.168.${k.g.digits(1)}.20"
#define MQTT_PORT 1883
#define MQTT_USER "weather"
#define MQTT_PASS "${k.spw()}"

// Adafruit IO
#define IO_USERNAME "jkoenig"
#define IO_KEY "${k.prov('Adafruit IO', V.adafruit(k.g))}"

#define DEVICE_MAC "${k.n(V.mac(k.g))}"
`,
  ),

  embedDoc(
    'embed-arduino-secrets-template',
    ['code', 'precision'],
    'firmware/weather-station/include/secrets.h.example',
    (k) => `// Copy to secrets.h and fill in. secrets.h is ignored by git.
#pragma once

#define SECRET_SSID "${k.n('YOUR_SSID')}"
#define SECRET_PASS "${k.n('YOUR_WIFI_PASSWORD')}"

#define MQTT_HOST "${k.n('mqtt.example.com')}"
#define MQTT_PORT 1883
#define MQTT_USER "${k.n('<mqtt-user>')}"
#define MQTT_PASS "${k.n('<mqtt-password>')}"

#define IO_USERNAME "${k.n('your_adafruit_username')}"
#define IO_KEY "${k.n('aio_XXXXXXXXXXXXXXXXXXXXXXXXXXXX')}"
`,
  ),

  embedDoc(
    'embed-esp32-mqtt-sketch',
    ['code'],
    'src/main.cpp',
    (k) => `#include <Arduino.h>
#include <WiFi.h>
#include <PubSubClient.h>
#include <ArduinoOTA.h>

const char* ssid     = "FabLab_IoT";
const char* password = "${k.wifi()}";
const char* mqtt_server = "broker.fablab.local";
const char* mqtt_user = "esp32-plant";
const char* mqtt_pass = "${k.spw()}";

WiFiClient espClient;
PubSubClient client(espClient);

void setup_ota() {
  ArduinoOTA.setHostname("plant-monitor");
  ArduinoOTA.setPassword("${k.spw()}");
  // MD5 of the password would be safer: ArduinoOTA.setPasswordHash("${k.n(V.md5(k.g))}");
  ArduinoOTA.begin();
}

void reconnect() {
  while (!client.connected()) {
    String clientId = "plant-" + String(random(0xffff), HEX);
    if (client.connect(clientId.c_str(), mqtt_user, mqtt_pass)) {
      client.subscribe("fablab/plant/cmd");
    } else {
      delay(5000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  client.setServer(mqtt_server, 1883);
  setup_ota();
}

void loop() {
  if (!client.connected()) reconnect();
  client.loop();
  ArduinoOTA.handle();
}
`,
  ),

  embedDoc(
    'embed-blynk-sketch',
    ['code'],
    'sketches/garage_door/garage_door.ino',
    (k) => `/*************************************************************
  Garage door opener, Blynk IoT + ESP8266 relay board
 *************************************************************/
#define BLYNK_TEMPLATE_ID "TMPL${k.n(k.g.alnum(8))}"
#define BLYNK_TEMPLATE_NAME "Garage Door"
#define BLYNK_AUTH_TOKEN "${k.s('token', V.blynk(k.g), 'Blynk')}"

#define BLYNK_PRINT Serial
#include <ESP8266WiFi.h>
#include <BlynkSimpleEsp8266.h>

char ssid[] = "Fritz!Box 7590 XY";
char pass[] = "${k.s('password', k.g.digits(20))}";

#define RELAY_PIN D1

BLYNK_WRITE(V0) {
  digitalWrite(RELAY_PIN, param.asInt());
}

void setup() {
  pinMode(RELAY_PIN, OUTPUT);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop() { Blynk.run(); }
`,
  ),

  embedDoc(
    'embed-platformio-ini',
    ['config-syntax', 'command-line'],
    'platformio.ini',
    (k) => `; PlatformIO Project Configuration File
[platformio]
default_envs = esp32dev

[env]
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.0.4

[env:esp32dev]
platform = espressif32@6.5.0
board = esp32dev
build_flags =
    -DCORE_DEBUG_LEVEL=3
    -DWIFI_SSID=\\"LabNet\\"
    -DWIFI_PASS=\\"${k.wifi()}\\"
    -DMQTT_PASSWORD=\\"${k.spw()}\\"
    -DFW_BUILD_ID=\\"${k.n(V.sha1(k.g).slice(0, 12))}\\"

[env:esp32dev_ota]
extends = env:esp32dev
upload_protocol = espota
upload_port = 192.168.178.57
upload_flags =
    --port=3232
    --auth=${k.spw()}

[env:native]
platform = native
test_framework = unity
`,
  ),

  embedDoc(
    'embed-platformio-env-ref',
    ['config-syntax', 'precision'],
    'firmware/sensor-node/platformio.ini',
    (k) => `[env:nrf52840_dk]
platform = nordicnrf52
board = nrf52840_dk
framework = zephyr
build_flags =
    -DWIFI_SSID=\\"${k.n('${sysenv.WIFI_SSID}')}\\"
    -DWIFI_PASS=\\"${k.n('${sysenv.WIFI_PASS}')}\\"
    -DAPI_TOKEN=\\"${k.n('${sysenv.SENSOR_API_TOKEN}')}\\"
upload_protocol = jlink
debug_tool = jlink
; checksum of the golden image, do not edit
custom_golden_sha256 = ${k.n(V.sha256(k.g))}
custom_flash_base = ${k.n(V.addr(k.g))}
`,
  ),

  embedDoc(
    'embed-sdkconfig',
    ['config-syntax'],
    'firmware/esp-idf-gateway/sdkconfig',
    (k) => `#
# Automatically generated file. DO NOT EDIT.
# Espressif IoT Development Framework (ESP-IDF) 5.2.1 Project Configuration
#
CONFIG_SOC_CPU_CORES_NUM=2
CONFIG_IDF_TARGET="esp32s3"
CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y
CONFIG_PARTITION_TABLE_CUSTOM=y
CONFIG_PARTITION_TABLE_CUSTOM_FILENAME="partitions.csv"
#
# Example Connection Configuration
#
CONFIG_EXAMPLE_CONNECT_WIFI=y
CONFIG_EXAMPLE_WIFI_SSID="GW-Testlab"
CONFIG_EXAMPLE_WIFI_PASSWORD="${k.wifi()}"
CONFIG_EXAMPLE_WIFI_CONN_MAX_RETRY=6
#
# Gateway
#
CONFIG_ESP_WIFI_SSID="GW-Testlab"
CONFIG_ESP_WIFI_PASSWORD="${k.wifi()}"
CONFIG_BROKER_URL="mqtts://gw01:${k.cs()}@mqtt.testlab.example.net:8883"
CONFIG_GATEWAY_API_KEY="${k.tok()}"
CONFIG_SECURE_BOOT_V2_ENABLED=y
CONFIG_SECURE_BOOT_SIGNING_KEY="secure_boot_signing_key.pem"
CONFIG_ESP_WIFI_STATIC_RX_BUFFER_NUM=10
CONFIG_LWIP_MAX_SOCKETS=16
`,
  ),

  embedDoc(
    'embed-sdkconfig-defaults',
    ['config-syntax', 'precision'],
    'firmware/esp-idf-gateway/sdkconfig.defaults',
    (k) => `# Defaults checked into git; real credentials come from sdkconfig.local (ignored)
CONFIG_IDF_TARGET="esp32s3"
CONFIG_ESP_WIFI_SSID="${k.n('myssid')}"
CONFIG_ESP_WIFI_PASSWORD="${k.n('mypassword')}"
CONFIG_BROKER_URL="${k.n('mqtt://mqtt.eclipseprojects.io')}"
CONFIG_GATEWAY_API_KEY=""
CONFIG_FLASH_ENCRYPTION_ENABLED=y
CONFIG_SECURE_FLASH_ENC_ENABLED=y
CONFIG_APP_PROJECT_VER="${k.n('v2.4.1-3-g' + V.sha1(k.g).slice(0, 7))}"
`,
  ),

  embedDoc(
    'embed-kconfig-projbuild',
    ['config-syntax', 'code'],
    'firmware/esp-idf-gateway/main/Kconfig.projbuild',
    (k) => `menu "Gateway Configuration"

    config ESP_WIFI_SSID
        string "WiFi SSID"
        default "GW-Testlab"
        help
            SSID (network name) for the gateway to connect to.

    config ESP_WIFI_PASSWORD
        string "WiFi Password"
        default "${k.wifi()}"
        help
            WiFi password (WPA or WPA2) for the gateway to use.

    config GATEWAY_CLOUD_SECRET
        string "Cloud shared secret"
        default "${k.tok()}"

    config ESP_MAXIMUM_RETRY
        int "Maximum retry"
        default 5

endmenu
`,
  ),

  embedDoc(
    'embed-zephyr-prj-conf',
    ['config-syntax'],
    'app/prj.conf',
    (k) => `CONFIG_NETWORKING=y
CONFIG_NET_IPV4=y
CONFIG_WIFI=y
CONFIG_NET_L2_WIFI_MGMT=y
CONFIG_WIFI_CREDENTIALS=y
CONFIG_WIFI_CREDENTIALS_STATIC=y
CONFIG_WIFI_CREDENTIALS_STATIC_SSID="zephyr-lab"
CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="${k.wifi()}"
CONFIG_MQTT_LIB=y
CONFIG_MQTT_LIB_TLS=y
CONFIG_APP_MQTT_USERNAME="nrf7002-dk-04"
CONFIG_APP_MQTT_PASSWORD="${k.spw()}"
CONFIG_MCUMGR=y
CONFIG_BOOTLOADER_MCUBOOT=y
CONFIG_MCUBOOT_SIGNATURE_KEY_FILE="root-ec-p256.pem"
CONFIG_LOG=y
CONFIG_LOG_DEFAULT_LEVEL=3
`,
  ),

  embedDoc(
    'embed-credentials-h-particle',
    ['code', 'config-syntax'],
    'firmware/tracker/src/credentials.h',
    (k) => `#ifndef CREDENTIALS_H
#define CREDENTIALS_H

// Particle cloud (used by the provisioning script, not by the device itself)
static const char PARTICLE_ACCESS_TOKEN[] = "${k.s('token', V.particle(k.g), 'Particle')}";
static const char PARTICLE_PRODUCT_ID[]   = "${k.n(k.g.digits(5))}";

// ThingsBoard device token (MQTT username)
static const char TB_DEVICE_TOKEN[] = "${k.s('token', V.thingsboard(k.g), 'ThingsBoard')}";
static const char TB_SERVER[] = "thingsboard.cloud";

// Fallback AP when provisioning fails
static const char AP_SSID[] = "tracker-setup";
static const char AP_PASSWORD[] = "${k.spw()}";

#endif
`,
  ),
];
