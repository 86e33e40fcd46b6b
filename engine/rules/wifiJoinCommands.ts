// Commands that join a device to a Wi-Fi network take the passphrase by position after the network's name: Matter's
// `chip-tool pairing ble-wifi NODE SSID PASSWORD PIN DISCRIMINATOR`, Android's `cmd wifi connect-network SSID wpa2
// PASSPHRASE` (over `adb shell`), Raspberry Pi Imager's first-boot `imager_custom set_wlan SSID PSK COUNTRY`.
// Found in rw-dev11's smart-home notes; nmcli and wpa_passphrase live in commandLineAdmin.ts.
import type { ExampleGen, Rule } from '../types';
import { positionalRule } from './cliRuleBuilder';
import { humanPassword, passphrase } from './humanPasswords';

/** A network name as a shell word: quoted (blanks allowed) or bare. */
const SSID = `(?:"[^"\\n]{1,64}"|'[^'\\n]{1,64}'|[^\\s"'|;&<>$]{1,64})`;

const pw = (g: ExampleGen) => humanPassword(g);

export const wifiJoinCommandRules: Rule[] = [
  positionalRule({
    id: 'cli-chip-tool-wifi-password',
    description: 'Wi-Fi password given to chip-tool pairing ble-wifi NODE SSID PASSWORD',
    family: 'infrastructure',
    envName: 'WIFI_PASSWORD',
    docsUrl: 'https://project-chip.github.io/connectedhomeip-doc/development_controllers/chip-tool/chip_tool_guide.html',
    keywords: ['ble-wifi'],
    lead: `chip-tool[ \\t]{1,4}pairing[ \\t]{1,4}ble-wifi[ \\t]{1,4}[^\\s"'|;&<>]{1,32}[ \\t]{1,4}${SSID}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`chip-tool pairing ble-wifi 0x12 "IoT-Netz" '${g.s(passphrase(g).replace(/ /g, '-'))}' 20202021 3840`, `./chip-tool pairing ble-wifi 1 HomeNet ${g.s(pw(g))} 20202021 3840`],
    negatives: () => ['chip-tool pairing ble-wifi 0x12 "IoT-Netz" "$WIFI_PASSWORD" 20202021 3840', 'chip-tool pairing ble-wifi 1 ${SSID} ${PASSWORD} 20202021 3840', 'chip-tool pairing onnetwork 1 20202021'],
  }),
  positionalRule({
    id: 'cli-android-wifi-connect-network',
    description: 'Wi-Fi passphrase given to Android cmd wifi connect-network SSID wpa2|wpa3|wep PASSPHRASE',
    family: 'infrastructure',
    envName: 'WIFI_PASSWORD',
    docsUrl: 'https://source.android.com/docs/core/connect/wifi-debug',
    keywords: ['connect-network'],
    lead: `cmd[ \\t]{1,4}wifi[ \\t]{1,4}connect-network[ \\t]{1,4}${SSID}[ \\t]{1,4}(?:wpa2|wpa3|wep)[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`$ adb shell cmd wifi connect-network Gartenhaus wpa3 ${g.s(pw(g))}`, `adb shell cmd wifi connect-network "Lab 5G" wpa2 "${g.s(pw(g))}" -h`],
    negatives: () => ['adb shell cmd wifi connect-network Gartenhaus open', 'adb shell cmd wifi connect-network Gartenhaus wpa2 "$PSK"', 'adb shell cmd wifi connect-network Guest owe'],
  }),
  positionalRule({
    id: 'cli-rpi-imager-set-wlan',
    description: 'Wi-Fi PSK given to Raspberry Pi Imager imager_custom set_wlan SSID PSK',
    family: 'infrastructure',
    envName: 'WIFI_PSK',
    docsUrl: 'https://github.com/RPi-Distro/raspberrypi-sys-mods',
    keywords: ['set_wlan'],
    // `-h`: the PSK is given hashed (64 hex, what the Imager writes); it joins the network all the same.
    lead: `imager_custom[ \\t]{1,4}set_wlan[ \\t]{1,4}(?:-h[ \\t]{1,4})?${SSID}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`   /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan 'Haus_Oben' '${g.s(g.hex(64))}' 'DE'`, `imager_custom set_wlan -h "Office" ${g.s(g.hex(64))} GB`],
    negatives: () => ["imager_custom set_wlan 'Haus_Oben' \"$PSK\" 'DE'", 'imager_custom set_wlan', "imager_custom set_keymap 'de'"],
  }),
];
