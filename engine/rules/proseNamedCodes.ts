// Digit codes named by a word that only names an access code: `passcode X`, `unlock code X`, `master code stays X`,
// `release code for staff: X`, `SIM PUK X`, `Zahlencode X`, `Backup-Code X`, `门禁密码X`, and a code or PIN named
// with what it opens (`the code for the side entrance is X`, `le code du coffre … : X`, `admin pin for the printers
// is X`). The PIN, door-code and device-code rules want their own words; these names carry no device of their own.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { base, foldedKeywords, lineAround, looksLikeCode, proseApplies } from './prose';
import { realPin } from './proseCodes';

/** Names that mean an access code by themselves. */
const CODE_NAME =
  "(?:pass[ \\t]?code|unlock[ \\t]code|master[ \\t]?code|release[ \\t]code|access[ \\t]code|entry[ \\t]code|(?:zoom|meeting|webex)[ \\t]host[ \\t]key|pairing[ \\t]code|backup[ \\t-]?codes?|PUK(?:[ \\t-]?(?:code|kod|Code))?|zahlencode|zugangscode|entsperrcode|freigabecode|code[ \\t\\r\\n]{1,2}d['’]acc[èe]s|code[ \\t]de[ \\t]d[ée]verrouillage|c[óo]digo[ \\t]de[ \\t]acces?so|codice[ \\t]di[ \\t](?:accesso|sblocco)|kod[ \\t]dost[ęe]pu|ontgrendelcode|код[ \\t]доступа)";
/** The same in scripts written without blanks between words. */
const CJK_NAME = '(?:门禁密码|门锁密码|백업[ \\t]?코드|バックアップコード|도어락[ \\t]번호)';
/** What a code or PIN opens, named after it (`code for the side entrance`, `code du coffre`, `pin for the printers`). */
const OPENED =
  '(?:entrance|entry|building|server[ \\t]room|room|printers?|copier|scanner|kiosk|tablet|ipad|safe|vault|cabinet|locker|gate|door|alarm|panel|padlock|garage|shed|warehouse|porte|entr[ée]e|immeuble|bureau|salle|coffre|imprimantes?|photocopieur|alarme|portail|casier|cadenas|local|puerta|edificio|oficina|sala|caja[ \\t]fuerte|impresoras?|esc[áa]ner|alarma|taquilla|candado|garaje|pista|porta|ingresso|portone|ufficio|cassaforte|stampanti?|allarme|lucchetto|t[üu]r|eingang|b[üu]ro|raum|tresor|drucker|alarmanlage|port[ãa]o|cofre|impressora|cadeado)';
const CODE_OF = `(?:codes?|c[óo]digo|codice|code[ \\t]PIN|[Pp]in|PIN)[ \\t]{1,2}(?:for|of|du|des|de|del|della|dello|do|da|für|voor|van)(?:[ \\t]{1,2}(?:the|la|le|les|l'|el|il|lo|a|o|der|die|das|den|het|de))?[ \\t']{0,2}(?:[\\p{L}]{2,12}[ \\t]){0,2}${OPENED}`;
const NAME = `(?:(?<![\\p{L}\\p{N}_-])(?:${CODE_NAME}|${CODE_OF})(?![\\p{L}])|${CJK_NAME})`;
const NAMES = new RegExp(NAME, 'giu');

/** A code: 4 to 10 digits, or two groups of four (a printed backup code). */
const PATTERN = new RegExp(`${NAME}(?<between>[^\\n0-9]{0,48}?(?:[0-9]{1,2}[^\\n0-9]{1,24}?)?)(?<![0-9])(?<secret>[0-9]{4}[-_][0-9]{4}|[0-9]{4,10})(?![0-9\\p{L}_/-])(?![.,:][0-9\\p{L}])`, 'iu');

