// A note kept as a list of logins (`notes/home.txt`, a sticky note, a handover list): several short lines, each a
// service or device and its password or code (`wifi: X`, `netflix - X`, `router admin X`, `kids ipad 025653`,
// `aws console   marek.n  X`). No line names a password on its own; the list does, by the credential words of its
// lines (wifi, pin, admin, login, code …), its title or its file's name. The value must look chosen as a password
// (or be a PIN beside a device or code word), and two values of the list must, so that notes of other things
// (`printer ink model HP 305XL`, `dentist 10:30`) stay quiet.
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, foldedKeywords, lineAround, looksLikeCode, proseApplies, prosePassword, strictlyRandom } from './prose';
import { chatPath, lettersAndDigits, mixedCaseRun, passphraseShaped, passwordShaped } from './proseFollowup';
import { passwordListPath } from './prosePasswordList';

/** A bullet, a numbered item or a checkbox before the line's name. */
// Indented lines without one are nested data (YAML, a log's dump), not a note's list.
const BULLET = /^(?:[ \t]{0,8}(?:[-*•+][ \t]{1,3}(?:\[[ xX]\][ \t]{1,3})?|[0-9]{1,2}[.)][ \t]{1,3})|[ \t]?)/;
/** A remark in parentheses after the value (`(2fa on phone)`, `(case sensitive)`). */
const NOTE = /[ \t]{1,40}\([^()\n]{1,40}\)[ \t]{0,40}$/;
/** The separator between a name and its value: a colon, an arrow, an equals sign or a dash between blanks. */
// Not `=`: `key = value` is a setting of a config or a dump.
const SEPARATOR = /[ \t]{0,8}(?:[:：](?=[ \t]|$)|->|→|[ \t][-–—](?=[ \t]))[ \t]{0,8}/;
/**
 * A name: a service, a device or an account, 1–4 words (`router admin`, `Wifi "Bramble"`, `Roblox (Leo)`). Not an
 * identifier (`sso_region`, `Telemetry.InstallId`, `publishableKey`): those are keys of a config or a dump.
 */
const NAME = /^[\p{L}"'“][\p{L}\p{N} '’"“”()&+@-]{0,39}$/u;
const CAMEL = /\p{Ll}\p{Lu}/u;
/** A last word that makes the name part of a sentence, not the label of a line (`the password is X`). */
const SENTENCE_END = /(?:^|[ \t])(?:is|are|was|were|to|the|a|an|and|or|with|of|for|in|on|at|by|from|it|be|ist|est|es|é|è|to|je|jest)$/i;

export interface ListLine {
  name: string;
  /** A user between the name and the value (`router login: admin X`, `Roblox: leo / X`), or ''. */
  user: string;
  value: string;
  /** Where the value starts in the line. */
  valueAt: number;
}

