// Kconfig symbols whose default is a secret: ESP-IDF `main/Kconfig.projbuild`, Zephyr and NCS application Kconfig
// files declare a string option and give it the developer's own Wi-Fi password or cloud key as its default
// (`config ESP_WIFI_PASSWORD` / `string "WiFi Password"` / `default "…"`), so every build and every fork carries it.
// The symbol's name says what the value is; the `string` type line and the `default` line a few lines below it are
// Kconfig's own syntax (the assignment rules see no `=` or `:` there).
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateKconfigDefault(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || !ctx.keyName) return false;
  const reading = readSecretName(ctx.keyName);
  return reading !== undefined && namedValueVerdict(value, ctx.keyName, reading, { quote: '"' }) === undefined;
}

export const kconfigDefaultRule: Rule = {
  id: 'kconfig-secret-default',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Kconfig string symbol named for a secret given a default value (ESP-IDF Kconfig.projbuild, Zephyr Kconfig)',
  keywords: ['default "'],
  keywordWindow: { before: 700, after: 140 },
  // `config NAME`, its `string` type line, up to four more attribute lines (`depends on`, `help` text stops at
  // `default` only when it is indented as an attribute), then `default "VALUE"`.
  pattern:
    /(?<![A-Za-z0-9_])(?:menu)?config[ \t]{1,4}(?<key>[A-Za-z0-9_]{1,80})[ \t]{0,4}\r?\n[ \t]{1,16}string\b[^\n]{0,120}\n(?:[ \t]{1,16}(?!default\b)[^\n]{0,120}\n){0,4}[ \t]{1,16}default[ \t]{1,4}"(?<secret>[^"\n]{1,128})"/,
  windowNeeds: /\n[ \t]{1,16}string\b/,
  validate: validateKconfigDefault,
  envName: 'WIFI_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/kconfig-reference.html',
  revocationUrl: null,
  revocationNote: 'Change the password or key where it is used; leave the Kconfig default empty and set the real value in an untracked sdkconfig or prj.conf overlay.',
  examples: {
    positives: (g) => [
      `menu "Example Configuration"\n\n    config ESP_WIFI_PASSWORD\n        string "WiFi Password"\n        default "${g.s(`${g.pick(['Garten', 'Keller'])}${g.digits(4)}!`)}"\n        help\n            WiFi password (WPA or WPA2) for the example to use.\n`,
      `config APP_CLOUD_API_KEY\n\tstring "Cloud API key"\n\tdepends on APP_CLOUD\n\tdefault "${g.s(g.alnum(32))}"\n`,
    ],
    negatives: (g) => [
      `    config ESP_WIFI_PASSWORD\n        string "WiFi Password"\n        default "mypassword"\n`,
      `config ESP_WIFI_SSID\n    string "WiFi SSID"\n    default "${g.alnum(10)}"\n`,
      `config APP_CLOUD_API_KEY\n\tstring "Cloud API key"\n\tdefault ""\n`,
      `config ESP_MAXIMUM_RETRY\n    int "Maximum retry"\n    default 5\n`,
    ],
  },
};
