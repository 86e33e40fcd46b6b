// Credentials in the formats of logistics systems, where no name stands before the value and the format's position
// says what it is: X12 interchange headers (ISA02 authorization information, ISA04 security information = password),
// EDIFACT interchange headers (UNB recipient password qualified `BB`), Zebra printers' Set-Get-Do commands that set a
// Wi-Fi key or a web password (`! U1 setvar "wlan.wpa.psk" "…"`), and GPS trackers' SMS commands, which carry the
// tracker's six-digit password in front of every command (`password<old> <new>`, `apn<password> internet`,
// `PWD,<old>,<new>#`). rw-dev20.
import { isLiteralPassword, isStandIn } from '../validators/literalArgument';
import { humanPassword } from './humanPasswords';
import type { ExampleGen, MatchContext, Rule } from '../types';

const base = {
  provider: 'Logistics systems',
  family: 'generic',
  priority: 'context',
  skipPlaceholderCheck: false,
  severity: 'error',
  revocationUrl: null,
} as const;

/** An X12 element value padded to its fixed width (10) with blanks, and not blank, zeros or a stand-in. */
function isaValue(value: string, ctx: MatchContext): boolean {
  let end = ctx.end;
  while (ctx.text.charAt(end) === ' ') end++;
  if (end - ctx.start !== 10) return false;
  return !/^0+$/.test(value) && !isStandIn(value) && isLiteralPassword(value);
}

/** A ten-character X12 element of filler blanks after the value. */
const ISA_VALUE = '(?<secret>[^\\s*|~][^*|~\\n]{0,9}?)[ ]{0,9}';
const ISA_ID = '[^*|~\\n]{10}';

/** EDIFACT's S005 composite: the recipient's reference or password, and its qualifier (`AA` reference, `BB` password). */
const UNB_HEAD = "UNB\\+UNO[A-Z]:\\d(?::[^+'\\n]{0,20})?\\+[^+'\\n]{1,60}\\+[^+'\\n]{1,60}\\+\\d{6}:\\d{4}\\+[^+'\\n]{1,14}\\+";

/** Tracker passwords every unit ships with (TK103/GT06 clones `123456`, others `000000`, `666666`, `888888`): defaults. */
const TRACKER_DEFAULT = /^(?:123456|000000|666666|888888|0000)$/;

/** Text of a GPS tracker's SMS set-up: its commands written with the password glued on. */
const TRACKER_TEXT = /\b(?:adminip|begin|password)\d{6}\b|\bPWD,\d{6},/i;

const tracker = (g: ExampleGen) => g.digits(6).replace(/^0/, '7');

