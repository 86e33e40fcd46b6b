// rw-dev6 prose: mail as it is saved (.eml, mbox): headers full of ids and signatures, quoted-printable and
// HTML bodies, replies quoting the ask, forwards, and automated mails that only talk about passwords.
import { doc } from '../dev/kit';
import type { Kit } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { htmlParas, mk, msgId, qp, x } from './proseValues';

/** Headers of a delivered mail with the ids and signatures that look random. */
function headers(k: Kit, from: string, to: string, subject: string, date: string, extra = ''): string {
  const g = k.g;
  const dom = from.split('@')[1]!.replace('>', '');
  const b = g
    .base64(344)
    .match(/.{1,76}/g)!
    .join('\n\t ');
  return `Return-Path: <${from.replace(/.*</, '').replace('>', '')}>
Delivered-To: ${to.replace(/.*</, '').replace('>', '')}
Received: from mail-${g.lower(6)}.${dom} (mail-${g.lower(6)}.${dom} [203.0.113.${g.digits(2)}])
        by mx.example.net with ESMTPS id ${k.n(g.alnum(12))}
        for <${to.replace(/.*</, '').replace('>', '')}>; ${date}
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${dom}; s=s1;
	 h=from:to:subject:date:message-id; bh=${k.n(g.base64(43) + '=')};
	 b=${k.n(b)}
Message-ID: ${k.n(msgId(g, dom))}
From: ${from}
To: ${to}
Subject: ${subject}
Date: ${date}
MIME-Version: 1.0${extra}
`;
}

const boundary = (k: Kit) => `----=_Part_${k.g.digits(6)}_${k.g.digits(9)}.${k.g.digits(13)}`;

