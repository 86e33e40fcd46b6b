// Agency and freelancer handover notes: the emails and text files that list a client's hosting, domain,
// registrar, CMS and mailbox logins, in the languages they are written in.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web } from './webValues';

export const WEB_HANDOVER_DOCS: RealWorldDoc[] = [
  doc('web-handover-de-zugangsdaten', ['prose', 'credential-file'], 'Kunden/Huber/Zugangsdaten.txt', (k) => {
    const w = web(k);
    return `ZUGANGSDATEN Bäckerei Huber  (Stand: 03/2025)
==============================================

Domain / Hosting: all-inkl.com
  KAS-Login: w0${k.g.digits(5)}
  KAS-Passwort: ${w.gen()}

FTP (Hauptzugang)
  Server: w0${k.g.digits(5)}.kasserver.com
  Benutzer: w0${k.g.digits(5)}
  PW: ${w.hum()}

WordPress
  https://www.baeckerei-huber.example.de/wp-admin
  Benutzer: huber-admin
  Passwort: ${w.hum()}
  (Redakteur für Frau Huber: "anna" / ${w.pw()})

E-Mail
  info@baeckerei-huber.example.de ........ ${w.hum()}
  bestellung@baeckerei-huber.example.de .. ${w.let()}

Domain-Registrar (DENIC über United Domains)
  Kundennr.: ${k.g.digits(7)}
  Passwort:  siehe Papierakte
  AuthInfo-Code für .de (nur für Umzug!): ${k.s('password', k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789+-', 16))}

Google Business / Analytics: läuft über huber.baeckerei@gmail.com (Passwort hat Kunde)
Analytics-ID: ${w.ga()}
`;
  }),

  doc('web-handover-es-email', ['prose'], 'correo/entrega-web-restaurante.eml', (k) => {
    const w = web(k);
    return `De: ${w.who()} <hola@estudio-example.es>
Para: gerencia@restaurante-example.es
Asunto: Entrega de la web + accesos
Fecha: Vie, 14 Feb 2025 18:22:05 +0100

Hola Carmen,

Como quedamos, te paso todos los accesos de la nueva web. Guárdalos en un sitio seguro
(y si puedes cambia las contraseñas cuando tengas un rato).

* Panel de administración (WordPress): https://restaurante-example.es/acceso
  usuario: carmen
  contraseña: ${w.hum()}

* Hosting (Raiola Networks) - área de cliente
  email: gerencia@restaurante-example.es
  contraseña: ${w.pw()}

* cPanel: usuario restaurante / ${w.gen()}

* Correo info@: ${w.hum()}
  (configurado en el móvil de Javi también)

* Dominio (DonDominio): el código de autorización lo tienes que pedir tú desde el panel.

* Instagram para el widget del feed: token de acceso (caduca en 60 días):
  ${k.s('provider', 'IGQW' + k.g.base64url(150), 'instagram')}

Cualquier cosa me dices.
Un abrazo,
${w.who()}
`;
  }),

  doc('web-handover-pt-txt', ['prose', 'credential-file'], 'clientes/padaria-sao-joao/acessos.txt', (k) => {
    const w = web(k);
    return `ACESSOS - Padaria São João
---------------------------

registro.br
  login: PSJ${k.g.digits(4)}
  senha: ${w.hum()}

hospedagem: Hostgator BR (plano M)
  painel: https://cliente.hostgator.com.br
  e-mail: padariasaojoao@example.com.br
  senha: ${w.pw()}

ftp.padariasaojoao.example.com.br
  usuario: padari${k.g.digits(2)}
  senha: mesma do cpanel -> ${w.gen()}

wordpress /wp-admin
  admin / ${w.hum()}
  obs: o plugin WooCommerce usa chave do PagSeguro:
  token pagseguro = ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}

Mercado Pago (access token produção):
  ${k.s('provider', 'APP_USR-' + k.g.digits(16) + '-' + k.g.digits(6) + '-' + k.g.hex(32) + '-' + k.g.digits(9), 'mercadopago')}
  public key: ${k.n('APP_USR-' + k.g.uuid())}   (essa pode ir no site)

wi-fi da loja (pra instalar o totem): PadariaSJ / ${w.let()}
`;
  }),

  doc('web-handover-pl-md', ['prose', 'credential-file'], 'docs/przekazanie-strony.md', (k) => {
    const w = web(k);
    return `# Przekazanie strony – Kancelaria ${w.client()}

Data: 2025-01-20, przygotował: ${w.who()}

## Hosting (home.pl)
- Panel: https://panel.home.pl
- Login: \`kancelaria-example\`
- Hasło: \`${w.hum()}\`

## Baza danych
| Host | Baza | Użytkownik | Hasło |
|------|------|------------|-------|
| localhost | kancel_wp | kancel_wp | \`${w.gen()}\` |
| localhost | kancel_old | kancel_old | ${k.n('(usunięta)')} |

## Poczta
Skrzynka \`biuro@\`: hasło **${w.hum()}**, sekretariat zna.

## Formularz kontaktowy
Klucz reCAPTCHA (publiczny, w HTML): \`${k.n('6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}\`
Klucz tajny reCAPTCHA: \`${k.s('token', '6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}\`

## Kopie zapasowe
UpdraftPlus → Dropbox (konto kancelarii). Hasło do szyfrowania bazy w Updraft: ${w.phr()}

${F}
# odtworzenie lokalnie
wp db import backup.sql --allow-root
wp search-replace 'https://kancelaria-example.pl' 'http://localhost:8080'
wp user update 1 --user_pass=${k.n('nowehaslo')}
${F}
`;
  }),

  doc('web-handover-ru-chat', ['prose'], 'exports/telegram-chat-client.txt', (k) => {
    const w = web(k);
    return `[12.03.2025 14:02] Ольга (клиент): Добрый день! Вы можете обновить цены на сайте? Я не могу зайти в админку
[12.03.2025 14:05] ${w.who()}: Здравствуйте! Попробуйте логин manager, пароль ${w.hum()}
[12.03.2025 14:05] ${w.who()}: это новый, старый я сбросил
[12.03.2025 14:11] Ольга (клиент): Зашла, спасибо! А от почты sales@ пароль какой?
[12.03.2025 14:12] ${w.who()}: ${w.pw()}
[12.03.2025 14:12] ${w.who()}: только не пересылайте никому)
[12.03.2025 14:40] Ольга (клиент): ещё вопрос — бухгалтер просит доступ к 1С через веб, ссылка https://1c.example-mebel.ru/ut/
[12.03.2025 14:43] ${w.who()}: логин Бухгалтер, пароль ${w.let()}, потом поменяю
[12.03.2025 15:01] Ольга (клиент): 👍
[13.03.2025 09:15] ${w.who()}: Ольга, ключ для Яндекс.Карт в настройках темы — ${k.n(k.g.uuid())}, это нормально что он виден в коде страницы
`;
  }),

  doc('web-handover-vi-doc', ['prose'], 'ban-giao/thong-tin-website.md', (k) => {
    const w = web(k);
    return `# THÔNG TIN BÀN GIAO WEBSITE – Nhà hàng Phở ${w.client()}

**Tên miền:** pho-example.vn (đăng ký tại Mắt Bão, hết hạn 09/2026)
- Tài khoản Mắt Bão: phoexample@gmail.com
- Mật khẩu: ${w.hum()}

**Hosting (AZDIGI)**
- Link DirectAdmin: https://s${k.g.digits(2)}.azdigi.example:2222
- User: phoexamp
- Pass: ${w.gen()}

**Quản trị website**
- Link: https://pho-example.vn/wp-admin
- Tài khoản: quanly — Mật khẩu: ${w.hum()}

**Email doanh nghiệp (Zoho)**
- datban@pho-example.vn / ${w.pw()}

**Zalo OA** – access token (hết hạn sau 25h, refresh token dùng để lấy lại):
- refresh_token: ${w.tok()}

Lưu ý: khách hàng nên đổi mật khẩu ngay sau khi nhận bàn giao. Mật khẩu mẫu trong hợp đồng ("${k.n('matkhau123')}") không còn dùng.
`;
  }),

  doc('web-handover-id-wa', ['prose'], 'chat/wa-export-klien-toko.txt', (k) => {
    const w = web(k);
    return `12/01/25 09.14 - Budi Web: Pagi bu, websitenya sudah online ya 🙏
12/01/25 09.14 - Budi Web: Login admin: https://toko-example.id/wp-admin
12/01/25 09.15 - Budi Web: user: tokoadmin
12/01/25 09.15 - Budi Web: pass: ${w.hum()}
12/01/25 09.20 - Ibu Sari: Makasih mas. Kalau email toko passwordnya apa?
12/01/25 09.22 - Budi Web: email cs@toko-example.id passwordnya ${w.pw()} bu
12/01/25 09.22 - Budi Web: nanti bisa diganti sendiri di webmail
12/01/25 09.40 - Ibu Sari: Oke. Kemarin ada yang minta OTP dari saya 😅 ${k.n(k.g.digits(6))} itu aman ga ya
12/01/25 09.41 - Budi Web: waduh jangan dikasih ke siapa2 bu, OTP itu cuma buat ibu
12/01/25 10.02 - Budi Web: oh iya bu, server key Midtrans produksi saya taruh di setting plugin: Mid-server-${k.s('token', k.g.base64url(24))}
12/01/25 10.03 - Budi Web: jangan di-share ya
12/01/25 10.05 - Ibu Sari: <Media tidak disertakan>
`;
  }),

  doc('web-handover-tr-mail', ['prose'], 'mail/teslim-bilgileri.txt', (k) => {
    const w = web(k);
    return `Konu: Web sitesi teslim bilgileri
Kime: muhasebe@example-insaat.com.tr

Merhaba Zeynep Hanım,

Sitenizin teslim bilgileri aşağıdadır:

Alan adı / hosting (Natro): müşteri no ${k.g.digits(7)}, şifre: ${w.hum()}
cPanel kullanıcı adı: exampleins — şifre: ${w.gen()}
Yönetim paneli: https://www.example-insaat.com.tr/yonetim
  kullanıcı: zeynep  şifre: ${w.hum()}
Kurumsal e-posta şifreleri:
  info@      → ${w.pw()}
  satis@     → ${w.pw()}
  ik@        → henüz oluşturulmadı

SSL sertifikası Let's Encrypt ile otomatik yenileniyor.
İyi çalışmalar,
${w.who()}
`;
  }),

  doc('web-handover-zh-wiki', ['prose', 'credential-file'], 'wiki/客户网站交接.md', (k) => {
    const w = web(k);
    return `# 客户网站交接记录（宠物医院官网）

## 服务器
- 阿里云轻量服务器 ${w.ip()}
- 宝塔面板：https://${w.ip()}:8888/${k.g.lower(8)}
- 面板账号：bt_admin
- 面板密码：${w.gen()}
- 宝塔 API 接口密钥：${k.s('token', k.g.alnum(32))}

## 数据库
- MySQL root 密码：${w.gen()}
- 网站库 petclinic / 用户 petclinic / 密码 ${w.hum()}

## 后台
- 织梦(DedeCMS) 后台 /dede_admin_${k.g.lower(4)}/
- 账号 admin 密码：${w.let()}

## 短信（阿里云短信服务）
- AccessKey ID：${k.u('LTAI' + k.g.alnum(20))}
- AccessKey Secret：${k.s('provider', k.g.alnum(30), 'alibaba')}

## 备注
- 旧密码 ${k.n('******')} 已作废
- 备案号：粤ICP备${k.g.digits(8)}号
`;
  }),

  doc('web-handover-fr-freelance', ['prose'], 'notes/passation-site-ecole.txt', (k) => {
    const w = web(k);
    return `Passation du site de l'école de musique – à lire avant de toucher à quoi que ce soit

1) Hébergement OVH (mutualisé Perso)
   identifiant NIC : ${k.g.lower(2)}${k.g.digits(5)}-ovh
   mot de passe : ${w.hum()}
   FTP : ftp.cluster0${k.g.digits(2)}.hosting.ovh.net, utilisateur ecolemus, mdp ${w.gen()}

2) Base MySQL : ecolemusbdd.mysql.db / ecolemusbdd / ${w.pw()}

3) Joomla 3 (oui, encore...) : /administrator, compte "secretariat" mdp ${w.hum()}

4) HelloAsso : la clé API (client_secret) est dans le plugin d'adhésion :
   client_id = ${k.n(k.g.hex(32))}
   client_secret = ${w.tok()}

Attention : le mot de passe par défaut de l'installeur était « ${k.n('admin')} », il a été changé.
`;
  }),

  doc('web-handover-ticket-jira', ['prose'], 'tickets/WEB-1182.md', (k) => {
    const w = web(k);
    return `**WEB-1182** Migrate client "Optik ${w.client()}" from Strato to our VPS
Reporter: ${w.who()} · Assignee: ${w.who()} · Status: In Progress

**Description**
Old hosting (Strato, package "Hosting Basic"):
- Customer login: ${k.g.digits(8)} / ${w.hum()}
- SFTP: ssh.strato.de, user optik-example.de, password ${w.gen()}
- DB: rdbms.strato.de, DB${k.g.digits(7)}, U${k.g.digits(7)}, pw ${w.pw()}

New:
- vhost on web-03, DB credentials in Vault (\`secret/clients/optik/db\`) – ${k.n('vault:secret/clients/optik/db#password')}

**Comments**
> ${w.who()}: Strato DB password doesn't work, customer changed it last week?
> ${w.who()}: new one from the customer: ${w.hum()} — works, export done (1.2 GB)
> ${w.who()}: DNS TTL lowered to 300, switch planned Thursday 07:00
`;
  }),

  doc('web-handover-ja-memo', ['prose'], 'memo/サイト引き継ぎ.txt', (k) => {
    const w = web(k);
    return `【サイト引き継ぎメモ】美容室サイト

■ サーバー（エックスサーバー）
サーバーID：xs${k.g.digits(6)}
サーバーパネル パスワード：${w.gen()}

■ FTP
ホスト：sv${k.g.digits(4)}.xserver.jp
ユーザー：salon@example-biyoushitsu.jp
パスワード：${w.hum()}

■ WordPress管理画面
ユーザー名：salon_admin
パスワード：${w.hum()}

■ ホットペッパー連携用APIキー
${w.tok()}

※ お客様には初期パスワード「${k.n('Password1')}」は使わないよう伝えてあります。
`;
  }),
];
