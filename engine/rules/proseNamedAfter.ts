// A password or token named after it is given: the value opens the message or the line and its label follows
// (`X is the new wifi password`, `X ← root pw`, `X <- that's the smb share pw`, `X = Kennwort für alle Konten`,
// `X es la contraseña`, `X é a senha do admin`, `X is the home assistant token`). People write it so in chats and
// notes; the value may be a spoken phrase (`purple monkey dishwasher is the kiosk pw`).
import { isLiteralToken } from '../validators/literalArgument';
import { looksRandom } from '../validators/valueStats';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, foldedKeywords, lineAround, looksLikeCode, proseApplies, prosePassword, strictlyRandom, VALUE } from './prose';
import { exampleSpeaker, isLinePrefix } from './proseChatLines';
import { chatPath, NOT_A_VALUE_LINE, passwordShaped, PASSWORD_CONTEXT, TOKEN_CONTEXT } from './proseFollowup';
import { SENTENCE_WORDS } from './proseWords';

/** What joins the value to its label: an arrow, `=`, a dash, or a verb (`is`, `es`, `é`, `ist`, `to`), perhaps `that's`. */
const JOIN = "(?:←|<-{1,2}|<=|→|={1,2}|[-–—]|is|was|es|era|é|è|est|ist|war|jest|je|är|er|(?:\\(|[-–—][ \\t]{1,2})?(?:that's|that is|c'est|das ist|es la|é a|è la))";
/** The label opens with its joining word (`is the wifi password`), not with words naming whose password it is. */
const JOINED_FIRST = new RegExp(`^${JOIN}[ \\t]`, 'iu');
/** Password and token words the label ends on. */
const NAME =
  '(?:wifi|wi-fi|wlan|wifi key|wlan-schlüssel|pw|pwd|pass|passwd|password|passphrase|passwort|kennwort|contraseña|contrasena|clave|senha|mot de passe|mdp|wachtwoord|hasło|haslo|şifre|şifresi|sifre|пароль|parola|token|api key|secret|psk|chiave|chave|clé|schlüssel)';
/** A key's word in Italian, Portuguese, French and German (`X — è la chiave di test`): a token's label. */
const KEY_WORD_END = /(?:^|[^\p{L}])(?:chiave|chave|clé|schlüssel)$/iu;
/** `public` in the languages of KEY_WORD_END (NOT_A_VALUE_LINE has the English word). */
const PUBLIC_KEY_WORDS = /pubblic|públic|public|öffentlich|oeffentlich/i;
/** The Korean words of KOREAN_NAME: their particles follow them, so LABEL_ENDS does not apply. */
const KOREAN_WORD_END = /(?:비번|비밀번호|패스워드)$/;
/** Turkish names the password after a few words with no verb (`X muhasebe programının şifresi`, `X bu da ESXi root şifresi`). */
const FEW_WORDS_THEN_SIFRE = '(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,15}[ \\t]{1,3}){0,4}(?=[Şş]ifre|parola)';
/**
 * Korean names it after a few words too, its copula and particles joined to the word (`X 이게 회의실 와이파이 비번이에요`,
 * `X 가 관리자 비밀번호입니다`): the label ends the message, whatever Hangul follows the word.
 */
const KOREAN_NAME = '(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,15}[ \\t]{1,3}){0,4}(?:비번|비밀번호|패스워드)(?=[\\uAC00-\\uD7AF]{0,6}[ \\t]{0,2}(?:[.!~?,ㅋㅎ"]|\\r?\\n|$))';
// A value never holds a cell separator (`;`, `|`): in a pasted sheet the value opens its own cell.
const NAMED_AFTER = new RegExp(
  `(?<![^\\s>:"'\`(*;|])[\`"'*]{0,2}(?![^\\s;|]{0,64}[;|])(?<secret>(?:[a-z]{3,12}[ ]){2,3}[a-z]{3,12}|${VALUE})[\`"'*]{0,2}[ \\t]{1,3}(?<key>(?:(?:${JOIN}[ \\t][^\\n.!?:：]{0,48}?|${FEW_WORDS_THEN_SIFRE})${NAME}(?![\\p{L}])|${KOREAN_NAME}))`,
  'iu',
);