export const MAIL_DOCS: RealWorldDoc[] = [
  doc('dev6-prose-eml-de-qp-kennwort', ['prose', 'precision'], 'mail/Ihr neuer Zugang.eml', (k) => {
    const v = mk(k, 'de');
    return `${headers(k, 'IT-Service <it@example.de>', 'Sabine Wolf <s.wolf@example.de>', '=?UTF-8?Q?Ihr_neuer_Zugang_f=C3=BCr_das_Personalportal?=', 'Mon, 9 Mar 2026 08:14:22 +0100')}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`Hallo Frau Wolf,

für das neue Personalportal wurde ein Zugang für Sie angelegt. Bitte melden Sie sich unter https://personal.example.de an und ändern Sie das Kennwort bei der ersten Anmeldung.

Benutzername: swolf
Kennwort: ${v.le()}

Das Kennwort für die Gehaltsabrechnungen (PDF) erhalten Sie separat per SMS.

Mit freundlichen Grüßen
Ihr IT-Service
Ticket ${v.tid('IT')}
`)}`;
  }),

  doc('dev6-prose-eml-outlook-html-qp', ['prose', 'precision'], 'mail/RE_ Zugang Baustellen-Tablet.eml', (k) => {
    const v = mk(k, 'de');
    const html = `<html xmlns:o=3D"urn:schemas-microsoft-com:office:office"><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8"></head><body lang=3D"DE" link=3D"#0563C1">
<div class=3D"WordSection1">
${qp(`<p class="MsoNormal">Hallo Markus,</p><p class="MsoNormal">das Tablet auf der Baustelle hat jetzt ein neues Gerätekennwort:</p><p class="MsoNormal"><b>${x(v.ch())}</b></p><p class="MsoNormal">Das WLAN im Container heißt BAU-07, Schlüssel ${x(v.wifi())}</p><p class="MsoNormal">Gruß<br>Klaus</p>`)}
<div style=3D"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
${qp(`<p class="MsoNormal"><b>Von:</b> Markus Hahn &lt;m.hahn@example.de&gt;<br><b>Gesendet:</b> Montag, 16. März 2026 07:02<br><b>An:</b> Klaus Berger<br><b>Betreff:</b> Zugang Baustellen-Tablet</p><p class="MsoNormal">Klaus, wie ist das Kennwort vom Tablet? Das alte geht nicht mehr.</p>`)}
</div></div></body></html>`;
    return `${headers(k, 'Klaus Berger <k.berger@example.de>', 'Markus Hahn <m.hahn@example.de>', 'RE: Zugang Baustellen-Tablet', 'Mon, 16 Mar 2026 07:31:09 +0000', `\nThread-Topic: Zugang Baustellen-Tablet\nThread-Index: ${k.n(k.g.base64(40))}\nX-MS-Exchange-Organization-SCL: -1\nX-MS-Has-Attach: `)}Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

${html}
`;
  }),

  doc('dev6-prose-eml-multipart-fr', ['prose', 'precision'], 'mail/Acces temporaire.eml', (k) => {
    const v = mk(k, 'fr');
    const bd = boundary(k);
    const pw = v.same(
      'password',
      k.g.pick([() => `${k.g.pick(['Coquelicot', 'Libellule', 'Mirabelle'])}${k.g.pick(['Rouge', 'Bleu', 'Vert'])}`, () => `${k.g.pick(['marmotte', 'chouquette'])}${k.g.digits(4)}`])(),
    );
    const text = `Bonjour Camille,

Voici ton accès temporaire à l'extranet fournisseurs :
identifiant : c.laurent
mot de passe : ${pw()}

Le lien de réinitialisation du mot de passe a été envoyé séparément ; tu peux l'ignorer.

Bonne journée,
Hugo`;
    return `${headers(k, 'Hugo Martin <h.martin@example.fr>', 'Camille Laurent <c.laurent@example.fr>', '=?UTF-8?Q?Acc=C3=A8s_temporaire?=', 'Tue, 1 Sep 2026 09:02:41 +0200')}Content-Type: multipart/alternative; boundary="${bd}"

--${bd}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(text)}
--${bd}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`<div dir="ltr">${htmlParas(text)}</div>`)}
--${bd}--
`;
  }),

  doc('dev6-prose-mbox-thread-reply-quote', ['prose', 'precision'], 'mail/Archives/ops-list.mbox', (k) => {
    const v = mk(k);
    const g = k.g;
    const ask = 'Does anyone have the password for the old Nagios box (mon-01)? I need to pull the check configs before we shut it down.';
    return `From ops-list-bounces@example.net Tue Apr 14 09:12:40 2026
From: Tobias Ek <t.ek@example.net>
To: ops-list@example.net
Subject: nagios box password?
Date: Tue, 14 Apr 2026 09:12:31 +0200
Message-ID: ${v.n(msgId(g, 'example.net'))}

${ask}

Tobias

From ops-list-bounces@example.net Tue Apr 14 09:30:02 2026
From: Maren Vogt <m.vogt@example.net>
To: ops-list@example.net
Subject: Re: nagios box password?
Date: Tue, 14 Apr 2026 09:29:55 +0200
In-Reply-To: <nagios-ask@example.net>

I think Sven had it. Sven?

From ops-list-bounces@example.net Tue Apr 14 10:05:47 2026
From: Sven Larsen <s.larsen@example.net>
To: ops-list@example.net
Subject: Re: nagios box password?
Date: Tue, 14 Apr 2026 10:05:40 +0200

On Tue, Apr 14, 2026 at 09:12, Tobias Ek wrote:
> ${ask}

root / ${v.le()}

It has been like that since 2019, nobody dared to change it. Config backup is
also in git, commit ${v.commit()}.

Sven

From ops-list-bounces@example.net Tue Apr 14 10:20:11 2026
From: Tobias Ek <t.ek@example.net>
To: ops-list@example.net
Subject: Re: nagios box password?
Date: Tue, 14 Apr 2026 10:20:03 +0200

Worked, thanks. Shutting it down Thursday (${v.tid('OPS')}).
`;
  }),

  doc('dev6-prose-eml-order-confirmation', ['precision'], 'mail/Your order has shipped.eml', (k) => {
    const v = mk(k);
    const g = k.g;
    const bd = boundary(k);
    return `${headers(k, 'Shop <no-reply@shop.example.com>', 'anna@example.org', 'Your order has shipped', 'Thu, 4 Jun 2026 15:44:02 +0000', `\nX-SES-Outgoing: 2026.06.04-54.240.${g.digits(1)}.${g.digits(2)}\nFeedback-ID: ${v.n('1.eu-west-1.' + g.base64(43) + '=:AmazonSES')}\nList-Unsubscribe: <https://shop.example.com/unsub?u=${v.n(g.hex(32))}>`)}Content-Type: multipart/alternative; boundary="${bd}"

--${bd}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`Hi Anna,

Good news! Your order ${v.order()} is on its way.
Tracking number: ${v.track()}
Carrier reference: ${v.n(g.upper(2) + g.digits(9) + 'GB')}

Forgot your password? You can reset it any time from your account page. We will never ask you for your password by email.

Invoice number: ${v.n('INV-' + g.digits(8))}
Customer ID: ${v.n(g.digits(9))}
`)}
--${bd}--
`;
  }),

  doc('dev6-prose-eml-password-reset-notice', ['precision'], 'mail/Password reset requested.eml', (k) => {
    const v = mk(k);
    const g = k.g;
    return `${headers(k, 'Accounts <accounts@app.example.io>', 'priya@example.org', 'Password reset link sent', 'Fri, 12 Jun 2026 07:01:55 +0000')}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello Priya,

Someone (hopefully you) asked to reset the password for your account.
A password reset link has been sent and is valid for 30 minutes:

https://app.example.io/reset?token=${v.u(g.base64url(43))}

If you did not request this, you can ignore this email; your password has not been changed.

Request ID: ${v.uuid()}
IP address: 198.51.100.${g.digits(2)}
Device: Firefox ${v.ver()} on Windows

-- 
Example Accounts team
`;
  }),

  doc('dev6-prose-eml-it-vpn-table-html', ['prose', 'precision'], 'mail/VPN credentials for the audit team.eml', (k) => {
    const v = mk(k);
    const rows = ['auditor1', 'auditor2', 'auditor3'].map((u) => `<tr><td>${u}</td><td>${x(v.ma())}</td><td>until 30/06</td></tr>`).join('\n');
    return `${headers(k, 'Sven Larsen <s.larsen@example.net>', 'audit-team@partner.example.com', 'VPN credentials for the audit team', 'Mon, 1 Jun 2026 12:00:00 +0200')}Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>as agreed, here are the VPN accounts for the audit. The profile file is attached; the passwords are:</p>
<table border="1" cellpadding="4">
<tr><th>User</th><th>Password</th><th>Valid</th></tr>
${rows}
</table>
<p>The pre-shared key of the tunnel is <code>${x(v.tok())}</code>.</p>
<p>Please do not forward this mail. Reference: ${v.tid('SEC')}</p>
<p>Kind regards,<br>Sven</p>
</body></html>
`;
  }),

  doc('dev6-prose-eml-es-forward', ['prose', 'precision'], 'mail/Fwd_ Acceso al banco.eml', (k) => {
    const v = mk(k, 'es');
    return `${headers(k, 'Carmen Vidal <c.vidal@example.es>', 'Pablo Ruiz <p.ruiz@example.es>', 'Fwd: Acceso banca online empresa', 'Wed, 8 Jul 2026 17:22:10 +0200')}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`Pablo, te reenvío lo de la banca. Ojo que la clave de firma es otra.

---------- Forwarded message ---------
De: Lucía Herrera <l.herrera@example.es>
Date: mié, 8 jul 2026 a las 16:58
Subject: Acceso banca online empresa
To: Carmen Vidal <c.vidal@example.es>

Hola Carmen,
usuario: ${v.n('B' + k.g.digits(8))}
contraseña: ${v.ch()}
La clave de firma la tiene Diego (no la pongas por correo).
IBAN de la cuenta: ${v.n('ES' + k.g.digits(2) + ' ' + k.g.digits(4) + ' ' + k.g.digits(4) + ' ' + k.g.digits(2) + ' ' + k.g.digits(10))}
Un saludo
`)}`;
  }),

  doc('dev6-prose-eml-pt-html-senha', ['prose'], 'mail/Bem-vindo ao portal.eml', (k) => {
    const v = mk(k, 'pt');
    return `${headers(k, 'RH <rh@example.com.br>', 'Bruno Lima <b.lima@example.com.br>', 'Bem-vindo ao portal do colaborador', 'Mon, 3 Aug 2026 10:00:00 -0300')}Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`<html><body><p>Olá Bruno,</p><p>Seu acesso ao portal foi criado.</p><ul><li>Usuário: <b>b.lima</b></li><li>Senha provisória: <b>${x(v.le())}</b></li></ul><p>Na primeira vez, o sistema pedirá para trocar a senha. O PIN do crachá é ${v.pin()}.</p><p>Atenciosamente,<br>RH</p></body></html>`)}
