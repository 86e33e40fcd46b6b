// FHEM (the Perl home-automation server) keeps its credentials in fhem.cfg as commands: `set <device> password <v>`
// stores a device's password (FRITZBOX, MQTT2_CLIENT, …), often written into the file or a comment as the command
// to type, and `attr <web> basicAuth <base64 of user:password>` protects FHEMWEB (rw-dev11). No key name says so.
import type { MatchContext, Rule } from '../types';
import { passwordVerdict } from '../validators/secretValue';

/** A text that is FHEM's: its config file, or its command and module words. */
function isFhemText(ctx: MatchContext): boolean {
  return /(?:^|[\\/])fhem[^\\/]*$|[\\/]fhem[\\/]/i.test(ctx.path ?? '') || /\bdefine[ \t]{1,4}\w{1,60}[ \t]{1,4}(?:FHEMWEB|MQTT2_\w{1,20}|FRITZBOX|TelegramBot)\b/.test(ctx.text.slice(0, 20000));
}

function decodesToLogin(value: string): boolean {
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  const m = /^([\x21-\x39\x3b-\x7e]{1,64}):([\x20-\x7e]{4,128})$/.exec(decoded);
  return m !== null && passwordVerdict(m[2]!, 'password') === undefined;
}

export const fhemConfigRules: Rule[] = [
  {
    id: 'fhem-set-password',
    provider: 'FHEM',
    family: 'credential-file',
    priority: 'context',
    description: "Device password stored with FHEM's `set <device> password <value>` in fhem.cfg (or the command written in a comment)",
    keywords: ['fhem', 'fritzbox', 'mqtt2_'],
    pattern: /(?:^|\n)[ \t]{0,8}(?:#[^\n]{0,60}?[ \t])?set[ \t]{1,4}[A-Za-z0-9_.]{1,60}[ \t]{1,4}password[ \t]{1,4}(?<secret>[^\s]{4,128})[ \t]*(?=\r?\n|$)/,
    validate: (secret, ctx) => !/^[$%<{]/.test(secret) && isFhemText(ctx) && passwordVerdict(secret, 'password') === undefined,
    envName: 'FHEM_DEVICE_PASSWORD',
    severity: 'error',
    docsUrl: 'https://fhem.de/commandref.html#set',
    revocationUrl: null,
    revocationNote: "Change the password on the device or service, set it again in FHEM's command field only (it is kept outside fhem.cfg), and remove the line.",
    examples: {
      positives: (g) => [
        `# fhem.cfg\ndefine mqtt MQTT2_CLIENT 192.168.178.5:1883\nattr mqtt username fhem\nset mqtt password ${g.s(`${g.alnum(12)}-${g.alnum(6)}=`)}\n`,
        `define FritzBox FRITZBOX 192.168.178.1\n# Passwort setzen mit: set FritzBox password ${g.s(`Kobold${g.digits(3)}!`)}\n`,
      ],
      negatives: (g) => [
        'define mqtt MQTT2_CLIENT 192.168.178.5:1883\nset mqtt password <password>\n',
        `define mqtt MQTT2_CLIENT 192.168.178.5:1883\nset mqtt password \${MQTT_PW}\n`,
        // Outside FHEM, `set x password y` is any tool's.
        `set user password ${g.alnum(12)}\n`,
      ],
    },
  },
  {
    id: 'fhem-web-basic-auth',
    provider: 'FHEM',
    family: 'credential-file',
    priority: 'context',
    description: "FHEMWEB's basicAuth attribute (base64 of user:password) in fhem.cfg",
    keywords: ['basicauth'],
    keywordWindow: { before: 80, after: 200 },
    pattern: /(?:^|\n)[ \t]{0,8}attr[ \t]{1,4}[A-Za-z0-9_.]{1,60}[ \t]{1,4}basicAuth[ \t]{1,4}(?<secret>[A-Za-z0-9+/]{8,256}={0,2})[ \t]*(?=\r?\n|$)/,
    validate: (secret, ctx) => isFhemText(ctx) && decodesToLogin(secret),
    envName: 'FHEMWEB_BASIC_AUTH',
    severity: 'error',
    docsUrl: 'https://fhem.de/commandref.html#FHEMWEB',
    revocationUrl: null,
    revocationNote: "Choose a new FHEMWEB password, set basicAuth from FHEM's allowed device (with a hash, not base64), and remove the old line.",
    examples: {
      positives: (g) => [
        `define WEB FHEMWEB 8083 global\nattr WEB basicAuth ${g.s(btoa(`admin:${g.alnum(10)}${g.digits(2)}!`))}\n`,
        `define WEBphone FHEMWEB 8084 global\nattr WEBphone basicAuth ${g.s(btoa(`fhem:${g.alnum(14)}`))}\n`,
      ],
      negatives: (g) => [
        'define WEB FHEMWEB 8083 global\nattr WEB basicAuth {"$user:$password" eq "admin:secret"}\n',
        `attr WEB basicAuth ${btoa(`admin:${g.alnum(12)}`)}\n`,
        `define WEB FHEMWEB 8083 global\nattr WEB basicAuth ${btoa('admin:admin')}\n`,
      ],
    },
  },
];
