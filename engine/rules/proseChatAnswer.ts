// A chat reply that gives the password asked for in the message right above it, with a word or two around the value:
// `sí, es X`, `tenho sim, é X mas o utilizador é …`, `X hai, root user`, `X，用户名 admin`, `analyst / X, it was rotated`,
// `X — but please put it in your keyring`. prose-value-line reads a value alone on its line; here words may lead
// (a yes, a copula, the account's user) and follow it. Both ends must be a chat message (a head with a time, a
// Slack export's speaker line above it, a JSON export's "text"), the message above a question naming a password,
// and the value chosen-looking (letters with digits and a capital or symbol) or a PIN asked for by name.
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, foldedKeywords, lineAround, proseApplies, prosePassword, strictlyRandom, strongLooking } from './prose';
import { exampleSpeaker, isLinePrefix, isSpeakerLine, said, TIME } from './proseChatLines';
import { chatPath, mixedCaseRun, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, TOKEN_CONTEXT } from './proseFollowup';
import { isLiteralToken } from '../validators/literalArgument';
import { isAcknowledgement } from './proseNotValue';
import { INTL_PASSWORD_LABELS } from './proseWords';
import { isReferenceNumber } from '../validators/referenceNumber';

/** A yes or a short word with a comma (`sí,`, `tenho sim,`, `vó,`), then a copula (`es`, `é`, `it's`, `quello è`). */
const COPULA = "(?:es|é|è|e|is|it's|its|it’s|it is|ist|c'est|est|quello è|quella è|to|это|là|adalah|yaitu)";
const AFFIRM = '(?:yes|yep|yeah|sure|s[ií]|sim|ja|jo|oui|tak|evet|да|iya|ya)';
/** A reply handing the value over (`here you go`, `eccolo`, `여기요`): the value follows. */
const HERE = "(?:here(?:'s| is| it is| you go)?|eccolo|eccola|ecco|tieni|aqu[ií] (?:tienes|est[aá])|toma|voil[àa]|voici|hier ist (?:er|es)|여기요|여기 있어요|どうぞ|给你|給你)";
/** What may stand between a chat head and the value: a yes, a copula, the account's user and a slash, a name and a colon. */
const LEAD = `(?:${HERE}[,:!]?[ \\t]{1,2}|[^\\s,:：]{1,10}(?:[ \\t][^\\s,:：]{1,10})?,[ \\t]{1,2}${COPULA}[ \\t]{1,2}|${AFFIRM}[,!][ \\t]{1,2}(?:${COPULA}[ \\t]{1,2})?|${COPULA}[ \\t]{1,2}|[\\w.@-]{1,40}[ \\t]{1,2}/[ \\t]{1,2}|[A-Za-z\\u00C0-\\u024F][^\\s:：/]{0,23}[:：][ \\t]{1,2})`;
const LEAD_AT_END = new RegExp(`${LEAD}$`, 'i');
/** A longer lead that names something else than the password: the value is that (`la versione è X`, `the user is X`). */
const OTHER_THING =
  /(?<![\p{L}])(?:versions?|versione|versión|versão|ticket|user(?:name)?|utente|usuario|usuário|benutzer(?:name)?|login|host(?:name)?|server|ip|port|porta|puerto|id|build|release|commit|branch|réseau|network|ssid|netzwerk|netz|red|rede|rete|name|nom|nombre|nome)(?![\p{L}])/iu;
/** The end of a longer lead: a copula or a colon right before the value. */
const LONG_LEAD_END = new RegExp(`(?:(?:^|[ \\t,])${COPULA}|[^\\s:：][:：])[ \\t]{1,2}$`, 'i');

/** A question: a question mark, Spanish `¿`, or a question word in front (`what was the …`, `qual a senha …`, `… kya hai`). */
const QUESTION =
  /[?？]|¿|(?:^|\s)(?:what'?s|whats|what (?:is|was)|wie (?:ist|lautet|war)|c'est quoi|quel(?:le)? est|cu[aá]l es|qual (?:é|e|a|o)|kya hai|kya tha)(?=\s|$)|(?:呢|吗|嗎)[ \t。]*$|教えて|알려\p{L}{0,4}|(?:^|\s)(?:can|could) you (?:send|share|give)|(?:send|give) me (?:the|your)\b|mi mandi|m[aá]ndame|env[ií]ame|schick(?:st)? mir/iu;
