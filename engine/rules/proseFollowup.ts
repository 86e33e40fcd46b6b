// Passwords in chat and prose with no label right beside them: the reply on its own line under a question or a
// heading (`pw for staging?` / `X`, `## Password` / `X`, `Temporary password:` / `X`), and the follow-up
// sentence (`it's X now`, `changed it to X`, `the new one is X`, `try X`, `jetzt X`, `теперь X`). The label sits
// on a line above or earlier in the sentence; both rules read it there, and ask for a value that looks chosen as
// a password (digits or symbols with letters, a generated run, CamelCase words) so that sentences stay quiet.
import { lineStartNear } from '../detect/lineStartNear';
import { fileKind, isShellHistory } from '../validators/fileKind';
import { isPlaceholder } from '../validators/placeholder';
import { readSecretName } from '../validators/secretName';
import { isLiteralToken } from '../validators/literalArgument';
import { isReferenceNumber } from '../validators/referenceNumber';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, continuesSentence, prosePathApplies, foldedKeywords, LETTER, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, strictlyRandom, strongLooking, VALUE } from './prose';
import { exampleSpeaker, isLinePrefix, isSpeakerLine, said } from './proseChatLines';
import { isAcknowledgement, isCueId, namesNetworkBefore, runTogetherWords } from './proseNotValue';
import { ASCII_PASSWORD_LABELS, CREDENTIAL_WORDS, INTL_PASSWORD_LABELS, INTL_TOKEN_LABELS, SENTENCE_WORDS, TOKEN_LABELS } from './proseWords';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]');

/** Latin password words need word boundaries (`pass` is not `passport`); other scripts and compounds do not. */
// `pass` is a verb too (`times to pass by`): only as `pass:`, `pass?` or `pass for`.
// Indonesian's `its password` (`sandinya`, `passwordnya X`): the possessive written against the word.
const LATIN_PW = [...ASCII_PASSWORD_LABELS.filter((l) => l !== 'key' && l !== 'psk' && l !== 'pass'), ...CREDENTIAL_WORDS, 'sandinya', 'passwordnya'];
export const PASSWORD_CONTEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LATIN_PW.map(escape).join('|')}|pass(?=[ \\t]{0,2}[:?：？]|[ \\t]+for[ \\t]))(?![\\p{L}])|passwort|kennwort|wachtwoord|${INTL_PASSWORD_LABELS.map(escape).join('|')}|पासवर्ड|비번|비밀번호`,
  'iu',
);
export const TOKEN_CONTEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...TOKEN_LABELS, 'key', 'klucz', 'api-sleutel', 'khóa api'].map(escape).join('|')})(?![\\p{L}])|${INTL_TOKEN_LABELS.map(escape).join('|')}`,
  'iu',
);

/**
 * A label line that talks about passwords without giving one: a hash, a rule, a field, an example, a commit. (A host or
 * an address under a documentation domain, `ops@acme.example`, `example.com`, is no example of a value; Tomcat's
 * Manager and a hotel's channel manager are applications logged into, not password managers.)
 */
