// A password said to be changed to a value, in the languages of the chat exports: `Reset AD password to temporary
// value X`, `Hasło do panelu zmieniłam wczoraj na X`, `ya cambié la contraseña a X`, `Password del NAS cambiata in
// X`, `Ik heb het wachtwoord veranderd in X`, `das Passwort habe ich auf X geändert`, `parola X olarak ayarlandı`.
// The follow-up rule reads these forms without a password word and so wants a symbol in the value; here the clause
// names the password, so letters with digits are enough.
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, continuesSentence, foldedKeywords, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, VALUE } from './prose';
import { chatPath, lettersAndDigits, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, passwordShaped } from './proseFollowup';

/** A verb of change, then up to a few words (the object, `wczoraj`, `la contraseña`), then its preposition. */
const CHANGED_TO =
  '(?:(?:changed|reset|rotated|updated|switched)[^\\n.!?;]{0,50}?[ \\t](?:to|into)(?:[ \\t]{1,2}(?:a[ \\t]|the[ \\t])?(?:new|temporary|temp|one-time)(?:[ \\t]{1,2}(?:value|password|one))?)?' +
  '|(?:zmieni(?:łem|łam|ł|ła|liśmy|one|ona|ony|ono)|ustawi(?:łem|łam|ł|ła|one|ona|ono)|zresetowa(?:łem|łam|ł|ła|ne|na))[^\\n.!?;]{0,50}?[ \\t]na' +
  '|(?:cambi(?:é|ado|ada|ó|amos|ar)|puesto|restablec(?:í|ido|ida))[^\\n.!?;]{0,50}?[ \\t](?:a|en|por)' +
  '|(?:cambiat[ao]|impostat[ao]|modificat[ao]|resettat[ao])[^\\n.!?;]{0,50}?[ \\t](?:in|a|con)' +
  '|(?:mud(?:ei|ou|ada|ado|amos)|troque(?:i|mos)|alter(?:ei|ada|ado|ou)|redefini(?:da|do|u)?)[^\\n.!?;]{0,50}?[ \\t](?:para|pra)' +
  '|(?:chang[ée]e?|modifi[ée]e?|réinitialis[ée]e?)[^\\n.!?;]{0,50}?[ \\t](?:en|pour|à)' +
  '|(?:veranderd|gewijzigd|aangepast|gereset)[^\\n.!?;]{0,50}?[ \\t](?:in|naar)' +
  '|(?:помен(?:ял|яла|яли)|измен(?:ил|ила|или)|смен(?:ил|ила|или)|сброс(?:ил|ила|или))[^\\n.!?;]{0,50}?[ \\t]на)';
/** The value before its verb: German `auf X geändert`, Turkish `X olarak ayarlandı`. */
const VERB_AFTER = '[ \\t](?:auf|in)';
const CLOSE = '(?:\\*\\*|__|``|</(?:strong|b|code)>|[`"\'”»)])?';

// The value may open the next line of a hard-wrapped paragraph (`…was changed to\nX after the audit`).
const PATTERN = new RegExp(`(?<![\\p{L}])${CHANGED_TO}(?:[ \\t]{0,3}[:：]?[ \\t]{0,3}|[ \\t]{0,3}\\r?\\n[ \\t]{0,8})${OPEN}(?<secret>${VALUE})`, 'iu');
const VERB_AFTER_PATTERN = new RegExp(
  `(?:${VERB_AFTER}[ \\t]{1,3}${OPEN}|(?<![^\\s"'\`*(]))(?<secret>${VALUE})${CLOSE}[ \\t]{1,3}(?:geändert|geaendert|zurückgesetzt|gesetzt|zurücksetzen|ändern|olarak[ \\t](?:ayarland[ıi]|değiştiril(?:di|miş)|değiştirdim|güncellendi))(?![\\p{L}])`,
  'iu',
);

