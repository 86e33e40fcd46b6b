// Dispatch chat threads, tickets, onboarding emails with portal logins, driver instructions and runbooks, in the
// languages of European, Asian and American logistics teams. Passwords appear after the local word for password,
// in a sentence, in a table cell or after a colon; tracking, container and PO numbers sit around them.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_PROSE_DOCS: RealWorldDoc[] = [
  lDoc('logistics-dispatch-slack-export-en', ['prose', 'precision'], 'exports/slack/dispatch-2026-04-02.txt', (k) => {
    return `[06:58] Kevin (Dispatch): morning all, 14 trailers on the yard, door ${L.dock(k.g)} is blocked again
[07:02] Priya (TMS admin): the UPS integration is throwing 401s since midnight
[07:03] Kevin (Dispatch): we rotated the client secret yesterday, did anyone update the TMS?
[07:05] Priya (TMS admin): nope. new secret from the UPS portal: ${k.s('token', L.upsClientSecret(k.g))}
[07:05] Priya (TMS admin): pasting it in the connector now
[07:11] Kevin (Dispatch): labels printing again 👍 first one ${k.n(L.upsTracking(k.g))}
[07:40] Marco (Yard): yard management login for the new guy? 
[07:41] Kevin (Dispatch): user yard.nightshift pw ${k.hpw()}
[07:42] Priya (TMS admin): pls DM passwords, this channel has 80 people and two carriers in it
`;
  }),

  lDoc('logistics-onboarding-email-de', ['prose', 'precision'], 'mail/zugangsdaten-kundenportal.txt', (k) => {
    return `Betreff: Ihre Zugangsdaten zum Kundenportal der Spedition Hansen

Sehr geehrter Herr Yilmaz,

vielen Dank für Ihren Auftrag. Ab sofort können Sie Ihre Sendungen im Kundenportal verfolgen:

  Portal:        https://portal.spedition-hansen.example
  Kundennummer:  ${k.n(k.g.digits(6))}
  Benutzername:  yilmaz.einkauf
  Kennwort:      ${k.pw()}

Aus Sicherheitsgründen werden Sie beim ersten Login gebeten, das Kennwort zu ändern.
Ihre EORI-Nummer (${k.n(L.eori(k.g))}) und USt-IdNr. (${k.n(L.vat(k.g))}) haben wir hinterlegt.

Für die API-Anbindung Ihres Warenwirtschaftssystems erhalten Sie den API-Schlüssel separat:
${k.tok()}

Mit freundlichen Grüßen
Ihr Kundenservice
`;
  }),

  lDoc('logistics-driver-instructions-pl', ['prose', 'precision'], 'docs/kierowcy/instrukcja-skaner.md', (k) => {
    return `# Instrukcja dla kierowców - skaner i aplikacja

1. Zaloguj się do aplikacji "NF Kierowca" swoim numerem kierowcy (${k.n(L.driverId(k.g))}).
2. Hasło startowe: \`${k.hpw()}\` - zmień je przy pierwszym logowaniu.
3. Każdą paczkę skanuj przy załadunku (kod SSCC, np. ${k.n(L.sscc(k.g))}).
4. Wifi w magazynie: sieć NF-KIEROWCY, hasło: ${k.psk()}
5. W razie problemów dzwoń do dyspozytora: +48 61 555 01 00.

Nie podawaj nikomu hasła do aplikacji. Numer naczepy (${k.n(L.plate(k.g))}) wpisz w polu "Naczepa".
`;
  }),

  lDoc('logistics-ticket-jira-carrier-api-nl', ['prose', 'precision'], 'tickets/TMS-2207.txt', (k) => {
    return `TMS-2207  PostNL labels falen sinds update
Status: In behandeling   Prioriteit: Hoog   Melder: Sanne de Vries (Expeditie)

Beschrijving:
Sinds de update van vrijdag komen er geen PostNL-labels meer uit. Foutmelding: "401 Invalid apikey".
Barcode voorbeeld: ${k.n(L.parcelTracking(k.g))}

Opmerking (Ruben, IT):
De oude API-key was ${k.s('token', k.g.alnum(32))}, PostNL heeft een nieuwe gestuurd: ${k.s('token', k.g.alnum(32))}.
Heb de nieuwe in de config gezet (postnl.apikey). Graag testen.

Opmerking (Sanne):
Werkt weer, bedankt! Wachtwoord van het PostNL-portaal is trouwens ook veranderd: ${k.hpw()}
`;
  }),

  lDoc('logistics-warehouse-runbook-fr', ['prose', 'precision'], 'wiki/entrepot/procedure-inventaire.md', (k) => {
    return `# Inventaire tournant - entrepôt de Lyon

## Accès
- WMS (Reflex) : compte \`inventaire01\`, mot de passe : \`${k.pw()}\`
- Terminal RF : PIN de l'équipe inventaire ${k.s('password', k.g.digits(6))}
- Le mot de passe de l'administrateur Reflex n'est **jamais** communiqué (voir le responsable IT).

## Déroulé
1. Imprimer la liste des emplacements (allée ${k.n('A' + k.g.digits(2))} à ${k.n('F' + k.g.digits(2))}).
2. Scanner l'étiquette d'emplacement puis chaque SSCC (${k.n(L.sscc(k.g))}).
3. Écarts > 2 % : bloquer l'emplacement et créer un ticket ${k.n(L.ticket(k.g))}.
`;
  }),

  lDoc('logistics-port-ops-email-it', ['prose', 'precision'], 'mail/porto-genova-accesso.txt', (k) => {
    return `Oggetto: Accesso al Port Community System - Terminal Genova

Buongiorno Alessandro,

ti confermo le credenziali per il PCS E-Port del porto di Genova:
utente: spedizioni.nordovest
password: ${k.pw()}

Per la prenotazione slot camion usa il codice cliente ${k.n(k.g.digits(7))}. Il container ${k.n(L.container(k.g))} è
disponibile dal 14/04, sigillo ${k.n(L.seal(k.g))}.

La password scade tra 90 giorni. Per favore non inoltrare questa mail.

Saluti,
Giulia - Ufficio IT
`;
  }),

  lDoc('logistics-crossdock-chat-pt', ['prose', 'precision'], 'chat/crossdock-santos-whatsapp.txt', (k) => {
    return `[09/04/26 10:12] Rafael: pessoal, o login do portal da transportadora mudou
[09/04/26 10:13] Rafael: usuário: crossdock.santos senha: ${k.hpw()}
[09/04/26 10:15] Bianca: valeu! e a senha do wifi do armazém 3?
[09/04/26 10:16] Rafael: ${k.psk()}
[09/04/26 10:30] Bianca: CT-e ${k.n(k.g.digits(44))} emitido, container ${k.n(L.container(k.g))}
[09/04/26 10:31] Rafael: 👍 apaga a senha daqui depois
`;
  }),

  lDoc('logistics-3pl-handover-doc-ro', ['prose', 'precision'], 'docs/predare-depozit-constanta.md', (k) => {
    return `# Predare depozit Constanța - acces sisteme

| Sistem | Utilizator | Parolă | Observații |
|---|---|---|---|
| WMS (Mecalux Easy WMS) | admin.depozit | ${k.pw()} | schimbați după predare |
| Portal vamal (BVI) | vama.ct | ${k.hpw()} | certificat pe token USB |
| Camere video (NVR) | admin | ${k.u('admin')} | parola implicită, încă neschimbată! |
| Wi-Fi scanere | NF-RF-CT | ${k.psk()} | WPA2 |
| Cântar pod basculă | operator | ${k.ph()} | în plic la paza |

Cod EORI depozit: ${k.n('RO' + k.g.digits(8))}. Număr autorizație antrepozit: ${k.n('ROCTA' + k.g.digits(6))}.
`;
  }),

  lDoc('logistics-supplier-portal-email-zh', ['prose', 'precision'], 'mail/supplier-portal-ningbo.txt', (k) => {
    return `主题：供应商门户账号开通 - 宁波仓

王经理您好，

贵司在我们供应商协同平台（SRM）的账号已开通：
登录地址：https://srm.northfreight.example
用户名：ningbo.supplier01
初始密码：${k.pw()}

首次登录后请立即修改密码。提单号（B/L）请填写为 ${k.n('COSU' + k.g.digits(10))} 这样的格式，集装箱号例如 ${k.n(L.container(k.g))}。
EDI 对接的 API 密钥：${k.tok()}

如有问题请联系 IT 支持。
`;
  }),

  lDoc('logistics-warehouse-note-vi', ['prose', 'precision'], 'docs/kho-binh-duong/huong-dan.md', (k) => {
    return `# Hướng dẫn ca đêm - Kho Bình Dương

- Đăng nhập WMS: tài khoản \`cadem.bd\`, mật khẩu: ${k.hpw()}
- Máy in nhãn Zebra ở cửa ${k.n(L.dock(k.g))}: trang quản trị admin / ${k.dev()}
- Số vận đơn mẫu: ${k.n(L.awb(k.g))} (không phải mật khẩu)
- Mật khẩu wifi cho máy quét: ${k.psk()}
- Báo sự cố: tạo phiếu ${k.n(L.ticket(k.g))} trong hệ thống helpdesk.
`;
  }),

  lDoc('logistics-fleet-manager-note-hi', ['prose', 'precision'], 'docs/fleet/delhi-hub-notes.md', (k) => {
    return `# दिल्ली हब - फ्लीट मैनेजर नोट्स

- GPS पोर्टल (Loconav) लॉगिन: delhi.hub, पासवर्ड: ${k.hpw()}
- FASTag रिचार्ज पोर्टल का पासवर्ड: ${k.pw()}
- गाड़ी नंबर ${k.n('DL 01 ' + k.g.upper(2) + ' ' + k.g.digits(4))}, ड्राइवर आईडी ${k.n(L.driverId(k.g))}
- e-way bill पोर्टल का यूज़रनेम GSTIN से अलग है; GSTIN: ${k.n('07' + k.g.upper(5) + k.g.digits(4) + k.g.upper(1) + '1Z' + k.g.digits(1))}
- पासवर्ड किसी के साथ WhatsApp पर शेयर न करें।
`;
  }),

  lDoc('logistics-incident-postmortem-en', ['prose', 'precision'], 'docs/postmortems/2026-02-label-outage.md', (k) => {
    return `# Postmortem: 3h label outage at the Venlo DC (2026-02-19)

## Summary
At 05:40 all carrier label calls failed. The FedEx secret key had been rotated by a developer testing in production,
and the new value (${k.s('token', L.fedexSecret(k.g))}) was only put in the staging config.

## Timeline
- 05:40 first 401 from apis.fedex.com, queue labels.print grows to 4,211 messages
- 06:15 on-call restarts the label workers (no effect)
- 07:50 root cause found; secret updated in prod and workers restarted
- 08:42 backlog cleared; 312 parcels missed the 08:00 linehaul (trailer ${k.n(L.plate(k.g))})

## What went wrong
- The secret was pasted in this doc's first draft and in #dispatch (now deleted there, rotated again since).
- The old ShipStation secret is still in the runbook: ${k.hex(32)} (rotate, ticket ${k.n(L.ticket(k.g))}).

## Action items
- Move carrier secrets to Vault; references look like \`vault:kv/carriers/fedex#client_secret\`.
`;
  }),

  lDoc('logistics-customer-service-email-es', ['prose', 'precision'], 'mail/seguimiento-cliente.txt', (k) => {
    return `Asunto: Re: ¿Dónde está mi pedido?

Hola Marta,

Tu pedido ${k.n(L.po(k.g))} salió ayer de nuestro almacén de Zaragoza con SEUR. Número de seguimiento:
${k.n(L.parcelTracking(k.g))}. También puedes verlo en tu área de cliente con tu usuario y contraseña habituales
(si la has olvidado, usa "¿Olvidaste tu contraseña?").

Código de recogida en punto Pickup: ${k.n(k.g.digits(6))} (no es una contraseña, enséñalo en la tienda).

Un saludo,
Atención al cliente
`;
  }),

  lDoc('logistics-it-handover-email-tr', ['prose', 'precision'], 'mail/depo-it-devir.txt', (k) => {
    return `Konu: Gebze deposu IT devir notları

Merhaba Burak,

Yarından itibaren depo sistemleri sende. Önemli erişimler:

- Netsis ERP: kullanıcı depo.admin, parola ${k.pw()}
- Yurtiçi Kargo entegrasyonu: WsUserName = ${k.n('GEBZEDEPO')}, WsPassword = ${k.spw()}
- Aras Kargo API anahtarı: ${k.tok()}
- El terminalleri kiosk çıkış şifresi: ${k.s('password', k.g.digits(6))}

Gümrük müşavirinin portal şifresini bilmiyorum, onu Ayşe Hanım'a sor.
Kolay gelsin,
Mehmet
`;
  }),
];
