// A generated key, secret or token given at the end of a clause that names it with words between: `API key for the
// asset tool in a public KB article: <hex>`, `le client_secret de l'application est <token>`, `Nyckeln … har vi
// ändrat till <HEX>`, `meiner ist <hex>` after `API-Schlüssel`, `Client Token 是 <token>`. prose-sentence-uuid-key
// wants the value right after the key word; prose-sentence-token steps over no identifier (`client_secret`) and
// ends at a public remark anywhere on the line. Here the value must be generated beyond doubt (a UUID, hex of 32 or
// more, or 16+ characters mixing small and capital letters and digits), the words between must end as a clause
// hands a value over (`:`, a copula, `till`, an opening quote or bracket), and nothing between names an id, a hash
// or a commit. Notes, mail, chat and ticket files only: in code the same words are identifiers.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { isLiteralToken } from '../validators/literalArgument';
import { base, foldedKeywords, lineAround, proseApplies } from './prose';
import { chatPath } from './proseFollowup';
import { NOT_A_CREDENTIAL_BEFORE } from './proseKeyInSentence';

/** Key words (an id-like word before them makes the value public or an id: NOT_A_CREDENTIAL_BEFORE). */
const KEY_WORDS = ['key', 'token', 'psk', 'clé', 'clave', 'chave', 'chiave', 'schlüssel', 'sleutel', 'nyckel', 'nyckeln', 'klucz', 'ключ', 'jeton', 'anahtar', 'anahtarı', 'トークン'];
/** Secret words: secret by themselves, whatever word stands before them (`client secret`, `shared secret`). */
const SECRET_WORDS = ['secret', 'geheimnis', 'シークレット'];
const ALL_WORDS = [...KEY_WORDS, ...SECRET_WORDS];
/** Japanese words run into the words around them (`S3シークレットキー`): no word boundary asked. */
const CJK_WORDS = ALL_WORDS.filter((w) => /[\u3040-\u30ff]/.test(w));
const BOUNDED_WORDS = ALL_WORDS.filter((w) => !CJK_WORDS.includes(w));

/** How far before the value its key word may stand. */
const REACH = 90;

