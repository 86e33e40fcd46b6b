// A value that ends a message or a line after a colon (rule id sorts after the other prose rules': an exact tie goes to them), where the clause before the colon (or, for a short clause such
// as `hier:`, `trovata:`, `fine:`, a message just above) speaks of a password, key or token: `guest wifi for March: X`,
// `Das steht im Passwortsafe. Kurzfassung: X`, `rcon: X`, `Testumgebung: X` under `… api sleutel …?`. The labelled rules
// need the label right before the colon; here the words may lie anywhere in the clause. The value must end what was
// said and look chosen or generated, and clauses naming something about the secret (its name, id, hash) are refused.
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralToken } from '../validators/literalArgument';
import { isPlaceholder } from '../validators/placeholder';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, lineAround, NOT_A_CREDENTIAL_KEY_WORDS, looksLikeCode, proseApplies, prosePassword, strictlyRandom, strongLooking, VALUE } from './prose';
import { exampleSpeaker, said, TIME } from './proseChatLines';
import { CHAT_SECRET_KEYWORDS, chatPath, NOT_A_VALUE_LINE, passphraseShaped, passwordShaped, PASSWORD_CONTEXT, TOKEN_CONTEXT } from './proseFollowup';
import { BAD_PASSWORD_EXAMPLE, isAcknowledgement, runTogetherWords } from './proseNotValue';

/** prose.ts's value, shortest first: emphasis closing it (`**X**`) is left out of it. */
const VALUE_LAZY = VALUE.replace('{0,127}', '{0,127}?');

/** Words that make a Wi-Fi network's key the secret (`guest wifi for March: X`, `Wifi gasten: X`). */
const WIFI_CONTEXT = /wi-?fi|wlan|\bwpa2?\b|\bpsk\b|\bssid\b/i;
/** Key words of the languages the token labels leave out, and an API or OAuth named alone (`Karten-API (Test):`, `twitch oauth:`). */
const KEY_CONTEXT = /(?<![\p{L}])(?:api|oauth|anahtar[ıi]?|chiave|clave|chave|klucz|sleutel|schl[üu]ssel|segredo|secreto|segreto|encryption|chiffrement|verschl[üu]sselung)(?![\p{L}])|キー|密钥|密鑰|ключ/iu;

/**
 * The last word before the colon names something about the secret, not the secret (`Token name:`, `Key ID:`,
 * `password hash:`, `API key header:`), or a setting's kind (`token type:`, `expires:`).
 */
const ABOUT_THE_SECRET =
  /(?:^|[^\p{L}])(?:id|ids|identifier|name|names|user(?:name)?|login|account|e-?mail|mail|address|host|hostname|server|url|uri|link|endpoint|path|file|folder|dir(?:ectory)?|header|prefix|suffix|type|kind|format|length|size|scope|scopes|expir\w*|valid\w*|created|updated|rotated|version|field|variable|var|env|location|owner|ssid|network|netz|r[ée]seau|red|rede|port|ip|region|project|tenant|org(?:ani[sz]ation)?|team|channel|ticket|case|order|ref|status|error|code[ \t]+name|policy|hint|rule|rules|example|e\.g\.|sample|demo[ \t]+value)[ \t]{0,2}(?:\([^()\n]{0,30}\))?[ \t]{0,2}$/iu;

/**
 * Words anywhere in the clause that make the value a reference or a public value, not the secret: a ticket's, an
 * order's or a request's number, a commit, a certificate's thumbprint, a publishable key, an account's SID.
 * A chain's transaction (`Missing tx:`, `Mã giao dịch:`, `Son dağıtım işlemi:`): its hash is public.
 */
