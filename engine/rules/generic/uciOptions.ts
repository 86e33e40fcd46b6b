// OpenWrt's UCI: `option NAME 'VALUE'` lines in /etc/config/* and `uci set config.section.NAME='VALUE'` commands.
// The name is UCI's own, read as any name would (`password`, `private_key`, `preshared_key`), plus the two names
// UCI gives a Wi-Fi interface's passphrase: `key` (WPA/SAE in `config wifi-iface`) and `sae_password`. A bare `key`
// names no secret elsewhere; under UCI's syntax it is the network's key, unless the value is a file (uhttpd's
// `option key '/etc/uhttpd.key'`) or a WEP key index (`option key '1'`).
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict, passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** UCI names of a Wi-Fi interface's passphrase. */
const WIFI_KEY_NAMES = /^(?:key|sae_password|wpa_passphrase|psk)$/i;

function validateUciOption(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || !ctx.keyName) return false;
  // A file or a directory (a certificate's key, a key file): a place, not the value.
  if (/^[/~.]|\.(?:key|pem|crt|txt)$/i.test(value)) return false;
  const quote = ctx.text[ctx.start - 1] === "'" || ctx.text[ctx.start - 1] === '"' ? ctx.text[ctx.start - 1] : undefined;
  if (WIFI_KEY_NAMES.test(ctx.keyName)) return value.length >= 8 && passwordVerdict(value, 'wifi_password', { quote }) === undefined;
  const reading = readSecretName(ctx.keyName);
  return reading !== undefined && namedValueVerdict(value, ctx.keyName, reading, { quote }) === undefined;
}

export const uciOptionRule: Rule = {
  id: 'uci-option-secret',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "OpenWrt UCI option or `uci set` whose name is a secret's (Wi-Fi key, PPPoE or DDNS password, WireGuard key)",
  // `option` with its blank, as the pattern reads it: the bare word is in most code files (`options`).
  keywords: ['option ', 'option\t', 'uci'],
  keywordWindow: { before: 16, after: 200 },
  // `option NAME VALUE` at a line's start (tab-indented in UCI files), or `uci set CONFIG.SECTION.NAME=VALUE`
  // (a section may be anonymous: `@wifi-iface[0]`). The value is quoted or bare, one word.
  pattern:
    /(?:(?:^|\n)[ \t]{0,8}option[ \t]{1,4}|\buci[ \t]{1,4}set[ \t]{1,4}["']?[a-z0-9_-]{1,40}\.[@A-Za-z0-9_[\]-]{1,60}\.)(?<key>[A-Za-z][A-Za-z0-9_]{0,40})(?:[ \t]{1,4}|=)["']?(?<secret>[^"'\s]{4,128})["']?(?=[ \t]{0,40}(?:#|\r?\n|$))/,
  // `option` leading its line, or `uci set`: the word `option` is everywhere in code, mostly as `options`.
  windowNeeds: /(?:^|\n)[ \t]{0,8}option[ \t]|\buci[ \t]{1,4}set[ \t]/,
  validate: validateUciOption,
  envName: 'WIFI_KEY',
  severity: 'warning',
  docsUrl: 'https://openwrt.org/docs/guide-user/base-system/uci',
  revocationUrl: null,
  revocationNote: 'Change the key or password on the router and the devices that use it; keep the config backup out of the repository.',
  examples: {
    positives: (g) => [
      `config wifi-iface 'default_radio0'\n\toption ssid 'Home'\n\toption encryption 'psk2'\n\toption key '${g.s(`${g.pick(['Sommer', 'Winter'])}${g.digits(4)}!`)}'\n`,
      `config wifi-iface 'guest'\n\toption ssid "Gast"\n\toption encryption psk2\n\toption key "${g.s(`${g.pick(['Bello', 'Mia'])}${g.digits(4)}!`)}"\n`,
      `config interface 'wg0'\n\toption proto 'wireguard'\n\toption private_key '${g.s(g.base64(43) + '=')}'\n`,
      `uci set wireless.@wifi-iface[0].key='${g.s(`${g.pick(['maple', 'river'])}_${g.pick(['lemon', 'pepper'])}_${g.pick(['ocean', 'tiger'])}`)}'\n`,
    ],
    negatives: (g) => [
      "config uhttpd 'main'\n\toption key '/etc/uhttpd.key'\n\toption cert '/etc/uhttpd.crt'\n",
      "config wifi-iface\n\toption encryption 'wep'\n\toption key '1'\n",
      "config wifi-iface\n\toption encryption 'psk2'\n\toption key 'changeme'\n",
      `config wireguard_wg0\n\toption public_key '${g.base64(43)}='\n`,
      "uci set wireless.radio0.channel='36'\n",
      "config wifi-iface\n\toption ssid 'Nowak_5G'\n\toption network 'lan'\n",
    ],
  },
};