/** The words between end as a clause hands over a value: a colon, an equals sign, a copula, `till` / `to`, or nothing. */
const HANDS_OVER =
  /(?:^|[:：=→]|(?<![\p{L}])(?:is|was|are|es|era|est|était|ist|war|är|var|er|è|é|jest|lautet|till|to|naar|wordt|是|为|為|は)(?:[ \t]{1,2}(?:still|now|nog|noch|jetzt|ahora|agora|maintenant|ora|teraz|şimdi))?)[ \t]{0,3}[`"'(「（]{0,2}$/iu;

/** Words between that make the value something other than the named secret: an id, a hash, a commit, a version. */
const OTHER_VALUE_BETWEEN =
  /(?<![\p{L}])(?:id|ids|uuid|guid|hash|hashes|sha-?\d*|md5|commit|checksum|digest|fingerprint|version|revision|build|request|trace|serial|order|nonce|salt|iv|ticket|case|ref|user(?:name)?|login|account|e-?mail|example|sample|dummy|fake|placeholder|name|thumbprint|reference|session|reset|recuper\p{L}*|restablec\p{L}*|réinitialis\p{L}*)(?![\p{L}])|[#№={]|"[ \t]{0,2}[:,]/iu;

/** A line about hashes, public keys or examples. */
const NOT_A_SECRET_LINE =
  /fingerprint|checksum|digest|(?<![\p{L}])(?:sha-?\d*|md5|hash\w*|e\.g\.|placeholder|dummy|fake|sample|pubkey|test vector|licen[cs]e|lizenz|serial)(?![\p{L}])|(?<![.@\w-])example(?!\.[a-z])|public[ \t-]{1,3}(?:api[ \t-]{0,1})?(?:key|token)|\((?:public|öffentlich|público|publique)(?![\p{L}])|(?:is|ist|es|est|è) (?:public|öffentlich|público|publique|pubblica)|not (?:a )?secret|kein geheimnis|pas (?:un )?secret|no es secreto|thumbprint|publi(?:que|able|shable|czn\p{L}*|ek)|pubblic\p{L}*|öffentlich|públic\p{L}*|offentlig|search-only|(?<![\p{L}])aes-?(?:128|256)(?![\p{L}])|dcsync/iu;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Generated beyond doubt: a UUID, hex of 32 to 128 with letters and digits, or 16+ mixed small, capital and digits. */
function generated(value: string): boolean {
  if (UUID.test(value)) return true;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && value.length <= 128 && /[0-9]/.test(value) && /[a-f]/i.test(value) && isLiteralToken(value, 32);
  return value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && isLiteralToken(value.replace(/=+$/, ''), 16);
}

/** Exports, captures and logs: their lines are records (`"key": "…"`, `key=…`), the keyed rules' work. */
const RECORD_PATH = /\.(?:json|log|har|clef|html?|xml|csv|yara?)$|(?:^|\/)logs?\//i;
/** Words of a sentence between the key word and the value (not only a colon or a bracket: that is a record's key). */
const SENTENCE_WORD = /(?:^|[ \t(])\p{L}{2,}/u;

function validateSecretPhrase(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, false) || (ctx.path !== undefined && RECORD_PATH.test(ctx.path))) return false;
  if (!proseApplies(ctx) || !generated(value)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  if (NOT_A_SECRET_LINE.test(line)) return false;
  const word = ctx.keyName ?? '';
  const prefix = line.slice(0, ctx.start - lineStart);
  const at = prefix.toLowerCase().lastIndexOf(word.toLowerCase());
  if (at < 0) return false;
  const between = prefix.slice(at + word.length);
  if (!SENTENCE_WORD.test(between) || !HANDS_OVER.test(between) || OTHER_VALUE_BETWEEN.test(between)) return false;
  // A UUID is also what ids look like: only close after its word.
  if (UUID.test(value) && between.length > 40) return false;
  const isSecretWord = SECRET_WORDS.some((w) => w === word.toLowerCase());
  // A bare `key` or `token` after an id on the line (`the device id is <uuid> and the key is <uuid>`) is that id's pair.
  if (/^(?:key|token)$/i.test(word) && /(?<![\p{L}])(?:id|ids|uuid|guid)(?![\p{L}])/iu.test(prefix.slice(0, at))) return false;
  return isSecretWord || !NOT_A_CREDENTIAL_BEFORE.test(prefix.slice(Math.max(0, at - 24), at));
}

const escape = (s: string) => s.replace(/ /g, '[ \\t]');
const UUID_SOURCE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const tool = (g: ExampleGen) => g.pick(['the asset tool', 'the forecast job', 'the label printer bridge', 'our billing export']);

export const proseSecretPhraseRules: Rule[] = [
  {
    ...base,
    // Named to sort after prose-sentence-token and prose-sentence-uuid-key: where they claim the same span, theirs is
    // the finding (scan.ts resolveOverlaps breaks exact ties by id).
    id: 'prose-stated-key-value',
    envName: 'API_KEY',
    appliesToPath: (path) => chatPath(path, false) && (path === undefined || !RECORD_PATH.test(path)),
    description: 'A generated key, secret or token given at the end of a clause that names it, with words between (`the API key for X is …`, `le client_secret de l’application est …`)',
    keywords: [...new Set([...ALL_WORDS.filter((l) => /^[\x20-\x7e]+$/.test(l)), ...foldedKeywords(ALL_WORDS.filter((l) => !/^[\x20-\x7e]+$/.test(l)))])],
    keywordWindow: { before: 0, after: REACH + 140 },
    // From the key word (after a letter only for `_`: `client_secret`) over up to REACH characters of the line to the
    // first value that opens with a letter or digit after a blank, a colon, a quote or a bracket.
    pattern: new RegExp(
      `(?:(?<![\\p{L}\\p{N}])|(?=[シト]))(?<key>(?:${BOUNDED_WORDS.map(escape).join('|')})(?![\\p{L}\\p{N}])|${CJK_WORDS.join('|')})[^\\r\\n]{0,${REACH}}?(?<=[ \\t:：=\`"'(「（])(?<secret>${UUID_SOURCE}|[A-Za-z0-9][A-Za-z0-9_+/-]{14,127}={0,2})(?![\\p{L}\\p{N}_+/=-])`,
      'iu',
    ),
    validate: validateSecretPhrase,
    examples: {
      positives: (g) => [
        `**F-12 Secrets in the helpdesk tool.** API key for ${tool(g)} in a public KB article: ${g.s(g.hex(32))}\n`,
        `Le client_secret de l'application est ${g.s(g.alnum(40))}, il faut le changer.\n`,
        `Nyckeln för säkerhetsåtkomst nivå 0x05 har vi ändrat till ${g.s(g.hex(32).toUpperCase())}, den gamla gäller inte längre.\n`,
        `- Die Laborbuch-Software bekommt ihren API-Schlüssel vom Admin; meiner ist ${g.s(g.hex(80))}, den bitte nicht weitergeben.\n`,
        `* ENTSO-E token for ${tool(g)}: \`${g.s(g.uuid())}\` – it's registered to my email\n`,
        `@alex: SECRET_KEY_BASE is still ${g.s(g.hex(128))} (copied from old .env.production)\n`,
        `- データ転送用のS3シークレットキー：${g.s(g.alnum(40))}\n`,
        `[10:15] Karim : la clé partagée côté Lyon (celle que j'ai tapée) est ${g.s(`6Q${g.upper(4)}a9B${g.alnum(10)}`)}\n`,
      ],
      negatives: (g) => [
        // Ids, hashes, commits and versions named between or on the line.
        `The API key for ${tool(g)} was rotated in commit ${g.hex(40)}.\n`,
        `The token for ${tool(g)} has request id: ${g.uuid()}\n`,
        `The key fingerprint for ${tool(g)} is ${g.hex(64)}\n`,
        `Token CSC (NFC-e) id 000001: ${g.uuid().toUpperCase()}\n`,
        `The public key of ${tool(g)} is ${g.alnum(40)}\n`,
        `The cache key for ${tool(g)} is ${g.hex(32)}\n`,
        `The key of the sample is ${g.alnum(24)}\n`,
        // Records and key lines, not sentences: a key with only a colon before its value, a JSON pair.
        `FCM token: ${g.alnum(22)}\n`,
        `the device id is ${g.uuid()} and the key is ${g.uuid()}\n`,
        `{ "key": "tenantId", "value": "${g.uuid()}" }\n`,
        `Withdrawal key name must match exactly: "cold-1". Reference: ${g.hex(64)}\n`,
        `AES256 key of svc_sql (from DCSync): ${g.hex(64)}\n`,
        `Token-signing certificate thumbprint: ${g.hex(40).toUpperCase()}\n`,
        `Ne pas confondre avec la clé du module de paiement (clé publique, sans risque) : \`pk_live_${g.alnum(40)}\`.\n`,
        `Klucz reCAPTCHA (publiczny, w HTML): \`6L${g.alnum(38)}\`\n`,
        // Not generated: a word, a name, a path, letters only, short hex.
        `The API key for ${tool(g)} is stored in the vault under ops/billing-export/api-key-2024.\n`,
        `The token for ${tool(g)} is ${g.lower(20)}\n`,
        `The key is ${g.hex(16)}\n`,
        // A UUID far after its word: an id of something the sentence talks about.
        `The API key was revoked after the incident that we tracked in our tracker as ${g.uuid()}\n`,
        // No clause hands it over.
        `Our token rotation job ran on ${g.alnum(24)} last night\n`,
      ],
    },
  },
];
