// Value makers of the rw-dev7 code part, written for this part: passwords as people type them into configs,
// seed files and tests (words, names, years, keyboard runs, passphrases, vault-generated strings, letters only,
// some with quotes or backslashes a string literal must escape), tokens without a prefix (hex, base64, base62),
// and the look-alikes beside them (hashes and verifiers, references, placeholders, ids). All drawn from the
// set's seeded generator; nothing secret-looking is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const WORDS = [
  'harbor',
  'maple',
  'lantern',
  'copper',
  'juniper',
  'falcon',
  'meadow',
  'pepper',
  'quartz',
  'saffron',
  'tundra',
  'orchid',
  'ember',
  'glacier',
  'hazel',
  'raven',
  'tango',
  'cobalt',
  'pickle',
  'zephyr',
];
const PEOPLE = ['Greta', 'Tomasz', 'Aiko', 'Ravi', 'Ingrid', 'Mateo', 'Leila', 'Bjorn', 'Sofia', 'Kwame', 'Elena', 'Hugo'];
const TEAMS = ['Arsenal', 'Celtics', 'Packers', 'Juventus', 'Yankees', 'Ajax', 'Dodgers', 'Benfica'];
const PETS = ['Biscuit', 'Luna', 'Rocky', 'Mochi', 'Pumpkin', 'Ziggy', 'Nala', 'Oreo'];
const MONTHS = ['January', 'March', 'April', 'July', 'October', 'December', 'Winter', 'Summer', 'Autumn', 'Spring'];
const SYM = ['!', '@', '#', '$', '%', '&', '*', '?', '.', '+', '-', '_'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A password a person picked (seasons, pets, teams, names, leetspeak, keyboard runs). */
export function human(g: ExampleGen): string {
  const w = () => g.pick(WORDS);
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])) {
    case 0:
      return `${g.pick(MONTHS)}${g.pick(['2019', '2021', '2022', '2023', '2024', '2025'])}${g.pick(['!', '#', '?', '*'])}`;
    case 1:
      return `${g.pick(PETS)}${g.digits(g.pick([2, 4]))}${g.pick(['!', '$', '@'])}`;
    case 2:
      return `${g.pick(TEAMS)}${g.pick(['#', '_', '!'])}${g.digits(2)}`;
    case 3:
      return `${g.pick(PEOPLE)}.${w()}${g.digits(2)}`;
    case 4:
      return `${cap(w())}${cap(w())}${g.digits(3)}`;
    case 5:
      return w().replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0').replace(/i/g, '1') + g.pick(['!', '$', '&']) + g.digits(2);
    case 6:
      return `${g.pick(['Qwerty', '1qaz2wsx', 'Zaq1xsw2', 'Asdfgh', 'Poiuy'])}${g.pick(['!', '@', '#'])}${g.digits(2)}`;
    case 7:
      return `${g.pick(PEOPLE).toLowerCase()}${g.pick(['1984', '1990', '1978', '2001'])}`;
    case 8:
      return `${cap(w())}-${cap(w())}-${g.digits(2)}`;
    default:
      return `${g.pick(['Welcome', 'Letmein', 'Passw0rd', 'Admin'])}${g.pick(['@', '!', '#'])}${g.digits(3)}`;
  }
}

/** A generated password (password manager, pwgen, openssl rand). */
export function generated(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5])) {
    case 0:
      return g.alnum(g.pick([16, 20, 24]));
    case 1:
      return g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!%^*()-_=+.', g.pick([14, 18, 24]));
    case 2:
      return `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`;
    case 3:
      return g.base64(g.pick([18, 24, 30])).replace(/[+/=]/g, () => g.pick(['x', 'Q', '7']));
    case 4:
      return `${g.upper(3)}${g.digits(3)}${g.lower(4)}${g.pick(SYM)}${g.alnum(5)}`;
    default:
      return g.chars('abcdefghjkmnpqrstuvwxyz23456789', 12);
  }
}

