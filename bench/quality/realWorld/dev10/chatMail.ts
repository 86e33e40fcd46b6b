// rw-dev10 chat part: e-mail threads (plain text with quoted replies, forwarded vendor mails, signatures) where
// an account, a password or an API key is sent in a sentence, a list or a quoted line.
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_MAIL_DOCS: RealWorldDoc[] = [
  cdoc(
    'chat-mail-vendor-onboarding',
    ['prose'],
    'mail/2026-10-vendor-onboarding.eml.txt',
    (c) => `From: Support <support@saas-vendor.example>
To: it-admin@customer.example
Subject: Your new tenant is ready
Date: Tue, 21 Oct 2026 09:14:22 +0000

Hello,

your tenant "customer-prod" has been provisioned.

  Admin console: https://customer-prod.saas-vendor.example/admin
  Username:      admin@customer.example
  Temporary password:   ${c.gpw(16)}
  API key:       ${c.tok()}
  Tenant ID:     ${c.rid()}

The temporary password must be changed at first login. The tenant ID is not secret.

Kind regards,
The Support Team
Ticket reference: ${c.tkt()}
`,
  ),
  cdoc('chat-mail-quoted-reply', ['prose'], 'mail/re-db-access.txt', (c) => {
    const pw = c.raw.humanPw(c.k.g);
    return `Subject: RE: DB access for the reporting intern
From: Karen Holt
To: Brian Osei

Thanks Brian, got it working.

Karen

-----Original Message-----
From: Brian Osei
Sent: Monday, November 2, 2026 4:10 PM
To: Karen Holt
Subject: RE: DB access for the reporting intern

Hi Karen, read-only user is rpt_intern, password ${c.pwRaw(pw)}
It only sees the reporting schema.

> From: Karen Holt
> Can you set up a read-only DB user for Jamie? He starts Monday.
> Also do we still use the old analytics key (${c.mask()})?
`;
  }),
  cdoc(
    'chat-mail-quoted-password-twice',
    ['prose'],
    'mail/fw-wifi.txt',
    (c) => `Subject: Fwd: Gäste-WLAN Zugang Messe
From: Petra Lange

---------- Forwarded message ---------
Von: Empfang <empfang@firma.example>
Datum: Mi., 5. Nov. 2026 um 08:30
Betreff: Gäste-WLAN Zugang Messe

> Liebe Kolleginnen und Kollegen,
>
> für die Messe gilt folgendes Gäste-WLAN:
> SSID: FIRMA-GAST
> Kennwort: ${c.pw()}
>
> Für das Standnetz (nur Technik): ${c.lpw()}
>
> Viele Grüße
> Empfang
`,
  ),
  cdoc(
    'chat-mail-fr-acces-prestataire',
    ['prose'],
    'mail/acces-prestataire.txt',
    (c) => `Objet : Accès à l'environnement de recette
De : Nicolas Moreau
À : equipe-presta@agence.example

Bonjour à tous,

Voici vos accès pour la recette :

- URL : https://recette.client.example
- identifiant : agence-recette
- mot de passe : ${c.hpw()}

Pour l'API, utilisez la clé suivante dans l'en-tête X-API-Key : ${c.tok()}

Le mot de passe de la base (lecture seule) est ${c.pw()}.

Merci de ne pas transférer ce mail.

Cordialement,
Nicolas Moreau
Chef de projet — Réf. dossier ${c.n('2026-REC-' + c.k.g.digits(3))}
`,
  ),
  cdoc(
    'chat-mail-es-proveedor',
    ['prose'],
    'mail/credenciales-proveedor.txt',
    (c) => `Asunto: Credenciales del servidor de pruebas
De: Andrés Gómez
Para: Lucía Fernández

Hola Lucía,

Te paso las credenciales que pediste:

Servidor: pruebas.ejemplo.com
Usuario: lfernandez
Contraseña: ${c.pw()}

La contraseña del certificado (.pfx) es ${c.hpw()}.
El token de acceso a la API de facturación: ${c.tok()}

Un saludo,
Andrés
--
Este mensaje es confidencial. ID de mensaje ${c.n('<' + c.k.g.hex(16) + '@mail.ejemplo.com>')}
`,
  ),
  cdoc(
    'chat-mail-pt-br-senha',
    ['prose'],
    'mail/acesso-painel.txt',
    (c) => `Assunto: Acesso ao painel de monitoramento
De: Fernanda Lima
Para: Equipe NOC

Pessoal,

o usuário compartilhado do painel continua o mesmo (noc-shared), mas a senha mudou para ${c.hpw()} depois do incidente de ontem.

O token do bot do Telegram que manda os alertas também foi trocado, agora é ${c.tok(c.k.g.digits(10) + ':AA' + c.k.g.base64url(33))}.

Abs,
Fernanda
Chamado: ${c.tkt()} | Versão do painel: ${c.ver()}
`,
  ),
  cdoc(
    'chat-mail-ru-otvet',
    ['prose'],
    'mail/re-dostup-k-serveru.txt',
    (c) => `Тема: Re: Доступ к серверу сборки
От: Сергей Волков
Кому: Анна Морозова

Анна, добрый день!

Логин: builder
Пароль: ${c.gpw()}

Ключ API для Nexus: ${c.tok()}

> Сергей, пришли, пожалуйста, доступы к серверу сборки.
> Старый пароль (${c.ph()}) не подходит.

С уважением,
Сергей
`,
  ),
  cdoc(
    'chat-mail-signature-negatives',
    ['precision'],
    'mail/security-awareness.txt',
    (c) => `Subject: Reminder: how we share credentials
From: Security Team

Hi all,

a few reminders after last week's incident:

1. Never send a password by e-mail. If you see "Password: ${c.ph()}" in a template, fill it in the vault, not here.
2. Tokens look like ${c.n('ghp_' + 'X'.repeat(36))} or ${c.n('xoxb-...')} — if you see a real one, report it to security@company.example.
3. Use the password generator (default length ${c.n('20')}, rule set ${c.n('"strong-v2"')}).
4. Example of a good passphrase format: ${c.n('word-word-word-word')} (never use the example itself).

Reference: policy ${c.n('SEC-POL-007')} version ${c.ver()}, incident ${c.tkt()}.
Message-ID: ${c.n('<' + c.k.g.uuid() + '@company.example>')}

--
Security Team | "Think before you paste"
`,
  ),
  cdoc(
    'chat-mail-it-handover-list',
    ['prose'],
    'mail/handover-before-leave.txt',
    (c) => `Subject: Handover before my parental leave
From: Lukas Meier
To: Ops team

Hi team,

everything I still held alone, please move to the vault this week:

1) the firewall admin (fw01 / fw02): admin / ${c.gpw()}
2) the old NAS in the server room: root, ${c.pw()}
3) the Let's Encrypt DNS API token at our registrar: ${c.tok()}
4) the backup encryption passphrase: "${c.pp(' ')}"
5) door code server room: ${c.pin()}

The ticket to track the move is ${c.tkt()}.

Cheers,
Lukas
`,
  ),
  cdoc(
    'chat-mail-outlook-html-text',
    ['prose'],
    'mail/account-created.txt',
    (c) => `Subject: Account created for the external auditor
From: IT Service Desk

Hello Mr. Brandt,

your account has been created.

User name: ext.brandt
Initial password: ${c.gpw(12)}

Please log on at https://portal.example.com within 7 days. After that, the initial password expires.

For the data room, use the access code ${c.tok(c.k.g.upper(4) + '-' + c.k.g.upper(4) + '-' + c.k.g.upper(4) + '-' + c.k.g.upper(4))}.

Service request: ${c.n('RITM00' + c.k.g.digits(5))}
`,
  ),
  cdoc(
    'chat-mail-api-key-thread',
    ['prose'],
    'mail/re-re-api-limits.txt',
    (c) => `Subject: Re: Re: API rate limits for our integration
From: partner-success@api-provider.example
To: dev@startup.example

Hi Ola,

We've raised the limit for your production key. Your new production key is below; the previous one will stop working on Nov 30.

${c.tok()}

Sandbox key (unchanged): ${c.tok()}

Best,
Priyanka

On Tue, Nov 3, 2026 at 11:02 AM Ola Nordmann <dev@startup.example> wrote:
> Hi, we're hitting 429s with key id ${c.n('key_' + c.k.g.alnum(10))}. Request ids: ${c.rid()}, ${c.rid()}.
> Thanks, Ola
`,
  ),
  cdoc(
    'chat-mail-ja-shokai',
    ['prose'],
    'mail/akaunto-hakkou.txt',
    (c) => `件名: 【ご案内】検証環境アカウント発行のお知らせ
差出人: 情報システム部 山本

鈴木様

お疲れ様です。検証環境のアカウントを発行しました。

ユーザーID：suzuki-t
初期パスワード：${c.gpw(12)}
APIキー：${c.tok()}

初回ログイン時にパスワードの変更をお願いします。
問い合わせ番号：${c.tkt()}

以上、よろしくお願いいたします。
`,
  ),
  cdoc(
    'chat-mail-smtp-relay-nl',
    ['prose'],
    'mail/smtp-relay-gegevens.txt',
    (c) => `Onderwerp: Gegevens SMTP-relay voor de nieuwe webshop
Van: Bram Jansen

Hoi Fleur,

Hierbij de gegevens:
  server: smtp.relay.example.nl, poort 587
  gebruikersnaam: webshop@example.nl
  wachtwoord: ${c.pw()}

En de API-sleutel voor de transactionele mails is ${c.prov('sendgrid', 'SendGrid')}.

Groet,
Bram
`,
  ),
];