export const logisticsToolRules: Rule[] = [
  {
    ...base,
    id: 'x12-isa-authorization',
    description: 'Authorization information (ISA02) of an X12 interchange header, given with a qualifier other than 00',
    keywords: ['isa*', 'isa|'],
    keywordWindow: { before: 0, after: 20 },
    pattern: new RegExp(`(?<![A-Za-z0-9])ISA[*|](?!00)\\d\\d[*|]${ISA_VALUE}[*|]\\d\\d[*|]`),
    validate: isaValue,
    envName: 'X12_AUTHORIZATION',
    docsUrl: 'https://x12.org/codes/authorization-information-qualifier',
    revocationNote: 'Ask the trading partner or VAN to change the interchange authorization, and keep the envelope values in the translator settings, not in files you share.',
    examples: {
      positives: (g) => [
        `ISA*03*${g.s(`${g.upper(3)}${g.digits(4)}${g.upper(3)}`)}*01*${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}*ZZ*SENDER         *01*${g.digits(9)}      *260412*0931*U*00401*${g.digits(9)}*0*P*>~`,
        `ISA|03|${g.s(`EDI${g.digits(4)}`)}   |00|          |ZZ|SENDER         |ZZ|RECEIVER       |260412|0931|U|00401|${g.digits(9)}|0|P|>~`,
      ],
      negatives: (g) => [
        `ISA*00*          *00*          *ZZ*SENDER         *01*${g.digits(9)}      *260412*0931*U*00401*${g.digits(9)}*0*P*>~`,
        `ISA*03*0000000000*00*          *ZZ*SENDER         *01*${g.digits(9)}      *260412*0931*U*00401*${g.digits(9)}*0*P*>~`,
      ],
    },
  },
  {
    ...base,
    id: 'x12-isa-security-password',
    description: 'Password in the security information (ISA04, qualifier 01) of an X12 interchange header',
    keywords: ['isa*', 'isa|'],
    keywordWindow: { before: 0, after: 34 },
    pattern: new RegExp(`(?<![A-Za-z0-9])ISA[*|]\\d\\d[*|]${ISA_ID}[*|]01[*|]${ISA_VALUE}[*|]`),
    validate: isaValue,
    envName: 'X12_PASSWORD',
    docsUrl: 'https://x12.org/codes/security-information-qualifier',
    revocationNote: 'Ask the trading partner or VAN to change the interchange password, and keep the envelope values in the translator settings, not in files you share.',
    examples: {
      positives: (g) => [
        `ISA*03*${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}*01*${g.s(`${g.upper(3)}${g.digits(4)}${g.upper(3)}`)}*ZZ*SENDER         *01*${g.digits(9)}      *260412*0931*U*00401*${g.digits(9)}*0*P*>~`,
        `ISA*00*          *01*${g.s(`${g.upper(4)}${g.digits(2)}`)}    *ZZ*SENDER         *ZZ*RECEIVER       *260412*0931*U*00401*${g.digits(9)}*0*P*>~`,
      ],
      negatives: (g) => [
        `ISA*00*          *00*          *ZZ*SENDER         *01*${g.digits(9)}      *260412*0931*U*00401*${g.digits(9)}*0*P*>~`,
        `ISA*00*          *01*XXXXXXXXXX*ZZ*SENDER         *01*${g.digits(9)}      *260412*0931*U*00401*${g.digits(9)}*0*P*>~`,
      ],
    },
  },
  {
    ...base,
    id: 'edifact-unb-password',
    description: "Recipient's password (qualifier BB) in an EDIFACT interchange header (UNB)",
    keywords: ['unb+uno'],
    keywordWindow: { before: 0, after: 260 },
    pattern: new RegExp(`${UNB_HEAD}(?<secret>[^+:'\\s]{4,14}):BB(?=[+'])`),
    validate: (value) => !isStandIn(value) && isLiteralPassword(value),
    envName: 'EDIFACT_PASSWORD',
    docsUrl: 'https://service.unece.org/trade/untdid/d21b/trsd/trsdunb.htm',
    revocationNote: 'Ask the interchange partner to change the password agreed for this connection, and keep it in the translator settings.',
    examples: {
      positives: (g) => [
        `UNA:+.? '\nUNB+UNOC:3+${g.digits(13)}:14+${g.digits(13)}:14+260412:0930+${g.digits(6)}+${g.s(`${g.upper(3)}${g.digits(4)}${g.upper(3)}`)}:BB++IFTMIN++++1'`,
        `UNB+UNOA:2+SENDER:ZZ+RECEIVER:ZZ+260412:0930+REF${g.digits(5)}+${g.s(`${g.upper(3)}${g.digits(4)}`)}:BB'`,
      ],
      negatives: (g) => [
        `UNB+UNOC:3+${g.digits(13)}:14+${g.digits(13)}:14+260412:0930+${g.digits(6)}+${g.upper(8)}:AA++IFTMIN'`,
        `UNB+UNOC:3+${g.digits(13)}:14+${g.digits(13)}:14+260412:0930+${g.digits(6)}++INVOIC'`,
      ],
    },
  },
  {
    ...base,
    id: 'zebra-sgd-secret-setvar',
    description: 'Wi-Fi key or password set on a Zebra printer by a Set-Get-Do command (! U1 setvar "wlan.wpa.psk" "…")',
    keywords: ['setvar'],
    keywordWindow: { before: 8, after: 220 },
    pattern: /!\s{0,4}U1\s{1,4}setvar\s{1,4}"(?<key>[a-z0-9_]{1,30}(?:\.[a-z0-9_]{1,30}){1,5})"\s{1,4}"(?<secret>[^"\n]{4,128})"/i,
    validate: (value, ctx) => /(?:psk|password|passphrase|passwd|wep\.key\d?|private_key_password|community)$/i.test(ctx.keyName ?? '') && !isStandIn(value) && isLiteralPassword(value),
    envName: 'PRINTER_WIFI_PSK',
    docsUrl: 'https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-sgd-commands.html',
    revocationNote: 'Change the Wi-Fi key (or the printer password) on the network or printer, and push settings from the printer management tool instead of command files kept in a repository.',
    examples: {
      positives: (g) => [
        `! U1 setvar "wlan.wpa.psk" "${g.s(`${g.pick(['Dock', 'Lager', 'Pallet'])}${g.digits(4)}${g.pick(['!', '#', ''])}`)}"`,
        `! U1 setvar "ip.http.admin_password" "${g.s(humanPassword(g))}"\r\n! U1 do "device.reset" ""`,
      ],
      negatives: (g) => [`! U1 setvar "wlan.ssid" "WMS-PRINT-${g.digits(2)}"`, '! U1 setvar "wlan.wpa.psk" "<psk>"', `! U1 getvar "wlan.wpa.psk"`],
    },
  },
  {
    ...base,
    id: 'gps-tracker-sms-password-change',
    description: 'New password of a GPS tracker set by SMS command (TK103 `password<old> <new>`, GT06 `PWD,<old>,<new>#`)',
    keywords: ['password', 'pwd,'],
    keywordWindow: { before: 0, after: 24 },
    pattern: /(?<![A-Za-z])(?:password\d{6}[ ]|PWD,\d{4,6},)(?<secret>\d{6})(?![0-9])/i,
    // The whole text is searched only when a command-shaped match is found: most texts with `password` or `monitor`
    // hold none, and a search of each of them up front cost more than both rules' regexes.
    validate: (value, ctx) => !TRACKER_DEFAULT.test(value) && TRACKER_TEXT.test(ctx.text),
    envName: 'TRACKER_PASSWORD',
    docsUrl: 'https://www.traccar.org/protocols/',
    revocationNote: 'Send the tracker a new password change command from the fleet phone, and keep the password in the fleet tool, not in set-up notes.',
    examples: {
      positives: (g) => [`2. Change password: \`password123456 ${g.s(tracker(g))}\``, `PWD,666666,${g.s(tracker(g))}#`],
      negatives: (g) => [`password123456 123456`, `Your password${g.digits(6)} reset link`, `The password is 6 digits: 123456`],
    },
  },
  {
    ...base,
    id: 'gps-tracker-sms-command-password',
    description: "GPS tracker's password written in front of an SMS command (TK103 `apn<pw> internet`, `adminip<pw> host port`)",
    keywords: ['adminip', 'apn', 'begin', 'noadmin', 'fix0', 'fix1', 'gprs', 'tracker', 'monitor', 'imei', 'nofix'],
    keywordWindow: { before: 0, after: 20 },
    pattern: /(?<![A-Za-z0-9])(?:adminip|apn|begin|admin|noadmin|fix\d{3}[smh]\*{3}n|gprs|tracker|monitor|imei|nofix)(?<secret>\d{6})(?![0-9A-Za-z])/i,
    // The whole text is searched only when a command-shaped match is found: most texts with `password` or `monitor`
    // hold none, and a search of each of them up front cost more than both rules' regexes.
    validate: (value, ctx) => !TRACKER_DEFAULT.test(value) && TRACKER_TEXT.test(ctx.text),
    envName: 'TRACKER_PASSWORD',
    docsUrl: 'https://www.traccar.org/protocols/',
    revocationNote: 'Send the tracker a new password change command from the fleet phone, and keep the password in the fleet tool, not in set-up notes.',
    examples: {
      positives: (g) => {
        const pw = tracker(g);
        return [`adminip${g.s(pw)} 203.0.113.7 5023\napn${g.s(pw)} internet.example`, `begin${g.s(pw)}\nfix030s***n${g.s(pw)}`];
      },
      negatives: () => ['begin123456\napn123456 internet.example', 'apn1 internet, gprs2 settings', 'imei123456 in the log without any tracker setup'],
    },
  },
];
