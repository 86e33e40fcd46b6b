// Vehicle diagnostics and in-vehicle networks: UDS seed/key DLLs and scripts, CAN logs (candump, Vector ASC),
// DoIP testers, CANoe/CAPL, AUTOSAR SecOC key configs, OBD dongle apps, Android Automotive adb sessions.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_VEHICLE_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-uds-seedkey-c',
    ['code'],
    'diag/seedkey/SeedKey_BCM.c',
    (k) => `/* Seed & key for the BCM, security level 0x01 / 0x11 (programming).
 * Algorithm from the supplier spec BCM_Diag_v3.2, section 7.4. */
#include <stdint.h>
#include "SeedKey.h"

static const uint32_t SK_MASK_L1  = ${k.s('token', '0x' + k.g.hex(8).toUpperCase())}UL;
static const uint8_t  SK_SECRET_L11[16] = { ${k.s('token', V.cBytes(k.g))} };

VKeyGenResultEx GenerateKeyEx(const unsigned char* iSeedArray, unsigned int iSeedArraySize,
                              const unsigned int iSecurityLevel, const char* iVariant,
                              unsigned char* ioKeyArray, unsigned int iKeyArraySize,
                              unsigned int* oSize)
{
    uint32_t seed = (iSeedArray[0] << 24) | (iSeedArray[1] << 16) | (iSeedArray[2] << 8) | iSeedArray[3];
    uint32_t key = 0;
    if (iSecurityLevel == 0x01) {
        key = ((seed << 3) | (seed >> 29)) ^ SK_MASK_L1;
    } else if (iSecurityLevel == 0x11) {
        aes128_cmac(SK_SECRET_L11, iSeedArray, iSeedArraySize, ioKeyArray);
        *oSize = 16;
        return KGRE_Ok;
    }
    ioKeyArray[0] = key >> 24; ioKeyArray[1] = key >> 16; ioKeyArray[2] = key >> 8; ioKeyArray[3] = key;
    *oSize = 4;
    return KGRE_Ok;
}
`,
  ),

  embedDoc(
    'embed-uds-python-tester',
    ['code', 'command-line'],
    'diag/tools/flash_ecu.py',
    (k) => `#!/usr/bin/env python3
"""Reflash the ECU over DoIP (python-udsoncan + doipclient)."""
from doipclient import DoIPClient
from doipclient.connectors import DoIPClientUDSConnector
from udsoncan.client import Client
from Crypto.Hash import CMAC
from Crypto.Cipher import AES

ECU_IP = "169.254.10.20"
ECU_LOGICAL_ADDRESS = 0x0E80
# level 0x11 secret, from the OEM portal (do not share with tier-2)
SECURITY_KEY = bytes.fromhex("${k.k128()}")

def key_from_seed(level, seed, params=None):
    c = CMAC.new(SECURITY_KEY, ciphermod=AES)
    c.update(seed)
    return c.digest()

doip = DoIPClient(ECU_IP, ECU_LOGICAL_ADDRESS, protocol_version=3)
conn = DoIPClientUDSConnector(doip)
with Client(conn, config={"security_algo": key_from_seed}) as client:
    client.change_session(2)
    client.unlock_security_access(0x11)
    print("unlocked, VIN", "${k.n(V.vin(k.g))}")
`,
  ),

  embedDoc('embed-candump-log', ['logs-and-output', 'precision'], 'logs/can/drive-2025-02-11.log', (k) => {
    const lines = Array.from({ length: 12 }, (_, i) => `(${1739270000 + i}.${k.g.digits(6)}) can0 ${k.n(V.canId(k.g))}#${k.n(V.canBytes(k.g).replace(/ /g, ''))}`);
    return `${lines.join('\n')}\n`;
  }),

  embedDoc(
    'embed-vector-asc-log',
    ['logs-and-output', 'precision'],
    'logs/can/secoc_test_run3.asc',
    (k) => `date Tue Feb 11 09:14:22.512 am 2025
base hex  timestamps absolute
internal events logged
// version 17.0.0
Begin Triggerblock Tue Feb 11 09:14:22.512 am 2025
   0.000000 Start of measurement
   0.010233 1  ${k.n(V.canId(k.g))}             Rx   d 8 ${k.n(V.canBytes(k.g))}  Length = 240000 BitCount = 125 ID = 1234
   0.012001 1  ${k.n(V.canId(k.g))}             Rx   d 8 ${k.n(V.canBytes(k.g))}  Length = 240000 BitCount = 125 ID = 1045
   0.020118 2  ${k.n(V.canId(k.g))}             Tx   d 8 ${k.n(V.canBytes(k.g))}  Length = 232000 BitCount = 121 ID = 523
   0.031550 1  ${k.n(V.canId(k.g))}             Rx   d 8 ${k.n(V.canBytes(k.g))}  Length = 240000 BitCount = 125 ID = 1792
   0.040000 CANFD   1 Rx  ${k.n(V.canId(k.g))}  SecOC_PDU_17  1 0 f 64 ${k.n(V.canBytes(k.g, 24))}
End TriggerBlock
`,
  ),

  embedDoc(
    'embed-secoc-arxml',
    ['config-syntax'],
    'autosar/config/SecOC_KeyM.arxml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<AUTOSAR xmlns="http://autosar.org/schema/r4.0">
  <AR-PACKAGES>
    <AR-PACKAGE>
      <SHORT-NAME>KeyM</SHORT-NAME>
      <ELEMENTS>
        <ECUC-MODULE-CONFIGURATION-VALUES>
          <SHORT-NAME>KeyM</SHORT-NAME>
          <CONTAINERS>
            <ECUC-CONTAINER-VALUE>
              <SHORT-NAME>KeyM_CryptoKey_SecOC_Brake</SHORT-NAME>
              <PARAMETER-VALUES>
                <ECUC-NUMERICAL-PARAM-VALUE><DEFINITION-REF DEST="ECUC-INTEGER-PARAM-DEF">/KeyM/KeyMCryptoKeyId</DEFINITION-REF><VALUE>17</VALUE></ECUC-NUMERICAL-PARAM-VALUE>
                <!-- development key, replaced by the HSM at end of line -->
                <ECUC-TEXTUAL-PARAM-VALUE><DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">/KeyM/KeyMCryptoKeyInitValue</DEFINITION-REF><VALUE>${k.k128()}</VALUE></ECUC-TEXTUAL-PARAM-VALUE>
                <ECUC-TEXTUAL-PARAM-VALUE><DEFINITION-REF DEST="ECUC-STRING-PARAM-DEF">/KeyM/KeyMCryptoKeyChecksum</DEFINITION-REF><VALUE>${k.n(V.crc32(k.g))}</VALUE></ECUC-TEXTUAL-PARAM-VALUE>
              </PARAMETER-VALUES>
            </ECUC-CONTAINER-VALUE>
          </CONTAINERS>
        </ECUC-MODULE-CONFIGURATION-VALUES>
      </ELEMENTS>
    </AR-PACKAGE>
  </AR-PACKAGES>
</AUTOSAR>
`,
  ),

  embedDoc(
    'embed-secoc-header',
    ['code'],
    'ecu/brake/src/SecOC_Keys_Dev.h',
    (k) => `/* DEV ONLY: SecOC MAC keys for the bench. In series the keys live in the HSM (SHE slots 4..7). */
#ifndef SECOC_KEYS_DEV_H
#define SECOC_KEYS_DEV_H

#define SECOC_KEY_BRAKE_STATUS   { ${k.s('token', V.cBytes(k.g))} }
#define SECOC_KEY_WHEEL_SPEED    { ${k.s('token', V.cBytes(k.g))} }
/* SHE master ECU key, needed for M1..M5 when loading slots */
#define SHE_MASTER_ECU_KEY       "${k.k128()}"
/* the all-zero key is what the HSM has before provisioning */
#define SHE_KEY_EMPTY            { ${k.n('0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00')} }
#define SECOC_FRESHNESS_INIT     ${k.n('0x00000000')}

#endif
`,
  ),

  embedDoc(
    'embed-capl-security-access',
    ['code'],
    'canoe/nodes/TesterSecurity.can',
    (k) => `/*@!Encoding:1252*/
includes
{
  #include "UDS_Helpers.cin"
}

variables
{
  message 0x7E0 reqSeed = { dlc = 8, byte(0) = 0x02, byte(1) = 0x27, byte(2) = 0x01 };
  dword gSecretL1 = ${k.s('token', '0x' + k.g.hex(8).toUpperCase())};
  char gSupplierPw[32] = "${k.hpw()}";
}

on message 0x7E8
{
  dword seed, key;
  if (this.byte(1) == 0x67 && this.byte(2) == 0x01) {
    seed = (this.byte(3) << 24) | (this.byte(4) << 16) | (this.byte(5) << 8) | this.byte(6);
    key = _rotl(seed, 5) ^ gSecretL1;
    SendKey(key);
  }
}
`,
  ),

  embedDoc(
    'embed-canoe-cfg-ini',
    ['config-syntax', 'precision'],
    'canoe/config/TestBench_HIL.ini',
    (k) => `[Database]
Path1=..\\dbc\\Powertrain_v21.dbc
Path2=..\\dbc\\Chassis_v9.dbc
[Channels]
CAN1=Powertrain,500000
CAN2=Chassis,500000
[SeedKey]
Dll=..\\seedkey\\SeedKey_BCM.dll
[License]
; dongle serial, not a key
Dongle=${k.n(k.g.digits(7))}
[RemoteLog]
Url=https://hil-logs.acme-auto.example.com/upload
User=hil-bench-04
Password=${k.spw()}
`,
  ),

  embedDoc(
    'embed-obd-app-config',
    ['code'],
    'obd-app/app/src/main/java/com/example/obd/Config.kt',
    (k) => `package com.example.obd

object Config {
    const val ELM327_BT_NAME = "OBDII"
    const val ELM327_PIN = "${k.n('1234')}"
    const val FLEET_API_BASE = "https://fleet.example-telematics.com/api/v3/"
    const val FLEET_API_KEY = "${k.tok()}"
    const val MAPS_PUBLIC_KEY = "${k.n('pk.' + k.g.base64url(60))}"
    const val SENTRY_DSN = "${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}"
    val SUPPORTED_PIDS = listOf(0x0C, 0x0D, 0x05, 0x0F, 0x11)
}
`,
  ),

  embedDoc(
    'embed-adb-aaos-session',
    ['command-line', 'logs-and-output'],
    'docs/aaos/bench-setup.md',
    (k) => `# Android Automotive head unit on the bench

\`\`\`
$ adb connect 192.168.50.2:5555
connected to 192.168.50.2:5555
$ adb root
$ adb shell setprop persist.vendor.diag.unlock_pw ${k.spw()}
$ adb shell settings put global car_service_debug 1
$ adb shell cmd car_service inject-vhal-event 0x11600207 100
$ adb shell getprop ro.serialno
${k.n(V.serial(k.g))}
$ adb shell dumpsys car_service | grep -i vin
  VIN: ${k.n(V.vin(k.g))}
$ fastboot oem unlock ${k.hex(16)}
\`\`\`

The unlock token for fastboot is per-unit (from the supplier's portal), the one above belongs to HU #7.
Keystore password for the platform-signed debug APK (\`platform.jks\`): \`${k.hpw()}\`
`,
  ),

  embedDoc(
    'embed-doip-tester-yaml',
    ['config-syntax'],
    'diag/doip/tester-config.yaml',
    (k) => `tester:
  logical_address: 0x0E80
  activation_type: 0x00
  vehicle:
    ip: 169.254.10.1
    vin: ${k.n(V.vin(k.g))}
    eid: ${k.n(V.mac(k.g).replace(/:/g, ''))}
    gid: ${k.n(V.mac(k.g).replace(/:/g, ''))}
security:
  tls: true
  client_cert: certs/tester.pem
  client_key: certs/tester.key
  client_key_passphrase: "${k.hpw()}"
  routing_activation_oem: "${k.u(k.g.hex(8))}"
ecus:
  - name: gateway
    address: 0x1010
  - name: bcm
    address: 0x1401
`,
  ),
];
