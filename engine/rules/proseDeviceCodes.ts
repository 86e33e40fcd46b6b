// Codes for devices written in prose and notes: `alarm: X`, `the bike store padlock is X`, `safe combination X`,
// `voicemail pin for the office phone is X`, `disarm with X`, `iPad passcode is X`, `Larmkod: X`, `Kasa şifresi X`,
// `会議室の暗証番号は X`. The PIN and door-code rules want the word PIN or a door with its code word; here the
// device names the code. A device that is also a thing with numbers (a phone, a tablet, a TV) needs its code word;
// a lock, alarm or safe may stand alone before a separator (a line of a notes file: `safe 220705`).
import type { ExampleGen, MatchContext, Rule } from '../types';
import { base, foldedKeywords, lineAround, looksLikeCode, proseApplies } from './prose';
import { realPin } from './proseCodes';

/** Devices whose only number worth writing beside them is their code. */
const LOCK_DEVICE =
  '(?:alarm(?:[ \\t](?:panel|system))?|burglar[ \\t]alarm|safe|padlock|(?:bike|bicycle|cable|shed|luggage|parental|gun|combination)[ \\t]lock|locker|keypad|voice[ \\t]?mail|garage(?:[ \\t]door)?|gate|disarm(?:[ \\t]it)?|tresor|kluis|kasa|larm|alarme|alarma|allarme|alarmu|cadeado|candado|lucchetto|k[łl][óo]dk[ai]|sejf|portão|portail|két[ \\t]sắt|συναγερμ[οού]ύ?|συναγερμού|暗証番号|도어락|金庫|保险箱|门禁|larmkod|portkod|dörrkod|hälytyskoodi|ovikoodi|porttikoodi|alarmcode|poortcode|alarmkode|portkode|dørkode)';
/** Things that carry other numbers (extensions, models, sizes): their code word must be written. */
const OTHER_DEVICE = '(?:phone|iphone|ipad|tablet|tv|sim|laptop|xbox|playstation|switch|kindle|projector|printer|car[ \\t]stereo|stereo|bike|door|room)';
/** The words that name the code itself. */
const CODE_WORD =
  '(?:codes?|pin|passcode|pass[ \\t]code|combo|combination|unlock[ \\t]code|master[ \\t]code|kombination|zahlenkombination|combinaison|combinación|combinazione|kombinacja|código|codice|kod|kód|koodi|kode|toegangscode|şifresi|şifre|senha|κωδικός|mã)';

/** Words of scripts written without blanks between words (`会議室の暗証番号は`) need no boundary around them. */
const CJK_LOCK = '(?:暗証番号|도어락|金庫|保险箱|门禁)';
const CJK_WORD = `(?:${CJK_LOCK}|비밀번호|パスコード)`;
const WORD = `(?:(?<![\\p{L}\\p{N}_-])(?:${LOCK_DEVICE}|${OTHER_DEVICE}|${CODE_WORD})(?![\\p{L}])|${CJK_WORD})`;
const WORDS = new RegExp(WORD, 'giu');
const LOCK_ONLY = new RegExp(`^(?:${LOCK_DEVICE}|${CJK_LOCK})$`, 'iu');
const OTHER_ONLY = new RegExp(`^${OTHER_DEVICE}$`, 'iu');

const PATTERN = new RegExp(`${WORD}(?<between>[^\\n0-9]{0,48}?)(?<![0-9])(?<secret>[0-9]{4,8})(?![0-9\\p{L}_/-])(?![.,:][0-9\\p{L}])`, 'iu');

/**
 * What may stand between the last device or code word and the digits: a few words (`in the wardrobe`, `for the car
 * park`), a parenthesis, then a separator or a verb that gives the code (`:`, `=`, `-`, `is`, `stays`, `with`,
 * `c'est`, `é`, `は`), perhaps emphasis or a quote. The words may be none when a separator follows the word.
 */