`;
  }),

  doc('dev6-prose-eml-ru-qp', ['prose', 'precision'], 'mail/Доступ к серверу.eml', (k) => {
    const v = mk(k, 'ru');
    return `${headers(k, 'Pavel Smirnov <p.smirnov@example.ru>', 'Dasha Orlova <d.orlova@example.ru>', '=?UTF-8?B?0JTQvtGB0YLRg9C/INC6INGB0LXRgNCy0LXRgNGD?=', 'Thu, 10 Sep 2026 11:40:12 +0300')}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`Даша, привет!

Доступ к серверу отчётов:
логин: d.orlova
пароль: ${v.ch()}

Пароль от базы тот же, что и раньше (${v.red()} в вики). Хеш коммита с конфигом: ${v.sha()}.

Павел
`)}`;
  }),

  doc('dev6-prose-eml-ja-wifi', ['prose'], 'mail/来客用Wi-Fiについて.eml', (k) => {
    const v = mk(k, 'ja');
    return `${headers(k, 'Yui Tanaka <y.tanaka@example.jp>', 'all-tokyo@example.jp', '=?UTF-8?B?5p2l5a6i55SoV2ktRmnjgavjgaTjgYTjgaY=?=', 'Tue, 6 Oct 2026 09:00:00 +0900')}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`各位

来客用Wi-Fiのパスワードが変更になりました。

SSID: TOKYO-GUEST
パスワード: ${v.le()}

社員用のパスワードは変更ありません。
よろしくお願いします。
田中
`)}`;
  }),

  doc('dev6-prose-eml-api-key-handover', ['prose', 'precision'], 'mail/Staging credentials.eml', (k) => {
    const v = mk(k);
    return `${headers(k, 'Rafael Souza <r.souza@example.com>', 'dev@agency.example.net', 'Re: Staging credentials', 'Tue, 17 Nov 2026 14:05:33 +0000', `\nIn-Reply-To: ${k.n(msgId(k.g, 'agency.example.net'))}`)}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi Jonas,

