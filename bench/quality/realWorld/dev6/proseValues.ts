// Value makers and export encoders for the prose part of rw-dev6, written apart from the other sets' makers:
// passwords people choose in their own language (letters only, words run together, spoken phrases, a word and
// a year), what password managers print, tokens handed over without a prefix, and the non-secret numbers that
// exports are full of (message ids, timestamps, ticket keys, SHAs, tracking numbers). The encoders write marked
// text into JSON strings, XML/HTML, CSV cells and quoted-printable mail bodies without breaking the markers.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const EN = [
  'purple',
  'monkey',
  'dishwasher',
  'correct',
  'horse',
  'battery',
  'staple',
  'orange',
  'rocket',
  'velvet',
  'thunder',
  'pickle',
  'banana',
  'garden',
  'silver',
  'window',
  'coffee',
  'tiger',
  'marble',
  'pirate',
  'yellow',
  'castle',
  'cookie',
  'penguin',
  'lemon',
  'forest',
  'river',
  'candle',
  'sunset',
  'walnut',
  'biscuit',
  'tractor',
  'pillow',
];
const LOCAL: Record<string, readonly string[]> = {
  de: ['Sonnenblume', 'Regenschirm', 'Schmetterling', 'Kuckucksuhr', 'Eichhoernchen', 'Himbeerkuchen', 'Zitronenfalter', 'Gartenzwerg', 'Bergkristall', 'Wanderschuh'],
  fr: ['papillon', 'coquelicot', 'framboise', 'escargot', 'marmotte', 'chouquette', 'libellule', 'mirabelle', 'cerisier', 'hirondelle'],
  es: ['golondrina', 'albaricoque', 'murcielago', 'calabaza', 'girasoles', 'tiburon', 'caracola', 'almendro'],
  pt: ['borboleta', 'jabuticaba', 'passarinho', 'cajueiro', 'goiabada', 'cachoeira', 'pitanga'],
  it: ['coccinella', 'pomodoro', 'cioccolato', 'lucciola', 'girandola', 'scoiattolo', 'tramonto'],
  nl: ['regenboog', 'stroopwafel', 'vlinderdas', 'boterbloem', 'eekhoorn', 'kabouter', 'pannenkoek'],
  pl: ['pierniczek', 'truskawka', 'kaczuszka', 'slonecznik', 'jezyk', 'zabka', 'kasztanek'],
  ru: ['romashka', 'cheburashka', 'zaichik', 'lastochka', 'kolobok', 'medvezhonok', 'vishenka'],
  tr: ['papatya', 'kelebek', 'karpuz', 'sincap', 'yildizlar', 'portakal', 'leylek'],
  zh: ['woaini', 'xiaomao', 'tianshi', 'xingxing', 'baobei', 'pingguo', 'xiaolong'],
  ja: ['sakurambo', 'hanabi', 'tanpopo', 'kirakira', 'hoshizora', 'momiji', 'ajisai'],
  ko: ['saranghae', 'haneulbit', 'byeolbit', 'gureum', 'bokssung', 'dalbit'],
  hi: ['chandni', 'titli', 'jugnu', 'suraj', 'mithai', 'aasman', 'gulmohar'],
  ar: ['qamar', 'yasmin', 'ghazal', 'shams', 'nakhla', 'warda', 'sahara'],
};
const NAMES = ['anna', 'lukas', 'chloe', 'mateus', 'giulia', 'daan', 'kasia', 'dasha', 'emre', 'wei', 'haruto', 'jiwoo', 'priya', 'omar', 'noor', 'finn', 'ines', 'marek'];
const SYM = ['!', '#', '*', '?', '.', '-', '_', '@', '$', '+'];
const YEARS = ['1984', '1989', '1992', '1995', '1997', '2000', '2004', '2009', '2013', '2017', '2021', '2023', '2025', '2026'];

export type Lang = keyof typeof LOCAL;
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const lower = (w: string) => w.toLowerCase();
const localWord = (g: ExampleGen, lang?: Lang) => g.pick(LOCAL[lang ?? g.pick(Object.keys(LOCAL) as Lang[])]!);