/** A question whose answer is a place, a time, a way or a choice (`where is the password?`), not the value. */
const OTHER_QUESTION = /\b(?:where|when|why|how|which|wo|wann|warum|wie viele|où|quand|pourquoi|comment|dónde|cuándo|cómo|onde|quando|como|dove|quando|perché)\b/iu;
/** A question about a default, a sample or an example password: a documentation FAQ, not a handover. */
const DOCUMENTED = /\b(?:default|sample|demo|dummy|example|standard|werkseinstellung|par défaut|por defecto|padrão)\b/iu;
/** A follow-up question for another account (`and the viewer one?`, `e per il database?`, `y la de Riverside?`). */
// A thanks may open it (`grazie! e per il database?`, `thanks. aur NACH wala SFTP?`, Hindi `aur`).
const AND_ALSO =
  /^[ \t*_]*(?:(?:thanks|thank you|thx|ok|okay|grazie|gracias|danke|merci|obrigad[oa]|dzięki|bedankt|dank je|tack|teşekkürler|shukriya)[!.,]{0,3}[ \t]{1,2})?(?:and|und|et|y|e|i|en|og|och|ve|и|а|aur|also|what about|how about)(?=[ \t,])/iu;
/** A code asked for by its own name: a PIN answers it. */
const CODE_WORD = /\b(?:pin|pin-?code|passcode|code|código|codice|kod|kode)\b|暗証番号/iu;

/** The text of a Slack or Telegram JSON export's message on this line (`"text": "…"`), if it has one. */
const jsonText = (line: string) => /"text":[ \t]?"((?:[^"\\\n]|\\.){0,600})"/.exec(line)?.[1];

/** A message said on a line above the reply: its text, and whether the line is a chat message (not a log line). */
interface Message {
  said: string;
  chat: boolean;
}

/** The messages said on the lines above the reply's line, nearest first: blank and speaker lines skipped. */
function messagesAbove(text: string, lineStart: number, count: number): Message[] {
  const out: Message[] = [];
  let end = lineStart - 1;
  for (let i = 0; i < 10 && end > 0 && out.length < count && lineStart - end < 1500; i++) {
    const start = lineStartNear(text, end, end - 700);
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (/^[ \t]*$/.test(line) || isSpeakerLine(line, (l) => PASSWORD_CONTEXT.test(l))) continue;
    const json = jsonText(line);
    if (json !== undefined) {
      out.push({ said: json, chat: true });
      continue;
    }
    const message = said(line);
    const head = line.slice(0, Math.max(0, line.length - message.length));
    out.push({ said: message, chat: chatHead(head) || (head.trim() === '' && underSpeakerLine(text, start)) });
  }
  return out;
}

/** Whether the previous line is a Slack export's speaker line (`Valeria Ruiz  10:15`) over this message. */
function underSpeakerLine(text: string, lineStart: number): boolean {
  if (lineStart < 2) return false;
  const start = lineStartNear(text, lineStart - 1, lineStart - 100);
  const line = text.slice(start, lineStart - 1).replace(/\r$/, '');
  return isSpeakerLine(line, (l) => PASSWORD_CONTEXT.test(l));
}