here's the API key for staging as discussed:

    ${v.tok()}

and the basic-auth password in front of the staging site is ${v.le()} (user: preview).
Production keys will come through the password manager share, not by mail.

Request IDs from your failing calls (all 401s, before the key was issued):
${v.uuid()}
${v.uuid()}

Best,
Rafael

On Tue, 17 Nov 2026 at 12:40, Jonas Keller <jonas@agency.example.net> wrote:
> Could you send us the staging API key? The one in the handover doc
> (${v.red()}) is a placeholder.
`;
  }),

  doc('dev6-prose-eml-it-nl-wachtwoord', ['prose'], 'mail/Nieuw wachtwoord kassa.eml', (k) => {
    const v = mk(k, 'nl');
    return `${headers(k, 'Pieter Jansen <p.jansen@example.nl>', 'winkel-utrecht@example.nl', 'Nieuw wachtwoord kassa', 'Mon, 2 Nov 2026 08:00:00 +0100')}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`Hoi allemaal,

Het wachtwoord van de kassa-pc is vanaf vandaag:

${v.le()}

(zonder spaties, hoofdletter aan het begin). Het oude ww werkt niet meer.
De wifi voor klanten blijft hetzelfde.

Groetjes,
Pieter
`)}`;
  }),

  doc('dev6-prose-eml-mailing-list-digest', ['precision'], 'mail/dev-digest Vol 42 Issue 7.eml', (k) => {
    const v = mk(k);
    return `${headers(k, 'dev-request@lists.example.org', 'anna@example.org', 'dev Digest, Vol 42, Issue 7', 'Sat, 7 Nov 2026 12:00:02 +0000')}Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Today's Topics:

   1. Re: password hashing defaults (Lukas Weber)
   2. [PATCH v3] auth: rate-limit password reset requests (Ines Duarte)

