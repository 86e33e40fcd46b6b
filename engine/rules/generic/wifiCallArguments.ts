// Wi-Fi credentials passed by position in firmware: Arduino/ESP `WiFi.begin("SSID", "PASS")`, `WiFiMulti.addAP(…)`,
// `WiFi.softAP(…)`, WiFiManager's `autoConnect("AP", "PASS")`, and MicroPython's `wlan.connect("SSID", "PASS")`.
// No name stands before the literal; the call does: its first argument is the network, its second the network's
// passphrase (WPA: 8 to 63 characters).
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateWifiArgument(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  return passwordVerdict(value, 'wifi_password', { quote: ctx.text[ctx.start - 1] }) === undefined;
}

export const wifiCallArgumentRule: Rule = {
  id: 'wifi-call-password-argument',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Wi-Fi passphrase passed by position to WiFi.begin / addAP / softAP / autoConnect or MicroPython wlan.connect',
  keywords: ['.begin(', '.addap(', '.softap(', '.autoconnect(', '.connect('],
  keywordWindow: { before: 40, after: 160 },
  // The receiver says Wi-Fi (`WiFi`, `wifiMulti`, `WiFiManager wm` is `wm`, MicroPython's `wlan`/`sta_if`), then
  // the network's name as a literal and the passphrase as the second literal.
  pattern:
    /\b(?:[Ww]i[Ff]i\w{0,12}|wm|wlan\w{0,6}|sta(?:_if)?)[ \t]{0,2}\.[ \t]{0,2}(?:begin|addAP|softAP|autoConnect|connect)[ \t]{0,2}\([ \t]{0,2}(?:"[^"\n]{1,32}"|'[^'\n]{1,32}')[ \t]{0,2},[ \t]{0,2}["'](?<secret>[^"'\n]{8,63})["']/,
  validate: validateWifiArgument,
  envName: 'WIFI_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://docs.arduino.cc/libraries/wifi/',
  revocationUrl: null,
  revocationNote: "Change the network's passphrase on the router and keep it out of the sketch (a secrets header outside the repository, or provisioning at first boot).",
  examples: {
    positives: (g) => [
      `  WiFi.begin("Schmidt-WLAN", "${g.s(`${g.pick(['Sommer', 'Winter'])}${g.digits(4)}!`)}");`,
      `  wifiMulti.addAP("Garage-IoT", "${g.s(g.alnum(16))}");`,
      `wlan.connect('Dom_Kowalskich', '${g.s(`${g.pick(['maple', 'river'])}-${g.pick(['lemon', 'pepper'])}-${g.digits(2)}`)}')`,
    ],
    negatives: () => [
      '  WiFi.begin(ssid, password);',
      '  WiFi.begin("MyNetwork", "YOUR_WIFI_PASSWORD");',
      '  WiFi.softAP("ESP32-Setup", "");',
      '  client.connect("esp32-keller", "haus");',
      '  wlan.connect(SSID, PASSWORD)',
    ],
  },
};