/** A log line's level tag: no chat message. */
const LOG_LEVEL = /(?:^|[\s[|])(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL|NOTICE|CRIT|CRITICAL)(?=[\s\]|:]|$)/;
/** A chat message's head with its time (`[12/9/25, 10:05] Andrés: `, `王磊 09:25：`). */
// An address's numbers (`10.15.97.73 - - [`, an access log) are no time of day.
// A level tag (`2026-02-03T10:13:10Z INFO  `) makes it a log line, whatever the line above asked.
const chatHead = (prefix: string) => !/[0-9]{1,3}(?:\.[0-9]{1,3}){3}/.test(prefix) && !LOG_LEVEL.test(prefix) && ((TIME.test(prefix) && isLinePrefix(prefix)) || WHATSAPP_HEAD.test(prefix));
/** WhatsApp's export head, whose name may hold dots and several words (`04.11.24, 18:24 - Dr. Hoffmann Praxis: `). */
const WHATSAPP_HEAD = /^\[?[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4},?[ \t][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t](?:-[ \t])?[^:\n]{1,48}:[ \t]{1,2}$/;

/** Four to eight digits that are no year, no digit repeated and no run (`1234`). */
const pinShaped = (value: string) => /^[0-9]{4,8}$/.test(value) && !/^(?:19|20)[0-9]{2}$/.test(value) && !/^(\d)\1+$/.test(value) && !'0123456789'.includes(value) && !'9876543210'.includes(value);

function validateChatAnswer(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  // The value right after the head, or after a lead word (`sí, es`); a time's digits (`(19:12): `) are no lead.
  let lead = chatHead(before) ? '' : (LEAD_AT_END.exec(before)?.[0] ?? '');
  let head = before.slice(0, before.length - lead.length);
  // A few more words before the copula or colon (`quella del progetto Step7 è X`, `ja, alle 90 Tage. Neues temporäres: X`).
  if (!chatHead(head)) {
    const words = before.slice(line.length - said(line).length);
    const at = before.length - words.length;
    if (words.length <= 60 && LONG_LEAD_END.test(words) && !OTHER_THING.test(words) && chatHead(before.slice(0, at))) {
      lead = words;
      head = before.slice(0, at);
    }
  }
  // The reply is a chat message: a head with a time, a JSON export's text, or a message under its speaker line.
  const json = /"text":[ \t]?"$/.test(head);
  if (!json && !chatHead(head) && !(/^[ \t]{0,4}$/.test(head) && underSpeakerLine(ctx.text, lineStart))) return false;
  // A user and a slash is a login pair answering for a password only; a name and a colon names which account.
  // A value alone on its line after a head prose-value-line reads (`[10:45] Lena: X`, `X 입니다`) is that rule's.
  const rest = line.slice(ctx.end - lineStart);
  if (lead === '' && !json && isLinePrefix(head) && /^[`'"”」)\]}]{0,4}(?:[ \t]{0,2}(?:です|입니다|이에요|예요|ですよ|だよ)[。.!]?)?[ \t]*$/.test(rest)) return false;
  const above = messagesAbove(ctx.text, lineStart, 4);
  if (above[0] === undefined || !above[0].chat) return false;
  const asked = above[0].said;
  if (!QUESTION.test(asked) || NOT_A_VALUE_LINE.test(asked) || OTHER_QUESTION.test(asked) || DOCUMENTED.test(asked)) return false;
  // The question names the password, or follows up on one named in the messages just above (`and for the NAS?`).
  const named = PASSWORD_CONTEXT.test(asked) || (AND_ALSO.test(asked) && asked.length <= 80 && above.slice(1).some((m) => PASSWORD_CONTEXT.test(m.said) && !NOT_A_VALUE_LINE.test(m.said)));
  const codeAsked = CODE_WORD.test(asked);
  // A token or API key asked for by name (`mi mandi il token API?` → `eccolo X`): a generated value answers it.
  if (!named && !codeAsked && TOKEN_CONTEXT.test(asked))
    return (
      !OTHER_THING.test(rest) &&
      value.length >= 20 &&
      isLiteralToken(value, 20) &&
      (strictlyRandom(value) || /^[0-9a-f]{32,64}$|^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(value)) &&
      /[0-9]/.test(value) &&
      /[a-z]/i.test(value)
    );
  if (!named && !codeAsked) return false;
  if (pinShaped(value)) return codeAsked && lead === '';
  if (!named || isAcknowledgement(value)) return false;
  // A ticket, an order or a file (`ORD-45948312`, `notes-v2.txt`), a version or a time: not the password.
  if (isReferenceNumber(value) || /\.(?:txt|pdf|docx?|xlsx?|csv|zip|png|jpe?g|json|ya?ml|md|log|sh|py|js|ts|exe|msi)$/i.test(value)) return false;
  // `trace_id=<hex>`: a field of a logged record, not a reply.
  if (/^[A-Za-z_][\w.-]{0,40}=/.test(value)) return false;
  if (!prosePassword(value, ctx)) return false;
  return strictlyRandom(value) || mixedCaseRun(value) || (strongLooking(value) && /[A-Za-z]/.test(value) && /[0-9]/.test(value));
}

export const proseChatAnswerRules: Rule[] = [
  {
    ...base,
    id: 'prose-chat-answer-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given in a chat reply with words around it (`sí, es X`, `X hai`, `user / X, rotated monday`) under a message asking for it',
    // The question above names the password (or a PIN); the reply follows within a few lines.
    keywords: [
      ...['password', 'passwort', 'kennwort', 'passwd', 'pw ', 'pw?', 'pwd', 'pass?', 'pass for', 'senha', 'contrase', 'mot de passe', 'mdp', 'wachtwoord', 'haslo', 'sifre', 'parola'],
      ...['pin?', 'pin ', 'code?'],
      // A token or API key asked for (the reply must then be generated-looking).
      ...['token?', 'token api', 'api token', 'api key?', 'api-key?', 'apikey?', 'secret key?'],
      ...foldedKeywords([...INTL_PASSWORD_LABELS, 'API 키', '시크릿 키', '教えて', 'código', 'पासवर्ड', '비번', '密码呢', '密碼呢', '密码吗', '密码？', '密码?']),
    ],
    // Before: the pattern also matches words of the question's own head (dropped by the validator).
    keywordWindow: { before: 120, after: 700 },
    pattern: new RegExp(
      `(?<![^\\s:：>\\]"])(?:${LEAD})?(?<secret>[^\\s"'\`\\\\<>，。、；！？）」』】（(：[{][^\\s"'\`\\\\<>，。、；！？）」』】（(：]{2,62}[^\\s"'\`\\\\<>.,;:)\\]}，。、；！？）」』】（(：])(?=[ \\t]|\\r?\\n|$|[,，。、.!?)（(…])`,
      'i',
    ),
    validate: validateChatAnswer,
    examples: {
      positives: (g) => [
        `[12/9/25, 10:02] ${exampleSpeaker(g)}: ¿alguien tiene la contraseña de Spotify for Podcasters?\n[12/9/25, 10:05] ${exampleSpeaker(g)}: sí, es ${g.s(`${g.upper(1)}${g.lower(5)}${g.digits(2)}#${g.lower(2)}`)} (cuenta podcasts)\n`,
        `[14/08/25, 10:11:32 PM] ${exampleSpeaker(g)}: bhai server ka password kya hai?\n[14/08/25, 10:12:05 PM] ${exampleSpeaker(g)}: ${g.s(`${g.upper(1)}${g.lower(6)}${g.digits(4)}`)} hai, root user\n`,
        `[09/03/26 08:12] ${exampleSpeaker(g)}: alguém tem a senha do servidor de fechaduras?\n[09/03/26 08:15] ${exampleSpeaker(g)}: tenho sim, é ${g.s(humanPassword(g).replace(/[^A-Za-z0-9]/g, '') + '!7')} mas o utilizador é "sysadmin"\n`,
        `  {"ts": "1718180520.123409", "text": "anyone has the password for the new replica? getting auth failed"},\n  {"ts": "1718180581.553119", "text": "analyst / ${g.s(`${g.upper(1)}${g.lower(5)}${g.digits(4)}${g.upper(1)}`)} , it was rotated on monday"},\n`,
        `李娜 09:23：门锁系统管理员密码呢？\n王磊 09:25：${g.s(`${g.upper(1)}${g.lower(4)}${g.digits(4)}!`)}，用户名 admin\n`,
        `Kasia (19:11): dzięki! a PIN do karty SIM w routerze LTE?\nTata (19:12): ${g.s(g.pick(['4817', '5093', '7261']))}, PUK jest w szufladzie\n`,
        // More words before the copula or the colon (rw-dev20).
        `[09:01] ${exampleSpeaker(g)}: qualcuno ha la password del PLC della diga? devo scaricare il programma\n[09:03] ${exampleSpeaker(g)}: quella del progetto Step7 è ${g.s(`${g.upper(1)}${g.lower(4)}${g.digits(2)}#`)}\n`,
        // A follow-up for another account opened with a thanks (rw-dev16, rw-dev21).
        `[10:02] ${exampleSpeaker(g)}: qualcuno ha la password del server di sequenziamento?\n[10:03] ${exampleSpeaker(g)}: te la mando in privato\n[10:05] ${exampleSpeaker(g)}: grazie! e per il database dei campioni?\n[10:06] ${exampleSpeaker(g)}: quello è ${g.s(`${g.lower(1)}${g.upper(3)}${g.lower(2)}${g.upper(3)}${g.digits(4)}${g.upper(1)}${g.digits(1)}${g.lower(2)}${g.upper(2)}`)} (utente campioni_ro)\n`,
        // A request without a question mark; a token asked for and handed over (rw-dev23).
        `2026/03/02 9:10 ${exampleSpeaker(g)}: SmartHR の管理者パスワードを教えてください\n2026/03/02 9:12 ${exampleSpeaker(g)}: ${g.s(`${g.lower(6)}${g.digits(2)}#`)} です。今月末に変更予定です\n`,
        `[14:02] ${exampleSpeaker(g)}: ciao, mi mandi il token API di Awin per il report mensile?\n[14:05] ${exampleSpeaker(g)}: eccolo ${g.s(g.uuid())} (scade a fine mese)\n`,
        `[08:14] ${exampleSpeaker(g)}: ich komme auf den Jump-Server nicht drauf, Passwort abgelaufen?\n[08:15] ${exampleSpeaker(g)}: ja, alle 90 Tage. Neues temporäres: ${g.s(`${g.upper(1)}${g.lower(7)}${g.digits(2)}$`)}\n`,
      ],
      negatives: (g) => [
        // Not asked for: a statement above, or a question about where or when.
        `[10:02] ${exampleSpeaker(g)}: the password was rotated\n[10:05] ${exampleSpeaker(g)}: ok, ${g.upper(1)}${g.lower(5)}${g.digits(2)}#x deployed\n`,
        `[10:02] ${exampleSpeaker(g)}: where is the staging password stored?\n[10:05] ${exampleSpeaker(g)}: vault / Infra${g.digits(2)}-Staging (folder)\n`,
        `[10:02] ${exampleSpeaker(g)}: what's the default password of the switch?\n[10:05] ${exampleSpeaker(g)}: it's Admin${g.digits(4)}, from the manual\n`,
        `[10:02] ${exampleSpeaker(g)}: what's the password policy now?\n[10:05] ${exampleSpeaker(g)}: es ISO-27001 (${g.digits(2)} chars)\n`,
        // Not a chat: a FAQ in a README.
        `### What is the admin password?\nIt is Secr3t-${g.digits(2)}, see below.\n`,
        // A thanks and a follow-up asking where: a place answers it.
        `[10:02] ${exampleSpeaker(g)}: what's the password of the NAS?\n[10:03] ${exampleSpeaker(g)}: sent it to you\n[10:05] ${exampleSpeaker(g)}: thanks! and where is the backup one?\n[10:06] ${exampleSpeaker(g)}: it's Vault${g.digits(2)}-Backup, folder infra\n`,
        // A ticket or a file given in reply.
        `[10:02] ${exampleSpeaker(g)}: which ticket has the new password?\n[10:05] ${exampleSpeaker(g)}: OPS-${g.digits(5)}\n`,
        `[10:02] ${exampleSpeaker(g)}: can you send me the password?\n[10:05] ${exampleSpeaker(g)}: sure, creds-v${g.digits(1)}.txt is on the share\n`,
        // A log line under a logged request whose URL asks (`?`) and names a password (rw-dev22).
        `2026-02-03T10:13:10Z INFO  http_in POST /send?username=api_${g.digits(3)}&password=${g.alnum(9)}&to=${g.digits(11)}\n2026-02-03T10:13:10Z INFO  trace_id=${g.hex(32)} latency_ms=81\n`,
        // A year or a run of digits after a PIN question.
        `[10:02] ${exampleSpeaker(g)}: PIN for the printer?\n[10:05] ${exampleSpeaker(g)}: 2024, like the year\n`,
        // A token asked for, answered by an id or a word.
        `[14:02] ${exampleSpeaker(g)}: can you send me the API token for the report?\n[14:05] ${exampleSpeaker(g)}: here you go REPORT-${g.digits(6)} (ticket)\n`,
        `[14:02] ${exampleSpeaker(g)}: where do I find the API key?\n[14:05] ${exampleSpeaker(g)}: here ${g.hex(32)} is the project id\n`,
        // A longer lead that names another thing: the value is that thing.
        `[09:01] ${exampleSpeaker(g)}: qualcuno ha la password del PLC?\n[09:03] ${exampleSpeaker(g)}: la versione è S7-${g.digits(4)}v2\n`,
        `[09:01] ${exampleSpeaker(g)}: what's the password for the NAS?\n[09:03] ${exampleSpeaker(g)}: no idea, the user is Backup${g.digits(2)}x\n`,
        `[12/01/2026 20:30:02] ${exampleSpeaker(g)}: c'est quoi le mot de passe du wifi ?\n[12/01/2026 20:31:20] ${exampleSpeaker(g)}: c'est la clé wifi, le réseau c'est Freebox-${g.digits(1)}${g.upper(1)}${g.digits(1)}${g.upper(1)}\n`,
      ],
    },
  },
];