----------------------------------------------------------------------

Message: 1
Date: Fri, 6 Nov 2026 18:22:10 +0100
From: Lukas Weber <lukas@example.org>
Subject: Re: password hashing defaults

> Should we bump bcrypt cost to 12?

Yes. For reference, a cost-12 hash of the test vector looks like
${v.bcrypt()}
and takes ~250 ms here. The argon2 variant is in ${v.commit()}.

------------------------------

Message: 2
Date: Sat, 7 Nov 2026 09:01:44 +0100
From: Ines Duarte <ines@example.org>
Subject: [PATCH v3] auth: rate-limit password reset requests

Changes since v2: the "password reset link sent" message is shown even for
unknown addresses, so it cannot be used to enumerate users.

Link: https://lists.example.org/r/${v.n(k.g.hex(16))}
Signed-off-by: Ines Duarte <ines@example.org>
---
 src/auth/reset.c | 14 ++++++++------
 1 file changed, 8 insertions(+), 6 deletions(-)
`;
  }),

  doc('dev6-prose-mbox-pl-wifi-later', ['prose'], 'mail/Archiwum/biuro.mbox', (k) => {
    const v = mk(k, 'pl');
    return `From kasia@example.pl Mon Mar  2 08:01:00 2026
From: Kasia Nowak <kasia@example.pl>
To: biuro@example.pl
Subject: hasło do wifi?
Date: Mon, 2 Mar 2026 08:00:55 +0100

Hej, jakie jest nowe hasło do wifi na drugim piętrze?

From marek@example.pl Mon Mar  2 08:40:12 2026
From: Marek Wolny <marek@example.pl>
To: biuro@example.pl
Subject: Re: hasło do wifi?
Date: Mon, 2 Mar 2026 08:40:07 +0100

Zapytam Tomka.

From tomek@example.pl Mon Mar  2 11:15:31 2026
From: Tomek Zielinski <tomek@example.pl>
To: biuro@example.pl
Subject: Re: hasło do wifi?
Date: Mon, 2 Mar 2026 11:15:25 +0100

Sieć: BIURO-2P
${v.le()}

A hasło do drukarki bez zmian.
`;
  }),

  doc('dev6-prose-eml-zh-qp', ['prose', 'precision'], 'mail/测试环境账号.eml', (k) => {
    const v = mk(k, 'zh');
    return `${headers(k, 'Li Na <li.na@example.cn>', 'Wang Lei <wang.lei@example.cn>', '=?UTF-8?B?5rWL6K+V546v5aKD6LSm5Y+3?=', 'Wed, 14 Oct 2026 10:10:10 +0800')}Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(`王磊你好，

测试环境的账号如下：
用户名：test_admin
密码：${v.ch()}

数据库密码不变。接口的 API 密钥：${v.tok()}
请不要转发。工单号 ${v.tid('OPS')}。

李娜
`)}`;
  }),
];
