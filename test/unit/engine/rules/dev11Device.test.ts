// Classes found while tuning on rw-dev11's device part (devices and homes): OpenWrt UCI options and `uci set`,
// Xcode .xcconfig build settings, Android string resources with attributes after the name, pre-shared keys as
// passwords, door/gate/alarm codes in more languages and as the next item of a list, and nmcli's field list.
// Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0d1d);

const { found: values } = ruleAssertions(scanner);

const human = () => `${g.pick(['Sommer', 'Winter', 'Lukas', 'Bello'])}${g.pick(['19', '20'])}${g.digits(2)}${g.pick(['!', '.', '#', ''])}`;
/** A code someone set: no run, no repeated digit. */
const code = () => g.pick(['4', '7', '2', '9']) + g.pick(['81', '06', '53', '39']) + g.digits(g.pick([1, 2, 3]));

describe('rw-dev11 classes: devices and homes', () => {
  describe('OpenWrt UCI', () => {
    it("reads a Wi-Fi interface's key, a PPPoE password and WireGuard keys in /etc/config files", () => {
      const [a, b, c, d] = [human(), human(), g.base64(43) + '=', g.base64(43) + '='];
      const wireless = `config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption ssid 'Nowak_5G'\n\toption encryption 'sae-mixed'\n\toption key '${a}'\n`;
      assert.deepEqual(values(wireless, 'etc/config/wireless'), [a]);
      const network = `config interface 'wan'\n\toption proto 'pppoe'\n\toption username 'user@isp'\n\toption password '${b}'\n\nconfig interface 'wg0'\n\toption proto 'wireguard'\n\toption private_key '${c}'\n\nconfig wireguard_wg0\n\toption public_key '${g.base64(43)}='\n\toption preshared_key '${d}'\n`;
      assert.deepEqual(values(network, 'etc/config/network'), [b, c, d]);
    });

    it('reads `uci set CONFIG.SECTION.key=` in a script', () => {
      const a = `${g.pick(['maple', 'river'])}_${g.pick(['lemon', 'pepper'])}_${g.pick(['ocean', 'tiger'])}`;
      assert.deepEqual(values(`#!/bin/sh\nuci set wireless.@wifi-iface[0].ssid='Familie'\nuci set wireless.@wifi-iface[0].key='${a}'\nuci commit\n`, 'scripts/setup-ap.sh'), [a]);
    });

    it('leaves key files, WEP key indexes, public keys, placeholders and other options', () => {
      const text = `config uhttpd 'main'\n\toption key '/etc/uhttpd.key'\n\toption cert '/etc/uhttpd.crt'\n\nconfig wifi-iface\n\toption encryption 'wep'\n\toption key '1'\n\nconfig wifi-iface\n\toption key 'changeme'\n\toption ssid 'Gast'\n\nconfig wireguard_wg0\n\toption public_key '${g.base64(43)}='\n`;
      assert.deepEqual(values(text, 'etc/config/misc'), []);
    });
  });

  describe('Xcode build settings', () => {
    it('reads `NAME = value` in an .xcconfig like any config file', () => {
      const [a, b] = [g.alnum(32), g.hex(64)];
      const text = `// Release.xcconfig\n#include "Pods/Target Support Files/Pods-Runner/Pods-Runner.release.xcconfig"\nAPI_BASE_URL = https:/$()/api.example.org\nAPI_KEY = ${a}\nPUSH_SIGNING_SECRET = ${b}\nPRODUCT_BUNDLE_IDENTIFIER = org.example.app\n`;
      assert.deepEqual(values(text, 'Config/Release.xcconfig'), [a, b]);
    });
  });

  describe('Android string resources with attributes after the name', () => {
    it('reads `<string name="k" translatable="false">v</string>` as an element named k', () => {
      const [a, b] = [human(), g.hex(32)];
      const text = `<resources>\n    <string name="mqtt_pass" translatable="false">${a}</string>\n    <string name="weather_api_key" translatable="false">${b}</string>\n    <string name="password_hint" translatable="false">Passwort</string>\n</resources>\n`;
      assert.deepEqual(values(text, 'app/src/main/res/values/strings.xml'), [a, b]);
    });
  });

  describe('a pre-shared key is a passphrase', () => {
    it('reads a person-made value under `wpa2-pre-shared-key=` and `pre_shared_key`', () => {
      const [a, b] = [human(), human()];
      assert.deepEqual(values(`/interface wireless security-profiles\nset [ find default=yes ] mode=dynamic-keys wpa2-pre-shared-key=${a}\n`, 'backup/router.rsc'), [a]);
      assert.deepEqual(values(`vpn:\n  pre_shared_key: "${b}"\n  pre_shared_key_file: /etc/ipsec.d/psk.txt\n`, 'config/vpn.yaml'), [b]);
    });
  });

  describe('door, gate and alarm codes', () => {
    it('reads more places and languages: portal, portão, Alarm kodu, код от калитки', () => {
      const [a, b, c, d] = [code(), code(), code(), code()];
      assert.deepEqual(values(`12/9/24, 22:10 - Lucía: el código del portal es ${a}# por si venís tarde\n`, 'chat.txt'), [a]);
      assert.deepEqual(values(`Rafael: o código do portão é ${b}\n`, 'chat.txt'), [b]);
      assert.deepEqual(values(`Annem: Alarm kodu ${c}, unutmayın\n`, 'chat.txt'), [c]);
      assert.deepEqual(values(`Сергей: код от калитки ${d}, не путай\n`, 'chat.txt'), [d]);
    });

    it('reads a second code listed after a named one', () => {
      const [a, b, c, d] = [code(), code(), code(), code()];
      assert.deepEqual(values(`Papa: Alarmanlage-Code bleibt ${a}, Garagentor neu: ${b}\n`, 'chat.txt'), [a, b]);
      assert.deepEqual(values(`Mama (19:10): kod do bramy garażowej ${c}, alarm ${d}\n`, 'chat.txt'), [c, d]);
    });

    it('leaves a place with digits that is no list of codes', () => {
      assert.deepEqual(values(`Garage ${code()} Main Street\n`, 'chat.txt'), []);
      const a = code();
      assert.deepEqual(values(`door code ${a}, garage 2 of 3 spots taken\n`, 'chat.txt'), [a]);
    });
  });

  describe('Wi-Fi passphrases passed by position in firmware', () => {
    it('reads the second literal of WiFi.begin, addAP and MicroPython wlan.connect', () => {
      const [a, b, c] = [human(), g.alnum(16), `${g.pick(['maple', 'river'])}-${g.pick(['lemon', 'pepper'])}-${g.digits(2)}`];
      assert.deepEqual(values(`void setup() {\n  WiFi.begin("Schmidt-WLAN", "${a}");\n}\n`, 'firmware/klingel/klingel.ino'), [a]);
      assert.deepEqual(values(`  wifiMulti.addAP("Garage-IoT", "${b}");\n`, 'src/main.cpp'), [b]);
      assert.deepEqual(values(`wlan.connect('Dom_Kowalskich', '${c}')\n`, 'pico/boot.py'), [c]);
    });

    it('leaves variables, placeholders and an open access point', () => {
      assert.deepEqual(values('  WiFi.begin(ssid, password);\n  WiFi.begin("MyNetwork", "YOUR_WIFI_PASSWORD");\n  WiFi.softAP("ESP32-Setup", "");\n', 'src/main.cpp'), []);
    });
  });

  describe('a stored hash in a <password> element', () => {
    it("is Syncthing's GUI verifier, not a password", () => {
      const text = `<gui enabled="true" tls="false">\n    <address>0.0.0.0:8384</address>\n    <user>admin</user>\n    <password>$2a$10$${g.base64(53).replace(/[+]/g, '.')}</password>\n</gui>\n`;
      assert.deepEqual(values(text, '.local/state/syncthing/config.xml'), []);
    });
  });

  describe("a tool's hidden-input prompt", () => {
    it('leaves the command output under `Enter keystore password:`', () => {
      const text = `$ keytool -exportcert -alias upload -keystore upload-keystore.jks | openssl sha1 -binary | openssl base64\nEnter keystore password:\n${g.base64(27)}=\n`;
      assert.deepEqual(values(text, 'notes/keystore.txt'), []);
    });
  });

  describe("nmcli's field list", () => {
    it('is a field to print after -g, not a value given', () => {
      assert.deepEqual(values('$ nmcli -s -g 802-11-wireless-security.psk connection show "Kamer 12"\n', 'notes/nmcli.txt'), []);
      const a = human();
      assert.deepEqual(values(`$ nmcli connection modify "Kamer 12" wifi-sec.psk '${a}'\n`, 'notes/nmcli.txt'), [a]);
    });
  });
});