/** Small words that never make up a spoken passphrase: `and this one`, `the new one`. */
const FUNCTION_WORDS = new Set(
  'the and this that one new old our your my his her its for with from into not but yes was are were has have here there what which who how why when also just only then than some any all both each few more most other such own same too very can will should'.split(
    ' ',
  ),
);
/** A name of code: snake_case, or camel case with a word that names a setting (`connString`, `passwordLabel`). */
const CODE_NAME =
  /^[A-Za-z]+(?:_[A-Za-z]+)+$|^(?:pass(?:word|wd)?|secret|token|label|prompt|string|conn|type|field|name|auth|key|config|value|input)(?:[A-Z_]|$)|[a-z](?:Pass(?:word)?|Secret|Token|Label|Prompt|String|Conn|Type|Field|Name|Auth|Key|Config|Value|Input)(?:[A-Z]|$)/;
const NEGATED = /\b(?:not|nicht|kein|pas|não|nao|no|nie|non|niet)\b/i;
/** What may follow the label's last word: the line's end, punctuation, or a preposition or conjunction. */
const LABEL_ENDS =
  /^[ \t]*(?:(?:password|passwort|kennwort|pw|key|passphrase|schl[üu]ssel|code)(?![\p{L}])[ \t]*)?(?:$|\r|[^\p{L}\s]|(?:for|of|on|in|at|to|from|with|and|but|so|f[üu]rs?|von|vom|zum|zur|bei|und|der|de|du|des|del|do|da|di|della|dello|van|voor|dla|na|en|et|y|e|w|i|ve|için|для|от|на)(?![\p{L}]))/iu;
/** A default or a sample named so (`admin is the default password`, `X is the most common password`): not a set one. */
const NOT_SET = /\b(?:default|factory|standard|common|weak|worst|popular|banned|forbidden|sample|dummy|fake|par d[ée]faut|por defecto|predeterminad[ao]|padr[ãa]o|predefinit[ao]|werks|voreingestellt)/i;

/** Letters and digits, 6 or more (`monkey42`). */
const lettersAndDigits = (v: string) => v.length >= 6 && /[A-Za-z]/.test(v) && /[0-9]/.test(v);

/** An LDAP distinguished name: attribute=value pairs joined by commas (`uid=n.kaya,ou=people,dc=acme,dc=local`). */
const LDAP_DN = /^(?:cn?|uid|ou?|dc|l|st|sn|mail|samaccountname)=[^,=]{1,64}(?:,(?:cn?|uid|ou?|dc|l|st)=[^,=]{1,64}){1,12}$/i;

/** A JSON chat export's message field opening (Rocket.Chat `msg`, Slack `text`, Discord `content`, Zendesk `body`). */
const JSON_MESSAGE_OPENS = /"(?:text|msg|message|content|body)"[ \t]{0,2}:[ \t]{0,2}"?$/;

/** Digits alone (`48213957 é a senha do certificado`) under a password word that names them; not a date (`20261101`). */
const digitsNamed = (value: string, tail: string) => /^[0-9]{6,16}$/.test(value) && !/^(?:19|20)[0-9]{6}$/.test(value) && PASSWORD_CONTEXT.test(tail);

