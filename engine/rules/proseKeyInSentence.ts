// A key or token given in a sentence of a note, mail, chat or ticket: `the write key is <uuid>`, `using token <hex>`,
// `geocoding key <uuid>`, `O token da API é <uuid>`, `APIトークン：<hex>` (a word of another script may follow `API` directly). The labelled prose rules ask a value after
// a bare `key` or `token` to be generated beyond doubt (mixed case and digits); a UUID or a run of lower-case hex
// never is, yet it is what many services issue as a key (Heroku, Postmark, Mixpanel, Segment write keys). What
// keeps it a key and not an id: the word right before the value is a key or token word, no word before that says
// the key is public or no credential (`public key`, `cache key`, `request token`), and the line is not about
// commits, hashes or examples. Prose files only (notes, mail, chat and ticket exports): in code a UUID after
// `key` is a map key or a test id.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { isLiteralToken } from '../validators/literalArgument';
import { base, foldedKeywords, lineAround, NOT_A_CREDENTIAL_KEY_WORDS, proseApplies, strictlyRandom } from './prose';
import { chatPath, NOT_A_VALUE_LINE } from './proseFollowup';

/** Key and token words, English and the languages of the notes (folded for the prefilter when not ASCII). */
// Every label is three characters or more (the prefilter's keyword floor): one-character CJK words (`キー`, `키`) would
// need separators spelled out, so only `トークン` stands for those scripts.
const LABELS = [
  'api key',
  'api token',
  'access key',
  'write key',
  'secret key',
  'access token',
  'key',
  'token',
  'clé',
  'clave',
  'chave',
  'chiave',
  'schlüssel',
  'sleutel',
  'nyckel',
  'klucz',
  'ключ',
  'токен',
  'jeton',
  'secret',
  'geheimnis',
  'トークン',
];

/**
 * Words before the key word that make the value an id, not a credential (`request token`, `project key`, `sort key`;
 * an exam key is an answer key or Safe Exam Browser's Browser Exam Key, a SHA-256 of the browser and its settings).
 */
export const NOT_A_CREDENTIAL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${NOT_A_CREDENTIAL_KEY_WORDS}|search(?:[ \\t-]only)?|only|project|issue|jira|composite|unique|natural|surrogate|shard|row|column|index|table|event|message|request|trace|correlation|dedup(?:lication)?|csrf|xsrf|nonce|page|pagination|continuation|next|cursor|refresh|recovery|idempotence|tracking|device|instance|install(?:ation)?|app|application|client|tenant|org(?:anization)?|project|workspace|exam)[ \\t-]{1,3}$`,
  'iu',
);

/** A UUID, lower-case hex of 24 to 64 characters with letters and digits, or a generated run of 24 to 64. */
function keyShaped(value: string): boolean {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true;
  if (/^[0-9a-f]{24,64}$/i.test(value)) return /[0-9]/.test(value) && /[a-f]/i.test(value) && isLiteralToken(value, 24);
  return value.length >= 24 && strictlyRandom(value);
}

/**
 * The clause the value ends: an id (or a public value) named in an earlier clause (`the project id is <uuid> (public) and the write key is
 * <uuid>`, `token id root@pam!x, secret <uuid>`) is another value's word.
 */
function clauseBefore(text: string): string {
  const breaks = [...text.matchAll(/[,;)]\s|\s(?:and|but|while)\s|\s[—–]\s/g)];
  const last = breaks[breaks.length - 1];
  return last === undefined ? text : text.slice(last.index + last[0].length);
}

function validateKeyInSentence(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || !keyShaped(value)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  // A bare `key` or `token` after an id (`the device id is <uuid> and the key is <uuid>`) is that id's pair; a
  // qualified one (`write key`, `secret`) names its own value.
  const prefix = line.slice(0, ctx.start - lineStart);
  const clause = /^(?:key|token)$/i.test(ctx.keyName ?? '') ? prefix : clauseBefore(prefix);
  if (NOT_A_VALUE_LINE.test(clause + line.slice(ctx.start - lineStart)) || /\b(?:id|ids|uuid|guid)\b|\bsample|\bdummy|\bfake\b/i.test(clause)) return false;
  const label = ctx.keyName ?? '';
  const at = ctx.text.lastIndexOf(label, ctx.start);
  if (at < 0) return false;
  return !NOT_A_CREDENTIAL_BEFORE.test(ctx.text.slice(Math.max(lineStart, at - 24), at));
}

const escape = (s: string) => s.replace(/ /g, '[ \\t]');
const services = (g: ExampleGen) => g.pick(['geocoding', 'SMS gateway', 'analytics write', 'reports API', 'partner']);

export const proseKeyInSentenceRules: Rule[] = [
  {
    ...base,
    // Named to sort after prose-labelled-password and prose-sentence-token: where they claim the same span (a
    // generated value after `key is`), theirs is the finding (scan.ts resolveOverlaps breaks exact ties by id).
    id: 'prose-sentence-uuid-key',
    envName: 'API_KEY',
    appliesToPath: (path) => chatPath(path, true),
    description: 'A UUID or hex key, or a generated token, right after a key or token word in a sentence of a note, mail or chat',
    keywords: [...new Set([...LABELS.filter((l) => /^[\x20-\x7e]+$/.test(l)), ...foldedKeywords(LABELS.filter((l) => !/^[\x20-\x7e]+$/.test(l)))])],
    keywordWindow: { before: 8, after: 140 },
    pattern: new RegExp(
      `(?:(?<![\\p{L}\\p{N}_-])|(?=ト))(?<key>${LABELS.map(escape).join('|')})(?:[ \\t]{1,3}(?:da|de|del|do|du|for|of)[ \\t]{1,3}\\p{L}{2,12})?(?:[ \\t]{1,3}(?:is|was|es|é|est|ist|è|jest|lautet|:)|[ \\t]{0,2}[:：])?[ \\t]{0,3}[\`"'(「]?(?<secret>[0-9A-Za-z][0-9A-Za-z_-]{19,63})(?![\\p{L}\\p{N}_-])`,
      'iu',
    ),
    validate: validateKeyInSentence,
    examples: {
      positives: (g) => [
        `the ${services(g)} token is ${g.s(g.uuid())}\n`,
        `le jeton du partenaire est ${g.s(g.uuid())}\n`,
        `For the reports API, please use the key ${g.s(g.hex(40))} in the X-Api-Key header.\n`,
        `O token da API é ${g.s(g.uuid())} (válido até 2024-10-17).\n`,
        `APIトークン：${g.s(g.hex(40))}\n`,
        `Analytics: the project id is ${g.uuid()} (public, in the page source) and the write key is ${g.s(g.uuid())}.\n`,
      ],
      negatives: (g) => [
        `the request token is ${g.uuid()}\n`,
        `Commit ${g.hex(40)} rotated the key; the key is in the vault.\n`,
        `the project key is ${g.uuid()}\n`,
        `Cache key: ${g.hex(64)}\n`,
        `the public key is ${g.hex(64)}\n`,
        `example key ${g.hex(32)}\n`,
        `- Browser exam key: ${g.hex(64)}\n`,
        `the sample key ${g.uuid()}, rotated monthly\n`,
      ],
    },
  },
];