/** A passphrase (words with separators). */
export const phrase = (g: ExampleGen) => {
  const sep = g.pick(['-', ' ', '.', '_']);
  return [g.pick(WORDS), g.pick(WORDS), g.pick(WORDS), g.pick(WORDS)].join(sep) + (g.pick([true, false]) ? `${sep}${g.digits(2)}` : '');
};
/** Letters only, as people do pick them (`correcthorse`, `BlueMonkeyTree`). */
export const letters = (g: ExampleGen) => g.pick([() => `${g.pick(WORDS)}${g.pick(WORDS)}${g.pick(WORDS)}`, () => `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}`, () => g.lower(10)])();
/** Any password. */
export const anyPw = (g: ExampleGen) => g.pick([human, human, human, generated, generated, phrase, letters])(g);
/** Safe in any string literal and unquoted config (no quotes, backslash, `$`, `#`, `;`, braces, spaces, backquote). */
export const safePw = (g: ExampleGen) => {
  const v = anyPw(g).replace(/[ '"\\$`#;{}]/g, () => g.pick(['!', '_', '9', '%', '.']));
  return v;
};
/** Safe unquoted in YAML, HCL, shell words, ini and URLs: letters, digits, `._-+=`. */
export const barePw = (g: ExampleGen) => {
  const v = anyPw(g).replace(/[^A-Za-z0-9._+=-]/g, () => g.pick(['_', '8', 'k', '.']));
  return /^[A-Za-z]/.test(v) ? v : `z${v}`;
};
/** Safe inside a URL's user-info. */
export const urlPw = (g: ExampleGen) => anyPw(g).replace(/[@:/?#%\s'"\\$`{}]/g, () => g.pick(['_', '9', 'x', '!']));

/** A generic token (hex, base64, base62, base64url). */
export function token(g: ExampleGen): string {
  return g.pick([() => g.hex(32), () => g.hex(48), () => g.hex(64), () => g.alnum(g.pick([32, 40])), () => `${g.base64(42)}==`, () => g.base64url(g.pick([32, 43]))])();
}

export interface CV {
  /** Any password, safe in a literal, marked. */
  pw(): string;
  /** Human-made, marked (safe in a literal). */
  hpw(): string;
  /** Generated, marked. */
  gpw(): string;
  /** Passphrase with spaces or dashes, marked (quote it). */
  phrase(): string;
  /** Letters only, marked. */
  letters(): string;
  /** Bare-safe password, marked. */
  bare(): string;
  /** Password with a double quote escaped by a backslash (for "..." literals), marked as written. */
  escDq(): string;
  /** Password with a single quote doubled or escaped: `kind` 'sql' doubles it, 'bs' backslashes it. */
  escSq(kind: 'sql' | 'bs'): string;
  /** Raw password marked. */
  mark(raw: string): string;
  /** A raw password of the bare kind, unmarked (to use it twice: mark each use). */
  rawBare(): string;
  rawPw(): string;
  /** Connection-string password, marked. */
  cs(): string;
  /** Generic token, marked. */
  tok(): string;
  hex(n: number): string;
  b64(n: number): string;
  b62(n: number): string;
  /** Negative, counted. */
  n(v: string): string;
  bcrypt(): string;
  argon(): string;
  scram(): string;
  sha256(): string;
  md5(): string;
  git(): string;
  uuid(): string;
  /** A base64 blob counted as a negative (ciphertext, encrypted value): `pre` + base64 of n chars + `post`. */
  blob(n: number, pre?: string, post?: string): string;
  /** Hex counted as a negative (vault body lines, digests). */
  nhex(n: number): string;
  /** A placeholder, counted as a negative. */
  ph(): string;
  u(v: string): string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PH = ['<password>', 'changeme', 'CHANGE_ME', 'your-password-here', 'xxxxxxxx', '********', 'REPLACE_ME', '<redacted>', 'TODO', 'secret'];

export function cv(k: Kit): CV {
  const g = k.g;
  const m = k.m;
  const pw = (v: string) => m.secret('password', v);
  return {
    pw: () => pw(safePw(g)),
    hpw: () => pw(human(g).replace(/[$#]/g, '!')),
    gpw: () => pw(generated(g).replace(/[$#;]/g, '%')),
    phrase: () => pw(phrase(g)),
    letters: () => pw(letters(g)),
    bare: () => pw(barePw(g)),
    escDq: () => pw(`${cap(g.pick(WORDS))}\\"${g.digits(3)}${g.pick(['!', '%', '&'])}`),
    escSq: (kind) => pw(`${g.pick(PEOPLE)}${kind === 'sql' ? "''" : "\\'"}s${g.pick(['Key', 'Pass', 'Word'])}${g.digits(2)}`),
    mark: (raw) => pw(raw),
    rawBare: () => barePw(g),
    rawPw: () => safePw(g),
    cs: () => m.secret('connection-string', urlPw(g)),
    tok: () => m.secret('token', token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    b64: (n) => m.secret('token', g.chars(B64, n)),
    b62: (n) => m.secret('token', g.alnum(n)),
    n: (v) => m.negative(v),
    bcrypt: () => m.negative(`$2b$${g.pick(['10', '12'])}$${g.chars(BCRYPT, 53)}`),
    argon: () => m.negative(`$argon2id$v=19$m=65536,t=3,p=4$${g.base64(22).replace(/=+$/, '')}$${g.base64(43).replace(/=+$/, '')}`),
    scram: () => m.negative(`SCRAM-SHA-256$4096:${g.base64(24)}$${g.base64(44)}:${g.base64(44)}`),
    sha256: () => m.negative(g.hex(64)),
    md5: () => m.negative(g.hex(32)),
    git: () => m.negative(g.hex(40)),
    uuid: () => m.negative(g.uuid()),
    blob: (n, pre = '', post = '') => m.negative(`${pre}${g.chars(B64, n)}${post}`),
    nhex: (n) => m.negative(g.hex(n)),
    ph: () => m.negative(g.pick(PH)),
    u: (v) => m.unscored(v),
  };
}