/** What gives the code after its name: a separator or a verb, perhaps emphasis or an opening quote after it. */
const GIVES =
  /(?:[:：=→–—-]|::|(?<![\p{L}])(?:is|was|stays|remains|still|now|to|ist|bleibt|lautet|war|é|era|es|est|c'est|c’est|è|är|er|je|jest|on|equals|это)|は|는|은)[ \t]{0,3}(?:\*\*|__|<(?:strong|b|code)>|[`"'“«(「])?$/u;
/** Nothing but blanks or emphasis between the name and the code (`passcode X`, `Zahlencode **X**`). */
const ADJACENT = /^[ \t]{0,3}(?:\*\*|__|<(?:strong|b|code)>|[`"'“«(「])?$/u;

/** Numbers that are not codes anywhere on the line: errors, sizes, counts of digits, lengths of time. */
const NOT_A_CODE_LINE =
  /\b(?:error|fault|fehler|erreur|warning|status|event|sensor|http|exit|return|postal|zip|digits?|characters?|chars?|length|attempts?|tries|stellen|chiffres|d[ií]gitos|cifre|expires?|valid|timeout|seconds|minutes|example|e\.g|z\.b|beispiel|exemple|ejemplo|default|standard)\b/i;
/** A label right before the digits that makes them an id or a number (`ticket 5521`, `room 4411`). */
const ID_BEFORE = /\b(?:number|nummer|no|nr|ticket|order|invoice|ref|id|ext|tel|phone|serial|version|build|port|vlan)\b[ \t.:#-]*$|\b(?:room|floor)[ \t#]*$/i;
const UNIT_AFTER = /^[ \t]?(?:%|°|€|\$|£|mm|cm|km|kg|mah|px|ms|s\b|sec|min|hours?|days?|years?|times|users?|bytes?|bits?|kb|mb|gb|lines?|rows?|eur|usd)/i;
/** A year or a date written as digits (`20241101`). */
const DATE = /^(?:19|20)[0-9]{2}(?:(?:0[1-9]|1[0-2])(?:[0-3][0-9])?)?$/;

function validateNamedCode(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const digits = value.replace(/[-_]/g, '');
  if (!realPin(digits) || DATE.test(digits) || /^(.)\1+$/.test(digits)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  // The name may end on the line above (`avec le code\nd'accès X`): look back from the value over both lines.
  const before = ctx.text.slice(Math.max(0, lineStart - 200), ctx.start);
  NAMES.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let w = NAMES.exec(before); w !== null; w = NAMES.exec(before)) last = w;
  if (last === null) return false;
  const between = before.slice(last.index + last[0].length);
  // A quoted key (`"passcode": 20202021`): structured data for the keyed rules (a Matter device's setup passcode).
  if (/["']$/.test(before.slice(0, last.index)) && /^["']/.test(between)) return false;
  if (between.includes('\n') || /[.!?。][ \t]+\S/.test(between) || ID_BEFORE.test(between)) return false;
  // A grouped code is a printed backup code only.
  if (/[-_]/.test(value) && !/backup|백업|バックアップ/i.test(last[0])) return false;
  const adjacent = ADJACENT.test(between);
  // A name alone may stand right before its code; a code named by what it opens needs its verb or separator.
  if (!(GIVES.test(between) || (adjacent && !/[ \t](?:for|of|du|des|de|del|della|dello|do|da|für|voor|van)[ \t]/i.test(last[0])))) return false;
  if (NOT_A_CODE_LINE.test(line) || UNIT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 10))) return false;
  // A time of day (`the release code runs at 0630`).
  return !/\b(?:at|um|à|alle|om|from|until|by|before|after|since|in)\b[ \t]{0,3}$/i.test(between);
}

/** A line that names backup codes and lists them: the name, a colon, then only codes and their separators up to the value. */
const BACKUP_LIST_BEFORE = /(?:backup[ \t-]?codes|backup[ \t-]?code[ \t]list)[ \t]{0,2}:?[ \t]{0,3}(?:[0-9]{4}[-_][0-9]{4}[ \t]{0,2}[,;/ ][ \t]{0,2}){1,9}$/i;

function validateListedBackupCode(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || looksLikeCode(ctx) || !realPin(value.replace(/[-_]/g, ''))) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  return BACKUP_LIST_BEFORE.test(
    line
      .slice(0, ctx.start - lineStart)
      .replace(/\\n/g, '\n')
      .split('\n')
      .pop() ?? '',
  );
}

const code = (g: ExampleGen, n = 6) => `${g.pick(['4', '7', '2', '9'])}${g.pick(['81', '06', '53', '39'])}${g.digits(n - 3)}`;

