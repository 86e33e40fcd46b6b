// rw-dev11 incident part: support tickets and customer emails with pasted credentials, in many languages.
import type { RealWorldDoc } from '../types';
import { F, idoc } from './incidentValues';

export const INCIDENT_TICKET_DOCS: RealWorldDoc[] = [
  idoc(
    'zendesk-ticket-en',
    ['prose', 'http-auth', 'precision'],
    'support/zendesk/ticket-48812.txt',
    (x) => `Ticket #48812 — "API returns 401 since this morning"
Requester: Priya N. (priya@retailer.example)   Priority: High   Group: API Support

Priya N. — Nov 18, 2026 08:12
Hi team, our integration stopped working overnight. We're calling the orders endpoint with our key ${x.tok()} and get
401 every time. Our account ID is ${x.n('ACC-' + x.g.digits(6))}. I also tried logging into the dashboard as ops@retailer.example
with our usual password ${x.hpw()} and it says the account is locked?? Request id from the error: ${x.rid()}.

Marcus (Support) — Nov 18, 2026 08:40
Hi Priya, thanks for the details. Please never send keys or passwords by email — I've revoked the key you pasted
(it now shows as sk_…${x.n(x.g.alnum(4))} / revoked in the console) and unlocked the login. Please generate a new key under
Settings → API and reset the password via "Forgot password". For reference, the 401s were caused by the IP allowlist
change announced in status incident ${x.n('INC-' + x.g.digits(4))}.

Priya N. — Nov 18, 2026 09:05
Done, thanks! New key works. (For the record, the old one was just a test key anyway.)
`,
  ),

  idoc(
    'email-it-helpdesk-de',
    ['prose', 'precision'],
    'support/mail/2026-11-18-vpn-zugang.eml',
    (x) => `Von: Sabine Krüger <s.krueger@steuerbuero-example.de>
An: helpdesk@it-dienstleister.example
Betreff: AW: VPN geht nicht mehr
Datum: Mi, 18. Nov 2026 07:58:12 +0100

Hallo Herr Yilmaz,

das VPN verbindet sich leider immer noch nicht. Fehlermeldung: "Authentifizierung fehlgeschlagen (Fehler 691)".
Ich habe es mit meinem Benutzer skrueger und dem neuen Kennwort ${x.hpw()} versucht, das Sie mir letzte Woche
am Telefon gegeben haben. Das alte Passwort war ${x.hpw()} – vielleicht ist das noch irgendwo hinterlegt?

Außerdem fragt DATEV jetzt nach der PIN für die Smartcard, ich habe ${x.pin()} eingegeben (die steht auf dem Zettel
unter der Tastatur, ich weiß, ich weiß...).

Der Fehlercode im Log lautet 0x${x.n(x.g.hex(8))}, Sitzungs-ID ${x.rid()}.

Mit freundlichen Grüßen
Sabine Krüger

> Am 12.11.2026 schrieb Emre Yilmaz:
> Ihr Passwort wurde zurückgesetzt. Bitte melden Sie sich an und vergeben Sie ein neues Kennwort (mind. 12 Zeichen).
`,
  ),

  idoc(
    'ticket-fr-extranet',
    ['prose', 'precision'],
    'support/freshdesk/ticket-9921-fr.txt',
    (x) => `Ticket #9921 — Accès extranet fournisseur bloqué
De : Camille Lefèvre <c.lefevre@fournisseur-example.fr>

Bonjour,

Depuis la mise à jour de l'extranet, impossible de me connecter. J'utilise l'identifiant FOURN-2231 et le mot de
passe ${x.hpw()} (celui reçu par courrier en septembre). Mon collègue utilise le même compte avec le code
d'accès ${x.pin()} sur la borne de l'entrepôt.

Pour l'API de commandes, nous utilisons la clé ${x.tok()} ; elle fonctionne encore sur l'environnement de test
mais pas en production. Le support nous avait dit que la clé de test était « ${x.n('test_cle_exemple')} » — c'est bien ça ?

Référence de l'erreur : ${x.rid()}

Cordialement,
Camille

— Réponse de l'agent (Hugo) —
Bonjour Camille, merci de ne pas transmettre vos mots de passe par ticket. Le mot de passe a été réinitialisé ;
vous recevrez un lien par e-mail. La clé API a été régénérée : elle commence par ${x.n(x.g.alnum(4) + '…')}.
`,
  ),

  idoc(
    'ticket-es-tpv',
    ['prose', 'precision'],
    'support/tickets/es-tpv-incidencia.md',
    (x) => `**Incidencia #3307 — El TPV no sincroniza con la tienda online**

Hola, buenos días:

Tenemos la tienda en Valencia y desde ayer el TPV no sube las ventas. En la pantalla de configuración pone:

- Usuario: tienda_vlc
- Contraseña: ${x.hpw()}
- Token de sincronización: ${x.tok()}
- ID de terminal: ${x.n('TPV-' + x.g.digits(5))}

He probado a cambiar la contraseña a ${x.phrase()} pero sigue igual. El técnico dijo que la clave del wifi de la tienda
(${x.letters()}) no tenía nada que ver.

Adjunto captura. Número de pedido de prueba: ${x.n(x.g.digits(10))}.

Gracias, Lucía

> **Soporte:** Lucía, por seguridad hemos invalidado el token que aparece en el mensaje. El nuevo token
> se muestra solo una vez en Ajustes → Integraciones (aparecerá como ${x.n('••••••••')}).
`,
  ),

  idoc(
    'ticket-pt-br-nota-fiscal',
    ['prose'],
    'support/tickets/pt-br-nfe.txt',
    (x) => `Chamado 77120 — Erro ao emitir NF-e
Cliente: Distribuidora Almeida Ltda.

Olá, suporte!

Desde segunda-feira o sistema não emite nota fiscal. O erro é "Certificado digital inválido". A senha do certificado
A1 é ${x.hpw()} e o arquivo está em C:\\Certificados\\almeida.pfx. O usuário do portal é almeida.fiscal e a senha
é ${x.pw()}.

Também precisamos trocar o token do CSC (código de segurança do contribuinte): o atual é ${x.tok(x.g.upper(4) + x.g.digits(4) + '-' + x.g.upper(4) + '-' + x.g.digits(4) + '-' + x.g.upper(4) + '-' + x.g.upper(12))}, ID ${x.n('000001')}.

Protocolo de atendimento anterior: ${x.n(x.g.digits(15))}.

Abraços,
João Almeida
`,
  ),

  idoc(
    'ticket-ru-1c',
    ['prose', 'precision'],
    'support/tickets/ru-1c-obmen.txt',
    (x) => `Заявка №5521: не работает обмен 1С с сайтом

Добрый день!

После переноса сайта на новый сервер перестал работать обмен с 1С:Предприятие. В настройках обмена указано:
  Адрес сайта: https://shop.example.ru/bitrix/admin/1c_exchange.php
  Пользователь: 1c_exchange
  Пароль: ${x.hpw()}

Вход в админку Битрикс: admin / ${x.pw()} (пароль поменяем после решения проблемы).
Ключ API службы доставки: ${x.tok()}

В логе ошибка: "401 Unauthorized", идентификатор запроса ${x.rid()}.
Хэш последнего коммита на сервере: ${x.sha()}.

С уважением, Дмитрий
`,
  ),

  idoc(
    'ticket-zh-mini-program',
    ['prose', 'precision'],
    'support/tickets/zh-xiaochengxu.md',
    (x) => `## 工单 #20931：小程序支付回调失败

您好，我们的小程序从昨天开始支付回调一直失败，日志如下：

${F}
[2026-11-18 10:21:33] notify verify failed, appid=wx${x.n(x.g.hex(16))} mch_id=${x.n(x.g.digits(10))}
[2026-11-18 10:21:33] using api v3 key ${x.tok(x.g.alnum(32))}
[2026-11-18 10:21:33] request_id=${x.rid()}
${F}

后台登录账号：caiwu@shop.example.cn，密码：${x.hpw()}
服务器 root 密码是 ${x.pw()}，麻烦技术帮忙看一下。
AppSecret 是 ${x.tok(x.g.hex(32))}（之前的同事配置的，不知道对不对）。

谢谢！
`,
  ),

  idoc(
    'ticket-ja-kintone',
    ['prose', 'precision'],
    'support/tickets/ja-api-renkei.txt',
    (x) => `件名：【至急】API連携が401エラーになります

お世話になっております。株式会社サンプル物流の佐藤です。

本日朝から、在庫システムとのAPI連携が全て401エラーになっております。
設定画面の内容をそのまま貼り付けます。

  APIトークン：${x.tok()}
  Basic認証ユーザー：sato_logi
  Basic認証パスワード：${x.hpw()}
  サブドメイン：sample-logi

ログインパスワードは ${x.pw()} に変更済みです。
エラーのリクエストID：${x.rid()}

お手数ですがご確認のほどよろしくお願いいたします。
`,
  ),

  idoc(
    'ticket-ko-admin',
    ['prose', 'precision'],
    'support/tickets/ko-gwanri.txt',
    (x) => `제목: 관리자 페이지 로그인 불가 문의

안녕하세요, 쇼핑몰 운영 담당 김민지입니다.

어제 저녁부터 관리자 페이지에 로그인이 안 됩니다.
아이디: minji_admin / 비밀번호: ${x.hpw()}
OTP 앱을 새 휴대폰으로 옮겼는데 백업 코드 ${x.pin()} 도 안 됩니다.

그리고 결제 연동 시크릿 키가 ${x.tok()} 인데 이것도 확인 부탁드립니다.
(테스트 키는 ${x.n('test_sk_xxxxxxxx')} 로 되어 있습니다.)

오류 코드: ${x.n('E-' + x.g.digits(5))}
감사합니다.
`,
  ),

  idoc(
    'ticket-tr-eticaret',
    ['prose', 'precision'],
    'support/tickets/tr-entegrasyon.txt',
    (x) => `Konu: Pazaryeri entegrasyonu çalışmıyor

Merhaba,

Dün akşamdan beri ürünler pazaryerine aktarılmıyor. Entegrasyon ayarlarımız şöyle:

API Key: ${x.tok(x.g.alnum(20))}
API Secret: ${x.tok(x.g.alnum(20))}
Satıcı ID: ${x.n(x.g.digits(6))}

Panel şifremiz ${x.hpw()} (muhasebe de aynı şifreyi kullanıyor). Hata mesajı: "Yetkisiz erişim", istek no ${x.rid()}.

Kolay gelsin,
Elif Demir
`,
  ),

  idoc(
    'ticket-pl-kurier',
    ['prose', 'precision'],
    'support/tickets/pl-kurier-api.txt',
    (x) => `Zgłoszenie #4471 — Błąd przy generowaniu etykiet kurierskich

Dzień dobry,

od rana nie generują się etykiety. W panelu mamy:
  login API: sklep_kotek
  hasło API: ${x.pw()}
  klucz WebAPI: ${x.tok(x.g.hex(32))}

Hasło do panelu administracyjnego zmieniłam wczoraj na ${x.hpw()}, może to ma związek?
Numer błędu: ${x.n('ERR_' + x.g.digits(4))}, identyfikator żądania ${x.rid()}.

Pozdrawiam, Agnieszka
`,
  ),

  idoc(
    'jira-ticket-attached-log',
    ['prose', 'logs-and-output', 'precision'],
    'support/jira/OPS-7712.md',
    (x) => `**OPS-7712** · Payment webhooks failing intermittently · Priority: P2 · Reporter: Ravi K.

**Description**
Webhooks from the PSP fail ~5% of the time. Excerpt from \`webhook-receiver\` (log level was DEBUG for the investigation):

{noformat}
2026-11-18 14:02:11.201 DEBUG WebhookVerifier - computing HMAC with secret=${x.tok()} body_len=1882
2026-11-18 14:02:11.202 DEBUG WebhookVerifier - expected=${x.n(x.g.hex(64))} got=${x.n(x.g.hex(64))}
2026-11-18 14:02:11.202 WARN  WebhookVerifier - signature mismatch event=${x.n('evt_' + x.g.alnum(24))} req=${x.rid()}
2026-11-18 14:02:12.004 DEBUG PspClient - GET /v1/events/evt_... auth=Basic ${x.basic('psp-live')}
{noformat}

**Comments**
- *Anna (Security)*: the DEBUG lines print the signing secret and the Basic credential — both rotated now, please
  make sure DEBUG stays off in prod. Ticket for the log filter: SEC-${x.n(x.g.digits(3))}.
- *Ravi*: ack. Fix in commit ${x.short()}.
`,
  ),

  idoc(
    'customer-email-ftp',
    ['prose'],
    'support/mail/customer-ftp-upload.txt',
    (x) => `Subject: Re: Datenlieferung November / data drop November

Hi Jonas,

as discussed on the phone, you can pick up the files from our SFTP:

  Host: sftp.kunde-example.com  Port: 2222
  User: agentur_upload
  Pass: ${x.pw()}

The zip is encrypted, password is ${x.phrase()} (same as last time, I think?).
If that doesn't work, the old one was ${x.letters()}.

Cheers,
Mette

-- 
Mette Sørensen | Head of Data | +45 20 00 00 00
This e-mail may contain confidential information.
`,
  ),

  idoc(
    'servicenow-incident-nl',
    ['prose', 'precision'],
    'support/servicenow/INC0098812.txt',
    (x) => `Incident INC0098812 — Koppeling met boekhoudpakket werkt niet
Aanmelder: Pieter de Vries   Toegewezen aan: Applicatiebeheer

Werknotities:
[18-11-2026 09:14] Pieter: de koppeling geeft "invalid_client". Client ID is ${x.rid()}, client secret ${x.tok()}.
[18-11-2026 09:30] Pieter: ik heb ook het wachtwoord van de servicegebruiker geprobeerd: ${x.hpw()}
[18-11-2026 10:02] Applicatiebeheer: secret is verlopen op 17-11. Nieuw secret aangemaakt en in de kluis gezet
                   (verwijzing: ${x.n('kv://boekhouding/client-secret')}). Wachtwoord van servicegebruiker gereset.
`,
  ),
];
