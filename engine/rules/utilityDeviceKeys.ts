// Keys of utility field devices written where no secret-named key stands before them (found while tuning on rw-dev20's
// energy part): a smart meter's DLMS/COSEM keys named by their short names in mails and notes (`GUEK: <32 hex>`,
// `GAK:`, `HLS secret:`), the same keys on Gurux's DLMS reader command line (`-A` authentication key, `-B` block
// cipher key, `-D` dedicated key, `-P` the LLS/HLS password), a DNP3 Secure Authentication update key in an
// outstation's configuration. (mosquitto_passwd's batch mode is userAddCommands.ts's.)
import type { MatchContext, Rule } from '../types';
import { quotedConsistently } from './cliRuleBuilder';
import { shellSafePassword } from './humanPasswords';
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';

/** An AES key that is a sequence or the published test key of DLMS kits and FIPS-197, not a device's own. */
function sampleKey(hex: string): boolean {
  const h = hex.toUpperCase();
  return /^(.)\1+$/.test(h) || /^(?:000102030405060708090A0B0C0D0E0F)+$/.test(h) || h.startsWith('2B7E151628AED2A6ABF7158809CF4F3C') || /^(?:0123456789ABCDEF)+$/.test(h);
}

const HEX_KEY = '(?<secret>[0-9A-Fa-f]{32}(?:[0-9A-Fa-f]{32})?)(?![0-9A-Za-z])';

/** A meter's or outstation's key named by its protocol name: `GUEK: …`, `global unicast key = …`, `update_key = …`. */
const NAMED_KEY = new RegExp(
  `(?<![A-Za-z0-9_])(?<key>GUEK|GBEK|GAK|global[ _-]?(?:unicast|broadcast)[ _-]?(?:encryption[ _-]?)?key|HLS[ _-]?(?:secret|key)|update[ _-]?key)["']?[ \\t]{0,8}(?:[:=]|=>)[ \\t]{0,8}["']?${HEX_KEY}`,
  'i',
);

/** A DNP3 update key is only one in a DNP3 outstation's or master's configuration. */
const DNP3_CONTEXT = /dnp3|\bsav[56]\b|secure[ _-]?auth/i;

/** Gurux's DLMS tools (GXDLMSReader, GXDLMSDirector's command line, the Python/Java/.NET `main` samples). */
const GURUX_COMMAND = /\bGXDLMS\w{0,20}(?:\.exe|\.jar|\.py)?\b/;