export const proseNamedCodeRules: Rule[] = [
  {
    ...base,
    id: 'prose-named-code',
    description: 'A digit code under a name that only means an access code (passcode X, unlock code X, SIM PUK X, Zahlencode X, the code for the side entrance is X)',
    keywords: foldedKeywords([
      'passcode',
      'pass code',
      'unlock code',
      'master code',
      'mastercode',
      'release code',
      'access code',
      'entry code',
      'zoom host key',
      'meeting host key',
      'pairing code',
      'backup code',
      'backup-code',
      'backupcode',
      'puk',
      'zahlencode',
      'zugangscode',
      'entsperrcode',
      'freigabecode',
      "d'accès",
      'd’accès',
      'de déverrouillage',
      'código de acceso',
      'código de acesso',
      'codigo de acceso',
      'codigo de acesso',
      'codice di accesso',
      'codice di sblocco',
      'kod dostępu',
      'kod dostepu',
      'ontgrendelcode',
      'код доступа',
      '门禁密码',
      '门锁密码',
      '백업 코드',
      '백업코드',
      'バックアップコード',
      '도어락 번호',
      'code for the',
      'code of the',
      'code du ',
      'code des ',
      'code de la ',
      "code de l'",
      'code pin',
      'código de',
      'código del',
      'codigo de',
      'codigo del',
      'codice del',
      'codice della',
      'pin for the',
      'pin des ',
      'pin du ',
      'pin de la ',
      'code für ',
      'code voor ',
      'código do ',
      'código da ',
    ]),
    keywordWindow: { before: 16, after: 140 },
    pattern: PATTERN,
    validate: validateNamedCode,
    examples: {
      positives: (g) => [
        `- Printer release code for staff: ${g.s(code(g, 5))}`,
        `Type the kiosk unlock code **${g.s(code(g))}**.`,
        `Facilities reset the panel; the master code stays ${g.s(code(g))} and is only known to the office manager.`,
        `and the SIM PUK for the work phone, it locked itself: ${g.s(code(g, 8))}`,
        `4. Tresor im Büro: Zahlencode ${g.s(code(g))}`,
        `Falls nach einem Code gefragt wird, nimm den Backup-Code ${g.s(code(g))}.`,
        `meeting id 455 0925 2143, passcode ${g.s(code(g))}`,
        `* **Building door:** the code for the side entrance is ${g.s(code(g, 5))}. It changes every quarter.`,
        `Le code du coffre de la salle serveur a aussi été changé : ${g.s(code(g, 8))}`,
        `el código de la puerta de la pista 3 es ${g.s(code(g, 8))}`,
        `- Le code PIN des imprimantes du 2e étage est ${g.s(code(g))}.`,
        `admin pin for the printers is ${g.s(code(g))}, the web ui login is on the wiki`,
        `5. 门禁密码 ${g.s(code(g))}`,
        `OTP 앱을 옮겼는데 백업 코드 ${g.s(code(g, 4))} 도 안 됩니다.`,
        `Zoom host key for the main room: ${g.s(code(g))}`,
      ],
      negatives: (g) => [
        'Choose a passcode of at least 6 digits.',
        'The passcode 123456 is refused by the app.',
        'The access code expires after 600 seconds.',
        'Enter the unlock code (default 0000) when asked.',
        'Release code 2024 and later use the new API.',
        'The code for the error is 4012, see the manual.',
        `Le code du projet ${g.digits(5)} est dans Jira.`,
        'The backup codes are printed once; keep them in the safe.',
        'Pairing code: shown on the TV screen.',
        'the code for the gate changes at 0600 every day',
        `PUK ticket ${g.digits(6)} resolved.`,
        'the master code was set in 20240105',
        `code for the door: ticket ${g.digits(6)}`,
        `  "passcode": ${code(g, 8)},`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-backup-code-listed',
    description: 'A printed backup code listed after the first one on its line (backup codes: X, Y, Z)',
    keywords: ['backup code', 'backup-code', 'backupcode'],
    keywordWindow: { before: 0, after: 140 },
    pattern: /(?<![\p{L}\p{N}_-])(?<secret>[0-9]{4}[-_][0-9]{4})(?![0-9\p{L}_-])/u,
    validate: validateListedBackupCode,
    examples: {
      positives: (g) => [
        `- Cloud root account backup codes: ${code(g, 4)}-${code(g, 4)}, ${g.s(`${code(g, 4)}-${code(g, 4)}`)}, ${g.s(`${code(g, 4)}-${code(g, 4)}`)}`,
        `2FA Backup-Codes: ${code(g, 4)}_${code(g, 4)} ${g.s(`${code(g, 4)}_${code(g, 4)}`)}`,
      ],
      negatives: (g) => [`Backup codes: 1234-5678, 0000-0000`, `backup codes are in the vault; ticket ${g.digits(4)}-${g.digits(4)}`],
    },
  },
];
