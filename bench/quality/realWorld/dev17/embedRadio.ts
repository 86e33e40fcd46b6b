// Low-power radio: LoRaWAN keys in sketches, TTN CLI and ChirpStack, Thread/OpenThread datasets, Zigbee trust
// center keys, BLE pairing pins; with the public identifiers (DevEUI, JoinEUI, PAN ids) that sit next to them.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_RADIO_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-lmic-ttn-sketch',
    ['code'],
    'lora-node/src/ttn_keys.h',
    (k) => `// The Things Network keys, OTAA. LMIC wants DEVEUI and APPEUI little-endian, APPKEY big-endian.
#pragma once
#include <lmic.h>

// lsb
static const u1_t PROGMEM APPEUI[8] = { ${k.n('0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00')} };
// lsb
static const u1_t PROGMEM DEVEUI[8] = { ${k.n(V.cBytes(k.g, 8))} };
// msb
static const u1_t PROGMEM APPKEY[16] = { ${k.s('token', V.cBytes(k.g))} };
`,
  ),

  embedDoc(
    'embed-lora-abp-arduino',
    ['code'],
    'lora-node-abp/lora-node-abp.ino',
    (k) => `#include <MKRWAN.h>

LoRaModem modem;

// ABP session, copied from the console
String devAddr = "${k.n(k.g.hex(8).toUpperCase())}";
String nwkSKey = "${k.k128()}";
String appSKey = "${k.k128()}";

void setup() {
  Serial.begin(115200);
  if (!modem.begin(EU868)) {
    Serial.println("Failed to start module");
    while (1) {}
  }
  Serial.print("Device EUI is: ");
  Serial.println(modem.deviceEUI());
  int connected = modem.joinABP(devAddr, nwkSKey, appSKey);
  if (!connected) Serial.println("Something went wrong; are you indoor? Move near a window and retry");
}

void loop() {}
`,
  ),

  embedDoc(
    'embed-ttn-cli-session',
    ['command-line', 'logs-and-output'],
    'docs/lorawan/register-devices.md',
    (k) => `# Registering the soil sensors (TTS v3)

\`\`\`console
$ ttn-lw-cli login --api-key ${k.prov('The Things Stack', V.ttnKey(k.g))}
$ ttn-lw-cli end-devices create soil-sensors soil-014 \\
    --dev-eui ${k.n(V.eui(k.g))} \\
    --join-eui ${k.n(V.joinEui(k.g))} \\
    --frequency-plan-id EU_863_870_TTN \\
    --root-keys.app-key.key ${k.k128()} \\
    --lorawan-version 1.0.3 --lorawan-phy-version 1.0.3-a
\`\`\`

JoinEUI is all zeros plus the vendor byte for our fleet; DevEUIs are printed on the housing label and are public.
`,
  ),

  embedDoc(
    'embed-chirpstack-toml',
    ['config-syntax'],
    'chirpstack/configuration/chirpstack.toml',
    (k) => `[logging]
  level="info"

[postgresql]
  dsn="postgres://chirpstack:${k.cs()}@postgres/chirpstack?sslmode=disable"
  max_open_connections=10

[redis]
  servers=["redis://:${k.cs()}@redis/"]

[network]
  net_id="000000"
  enabled_regions=["eu868"]

[api]
  bind="0.0.0.0:8080"
  secret="${k.tok()}"

[integration]
  enabled=["mqtt"]

  [integration.mqtt]
    server="tcp://mosquitto:1883/"
    json=true
    username="chirpstack"
    password="${k.spw()}"
`,
  ),

  embedDoc(
    'embed-chirpstack-api-python',
    ['code', 'http-auth'],
    'scripts/chirpstack_bulk_import.py',
    (k) => `import csv
import grpc
from chirpstack_api import api

SERVER = "lns.acme-iot.example.com:8080"
API_TOKEN = "${k.s('token', V.jwt(k.g), 'ChirpStack API token')}"
APP_ID = "${k.n(k.g.uuid())}"

channel = grpc.insecure_channel(SERVER)
client = api.DeviceServiceStub(channel)
auth_token = [("authorization", "Bearer %s" % API_TOKEN)]

with open("devices.csv") as f:
    for row in csv.DictReader(f):
        req = api.CreateDeviceRequest()
        req.device.dev_eui = row["dev_eui"]
        req.device.name = row["name"]
        req.device.application_id = APP_ID
        req.device.device_profile_id = row["profile"]
        client.Create(req, metadata=auth_token)
        keys = api.CreateDeviceKeysRequest()
        keys.device_keys.dev_eui = row["dev_eui"]
        keys.device_keys.nwk_key = row["app_key"]
        client.CreateKeys(keys, metadata=auth_token)
`,
  ),

  embedDoc('embed-lorawan-devices-csv', ['credential-file', 'precision'], 'provisioning/batch-2025-03.csv', (k) => {
    const rows = Array.from({ length: 4 }, (_, i) => `soil-${String(20 + i).padStart(3, '0')},${k.n(V.eui(k.g))},${k.n(V.joinEui(k.g))},${k.k128()},${k.n(V.serial(k.g))}`);
    return `name,dev_eui,join_eui,app_key,serial\n${rows.join('\n')}\n`;
  }),

  embedDoc(
    'embed-openthread-dataset',
    ['command-line', 'logs-and-output'],
    'docs/thread/border-router.md',
    (k) => `## Thread network for the test bench

Formed on the OTBR with \`ot-ctl\`:

\`\`\`
> dataset init new
Done
> dataset networkkey ${k.k128().toLowerCase()}
Done
> dataset networkname ACME-Bench
Done
> dataset extpanid ${k.n(k.g.hex(16))}
Done
> dataset panid ${k.n('0x' + k.g.hex(4))}
Done
> dataset pskc ${k.hex(32)}
Done
> dataset commit active
Done
> ifconfig up
> thread start
\`\`\`

Active dataset TLVs (for Matter commissioning via chip-tool):
\`hex:${k.s('token', k.g.hex(212))}\`
`,
  ),

  embedDoc(
    'embed-ble-pairing-code',
    ['code'],
    'firmware/ble-lock/src/ble_security.c',
    (k) => `#include <zephyr/bluetooth/conn.h>

/* Fixed passkey for the workshop units. Production units show a random one on the display. */
#define FIXED_PASSKEY ${k.u(k.g.digits(6))}

/* Bonding key used by the service app to unlock the debug characteristic */
static const uint8_t service_unlock_key[16] = {
	${k.s('token', V.cBytes(k.g))}
};

/* Public: advertised UUID of the lock service */
#define BT_UUID_LOCK_SERVICE_VAL BT_UUID_128_ENCODE(0x${k.n(k.g.hex(8))}, 0x${k.n(k.g.hex(4))}, 0x${k.n(k.g.hex(4))}, 0x${k.n(k.g.hex(4))}, 0x${k.n(k.g.hex(12))})

static void auth_passkey_display(struct bt_conn *conn, unsigned int passkey)
{
	printk("Passkey for %p: %06u\\n", conn, passkey);
}
`,
  ),

  embedDoc(
    'embed-zigbee-install-codes',
    ['config-syntax', 'precision'],
    'gateway/zigbee/trust-center.conf',
    (k) => `# Trust center configuration for the EFR32 NCP
# The ZigBeeAlliance09 well-known link key is public (spec), it is only here for legacy devices.
tc_link_key_legacy = ${k.n('5A6967426565416C6C69616E63653039')}
network_key = ${k.k128()}
extended_pan_id = ${k.n(k.g.hex(16).toUpperCase())}
pan_id = ${k.n('0x' + k.g.hex(4).toUpperCase())}
channel = 20
# install codes are printed on the devices (with CRC), not secret once on the label
install_code.${k.n(V.eui(k.g))} = ${k.u(k.g.hex(32).toUpperCase() + ' ' + k.g.hex(4).toUpperCase())}
`,
  ),
];
