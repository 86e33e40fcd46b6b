// rw-dev8 prose: long documents that carry many credentials at once — inventory spreadsheets, long handovers, chat
// days, "all the passwords" pages people keep — in several languages.
import type { RealWorldDoc } from '../types';
import { F, pd } from './proseValues';

export const PROSE_DENSE_DOCS: RealWorldDoc[] = [
  pd(
    'xlsx-export-it-inventory',
    ['prose', 'credential-file'],
    'exports/it-inventory-sheet1.csv',
    (k) => `Device,Location,IP,Login,Password,Comment
FW-HQ,Server room,${k.ip()},admin,${k.gen()},
SW-CORE-1,Server room,${k.ip()},netadmin,${k.hpw()},enable secret same
AP-Controller,Floor 2,${k.ip()},admin,${k.lw()},
NAS-01,Server room,${k.ip()},nasadmin,${k.hpw()},RAID6
UPS-A,Server room,${k.ip()},apc,${k.pin(6)},
Camera NVR,Reception,${k.ip()},admin,${k.gen()},
Phone system,Server room,${k.ip()},pbxadmin,${k.hpw()},
Door controller,Reception,${k.ip()},${k.n('-')},${k.n('see vendor')},vendor-managed
`,
  ),

  pd(
    'md-table-customer-tenants',
    ['prose'],
    'docs/customer-demo-tenants.md',
    (k) => `# Demo tenants

| Customer | URL | Admin user | Password | API key |
|---|---|---|---|---|
| Northwind | northwind.demo.example.com | admin@northwind | ${k.hpw()} | ${k.tok(k.g.hex(32))} |
| Contoso | contoso.demo.example.com | admin@contoso | ${k.gen()} | ${k.tok(k.g.uuid())} |
| Fabrikam | fabrikam.demo.example.com | admin@fabrikam | ${k.lw()} | ${k.tok(k.g.alnum(32))} |
| Globex | globex.demo.example.com | admin@globex | ${k.n('SSO only')} | ${k.n('n/a')} |

Reset all demo passwords after each sales cycle (${k.tkt('SALES')}).
`,
  ),

  pd(
    'slack-long-day',
    ['prose'],
    'exports/slack/ops-channel-day.txt',
    (k) => `Tariq  ${k.time()}
morning! rotating the smtp relay creds today

Tariq  ${k.time()}
new smtp password: ${k.gen()}

Nina  ${k.time()}
thx. while you're at it, the ldap bind password for the wiki is still the old one?

Tariq  ${k.time()}
yes, it's ${k.hpw()}. I'll do it after lunch

Nina  ${k.time()}
ok. also the keycloak admin, somebody set it to ${k.lw()} 🙈

Tariq  ${k.time()}
omg. changed it to ${k.gen()}

Nina  ${k.time()}
and the grafana service token ${k.tok(k.g.alnum(32))} — can we revoke that, it was in a screenshot

Tariq  ${k.time()}
revoked. new one is ${k.tok(k.g.alnum(40))}, in vault. build ${k.sha()}, request ${k.reqId()}
`,
  ),

  pd(
    'handover-school-it',
    ['prose'],
    'notes/school-it-handover.md',
    (k) => `# School IT — handover to the new technician

Hi! Everything I know:

- Admin account on all classroom PCs: \`techadmin\`, password \`${k.hpw()}\`
- The BIOS password on the laptops is ${k.lw()} (lowercase)
- Student Wi-Fi: ${k.hpw()} (changed every term)
- Staff Wi-Fi: ${k.gen()}
- Interactive whiteboards: admin PIN ${k.pin(4)}
- The Google Workspace super admin is the head teacher's account — I don't have the password, ask her.
- Printer release code for staff: ${k.pin(5)}
- Library system (old): user \`library\`, password "${k.phrase(' ')}"

Good luck! — Owen (${k.date()})
`,
  ),

  pd(
    'de-passwortliste-verein',
    ['prose'],
    'docs/de/verein-zugaenge.md',
    (k) => `# Zugänge Sportverein (nur Vorstand!)

| Was | Benutzer | Passwort |
|---|---|---|
| Webseite (WordPress) | vorstand | ${k.hpw()} |
| Vereinskonto Online-Banking | ${k.n('(nur Kassenwart)')} | ${k.n('—')} |
| Instagram | tsv_sport | ${k.hpw()} |
| E-Mail info@ | info | ${k.gen()} |
| WLAN Vereinsheim | — | ${k.lw()} |
| Schließanlage Geräteraum | — | ${k.pin(4)} |

Stand: ${k.date()}
`,
  ),

  pd(
    'fr-passation-complete',
    ['prose'],
    'notes/fr/passation.md',
    (k) => `# Passation — infra du cabinet

- Pare-feu : admin / ${k.gen()}
- Serveur de fichiers : le mot de passe administrateur est ${k.hpw()}
- Wi-Fi invités : ${k.hpw()}
- Logiciel de compta : identifiant compta, mot de passe ${k.lw()}
- Clé de licence antivirus : ${k.n(k.g.upper(5) + '-' + k.g.upper(5) + '-' + k.g.upper(5))}
- Code alarme : ${k.pin(4)}
`,
  ),

  pd(
    'es-inventario-claves',
    ['prose'],
    'docs/es/claves-tienda.md',
    (k) => `# Claves de la tienda

- Panel de Shopify: tienda@example.es — contraseña ${k.hpw()}
- Clave del TPV: ${k.pin(4)}
- Token de la API de envíos: ${k.tok(k.g.alnum(40))}
- Wifi del local: ${k.hpw()}
- Cámara de seguridad: usuario admin, contraseña ${k.gen()}
- Proveedor de correo: ${k.n('ver el gestor de contraseñas')}
`,
  ),

  pd(
    'ja-wiki-kankyo-ichiran',
    ['prose'],
    'wiki/ja/kankyo-ichiran.md',
    (k) => `# 環境一覧

| 環境 | URL | ユーザー | パスワード |
|---|---|---|---|
| 開発 | https://dev.example.jp | admin | ${k.hpw()} |
| 検証 | https://stg.example.jp | admin | ${k.gen()} |
| 本番 | https://www.example.jp | — | ${k.n('Vault参照')} |

DBのパスワードは ${k.gen()} です。APIトークン：${k.hexTok(40)}
`,
  ),

  pd(
    'pt-planilha-senhas',
    ['prose', 'credential-file'],
    'exports/pt-senhas-clinica.csv',
    (k) => `sistema;usuario;senha;observacao
Prontuario;recepcao;${k.hpw()};trocar mensal
Agenda online;clinica;${k.gen()};
Wi-Fi pacientes;;${k.hpw()};
Impressora;admin;${k.lw()};
Cofre;;${k.pin(6)};senha do cofre
`,
  ),

  pd(
    'zh-jiaojie-wendang',
    ['prose'],
    'notes/zh/jiaojie.md',
    (k) => `# 交接文档

1. 服务器 root 密码：${k.gen()}
2. 路由器后台：admin / ${k.hpw()}
3. 公司 Wi-Fi 密码：${k.hpw()}
4. 监控系统账号 monitor，密码 ${k.lw()}
5. 门禁密码 ${k.pin(6)}
6. 云服务器的 AccessKey 在 ${k.n('密码管理器')} 里
`,
  ),

  pd(
    'ko-ingye-munseo',
    ['prose'],
    'notes/ko/ingye.md',
    (k) => `# 인수인계 문서

- 서버 root 비밀번호: ${k.gen()}
- 공유기 관리자 비밀번호: ${k.hpw()}
- 사무실 와이파이 비번: ${k.hpw()}
- 출입문 비밀번호: ${k.pin(6)}
- API 키: ${k.tok(k.g.hex(32))}
`,
  ),

  pd(
    'ru-peredacha-del',
    ['prose'],
    'notes/ru/peredacha-del.md',
    (k) => `# Передача дел

- Пароль администратора домена: ${k.gen()}
- Пароль от Wi-Fi в офисе: ${k.hpw()}
- Кодовое слово для провайдера: ${k.lw()}
- Пароль от 1С (пользователь Бухгалтер): ${k.hpw()}
- Токен бота: ${k.tok(k.g.digits(10) + ':' + k.g.base64url(35))}
- Пароли клиентов — только в ${k.n('KeePass')}
`,
  ),

  pd(
    'it-passaggio-consegne',
    ['prose'],
    'notes/it/passaggio.md',
    (k) => `# Passaggio di consegne

- La password dell'amministratore del server è ${k.gen()}
- Wi-Fi ospiti: ${k.hpw()}
- Centralino: utente admin, password ${k.hpw()}
- Codice allarme: ${k.pin(5)}
- Gestionale magazzino: la password è "${k.phrase(' ')}"
`,
  ),

  pd(
    'nl-wachtwoorden-tabel',
    ['prose'],
    'docs/nl/wachtwoorden.md',
    (k) => `# Wachtwoorden praktijk

| Systeem | Gebruiker | Wachtwoord |
|---|---|---|
| Patiëntendossier | balie | ${k.hpw()} |
| Wifi | — | ${k.hpw()} |
| Router | admin | ${k.gen()} |
| Kluis | — | ${k.pin(6)} |
| Boekhouding | ${k.n('eigen account')} | ${k.n('eigen wachtwoord')} |
`,
  ),

  pd(
    'pl-przekazanie',
    ['prose'],
    'notes/pl/przekazanie.md',
    (k) => `# Przekazanie obowiązków

- Hasło administratora serwera: ${k.gen()}
- Hasło do Wi-Fi dla gości: ${k.hpw()}
- Hasło do panelu hostingu: ${k.hpw()}
- Kod do alarmu: ${k.pin(4)}
- Klucz API do kuriera: ${k.hexTok(32)}
`,
  ),

  pd(
    'tr-devir-notlari',
    ['prose'],
    'notes/tr/devir.md',
    (k) => `# Devir notları

- Sunucu yönetici şifresi: ${k.gen()}
- Ofis Wi-Fi şifresi: ${k.hpw()}
- Muhasebe programı parolası: ${k.hpw()}
- Alarm kodu: ${k.pin(4)}
- E-fatura API anahtarı: ${k.tok(k.g.uuid())}
`,
  ),

  pd(
    'so-question-compose-full',
    ['prose', 'config-syntax'],
    'questions/so-compose-keycloak.md',
    (k) => `# Keycloak in docker compose keeps restarting

${F}yaml
services:
  keycloak:
    image: quay.io/keycloak/keycloak:${k.ver()}
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: ${k.hpw()}
      KC_DB_PASSWORD: ${k.gen()}
  postgres:
    environment:
      POSTGRES_PASSWORD: ${k.gen()}
${F}

Logs say \`password authentication failed for user "keycloak"\`. I changed POSTGRES_PASSWORD after the volume was created — is that the problem?

> Yes. The volume keeps the first password. Either \`docker compose down -v\` or set it back to what it was.
`,
  ),

  pd(
    'meeting-notes-freelancer-access',
    ['prose'],
    'notes/freelancer-access.md',
    (k) => `# Freelancer access (${k.date()})

We gave Jamal temporary access until the end of the month:
- GitLab: personal account, no shared password
- Staging SSH: user \`jamal\`, password ${k.gen()} (key auth broken on that box)
- Staging CMS: editor / ${k.hpw()}
- Preview env basic auth: preview / ${k.lw()}
- Sentry: invited by email

Remove all of it on ${k.date()} (${k.tkt('SEC')}).
`,
  ),

  pd(
    'irc-long-session',
    ['prose'],
    'logs/irc/#ops-night.log',
    (k) => `[${k.time()}] <vik> db-03 is down again
[${k.time()}] <amir> I'm on it. what's the ipmi pass?
[${k.time()}] <vik> ${k.gen()}
[${k.time()}] <amir> in. and the os root?
[${k.time()}] <vik> root pw is ${k.hpw()}
[${k.time()}] <amir> thx. disk full. who set the backup user's pass to ${k.lw()}?? it's in the cron
[${k.time()}] <vik> not me. change it to ${k.gen()} and update the cron
[${k.time()}] <amir> done. incident ${k.tkt('INC')}
`,
  ),

  pd(
    'email-all-in-one-setup',
    ['prose'],
    'mail/shop-setup.eml',
    (k) => `Subject: Your new online shop — all logins

Hi Helen,

Your shop is live! Here are all the logins in one place (please save them in a password manager and delete this mail):

Shop admin: helen@shop.example — ${k.hpw()}
Hosting panel: helen — ${k.gen()}
Email (info@): ${k.hpw()}
Payment provider test key: ${k.tok(k.g.alnum(32))}
Database (if you ever need it): shop_db / ${k.gen()}

Invoice ${k.num(5)} follows separately.
Best, Leo
`,
  ),

  pd(
    'wiki-lab-equipment',
    ['prose'],
    'wiki/lab-equipment.md',
    (k) => `# Lab equipment logins

The oscilloscope web UI has no password. The spectrum analyser's remote password is ${k.pin(4)}.
The lab PC (Windows) uses the local account \`lab\` with password ${k.hpw()}.
The 3D printer's OctoPrint API key is ${k.hexTok(32)}; the web login is printer / ${k.lw()}.
Calibration certificates: ${k.n('CAL-' + k.g.digits(6))}.
`,
  ),
];