/** Letters only: one long word of the writer's language, words run together, or TitleCase pairs. */
export function lettersOnly(g: ExampleGen, lang?: Lang): string {
  const w = () => lower(localWord(g, lang));
  const e = () => g.pick(EN);
  switch (g.pick([0, 1, 2, 3, 4])) {
    case 0: {
      const long = LOCAL[lang ?? g.pick(Object.keys(LOCAL) as Lang[])]!.filter((x) => x.length >= 8);
      return long.length ? cap(g.pick(long)) : `${cap(w())}${cap(w())}`; // Sonnenblume
    }
    case 1:
      return `${e()}${e()}${e()}`; // correcthorsebattery
    case 2:
      return `${cap(w())}${cap(e())}`; // PapillonRocket
    case 3:
      return `${w()}${w()}`; // kelebekkarpuz
    default:
      return `${lower(localWord(g, lang))}${cap(e())}${cap(e())}`;
  }
}

/** A phrase said out loud: three or four words with spaces (`purple monkey dishwasher`), sometimes dashes. */
export function phrase(g: ExampleGen, lang?: Lang): string {
  const n = g.pick([3, 3, 4]);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(g.pick([true, false, true]) ? g.pick(EN) : lower(localWord(g, lang)));
  return ws.join(g.pick([' ', ' ', ' ', '-']));
}

/** What a person makes up: a word and a year, a pinyin phrase and lucky digits, a name and a date, leetspeak. */
export function chosenPw(g: ExampleGen, lang?: Lang): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6])) {
    case 0:
      return `${cap(lower(localWord(g, lang)))}${g.pick(YEARS)}${g.pick(SYM)}`;
    case 1:
      return `${lower(localWord(g, 'zh'))}${g.pick(['1314', '520', '888', '666', g.digits(4)])}`;
    case 2:
      return `${cap(g.pick(NAMES))}${g.digits(2)}${g.pick(['01', '03', '07', '11', '12'])}${g.pick(['', '!', '.'])}`;
    case 3:
      return `${cap(lower(localWord(g, lang)))
        .replace(/a/g, '@')
        .replace(/o/g, '0')
        .replace(/i/g, '1')}${g.digits(2)}`;
    case 4:
      return `${g.pick(EN)}_${g.pick(EN)}${g.digits(g.pick([1, 2, 3]))}`;
    case 5:
      return `${cap(g.pick(NAMES))}&${cap(g.pick(NAMES))}${g.pick(YEARS).slice(2)}`.replace('&', g.pick(['+', '&', 'und', 'y', 'e']));
    default:
      return `${g.pick(SYM)}${cap(g.pick(EN))}${cap(lower(localWord(g, lang)))}${g.digits(1)}`;
  }
}

/** Password-manager output; `wide` adds the characters that exports must escape. */
export function machinePw(g: ExampleGen, wide = false): string {
  const quiet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-_?.@$';
  const loud = `${quiet}&<>"'\\/,;:=^~`;
  switch (g.pick([0, 1, 2, 3, 4])) {
    case 0:
      return g.chars(wide ? loud : quiet, g.pick([12, 16, 20, 24]));
    case 1:
      return `${g.lower(6)}-${g.lower(2)}${g.digits(1)}${g.lower(3)}-${g.lower(5)}${g.upper(1)}`; // iCloud style
    case 2:
      return g.alnum(g.pick([10, 14, 18]));
    case 3:
      return `${g.upper(1)}${g.lower(4)}${g.digits(3)}${g.pick(SYM)}${g.lower(3)}${g.upper(2)}`;
    default:
      return g.chars('abcdefghijkmnopqrstuvwxyz23456789', 4) + '-' + g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4) + '-' + g.chars('abcdefghijkmnopqrstuvwxyz23456789', 4);
  }
}

/** Any of the styles above, in the mix a team's chat really has. */
export function anyPw(g: ExampleGen, lang?: Lang): string {
  return g.pick([lettersOnly, phrase, chosenPw, chosenPw, (x: ExampleGen) => machinePw(x)])(g, lang);
}