function validateNamedAfter(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const prefix = line.slice(0, ctx.start - lineStart).replace(/[`"'*]{1,2}$/, '');
  // The value opens the message or line (a chat head, a bullet), or follows a label and a colon (`printer web UI: X ← admin pw`).
  // Or it opens a cell of a pasted sheet or export (`…;Laptop Kennwort;X ist das neue Kennwort`, `<td>X …`).
  // Or it opens a message's text in a JSON chat export (`"msg":"X — è la chiave di test"`).
  if (!isLinePrefix(prefix) && !/^[^\n:：]{0,60}[:：][ \t]{1,3}$/.test(prefix) && !/(?:[;|\t]|<(?:p|td|li)>)[ \t]{0,2}$/.test(prefix) && !JSON_MESSAGE_OPENS.test(prefix)) return false;
  const tail = ctx.keyName ?? '';
  // A log line's logger after its level and thread (`ERROR [pool-3-thread-4] SettlementJob - SFTP login failed … (password=…)`):
  // the dash starts the message, the word before it names the class that logged it (rw-dev14).
  if (/^[-–—][ \t]/.test(tail) && /\b(?:TRACE|DEBUG|INFO|WARN(?:ING)?|ERROR|FATAL)[ \t]{1,8}(?:\[[^\]\n]{1,60}\][ \t]{0,4})?$/.test(prefix)) return false;
  // Code and settings (`passwordPrompt = "Password: "`, `ldap_default_authtok_type = password`): a quote in the
  // label, or a name made of code words; a bold speaker's name (`**Ravi** — the admin pw is …`).
  if (/["`]|(?<![\p{L}])'|'(?![\p{L}])/u.test(tail) || (/^==?[ \t]/.test(tail) && CODE_NAME.test(value)) || /[*_]{2}$/.test(value)) return false;
  // What the line says after the value (`is the password manager's job`, `is the password hash`).
  if (NOT_A_VALUE_LINE.test(line.slice(ctx.end - lineStart, ctx.end - lineStart + 80)) || NEGATED.test(tail) || NOT_SET.test(tail)) return false;
  // The label ends there (`… wifi password.`, `… pw for the NAS`); another noun after it makes `password` a modifier
  // (`Vaultwarden is the password server`).
  const at = line.indexOf(tail, ctx.end - lineStart);
  if (at >= 0 && !KOREAN_WORD_END.test(tail) && !LABEL_ENDS.test(line.slice(at + tail.length, at + tail.length + 32))) return false;
  // A colon and a value after the label (`Replikasyon kullanıcısı şifresi: X`): the label gives the value after it,
  // and the words before it say whose password it is.
  if (at >= 0 && /^[ \t]{0,2}[:：][ \t]{0,3}\S/.test(line.slice(at + tail.length, at + tail.length + 8))) return false;
  const kind =
    PASSWORD_CONTEXT.test(tail) || /(?:^|[^\p{L}])(?:pw|pass|clave|psk|wifi|wi-fi|wlan|wifi key)$/iu.test(tail) ? 'password' : TOKEN_CONTEXT.test(tail) || KEY_WORD_END.test(tail) ? 'token' : undefined;
  if (kind === undefined) return false;
  // An LDAP distinguished name (`cn=svc,ou=Servis,dc=corp,dc=local şifre=…`) is the account the password is for.
  if (LDAP_DN.test(value)) return false;
  if (/[ ]/.test(value)) {
    const words = value.toLowerCase().split(' ');
    return kind === 'password' && words.every((w) => !FUNCTION_WORDS.has(w) && !SENTENCE_WORDS.has(w));
  }
  // A public key in the writer's language (`X è la chiave pubblica`, `X ist der öffentliche Schlüssel`) is none.
  if (kind === 'token' && PUBLIC_KEY_WORDS.test(line.slice(ctx.end - lineStart, ctx.end - lineStart + 80))) return false;
  if (kind === 'token') return isLiteralToken(value, 16) && (strictlyRandom(value) || looksRandom(value));
  if (digitsNamed(value, tail)) return true;
  // The label follows, so the words after the value are the label's, not a sentence going on.
  if (SENTENCE_WORDS.has(value.toLowerCase()) || !prosePassword(value, { ...ctx, text: ctx.text.slice(0, ctx.end) })) return false;
  if (passwordShaped(value) || lettersAndDigits(value)) return true;
  // A capitalised word after Turkish's verbless form: the first word of a sentence about a password (`Yapılandırma
  // dosyasında açık metin parola`, a finding's title), not a value named by it (`kartalmavisi bu da ESXi root şifresi`).
  if (!JOINED_FIRST.test(tail) && /(?:[Şş]ifre|parola)\p{L}{0,3}$/iu.test(tail) && /^\p{Lu}\p{Ll}{2,}$/u.test(value)) return false;
  // Letters only: words run together (`rocketcookievelvet`, `Sonnenblume`), or capitals inside (`kolobokMarbleDishwasher`).
  return /^[A-Za-z\u00C0-\u024F]{10,40}$/.test(value) || /^[A-Za-z][a-z]{2,}(?:[A-Z][a-z]{2,}){1,3}$/.test(value);
}

const joined = (g: ExampleGen) => `${g.pick(['copper', 'lantern', 'walrus', 'pebble'])}${g.pick(['meadow', 'orbit', 'saffron', 'quartz'])}${g.pick(['ember', 'ribbon', 'comet'])}`;