/** A value that is a place or a setting, not a password (`to staging.example.com`, `to max_conn=200`, `to v2.1.0`). */
const NOT_A_PASSWORD = /[/\\]|:\/\/|^[^@]+@[\w-]+\.[\w.-]+$|^[A-Za-z_][\w.-]{0,40}[=:]|^v?[0-9]+(?:\.[0-9]+)+|^[0-9]+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * A password that expired and was then reset (`password had expired; reset to X`, `avait expiré. Réinitialisé à X`):
 * the expiry is why it changed, not an expiry setting (NOT_A_VALUE_LINE's `expir`), and the two read as one clause.
 */
const EXPIRED_THEN_RESET = /expir(?:ed|ée?|ou|ó)[ \t]{0,2}[,;.]?(?=[ \t]{1,3}(?:(?:and|et|so)[ \t]{1,3})?(?:(?:was|been)[ \t]{1,3})?(?:reset|changed|rotated|updated|réinitialis|chang|modifi))/giu;

/** Password words with a suffix (Turkish `parolası`, `şifremi`), which the shared words read only whole. */
const INFLECTED_PASSWORD = /(?<![\p{L}])(?:parola|şifre|sifre)\p{L}{0,5}(?![\p{L}])/iu;

function validateSetTo(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (NOT_A_PASSWORD.test(value) || !prosePassword(value, ctx) || continuesSentence(value, ctx)) return false;
  if (!(passwordShaped(value) || lettersAndDigits(value))) return false;
  const { line: valueLine, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  // A value opening its line continues the line above (a hard-wrapped paragraph): read the two as one.
  const wrapped = lineStart > 0 && /^[ \t]*$/.test(ctx.text.slice(lineStart, ctx.start));
  const above = wrapped ? ctx.text.slice(lineStartNear(ctx.text, lineStart - 1, lineStart - 400), lineStart).replace(/\r?\n$/, '') : '';
  if (wrapped && (/^[ \t]*(?:#|[-*+][ \t]*$)/.test(above) || above.trim() === '')) return false;
  const line = wrapped ? `${above} ${valueLine.trimStart()}` : valueLine;
  // The clause before the value (back to the last sentence end) names the password, and says nothing that makes it a
  // policy, a hash or an example.
  const lineBefore = wrapped ? `${above} ` : valueLine.slice(0, ctx.start - lineStart);
  // Read near the value only: a minified line is one long line.
  const near = Math.max(0, lineBefore.length - 200);
  const before = lineBefore.slice(0, near) + lineBefore.slice(near).replace(EXPIRED_THEN_RESET, '');
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
  const after = valueLine.slice(ctx.end - lineStart, ctx.end - lineStart + 40);
  if (NOT_A_VALUE_LINE.test(clause)) return false;
  const named = (text: string) => PASSWORD_CONTEXT.test(text) || INFLECTED_PASSWORD.test(text);
  if (named(clause) || (/olarak|geändert|geaendert|zurückgesetzt|gesetzt/i.test(after) && named(line))) return true;
  // A chat reply (`Поменял на X`, `ok changed it to X`): the password named in the messages just above, and then the
  // value must look chosen as one (letters with digits alone are a name or a build there).
  return passwordShaped(value) && !/[-_.]$/.test(value) && previousLines(ctx.text, lineStart, 3).some((l) => named(l) && !NOT_A_VALUE_LINE.test(l));
}

/** Up to `count` non-blank lines before the line starting at `lineStart`, nearest first (bounded walk). */
function previousLines(text: string, lineStart: number, count: number): string[] {
  const out: string[] = [];
  let end = lineStart - 1;
  while (end > 0 && out.length < count && lineStart - end < 900) {
    const start = lineStartNear(text, end, end - 400);
    const line = text.slice(start, end);
    if (line.trim() !== '') out.push(line);
    // A line longer than 400 characters is read to there; what lies before it is too far to name the value.
    if (start > 0 && text.charCodeAt(start - 1) !== 10) break;
    end = start - 1;
  }
  return out;
}

export const proseSetToRules: Rule[] = [
  {
    ...base,
    id: 'prose-password-changed-to',
    appliesToPath: (path) => chatPath(path, true),
    description: 'A password said to be changed to a value in the clause that names it (reset AD password to X, hasło zmieniłam na X, cambié la contraseña a X, auf X geändert)',
    keywords: [
      'changed',
      'reset',
      'rotated',
      'updated',
      'switched',
      'cambiat',
      'impostat',
      'modificat',
      'resettat',
      'mudei',
      'mudou',
      'mudad',
      'troque',
      'alterei',
      'alterad',
      'alterou',
      'redefini',
      'veranderd',
      'gewijzigd',
      'aangepast',
      'gereset',
      'puesto',
      ...foldedKeywords([
        'zmieni',
        'ustawi',
        'zresetowa',
        'cambié',
        'cambiado',
        'cambiada',
        'cambió',
        'cambiamos',
        'cambiar',
        'restablec',
        'changé',
        'modifié',
        'réinitialisé',
        'поменя',
        'измени',
        'смени',
        'сброси',
      ]),
    ],
    keywordWindow: { before: 140, after: 200 },
    pattern: PATTERN,
    validate: validateSetTo,
    examples: {
      positives: (g) => [
        `Called user. Reset AD password to temporary value ${g.s(humanPassword(g))} with "must change at next logon".`,
        `Hasło do panelu administracyjnego zmieniłam wczoraj na ${g.s(humanPassword(g))}, może to ma związek?`,
        `2026-10-04 18:40:02,user,"ya cambié la contraseña a ${g.s(humanPassword(g))} pero sigue sin funcionar"`,
        `- Password di amministrazione del NAS cambiata in ${g.s(humanPassword(g))} (Marco)`,
        `PS. hasło do wifi gościnnego zmienione na ${g.s(humanPassword(g))}, zgłoszenie IT-1935`,
        `Ik heb het wachtwoord veranderd in ${g.s(humanPassword(g))}, klopt dat?`,
        `пароль от роутера поменял на ${g.s(humanPassword(g))}, теперь норм.`,
        `He probado a cambiar la contraseña a ${g.s(humanPassword(g))} pero sigue igual.`,
        // A hard-wrapped paragraph: the value opens the next line.
        `**Access:** the HMI "engineer" level password for Unit 2 was changed to\n${g.s(humanPassword(g))} after the audit finding.`,
        // A password that had expired and was reset (rw-dev20, rw-dev19).
        `Resolution: Views service account password had expired; reset to ${g.s(humanPassword(g))} and set "never expire".`,
        `Le mot de passe du compte SQL \`salto_ship\` avait expiré. Réinitialisé à ${g.s(g.alnum(28))} et politique d'expiration désactivée.`,
      ],
      negatives: (g) => [
        'We changed the password policy to NIST 800-63B.',
        'Reset your password to something only you know.',
        'The password was changed to meet the new length requirement of 12.',
        `Changed the password hashing to bcrypt2b in v${g.digits(1)}.${g.digits(1)}.`,
        'Reset the password to the value in vault: secret/ops/db.',
        'changed the admin password to a stronger one yesterday',
        'Hasło zmieniłam na nowe, jest w sejfie.',
        `We changed the default port to ${g.digits(4)} last week.`,
        'Reset the admin password to staging.example.com defaults.',
        'La contraseña se cambió a través del portal.',
        `the admin password is in the vault\nalso changed the build image to node${g.digits(2)} yesterday\n`,
        `Password policy: 12 characters\nWe changed the rule to Rule${g.digits(2)}!x last week.\n`,
        // A wrapped line under a heading's words, and a list of steps: the next line is no value.
        'The admin password was changed to\nmeet the audit finding.\n',
        `Passwords were rotated to\n${g.digits(4)} characters minimum.\n`,
        // An expiry setting is no password, reset or not.
        `Password expiry changed to ${g.digits(2)} days.`,
        `The password expired and was reset to the default policy.`,
        `Le mot de passe a expiré. Réinitialisé à ${g.digits(2)}h${g.digits(2)} par le support.`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-password-changed-to-before',
    appliesToPath: (path) => chatPath(path, true),
    description: 'A password given before the verb that changed it, in the sentence that names it (das Passwort habe ich auf X geändert, parola X olarak ayarlandı)',
    keywords: foldedKeywords(['geändert', 'geaendert', 'zurückgesetzt', 'gesetzt', 'zurücksetzen', 'ändern', 'olarak']),
    keywordWindow: { before: 140, after: 40 },
    pattern: VERB_AFTER_PATTERN,
    validate: validateSetTo,
    examples: {
      positives: (g) => [
        `Der Admin-Zugang ist "admin", das Passwort habe ich gestern auf ${g.s(humanPassword(g))} geändert`,
        `VPN parolası ise ${g.s(humanPassword(g))} olarak ayarlandı.`,
        // A request to reset it, the value opening the next line (rw-dev24).
        `Bitte entsperren und das Kennwort auf\n${g.s(`${g.pick(['Falken', 'Anker', 'Linde'])}-${g.digits(4)}`)} zurücksetzen, das steht auch so in SM59.`,
      ],
      negatives: (g) => [
        'Passwort-Richtlinie auf 12 Zeichen geändert',
        'Bitte die Passwortlänge auf 12 Zeichen ändern.',
        `Bitte das Kennwort im Portal auf der Seite Einstellungen ändern.`,
        `Das Passwort wurde in Version ${g.digits(1)}.${g.digits(1)} geändert.`,
        'Şifre politikası 12 karakter olarak ayarlandı.',
      ],
    },
  },
];