const GIVES =
  /^(?:[ \t]{1,3}[\p{L}'’]{1,16}){0,5}?[ \t]{0,3}(?:\([^()\n0-9]{0,30}\)[ \t]{0,3})?(?:(?:[:：=→]|::|[-–—]|(?<![\p{L}])(?:is|was|stays|remains|now|still|with|using|ist|bleibt|lautet|é|es|est|c'est|continua|är|er|je|jest|to|on|equals)(?![\p{L}])|は|는|은|:)[ \t]{0,3}(?:is[ \t]{1,3}|now[ \t]{1,3}|still[ \t]{1,3})?)?(?:\*\*|__|<(?:strong|b|code)>|[`"'“«(「])?$/u;

/** The separator or verb of GIVES, written. */
const SEPARATES = /[:：=→–—-]|(?<![\p{L}])(?:is|was|stays|remains|now|still|with|using|ist|bleibt|lautet|é|es|est|c'est|continua|är|er|je|jest|to|on|equals)(?![\p{L}])|は|는|은/u;

/** A list line of a notes file: the device word (or words) and the code, nothing else (`safe X`, `- alarm :: X`). */
const NOTE_LINE_PREFIX = /^[ \t]{0,8}(?:(?:[-*•+]|[0-9]{1,2}[.)])[ \t]{0,3})?(?:\[[ xX]\][ \t]{0,3})?$/;

/** Numbers that are not codes beside these words anywhere on the line: errors, sizes, counts of digits. */
const NOT_A_CODE_LINE = /\b(?:error|fault|fehler|erreur|warning|status|event|sensor|http|exit|return|postal|zip|digits?|characters?|chars?|length|attempts?|tries|resolution|mah|watt|volt)\b/i;

/** A label right before the digits that makes them an id, a number or a place (`room 4411`, `order no. 5521`). */
const ID_BEFORE =
  /\b(?:zone|area|country|dial|model|serial|firmware|version|extension|ext|tel|fax|mobile|number|nummer|no|nr|ticket|order|invoice|ref|room|floor|building|flight|boarding|terminal|platform|bus|train|route|port|vlan|ip|id|gate[ \t]+[A-Z])\b[ \t.:#-]*$/i;

/** Units and words after the digits that make them a quantity (`1200 mAh`, `4000 rpm`, `2048 px`). */
const UNIT_AFTER =
  /^[ \t]?(?:%|°|€|\$|£|mm|cm|km|kg|mah|rpm|hz|khz|mhz|ghz|w\b|kw|v\b|volts?|watts?|px|dpi|ms|s\b|sec|seconds?|min|minutes?|hours?|hrs?|days?|weeks?|years?|times|users?|items?|euros?|dollars?|eur|usd|gbp|sek|nok|pln|czk|kb|mb|gb|tb|x\b|steps?|pages?|rows?|people|calls?|messages?|devices?|zones?|sensors?|am|pm|uhr|h\b)/i;

const YEAR = /^(?:19|20)[0-9]{2}$/;

function validateDeviceCode(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || looksLikeCode(ctx) || !realPin(value)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  // The words before the value on its line: a device must be named, and a code word too unless the device is a
  // lock, an alarm or a safe (a phone or a TV has other numbers).
  WORDS.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let lock = false;
  let other = false;
  let codeWord = false;
  for (let w = WORDS.exec(before); w !== null; w = WORDS.exec(before)) {
    last = w;
    if (LOCK_ONLY.test(w[0])) lock = true;
    else if (OTHER_ONLY.test(w[0])) other = true;
    else codeWord = true;
  }
  if (last === null || !(lock || (other && codeWord))) return false;
  const between = before.slice(last.index + last[0].length);
  const lastIsCode = !LOCK_ONLY.test(last[0]) && !OTHER_ONLY.test(last[0]);
  // A separator or a verb gives the code (`alarm: X`, `the padlock is X`); a code word may stand right before it
  // (`combination 673553`, `Kasa şifresi X`); else the line is a notes line holding only the words and the code.
  const gives = GIVES.test(between) && (lastIsCode || SEPARATES.test(between));
  if (!gives) {
    // The words themselves (devices and their qualifiers, `tv parental lock`) taken off the line's head.
    let cut = before.length - between.length;
    while (cut > 0 && /[\p{L}'’ \t]/u.test(before.charAt(cut - 1))) cut--;
    const head = before.slice(0, cut);
    const rest = ctx.text.slice(ctx.end, lineStart + line.length);
    if (!(NOTE_LINE_PREFIX.test(head) && /^[ \t]{1,3}$/.test(between) && /^[ \t]{0,8}[.!]?[ \t]{0,8}\r?$/.test(rest))) return false;
  }
  if (NOT_A_CODE_LINE.test(line) || ID_BEFORE.test(between)) return false;
  // `set the alarm to 0630`: `to` gives a code only after the code's own word (`changed the safe code to X`).
  if (!lastIsCode && /(?<![\p{L}])to[ \t]{0,3}[`"'“«(]?$/u.test(between)) return false;
  if (UNIT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 10))) return false;
  // A year after a time word (`the alarm was replaced in 2019`), a time of day (`alarm at 0630`, `set to 0700`).
  if (YEAR.test(value) && /\b(?:in|on|since|until|from|to|of|im|seit|bis|en|em|desde|depuis)\b/i.test(between)) return false;
  if (/\b(?:at|um|à|a[ \t]las|alle|om|o|opens?|closes?|wake|set|sets|ring|rings|goes[ \t]off|between|from|until|till|by|before|after)\b(?:[ \t]{1,3}(?:to|for))?[ \t]{0,3}$/i.test(between)) return false;
  return true;
}

