// rw-dev8 prose in other languages: German, French, Spanish, Portuguese, Russian, Chinese, Japanese, Korean, Italian,
// Dutch, Polish, Turkish, Swedish, Czech, Vietnamese — tickets, chats, mails and wiki pages as people write them.
import type { RealWorldDoc } from '../types';
import { pd } from './proseValues';

export const PROSE_INTL_DOCS: RealWorldDoc[] = [
  // German
  pd(
    'de-ticket-zugang',
    ['prose'],
    'tickets/de-zugang-buchhaltung.txt',
    (k) => `Ticket ${k.tkt('IT')}: Zugang Buchhaltungssoftware

Hallo Frau Becker,

der Zugang ist eingerichtet. Benutzername: s.becker, das Kennwort lautet ${k.hpw()}.
Bitte ändern Sie es nach der ersten Anmeldung.

Mit freundlichen Grüßen
Ihr IT-Service (erstellt am ${k.date()})
`,
  ),
  pd(
    'de-chat-passwort-naechste-zeile',
    ['prose'],
    'exports/teams/de-chat.txt',
    (k) => `[${k.time()}] Lukas: Wie ist nochmal das Passwort für den Drucker-Admin?
[${k.time()}] Marie: ${k.lw()}
[${k.time()}] Lukas: Echt? Nur das Wort?
[${k.time()}] Marie: Ja, ändere ich morgen. Das WLAN-Passwort ist übrigens neu: ${k.hpw()}
`,
  ),
  pd(
    'de-wiki-uebergabe',
    ['prose'],
    'wiki/de/uebergabe-server.md',
    (k) => `# Übergabe Server (Stand ${k.date()})

- Root-Passwort Backup-Server: ${k.gen()}
- Die Passphrase für den GPG-Schlüssel ist „${k.phrase(' ')}“
- Zugangsdaten für den Router: siehe ${k.n('KeePass-Datei im Tresor')}
- API-Schlüssel Wetterdienst: ${k.hexTok(32)}
`,
  ),

  // French
  pd(
    'fr-mail-acces',
    ['prose'],
    'mail/fr-acces-extranet.eml',
    (k) => `Objet : Vos accès à l'extranet

Bonjour Monsieur Dubois,

Voici vos identifiants : identifiant j.dubois, mot de passe : ${k.hpw()}
Pour l'API, utilisez la clé ${k.tok(k.g.alnum(32))}.

Pour des raisons de sécurité, merci de changer votre mot de passe dès la première connexion.

Cordialement,
Le support (dossier n° ${k.num(6)})
`,
  ),
  pd(
    'fr-chat-mdp',
    ['prose'],
    'exports/slack/fr-equipe.txt',
    (k) => `Camille  ${k.time()}
c'est quoi le mdp du compte de test ?

Hugo  ${k.time()}
je l'ai changé ce matin, c'est ${k.gen()}

Camille  ${k.time()}
merci ! et le code du digicode ?

Hugo  ${k.time()}
${k.pin(4)}, comme d'hab il change le 1er du mois
`,
  ),
  pd(
    'fr-wiki-politique-neg',
    ['prose', 'precision'],
    'wiki/fr/politique-mots-de-passe.md',
    (k) => `# Politique de mots de passe

Le mot de passe doit contenir au moins 12 caractères. Ne l'envoyez jamais par courriel.
Le mot de passe du compte de service est stocké dans ${k.n('le coffre Vault')} ; demandez à Bob.
Exemple refusé : « ${k.n('Motdepasse1')} ». Empreinte du certificat : ${k.sha256()}.
`,
  ),

  // Spanish
  pd(
    'es-correo-credenciales',
    ['prose'],
    'mail/es-credenciales-vpn.eml',
    (k) => `Asunto: Credenciales VPN

Hola Lucía,

Tu usuario de VPN es lgarcia y la contraseña es ${k.hpw()}.
La clave precompartida (PSK) del túnel es ${k.gen()}.

No compartas esta información. Saludos,
Soporte TI — incidencia ${k.tkt('TI')}
`,
  ),
  pd(
    'es-chat-whatsapp',
    ['prose'],
    'misc/es-whatsapp-oficina.txt',
    (k) => `[${k.date()} ${k.time()}] Pablo: ¿cuál es la clave del wifi de la oficina nueva?
[${k.date()} ${k.time()}] Marta: ${k.hpw()}
[${k.date()} ${k.time()}] Pablo: gracias!! y la alarma?
[${k.date()} ${k.time()}] Marta: el código de la alarma es ${k.pin(4)}
`,
  ),
  pd(
    'es-so-pregunta',
    ['prose', 'config-syntax'],
    'questions/es-so-django.md',
    (k) => `# Django no conecta a PostgreSQL: "password authentication failed"

Mi settings.py:

    DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "tienda",
                             "USER": "tienda", "PASSWORD": "${k.hpw()}", "HOST": "db"}}

Ya probé cambiar la contraseña con ALTER USER tienda PASSWORD '${k.gen()}'; y tampoco funciona. ¿Alguna idea?
`,
  ),

  // Portuguese
  pd(
    'pt-email-acesso',
    ['prose'],
    'mail/pt-acesso-sistema.eml',
    (k) => `Assunto: Acesso ao sistema de notas fiscais

Olá Rafael,

Seu acesso foi criado. Login: rafael.souza / senha: ${k.hpw()}
O token da API é ${k.uuidTok()} (válido até ${k.date()}).

Por favor troque a senha no primeiro acesso.
Atenciosamente, Equipe de TI
`,
  ),
  pd(
    'pt-chat-senha',
    ['prose'],
    'exports/discord/pt-servidor.txt',
    (k) => `[${k.time()}] joaozinho: qual a senha do painel?
[${k.time()}] bia: mudei pra ${k.gen()}
[${k.time()}] joaozinho: valeu
[${k.time()}] bia: a senha do banco continua ${k.lw()}, troco amanhã
`,
  ),

  // Russian
  pd(
    'ru-ticket-dostup',
    ['prose'],
    'tickets/ru-dostup-1c.txt',
    (k) => `Заявка ${k.tkt('IT')}: доступ к 1С

Добрый день! Учётная запись создана.
Логин: ivanova.a
Пароль: ${k.hpw()}
При первом входе система попросит сменить пароль.

Исполнитель: Смирнов П. (${k.date()})
`,
  ),
  pd(
    'ru-chat-telegram',
    ['prose'],
    'misc/ru-telegram-admins.txt',
    (k) => `Сергей, [${k.time()}]
какой пароль от роутера на даче?

Ольга, [${k.time()}]
${k.hpw()}

Сергей, [${k.time()}]
спасибо. а от камеры?

Ольга, [${k.time()}]
пароль на камеру ${k.pin(6)}, логин admin
`,
  ),
  pd(
    'ru-wiki-neg',
    ['prose', 'precision'],
    'wiki/ru/paroli.md',
    (k) => `# Пароли

Пароль от базы хранится в ${k.n('Vault')}, спросите у Дмитрия.
Минимальная длина пароля — 12 символов. Пример плохого пароля: «${k.n('qwerty123')}».
Хеш пароля администратора: ${k.bcrypt()}
`,
  ),

  // Chinese
  pd(
    'zh-wiki-huanjing',
    ['prose'],
    'wiki/zh/ceshi-huanjing.md',
    (k) => `# 测试环境说明

- 管理后台地址：https://admin.test.example.cn
- 账号：admin，密码：${k.hpw()}
- 数据库密码是 ${k.gen()}，请不要外传
- 接口密钥：${k.hexTok(32)}

更新时间：${k.date()}
`,
  ),
  pd(
    'zh-chat-wechat',
    ['prose'],
    'misc/zh-wechat-group.txt',
    (k) => `${k.time()} 张伟：服务器密码改了吗？
${k.time()} 李娜：改了，新密码 ${k.gen()}
${k.time()} 张伟：收到。Wi-Fi 密码呢？
${k.time()} 李娜：${k.hpw()}
${k.time()} 王强：密码请放到密码库里，不要发群里（工单 ${k.tkt('OPS')}）
`,
  ),

  // Japanese
  pd(
    'ja-mail-account',
    ['prose'],
    'mail/ja-account-hakko.eml',
    (k) => `件名：アカウント発行のお知らせ

山田様

システムのアカウントを発行しました。
ユーザーID：yamada.t
初期パスワード：${k.hpw()}

初回ログイン時にパスワードの変更をお願いいたします。
なお、APIキーは ${k.tok(k.g.alnum(40))} です。

情報システム部（受付番号 ${k.num(6)}）
`,
  ),
  pd(
    'ja-chat-slack',
    ['prose'],
    'exports/slack/ja-dev.txt',
    (k) => `佐藤  ${k.time()}
検証環境のDBパスワード教えてください

鈴木  ${k.time()}
${k.gen()} です

佐藤  ${k.time()}
ありがとうございます！管理画面は？

鈴木  ${k.time()}
管理画面のパスワードは「${k.lw()}」です（後で変えます）
`,
  ),

  // Korean
  pd(
    'ko-wiki-dev',
    ['prose'],
    'wiki/ko/gaebal-hwangyeong.md',
    (k) => `# 개발 환경 접속 정보

- 관리자 계정: admin / 비밀번호: ${k.hpw()}
- DB 비밀번호는 ${k.gen()} 입니다
- 비밀번호는 절대 외부에 공유하지 마세요. 운영 비밀번호는 ${k.n('Vault')}에 있습니다.
- 최종 수정: ${k.date()}
`,
  ),
  pd(
    'ko-chat-kakao',
    ['prose'],
    'misc/ko-kakaotalk.txt',
    (k) => `${k.date()} ${k.time()}, 민수 : 와이파이 비번 뭐야?
${k.date()} ${k.time()}, 지은 : ${k.hpw()}
${k.date()} ${k.time()}, 민수 : ㄱㅅ 현관 비번도
${k.date()} ${k.time()}, 지은 : 현관 비밀번호는 ${k.pin(6)}
`,
  ),

  // Italian
  pd(
    'it-email-credenziali',
    ['prose'],
    'mail/it-credenziali-gestionale.eml',
    (k) => `Oggetto: Credenziali gestionale

Ciao Giulia,

ecco le credenziali per il gestionale:
utente: g.bianchi
password: ${k.hpw()}

La chiave API per l'e-commerce è ${k.tok(k.g.hex(40))}.
Ti chiedo di cambiare la password al primo accesso. Grazie, Marco (ticket ${k.tkt('IT')})
`,
  ),
  pd(
    'it-chat-teams',
    ['prose'],
    'exports/teams/it-ufficio.txt',
    (k) => `${k.time()} Francesca: qualcuno ha la password del NAS?
${k.time()} Davide: l'ho impostata a ${k.gen()} ieri
${k.time()} Francesca: perfetto, e quella della stampante?
${k.time()} Davide: è la parola ${k.lw()}, tutta minuscola
`,
  ),

  // Dutch
  pd(
    'nl-mail-toegang',
    ['prose'],
    'mail/nl-toegang-portaal.eml',
    (k) => `Onderwerp: Toegang klantportaal

Beste Sanne,

Je account is aangemaakt. Gebruikersnaam: sanne.devries, wachtwoord: ${k.hpw()}.
Wijzig je wachtwoord na de eerste keer inloggen.

Met vriendelijke groet,
Servicedesk (melding ${k.tkt('SD')})
`,
  ),
  pd(
    'nl-wiki-overdracht',
    ['prose'],
    'wiki/nl/overdracht.md',
    (k) => `# Overdracht beheer

- Het wachtwoord van de firewall is ${k.gen()}
- Wachtzin voor de back-upschijf: "${k.phrase(' ')}"
- Alarmcode kantoor: ${k.pin(5)}
- Wachtwoorden van klanten staan in ${k.n('Passbolt')}, niet hier.
`,
  ),

  // Polish
  pd(
    'pl-zgloszenie',
    ['prose'],
    'tickets/pl-zgloszenie-konto.txt',
    (k) => `Zgłoszenie ${k.tkt('IT')}: nowe konto w systemie kadrowym

Dzień dobry,
konto zostało utworzone. Login: a.kowalska, hasło: ${k.hpw()}
Proszę zmienić hasło po pierwszym logowaniu.

Pozdrawiam, Dział IT (${k.date()})
`,
  ),
  pd(
    'pl-czat',
    ['prose'],
    'exports/slack/pl-zespol.txt',
    (k) => `Kasia  ${k.time()}
jakie jest hasło do jenkinsa?

Tomek  ${k.time()}
zmieniłem na ${k.gen()}

Kasia  ${k.time()}
dzięki, a klucz do API pogody?

Tomek  ${k.time()}
${k.hexTok(32)}
`,
  ),

  // Turkish
  pd(
    'tr-eposta-sifre',
    ['prose'],
    'mail/tr-hesap-bilgileri.eml',
    (k) => `Konu: Hesap bilgileriniz

Merhaba Ayşe Hanım,

Muhasebe sistemine giriş bilgileriniz:
Kullanıcı adı: ayse.demir
Şifre: ${k.hpw()}

İlk girişte şifrenizi değiştirmeniz gerekmektedir.
Saygılarımızla, Bilgi İşlem (talep no ${k.num(6)})
`,
  ),
  pd(
    'tr-sohbet',
    ['prose'],
    'misc/tr-whatsapp-ekip.txt',
    (k) => `[${k.date()} ${k.time()}] Emre: sunucunun root şifresi neydi?
[${k.date()} ${k.time()}] Zeynep: ${k.gen()}
[${k.date()} ${k.time()}] Emre: tşk. wifi parolası da değişti mi?
[${k.date()} ${k.time()}] Zeynep: evet yeni parola ${k.hpw()}
`,
  ),

  // Swedish
  pd(
    'sv-mejl-konto',
    ['prose'],
    'mail/sv-konto.eml',
    (k) => `Ämne: Ditt konto

Hej Erik,

Ditt konto är skapat. Användarnamn: erik.lund, lösenord: ${k.hpw()}
Byt lösenord vid första inloggningen.

Hälsningar, IT-support
`,
  ),

  // Czech
  pd(
    'cs-predavaci-protokol',
    ['prose'],
    'notes/cs-predani.txt',
    (k) => `Předávací protokol (${k.date()})

- heslo k serveru: ${k.gen()}
- heslo k Wi-Fi pro hosty: ${k.hpw()}
- PIN k trezoru je uložen jinde (zeptejte se vedoucího)
`,
  ),

  // Vietnamese
  pd(
    'vi-tin-nhan',
    ['prose'],
    'misc/vi-zalo-nhom.txt',
    (k) => `${k.time()} Minh: mật khẩu wifi văn phòng là gì vậy?
${k.time()} Lan: ${k.hpw()}
${k.time()} Minh: cảm ơn. mật khẩu máy chủ test?
${k.time()} Lan: mật khẩu là ${k.gen()}, đừng gửi ra ngoài nhé
`,
  ),
];
