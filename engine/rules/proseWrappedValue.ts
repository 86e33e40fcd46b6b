// A password or token whose label and value a hard-wrapped paragraph puts on two lines: the label's clause ends the
// line above and the value opens the next (`…its password (for iinit in the cron container) is\nX.`, `New password
// set:\n  X (updated in KeePass)`, `…inloggen met het account, wachtwoord\n   \`X\``), or the line above names it and
// the next says the verb (`…password for the head-end\nis X`, `…the passphrase for the GPG\nsymmetric encryption is: X`,
// `A senha do certificado\nA1 é X`). The single-line rules read a label and its value on one line only.
import { lineStartNear } from '../detect/lineStartNear';
import { isReferenceNumber } from '../validators/referenceNumber';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, continuesSentence, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, strictlyRandom, VALUE } from './prose';
import { CHAT_SECRET_KEYWORDS, chatPath, DEVICE_PROMPT_LINE, lettersAndDigits, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, passwordShaped, TOKEN_CONTEXT } from './proseFollowup';

const VERB = '(?:is|was|é|è|est|ist|lautet|es|er|är)';
const LABEL_WORD = '(?:password|passphrase|passwort|kennwort|wachtwoord|senha|contraseña|mot de passe|hasło|haslo|parola|lösenord|adgangskode|passord)';
/** The line above ends with a separator (`is`, `was:`, `set:`, `lautet`, a colon, a dash) after the label's clause. */
const SEPARATOR_END = `(?:(?<![A-Za-z0-9_])(?:${VERB}|set|now)(?:[ \\t]{0,2}[:：])?|[:：]|[ \\t][-–—])`;
/** The line above ends with the label itself (`…, wachtwoord`, `…, password`). */
const LABEL_END = `(?<![A-Za-z0-9_\\u00C0-\\u024F])${LABEL_WORD}`;
/** The line above ends with the label and a preposition (`…tiene la clave de`, `…the password for the`); the next line names the account. */
const LABEL_OF_END = `(?<![A-Za-z0-9_\\u00C0-\\u024F])(?:clave|contraseña|password|passwort|kennwort|senha|wachtwoord)[ \\t]{1,2}(?:de|del|da|do|des|for|für|van|voor)(?:[ \\t]{1,2}(?:la|el|the|den|das|die|o|a))?`;
const LABEL_OF_END_LINE = new RegExp(`${LABEL_OF_END}[ \\t]*$`, 'i');
/**
 * The start of a line under one that ends with a separator or the label, or a few words and a verb or colon there
 * (`symmetric encryption is:`, `is`, `A1 é`); then the value.
 */
const PATTERN = new RegExp(
  `\\n[ \\t]{0,8}(?:(?<=(?:${SEPARATOR_END}|${LABEL_END})[ \\t*_]{0,3}\\r?\\n[ \\t]{0,8})|(?<=${LABEL_OF_END}[ \\t]{0,2}\\r?\\n[ \\t]{0,8})(?<ofLead>[a-z\\u00C0-\\u024F][a-z\\u00C0-\\u024F-]{1,23}[ \\t]{1,2})|(?<lead>(?:[^\\s:：=.!?"'\`|<>()[\\]{},;]{1,24}[ \\t]{1,2}){0,4}?)(?<verb>${VERB}(?:[ \\t]{0,2}[:：])?|[:：])[ \\t]{1,3})${OPEN}(?<secret>${VALUE})`,
  'i',
);

