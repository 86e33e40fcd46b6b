// A chat reply that gives the password of another account than the one just talked about, naming it by ellipsis:
// `la de Fotocasa es distinta: X`, `y la del portátil (usuario laura.g): X`, `pon la de la campaña: X`, `la cambié: X`,
// `und für die Fachanwendung OK.VORFAHRT: X`, or by the account's name asked about just above (`y la de Audacity Cloud
// / Riverside?` → `riverside: X`). The password itself is named a few messages up; the reply only points back at it
// (Spanish `la` is `la contraseña`). Precision comes from that: a chat message, the ellipsis at the message's start, a
// password named in the lines above, and a chosen-looking value.
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { base, continuesSentence, LETTER, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, strictlyRandom, strongLooking, VALUE } from './prose';
import { exampleSpeaker, isLinePrefix } from './proseChatLines';
import { chatPath, mixedCaseRun, NOT_A_VALUE_LINE, PASSWORD_CONTEXT } from './proseFollowup';

/** What the ellipsis names: words up to a colon or a copula, no question and no quote. */
const NAMED = '[^:：?？"\\n]{1,40}?';
/** A copula, maybe with `different` (`es distinta`), or a colon, before the value. */
const THEN = `(?:[ \\t](?:es|é|è|ist|is|est)(?:[ \\t](?:distinta|distinto|diferente|diversa|diverso|anders|andere|autre|different|otra|otro|outra|outro|altra|altro))?[ \\t]{0,2}[:：]?|[ \\t]{0,2}[:：])`;

/**
 * The ellipsis at the start of a reply: `(y) la de X (es)`, `(e) quella di X`, `und für X:`, `and for X:`, `la cambié:`,
 * or one word and a colon (`riverside:`), which the validator reads against the question above.
 */
const LEAD =
  `(?:(?:(?:y|e|i|o|and|und|en|et)[ \\t]{1,2})?(?:la|a|quella|quello|die|der|das|celle|celui)[ \\t]{1,2}(?:de|del|da|do|della|dello|di|per|para|von|vom|für|pour|du|des)[ \\t]{1,2}${NAMED}${THEN}` +
  `|(?:und|and|en|et|e|y|i)[ \\t]{1,2}(?:für|fürs|for|voor|pour|per|para|pra)[ \\t]{1,2}${NAMED}[ \\t]{0,2}[:：]` +
  `|(?:la|l'|lo)[ \\t]?(?:cambi[ée]|he[ \\t]cambiado|ho[ \\t]cambiata|troquei|mudei)[ \\t]{0,2}[:：]?` +
  `|[A-Za-z\\u00C0-\\u024F][\\w.-]{2,24}[ \\t]{0,2}[:：])`;

/** A word that opens a reply before the ellipsis: a yes, an ok, a `put`/`use` (`sí, pon la de la campaña: X`). */
const OPENER = /(?:(?:s[ií]|yes|yep|ok(?:ay)?|ja|jo|oui|sim|claro|vale)[,!.]?[ \t]{1,2})?(?:(?:pon|usa|use|nimm|prova|try)[ \t]{1,2})?$/i;

/** The lines said above the reply's line, nearest first, up to `count` lines and about 1,200 characters. */
function linesAbove(text: string, lineStart: number, count: number): string[] {
  const out: string[] = [];
  let end = lineStart - 1;
  for (let i = 0; i < count + 4 && end > 0 && out.length < count && lineStart - end < 1200; i++) {
    const start = lineStartNear(text, end, end - 600);
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim() !== '') out.push(line);
  }
  return out;
}

/** A chosen-looking password: letters with digits and a symbol or capital, capitals through letters, or generated. */
// Also capitals through small letters with a symbol and no digit (`abcDeF#GHI*jKL`), as a generator makes them.
const chosen = (value: string) =>
  strongLooking(value) || mixedCaseRun(value) || strictlyRandom(value) || (value.length >= 10 && /[^A-Za-z0-9]/.test(value) && (value.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) >= 4);