export const wifiKey = (g: ExampleGen) =>
  g.pick([() => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 20), () => `${cap(lower(localWord(g)))}${g.digits(4)}`, () => g.digits(12), () => phrase(g).replace(/ /g, '')])();
export const pinCode = (g: ExampleGen) => g.digits(g.pick([4, 6, 6, 8]));

/** A token, key or secret without a prefix, as services print them. */
export function bareToken(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(32),
    () => g.alnum(40),
    () => g.base64url(43),
    () => `${g.alnum(12)}:${g.alnum(28)}`,
    () => g.base64(40) + '==',
    () => g.uuid(),
  ])();
}

// Non-secret look-alikes.
export const ticket = (g: ExampleGen, p?: string) => `${p ?? g.pick(['OPS', 'INFRA', 'HELP', 'SEC', 'IT', 'PLAT', 'CS'])}-${g.digits(g.pick([3, 4, 5]))}`;
export const sha7 = (g: ExampleGen) => g.hex(7);
export const sha40 = (g: ExampleGen) => g.hex(40);
export const sha256 = (g: ExampleGen) => g.hex(64);
export const md5 = (g: ExampleGen) => g.hex(32);
export const tracking = (g: ExampleGen) =>
  g.pick([() => `1Z${g.upper(3)}${g.digits(3)}${g.digits(10)}`.slice(0, 18), () => g.digits(22), () => `JJD${g.digits(18)}`, () => `${g.upper(2)}${g.digits(9)}${g.pick(['DE', 'FR', 'GB', 'NL', 'CN'])}`])();