/** The command whose arguments reach `at`: its line, or lines joined by a trailing `\` or `^` (bounded: 600 characters). */
function guruxBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 600), at);
  const lines = before.split('\n');
  let command = lines.pop() ?? '';
  while (lines.length > 0 && /[\\^`][ \t]*\r?$/.test(lines[lines.length - 1]!)) command = `${lines.pop()!}\n${command}`;
  return GURUX_COMMAND.test(command);
}

function validateGurux(value: string, ctx: MatchContext): boolean {
  if (!guruxBefore(ctx.text, ctx.start) || !quotedConsistently(ctx)) return false;
  const flag = ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start).match(/-([ABDP])[ \t]{1,4}["']?$/)?.[1];
  if (flag === 'P') return isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined;
  return /^[0-9A-Fa-f]{32}$/.test(value) && !sampleKey(value);
}

export const utilityDeviceKeyRules: Rule[] = [
  {
    id: 'utility-device-named-key',
    provider: 'Generic',
    family: 'generic',
    priority: 'context',
    description: 'Smart meter DLMS/COSEM key (GUEK, GAK, GBEK, HLS secret) or DNP3 Secure Authentication update key named by its protocol name',
    keywords: ['guek', 'gbek', 'gak', 'unicast', 'broadcast', 'hls', 'update_key', 'update key', 'update-key', 'updatekey'],
    keywordWindow: { before: 40, after: 140 },
    pattern: NAMED_KEY,
    validate: (value, ctx) => {
      if (sampleKey(value)) return false;
      const name = ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start);
      // The update key's name is common elsewhere (a cache's `update_key`): only in a DNP3 configuration.
      if (/update[ _-]?key["']?[ \t]{0,8}(?:[:=]|=>)?[ \t]{0,8}["']?$/i.test(name)) return DNP3_CONTEXT.test(ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start + 200));
      // The DLMS keys are AES-128: 32 hex digits.
      return value.length === 32;
    },
    envName: 'DLMS_KEY',
    docsUrl: 'https://www.dlms.com/files/Blue_Book_Edition_13-Excerpt.pdf',
    revocationUrl: null,
    revocationNote: 'Re-key the meters (a key transfer with the master key, or the outstation update key changed by its authority) and keep key batches in the head-end key store, not in mails or notes.',
    examples: {
      positives: (g) => [
        `Voor de twee testmeters:\n  EAN 871${g.digits(15)}\n    GUEK: ${g.s(g.hex(32))}\n    GAK:  ${g.s(g.hex(32))}\n`,
        `global unicast encryption key = ${g.s(g.hex(32).toUpperCase())}\n`,
        `HLS secret: ${g.s(g.hex(32).toUpperCase())}`,
        `[dnp3]\nsav5 = enabled\nupdate_key_user = 1\nupdate_key = ${g.s(g.hex(64).toUpperCase())}\n`,
      ],
      negatives: (g) => [
        'GUEK: 000102030405060708090A0B0C0D0E0F\nGAK:  00000000000000000000000000000000\n',
        'GUEK: <from the key file>\n',
        `[cache]\nupdate_key = ${g.hex(64)}\n`,
        `firmware sha256: ${g.hex(64)}`,
      ],
    },
  },
  {
    id: 'cli-gurux-dlms-keys',
    provider: 'Generic',
    family: 'generic',
    priority: 'context',
    description: "DLMS keys and password given to Gurux's DLMS reader (-A authentication key, -B block cipher key, -D dedicated key, -P password)",
    keywords: ['gxdlms'],
    keywordWindow: { before: 0, after: 600 },
    pattern: /(?<=[ \t])-[ABDP][ \t]{1,4}["']?(?<secret>[^\s"'`]{4,128})/,
    validate: validateGurux,
    envName: 'DLMS_AUTHENTICATION_KEY',
    docsUrl: 'https://www.gurux.fi/Gurux.DLMS.Client',
    revocationUrl: null,
    revocationNote: "Re-key the meter (global key transfer) and change its LLS/HLS secret; pass keys to the reader from the head-end's key store.",
    examples: {
      positives: (g) => [
        `GXDLMSReader.exe -h 10.1.2.3 -p 4059 -c 1 -s 1 -a HighGMac -C AuthenticationEncryption -T 4C475A${g.hex(10).toUpperCase()} -A ${g.s(g.hex(32))} -B ${g.s(g.hex(32))}`,
        `GXDLMSReader.exe -h 10.1.2.3 -p 4059 -c 1 -s 1 -a Low -P ${g.s(shellSafePassword(g))} -r sn`,
        `java -jar GXDLMSReader.jar -S COM3 -a HighGMac -C AuthenticationEncryption \\\n  -T 4C475A${g.hex(10).toUpperCase()} -A ${g.s(g.hex(32).toUpperCase())} -B ${g.s(g.hex(32).toUpperCase())}`,
      ],
      negatives: (g) => [
        'GXDLMSReader.exe -h 10.1.2.3 -a HighGMac -A 000102030405060708090A0B0C0D0E0F -B 000102030405060708090A0B0C0D0E0F',
        'GXDLMSReader.exe -S COM3:9600:8None1 -c 16 -s 1 -a None -g "0.0.1.0.0.255:2"',
        'GXDLMSReader.exe -h 10.1.2.3 -a Low -P "$METER_PW"',
        `tar -A ${g.hex(32)} -B ${g.hex(32)}`,
      ],
    },
  },
  {
    id: 'fronius-solarweb-access-key',
    provider: 'Fronius Solar.web',
    family: 'saas',
    priority: 'context',
    severity: 'error',
    description: 'Fronius Solar.web query API key value (the AccessKeyValue header or field beside its FKIA… AccessKeyId)',
    keywords: ['accesskeyvalue'],
    keywordWindow: { before: 0, after: 80 },
    pattern: /\bAccessKeyValue["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_-]{24,64})(?![\w-])/,
    // The API's key pair: the id (FKIA…) on the same request or in the same file says the value is Solar.web's.
    validate: (secret, ctx) => /FKIA[0-9A-F]{8}|solarweb/i.test(ctx.text.slice(Math.max(0, ctx.start - 600), Math.min(ctx.text.length, ctx.end + 600))) && new Set(secret).size > 8,
    envName: 'SOLARWEB_ACCESS_KEY_VALUE',
    docsUrl: 'https://www.fronius.com/en/solar-energy/installers-partners/products-and-solutions/monitoring-digital-tools/solar-web-query-api',
    revocationUrl: null,
    revocationNote: 'Delete the access key in Solar.web (Settings, API access keys) and create a new pair.',
    examples: {
      positives: (g) => [
        `curl -H "AccessKeyId: FKIA${g.hex(32).toUpperCase()}" -H "AccessKeyValue: ${g.s(g.uuid())}" https://api.solarweb.com/swqapi/pvsystems`,
        `SOLARWEB = {"AccessKeyId": "FKIA${g.hex(32).toUpperCase()}", "AccessKeyValue": "${g.s(g.uuid())}"}`,
      ],
      negatives: (g) => ['curl -H "AccessKeyId: FKIA..." -H "AccessKeyValue: $SOLARWEB_KEY" https://api.solarweb.com/swqapi/pvsystems', `AccessKeyValue: ${g.uuid()}`],
    },
  },
];
