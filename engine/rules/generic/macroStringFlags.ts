// A string macro defined on a compiler's command line or in a build file's flags with the shell's quotes around C's:
// `-D MQTT_PASSWORD='"v"'`, `-DAPI_KEY='"v"'` (PlatformIO `build_flags`, Makefile `CFLAGS`, CMake
// `add_compile_definitions` in a script; rw-dev11). The shared keyed grammar reads `'"v"'` as a value in single quotes
// holding double quotes, which no secret is.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const key = ctx.keyName;
  const reading = key === undefined ? undefined : readSecretName(key);
  if (key === undefined || reading === undefined) return false;
  return namedValueVerdict(value, key, reading, { quote: '"', strict: kind === 'test', compoundWords: reading.kind === 'password' && kind !== 'test' }) === undefined;
}

export const macroStringFlagRule: Rule = {
  id: 'macro-string-flag',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Secret defined as a C string macro in build flags (`-D MQTT_PASSWORD=\'"…"\'`)',
  keywords: [`='"`],
  keywordWindow: { before: 100, after: 140 },
  pattern: /(?<![\w-])-D[ \t]{0,2}(?<key>[A-Za-z_][A-Za-z0-9_]{0,80})='"(?<secret>[^"'\s\\]{4,128})"'/,
  validate,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://docs.platformio.org/en/latest/projectconf/sections/env/options/build/build_flags.html',
  revocationUrl: null,
  revocationNote: 'Change the secret where it is issued, then pass it from the environment (`-D NAME=\'"${sysenv.NAME}"\'`).',
  examples: {
    positives: (g) => [`build_flags =\n    -D MQTT_HOST='"10.0.0.5"'\n    -D MQTT_PASSWORD='"${g.s(`${g.alnum(12)}`)}"'`, `CFLAGS += -DAPI_TOKEN='"${g.s(g.alnum(32))}"'`],
    negatives: (g) => [
      `build_flags = -D MQTT_PASSWORD='"\${sysenv.MQTT_PASSWORD}"'`,
      `build_flags = -D FIRMWARE_VERSION='"${g.digits(1)}.${g.digits(1)}.${g.digits(2)}"'`,
      `build_flags = -D MQTT_PASSWORD='"changeme"'`,
    ],
  },
};
