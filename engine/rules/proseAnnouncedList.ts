// Passwords listed under a sentence that announces them (`Efter phishingförsöket har vi bytt lösenord på följande:`,
// `New passwords after the reset:`), one `- Service: X` item a line. The items carry no password word of their own;
// the announcement above the list names them, so it must end with a colon, name passwords and say nothing that makes
// the list rules or requirements (the values must also look chosen).
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, foldedKeywords, proseApplies, prosePassword, VALUE } from './prose';
import { chatPath, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, passwordShaped } from './proseFollowup';

const ITEM = new RegExp(`(?<=\\n)[ \\t]{0,4}(?:[-*•][ \\t]|・)(?=\\S)(?<label>[^:：\\n]{2,80}?)[ \\t]{0,2}(?:[:：][ \\t]{1,3}|：)(?<secret>${VALUE})[ \\t]{0,40}(?=\\r?\\n|$)`, 'u');
// Japanese lists use the middle dot with no blank after it (`・FortiGate admin：X`).
const BULLET = /^[ \t]{0,4}(?:[-*•][ \t]|・)/;
/** Japanese announces a list with `以下の…` (the following …) and ends the sentence with `。`: `以下の管理者パスワードを変更しました。` */
const JA_FOLLOWING = /以下の[^。\n]{0,40}パスワード[^。\n]{0,30}[。:：][ \t]*$/;
/** An item that names a user, an address or a setting, not a password. */
const NOT_A_PASSWORD_ITEM = /user|login|e-?mail|mail|url|host|server|port|\bip\b|address|adresse|benutzer|användare|gebruiker|usuario|utente|konto|account|pin|tel|phone/i;

/** Plural password words, which the shared context reads only in the singular. */
const PLURAL = /(?<![\p{L}])(?:passwords|passwörter|kennwörter|wachtwoorden|contraseñas|senhas|hasła|mots de passe)(?![\p{L}])/iu;

/** The line that opens the list (the first line above the items that is no item), within a bounded walk. */
function announcement(text: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  for (let n = 0; n < 10 && end > 0; n++) {
    const start = lineStartNear(text, end, end - 300);
    const line = text.slice(start, end).replace(/\r$/, '');
    if (!BULLET.test(line)) return line.trim() === '' ? undefined : line;
    end = start - 1;
  }
  return undefined;
}

function validateItem(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || !prosePassword(value, ctx) || !passwordShaped(value)) return false;
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 300);
  const item = ctx.text.slice(lineStart, ctx.start);
  if (NOT_A_PASSWORD_ITEM.test(item) || PASSWORD_CONTEXT.test(item)) return false;
  const head = announcement(ctx.text, lineStart);
  // A tool's prompt (`Enter host password for user 'deploy':`) is followed by the tool's output, not a list.
  if (head === undefined || /^[ \t]*(?:[$#>][ \t]|enter|re-?enter|confirm|type|verify)|password for user/i.test(head)) return false;
  if (NOT_A_VALUE_LINE.test(head)) return false;
  if (/[:：][ \t*]*$/.test(head) && (PASSWORD_CONTEXT.test(head) || PLURAL.test(head))) return true;
  if (JA_FOLLOWING.test(head)) return true;
  // `Logins:` closing the line, the items naming people or services (`- Priya: X`): a mail handing out logins.
  return LOGINS_HEAD.test(head) && !/[0-9]/.test(item) && value.length >= 8;
}

/** A line that ends announcing logins (`… are up. Logins:`, `Zugänge:`), whose items then give the passwords. */
const LOGINS_HEAD = /(?<![\p{L}])(?:logins|log-ins|zugänge|zugangsdaten|accesos|acessos|identifiants)[ \t]*[:：][ \t*]*$/iu;

export const proseAnnouncedListRules: Rule[] = [
  {
    ...base,
    id: 'prose-announced-password-list',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Passwords listed as `- Service: X` items under a line announcing them (bytt lösenord på följande:, new passwords:)',
    keywords: [
      'password',
      'passwort',
      'kennw',
      'wachtwoord',
      'senha',
      'contrase',
      'mot de passe',
      'haslo',
      'losenord',
      'logins:',
      'log-ins:',
      'zugangsdaten:',
      'accesos:',
      'acessos:',
      'identifiants',
      ...foldedKeywords(['hasło', 'lösenord', 'zugänge:', 'パスワード']),
    ],
    keywordWindow: { before: 0, after: 900 },
    pattern: ITEM,
    validate: validateItem,
    examples: {
      positives: (g) => [
        `Hej!\nEfter phishingförsöket har vi bytt lösenord på följande:\n- Microsoft 365 för receptionen: ${g.s(humanPassword(g))}\n- Ärendesystemet (som test): ${g.s(humanPassword(g))}\nMvh Erik\n`,
        `New passwords after the reset:\n* Wiki: ${g.s(humanPassword(g))}\n`,
        // Japanese: `以下の…パスワードを変更しました。` over `・` items (rw-dev25).
        `暫定対応として、以下の管理者パスワードを変更しました。\n・FortiGate admin：${g.s(g.alnum(28))}\n・AD ドメイン管理者：金庫保管（********）\n`,
        // A line ending in `Logins:` over items naming people (rw-dev23).
        `the new NAS is up. Your shares are at the usual place. Logins:\n  - Priya: ${g.s(humanPassword(g))}\n  - Tom:   ${g.s(humanPassword(g))}\n`,
      ],
      negatives: (g) => [
        `Password requirements:\n- Length: 12\n- Symbols: yes\n- Example: ${humanPassword(g)}\n`,
        `New passwords after the reset:\n- Username: admin${g.digits(2)}\n- Login URL: https://portal.example.com\n`,
        `Password policy changes:\n- Minimum length: 14\n- History: ${g.upper(1)}${g.lower(4)}${g.digits(2)}!\n`,
        `Release notes:\n- Build: ${humanPassword(g)}\n`,
        `以下のパスワードポリシーを適用しました。\n・最小長：12\n・有効期限：90日\n`,
        // Logins announced, but the items give users, addresses or a sign-in method, or are numbered.
        `Logins:\n- Admin user: admin${g.digits(2)}\n- Portal: https://portal.example.com\n- SSO: via Okta\n- Wiki 2: ${humanPassword(g)}\n`,
        `$ curl -v -u deploy https://artifacts.example.io/api\nEnter host password for user 'deploy':\n* Connected to artifacts.example.io port 443\n* subject: CN=${g.upper(2)}${g.digits(4)}.io\n`,
      ],
    },
  },
];