/** Places, settings and versions, not passwords (`to staging.example.com`, `max_conn=200`, `v2.1.0`, a path). */
const NOT_A_PASSWORD = /[/\\]|:\/\/|^[^@]+@[\w-]+\.[\w.-]+$|^[A-Za-z_][\w.-]{0,40}[=:]|^v?[0-9]+(?:\.[0-9]+)+|^[0-9]+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** A time stamp opening a log line (`2024-05-07T12:00:03.1123101Z`, `12:00:03`). */
const TIME_FIRST = /^\d{4}-\d\d-\d\d|^\d{1,2}:\d\d/;
/** Request and tenant ids name no secret. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A passphrase of three or more words joined by dots, dashes or underscores (`harbor.Lantern.maple.quartz42`). */
const WORDS_JOINED = /^[A-Za-z][a-z]{2,11}(?:[-._+][A-Za-z][a-z]{2,11}){2,6}[0-9]{0,4}[!?#.]?$/;

/** The last clause of a text: after its last sentence end (a stop, `!` or `?` before a blank). */
function lastClause(text: string): string {
  const m = /^[\s\S]*[.!?](?=[ \t]|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

function validateWrapped(value: string, ctx: MatchContext): boolean {
  // The line and the line above first (cheap), the value's checks last.
  const { lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  if (lineStart === 0) return false;
  const aboveStart = lineStartNear(ctx.text, lineStart - 1, lineStart - 400);
  const above = ctx.text.slice(aboveStart, lineStart).replace(/\r?\n$/, '');
  // A heading, a list item's bare marker, a fence, a table row or a blank line is no sentence that runs on; nor a
  // terminal's prompt (what follows it is the program's output, the typed password is not echoed).
  if (above.trim() === '' || /^[ \t]*(?:#|```|[-*+][ \t]*$|\|)/.test(above) || /^[ \t]*(?:enter|re-enter|retype|confirm|verify)\b/i.test(above)) return false;
  // A router's console line (`rtr-mad-02#conf t` under the device's `Password:` prompt): a transcript, no value.
  if (DEVICE_PROMPT_LINE.test(ctx.text.slice(lineStart, ctx.end + 40))) return false;
  const head = ctx.text.slice(lineStart, ctx.start);
  const verbAndLead = /^[ \t]{0,8}(?<lead>.{0,120}?)(?<verb>(?<![\p{L}\p{N}])(?:is|was|é|è|est|ist|lautet|es|er|är)(?:[ \t]{0,2}[:：])?|[:：])?[ \t]{0,3}[`"'“«(*_{]{0,4}$/iu.exec(head);
  const lead = verbAndLead?.groups?.lead?.trim() ?? '';
  // The account named after a label wrapped at its preposition (`la clave de\nadministrador X;`): the value ends the clause.
  if (lead !== '' && verbAndLead?.groups?.verb === undefined) {
    if (!LABEL_OF_END_LINE.test(above) || !/^(?:[.,;!?)](?:[ \t]|$|\r?\n)|[ \t]*(?:\r?\n|$)|[ \t]{1,2}[-–—(])/.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
  }
  // A new list item or a new sentence's subject (`- Publishable key: X`, `Tenant: X`, `Username is X`) is no run-on line.
  if (lead !== '' && (/^(?:[-*+•]|\d{1,2}[.)])[ \t]/.test(lead) || /^\p{Lu}\p{Ll}/u.test(lead))) return false;
  // A key of a setting or a log line's field (`ldap_default_authtok = X`, `  DEPLOY_TOKEN: ***` under a log's time), a call.
  if (/^[`"'”»*_]{0,3}[ \t]{0,3}[:=]|^\(/.test(ctx.text.slice(ctx.end, ctx.end + 8)) || TIME_FIRST.test(value)) return false;
  // A row of a delimited file is one record, not a sentence's words.
  if (/[;,]/.test(value) || NOT_A_PASSWORD.test(value) || isReferenceNumber(value)) return false;
  const clause = lastClause(`${above.trimEnd()} ${lead}`.trimEnd());
  const password = PASSWORD_CONTEXT.test(clause);
  if (!password && !TOKEN_CONTEXT.test(clause)) return false;
  if (NOT_A_VALUE_LINE.test(clause) || /(?<![\p{L}])(?:sample|dummy|fake|demo)(?![\p{L}])/iu.test(clause)) return false;
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (!prosePassword(value, ctx) || continuesSentence(value, ctx)) return false;
  if (password) return passwordShaped(value) || lettersAndDigits(value) || WORDS_JOINED.test(value);
  // A token's label: the value must look generated.
  return !UUID.test(value) && (strictlyRandom(value) || (value.length >= 24 && /[0-9]/.test(value) && /[A-Za-z]/.test(value)));
}

export const proseWrappedValueRules: Rule[] = [
  {
    ...base,
    id: 'prose-wrapped-value',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password or token given across a hard-wrapped line: the label and its verb end one line, the value opens the next',
    // A weak label (`clave`) wrapped after its preposition (LABEL_OF_END).
    keywords: [...CHAT_SECRET_KEYWORDS, 'clave de'],
    // The label lies on the line above the value.
    keywordWindow: { before: 8, after: 320 },
    pattern: PATTERN,
    validate: validateWrapped,
    examples: {
      positives: (g) => [
        `The service account used by the pipeline is \`svc_ingest\`; its password (for \`iinit\` in the cron container) is\n${g.s(humanPassword(g))}. Treat the scrambled form as a secret too.\n`,
        `Root cause: svc_pyxis password expired. New password set:\n  ${g.s(humanPassword(g))} (updated in KeePass and on the server)\n`,
        `2. Sendcloud: inloggen met het gedeelde account \`logistiek@bloemhuis.example\`, wachtwoord\n   \`${g.s(g.alnum(24))}\`.\n`,
        `Update 14:20: registration works again; new service account password for the head-end\nis ${g.s(humanPassword(g))} (rotating with the next release).\n`,
        `Files are delivered monthly; the passphrase for the GPG\nsymmetric encryption is: ${g.s(humanPassword(g))}\n`,
        `*Notes (Dan):* also the client secret on staging was rotated, the new one is\n${g.s(g.alnum(40))}; updated in the k8s secret.\n`,
        // The label wrapped after its preposition, the account named on the next line (rw-dev22).
        `La impresora de etiquetas de la línea 4 tiene la clave de\nadministrador ${g.s(`${g.upper(1)}${g.lower(6)}${g.digits(3)}$`)}; no la compartas.\n`,
      ],
      negatives: (g) => [
        'The admin password is\nstored in the vault, ask the on-call.\n',
        'The password for the\nserver Nebula2024 is in the vault.\n',
        'Recuerda que la contraseña de\nadministrador debe tener al menos 8 caracteres.\n',
        `The password must be at least\n12 characters long.\n`,
        `Password policy: the minimum length is\n${g.digits(2)} characters.\n`,
        `## Password\n${humanPassword(g)}\n`,
        `The password is kept in KeePass.\nversion ${g.digits(1)}.${g.digits(1)}.${g.digits(1)} is out\n`,
        `Your password hash is\n${g.hex(64)}\n`,
        `The new password reset link is\nhttps://sso.example.com/reset\n`,
        `We store the token in the session; the handler is\nAuthHandler2 in auth.ts.\n`,
        `the password for the wiki is the same as for\nJenkins2024 accounts\n`,
        `The password was changed by\nadmin2 yesterday.\n`,
        // A CI log's masked env block, a manifest's keys, a new list item, a prompt's output, a sample.
        `2026-05-02T10:00:01.${g.digits(7)}Z env:\n2026-05-02T10:00:01.${g.digits(7)}Z   password: ***\n`,
        `  - name: DB_PASSWORD\n    valueFrom:\n`,
        `- Secret key: ${g.alnum(32)}\n- Publishable key (public): pk_${g.alnum(24)}\n`,
        `Enter keystore password:\n${g.base64(28)}\n`,
        'Password:\nrtr-mad-02>enable\nPassword:\nrtr-mad-02#conf t\n',
        `The site's sample token is\n${g.alnum(36)}.\n`,
        `If you lose the password\nINC-${g.digits(6)} documents the recovery.\n`,
        `Request IDs from your failing calls (before the key was issued):\n${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}\n`,
      ],
    },
  },
];
