// rw-dev7 prose: the same handovers in other languages (German, French, Spanish, Portuguese, Italian, Dutch, Polish,
// Swedish, Russian, Turkish, Japanese, Chinese, Korean, Czech, Finnish, Indonesian, Vietnamese, Greek).
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseKit';

export const PROSE_INTL_DOCS: RealWorldDoc[] = [
  pdoc(
    'de-wiki-buero',
    ['prose'],
    'docs/de/buero.md',
    (k) => `# Büro – Zugänge

- WLAN „Buero-Gast“: Kennwort lautet ${k.hpw()}
- Alarmanlage: Code ${k.pin(4)}, danach „Scharf“ drücken
- Tresor im Chefbüro: Kombination ${k.pin(6)}
- Drucker-Admin: Benutzer \`admin\`, Passwort: \`${k.gen()}\`

Passwörter müssen mindestens ${k.n('12')} Zeichen lang sein. Das neue Passwort bekommst du von der IT (Ticket ${k.ticket('IT')}).
`,
  ),

  pdoc(
    'fr-chat-equipe',
    ['prose'],
    'notes/fr-chat.txt',
    (k) => `[${k.time()}] Camille : salut, c'est quoi le mot de passe du wifi invité ?
[${k.time()}] Hugo : ${k.hpw()}
[${k.time()}] Camille : merci ! et le code du portail ?
[${k.time()}] Hugo : le code du portail c'est ${k.pin(4)}
[${k.time()}] Hugo : le mdp du compte Canva partagé : ${k.lw()}
[${k.time()}] Camille : top. facture ${k.order()} payée
`,
  ),

  pdoc(
    'es-runbook-servidor',
    ['prose'],
    'docs/es/servidor.md',
    (k) => `## Acceso al servidor de backups

Usuario: \`respaldo\`
Contraseña: ${k.gen()}

La clave del cifrado de las copias es la frase «${k.phrase(' ')}».

El código de la alarma del CPD es ${k.pin(6)}. Versión del agente: ${k.ver()}.

Nota: la contraseña del usuario root está en el gestor, en la entrada "${k.n('Backups - root')}".
`,
  ),

  pdoc(
    'pt-whatsapp-condominio',
    ['prose'],
    'misc/pt-whatsapp.txt',
    (k) => `[03/04/24, 20:11:52] Síndico: Boa noite a todos! A nova senha do portão é ${k.pin(4)}
[03/04/24, 20:12:30] Ana: obrigada! e a senha do wi-fi do salão de festas?
[03/04/24, 20:13:05] Síndico: senha: ${k.hpw()}
[03/04/24, 20:15:44] Pedro: o cadeado do bicicletário continua ${k.pin(4)}?
[03/04/24, 20:16:10] Síndico: sim
[03/04/24, 20:17:02] Síndico: taxa de condomínio ${k.n('R$ 480,00')} vence dia ${k.n('10')}
`,
  ),

  pdoc(
    'it-email-credenziali',
    ['prose'],
    'mail/it-credenziali.txt',
    (k) => `Oggetto: Credenziali gestionale

Ciao Marco,

ecco le credenziali per il gestionale:
utente: m.bianchi
password: ${k.hpw()}

Il PIN della cassaforte in magazzino è ${k.pin(5)}.
La chiave API per il corriere è ${k.tok(k.g.hex(32))}.

Ricorda: la password va cambiata ogni ${k.n('90')} giorni.
Saluti
`,
  ),

  pdoc(
    'nl-overdracht',
    ['prose'],
    'docs/nl/overdracht.md',
    (k) => `# Overdracht

- Wachtwoord van de NAS: ${k.hpw()}
- Het wachtwoord voor de gastenwifi is \`${k.phrase('')}\`
- Pincode van de kluis: ${k.pin(4)}
- Toegangscode garage: ${k.pin(6)}

Vragen? Bel ${k.phone()}.
`,
  ),

  pdoc(
    'pl-notatka-serwis',
    ['prose'],
    'notes/pl-serwis.txt',
    (k) => `Notatka z wizyty serwisu (${k.date()})

Hasło do panelu rekuperatora: ${k.hpw()}
Kod alarmu: ${k.pin(4)}
Hasło do wifi: ${k.lw()}
Numer zlecenia: ${k.n('ZL/2024/0331')}
`,
  ),

  pdoc(
    'sv-wiki-kontoret',
    ['prose'],
    'docs/sv/kontoret.md',
    (k) => `## Kontoret

Lösenordet till gästnätet är ${k.hpw()}.
Larmkod: ${k.pin(4)}
Portkod: ${k.pin(4)}
Skrivaren: admin / lösenord ${k.gen()}

Byt lösenord var ${k.n('6')}:e månad enligt policyn.
`,
  ),

  pdoc(
    'ru-chat-admin',
    ['prose'],
    'notes/ru-chat.txt',
    (k) => `[${k.time()}] Алексей: скинь пароль от сервера
[${k.time()}] Ирина: пароль: ${k.gen()}
[${k.time()}] Ирина: логин root
[${k.time()}] Алексей: а от роутера?
[${k.time()}] Ирина: ${k.hpw()}
[${k.time()}] Ирина: пин-код от сейфа ${k.pin(4)}
[${k.time()}] Алексей: спасибо, заявка ${k.ticket('IT')} закрыта
`,
  ),

  pdoc(
    'tr-destek-notu',
    ['prose'],
    'docs/tr/destek.md',
    (k) => `# Destek notları

- Modem arayüzü şifresi: ${k.hpw()}
- Kasa şifresi ${k.pin(6)}
- Wi-Fi parolası: ${k.phrase('')}
- Muhasebe programı kullanıcı adı muhasebe, şifre ${k.lw()}

Şifreler en az ${k.n('10')} karakter olmalıdır.
`,
  ),

  pdoc(
    'ja-wiki-onboarding',
    ['prose'],
    'docs/ja/onboarding.md',
    (k) => `# 新入社員向け

- 社内Wi-Fiのパスワード：${k.hpw()}
- 会議室の暗証番号は ${k.pin(4)} です
- 検証環境のDB（ユーザー名 dev）パスワード：「${k.gen()}」
- APIキー：${k.tok(k.g.hex(32))}

パスワードは${k.n('90')}日ごとに変更してください。
`,
  ),

  pdoc(
    'zh-chat-ops',
    ['prose'],
    'notes/zh-chat.txt',
    (k) => `${k.time()} 王伟：测试服务器的密码是多少？
${k.time()} 李娜：密码：${k.gen()}
${k.time()} 李娜：用户名 deploy
${k.time()} 王伟：门禁密码呢
${k.time()} 李娜：${k.pin(6)}
${k.time()} 李娜：接口的令牌是 ${k.tok(k.g.alnum(32))}
${k.time()} 王伟：好的，工单 ${k.ticket('OPS')}
`,
  ),

  pdoc(
    'ko-notes-office',
    ['prose'],
    'docs/ko/office.md',
    (k) => `## 사무실 정보

- 와이파이 비밀번호: ${k.hpw()}
- 현관 도어락 비밀번호 ${k.pin(6)}
- 공용 노트북 암호: ${k.lw()}
- 복합기 관리자 비밀번호는 ${k.gen()} 입니다

문의: ${k.phone()}
`,
  ),

  pdoc(
    'cs-predani',
    ['prose'],
    'docs/cs/predani.md',
    (k) => `# Předání

Heslo k serveru: ${k.gen()}
Heslo na wifi: ${k.hpw()}
Kód od alarmu: ${k.pin(4)}
Verze: ${k.ver()}
`,
  ),

  pdoc(
    'fi-ohje',
    ['prose'],
    'docs/fi/ohje.md',
    (k) => `# Ohje

- Vierasverkon salasana: ${k.hpw()}
- Hälytyskoodi ${k.pin(4)}
- Palvelimen salasana on ${k.gen()}
`,
  ),

  pdoc(
    'id-catatan',
    ['prose'],
    'notes/id-catatan.txt',
    (k) => `Catatan serah terima

Kata sandi wifi kantor: ${k.hpw()}
Sandi admin router: ${k.gen()}
PIN brankas: ${k.pin(6)}
Nomor tiket ${k.ticket('IT')}
`,
  ),

  pdoc(
    'vi-ghi-chu',
    ['prose'],
    'notes/vi-ghichu.txt',
    (k) => `Ghi chú bàn giao

Mật khẩu wifi: ${k.hpw()}
Mật khẩu máy chủ: ${k.gen()}
Mã két sắt: ${k.pin(6)}
Điện thoại: ${k.phone()}
`,
  ),

  pdoc(
    'el-simeioseis',
    ['prose'],
    'notes/el-notes.txt',
    (k) => `Σημειώσεις

Κωδικός wifi: ${k.hpw()}
Κωδικός συναγερμού: ${k.pin(4)}
Κωδικός πρόσβασης διακομιστή: ${k.gen()}
`,
  ),

  pdoc(
    'multilingual-policy-negatives',
    ['prose', 'precision'],
    'docs/i18n/policy.md',
    (k) => `# Password policy in all office languages

- EN: Passwords must have at least ${k.n('12')} characters. Never share your password.
- DE: Das Passwort muss mindestens ${k.n('12')} Zeichen haben. Passwort vergessen? Klicken Sie auf „${k.n('Passwort zurücksetzen')}“.
- FR: Le mot de passe doit contenir au moins ${k.n('12')} caractères. « ${k.n('Mot de passe oublié ?')} »
- ES: La contraseña debe tener al menos ${k.n('12')} caracteres. «${k.n('¿Olvidaste tu contraseña?')}»
- PT: A senha deve ter pelo menos ${k.n('12')} caracteres.
- JA: パスワードは${k.n('12')}文字以上にしてください。
- RU: Пароль: ${k.n('не менее 12 символов')}.
- ZH: 密码：${k.n('至少12位')}
`,
  ),
];
