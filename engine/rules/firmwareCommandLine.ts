// Secrets on the command lines of firmware and embedded-Linux work (rw-dev17): an image encryption key given to
// `openssl enc -K HEX` (SWUpdate and U-Boot encrypted images), a clear password hashed by `openssl passwd -6 X`
// in a rootfs post-build script, Yocto's `useradd -P X` / `usermod -P X` (the extrausers class's clear-password
// flag in EXTRA_USERS_PARAMS), a Conan remote login (`conan remote login NAME USER -p X`, Conan 1's `conan user -p
// X`), a fleet variable set with `balena env add NAME X` under a secret's name, and the OTA password of an ESP
// board given to espota (`--auth=X` on its command line, or in platformio.ini's `upload_flags`).
import { lineStartNear } from '../detect/lineStartNear';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { positionalRule, toolFlagRule, type PositionalSpec } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

/** shadow-utils' own `-P` is `--prefix DIR`: a directory there is no password. */
function notAPath(spec: PositionalSpec): Rule {
  const rule = positionalRule(spec);
  const validate = rule.validate!;
  return { ...rule, validate: (value, ctx) => !/^[/~.$]/.test(value) && validate(value, ctx) };
}

/**
 * `--auth` is espota's OTA password only where espota reads it: on espota's own line, or in a PlatformIO
 * `upload_flags` list (one flag a line) above it in platformio.ini; elsewhere `--auth=basic` is a mode.
 */
function espotaAuth(spec: PositionalSpec): Rule {
  const rule = positionalRule(spec);
  const validate = rule.validate!;
  const readByEspota = (ctx: MatchContext) => {
    // The command is on the flag's line, near it: the search stops 1,000 characters back (a minified line).
    const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 1000);
    if (/espota/i.test(ctx.text.slice(lineStart, ctx.start))) return true;
    if (ctx.path !== undefined && !/(?:^|[\\/])platformio\.ini$/i.test(ctx.path)) return false;
    // The flag's list: the lines above it up to `upload_flags =`, each a continuation (indented) line.
    const before = ctx.text.slice(Math.max(0, lineStart - 600), lineStart);
    return /(?:^|\n)[ \t]*upload_flags[ \t]*=[^\n]*\n(?:[ \t][^\n]{0,200}\n){0,12}$/.test(before) || /upload_flags[ \t]*=/.test(ctx.text.slice(lineStart, ctx.start));
  };
  return { ...rule, validate: (value, ctx) => readByEspota(ctx) && validate(value, ctx) };
}

const user = (g: ExampleGen) => g.pick(['tester', 'service', 'fieldtech', 'ci-embedded']);