export const NOT_A_VALUE_LINE =
  /hash|policy|polic[ey]|length|expir|format|field|placeholder|(?<![.@\w-])example(?!\.[a-z])|e\.g\.|requirement|strength|hint|fingerprint|checksum|digest|commit|\bsha\b|\bpublic\b|pubkey|\bkey data[ \t]*:|reset link|(?<![\p{L}\p{N}]-|["'“„«‘]|tomcat[ \t]|channel[ \t])manager(?!["'”»’])|(?:passwort|kennwort|password|secret|credential|key|pass)-manager|how (?:to|do)|forgot(?:ten)?[ \t]+(?:your[ \t]+|ur[ \t]+)?(?:password|pw)|(?:passwort|kennwort)[ \t]+vergessen|mot de passe oublié|licen[cs]e|lizenz|serial|not (?:a )?secret|pas un secret|kein geheimnis|no es secreto|não é segredo/iu;

/** A line of a JSON chat export that holds no message text: a brace, or a message's type, sender, id or time. */
const JSON_MESSAGE_FRAME =
  /^[ \t]{0,40}(?:[{}[\],]{1,4}|"(?:type|subtype|user|user_id|user_name|username|ts|id|_id|client_msg_id|team|channel|created(?:_date|_at)?|date|timestamp|author|isPinned|contentType|from|sender|name)"[ \t]{0,4}:[ \t]{0,4}(?:"[^"\n]{0,80}"|[0-9.]{1,20}|true|false|null)[ \t]{0,4},?)[ \t]{0,8}\r?$/;

/** Up to `count` lines said before the value's line (blank and speaker lines skipped), nearest first. */
function linesBefore(text: string, lineStart: number, count = 2): string[] {
  const out: string[] = [];
  let end = lineStart - 1;
  for (let i = 0; i < 12 && end > 0 && out.length < count && lineStart - end < 800; i++) {
    const start = lineStartNear(text, end, end - 300);
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    // Blank, a rule or fence, an empty comment line (` *`), or a speaker's head line.
    if (/^[ \t]{0,40}(?:\*|\/\/|#|>|--)?[ \t]{0,40}\r?$/.test(line) || /^[ \t]*(?:[-=_*]{3,}|```|\.{4}|\+)[ \t]*$/.test(line) || isSpeakerLine(line, (l) => PASSWORD_CONTEXT.test(l) || TOKEN_CONTEXT.test(l)))
      continue;
    // The frame of a chat export in JSON between two messages (`},`, `{`, `"type": "message",`, `"user": "U02…",`).
    if (JSON_MESSAGE_FRAME.test(line)) continue;
    out.push(line);
  }
  return out;
}

/** Letters only, two words run together (`KingfisherCaramelo`, `kolobokMarbleDishwasher`): chosen, not a word of the sentence. */
const camelWords = (value: string) => value.length >= 8 && /^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{1,}){1,3}$/.test(value);

/** Three or four dashed groups of six letters in mixed case (`xxxXxx-xXxxxx-Xxxxxx`), as password managers generate them. */
export const dashedSixes = (value: string) => /^[A-Za-z]{6}(?:-[A-Za-z]{6}){2,3}$/.test(value) && /[a-z][A-Z]|[A-Z][a-z][A-Z]|[A-Z]{2}[a-z]/.test(value) && /[a-z]/.test(value);

/** Looks chosen as a password: strongLooking(), or letters with a symbol and a capital or digit (`Matryoshka!`). */
export function passwordShaped(value: string): boolean {
  return strongLooking(value) || strictlyRandom(value) || camelWords(value) || symbolShaped(value) || mixedCaseRun(value) || dashedSixes(value);
}

/** Words joined by dots, dashes or underscores, perhaps capitalised (`Harvest.fjord.bramble.oyster`). */
export const passphraseShaped = (value: string) => /^[A-Za-z][a-z]{2,11}(?:[-._][a-z]{3,12}){2,6}(?:[-._][0-9]{1,4})?$/.test(value);

/** Letters with a symbol and a capital or digit (`Matryoshka!`). */
const symbolShaped = (value: string) => value.length >= 6 && /[A-Za-z]/.test(value) && /[!@#$%^&*+=?~]/.test(value) && /[A-Z0-9]/.test(value);

/** A line that introduces a value: it ends with a colon or a question mark, or it is a heading. */
const isLabelLine = (line: string) => /[:：?？][ \t*_`]*$/.test(line) || /^[ \t]{0,3}(?:#{1,6}[ \t]|={1,4}[ \t]|h[1-6]\.[ \t]|\*{1,3}[ \t]|\*\*[^*]+\*\*[ \t]*$|'''[^']+'''[ \t]*$)/.test(line);

/** Whether the line before or after the value's line is another lone run of 16+ characters, or a vault header. */
function inBlock(text: string, lineStart: number, end: number): boolean {
  const prevStart = lineStart > 0 ? lineStartNear(text, lineStart - 1, lineStart - 301) : -1;
  const prev = prevStart >= 0 ? text.slice(prevStart, lineStart - 1) : '';
  let nextEnd = end;
  while (nextEnd < text.length && text.charCodeAt(nextEnd) !== 10) nextEnd++;
  let after = nextEnd + 1;
  while (after < text.length && after - nextEnd < 300 && text.charCodeAt(after) !== 10) after++;
  const next = text.slice(nextEnd + 1, after);
  const lone = (line: string) => /^[ \t]*[^\s]{16,}[ \t]*\r?$/.test(line);
  return /^[ \t]*\$ANSIBLE_VAULT|-----BEGIN /.test(prev) || lone(prev) || lone(next);
}

/** Base64 of random bytes ending in its padding: 16+ characters with small and capital letters and digits, then `=` or `==`. */
const isPaddedBase64 = (value: string) => /^[A-Za-z0-9+/]{16,}={1,2}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);

/** Letters and digits, 6 or more (`monkey42`, `anna1990`). */
export const lettersAndDigits = (value: string) => value.length >= 6 && /[A-Za-z]/.test(value) && /[0-9]/.test(value);

/** Letters only but generated (`DZBMvQDoCkDb`): 10 or more, with capitals and small letters mixed through it. */
export const mixedCaseRun = (value: string) =>
  /^[A-Za-z]{10,}$/.test(value) && (value.match(/[A-Z]/g)?.length ?? 0) >= 3 && (value.match(/[a-z]/g)?.length ?? 0) >= 3 && (value.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) >= 4;

/** A version (`v1.3.3`, `2.0.1-beta`), not a password. */
const isVersion = (value: string) => /^v?[0-9]+(?:\.[0-9]+){1,3}(?:[-+][0-9A-Za-z.]+)?$/i.test(value);

type Context = 'password' | 'token' | undefined;

/** What the lines say the value is: a password or a token label in them, and no word that makes them about something else. */
function contextOf(lines: readonly string[], checkFirstOnly = false): Context {
  if (checkFirstOnly) {
    // A follow-up: its own sentence must not be about something else; a password named anywhere above wins over a
    // token word (`… la clé publique` three lines up).
    if (lines[0] !== undefined && NOT_A_VALUE_LINE.test(lines[0])) return undefined;
    if (lines.some((line) => PASSWORD_CONTEXT.test(line))) return 'password';
    return lines.some((line) => TOKEN_CONTEXT.test(line)) ? 'token' : undefined;
  }
  for (const line of lines) {
    if (NOT_A_VALUE_LINE.test(line)) return undefined;
    if (PASSWORD_CONTEXT.test(line)) return 'password';
    if (TOKEN_CONTEXT.test(line)) return 'token';
  }
  return undefined;
}

/** A command line in a pasted terminal session: `$ cmd`, `PS C:\> cmd`, `user@host:~# cmd` (not `# cmd`: a Markdown heading). */
/**
 * A network device's CLI prompt and its command (`rtr-mad-02(config)#end`, `sw01#wr mem`, `Router>enable`): a console
 * transcript's line, never a value given under a label (the `Password:` prompts above it are the device's).
 */
export const DEVICE_PROMPT_LINE =
  /^[ \t]{0,8}[A-Za-z][\w.-]{0,62}(?:\((?:config|conf|cfg)[\w./-]{0,30}\)[#>][ \t]?\S|[#>][ \t]?(?:conf(?:ig(?:ure)?)?|end|exit|show|sh|wr(?:ite)?|copy|reload|enable|en|disable|term(?:inal)?|ping|traceroute|dir|debug|no|do|clear)(?![\w-]))/;
const SHELL_PROMPT_LINE = /^[ \t]{0,8}(?:[$%][ \t]|PS [A-Z]:\\[^>\n]{0,80}>|[\w.-]{1,32}@[\w.-]{1,64}:[^$#\n]{0,80}[$#][ \t])/;
/**
 * A tool's own prompt for a hidden password (`Enter keystore password:`, `Enter PEM pass phrase:`), not a person's label:
 * what is typed there is not echoed, so the line under it is the command's output.
 */
const HIDDEN_INPUT_PROMPT = /^[ \t]{0,4}(?:Enter|Re-enter|Verify|Confirm)[ \t][^\n:]{0,40}(?:password|pass[ \t]?phrase|PIN)[ \t]{0,2}(?:\([^)\n]{0,30}\))?:[ \t]*$/i;

/** A line that asks for or names a Wi-Fi network's name (`SSIDは？`, `network name?`, `nome da rede`, `Netzwerkname`). */
const NETWORK_NAME_ASKED = /ssid|(?:network|wi-?fi|wlan)[ \t-]?name|nome[ \t]da[ \t]rede|nombre[ \t]de[ \t](?:la[ \t])?red|nom[ \t]du[ \t]r[ée]seau|netz(?:werk)?name|ネットワーク名|네트워크[ \t]?이름|网络名/i;

/**
 * A host name: lower-case dotted labels led by a service's word (`ftp.`, `mail.`, `smtp.`, `www.`) or ending in a
 * country's second-level domain (`.com.br`, `.co.uk`). Dotted lower-case words alone may be a passphrase.
 */
const HOST_NAME =
  /^(?:(?:www|ftp|sftp|mail|smtp|imap|pop3?|webmail|cpanel|panel|db|mysql|api|admin|shop|vpn)(?:\.[a-z0-9-]{1,63}){2,6}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,5}\.(?:com|co|org|net|gov|edu|ac|or|ne)\.[a-z]{2})$/;

const HL7_SEGMENT = /^[ \t]{0,4}[A-Z][A-Z0-9]{2}\|/;
/** A FIAS record (a hotel PMS interface's `GI|RN101|G#123|…|`, `PA|RN789|ASOK|`): two capitals, then `|`-ended fields. */
const FIAS_RECORD = /^[A-Z]{2}\|(?:[^|\s]{0,80}\|){1,40}$/;

function validateValueLine(value: string, ctx: MatchContext): boolean {
  // The path gate is repeated here: a gate only saves work (test/unit/engine/detect/ruleGates.test.ts).
  if (!chatPath(ctx.path, false) || !proseApplies(ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  // An HL7 v2 segment (`PRA|123|||…`, a message logged under a line naming a password): the message's fields.
  if (HL7_SEGMENT.test(line)) return false;
  // A router's console line (`rtr-mad-02(config)#end`) under the device's own `Password:` prompt.
  if (DEVICE_PROMPT_LINE.test(line)) return false;
  // A FIAS record logged under the interface's config line (`password=…` above it): the link's message, no reply.
  if (FIAS_RECORD.test(value)) return false;
  const prefix = line.slice(0, ctx.start - lineStart);
  // A Markdown link or image (`![prebuild-token](https://…/d0b8….png)` under a step naming the token).
  if (/^!?\[[^\]\n]{0,80}\]\(/.test(value) || prefix.endsWith('](')) return false;
  // `Ja: X`, `sim: X`: a yes before the value.
  // `digest: sha256:X`, `shasum: X` on the value's own line: a digest, whatever the lines above name.
  // A CI cache's key (`Cache key: <hex>`) names a cache entry.
  if (
    /(?<![A-Za-z])(?:hash|digest|checksum|sha-?(?:1|224|256|384|512)?(?:sum)?|md5(?:sum)?|etag|integrity|fingerprint|cache[ \t_-]?key|cache[ \t][a-z \t]{1,30}[ \t]key)[ \t]{0,2}[:=][ \t]{0,3}['"]?$/i.test(
      prefix,
    )
  )
    return false;
  // `<time>   IMAGE_TAG: 4165009c49e1` (a CI log's `env:` listing): a variable's name after the time, not a speaker;
  // a name that is no secret's gives a value that is none (a secret's name is the keyed rules' to read).
  const variable = /(?:^|[ \t])([A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,6})[ \t]{0,2}[:=][ \t]{0,4}$/.exec(prefix);
  if (variable && !readSecretName(variable[1]!)) return false;
  // A log line (`[2025-03-10 18:05:44] [info]  Crash report queued: <uuid>`): its level tag says it is no chat message.
  if (/^[ \t]{0,3}\[[^\]\n]{0,40}\][ \t]{0,3}\[(?:info|warn|warning|debug|error|trace|notice|fatal)\]/i.test(prefix)) return false;
  if (!isLinePrefix(prefix) && !/^[ \t]{0,4}(?:yes|yep|sure|ja|jo|oui|s[ií]|sim|tak|da|evet|ya|iya|да|так|はい|네|예|是|对)[ \t]{0,2}[:：,][ \t]{1,3}(?:\*{1,3}|_{1,2}|`{1,2})?$/iu.test(prefix)) return false;
  const before = linesBefore(ctx.text, lineStart, 5);
  if (before.length === 0) return false;
  // Under a shell prompt's command line (`$ kubectl get secret … | base64 -d`), it is that command's output:
  // secret-command-output reads those, knowing which commands print a secret.
  if (SHELL_PROMPT_LINE.test(before[0]!)) return false;
  // Under a tool's hidden-input prompt that follows a command line (`$ keytool -exportcert …` / `Enter keystore password:`),
  // it is the command's output too.
  if (HIDDEN_INPUT_PROMPT.test(before[0]!) && before.slice(1, 4).some((l) => SHELL_PROMPT_LINE.test(l))) return false;
  // A bracketed time alone before the value: the value is the name of a chat head (`[09:05 PM] Kestrel#0412`), not a message.
  if (/^[ \t]{0,3}\[[^\]\n]{0,40}[0-9]{1,2}[:.][0-9]{2}[^\]\n]{0,12}\][ \t]{0,3}$/.test(prefix)) return false;
  // A Wi-Fi network's name, not its password: named on its own line (`red: MOVISTAR_…`, `SSID: …`) or asked for on
  // the line above (`SSIDは？`, `what's the network name?`), however near the password question is.
  if (namesNetworkBefore(ctx.text, ctx.start) || (NETWORK_NAME_ASKED.test(before[0]!) && !PASSWORD_CONTEXT.test(before[0]!))) return false;
  // The label is on the nearest line, or on the one before it when the nearest is a short remark (`yes, changed it`).
  const near = said(before[0]!);
  // The nearest line asks another question (`also what image tag is deployed?`): the value answers that one, not a
  // password question further up. A follow-up that points back (`and the viewer one?`) still asks for a password.
  // A nudge (`??`, `any news?`) asks nothing new: a question of three words or more.
  const otherQuestion =
    QUESTION.test(near.trim()) &&
    near.trim().split(/\s+/).length >= 3 &&
    !PASSWORD_CONTEXT.test(before[0]!) &&
    !TOKEN_CONTEXT.test(before[0]!) &&
    !CODE_WORD.test(before[0]!) &&
    !/^[ \t*_]*(?:and|und|et|y|e|i|a|en|og|och|ve|и|а|та|і|what about|how about)(?=[ \t,])|\b(?:one|ones|it|that|this|same|too)\b/iu.test(near);
  let lines = near.length <= 48 && before[1] !== undefined && !otherQuestion ? [before[0]!, before[1]] : [before[0]!];
  let kind = contextOf(lines);
  // Or asked a few messages up, with only short remarks said since (`vale, te la paso`, `nie doszedł sms :(`, `fine:`):
  // no other question, heading or setting between.
  // A nudge (`ok and?`, `which is?`, `so?`) asks for the same value again: a remark too.
  const remark = (l: string) => said(l).length <= 48 && (!/[?？][ \t*_`]*$|[=;{}]/.test(l) || NUDGE.test(said(l))) && !/^[ \t]{0,3}(?:#{1,6}[ \t]|={1,4}[ \t]|h[1-6]\.[ \t])/.test(l);
  for (let i = 1; kind === undefined && i < before.length - 1 && remark(before[0]!) && remark(before[i]!); i++) {
    lines = before.slice(0, i + 2);
    kind = contextOf(lines);
  }
  // A reply to a question asking for a password or a code (`what's the pw for the metabase admin?` / `Marmot`,
  // `The door badge PIN?` / four to eight digits): the whole message is the answer, so a word or a PIN is enough.
  const reply = questionReply(value, lines, kind);
  // A path of words (`kv/data/apps/crm` under Vault's `== Secret Path ==`): where a secret is stored, not the secret.
  if (/^[a-z_-]{1,40}(?:\/[a-z_-]{1,40}){2,}$/.test(value)) return false;
  if (kind === undefined && !reply) return false;
  // `"Password",` / `"ConnectSettings"`: an element of a quoted list (JSON, YAML), not a reply.
  if (/["']$/.test(prefix) && /^["']/.test(ctx.text.charAt(ctx.end))) return false;
  // `**Printer**` read from its second word on: the rest of an emphasis, not a value.
  if (/[*_]$/.test(prefix) && /[*_]$/.test(value)) return false;
  const bare = value.replace(/^_|_$/g, '');
  // A thank-you reply, or a WebVTT cue id above its timing line.
  if (isAcknowledgement(bare) || isCueId(ctx.text, ctx.end)) return false;
  // A line of a block (a vault or PEM body, a hex dump, an htpasswd file): the lines around it are lone values too.
  if (inBlock(ctx.text, lineStart, ctx.end) || /:\$|^\$[0-9a-z]{1,8}\$/i.test(bare)) return false;
  // `DB_USER=app`: a line of a pasted env file (the keyed rules' work), not a reply. `__libc_start_main`: a symbol
  // (`strings` of a binary or a core dump), not a password.
  // Base64 padding (`…Q0IkGS6b7MJb=`) is no assignment: a key under its label, not a line of an env file.
  if ((/^[A-Za-z_][\w.-]{0,40}=/.test(bare) && !isPaddedBase64(bare)) || /^__[A-Za-z]\w*$/.test(value)) return false;
  // A server's name on the lines of a handover (`ftp.shop.example.com.br` under `FTP:`): an address, not a password.
  if (HOST_NAME.test(bare)) return false;
  // A ticket's, case's or record's number given in reply (`REQ-48213`, `AB-2024-001234`): a reference, not a password.
  if (isReferenceNumber(bare)) return false;
  // A call's shape: a SQL result's column heading (`COUNT(*)`, `MAX(id)`), a man page's title (`SSHPASS(1)`).
  if (CALL_SHAPED.test(bare)) return false;
  if (reply) return true;
  if (kind === 'token') return /^[\x21-\x7e]+$/.test(bare) && isLiteralToken(bare, 16);
  if (!prosePassword(bare, ctx) || isVersion(bare)) return false;
  // Alone on its line under the question, letters with digits are enough (`denver43`).
  if (strongLooking(bare) || strictlyRandom(bare) || isLiteralToken(bare, 16) || lettersAndDigits(bare) || symbolShaped(bare) || passphraseShaped(bare)) return true;
  // Small words run together (`stapleforestmarble`) are chosen; no sentence word is that long without a suffix.
  if (runTogetherWords(bare) && !SENTENCE_WORDS.has(bare)) return true;
  // Letters only (`KingfisherCaramelo`, `DZBMvQDoCkDb`) only right under a label line or heading (`Password:`, `## Password`).
  // A place named in reply (`SharePoint`, `OneDrive`) says where the password is kept.
  if ((!camelWords(bare) && !mixedCaseRun(bare)) || NON_ANSWERS.has(bare.toLowerCase())) return false;
  // … or when the reply is the whole message and a question a few messages up asked for the password (`what was the
  // amazon password again` / `dad I told you` / `TangoRadio`): only short remarks were said between.
  return isLabelLine(said(lines[0]!)) || (isLinePrefix(prefix) && passwordAsked(lines));
}

/** A short question that asks for the value already asked about (`ok and?`, `which is?`, `and?`, `so?`, `und?`, `et ?`). */
const NUDGE = /^(?:ok(?:ay)?[ \t,]{1,2})?(?:and|so|which is|which one|und|et|y|e|i|en|ve|и|а)[ \t]?[?？]+$/iu;

/** A question asking for a password among the lines said above (`what's the pw for X?`, `what was the amazon password again`). */
const passwordAsked = (lines: readonly string[]) =>
  lines.some((l) => {
    const asked = said(l).trim();
    // `what was the …` asks for the value itself; OTHER_QUESTION reads the rest (`who changed it?`).
    const rest = asked.replace(/^(?:what(?:'s|’s| is| was)|whats|wie (?:ist|war|lautet))[ \t]+/i, '');
    return (QUESTION.test(asked) || rest !== asked) && PASSWORD_CONTEXT.test(l) && !NOT_A_VALUE_LINE.test(l) && !OTHER_QUESTION.test(rest);
  });

/** A name and a bracket of `*`, a man page section or a column name: `COUNT(*)`, `SSHPASS(1)`, `max(created_at)` (the value may stop before the `)`). */
const CALL_SHAPED = /^[A-Za-z_][\w.]{1,40}\((?:\*|[1-9n][a-z]{0,2}|[a-z_]{1,20})?\)?$/;

/** A question (`…?`, `what's the …`, `Wie ist …`, `…呢`, `…教えてください`), not a statement about a password. */
const QUESTION = /[?？][ \t*_`)]*$|^(?:what'?s|whats|what is|and the|wie (?:ist|lautet|war)|c'est quoi|quel(?:le)? est|cu[aá]l es|qual [ée])\b|(?:呢|吗|嗎|教えて(?:ください|下さい)?|알려 ?주세요)[ \t。]*$/iu;
/** A question whose answer is a name, a place, a time or a way (`who has the admin password?`, `where is it?`), not the value. */
const OTHER_QUESTION =
  /\b(?:who|whom|whose|where|when|why|how|which|wer|wo|wann|warum|welche[rs]?|qui|où|quand|pourquoi|comment|quién|dónde|cuándo|cómo|quem|onde|quando|como)\b|\b(?:did|does|do|has|have|is|was|are|can|could|should)[ \t]+(?:anyone|someone|somebody|you|it|the|we)\b/iu;
/** A code asked for by its own name (`PIN?`, `door code?`, `le digicode ?`): with no password word, only digits answer it. */
const CODE_WORD = /\b(?:pin|pins|code|codes|passcode|digicode|combo|combination)\b|pin-?code|暗証番号|门禁密码/iu;
/** Words that answer a question without giving the value (`dunno`, `pinned`, `KeePass`). */
const NON_ANSWERS = new Set(
  (
    'dunno idk same sorry nope yeah yup nah wait hmm checking check sent later none nothing unknown pinned below above here there ' +
    'vault keepass lastpass bitwarden onepassword 1password dashlane enpass passbolt keeper slack email mail teams confluence wiki ' +
    'changed unchanged expired empty blank default admin root guest user same still also again please asap ' +
    // `one moment` in the languages of the chats.
    'moment momentje momento momentino chwila chwileczke chwileczkę sekunde sekunda seconde attends attendez warte espera aspetta zaraz hold brb lemme looking searching ' +
    // Indonesian and Malay (`sebentar`, `bentar`, `tunggu`), Italian (`attimo`), Dutch (`wacht`).
    'sebentar bentar tunggu attimo wacht ' +
    // Where a file or a note is kept, named in CamelCase (`SharePoint`, `OneDrive`).
    'sharepoint onedrive googledrive icloud onenote'
  ).split(' '),
);

function questionReply(value: string, lines: readonly string[], kind: Context): boolean {
  // The line said right above the reply is the question it answers (an answer between them ends the exchange).
  const asked = lines[0];
  if (asked === undefined || !QUESTION.test(said(asked).trim()) || !(PASSWORD_CONTEXT.test(asked) || CODE_WORD.test(asked)) || NOT_A_VALUE_LINE.test(asked) || OTHER_QUESTION.test(said(asked))) return false;
  // A PIN or code: four to eight digits, not a year, one digit repeated or a run (`1234`).
  if (/^[0-9]{4,8}$/.test(value)) return !/^(?:19|20)[0-9]{2}$/.test(value) && !/^(\d)\1+$/.test(value) && !'0123456789'.includes(value) && !'9876543210'.includes(value);
  if (kind !== 'password' || !PASSWORD_CONTEXT.test(asked)) return false;
  // A word (`Marmot`, `YARROW`, `poiuytr!`) or words joined by dashes: not a word of a sentence or a reply.
  const word = value.replace(/[!.]$/, '');
  if (!/^[A-Za-z]{4,16}$/.test(word) && !/^[a-z]{3,12}(?:-[a-z]{3,12}){1,5}$/.test(word)) return false;
  const lower = word.toLowerCase();
  return !SENTENCE_WORDS.has(lower) && !NON_ANSWERS.has(lower) && !isAcknowledgement(word) && !isPlaceholder(word);
}

/** Phrases that hand over a value named earlier (`it's X now`, `changed it to X`, `the new one is X`, `jetzt X`). */
const FOLLOWUP_PHRASES = [
  "it's now",
  'it is now',
  'is now',
  "now it's",
  'now it is',
  "it's",
  // Typed in a hurry: no apostrophe, or a typographic one (`its X`, `it’s X`).
  'its',
  'it’s',
  'it is',
  'changed it to',
  'changed to',
  'set it to',
  'reset it to',
  'rotated it to',
  'updated it to',
  'switched it to',
  // Verbs that set a value: with no password word around, the value must look generated (CHANGE_PHRASE below).
  'set it back to',
  'change it to',
  'changed that to',
  'rotated to',
  'mudei pra',
  'mudei para',
  'troquei pra',
  'troquei para',
  "l'ho impostata a",
  "l'ho impostato a",
  "l'ho cambiata in",
  "l'ho cambiato in",
  'zmieniłem na',
  'zmieniłam na',
  'ustawiłem na',
  'ustawiłam na',
  'la cambié a',
  'lo cambié a',
  'la puse en',
  'the new one is',
  'new one is',
  'the new one',
  'new one',
  'new pw',
  'new pass',
  'new password',
  // The same words in the other languages tickets are written in (found while tuning on rw-dev11's incident part:
  // `mit dem neuen Kennwort X versucht`, `новый пароль X — но …`).
  'neuen kennwort',
  'neues kennwort',
  'neuen passwort',
  'neues passwort',
  'nouveau mot de passe',
  'nueva contraseña',
  'nova senha',
  'nuova password',
  'nieuwe wachtwoord',
  'nowe hasło',
  'новый пароль',
  'новий пароль',
  'yeni şifre',
  'try',
  'ended up being',
  'now has',
  'has the old',
  'is on',
  'which was',
  'yaitu',
  'adalah',
  'ist jetzt',
  'lautet jetzt',
  'heißt jetzt',
  'jetzt',
  'geändert auf',
  'geändert in',
  'das neue ist',
  'probier',
  'le nouveau',
  'la nouvelle',
  "c'était",
  "c'est",
  'maintenant',
  'essaie',
  'essaye',
  'essayé',
  'ahora es',
  'la nueva es',
  'el nuevo es',
  'ahora',
  'prueba con',
  'pruebe con',
  'agora é',
  'a nova é',
  'o novo é',
  'agora',
  'tente',
  'adesso è',
  'ora è',
  'la nuova è',
  'quella nuova è',
  'il nuovo è',
  'adesso',
  'prova con',
  'is nu',
  'de nieuwe is',
  'probeer',
  'teraz jest',
  'teraz',
  'nowe to',
  'czyli',
  'теперь',
  'тепер',
  'новый',
  'новий',
  'yg baru',
  'yang baru',
  'sekarang',
  // The password changed on its own (`a senha mudou para X`, `la contraseña cambió a X`).
  'mudou para',
  'mudou pra',
  'foi alterada para',
  'foi trocada para',
  'cambió a',
  'ha cambiado a',
  // A value corrected after a typo or a wrong paste (`Korrektur … Richtig ist: X`, `sorry, the correct one is X`).
  'richtig ist',
  'korrekt ist',
  'the correct one is',
  'correct one is',
  'the right one is',
  'right one is',
  'la bonne est',
  'la correcta es',
  'a correta é',
  'quella giusta è',
  'poprawne to',
  // `new` alone, then a colon (`nuova: X` under `la password … è cambiata`): NEW_ALONE below.
  'new',
  'nuova',
  'nuovo',
  'nueva',
  'nuevo',
  'nova',
  'novo',
  'nowe',
  'nowy',
  'neu',
  'neues',
  // A value still in use (`the bouncer password is still X`, `a senha do banco continua X`): the password is named
  // in the sentence or just above (these set nothing, so CHANGE_PHRASE leaves them out).
  'is still',
  'still',
  'immer noch',
  'est toujours',
  "c'est toujours",
  'è ancora',
  'continua',
  'nog steeds',
  'nadal',
];
const phrases = [...FOLLOWUP_PHRASES].sort((a, b) => b.length - a.length);

/**
 * Follow-up forms with words between (regex sources): a value set with its object named (`changed it anyway to X`,
 * `reset the staging admin to X`, `who set the backup user's pass to X`), and one of several values told apart by a
 * word (`the guest one is X`, `the old one was X`).
 */
const CHANGED_OBJECT_TO = "(?:changed|set|reset|rotated|switched)(?:[ \\t]{1,2}[A-Za-z'’-]{1,16}){1,3}?[ \\t]{1,2}to";
const FOLLOWUP_FORMS = [CHANGED_OBJECT_TO, '(?:old|older|new|guest|e-?mail|admin|other|previous|current|real|right|working|second|first)[ \\t]one[ \\t](?:is|was)'];
/** The forms' keywords (each form holds one of them). */
const FOLLOWUP_FORM_KEYWORDS = ['changed', 'reset', 'set ', 'rotated', 'switched', 'one is', 'one was'];
const CHANGED_OBJECT_PHRASE = new RegExp(`^${CHANGED_OBJECT_TO}$`, 'i');
/** Objects of a change that are settings, not credentials (`the build image`, `the default port`, `the ticket's status`). */
const NOT_A_CREDENTIAL_OBJECT =
  /\b(?:image|port|version|tag|branch|name|host(?:name)?|url|path|timeout|limit|size|level|mode|region|channel|schedule|time|date|owner|title|theme|colou?r|font|status|priority|label|build|node|runtime|plan|tier)\b/i;

/** `it's` alone names nothing: the value must end with `now`, or carry a symbol (`It's W1n7er!3`), or be generated. */
const BARE_IT = /^(?:it's|it’s|its|it is)$/i;
/** A sentence saying the value was just changed, in the languages of the phrases. */
const CHANGED =
  /\b(?:rotated|changed|reset|updated|regenerated|geändert|zurückgesetzt|changé|modifié|cambiad[ao]|cambié|mudei|troquei|alterei|cambiato|gewijzigd|veranderd|zmieni(?:łem|łam|ło)|ganti)\b|змінив|изменил|поменял|сменил/iu;
/**
 * Phrases that say a value was just set (`I set it to X`, `change it to X`, `mudei pra X`, `zmieniłem na X`): they
 * say so on their own, as CHANGED says it of a sentence, so with no password word around the value must still look
 * generated or carry a symbol.
 */
const CHANGE_PHRASE =
  /^(?:(?:changed|set|reset|rotated|updated|switched)(?: it)?(?: back)? to|change it to|changed that to|mudei pra|mudei para|troquei pra|troquei para|l'ho (?:impostat|cambiat)[ao] (?:a|in)|zmieni(?:łem|łam) na|ustawi(?:łem|łam) na|l[ao] cambié a|la puse en)$/u;
/** The English noun phrases `new password`, `new pw`, `new pass` (no verb of their own). */
const NEW_PASSWORD_NOUN = /^(?:new pw|new pass|new password)$/;
/** A verb right after the value: the value is what the sentence goes on about (`… PolicyVersion2 applies from May`). */
const SUBJECT_VERB_AFTER = /^[ \t]{1,3}(?:applies|apply|takes|starts|goes|comes|kicks|replaces|requires|needs|means|covers|enforces|becomes|rolls|will|must|should|shall)\b/i;
const TRY = /^(?:try|probier|essaie|essaye|essayé|prueba con|pruebe con|tente|prova con|probeer)$/;
/** `new` alone in a language: it hands over a value only with a colon or an arrow after it (`nuova: X`), not in a sentence (`new X release`). */
const NEW_ALONE = /^(?:new|nuova|nuovo|nueva|nuevo|nova|novo|nowe|nowy|neu|neues)$/;

/** A word and digits as people choose them (`marmalade42`, `Kestrel2024`). */
const WORD_AND_DIGITS = /^(?!(?:ticket|issue|case|room|build|version|release|port|line|page|step|item|task|sprint|node|host|server|vlan)[0-9])[A-Za-z][a-z]{3,15}[0-9]{2,4}$/i;

/** The reply opens its message (`it's X …`) and the message said just before asks for a password (`anyone know the db password?`). */
function askedJustAbove(text: string, lineStart: number, sentence: string): boolean {
  if (!/^[ \t]{0,40}(?:"text":[ \t]{0,4}"|[^\n]{0,60}?:[ \t]{0,4})?(?:yes,?[ \t]{1,2}|yeah,?[ \t]{1,2})?$/i.test(sentence)) return false;
  const asked = linesBefore(text, lineStart, 1)[0];
  return asked !== undefined && /\?/.test(asked) && PASSWORD_CONTEXT.test(asked) && !NOT_A_VALUE_LINE.test(asked);
}

function validateFollowup(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const phrase = (ctx.keyName ?? '').toLowerCase().replace(/[ \t]+/g, ' ');
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const at = ctx.text.lastIndexOf(ctx.keyName ?? '', ctx.start);
  const sentence = line.slice(0, Math.max(0, at - lineStart));
  if (NEW_ALONE.test(phrase) && !/^[ \t]{0,3}[:：→]/.test(ctx.text.slice(at + (ctx.keyName ?? '').length, ctx.start))) return false;
  // The label is earlier on this line or on the lines said just before.
  // The label is in the phrase (`new pw X`), earlier on this line, or on the lines said just before; or the sentence
  // says the value was just changed (`I rotated it, it's X now`), and then the value must carry a symbol.
  let kind: Context = PASSWORD_CONTEXT.test(phrase) ? 'password' : contextOf([sentence, ...linesBefore(ctx.text, lineStart, 4)], true);
  // `set the owner password to X`: a password word in the form itself is the labelled rules' to read.
  if (CHANGED_OBJECT_PHRASE.test(phrase) && PASSWORD_CONTEXT.test(phrase)) return false;
  // `changed the build image to X`, `set the port to X`: the object named is no credential.
  if (CHANGED_OBJECT_PHRASE.test(phrase) && NOT_A_CREDENTIAL_OBJECT.test(phrase)) return false;
  // `Reset the staging admin to X`: an account set to a value is given its password.
  if (kind === undefined && CHANGED_OBJECT_PHRASE.test(phrase) && /\b(?:admin|administrator|root|superuser|user|account|login)\b/i.test(phrase) && !NOT_A_VALUE_LINE.test(sentence)) kind = 'password';
  const changedOnly = kind === undefined && (CHANGED.test(sentence) || CHANGE_PHRASE.test(phrase) || CHANGED_OBJECT_PHRASE.test(phrase)) && !NOT_A_VALUE_LINE.test(sentence);
  if (changedOnly) kind = 'password';
  if (kind === undefined) return false;
  const rest = ctx.text.slice(ctx.end, ctx.end + 12).replace(/^[`"'”*_»」]{1,3}/, '');
  // `le réseau c'est X`: the network's name.
  if (namesNetworkBefore(ctx.text, at)) return false;
  // The value ends the phrase (`…, it's X now.`, `try X`, `the new one is X (in the vault too)`).
  if (!/^[ \t]{0,3}(?:$|[\r\n().,;!?:\]]|[-–—][ \t]|[\p{L}\p{N}])/u.test(rest)) return false;
  // `try X if …`: an instruction goes on; a password offered to try ends the message.
  if (TRY.test(phrase) && !/^[ \t]{0,3}(?:$|[\r\n().,;!?])/.test(rest)) return false;
  // A shared secret set back by hand (`the shared secret … did not match. Set it back to X`) is chosen like a password:
  // mixed case with digits is enough after a phrase that sets a value.
  if (kind === 'token' && CHANGE_PHRASE.test(phrase) && /^[A-Za-z0-9!@#$%^&*+=?~._-]{10,64}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value)) return !isVersion(value);
  if (kind === 'token') return /^[\x21-\x7e]+$/.test(value) && isLiteralToken(value, 16) && strictlyRandom(value);
  if (!prosePassword(value, ctx) || continuesSentence(value, ctx) || isVersion(value)) return false;
  const symbol = /[!@#$%^&*+=?~]/.test(value);
  // `The new password PolicyVersion2 applies from May`: the value is the subject of a verb, the name of a policy or a
  // plan the sentence is about, not a password handed over.
  if (NEW_PASSWORD_NOUN.test(phrase) && !symbol && SUBJECT_VERB_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))) return false;
  // A setting written out (`set it to max_conn=200`) is configuration, not a password.
  if (changedOnly) return symbol && passwordShaped(value) && !/^[A-Za-z_][\w.-]{0,40}[=:]/.test(value);
  // `is on X` only as `is on X now` (`the broker is on X now`), not `is on port 5432`.
  if (phrase === 'is on' && !/^[ \t]{1,3}now\b/i.test(rest)) return false;
  // `it's marmalade42` opening the reply to `anyone know the staging db password?`: a word and digits is enough.
  const answersAsked = BARE_IT.test(phrase) && WORD_AND_DIGITS.test(value) && askedJustAbove(ctx.text, lineStart, sentence);
  if (answersAsked) return true;
  if (BARE_IT.test(phrase) && !/^[ \t]{1,3}now\b/i.test(rest) && !symbol && !strictlyRandom(value)) return false;
  // Named as the new or current value (`adesso è anna1990`), letters with digits are enough; `try` needs more.
  return passwordShaped(value) || (!TRY.test(phrase) && !BARE_IT.test(phrase) && lettersAndDigits(value));
}

// Each ASCII phrase whole (a first word such as `the` or `le` would wake the rule on every text).
const FOLLOWUP_KEYWORDS = [
  ...new Set([
    ...phrases
      .filter((p) => /^[\x20-\x7e]+$/.test(p))
      .map((p) => p)
      .filter((w) => w.length >= 3),
    ...FOLLOWUP_FORM_KEYWORDS,
  ]),
  ...foldedKeywords(phrases.filter((p) => !/^[\x20-\x7e]+$/.test(p))),
];

/**
 * Chat exports, mail, tickets, wiki pages and notes: prose files and files of no known kind. Code and config files
 * are left out (a reply alone on its line is no comment), and so is JSON for values alone on their line.
 */
export function chatPath(path: string | undefined, json: boolean): boolean {
  if (path === undefined) return true;
  // Every candidate of a file asks about the same path; rules ask with either flag.
  const k = json ? 1 : 0;
  if (chatPathAsked[k] !== path) {
    chatPathAsked[k] = path;
    chatPathAnswer[k] = readChatPath(path, json);
  }
  return chatPathAnswer[k]!;
}
const chatPathAsked: (string | undefined)[] = [undefined, undefined];
const chatPathAnswer: boolean[] = [true, true];

const WORDLIST_PATH = /(?:^|[\\/])(?:wordlists?|dictionaries)[\\/]|(?:^|[\\/])[^\\/]*(?:wordlist|spray)[^\\/]*\.(?:txt|lst|dic)$|\.lst$/i;

function readChatPath(path: string, json: boolean): boolean {
  // A line of shell history is a command, not a reply to the line above it.
  if (!prosePathApplies(path) || isShellHistory(path)) return false;
  // A wordlist (`wordlists/corp-spray-2026.txt`, `*.lst`) is one candidate per line: no line answers the one above.
  if (WORDLIST_PATH.test(path)) return false;
  const kind = fileKind(path);
  // An XML export of wiki pages holds prose in its XHTML lines (proseApplies reads which lines).
  if (/\.xml$/i.test(path)) return kind === 'config';
  return (kind === 'prose' || kind === 'unknown') && (json || !/\.json$/i.test(path));
}

/** Words that say a list is one of logins (for `service — user@example.com — X` lines). */
const LOGIN_LIST = /\b(?:logins?|accounts?|creds|credentials|zugänge|zugangsdaten|accesos|acessos|identifiants|comptes)\b/i;

function validateAccountLine(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, false) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const rest = ctx.text.slice(ctx.end, ctx.end + 8).replace(/^[`"'”*_]{1,3}/, '');
  if (!/^[ \t]{0,3}(?:\r?\n|$|\()/.test(rest)) return false;
  if (!prosePassword(value, ctx) || isVersion(value)) return false;
  const { lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const above = ctx.text.slice(Math.max(0, lineStart - 400), ctx.start);
  if (!PASSWORD_CONTEXT.test(above) && !LOGIN_LIST.test(above)) return false;
  return passwordShaped(value) || lettersAndDigits(value) || strictlyRandom(value);
}

/** Generated-looking for a value named only by what it is used for: a symbol with letters, 20+ mixed characters, or groups of letters and digits. */
const USE_SHAPED = (value: string) =>
  (/[!@#$%^&*+=?~()]/.test(value) && /[A-Za-z]/.test(value) && /[0-9A-Z]/.test(value) && value.length >= 8) ||
  strictlyRandom(value) ||
  (/^[A-Za-z0-9]{5,8}(?:-[A-Za-z0-9]{5,8}){2,5}$/.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 3 && (value.match(/[A-Za-z]/g)?.length ?? 0) >= 6);

function validateUseToLogIn(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (!prosePassword(value, ctx) || isVersion(value) || /^[A-Za-z_][\w.-]{0,40}[=:]/.test(value)) return false;
  return USE_SHAPED(value);
}

/**
 * The words a chat message names or asks for a secret by, in the languages of the chat sets: shared by the rules that
 * read a value on the line below (prose-value-line) and after a colon (prose-worded-value).
 */
export const CHAT_SECRET_KEYWORDS: string[] = [
  'password',
  'passwort',
  'kennwort',
  'passwd',
  'passphrase',
  'creds',
  'credential',
  'pw ',
  'pw?',
  // `what's the new netflix pw` ending its message.
  'pw\n',
  'pwd',
  'pass ',
  'pass?',
  'senha',
  'contrase',
  'mot de passe',
  'mdp',
  'wachtwoord',
  'haslo',
  'wifi',
  'wi-fi',
  'wlan',
  'rcon',
  'token',
  'secret',
  'api key',
  'apikey',
  'jeton',
  'klucz',
  ...foldedKeywords([...INTL_PASSWORD_LABELS, ...INTL_TOKEN_LABELS, 'पासवर्ड', '비번']),
];

export const proseFollowupRules: Rule[] = [
  {
    ...base,
    id: 'prose-value-line',
    appliesToPath: (path) => chatPath(path, false),
    description: 'Password or token alone on its line, under a line that asks for it or names it (chat replies, headings, `Password:` lines)',
    keywords: [
      ...CHAT_SECRET_KEYWORDS,
      'pw:',
      'pass:',
      'sandi',
      'key:',
      'key?',
      // A key's label ending its line, the value below (`Callback HMAC key`, `: X` in a definition list).
      'hmac key',
      'signing key',
      // A code asked for by its name (questionReply).
      'pin?',
      'code?',
      'code ?',
    ],
    // After: the value lies below the label; before: the pattern also reads the lines above it (dropped by the validator).
    keywordWindow: { before: 200, after: 600 },
    // Emphasis around the value (`**X**`, `_X_`) is left out of it when it closes too; a lone `*` is the value's.
    // Japanese and Korean replies end with their copula (`X です`, `X 입니다`): still the whole reply.
    pattern: new RegExp(
      `(?<![^\\s:：>"'\`*_「(\\[{,])(?<em>\\*{1,3}|_{1,2})?(?<secret>[^\\s"'\`\\\\<>，。、；！？）」』】「：]{0,127}?[^\\s"'\`\\\\<>.,;:)\\]}，。、；！？）」』】「：])\\k<em>(?=[\`'"”」)\\]}]{0,4}(?:[ \\t]{0,2}(?:です|입니다|이에요|예요|ですよ|だよ)[。.!]?)?[ \\t]{0,40}(?:\\r?\\n|$))`,
    ),
    validate: validateValueLine,
    examples: {
      positives: (g) => [
        `${exampleSpeaker(g)}  10:44 AM\nrcon pass for the survival server?\n\n${exampleSpeaker(g)}  10:45 AM\n${g.s(humanPassword(g))}\n`,
        `## Username\n\nkafka-ui\n\n## Password\n\n${g.s(humanPassword(g))}\n`,
        `Temporary password:\n${g.s(g.alnum(12))}\nShe has to change it at first login.\n`,
        `03/11/2026, 19:15 - Papa: Und das WLAN Passwort für Oma?\n03/11/2026, 19:16 - Lena: ${g.s(humanPassword(g))}\n`,
        `clé d'API de recette :\n${g.s(g.hex(32))}\n`,
        `[김민준] [오후 2:01] 젠킨스 관리자 비밀번호 뭐였죠?\n[이서연] [오후 2:03] ${g.s(humanPassword(g))} 입니다\n`,
        // Asked a few messages up, short remarks between; words run together in CamelCase.
        `2/9/26, 7:12 PM - Dad: what was the amazon password again\n2/9/26, 7:40 PM - Anna: dad I told you yesterday\n2/9/26, 7:41 PM - Dad: I deleted it by accident\n2/9/26, 7:50 PM - Anna: ${g.s(`${g.pick(['Tango', 'Velvet', 'Maple'])}${g.pick(['Radio', 'Otter', 'Lantern'])}`)}\n`,
        // `pw` ending the question, and a nudge (`ok and?`) before the reply.
        `[2026-02-14 19:01] Finn: what's the new netflix pw\n[2026-02-14 19:03] Noor: I changed it to a phrase\n[2026-02-14 19:03] Finn: ok and?\n[2026-02-14 19:05] Noor: ${g.s(`${g.pick(['lantern', 'copper', 'meadow'])}-${g.pick(['walnut', 'pelican', 'radish'])}-${g.pick(['gravel', 'canyon', 'noodle'])}`)}\n`,
      ],
      negatives: (g) => [
        // A Markdown image's target under a step that names the token (a package README).
        `- Give the token a name and click the \`Generate token\` button, see below\n\n![new-token](https://cloud.githubusercontent.com/assets/${g.digits(8)}/${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}.png)\n\nThe default scopes are fine.\n`,
        // A yes in Swahili to `is the router password still X?` (rw-dev22).
        `[02/04/2026, 07:45] Baraka: sawa. router password bado ni ${humanPassword(g)}?\n[02/04/2026, 07:46] Wanjiru NOC: ndio\n`,
        `## Password\n\nUse your SSO account.\n`,
        // A router's console: the device's own `Password:` prompt, then its prompt and command (not a reply).
        'Password:\nrtr-mad-02#conf t\nrtr-mad-02(config)#end\n',
        '[10:01] lee: set the new enable password on the box:\nrtr-mad-02(config)#end\n',
        `Password hash:\n${g.hex(64)}\n`,
        `Token rotated in commit:\n${g.hex(40)}\n`,
        `What is the password?\nTODO\n`,
        `Forgot your password?\nReset-Link\n`,
        `Password policy:\nMinLength12\n`,
        `The password is stored in Vault.\nversion\n${g.alnum(3)}\n`,
        `Password:\n********\n`,
        // Asked above, but the reply names where it is kept, or a word of the thread.
        `[09:01] Finn: what's the password for the HR folder?\n[09:03] Noor: hmm\n[09:04] Noor: SharePoint\n`,
        // An HL7 message logged under a segment whose free text names a password.
        `STF|${g.digits(6)}|U${g.digits(6)}|DOE^JANE||F|||||||||initial password ${humanPassword(g)}\nPRA|${g.digits(6)}|||||||${g.digits(10)}^NPI\n`,
        // A PMS interface's FIAS log: a posting record under the logged config line that names the link password.
        `05.03.2026 06:00:02.211 config: host=10.0.0.5 port=5010 password=<see vault>\n05.03.2026 06:00:02.400 >> PA|RN${g.digits(3)}|ASOK|\n`,
        // Cisco's \`show crypto key mypubkey rsa\`: the public key's DER in hex under its own heading.
        `router#show crypto key mypubkey rsa\nKey name: TP-self-signed-${g.digits(10)}\n Key Data:\n  ${g.hex(64).toUpperCase()}\n`,
        // A US docket number (`2:54-cv-08448`) is no chat time: the case numbers after it are no reply (rw-dev21).
        `Password (per requester): ${humanPassword(g)}\nCase affected: 2:${g.digits(2)}-cv-${g.digits(5)}-FEG, HC-2025-${g.digits(6)}\n`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-account-line-password',
    appliesToPath: (path) => chatPath(path, false),
    description: "Password at the end of a line of logins after the account's e-mail address (eventbrite — events@acme.example — X)",
    // The prefilter folds each code unit into ASCII: the dashes are given folded.
    keywords: [...foldedKeywords([' — ', ' – ']), ' | ', ' - '],
    keywordWindow: { before: 320, after: 200 },
    pattern: new RegExp(`(?<![^\\s(])[^\\s@/()<>]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}[ \\t]{1,3}(?:[—–|]|-{1,2})[ \\t]{1,3}(?:(?:pw|pwd|pass|password)[ \\t:]{1,3})?${OPEN}(?<secret>${VALUE})`),
    validate: validateAccountLine,
    examples: {
      positives: (g) => [
        `shared logins for the events team:\n\neventbrite — events@acme.example — ${g.s(humanPassword(g))}\ncanva — design@acme.example — ${g.s(humanPassword(g))}\n`,
        `Accounts (fallback list)\n- mailchimp | marketing@acme.example | ${g.s(g.alnum(16))}\n`,
      ],
      negatives: () => ['Contacts:\nsales — sales@acme.example — Monday to Friday\n', 'Team accounts\nsupport — support@acme.example — 24/7\n', 'maintainer: jane@example.org - v2.1.0\n'],
    },
  },
  {
    ...base,
    id: 'prose-use-to-log-in-password',
    appliesToPath: (path) => chatPath(path, true),
    // `use X as the password` is prose-use-as-password's.
    description: 'Password named by what it is for: "use X to log in", "use X to sign in"',
    keywords: ['to log in', 'to login', 'to sign in'],
    keywordWindow: { before: 140, after: 4 },
    pattern: new RegExp(`(?<![${LETTER}])(?<key>use)[ \\t]{1,3}${OPEN}(?<secret>${VALUE})[\`"'”*_]{0,2}[ \\t]{1,3}to[ \\t]{1,3}(?:log[ \\t]?in|login|sign[ \\t]?in)(?![${LETTER}])`, 'i'),
    validate: validateUseToLogIn,
    examples: {
      positives: (g) => [
        `welcome! your laptop is ready, use ${g.s(g.alnum(10) + '%' + g.alnum(5))} to log in the first time\n`,
        `For the kiosk account, use \`${g.s(g.alnum(24))}\` to sign in.\n`,
        `Timesheet: use ${g.s(`${g.lower(3)}${g.digits(3)}-${g.digits(2)}${g.lower(4)}-${g.lower(2)}${g.digits(4)}`)} to sign in, then change it.\n`,
      ],
      negatives: (g) => [
        'Use OAuth2 to log in from the CLI.',
        'use SSO to sign in, there is no local password',
        `Use ${'<'}password> as the password placeholder.`,
        `use your-email@example.com to log in`,
        `Use v${g.digits(1)}.${g.digits(1)}.${g.digits(1)} to log in with passkeys.`,
        'use `ssh-agent` to log in without typing the passphrase',
      ],
    },
  },
  {
    ...base,
    id: 'prose-followup-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password handed over in a follow-up sentence after it was named ("it\'s X now", "changed it to X", "the new one is X", "try X")',
    keywords: FOLLOWUP_KEYWORDS,
    keywordWindow: { before: 8, after: 200 },
    pattern: new RegExp(`(?<![${LETTER}'])(?<key>${[...phrases.map(escape), ...FOLLOWUP_FORMS].join('|')})(?![${LETTER}])(?:[ \\t]{1,3}|[ \\t]{0,3}[:：→][ \\t]{0,3})${OPEN}(?<secret>${VALUE})`, 'i'),
    validate: validateFollowup,
    examples: {
      positives: (g) => [
        `the ldap bind pw for the wiki changed?\n09:32 < kaelin> yes, changed it to ${g.s(humanPassword(g))} on friday\n`,
        `Reset the admin password again, it's ${g.s(humanPassword(g))} now.`,
        // A RADIUS shared secret set back by hand (rw-dev22).
        `- BNG-02 RADIUS timeouts: the shared secret on rad2 did not match after the rebuild. Set it back to ${g.s(`${g.upper(1)}${g.lower(4)}${g.upper(3)}${g.lower(3)}${g.digits(1)}${g.upper(1)}`)} on both sides.`,
        `[12:10] can't log in to the firewall, password rejected\n[12:11] the new one is ${g.s(g.alnum(16))}\n`,
        `Kofi: can't get into the shared Adobe account, what's the password?\nInes: try ${g.s(humanPassword(g))}\n`,
        `Hasło do FTP się zmieniło. Teraz jest ${g.s(humanPassword(g))}`,
        `Restarted, still refused.\nThat was it! Changed it anyway to ${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(2)}$${g.lower(3)}`)} without special chars.`,
        `${exampleSpeaker(g)}: what was the amazon password again\n${exampleSpeaker(g)}: that's amazon. the email one is ${g.s(humanPassword(g))}\n`,
        `[15:16] ${exampleSpeaker(g)}: changed the nickserv password last week\n[15:17] ${exampleSpeaker(g)}: the bouncer password is still ${g.s(humanPassword(g))} though, isn't it\n`,
        // An account reset to a value (a commit message): the account's password.
        `    Fix login on staging\n\n    Reset the staging admin to ${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(4)}`)} so QA can continue.\n`,
        // Letters only but generated: capitals and small letters mixed through it.
        // A word and digits opening the reply to a question for the password (rw-dev, a Slack export).
        `    {\n        "type": "message",\n        "user": "U04ABCD1234",\n        "text": "anyone know the staging db password? the one in the wiki is outdated",\n        "ts": "1712046221.129309"\n    },\n    {\n        "type": "message",\n        "user": "U02XYZ98765",\n        "text": "it's ${g.s(`${g.pick(['marmalade', 'harbor', 'kestrel'])}${g.digits(2)}`)} since the rotation last week",\n`,
        `jakie jest hasło do jenkinsa?\n\nTomek  10:12\nzmieniłem na ${g.s(`${g.upper(1)}${g.lower(2)}${g.upper(2)}${g.lower(1)}${g.upper(1)}${g.lower(2)}${g.upper(1)}${g.lower(2)}`)}\n`,
      ],
      negatives: (g) => [
        'The password reset flow is fixed, it is now live.',
        'If the password prompt hangs, try restarting the VPN client.',
        'The API token TTL was too long, set it back to 3600s.',
        `Password rotation moved to a new host; the new one is v${g.digits(1)}.${g.digits(1)}.${g.digits(1)}.`,
        "Password field: it's required now.",
        "We changed the password policy, it's stricter now.",
        'Password: see vault. Try Node18 if the build fails.',
        `The token is fine, it's ${g.lower(8)} now.`,
        'We changed the default port to 8443 last week.',
        // A wallet address asked about in a chat about keys (rw-dev21).
        `[05/03/26 09:12] Rafa: a corretora trocou a senha da conta\n[05/03/26 09:13] Bea: e a chave da API da Binance? a antiga foi revogada\n[05/03/26 09:16] Bea: ok. endereço de depósito continua 0x${g.hex(40)}?\n`,
        'The password is still in the vault.',
        `Reset the counter to ${g.digits(2)} after each run.`,
        `The password policy changed; the old one was v${g.digits(1)}.${g.digits(1)}.`,
        `Ivan set the owner password to ${humanPassword(g)} for now.`,
        'We reset the admin user to defaults after the upgrade.',
        `Reset the root account to v${g.digits(1)}.${g.digits(1)} settings.`,
        // A policy named after the phrase, then its verb.
        'The new password PolicyVersion2 applies from May.',
        "[10:01] ana: anyone know the staging db password?\n[10:02] bo: it's ticket1234 I think",
        "[10:01] ana: what is the vpn password policy?\n[10:02] bo: it's version12 now",
        "[10:01] ana: which host has the db password?\n[10:02] bo: it's on db01 and web02, ask ops",
        `The new password ${g.pick(['Policy', 'Rule', 'Standard'])}V${g.digits(1)} takes effect on Monday.`,
      ],
    },
  },
];