const NOT_A_SECRET_CLAUSE =
  /(?:^|[^\p{L}])(?:ids?|thumbprint|fingerprint|empreinte|public|publishable|publiable|publique|publiczny|p[úu]blica|öffentlich|sid|commit|serial|seryjny|request|requête|ticket|tickets|reference|référence|réf|referencia|riferimento|order|orders|numer|nummer|number|numéro|número|numero|log|logs|image|tag|release|build|job|run|trace|traza|sha\d*|md5|hash|checksum|changeset|migration|identifiant|identificador|identificativo|kimli[ğg]i|huella|parmak|prüfsumme|tx|txn|txid|txhash|transactions?|transacci[óo]n|transa[çc][ãa]o|transazione|transaktion|işlemi?)(?![\p{L}])|giao[ \t]d[ịi]ch|транзакци|交易|トランザクション|거래|公開|コミット|ハッシュ|哈希|번호|номер|идентификатор|хэш|хеш|контрольн|رقم|संख्या|비밀이[ \t]?아닙|не[ \t]секрет/iu;

/**
 * A short clause that only hands over what was asked above (`hier:`, `trovata:`, `fine:`, `mil gaya:`, `Kurzfassung:`),
 * in the languages of the chats: every word is one of these.
 */
const HAND_OVER_WORDS = new Set(
  (
    'here hier voilà voila tiens ecco eccola eccolo trovata trovato aquí aqui ahí ahi va toma aqui está proszę prosze oto ' +
    'fine ok okay sure done yes ja jo oui sì si sim tak da evet oder or ou o lub of it is its it’s the new one now again ' +
    'kurzfassung short version neu neues nouveau nouvelle nuevo nueva nuova nuovo nova novo nowe nowy try this that bon ' +
    "mil gaya gayi hai le la voici here’s here's heres it's dit deze hier is este es é è c'est ist"
  ).split(' '),
);
const handsOver = (clause: string) => {
  if (clause === '') return true;
  const words = clause
    .toLowerCase()
    .replace(/[,;!…]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.length >= 1 && words.length <= 4 && words.every((w) => HAND_OVER_WORDS.has(w));
};

/** A key or token that is no credential (`anon key:`, `Cache key:`, `Postman-Token:`, `APNs device token:`, `Browser exam key:`). */
const NOT_A_CREDENTIAL_KEY = new RegExp(
  `(?:^|[^\\p{L}])(?:${NOT_A_CREDENTIAL_KEY_WORDS}|postman|apns|fcm|gcm|push|device|exam|config|browser|page|cursor|pagination|search[ \\t-]only)[ \\t_-]{1,3}(?:[\\p{L}-]{1,20}[ \\t]{1,3})?(?:key|token)(?![\\p{L}])`,
  'iu',
);

/** `Example` in the languages of the chats: a value shown as an example is no secret (a host under the reserved `.example` domain is no such word). */
const EXAMPLE_WORD = /(?<![\p{L}])(?:(?<!\.)example|example(?=\.)|exemple|ejemplo|exemplo|esempio|beispiel|voorbeeld|przyk[łl]ad|örnek|пример|приклад)(?![\p{L}])|例/iu;

/** A machine's log line (a CI runner's ISO time stamp, ESPHome's `[I][wifi:313]:`): its fields are the log rules' to read. */
const MACHINE_LOG_LINE = /^[ \t]{0,4}(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z|\[[A-Z]\]\[)/;

/** Where a message's text starts inside a line: a JSON string's opening (`"text": "`), an HTML paragraph, a quote mark. */
const MESSAGE_START = /"[A-Za-z_]{2,20}"[ \t]{0,2}:[ \t]{0,2}"|<p>|&lt;p&gt;|\\n/g;

/** The clause before the colon: from the last sentence end, message start or chat head to the colon. */
function clauseBefore(prefix: string): string {
  let text = prefix;
  let m: RegExpExecArray | null;
  let cut = 0;
  MESSAGE_START.lastIndex = 0;
  while ((m = MESSAGE_START.exec(text)) !== null) cut = m.index + m[0].length;
  text = said(text.slice(cut));
  // A sentence ended before it (`Das steht im Passwortsafe. Kurzfassung:`) leaves the short clause; the sentence is
  // kept apart as the context above.
  const end = /^.*[.!?。！？][ \t]+/s.exec(text);
  return (end ? text.slice(end[0].length) : text).replace(/^[ \t>*_•-]+/, '').trim();
}

/** Up to `reach` characters said before the value's line (other messages of the thread, the sentence before). */
function above(text: string, lineStart: number, reach: number): string {
  return text.slice(Math.max(0, lineStartNear(text, Math.max(0, lineStart - reach), lineStart - reach - 200)), lineStart);
}

/** Letters only, two or more words run together with capitals (`KingfisherCaramelo`). */
const camelWords = (value: string) => value.length >= 10 && /^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{1,}){1,3}$/.test(value);

/** A Tron address (`T` and 33 base58 characters) or a bech32 one (`cosmos1…`, `bc1q…`): public, where funds are sent. */
const chainAddress = (value: string) => /^T[1-9A-HJ-NP-Za-km-z]{33}$|^[a-z]{2,20}1[02-9ac-hj-np-z]{38,90}$/.test(value);

/** Chosen or generated as a password: not a word of a sentence. */
function passwordValue(value: string): boolean {
  if (/^[0-9]+$/.test(value)) return false;
  return strongLooking(value) || passwordShaped(value) || passphraseShaped(value) || camelWords(value) || (runTogetherWords(value) && value.length >= 12);
}

/** Generated as a token: 16+ characters of letters and digits (a key, a UUID), not made of words. */
const tokenValue = (value: string) => strictlyRandom(value) || (isLiteralToken(value, 16) && /[0-9]/.test(value) && /[A-Za-z]/.test(value));

/** Two capitals, two check digits, up to four letters of a bank's code, then digits: an IBAN, 15 to 34 long. */
const IBAN_SHAPED = /^(?=.{15,34}$)[A-Z]{2}[0-9]{2}[A-Z]{0,4}[0-9]{10,30}$/;

function validateColonValue(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  // The line before the value first: in JSON files most candidates are a key's value (`"type": "string"`), refused
  // here before the value's own checks below (each check only refuses, so their order changes no answer).
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const prefix = line.slice(0, ctx.start - lineStart).replace(/[ \t]{0,3}(?:\*\*|__|`{1,2}|"|“|«[ \t]?|<(?:b|strong|code)>)?$/, '');
  if (!/[:：]$/.test(prefix) || MACHINE_LOG_LINE.test(prefix)) return false;
  // A chat line's head (`[09:06] Sergio Peña:`, `2/9/26, 7:50 PM - Anna:`): the value is the whole message.
  // A chat export's message field (`"text": "X"`): the value is the whole message too.
  const messageField = /"(?:text|content|message|body|body_text|msg)"[ \t]{0,2}:$/.test(prefix);
  const clause = messageField || said(`${prefix} `) === '' ? '' : clauseBefore(prefix.replace(/[ \t]{0,8}[:：]{1,2}$/, ''));
  if (clause.length > 80 || (clause === '' && !messageField && !TIME.test(prefix))) return false;
  // `"topic_id": "…"`: a JSON key and its value, not a message.
  if (/^["'][^"']{0,40}["']$/.test(clause)) return false;
  if (isPlaceholder(value) || isAcknowledgement(value) || /^[A-Za-z_][\w.-]{0,40}=/.test(value)) return false;
  // A bank account's IBAN (`IBAN: TR…`, `NL…INGB…`): its country, check digits, perhaps a bank's letters, then digits.
  if (IBAN_SHAPED.test(value)) return false;
  // `Example of a bad password: X`, `Пример плохого пароля: X`: what a policy says not to choose.
  if (BAD_PASSWORD_EXAMPLE.test(prefix) || EXAMPLE_WORD.test(prefix)) return false;
  // `db.password:`, `api_key:`: a setting's key (the keyed rules' work), not a sentence.
  if (/^[A-Za-z_$][\w.$-]{0,60}$/.test(clause) && /[_.$]|[a-z][A-Z]/.test(clause)) return false;
  if (ABOUT_THE_SECRET.test(clause) || NOT_A_SECRET_CLAUSE.test(clause) || NOT_A_VALUE_LINE.test(clause) || NOT_A_CREDENTIAL_KEY.test(clause)) return false;
  let kind: 'password' | 'token' | undefined = PASSWORD_CONTEXT.test(clause) || WIFI_CONTEXT.test(clause) ? 'password' : TOKEN_CONTEXT.test(clause) || KEY_CONTEXT.test(clause) ? 'token' : undefined;
  // Generated beyond doubt, a value may follow any short clause of a thread that named its kind above (`this week:`, `das alte:`).
  // Not a UUID, hex or a colon-separated fingerprint: named by no word, those are ids, digests and thumbprints.
  // Nor a chain's public address: a Tron or a bech32 one (`cosmosvaloper1…`).
  const generated = (strictlyRandom(value) || (tokenValue(value) && value.length >= 20)) && !/^[0-9a-f-]+$|^[0-9A-F-]+$|^(?:[0-9A-Fa-f]{2}:){7,}/.test(value) && !chainAddress(value);
  // A bare `key:` or `token:` (a list of a provider's ids and keys) gives a secret only when it is generated beyond doubt.
  if (/^(?:key|token|secret)$/i.test(clause) && !strictlyRandom(value)) return false;
  if (kind === undefined) {
    // (Two words at least: one word alone before a colon is a setting's key in YAML or a tool's output, `peer:`, `recipient:`.)
    const words = clause.split(/\s+/).length;
    if (!handsOver(clause) && !(generated && words >= 2 && words <= 6)) return false;
    const before = above(ctx.text, lineStart, 800);
    // The thread above asked for or named it, and said nothing since that is about something else.
    // In a JSON export only the messages' text counts (`"client_msg_id": …` is no request id asked for).
    const lines = before
      .split('\n')
      .map((l) => (messageField ? (/"(?:text|content|message|body|body_text|msg)"[ \t]{0,2}:[ \t]{0,2}"(.*)/.exec(l)?.[1] ?? '') : l))
      .filter((l) => l.trim() !== '')
      .slice(-8);
    let asked = lines.length - 1;
    while (asked >= 0 && !(PASSWORD_CONTEXT.test(lines[asked]!) || WIFI_CONTEXT.test(lines[asked]!) || TOKEN_CONTEXT.test(lines[asked]!))) asked--;
    if (asked < 0 || NOT_A_VALUE_LINE.test(lines[asked]!)) return false;
    // The nearest messages ask for or name something else (`what's the request id of a failing run?`).
    if (lines.slice(-2).some((l) => NOT_A_SECRET_CLAUSE.test(l) || NOT_A_VALUE_LINE.test(l))) return false;
    kind = PASSWORD_CONTEXT.test(lines[asked]!) || WIFI_CONTEXT.test(lines[asked]!) ? 'password' : 'token';
    // Named only above, the value must carry its own mark: generated, or letters and digits with a symbol (not a
    // ticket's number, `INC-61455`, nor a setting's CamelCase name, `ConnectSettings`).
    if (!generated && !tokenValue(value) && !passphraseShaped(value) && !(/[!@#$%^&*+=?~._]/.test(value) && /[A-Za-z]/.test(value) && /[0-9]/.test(value))) return false;
  }
  if (!prosePassword(value, ctx)) return false;
  return kind === 'token' ? tokenValue(value) : passwordValue(value) || tokenValue(value);
}

const NOUNS = ['dolphin', 'lobster', 'hammock', 'gravel', 'noodle', 'bramble', 'copper', 'iguana', 'canyon', 'radish', 'walnut', 'pelican'];
/** Three distinct nouns run together in CamelCase (`copperWalnutPelican`), an example's chosen password. */
function camelNouns(g: ExampleGen): string {
  const out: string[] = [];
  while (out.length < 3) {
    const w = g.pick(NOUNS);
    if (!out.includes(w)) out.push(out.length ? w.charAt(0).toUpperCase() + w.slice(1) : w);
  }
  return out.join('');
}

export const proseColonValueRules: Rule[] = [
  {
    ...base,
    id: 'prose-worded-value',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password or token ending a message after a colon, named earlier in its clause or asked for just above (`guest wifi for March: X`, `hier: X`)',
    keywords: [...CHAT_SECRET_KEYWORDS, 'sleutel', 'chiave', 'clave'],
    // The value follows the words: in the clause before its colon, or a few messages further down.
    keywordWindow: { before: 200, after: 900 },
    pattern: new RegExp(
      `[:：]{1,2}[ \\t]{1,3}(?:\\*\\*|__|\`{1,2}|"|“|«[ \\t]?|<(?:b|strong|code)>)?(?<secret>${VALUE_LAZY})(?=(?:\\*\\*|__|\`{1,2}|"|”|[ \\t]?»|</(?:b|strong|code)>)?(?:[ \\t]{1,3}\\([^()\\n]{1,80}\\))?[.!]?[ \\t]{0,3}(?:\\r?\\n|$|\\\\n|"[ \\t]{0,2}[,}\\]]|</p>|&lt;/p&gt;|</td>))`,
    ),
    validate: validateColonValue,
    examples: {
      positives: (g) => [
        `- Wifi gasten: ${g.s(camelNouns(g))}\n`,
        `[09:12] ${exampleSpeaker(g)}: wifi for the guest room?\n[09:14] ${exampleSpeaker(g)}: Wifi gasten: ${g.s(camelNouns(g))}\n`,
        `{"user": "U01", "text": "la contraseña del wifi de la sala?"},\n{"user": "U02", "text": "mil gaya: ${g.s(humanPassword(g))}"}\n`,
        // A remark in brackets after the value (`(bunu kimseyle paylaşma)`: don't share it, rw-dev20).
        `${exampleSpeaker(g)}: şifreyi değiştirdim, yenisi: ${g.s(humanPassword(g))} (bunu kimseyle paylaşma)\n`,
      ],
      negatives: (g) => [
        `- Password policy: ${humanPassword(g)}\n`,
        `Token name: ${g.lower(6)}-${g.lower(5)}-${g.digits(2)}\n`,
        `API key ID: ${g.alnum(20)}\n`,
        `The password hash: ${g.hex(64)}\n`,
        `Reset your password at: https://example.com/reset\n`,
        `Token rotated in commit: ${g.hex(40)}\n`,
        `api_key: ${g.alnum(32)}\n`,
        // A bank account's IBAN in a list whose other lines give passwords (rw-dev26).
        `- Panel: kullanıcı bodrum.sube, şifre ${humanPassword(g)}\n- Vergi no: ${g.digits(10)} — IBAN: TR${g.digits(24)}\n`,
        `Password: see the vault\n`,
        `Wi-Fi network: Acme-Guest-5G\n`,
        `[10:05] ${exampleSpeaker(g)}: the build finished: ${g.hex(12)}\n`,
        // A chain's public values after a thread that named a key (rw-dev24's tax notes and runbooks).
        `[10:01] ${exampleSpeaker(g)}: the api key is in the vault\n[10:05] ${exampleSpeaker(g)}: missing tx: 0x${g.hex(64)}\n`,
        `[10:01] ${exampleSpeaker(g)}: the api key is in the vault\n[10:05] ${exampleSpeaker(g)}: deposit address (TRC20): T${g.alnum(33).replace(/[0OIl]/g, 'x')}\n`,
      ],
    },
  },
];
