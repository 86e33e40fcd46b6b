// A handover's list of mailboxes and their passwords: the address, or only its local part (`info@`), then a dot
// leader, an arrow or a colon and the password alone (`info@example.de ........ X`, `satis@     → X`,
// `Correo info@: X`, `Email (info@): X`). The address says which login it is; a credential word on the line or the
// lines above says the list holds passwords (`Kurumsal e-posta şifreleri:`, `Zugangsdaten`, `all logins`).
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, foldedKeywords, lineAround, proseApplies, prosePassword } from './prose';

/** A full address or a local part with its `@` only (the domain is the letter's own). */
const MAILBOX = '[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,5})?';
/** A dot leader (two dots or more between blanks), an arrow, or a colon. */
const SEPARATOR = '(?:[ \\t]{1,8}\\.{2,40}|[ \\t]{0,40}(?:→|->|=>)|[ \\t]{0,4}[:：])[ \\t]{1,40}';

/** Credential words of the languages handover notes are written in (plural and inflected forms by their stems). */
const CREDENTIAL_WORDS =
  /pass(?:word|wort|e)?|\bpw\b|kennw|zugang|login|logon|credential|acceso|accesos|acesso|contrase|senha|mot de passe|\bmdp\b|has[łl]o|[şs]ifre|wachtwoord|parola|пароль|密码|密碼|パスワード|비밀번호/i;

function validate(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || value.length < 6 || !prosePassword(value, ctx)) return false;
  const { lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  return CREDENTIAL_WORDS.test(ctx.text.slice(Math.max(0, lineStart - 400), ctx.start));
}

export const proseMailboxLoginRules: Rule[] = [
  {
    ...base,
    id: 'prose-mailbox-password-line',
    description: 'A mailbox and its password on a line of a handover list (info@example.de ........ X, info@ → X, Correo info@: X)',
    // A local part's `@` before its separator, or a dot leader's end (the full address before it).
    keywords: ['@: ', '@):', '@  ', '@ ->', '@ =>', '.. ', ...foldedKeywords(['@ →', '@：'])],
    keywordWindow: { before: 160, after: 160 },
    pattern: new RegExp(`^[ \\t]{0,8}(?:[-*•][ \\t]{1,3})?(?:[\\p{L}-]{1,20}[ \\t]{1,3}){0,2}\\(?${MAILBOX}\\)?${SEPARATOR}(?<secret>[^\\s]{1,128})(?=[ \\t]{0,8}(?:\\(|\\r?$))`, 'mu'),
    validate,
    examples: {
      positives: (g) => [
        `Zugangsdaten E-Mail\n  info@example-baeckerei.de ........ ${g.s(humanPassword(g))}\n  bestellung@example-baeckerei.de .. ${g.s(g.lower(7) + g.lower(6))}\n`,
        `Kurumsal e-posta şifreleri:\n  info@      → ${g.s(humanPassword(g))}\n  satis@     → ${g.s(humanPassword(g))}\n  ik@        → henüz oluşturulmadı\n`,
        `Here are all the logins in one place:\n\nEmail (info@): ${g.s(humanPassword(g))}\n`,
        `* Hosting - contraseña: ${humanPassword(g)}\n\n* Correo info@: ${g.s(humanPassword(g))}\n  (configurado en el móvil también)\n`,
      ],
      negatives: (g) => [
        `Contacts\n  info@example-baeckerei.de ........ Frau Huber\n  bestellung@example-baeckerei.de .. Backstube\n`,
        `Passwords are in the vault.\n  info@      → forwarded to sales@\n  support@   → Zendesk\n`,
        `Login problems? Mail support@example.com: ${g.lower(6)}\n`,
        `Mail routing\ninfo@example.de -> ${g.alnum(6)}${g.digits(2)}!\n`,
        `Passwort: siehe Tresor\ninfo@example.de: $INFO_MAIL_PASSWORD\n`,
      ],
    },
  },
];
