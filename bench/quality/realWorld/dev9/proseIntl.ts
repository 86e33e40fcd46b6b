// rw-dev9 prose: the same leaks in other languages — German, French, Spanish, Portuguese, Italian, Dutch, Russian,
// Polish, Turkish, Chinese, Japanese, Korean, Vietnamese, Arabic, Hindi (transliterated) — with each language's
// word for password/key/code and its punctuation (full-width colons, guillemets, 「」).
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseValues';

export const PROSE_INTL_DOCS: RealWorldDoc[] = [
  pdoc(
    'de-wiki-zugangsdaten',
    ['prose', 'precision'],
    'wiki/IT/Zugangsdaten-Buero.md',
    (x) => `# Zugangsdaten Büro (intern!)

- WLAN „Praxis-Intern“: Schlüssel ${x.hum()}
- Gäste-WLAN: Kennwort ${x.let()} (wird monatlich geändert)
- Router (FritzBox) Oberfläche → Kennwort lautet ${x.hum()}
- Telefonanlage Admin-PIN: ${x.pin(6)}
- Drucker: keine Anmeldung nötig
- API-Token für die Zeiterfassung: ${x.tok()}

Bitte **nicht** das Kennwort aus der Einrichtungsanleitung verwenden (${x.n('********')}), das ist veraltet.
Ticketnummer für die Umstellung: ${x.neg.ticket()}, Firmware ${x.neg.version()}.
`,
  ),
  pdoc(
    'fr-mail-acces-serveur',
    ['prose'],
    'mail/fr-acces-serveur.txt',
    (x) => `Objet : Accès au serveur de préproduction

Bonjour Chloé,

Voici les accès demandés :
- identifiant : deploy
- mot de passe : ${x.gen()}
- la clé d'API pour le service de cartographie : ${x.tok()}

Le mot de passe de la base MySQL est « ${x.hum()} » (utilisateur app_preprod).
Merci de ne pas le transférer. Le numéro de la demande est ${x.neg.ticket()}.

Cordialement,
Julien
Réf. interne : ${x.n('DEM-' + x.g.digits(5))}
`,
  ),
  pdoc(
    'es-slack-soporte',
    ['prose', 'precision'],
    'exports/slack/soporte-es.txt',
    (x) => `[10:02] mateo.r: alguien tiene la contraseña del panel de Plesk?
[10:03] ines.d: sí, usuario admin y la clave es ${x.hum()}
[10:04] mateo.r: gracias!! y el token de la API de facturación?
[10:05] ines.d: ${x.tok()}
[10:05] ines.d: no lo pegues en el ticket ${x.neg.ticket()} porfa
[10:09] mateo.r: ok. la versión del plugin es ${x.neg.version()}
[10:15] ines.d: ah y el PIN del teléfono de guardia: ${x.pin(4)}
`,
  ),
  pdoc(
    'pt-br-readme-projeto',
    ['prose'],
    'docs/pt/COMO-RODAR.md',
    (x) => `# Como rodar o projeto

1. Suba o banco com \`docker compose up\`.
2. Acesse o painel em http://localhost:3000 com o usuário **admin** e a senha **${x.hum()}**.
3. Para integrar com o gateway de pagamento de homologação, use a chave: ${x.tok()}

> A senha do certificado A1 (arquivo .pfx) é ${x.hum()} — só para homologação!

Versão atual: ${x.neg.version()}. Dúvidas: abra um chamado (${x.neg.ticket()}).
`,
  ),
  pdoc(
    'it-verbale-riunione',
    ['prose'],
    'docs/it/verbale-2026-03-10.md',
    (x) => `## Verbale riunione IT – 10 marzo 2026

Presenti: Giulia, Marco, Francesca
Protocollo n. ${x.n(x.g.digits(4) + '/2026')}

- Nuova password del Wi-Fi ospiti: ${x.let()}
- Password di amministrazione del NAS cambiata in ${x.hum()} (Marco)
- Chiave API del gestionale fatture: ${x.tok()}
- Il codice cliente del fornitore (${x.n('CLI-' + x.g.digits(6))}) non è riservato
- Prossima riunione: 24 marzo
`,
  ),
  pdoc(
    'nl-teams-beheer',
    ['prose'],
    'exports/teams/beheer-nl.txt',
    (x) => `[09:31] Sanne de Vries: Wat is het wachtwoord van de beheeraccount van de firewall?
[09:33] Ruben Jansen: ${x.hum()}
[09:33] Ruben Jansen: en de gebruikersnaam is beheer
[09:40] Sanne de Vries: top. En de sleutel voor de API van het ticketsysteem?
[09:41] Ruben Jansen: API-sleutel: ${x.tok()}
[09:45] Sanne de Vries: Meldingnummer is ${x.neg.ticket()}, ik sluit hem af
`,
  ),
  pdoc(
    'ru-wiki-dostupy',
    ['prose', 'precision'],
    'wiki/ru/dostupy.md',
    (x) => `# Доступы к тестовому стенду

* Jenkins: логин qa, пароль ${x.hum()}
* База PostgreSQL: пользователь tester / пароль: ${x.gen()}
* Токен для API стенда — ${x.tok()}
* Пароль от архива с логами: ${x.pp('-')}
* Строка подключения: Server=qa-db;Database=qa;User Id=tester;Password=${x.cs()};

Не путать с хешем сборки ${x.neg.sha()} и номером заявки ${x.neg.ticket()}.
Если видите «Неверный пароль» — сбросьте его через форму «Забыли пароль?».
`,
  ),
  pdoc(
    'pl-zgloszenie-helpdesk',
    ['prose'],
    'exports/helpdesk/pl-zgloszenie.txt',
    (x) => `Zgłoszenie ${x.neg.ticket()}: brak dostępu do VPN

Opis: Po zmianie hasła nie mogę się połączyć. Moje nowe hasło to ${x.hum()}, stare było ${x.hum()}.

Odpowiedź (Marek, helpdesk):
Konto odblokowane. Tymczasowe hasło: ${x.gen()} — proszę zmienić przy pierwszym logowaniu.
Token do API systemu zgłoszeń: ${x.tok()} (identyfikator klienta ${x.n(x.g.digits(6))} nie jest tajny)
Klucz współdzielony (PSK) profilu zapasowego: ${x.gen()}
`,
  ),
  pdoc(
    'tr-whatsapp-ofis',
    ['prose'],
    'exports/whatsapp/ofis-tr.txt',
    (x) => `[11.03.2026 14:02] Emre: wifi şifresi neydi?
[11.03.2026 14:03] Aylin: ${x.hum()}
[11.03.2026 14:05] Emre: teşekkürler. muhasebe programının şifresi de lazım
[11.03.2026 14:07] Aylin: kullanıcı adı muhasebe, şifre: ${x.hum()}
[11.03.2026 14:08] Aylin: e-fatura API anahtarı: ${x.tok()}
[11.03.2026 14:10] Emre: 👍 talep no ${x.neg.ticket()}
`,
  ),
  pdoc(
    'zh-wiki-huanjing',
    ['prose', 'precision'],
    'wiki/zh/测试环境账号.md',
    (x) => `# 测试环境账号

- 管理后台：admin，密码：${x.hum()}
- 数据库账号 test_user，密码 ${x.gen()}
- 短信平台 AccessKey Secret：${x.tok()}
- Redis 密码：${x.gen()}
- 连接串：redis://:${x.cs()}@redis-qa.internal:6379/0
- 对象存储的 Bucket 名称 ${x.n('qa-assets-' + x.g.digits(4))} 不是秘密

注意：请勿在工单（${x.neg.ticket()}）中粘贴密码。版本号 ${x.neg.version()}，提交 ${x.neg.sha()}。
`,
  ),
  pdoc(
    'ja-slack-kaihatsu',
    ['prose'],
    'exports/slack/kaihatsu-ja.txt',
    (x) => `[10:20] 佐藤: 検証環境の管理画面のパスワードを教えてください
[10:22] 田中: ユーザー名は admin、パスワードは「${x.hum()}」です
[10:23] 田中: APIキーはこちら → ${x.tok()}
[10:25] 佐藤: ありがとうございます！DBのパスワードも変わりましたか？
[10:26] 田中: はい、新しいパスワード：${x.gen()}
[10:30] 佐藤: チケット ${x.neg.ticket()} に対応状況を書いておきます（パスワードは書きません）
`,
  ),
  pdoc(
    'ko-notion-gaebal',
    ['prose'],
    'wiki/ko/개발서버-접속정보.md',
    (x) => `## 개발 서버 접속 정보

- 서버: dev.internal (SSH 키로 접속)
- 관리자 페이지 아이디: admin / 비밀번호: ${x.hum()}
- 결제 테스트 API 키: ${x.tok()}
- 와이파이 비밀번호는 ${x.let()} 입니다
- 요청 ID ${x.neg.reqId()} 는 오류 추적용이라 비밀이 아닙니다
`,
  ),
  pdoc(
    'vi-zalo-export',
    ['prose'],
    'exports/zalo/nhom-ky-thuat.txt',
    (x) => `[08:45] Minh: mật khẩu wifi phòng họp là gì vậy?
[08:46] Lan: ${x.hum()}
[08:50] Minh: còn tài khoản hosting?
[08:52] Lan: tài khoản: acmevn, mật khẩu: ${x.gen()}
[08:53] Lan: khóa API gửi SMS: ${x.tok()}
[08:55] Minh: ok, mã yêu cầu ${x.neg.ticket()}
`,
  ),
  pdoc(
    'ar-email-it',
    ['prose'],
    'mail/ar-it-access.txt',
    (x) => `الموضوع: بيانات الدخول إلى النظام

مرحباً أحمد،

اسم المستخدم: ahmad.k
كلمة المرور: ${x.hum()}
رمز الواجهة البرمجية (API): ${x.tok()}

يرجى تغيير كلمة المرور بعد أول تسجيل دخول. رقم الطلب ${x.neg.ticket()}.

مع التحية،
قسم تقنية المعلومات
`,
  ),
  pdoc(
    'hi-translit-whatsapp',
    ['prose'],
    'exports/whatsapp/office-group-hinglish.txt',
    (x) => `[12/03/26, 10:11] Rahul: bhai server ka password kya hai?
[12/03/26, 10:12] Priya: password hai ${x.hum()}
[12/03/26, 10:12] Priya: username root nahi, deploy hai
[12/03/26, 10:15] Rahul: aur payment gateway ki secret key?
[12/03/26, 10:16] Priya: ${x.tok()}
[12/03/26, 10:17] Priya: ticket ${x.neg.ticket()} mein mat daalna
[12/03/26, 10:20] Rahul: wifi ka bhi bata do
[12/03/26, 10:21] Priya: wifi pass: ${x.let()}
`,
  ),
  pdoc(
    'de-handover-urlaub',
    ['prose', 'precision'],
    'docs/handover/urlaubsvertretung.md',
    (x) => `# Urlaubsvertretung Jonas (KW 14–15)

Wichtige Zugänge:
1. Shop-Backend (Shopware): Benutzer jonas.k – PW: ${x.hum()}
2. Newsletter-Tool: API-Schlüssel ${x.tok()}
3. Paketdienst-Portal → Passwort ${x.gen()}  (Kundennummer ${x.n(x.g.digits(10))} ist kein Geheimnis)
4. Tresor im Büro: Zahlencode ${x.pin(6)}

Passwort-vergessen-Link funktioniert bei 3. nicht, dann Hotline ${x.neg.phone()} anrufen.
`,
  ),
  pdoc(
    'fr-readme-docker',
    ['prose'],
    'docs/fr/INSTALL.md',
    (x) => `# Installation

Le conteneur de base de données démarre avec le mot de passe root suivant : \`${x.hum()}\`.
Pour l'interface d'administration, connectez-vous avec admin / ${x.pp('-')}.

Jeton d'accès au registre privé (lecture seule) : ${x.tok()}

Empreinte de l'image : ${x.neg.digest()}
`,
  ),
  pdoc(
    'es-acta-postmortem',
    ['prose', 'precision'],
    'docs/es/postmortem-caida.md',
    (x) => `# Postmortem: caída del servicio de pagos

**Resumen:** la contraseña del usuario de la base de datos caducó (política de 90 días).
Se estableció una nueva contraseña: ${x.gen()} y se actualizó el secreto en Kubernetes.

**Línea de tiempo**
- 03:12 alerta (${x.neg.ticket()})
- 03:40 se detecta "password authentication failed"
- 03:55 restablecida; commit del cambio de configuración ${x.neg.sha()}

**Acción:** mover la contraseña a Vault (la antigua era ${x.n('(caducada)')}).
`,
  ),
];