/** Reads a line as `name [user] value`, or undefined when it is no such line. */
export function parseListLine(raw: string): ListLine | undefined {
  const line = raw.replace(/\r$/, '');
  if (line.length > 120) return undefined;
  const bullet = BULLET.exec(line)![0];
  // A label in bold (`**Box office Wi-Fi:** X`): read as `Box office Wi-Fi: X`, blanks kept in place of the marks.
  let body = line.slice(bullet.length).replace(/^\*\*([^*\n]{1,60}?[:：])\*\*(?=[ \t])/, '  $1  ');
  const note = NOTE.exec(body);
  if (note) body = body.slice(0, note.index);
  body = body.trimEnd();
  // The last run of non-blanks, at most 128 long (as `/[^ \t]{1,128}$/` reads it, without trying every position).
  let at = body.length;
  while (at > 0 && body.length - at < 128 && body.charCodeAt(at - 1) !== 0x20 && body.charCodeAt(at - 1) !== 0x09) at--;
  if (at === body.length || at === 0) return undefined;
  const value = body.slice(at);
  const head = body.slice(0, at);
  let name: string;
  let mid: string;
  const sep = SEPARATOR.exec(head);
  if (sep) {
    name = head.slice(0, sep.index);
    mid = head.slice(sep.index + sep[0].length);
  } else {
    // Columns aligned with blanks (`aws console   marek.n  X`): the first column names, a second one is the user.
    const gap = /[ \t]{2,}/.exec(head.trimEnd());
    name = gap ? head.slice(0, gap.index) : head;
    mid = gap ? head.slice(gap.index + gap[0].length) : '';
  }
  name = name.trim();
  mid = mid.trim();
  // The user, perhaps quoted or followed by its own separator (`leo_builds /`, `helen —`).
  if (mid !== '' && !/^[`"']?[^\s`"']{1,64}[`"']?(?:[ \t]{0,2}(?:\/|[-–—|:]))?$/.test(mid)) return undefined;
  // A remark in brackets may hold a model (`Lichtpult (grandMA3)`), and a name of several words a network's own name
  // (`Bühnen-WLAN Bellavista_Staff`); one word with `_` is an identifier.
  const plain = name.replace(/\([^()]{0,40}\)/g, '');
  if (!(NAME.test(name) || (/[ \t]/.test(name) && NAME.test(name.replace(/_/g, '-')))) || CAMEL.test(plain) || name.split(/[ \t]+/).length > 4 || SENTENCE_END.test(name)) return undefined;
  return { name, user: mid.replace(/[ \t]{0,4}(?:\/|[-–—|:])$/, '').replace(/^[`"']|[`"']$/g, ''), value, valueAt: bullet.length + at };
}

/** Credential words in a line's name or user: the line is a login (`wifi`, `router admin`, `bank pin`, `NAS root`). */
const CUE =
  /(?<![\p{L}])(?:wi-?fi|wlan|pin|puk|passcode|pass(?:word|wort|phrase)?|pw|pwd|psk|login|admin|root|code|alarm|keypad|padlock|acct|account|creds?|kennwort|passwort|zugang|senha|contraseña|clave|mdp)(?![\p{L}])/iu;
/** A title or file name that says the text lists logins or codes. */
const LIST_TITLE = /(?<![\p{L}])(?:passwords?|passwörter|kennwörter|logins?|accounts?|codes|pins|creds|credentials|zugänge|zugangsdaten|accesos|acessos|identifiants|access)(?![\p{L}])/iu;
/** A paste's first line that titles it as a list of passwords (`Passwords`, `## Passwörter:`). */
const PASSWORDS_TITLE = /^[ \t#*]{0,6}(?:passw(?:o|ö)r(?:d|t)(?:s|er|e)?|kennw(?:o|ö)rter)[ \t:*]{0,4}\r?\n/i;
/** Names whose value is no secret: an identifier, a number, an address, a model (`wifi name`, `serial`, `phone number`). */
const NOT_SECRET_NAME =
  /(?<![\p{L}])(?:ssid|name|names|user|username|userid|id|serial|s\/n|model|version|ver|firmware|build|ip|host|hostname|url|domain|server|port|mac|imei|iban|bic|swift|sort code|routing|account (?:no|number)|number|no\.?|nr\.?|tel|fax|mobile|cell|ext|room|floor|zip|postcode|plz|date|time|expires?|valid|size|price|cost|qty|asset|invoice|order|ticket|case|customer|tracking|plate|licen[cs]e|ref|reference|e-?mail|mail)(?![\p{L}])/iu;
/** A device or thing a PIN opens (`kids ipad`, `phone`, `safe`, `gate`). */
const PIN_NAME = /(?<![\p{L}])(?:pin|puk|code|passcode|alarm|keypad|safe|gate|garage|door|padlock|lock|locker|ipad|iphone|phone|tablet|laptop|sim|voicemail|bank|card|atm|tresor|digicode)(?![\p{L}])/iu;

/** A PIN: four to eight digits, not a year, a run or one digit repeated. */
const pinShaped = (value: string) => /^[0-9]{4,8}$/.test(value) && !/^(?:19|20)[0-9]{2}$/.test(value) && !/^(\d)\1+$/.test(value) && !'0123456789'.includes(value) && !'9876543210'.includes(value);

/**
 * Not a chosen password: a digest or commit (hex), a UUID, a region or zone (`eu-west-1`), an address, a path or a
 * reference (`quay.io/x:1.2`, `sync@b59b351a`, `action@v3`), a list's item (`…]`).
 */
const NOT_PASSWORD = (v: string) =>
  /^[0-9a-f]{7,}$/i.test(v) ||
  /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(v) ||
  /^[a-z]{2,}(?:-[a-z]+)*-[0-9]{1,2}[a-z]?$/.test(v) ||
  /[/\\[\]{}]|:|@(?:v[0-9]|[0-9a-f]{6,}$)/i.test(v) ||
  /^[\w-]+(?:\.[\w-]+)+\.[a-z]{2,}$/i.test(v);

/** Capitals and digits only, short: a model, a part or a customer number (`WRT54GL`, `K-33679492`), not a chosen password. */
const idShaped = (value: string) => /^[A-Z0-9._-]{1,14}$/.test(value);

/**
 * Looks chosen as a password (or, beside a device or code word, is a PIN). `loose`: as evidence that the text is a
 * list of logins, where `Xbox PIN: <a year>` counts although a year is not reported as a PIN.
 */
function secretShaped(line: ListLine, loose = false): boolean {
  const v = shapedValue(line.value);
  // A PIN beside the thing it opens; not an old one (`old laptop pin`), which no longer opens it.
  if (/^[0-9]+$/.test(v))
    return (loose ? /^[0-9]{4,8}$/.test(v) : pinShaped(v)) && PIN_NAME.test(line.name) && !/[0-9]{3}/.test(line.name) && !/(?<![\p{L}])(?:old|former|previous|alte[rs]?)(?![\p{L}])/iu.test(line.name);
  return valueShaped(v);
}

/** The value as its shape is read: a full stop after a word is the end of the note (`admin MeinBiscuit.`). */
const shapedValue = (value: string) => value.replace(/^[`"'“]|[`"'”]$/g, '').replace(/(?<=[A-Za-z]{3})\.$/, '');

/** A value of more than digits that looks chosen as a password, whatever its line's name. */
function valueShaped(v: string): boolean {
  if (idShaped(v) || NOT_PASSWORD(v) || /^v?[0-9]+(?:\.[0-9]+){1,3}/.test(v)) return false;
  return passwordShaped(v) || lettersAndDigits(v) || passphraseShaped(v) || strictlyRandom(v) || mixedCaseRun(v);
}

/** The lines of the list around the value's line: up to 12 each way, to a heading or two blank lines. */
function listAround(text: string, lineStart: number): { lines: string[]; title: string } {
  const lines: string[] = [];
  let title = '';
  // Upwards.
  let end = lineStart - 1;
  let blanks = 0;
  for (let i = 0; i < 12 && end > 0; i++) {
    const start = lineStartNear(text, end, end - 300);
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim() === '') {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (/^[ \t]{0,3}#{1,6}[ \t]/.test(line)) {
      title = line;
      break;
    }
    lines.push(line);
    title = line;
  }
  // Downwards.
  // Bounded like the look upwards: a minified line is read 300 characters at a time, never to its end per hit.
  let from = lineEndNear(text, lineStart, lineStart + 400);
  if (from < text.length && text.charCodeAt(from) !== 10) return { lines, title };
  blanks = 0;
  for (let i = 0; i < 12 && from < text.length; i++) {
    const to = lineEndNear(text, from + 1, from + 301);
    const line = text.slice(from + 1, to).replace(/\r$/, '');
    // A line longer than that is no list line: the list ends with it.
    if (to < text.length && text.charCodeAt(to) !== 10) {
      lines.push(line);
      break;
    }
    from = to;
    if (line.trim() === '') {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (/^[ \t]{0,3}#{1,6}[ \t]/.test(line)) break;
    lines.push(line);
  }
  return { lines, title };
}

/** A job's or a program's log (`logs/oidc-debug.txt`, `build.log`): its lines are output (`Run aws sts get-caller-identity`), not a note's. */
const LOG_PATH = /(?:^|[\\/])logs?[\\/]|\.log$/i;

function validateListLine(value: string, ctx: MatchContext, passwordFileRule: boolean): boolean {
  if (!chatPath(ctx.path, false) || !proseApplies(ctx) || looksLikeCode(ctx) || LOG_PATH.test(ctx.path ?? '')) return false;
  // The shape of the value alone first (secretShaped's strict test reads it so): most last words of a line are words
  // or numbers, refused here before their line is read.
  const v = shapedValue(value);
  if (/^[0-9]+$/.test(v) ? !pinShaped(v) : !valueShaped(v)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const own = parseListLine(line);
  if (own === undefined || own.valueAt !== ctx.start - lineStart || own.value !== value) return false;
  if (NOT_SECRET_NAME.test(own.name) && own.user === '') return false;
  // A sentence's last word and its exclamation or question mark (`Herzlich willkommen im Hotel Alpenrose!`): a line of
  // three words or more without a separator is a letter's greeting, not a list's name and value.
  if (/^\p{L}+[!?]$/u.test(value) && own.name.split(/[ \t]+/).length >= 3 && !SEPARATOR.test(line.slice(0, own.valueAt))) return false;
  if (!secretShaped(own)) return false;
  if (!/^[0-9]+$/.test(value) && !prosePassword(value.replace(/^[`"'“]|[`"'”]$/g, ''), ctx)) return false;
  // The list: enough lines of the same shape, two values that look chosen, and credential words naming it a list of logins.
  const { lines, title } = listAround(ctx.text, lineStart);
  let listLines = 1;
  let shaped = 1;
  let cues = CUE.test(own.name) || CUE.test(own.user) ? 1 : 0;
  for (const l of lines) {
    const parsed = parseListLine(l);
    if (parsed === undefined) continue;
    listLines++;
    if (secretShaped(parsed, true)) shaped++;
    if (CUE.test(parsed.name) || CUE.test(parsed.user)) cues++;
  }
  if (passwordFileRule) {
    // A file named as a list of passwords (or a paste whose first line titles it so): its name is the label.
    const passwordFile = passwordListPath(ctx.path) || (ctx.path === undefined && PASSWORDS_TITLE.test(ctx.text.slice(0, 40)));
    return passwordFile && listLines >= 3 && shaped >= 2;
  }
  const fileName = ctx.path === undefined ? '' : ctx.path.replace(/^.*[\\/]/, '');
  const named = LIST_TITLE.test(title) || LIST_TITLE.test(fileName);
  // Two lines are a list when both name a login (`- Wifi "Bramble": X` / `- Shed padlock: 1234`).
  return (listLines >= 3 || cues >= 2) && shaped >= 2 && (cues >= 2 || (named && cues >= 1));
}

/** The last word of a line, after a blank or a separator; a remark in parentheses may follow it. */
const LAST_WORD = /(?<![^\s:：>→=])(?<secret>[^\s"'`<>]{4,64})(?=[ \t]{0,40}(?:\([^()\n]{1,40}\)[ \t]{0,40})?\r?$)/m;

const service = (g: ExampleGen) => g.pick(['work laptop', 'outlook', 'aws console', 'github', 'home router']);

const device = (g: ExampleGen) => g.pick(['wifi', 'router admin', 'bank pin', 'alarm code', 'NAS root']);

export const proseLoginListRules: Rule[] = [
  {
    ...base,
    id: 'prose-login-list-line',
    appliesToPath: (path) => chatPath(path, false),
    description: 'A line of a note kept as a list of logins (wifi: X, netflix - X, router admin X, kids ipad PIN) named as such by its credential words, title or file name',
    keywords: ['wifi', 'wi-fi', 'wlan', 'pin ', 'pin:', ' pin', 'puk', 'passcode', 'passw', 'pw ', 'pw:', 'pwd', 'psk', 'login', 'admin', 'root', 'code', 'alarm', 'keypad', 'account', 'acct', 'creds', 'kennw'],
    keywordWindow: { before: 900, after: 900 },
    pattern: LAST_WORD,
    validate: (value, ctx) => validateListLine(value, ctx, false),
    examples: {
      positives: (g) => [
        `wifi: ${g.s(humanPassword(g))}\nnetflix - ${g.s(g.alnum(6) + '#' + g.digits(2))}\nbank pin ${g.s('73' + g.digits(2))}\nprinter ink model HP 305XL\n`,
        `router admin ${g.s(g.alnum(10) + '7')}\nkids ipad ${g.s('58' + g.digits(4))}\nalarm code: ${g.s('94' + g.digits(2))}\n`,
        `TODO\n- router login: admin ${g.s(humanPassword(g))}\n- NAS: ${g.s(g.alnum(8) + '-' + g.digits(4))}\n- ipad PIN ${g.s('61' + g.digits(4))}\n`,
        // Labels in bold, a network's name before the slash (rw-dev26's festival wiki).
        `# IT & network\n\n**Production office Wi-Fi:** HF-Prod / ${g.s(humanPassword(g))}\n**Box office Wi-Fi:** HF-BoxOffice / ${g.s(humanPassword(g))}\n`,
        // A network's own name with \`_\` in a name of several words (rw-dev26).
        `# Technik-Zugänge\n\n- Dante-Netz: Switch-Admin ${g.s(humanPassword(g))}\n- Bühnen-WLAN Bellavista_Staff: ${g.s(humanPassword(g))}\n`,
      ],
      negatives: (g) => [
        // PLC operands beside tag names in commissioning notes (rw-dev20).
        `Zugaenge: WinCC admin siehe Tresor\n\nAdressen:\n  Kesseldruck         %MW${g.digits(3)}\n  Speisewasserpumpe   DB${g.digits(2)}.DBD${g.digits(2)}\n`,
        `${device(g)}: see the vault\nnetflix - ask mum\nprinter ink model HP 305XL\n`,
        `Server inventory\nweb-01: ${g.upper(3)}${g.digits(6)}\nweb-02: ${g.upper(3)}${g.digits(6)}\ndb-01: ${g.upper(3)}${g.digits(6)}\n`,
        `wifi name: FRITZ!Box ${g.digits(4)}\nrouter serial: ${g.alnum(10)}7\nrouter model: ${g.upper(3)}${g.digits(3)}\n`,
        `Build matrix\nnode: v${g.digits(2)}.1.0\npython: 3.${g.digits(2)}\nadmin ui: enabled\n`,
        // Identifiers of one word with \`_\` or in camel case stay keys of a dump, in bold or not.
        `**sso_region:** eu-west-${g.digits(1)}\n**admin_role:** ${g.alnum(10)}7\n**wifiPassword:** ${g.alnum(9)}7\n`,
        // A welcome letter's greeting above its Wi-Fi lines (rw-dev26).
        `Herzlich willkommen im Hotel ${g.pick(['Alpenrose', 'Seeblick', 'Edelweiss'])}!\n\nAlarm code: ${2000 + 24}\nSafe pin: ${2000 + 25}\n`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-password-file-line',
    // prose-password-list-line reads `service value` lines of one word; this one the columns of such a file.
    appliesToPath: (path) => path === undefined || passwordListPath(path),
    description: 'A line of a file named as a list of passwords (passwords.txt) whose names have several words or whose columns are aligned with blanks (work laptop   X, aws console   user  X)',
    // The file's name is the label: the separators and the alignment of its lines wake the rule.
    keywords: ['   ', ' - ', ' / ', ...foldedKeywords([' → ', ' – ', ' — '])],
    keywordWindow: { before: 200, after: 200 },
    pattern: LAST_WORD,
    validate: (value, ctx) => validateListLine(value, ctx, true),
    examples: {
      positives: (g) => [
        `Passwords\n\n${service(g)}   ${g.s(humanPassword(g))}\njira          sso\n${service(g)}   ${g.s(humanPassword(g))}   (2fa on phone)\n`,
        `Passwords\nwork laptop   ${g.s(humanPassword(g))}\noutlook       ${g.s(humanPassword(g))}\naws console   marek.n  ${g.s(g.lower(6) + '-' + g.lower(6) + '-' + g.lower(4) + g.digits(2))}\n`,
      ],
      negatives: (g) => [
        `Passwords\n${service(g)}   same as laptop\njira          sso\nold laptop serial ${g.upper(3)}${g.digits(7)}\n`,
        `Shopping list\nwork laptop   ${humanPassword(g)}\noutlook       ${humanPassword(g)}\ngithub        ${humanPassword(g)}\n`,
      ],
    },
  },
];