export const orderId = (g: ExampleGen) => g.pick([() => `${g.digits(3)}-${g.digits(7)}-${g.digits(7)}`, () => `ORD-${g.digits(8)}`, () => `#${g.digits(6)}`, () => `SO${g.digits(7)}`])();
export const slackUser = (g: ExampleGen) => `U0${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`;
export const slackTs = (g: ExampleGen) => `17${g.digits(8)}.${g.digits(6)}`;
export const msgId = (g: ExampleGen, host: string) => `<${g.alnum(24)}.${g.digits(10)}@${host}>`;
export const bcryptHash = (g: ExampleGen) => `$2b$12$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
export const phoneNo = (g: ExampleGen) => `+${g.pick(['49', '33', '34', '351', '39', '31', '48', '7', '90', '86', '81', '82', '91', '971'])} ${g.digits(3)} ${g.digits(4)} ${g.digits(3)}`;
export const version = (g: ExampleGen) => `${g.digits(1)}.${g.digits(2)}.${g.digits(1)}`;
export const iban = (g: ExampleGen) => `DE${g.digits(2)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`;
export const REDACTED = [
  '****',
  '********',
  '[REDACTED]',
  '[redacted]',
  '<redacted>',
  '•••••••••',
  'xxxxxxxx',
  '(hidden)',
  '***REMOVED***',
  '<password>',
  '<your password>',
  'YOUR_PASSWORD_HERE',
  'changeme',
  '{{password}}',
  '${PASSWORD}',
  '[gelöscht]',
  '<mot de passe>',
  '[removido]',
];

/** Marked makers: `v.le()` where a letters-only password sits. */
export function mk(k: Kit, lang?: Lang) {
  const g = k.g;
  const pw = (raw: string) => k.s('password', raw);
  return {
    g,
    pw: () => pw(anyPw(g, lang)),
    le: () => pw(lettersOnly(g, lang)),
    phr: () => pw(phrase(g, lang)),
    ch: () => pw(chosenPw(g, lang)),
    ma: (wide = false) => pw(machinePw(g, wide)),
    wifi: () => pw(wifiKey(g)),
    pin: () => pw(pinCode(g)),
    tok: () => k.s('token', bareToken(g)),
    hex: (n = 32) => k.s('token', g.hex(n)),
    cs: () => k.s('connection-string', machinePw(g).replace(/[@:/?#%.$+]/g, '')),
    /** One raw value, marked each time it is written again. */
    same: (category: Parameters<Kit['s']>[0], raw: string) => () => k.s(category, raw),
    n: (v: string) => k.n(v),
    u: (v: string) => k.u(v),
    red: () => k.n(g.pick(REDACTED)),
    tid: (p?: string) => k.n(ticket(g, p)),
    sha: () => k.n(sha7(g)),
    commit: () => k.n(sha40(g)),
    uuid: () => k.n(g.uuid()),
    track: () => k.n(tracking(g)),
    order: () => k.n(orderId(g)),
    md5: () => k.n(md5(g)),
    h256: () => k.n(sha256(g)),
    bcrypt: () => k.n(bcryptHash(g)),
    phone: () => k.n(phoneNo(g)),
    ver: () => k.n(version(g)),
  };
}

// Encoders that keep the markers (\u0001 head \u0003 value \u0002) intact and escape both plain text and values.
const OPEN = '\u0001';
const SEP = '\u0003';
const CLOSE = '\u0002';

/** Applies `f` to every plain stretch and every marked value, keeping marker heads as they are. */
export function mapMarked(marked: string, f: (s: string) => string): string {
  let out = '';
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf(OPEN, i);
    if (open < 0) {
      out += f(marked.slice(i));
      break;
    }
    out += f(marked.slice(i, open));
    const sep = marked.indexOf(SEP, open);
    const close = marked.indexOf(CLOSE, sep);
    out += marked.slice(open, sep + 1) + f(marked.slice(sep + 1, close)) + CLOSE;
    i = close + 1;
  }
  return out;
}

/** The inside of a JSON string (`slashes`: Slack escapes `/` as `\/`; `ascii`: `\uXXXX` for non-ASCII). */
export function js(marked: string, opts: { slashes?: boolean; ascii?: boolean } = {}): string {
  return mapMarked(marked, (s) => {
    let o = JSON.stringify(s).slice(1, -1);
    if (opts.slashes) o = o.replace(/\//g, '\\/');
    if (opts.ascii) o = o.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return o;
  });
}

/** XML/HTML text escaping. */
export const x = (marked: string) => mapMarked(marked, (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));

/** Slack's own text escaping (only & < >), before JSON escaping. */
export const slackText = (marked: string) => mapMarked(marked, (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

/** One CSV cell: quoted when it holds a comma, quote or line break. */
export function csvCell(marked: string): string {
  const plain = marked.replace(/[\u0001-\u0003]/g, '');
  const body = mapMarked(marked, (s) => s.replace(/"/g, '""'));
  return /[",\n\r]/.test(plain) ? `"${body}"` : body;
}
export const csvRow = (cells: readonly string[]) => cells.map(csvCell).join(',');

/** Quoted-printable (UTF-8), soft line breaks at 76 columns but never inside a marked value. */
export function qp(marked: string): string {
  const enc = mapMarked(marked, (s) =>
    Array.from(Buffer.from(s, 'utf8'))
      .map((b) => (b === 0x0a ? '\n' : b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b)))
      .join(''),
  );
  let out = '';
  let col = 0;
  let inside = false;
  for (let i = 0; i < enc.length; i++) {
    const c = enc[i]!;
    if (c === OPEN) inside = true;
    if (c === CLOSE) inside = false;
    if (c === '\n') {
      out += c;
      col = 0;
      continue;
    }
    if (!inside && col >= 72 && c !== OPEN && c !== CLOSE && c !== SEP && enc[i - 1] !== '=' && enc[i - 2] !== '=') {
      out += '=\n';
      col = 0;
    }
    out += c;
    if (c !== OPEN && c !== CLOSE && c !== SEP && !inside) col++;
    else if (inside && c !== SEP && c !== OPEN) col++;
  }
  return out;
}

/** HTML mail/Teams body: paragraphs from lines, text escaped. */
export const htmlParas = (marked: string) =>
  marked
    .split('\n')
    .map((l) => (l.trim() ? `<p>${x(l)}</p>` : '<p>&nbsp;</p>'))
    .join('');
