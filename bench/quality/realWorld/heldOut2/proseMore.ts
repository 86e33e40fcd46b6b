// rw-held-out2 prose, part 2: keys pasted into tickets and chats, connection strings in prose, more languages.
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_MORE_DOCS: RealWorldDoc[] = [
  hdoc(
    'github-issue-pasted-deploy-key',
    ['prose', 'command-line'],
    'issues/deploy-key-permission-denied.md',
    (k) => `### "Permission denied (publickey)" when the action clones the private submodule

I added the deploy key to the submodule repo and put the private key in the \`SSH_KEY\` secret. Still fails.
Here is the key I generated with \`ssh-keygen -t ed25519 -C deploy@ci\` (it's only a deploy key):

${F}
${k.key('openssh')}
${F}

Public part added to the repo: \`${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)} deploy@ci`)}\`

Workflow step:
${F}yaml
- uses: webfactory/ssh-agent@v0.9.0
  with:
    ssh-private-key: \${{ secrets.SSH_KEY }}
${F}

**Edit:** deleted the key from the repo settings and made a new one. Thanks @maintainer.
`,
  ),

  hdoc(
    'teams-chat-tls-key-handover',
    ['prose'],
    'exports/teams/web-team-certs.txt',
    (k) => `Olivia Chen 16:20
the renewed wildcard cert is in the shared drive, but here's the key so you don't have to wait for access:
Olivia Chen 16:20
${k.key('rsa')}
Marcus Webb 16:24
got it, installing on the LB now. Is the intermediate bundle the same as last year?
Olivia Chen 16:25
yes, serial ${k.n(k.g.hex(32).toUpperCase())}, SHA-1 fingerprint ${k.n(
      k.g
        .hex(40)
        .toUpperCase()
        .replace(/(..)(?!$)/g, '$1:'),
    )}
Marcus Webb 16:40
done. I'll delete this chat message, and the key should really go into Key Vault
`,
  ),

  hdoc(
    'jira-ticket-service-account-json',
    ['prose'],
    'exports/jira/DATA-77.txt',
    (k) => `DATA-77  BigQuery export job fails with invalid_grant
Reporter: Ingrid Nilsen   Assignee: Data Platform

Description:
The Airflow connection google_cloud_default was recreated with the key file below (pasted from the console download):

{
  "type": "service_account",
  "project_id": "acme-analytics",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.s('private-key', k.V.privateKey(k.g, 'pkcs8').replace(/\n/g, '\\n'))}\\n",
  "client_email": "airflow@acme-analytics.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}

Comment (Data Platform): invalid_grant was clock skew on the worker. The key above is now disabled, please never paste key files into tickets.
`,
  ),

  hdoc(
    'confluence-cert-runbook-encrypted-key',
    ['prose', 'command-line'],
    'exports/confluence/VPN-Zertifikate-erneuern.md',
    (k) => `# VPN-Zertifikate erneuern

1. CSR erzeugen: \`openssl req -new -newkey rsa:4096 -keyout vpn.key -out vpn.csr\`
2. Der Schlüssel ist mit der Passphrase ${k.pp('de', '-')} verschlüsselt.
3. Hier der aktuelle (verschlüsselte) Schlüssel als Backup:

${F}
${k.key('encrypted')}
${F}

4. Zertifikat hochladen; Fingerprint prüfen: \`openssl x509 -noout -fingerprint -sha256 -in vpn.crt\` → \`${k.n(
      k.g
        .hex(64)
        .toUpperCase()
        .replace(/(..)(?!$)/g, '$1:'),
    )}\`
`,
  ),

  hdoc(
    'stackoverflow-jdbc-connection',
    ['prose', 'code'],
    'qa/stackoverflow-jdbc-ssl.md',
    (k) => `# Spring Boot cannot connect to Azure SQL: "Login failed for user"

application.properties:
${F}
spring.datasource.url=jdbc:sqlserver://acme-sql.database.windows.net:1433;database=orders;user=orders_app@acme-sql;password=${k.cs(k.V.genPw(k.g, { urlSafe: true }))};encrypt=true;trustServerCertificate=false;loginTimeout=30;
spring.datasource.hikari.maximum-pool-size=10
${F}

I also tried the MySQL one from another service which works:
\`jdbc:mysql://10.0.4.12:3306/catalog?user=catalog&password=${k.cs()}&useSSL=true\`

**Answer:** for Azure SQL the user must be \`orders_app\` without \`@server\` when you use the new gateway. And please rotate that password now.
`,
  ),

  hdoc(
    'email-connection-strings-vendor',
    ['prose'],
    'mail/RE_ Zugangsdaten Datenbankreplikat.eml',
    (k) => `From: DBA Team <dba@hosting.example>
To: dev@client.example
Subject: RE: Zugangsdaten Datenbankreplikat
Date: Thu, 5 Mar 2026 11:22:00 +0100

Hallo zusammen,

hier die Verbindungsdaten für das Lesereplikat:

  MongoDB:  mongodb+srv://reporting:${k.cs()}@cluster0.abcd1.mongodb.net/prod?retryWrites=true&w=majority
  Redis:    rediss://default:${k.cs()}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345
  AMQP:     amqps://client:${k.cs()}@rabbit.hosting.example/vhost-client
  SQLAlchemy: postgresql+psycopg2://analyst:${k.cs()}@pg-ro.hosting.example:5432/warehouse

Bitte die Passwörter nach Erhalt in euren Tresor übernehmen.

Viele Grüße
DBA Team
`,
  ),

  hdoc(
    'notion-export-vi-huong-dan',
    ['prose'],
    'exports/notion/Huong dan van hanh 9c1e.md',
    (k) => `# Hướng dẫn vận hành hệ thống

## Tài khoản quản trị
| Hệ thống | Tài khoản | Mật khẩu |
| --- | --- | --- |
| Máy chủ web | root | ${k.gpw()} |
| Cơ sở dữ liệu | dbadmin | ${k.hpw('vi')} |
| Trang quản trị | admin@congty.vn | ${k.n('(hỏi anh Tuấn)')} |

## Kết nối cơ sở dữ liệu
\`mysql://dbadmin:${k.cs()}@10.10.1.5:3306/banhang\`

## Lưu ý
- Không chia sẻ mật khẩu qua Zalo.
- Khoá API của cổng thanh toán: ${k.tok(k.g.hex(32))}
- Nút "Quên mật khẩu" gửi mã OTP về email.
`,
  ),

  hdoc(
    'wiki-tr-sunucu-erisim',
    ['prose', 'command-line'],
    'docs/wiki/sunucu-erisimi.md',
    (k) => `# Sunucu Erişimi

## Üretim veritabanı
Bağlantı: \`Server=10.20.1.15;Database=Siparis;User Id=siparis_app;Password=${k.cs()};\`

## Yedek sunucusu
${F}
ssh yedek@10.20.1.40
# şifre: ${k.hpw('tr')}
${F}

## E-posta
SMTP kullanıcı: bildirim@sirket.com.tr — parola: ${k.gpw()}

> Not: "Parolanızı girin" ekranında Caps Lock açıksa giriş başarısız olur.
`,
  ),

  hdoc(
    'chat-ar-whatsapp-shop',
    ['prose'],
    'exports/whatsapp/محادثة واتساب مع فريق المتجر.txt',
    (k) => `12/03/2026, 10:05 - سارة: صباح الخير، هل تم تغيير كلمة مرور لوحة التحكم؟
12/03/2026, 10:07 - خالد: نعم، الجديدة: ${k.hpw('ar')}
12/03/2026, 10:08 - سارة: واسم المستخدم؟
12/03/2026, 10:08 - خالد: shop_admin
12/03/2026, 10:15 - خالد: وكلمة سر البريد sales@ هي ${k.gpw()}
12/03/2026, 10:16 - سارة: شكراً 🌹
12/03/2026, 10:30 - خالد: تم حذف هذه الرسالة
`,
  ),

  hdoc(
    'meeting-notes-id-rapat',
    ['prose'],
    'docs/notulen/2026-03-02-rapat-tim.md',
    (k) => `# Notulen Rapat Tim IT — 2 Maret 2026

Hadir: Budi, Sari, Andi, Dewi

1. **Migrasi email** ke Google Workspace selesai. Akun sementara: admin@perusahaan.co.id, kata sandi ${k.hpw('id')} (ganti setelah migrasi).
2. **Server absensi**: koneksi ke database \`postgres://absensi:${k.cs()}@192.168.5.20/absensi\` sering timeout.
3. **Token WhatsApp Business API** (Andi): ${k.s('provider', `EAA${k.g.alnum(180)}`, 'meta-access-token')}
4. Sari akan membuat kebijakan "kata sandi minimal 12 karakter".

Tindak lanjut: Dewi memindahkan semua kata sandi ke Bitwarden minggu ini.
`,
  ),

  hdoc(
    'runbook-es-restauracion',
    ['prose', 'command-line'],
    'docs/runbooks/restauracion-backup.md',
    (k) => `# Restauración de copias de seguridad

## Requisitos
- Acceso a la consola de Backblaze B2
- Contraseña del repositorio restic (ver abajo)

## Pasos
${F}bash
export B2_ACCOUNT_ID=${k.n(k.g.hex(12))}
export B2_ACCOUNT_KEY=${k.tok(`K00${k.g.alnum(28)}`)}
export RESTIC_PASSWORD='${k.pp('es', '-')}'
restic -r b2:empresa-backups:/servidor snapshots
restic -r b2:empresa-backups:/servidor restore latest --target /restore
${F}

La contraseña del usuario \`restore\` en el servidor de pruebas es ${k.hpw('es')}.
Si aparece "wrong password or no key found", revisa que no haya espacios al copiar.
`,
  ),

  hdoc(
    'forum-post-pt-wordpress',
    ['prose', 'code'],
    'qa/forum-wordpress-erro-conexao.md',
    (k) => `**Tópico:** Erro ao estabelecer conexão com o banco de dados

Olá pessoal, migrei meu site e agora aparece "Erro ao estabelecer conexão com o banco de dados". Meu wp-config:

${F}php
define( 'DB_NAME', 'loja_wp' );
define( 'DB_USER', 'loja_user' );
define( 'DB_PASSWORD', '${k.hpw('pt')}' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         '${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.n('coloque sua frase única aqui')}' );
${F}

**Resposta (moderador):** confira se o usuário tem permissão no banco novo. E troque a senha, você publicou ela aqui.
`,
  ),

  hdoc(
    'handover-ja-hikitsugi',
    ['prose', 'command-line'],
    'docs/引き継ぎ資料.md',
    (k) => `# 引き継ぎ資料（インフラ）

## 各種アカウント
- AWS コンソール（IAM ユーザー ops-admin）: パスワード ${k.gpw()}
- アクセスキー: ${k.prov('awsKeyId', 'aws-access-key-id')} / ${k.prov('awsSecret', 'aws-secret-access-key')}
- Backlog API キー: ${k.tok(k.g.alnum(64))}

## 定期作業
${F}
# 毎月1日に証明書の期限を確認
openssl s_client -connect www.example.co.jp:443 </dev/null 2>/dev/null | openssl x509 -noout -enddate
${F}

パスワードは退職後に必ず変更してください。「パスワードを表示」ボタンは管理者のみ有効です。
`,
  ),

  hdoc(
    'discord-ko-game-server-ops',
    ['prose', 'http-auth'],
    'logs/discord-운영진.txt',
    (k) => `[2026-02-14 22:01] 준호: 웹 대시보드 API 호출할 때 쓰는 토큰 공유합니다
[2026-02-14 22:01] 준호: Authorization: Bearer ${k.jwt()}
[2026-02-14 22:03] 하은: 만료 언제예요?
[2026-02-14 22:03] 준호: 1시간이요. 갱신용 refresh 토큰은 ${k.http(k.g.base64url(48))}
[2026-02-14 22:05] 하은: 게임 DB 비번도 부탁해요
[2026-02-14 22:06] 준호: ${k.hpw('ko')}
[2026-02-14 22:10] 하은: 감사합니다 ㅎㅎ
`,
  ),

  hdoc(
    'wiki-it-procedure-firewall',
    ['prose', 'command-line'],
    'docs/wiki/procedura-firewall.md',
    (k) => `# Procedura: accesso al firewall di sede

1. Collegarsi in SSH: \`ssh admin@192.168.100.1\`
2. Password di amministrazione: ${k.gpw()}
3. Per la VPN site-to-site la chiave precondivisa è \`${k.tok(k.g.alnum(40))}\`
4. Account di sola lettura per il monitoraggio: \`snmp-ro\` / ${k.hpw('it')}

Non usare mai l'account \`${k.n('root')}\` per le modifiche quotidiane. In caso di blocco, la password di emergenza è nella cassaforte (busta n. 3).
`,
  ),

  hdoc(
    'github-issue-env-dump-node',
    ['prose', 'logs-and-output'],
    'issues/crash-on-start-2077.md',
    (k) => `**Crash on start with v2.7.0**

Output of \`npx envinfo\` and \`printenv | sort\` as the template asks:

${F}
HOME=/home/node
HOSTNAME=${k.n(k.g.hex(12))}
NODE_ENV=production
NODE_VERSION=20.18.1
DATABASE_URL=postgresql://api:${k.cs()}@db.internal:5432/api
SESSION_SECRET=${k.tok(k.g.hex(64))}
RESEND_API_KEY=${k.s('provider', `re_${k.g.alnum(8)}_${k.g.alnum(24)}`, 'resend')}
NEXT_PUBLIC_POSTHOG_KEY=${k.n(`phc_${k.g.alnum(43)}`)}
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
YARN_VERSION=1.22.22
${F}

Stack: \`TypeError: Cannot read properties of undefined (reading 'split') at parseOrigins (config.js:41)\`
`,
  ),
];