export const firmwareCommandLineRules: Rule[] = [
  toolFlagRule({
    id: 'cli-openssl-enc-key',
    description: 'Raw encryption key given to openssl enc -K (encrypted firmware images: SWUpdate, U-Boot)',
    envName: 'IMAGE_AES_KEY',
    docsUrl: 'https://docs.openssl.org/master/man1/openssl-enc/',
    tools: ['openssl'],
    subcommand: /(?:^|\s)enc\b/,
    flag: '-K',
    value: 'spaced',
    kind: 'token',
    positives: (g) => [
      `openssl enc -aes-256-cbc -in rootfs.ext4.gz -out rootfs.ext4.gz.enc -K ${g.s(g.hex(64))} -iv ${g.hex(32)}`,
      `openssl enc -aes-128-cbc -nosalt -K ${g.s(g.hex(32))} -iv ${g.hex(32)} -in app.bin -out app.enc`,
    ],
    negatives: (g) => [`openssl enc -aes-256-cbc -K $KEY -iv $IV -in a -out b`, `openssl enc -aes-256-cbc -K "\${AES_KEY}" -iv ${g.hex(32)} -in a`, `openssl req -new -key key.pem -K ${g.hex(32)}`],
  }),
  positionalRule({
    id: 'cli-openssl-passwd-clear',
    description: 'Clear password given to openssl passwd to be hashed (rootfs post-build scripts, shadow lines)',
    envName: 'ROOT_PASSWORD',
    docsUrl: 'https://docs.openssl.org/master/man1/openssl-passwd/',
    keywords: ['openssl passwd'],
    lead: `openssl[ \\t]{1,4}passwd[ \\t]{1,4}(?:-(?:1|5|6|apr1|aixmd5|crypt)[ \\t]{1,4})?(?:-salt[ \\t]{1,4}[A-Za-z0-9./]{1,32}[ \\t]{1,4})?`,
    kind: 'password',
    positives: (g) => [
      `echo "fieldtech:$(openssl passwd -6 '${g.s(humanPassword(g))}'):19000:0:99999:7:::" >> "\${TARGET_DIR}/etc/shadow"`,
      `HASH=$(openssl passwd -1 -salt ${g.alnum(8)} '${g.s(g.alnum(14))}')`,
    ],
    negatives: () => ['openssl passwd -6 -stdin < pw.txt', 'openssl passwd -6 "$ROOT_PW"', 'openssl passwd -help'],
  }),
  notAPath({
    id: 'cli-yocto-useradd-clear-password',
    description: "Clear password given to useradd / usermod -P (Yocto extrausers' EXTRA_USERS_PARAMS)",
    envName: 'USER_PASSWORD',
    docsUrl: 'https://docs.yoctoproject.org/ref-manual/classes.html#extrausers',
    keywords: ['useradd', 'usermod'],
    lead: `(?:useradd|usermod)[ \\t]{1,4}-P[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`EXTRA_USERS_PARAMS = "\\\n    useradd -P ${g.s(humanPassword(g))} ${user(g)}; \\\n"`, `EXTRA_USERS_PARAMS += "usermod -P '${g.s(g.alnum(14))}' root;"`],
    negatives: () => ['EXTRA_USERS_PARAMS = "usermod -p \'\\$6\\$abc\\$def\' root;"', 'useradd -P /mnt/sysroot -m bob', 'usermod -P "$ROOT_PW" root'],
  }),
  positionalRule({
    id: 'cli-conan-login-password',
    description: 'Password given to conan remote login / conan user (-p, --password)',
    envName: 'CONAN_PASSWORD',
    docsUrl: 'https://docs.conan.io/2/reference/commands/remote.html',
    keywords: ['conan remote', 'conan user'],
    lead: `conan[ \\t]{1,4}(?:remote[ \\t]{1,4}login[ \\t]{1,4}[\\w.-]{1,60}[ \\t]{1,4}[\\w.@-]{1,60}|user)[ \\t]{1,4}(?:-p|--password)(?:[ \\t]{1,4}|=)`,
    kind: 'password',
    positives: (g) => [`conan remote login acme ${user(g)} -p ${g.s(humanPassword(g))}`, `conan user -p '${g.s(g.alnum(16))}' -r artifactory ci`],
    negatives: () => ['conan remote login acme ci -p "$CONAN_PASSWORD"', 'conan remote login acme ci -p', 'conan remote list'],
  }),
  positionalRule({
    id: 'cli-balena-env-secret',
    description: 'Secret-named variable set for a balena fleet or device (balena env add NAME VALUE)',
    envName: 'FLEET_SECRET',
    docsUrl: 'https://docs.balena.io/reference/balena-cli/latest/#env-add',
    keywords: ['balena env', 'resin env'],
    ignoreCase: true,
    lead: `(?:balena|resin)[ \\t]{1,4}env[ \\t]{1,4}(?:add|set)[ \\t]{1,4}[A-Za-z0-9_]{0,60}(?:password|passwd|passphrase|secret|token|api_?key|pass|pwd)[A-Za-z0-9_]{0,20}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`balena env add MQTT_PASSWORD ${g.s(humanPassword(g))} --fleet acme/edge-gw`, `balena env add API_TOKEN '${g.s(g.alnum(32))}' --device ${g.hex(7)}`],
    negatives: () => ['balena env add MQTT_PASSWORD "$MQTT_PASSWORD" --fleet acme/edge-gw', 'balena env add LOG_LEVEL debug --fleet acme/edge-gw', 'balena env rm MQTT_PASSWORD'],
  }),
  espotaAuth({
    id: 'cli-espota-auth-password',
    description: 'OTA update password of an ESP board given to espota (--auth=, PlatformIO upload_flags)',
    envName: 'OTA_PASSWORD',
    docsUrl: 'https://docs.platformio.org/en/latest/platforms/espressif32.html#over-the-air-ota-update',
    keywords: ['--auth'],
    lead: `--auth(?:=|[ \\t]{1,4})`,
    wordStart: false,
    kind: 'password',
    positives: (g) => [
      `[env:esp32dev-ota]\nupload_protocol = espota\nupload_port = 192.168.1.${g.digits(2)}\nupload_flags =\n    --port=3232\n    --auth=${g.s(humanPassword(g))}\n`,
      `python3 ~/.platformio/packages/framework-arduinoespressif32/tools/espota.py -i 10.0.0.${g.digits(2)} -p 3232 --auth=${g.s(g.alnum(14))} -f .pio/build/ota/firmware.bin`,
    ],
    negatives: (g) => [`upload_flags =\n    --port=3232\n    --auth=\${sysenv.OTA_PASSWORD}\n`, `mongosh --host db01 --auth=SCRAM-SHA-256 -u admin`, `curl --auth=${g.alnum(12)} https://example.com`],
  }),
];