const code = (g: ExampleGen, n = 4) => `${g.pick(['4', '7', '2', '9'])}${g.pick(['81', '06', '53', '39'])}${g.digits(n - 3)}`;

export const proseDeviceCodeRules: Rule[] = [
  {
    ...base,
    id: 'prose-unlock-code',
    description: 'A code for a lock, alarm, safe or device written beside it in prose or notes (alarm: X, the padlock is X, safe combination X, voicemail pin … is X, Larmkod: X)',
    keywords: foldedKeywords([
      'alarm',
      'safe',
      'padlock',
      ' lock',
      'locker',
      'keypad',
      'voicemail',
      'voice mail',
      'garage',
      'gate',
      'disarm',
      'tresor',
      'kluis',
      'kasa',
      'larm',
      'cadeado',
      'candado',
      'lucchetto',
      'kłódk',
      'klodk',
      'sejf',
      'portão',
      'portail',
      'két sắt',
      'συναγερμ',
      '暗証番号',
      '도어락',
      '金庫',
      '保险箱',
      '门禁',
      'passcode',
      'pass code',
      'combo',
      'combination',
      'kombination',
      'combinaison',
      'combinación',
      'combinazione',
      'kombinacja',
      'unlock code',
      'master code',
      'alarmcode',
      'hälytyskoodi',
      'toegangscode',
      'portkod',
      'larmkod',
      'dörrkod',
      'porttikoodi',
      'ovikoodi',
      'alarmkode',
      'portkode',
      'dørkode',
      'phone pin',
      'phone code',
      'tablet code',
      'tablet pin',
      'tv pin',
      'sim pin',
      'ipad pin',
    ]),
    keywordWindow: { before: 16, after: 110 },
    pattern: PATTERN,
    validate: validateDeviceCode,
    examples: {
      positives: (g) => [
        `- alarm: ${g.s(code(g))}`,
        `Oh and the bike store padlock is ${g.s(code(g))} 🚲`,
        `Controlled substances safe combination: ${g.s(code(g, 6))} (only PI and lab manager)`,
        `voicemail pin for the office phone is ${g.s(code(g))} if you need to check messages`,
        `- Alarm: the panel is in the hall, disarm with ${g.s(code(g))} then OFF`,
        `safe ${g.s(code(g, 6))}`,
        `Larmkod: ${g.s(code(g))}`,
      ],
      negatives: () => [
        'Alarm zone 4012 reported a fault',
        'Set the alarm at 0630',
        'The safe was installed in 2019.',
        'Gate B 2214 boarding',
        'phone 5551234',
        'alarm: 1234',
        'Safe mode: 4096 MB',
        'The keypad has 4 digits, e.g. 4821',
      ],
    },
  },
];