function validateOtherAccount(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const lead = ctx.keyName ?? '';
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const leadAt = line.lastIndexOf(lead, ctx.start - lineStart);
  if (lead === '' || leadAt < 0) return false;
  // The ellipsis opens the message: after the chat head (time and name), a JSON export's "text", or a yes.
  const head = line.slice(0, leadAt).replace(OPENER, '');
  if (!/"text":[ \t]?"$/.test(head) && !(isLinePrefix(head) && /[0-9]{1,2}[:.][0-9]{2}|^[ \t]*$/.test(head))) return false;
  // The value ends the clause (a remark in brackets may follow).
  if (!/^(?:[`'"”»*_]{1,2}|$|[\r\n,.;!?)(]|[ \t]|\\n)/.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
  if (!chosen(value) || !prosePassword(value, ctx) || continuesSentence(value, ctx)) return false;
  const above = linesAbove(ctx.text, lineStart, 4);
  // A password named in the messages just above, on a line about the value itself (not a policy or a manager).
  if (!above.some((l) => PASSWORD_CONTEXT.test(l) && !NOT_A_VALUE_LINE.test(l))) return false;
  // One word and a colon: the account asked about in a question just above (`… / Riverside?` → `riverside: X`).
  if (/^[A-Za-z\u00C0-\u024F][\w.-]{2,24}[ \t]{0,2}[:：]$/.test(lead.trim())) {
    const word = lead
      .trim()
      .replace(/[ \t]{0,2}[:：]$/, '')
      .toLowerCase();
    if (word.length < 4) return false;
    return above.slice(0, 2).some((l) => /[?？]\W{0,4}$/.test(l) && new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(l));
  }
  return true;
}

export const proseOtherAccountRules: Rule[] = [
  {
    ...base,
    id: 'prose-chat-other-account-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password of another account given in a chat reply by ellipsis ("la de Fotocasa es distinta: X", "und für die Fachanwendung: X", "riverside: X")',
    // The password is named in the messages above the reply; the window runs from there (the pattern also matches
    // heads on the keyword's own line, which the validator drops).
    keywords: ['password', 'passwort', 'kennwort', 'contrase', 'senha', 'mot de passe', 'wachtwoord', 'parola', 'haslo', 'sifre', 'pass?', 'pw?'],
    keywordWindow: { before: 200, after: 900 },
    // The lead opens a message: after the head's colon, bracket or tab, a JSON text's quote, or a yes (`sí, pon …`).
    pattern: new RegExp(
      `(?<=(?:^|[\\n:：>\\]"\\t,])[ \\t]{0,3}(?:[A-Za-z\\u00C0-\\u024F]{1,6}[,!.]?[ \\t]{1,2}){0,2})(?<![${LETTER}'])(?<key>${LEAD})[ \\t]{1,2}${OPEN}(?<secret>${VALUE})(?=$|[\\s"'\`,.;!?)(\\]…，。]|\\\\n)`,
      'i',
    ),
    validate: validateOtherAccount,
    examples: {
      positives: (g) => [
        `[10/02/26 10:12] ${exampleSpeaker(g)}: ¿cuál es la contraseña de Idealista?\n[10/02/26 10:14] ${exampleSpeaker(g)}: oficina@inmo.example / ${g.lower(5)}$${g.digits(3)}\n[10/02/26 10:15] ${exampleSpeaker(g)}: gracias. referencia catastral ${g.digits(7)}BG${g.digits(4)}\n[10/02/26 10:30] ${exampleSpeaker(g)}: la de Fotocasa es distinta: ${g.s(`${g.upper(1)}${g.lower(6)}${g.digits(4)}#`)}\n`,
        `[09:03] ${exampleSpeaker(g)}: contraseña provisional de Factorial: ${g.upper(1)}${g.lower(6)}_${g.digits(4)}\n[09:04] ${exampleSpeaker(g)}: y la del portátil (usuario ${g.lower(5)}.g): ${g.s(`${g.lower(3)}${g.upper(1)}${g.lower(1)}${g.upper(1)}#${g.upper(3)}*${g.lower(1)}${g.digits(2)}`)}\n`,
        `12/03/24, 08:13 - ${exampleSpeaker(g)}: Cuenta PPPoE: usuario cli${g.digits(6)} contraseña ${g.lower(3)}${g.digits(3)}!\n12/03/24, 08:15 - ${exampleSpeaker(g)}: ok. La ONT viene con la de fábrica, ¿lo cambio?\n12/03/24, 08:16 - ${exampleSpeaker(g)}: sí, pon la de la campaña: ${g.s(`${g.upper(1)}${g.lower(7)}!${g.digits(2)}`)}\n`,
        `  {"id": 1202, "from": "${exampleSpeaker(g)}", "text": "y la contraseña del grafana? la de siempre no va"},\n  {"id": 1203, "from": "${exampleSpeaker(g)}", "text": "la cambié: ${g.s(`${g.upper(1)}${g.lower(4)}.${g.digits(4)}&`)}"},\n`,
        `${exampleSpeaker(g)} 08:16\nNeues Kennwort: ${g.lower(7)} ${g.lower(6)} ${g.lower(4)}\n${exampleSpeaker(g)} 08:16\nund für die Fachanwendung OK.VORFAHRT: ${g.s(`${g.upper(1)}${g.lower(4)}${g.digits(3)}`)}\n`,
        `[12/9/25, 10:02] ${exampleSpeaker(g)}: ¿alguien tiene la contraseña de Spotify for Podcasters?\n[12/9/25, 10:05] ${exampleSpeaker(g)}: es ${g.upper(1)}${g.lower(5)}${g.digits(4)}#\n[12/9/25, 10:06] ${exampleSpeaker(g)}: y la de Audacity Cloud / Riverside?\n[12/9/25, 10:08] ${exampleSpeaker(g)}: riverside: ${g.s(`${g.upper(3)}_${g.digits(4)}%`)}\n`,
      ],
      negatives: (g) => [
        // No password named above: the ellipsis points at something else.
        `[10:12] ${exampleSpeaker(g)}: ¿cuál es la versión de Idealista?\n[10:30] ${exampleSpeaker(g)}: la de Fotocasa es distinta: v${g.digits(1)}.${g.digits(1)}-RC${g.digits(1)}\n`,
        `[10:12] ${exampleSpeaker(g)}: which build do we ship?\n[10:30] ${exampleSpeaker(g)}: and for the beta: Build-${g.digits(4)}X\n`,
        // A password named above, but the reply gives a word, a host or a user.
        `[10:12] ${exampleSpeaker(g)}: la contraseña de Idealista ya funciona\n[10:30] ${exampleSpeaker(g)}: la de Fotocasa es distinta: pregunta a Raúl\n`,
        `[10:12] ${exampleSpeaker(g)}: the password of the NAS changed\n[10:30] ${exampleSpeaker(g)}: and for the printer: ops@acme.example\n`,
        `[10:12] ${exampleSpeaker(g)}: the password policy changed\n[10:30] ${exampleSpeaker(g)}: and for the VPN: Policy-${g.digits(2)}A\n`,
        // A word and a colon that no question above names.
        `[10:02] ${exampleSpeaker(g)}: ¿alguien tiene la contraseña de Spotify?\n[10:05] ${exampleSpeaker(g)}: build: ${g.upper(3)}_${g.digits(4)}%\n`,
        // Not at the start of the message.
        `[10:02] ${exampleSpeaker(g)}: the password of the router is in the vault\n[10:05] ${exampleSpeaker(g)}: I checked and the one for the switch: Sw${g.digits(4)}!x too\n`,
      ],
    },
  },
];
