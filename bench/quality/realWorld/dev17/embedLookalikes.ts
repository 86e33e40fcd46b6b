// Files of the embedded world that are full of random-looking values and hold no secret (or one): DBC and A2L
// excerpts, Intel HEX, device trees, linker maps, partition tables, west manifests, SBOMs, crypto test vectors,
// Matter test defaults, calibration tables.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_LOOKALIKE_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-dbc-excerpt',
    ['precision'],
    'dbc/Chassis_v9.dbc',
    (k) => `VERSION "9.0.3"

NS_ :
BS_:
BU_: BCM ESP GW

BO_ ${k.n(String(parseInt(V.canId(k.g), 16)))} ESP_WheelSpeeds: 8 ESP
 SG_ WheelSpeed_FL : 0|16@1+ (0.01,0) [0|655.35] "km/h" BCM,GW
 SG_ WheelSpeed_FR : 16|16@1+ (0.01,0) [0|655.35] "km/h" BCM,GW
 SG_ ESP_Checksum : 56|8@1+ (1,0) [0|255] "" GW

BO_ ${k.n(String(parseInt(V.canId(k.g), 16)))} BCM_SecOC_Auth: 8 BCM
 SG_ FreshnessValue : 0|32@1+ (1,0) [0|4294967295] "" GW
 SG_ TruncatedMAC : 32|32@1+ (1,0) [0|4294967295] "" GW

CM_ SG_ 1234 ESP_Checksum "CRC8 SAE J1850, init ${k.n('0xFF')}, xor ${k.n('0xFF')}";
BA_ "GenMsgCycleTime" BO_ 1234 10;
VAL_ 1234 ESP_Status 0 "OK" 1 "Degraded" 2 "Failure" ;
`,
  ),

  embedDoc('embed-intel-hex', ['precision'], 'build/app.hex', (k) => {
    const lines = Array.from({ length: 10 }, (_, i) => `:10${(i * 16).toString(16).padStart(4, '0').toUpperCase()}00${k.n(k.g.hex(32).toUpperCase() + k.g.hex(2).toUpperCase())}`);
    return `:020000040800F2\n${lines.join('\n')}\n:00000001FF\n`;
  }),

  embedDoc(
    'embed-device-tree',
    ['precision', 'config-syntax'],
    'arch/arm64/boot/dts/acme/acme-gw2.dts',
    (k) => `/dts-v1/;
#include "imx8mp.dtsi"

/ {
	model = "ACME GW-2";
	compatible = "acme,gw2", "fsl,imx8mp";

	chosen {
		stdout-path = &uart2;
	};
};

&fec {
	phy-mode = "rgmii-id";
	local-mac-address = [${k.n(V.canBytes(k.g, 6))}];
	status = "okay";
};

&i2c3 {
	eeprom@50 {
		compatible = "atmel,24c02";
		reg = <${k.n('0x50')}>;
	};
	se050@48 {
		compatible = "nxp,se050";
		reg = <0x48>;
	};
};

&ocotp {
	/* SRK hash fuses, public (hash of the public keys) */
	srk-hash = <${k.n('0x' + k.g.hex(8) + ' 0x' + k.g.hex(8) + ' 0x' + k.g.hex(8) + ' 0x' + k.g.hex(8))}>;
};
`,
  ),

  embedDoc(
    'embed-partitions-csv',
    ['precision', 'config-syntax'],
    'firmware/esp-idf-gateway/partitions.csv',
    (k) => `# Name,   Type, SubType, Offset,  Size, Flags
nvs,      data, nvs,     ${k.n('0x9000')},  ${k.n('0x6000')},
nvs_keys, data, nvs_keys,0xf000,  0x1000, encrypted
otadata,  data, ota,     0x10000, 0x2000,
phy_init, data, phy,     0x12000, 0x1000,
ota_0,    app,  ota_0,   0x20000, 0x300000,
ota_1,    app,  ota_1,   0x320000,0x300000,
storage,  data, spiffs,  0x620000,0x1E0000,
`,
  ),

  embedDoc(
    'embed-west-manifest',
    ['precision', 'config-syntax'],
    'west.yml',
    (k) => `manifest:
  remotes:
    - name: zephyrproject-rtos
      url-base: https://github.com/zephyrproject-rtos
    - name: acme
      url-base: https://git.acme.example.com/fw
  projects:
    - name: zephyr
      remote: zephyrproject-rtos
      revision: ${k.n(V.sha1(k.g))}
      import: true
    - name: acme-hal
      remote: acme
      revision: ${k.n(V.sha1(k.g))}
      path: modules/hal/acme
    - name: mcuboot
      remote: zephyrproject-rtos
      revision: ${k.n(V.sha1(k.g))}
  self:
    path: app
`,
  ),

  embedDoc(
    'embed-sbom-spdx',
    ['precision'],
    'release/gw-2.4.1.spdx.json',
    (k) => `{
  "spdxVersion": "SPDX-2.3",
  "name": "acme-gw-2.4.1",
  "documentNamespace": "https://acme.example.com/spdx/gw-2.4.1-${k.n(k.g.uuid())}",
  "packages": [
    {"name": "mbedtls", "versionInfo": "3.5.2", "checksums": [{"algorithm": "SHA256", "checksumValue": "${k.n(V.sha256(k.g))}"}]},
    {"name": "lwip", "versionInfo": "2.1.3", "checksums": [{"algorithm": "SHA1", "checksumValue": "${k.n(V.sha1(k.g))}"}]},
    {"name": "gw-app", "versionInfo": "2.4.1", "checksums": [{"algorithm": "MD5", "checksumValue": "${k.n(V.md5(k.g))}"}]}
  ]
}
`,
  ),

  embedDoc(
    'embed-aes-test-vectors',
    ['precision', 'code'],
    'drivers/crypto/tests/test_aes_cmac.c',
    (k) => `/* RFC 4493 test vectors for AES-CMAC; the key is the published example key, not a device key. */
#include "unity.h"
#include "aes_cmac.h"

static const uint8_t rfc4493_key[16] = { ${k.n('0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c')} };
static const uint8_t expected_empty[16] = { ${k.n('0xbb, 0x1d, 0x69, 0x29, 0xe9, 0x59, 0x37, 0x28, 0x7f, 0xa3, 0x7d, 0x12, 0x9b, 0x75, 0x67, 0x46')} };
static const uint8_t zero_key[16] = { 0 };

void test_cmac_empty(void)
{
    uint8_t mac[16];
    aes_cmac(rfc4493_key, NULL, 0, mac);
    TEST_ASSERT_EQUAL_HEX8_ARRAY(expected_empty, mac, 16);
}

/* SecOC unit test: random key generated per run */
void test_secoc_roundtrip(void)
{
    uint8_t key[16];
    rng_fill(key, sizeof key);
    TEST_ASSERT_TRUE(secoc_verify(key, secoc_sign(key, "\\x01\\x02", 2), "\\x01\\x02", 2));
}
`,
  ),

  embedDoc(
    'embed-matter-factory-data',
    ['precision', 'config-syntax'],
    'matter/factory_data_dev.json',
    (k) => `{
  "vendor_id": "0xFFF1",
  "product_id": "0x8000",
  "serial_number": "${k.n(V.serial(k.g))}",
  "discriminator": 3840,
  "passcode": ${k.n('20202021')},
  "spake2_it": 1000,
  "spake2_salt": "${k.n(k.g.base64(43) + '=')}",
  "spake2_verifier": "${k.n(k.g.base64(128))}",
  "rd_uid": "${k.n(k.g.hex(32))}",
  "dac_cert": "credentials/development/attestation/Matter-Development-DAC-FFF1-8000-Cert.der",
  "dac_key": "credentials/development/attestation/Matter-Development-DAC-FFF1-8000-Key.der"
}
`,
  ),

  embedDoc(
    'embed-a2l-calibration',
    ['precision'],
    'calibration/EngineCtrl_v4.a2l',
    (k) => `/begin CHARACTERISTIC KL_IgnitionAdvance "ignition advance map"
  MAP ${k.n(V.addr(k.g))} RL_MAP_16x16 100.0 CM_DEG -10.0 60.0
  /begin AXIS_DESCR STD_AXIS nEng CM_RPM 16 0 8000 /end AXIS_DESCR
/end CHARACTERISTIC
/begin CHARACTERISTIC K_SecAccessMask "do not edit"
  VALUE ${k.n(V.addr(k.g))} RL_ULONG 0 CM_IDENT 0 4294967295
/end CHARACTERISTIC
/begin MEMORY_SEGMENT Cal "" DATA FLASH INTERN ${k.n('0x80040000')} ${k.n('0x00020000')} -1 -1 -1 -1 -1
  /begin IF_DATA XCP CHECKSUM XCP_CRC_32 MAX_BLOCK_SIZE 0xFFFF /end IF_DATA
/end MEMORY_SEGMENT
/* EPK: ${k.n('EngineCtrl_v4_' + k.g.hex(8).toUpperCase())} */
`,
  ),

  embedDoc(
    'embed-linker-map',
    ['precision', 'logs-and-output'],
    'build/app.map',
    (k) => `Memory Configuration

Name             Origin             Length             Attributes
FLASH            ${k.n('0x0000000008000000')} 0x0000000000100000 xr
RAM              ${k.n('0x0000000020000000')} 0x0000000000030000 xrw

.isr_vector     0x0000000008000000      0x1c4
 .isr_vector    0x0000000008000000      0x1c4 build/startup_stm32l475xx.o
.text           0x00000000080001d0     0x${k.g.hex(5)}
 .text.mqtt_connect
                0x000000000800${k.n(k.g.hex(4))}       0x94 build/mqtt.o
 .rodata.g_default_password
                0x000000000801${k.n(k.g.hex(4))}        0xc build/config.o
 .rodata.g_api_key_name
                0x000000000801${k.n(k.g.hex(4))}        0x8 build/config.o
`,
  ),

  embedDoc(
    'embed-masked-support-log',
    ['precision', 'logs-and-output'],
    'support/gw-07-diagnostics.txt',
    (k) => `=== acme-gw diagnostics (passwords masked) ===
firmware: 2.4.1 (${k.n(V.sha1(k.g).slice(0, 8))})
wifi.ssid: Halle2
wifi.pass: ${k.n('********')}
mqtt.user: gw-07
mqtt.pass: ${k.n(V.mask(V.safePw(k.g)))}
cloud.token: ${k.n(V.mask(V.token(k.g)))}
cloud.device_cert_fingerprint: ${k.n(V.fingerprint(k.g))}
eth0: ${k.n(V.mac(k.g))}
uptime: 3d 04:11:52
last_error: MQTT_CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD
`,
  ),

  embedDoc(
    'embed-i18n-strings',
    ['precision', 'code'],
    'firmware/ui/lang/strings_de.h',
    (k) => `#pragma once
#define STR_WIFI_PASSWORD        "${k.n('WLAN-Passwort')}"
#define STR_ENTER_PASSWORD       "${k.n('Passwort eingeben')}"
#define STR_WRONG_PASSWORD       "${k.n('Falsches Passwort')}"
#define STR_API_KEY              "${k.n('API-Schluessel')}"
#define STR_PAIRING_PIN          "${k.n('Kopplungs-PIN')}"
#define STR_TOKEN_EXPIRED        "${k.n('Token abgelaufen')}"
#define KEY_NVS_WIFI_PASS        "${k.n('wifi_pass')}"
#define KEY_NVS_API_TOKEN        "${k.n('api_token')}"
`,
  ),
];