export const proseNamedAfterRules: Rule[] = [
  {
    ...base,
    id: 'prose-password-named-after',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password or token given before its label, at the start of a message or line (X is the new wifi password, X ← root pw, X es la contraseña)',
    keywords: [
      // `pw` ends the label: before a blank, punctuation or the line's end (3 characters for the prefilter).
      'pw ',
      'pw,',
      'pw.',
      'pw\n',
      'pw\r',
      'pw)',
      'pw!',
      'pass',
      'passwort',
      'kennwort',
      'wifi',
      'wi-fi',
      'wlan',
      'contrase',
      'clave',
      'senha',
      'mot de passe',
      'mdp',
      'wachtwoord',
      'haslo',
      'sifre',
      'token',
      'api key',
      'secret',
      'psk',
      'parola',
      'chiave',
      'chave',
      ...foldedKeywords(['hasło', 'şifre', 'пароль', 'clé', 'schlüssel', '비밀번호', '패스워드']),
      // Korean's short word with the particle or copula joined to it (a label of two letters needs its next one here).
      ...foldedKeywords(['비번이', '비번은', '비번입', '비번 ']),
    ],
    keywordWindow: { before: 240, after: 16 },
    pattern: NAMED_AFTER,
    validate: validateNamedAfter,
    examples: {
      positives: (g) => [
        `${exampleSpeaker(g)}: ${g.s(joined(g))} is the new wifi password\n`,
        `- ${g.s(humanPassword(g))} ← root pw on the old NAS\n`,
        `[10:41] ${exampleSpeaker(g)}: ${g.s('copper lantern walrus')} is the kiosk pw, all lowercase\n`,
        `3/4/26, 21:03 - ${exampleSpeaker(g)}: ${g.s(humanPassword(g))} es la contraseña, no la cambiéis\n`,
        `${g.s(g.alnum(32))} is the home assistant token, paste it into the tablet\n`,
        `334339;04.11.2026;Kita Sonnenschein;Laptop Kennwort;${g.s(humanPassword(g))} ist das neue Kennwort der Leitung\n`,
        `${g.s(humanPassword(g))}   <- backup archive passphrase\n`,
        // Korean joins its copula to the word (`비번이에요`); Italian names a key (rw-dev6); digits named a password (rw-dev5).
        `[10:02] 지민: ${g.s(humanPassword(g))} 이게 회의실 와이파이 비번이에요\n`,
        `{"_id":"${g.alnum(17)}","msg":"${g.s(g.alnum(40))} — è la chiave di test, scade a fine mese","ts":"2026-07-01T08:50:11.292Z"}\n`,
        `05/10/2026 - ${exampleSpeaker(g)}: ${g.s(`${g.pick(['4', '7', '9'])}${g.digits(7)}`)} é a senha do certificado\n`,
        `${g.s(`+${g.pick(['Pisica', 'Kartal', 'Deniz'])}${g.digits(3)}`)} muhasebe programının şifresi\n`,
      ],
      negatives: (g) => [
        'Attached is the password policy for 2026.\n',
        'Emre (09:12): sunucu loglarında şunu gördüm:\n  2025-10-02 09:10:44 WARN  LDAP bind başarısız: cn=svc_portal,ou=Servis,dc=sirket,dc=local şifre=\n',
        'Everything is the password manager’s job now.\n',
        `${exampleSpeaker(g)}: this one is not the password, it is the user name\n`,
        `- ${g.hex(40)} is the commit that changed the password hash\n`,
        'and this one is the password\n',
        `Below is the password reset link sent to the user.\n`,
        '- admin1234 is the default password of the camera, change it\n',
        'Vaultwarden is the password server for the team\n',
        // A finding's title in Turkish: its first word opens a sentence about a plaintext password (rw-dev25).
        '### Bulgu 2: Yapılandırma dosyasında açık metin parola\n',
        "Resend code operation failed due to the challenge type 'password' is not supported.\n",
        'Summer2024! is a weak password.\n',
        'P@ssw0rd1 is the most common password.\n',
        'Password1! ist kein gutes Passwort.\n',
        '0.6.49   <- current agent version\n',
        `{"msg":"${g.base64(40)} — è la chiave pubblica del server"}\n`,
        '20261101 é a senha do certificado? não, é a data\n',
        `${exampleSpeaker(g)}: nginx 이게 서버 비번이에요\n`,
        `"text": "${g.alnum(12)} is not the password",\n`,
      ],
    },
  },
];
