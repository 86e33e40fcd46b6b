// NOC and field prose in many languages: shift handovers, tickets to installers, WhatsApp/Telegram exports,
// vendor emails and wiki pages. Passwords are given in sentences beside MSISDNs, IMSIs, circuit ids and masked values.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_PROSE_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-noc-handover-en',
    ['prose', 'precision'],
    'noc/handover/2026-02-14-night.md',
    (k) => `# NOC shift handover – night 14→15 Feb

- Fibre cut on the Campinas–Sorocaba span, circuit ${k.n(T.circuit(k.g))}, splicing team on site since 02:10.
- BNG-02 RADIUS timeouts: the shared secret on rad2 did not match after the rebuild. Set it back to ${k.shared()} on both sides.
- Vendor TAC case ${k.n(T.ticket(k.g))} for the OLT line card; their remote engineer got a temporary account, password ${k.gpw()} (expires Monday).
- Customer complaint ${k.n(T.account(k.g))}: SIM ${k.n(T.iccid(k.g))} swapped, IMSI ${k.n(T.imsi(k.g))}, all fine now.
- Jump host root password was NOT changed yet (still ${k.n('********')} in the vault).
`,
  ),

  tDoc(
    'telecom-ticket-field-es',
    ['prose', 'precision'],
    'tickets/OT-instalacion-sevilla.txt',
    (k) => `Orden de trabajo ${k.n(T.ticket(k.g))} – Alta fibra 600 Mb
Cliente: ${k.n(T.account(k.g))}, teléfono ${k.n(T.msisdn(k.g))}
Dirección: C/ Feria 41, 3ºB, Sevilla

Datos para el técnico:
- Usuario PPPoE: ${k.g.lower(6)}${k.g.digits(4)}@fibra
- Contraseña PPPoE: ${k.dev()}
- Contraseña del router para el cliente: ${k.hpw()}
- Número de serie ONT asignado: ${k.n(T.ponSn(k.g))}

Nota: si el cliente pide la clave de la web del router, decirle que la cambie él mismo. La clave de instalador
es ${k.dev()}, no darla.
`,
  ),

  tDoc(
    'telecom-whatsapp-installers-ptbr',
    ['prose', 'precision'],
    'exports/whatsapp/Tecnicos-Zona-Norte.txt',
    (k) => `14/03/2026 08:02 - Marcos Técnico: bom dia, alguém tem a senha da OLT do POP Boa Viagem?
14/03/2026 08:04 - Juliana NOC: usuario suporte senha ${k.dev()}
14/03/2026 08:04 - Juliana NOC: e apaga depois hein
14/03/2026 08:15 - Marcos Técnico: cliente ${k.n(T.account(k.g))} sem sinal, ONT ${k.n(T.ponSn(k.g))} LOS
14/03/2026 08:31 - Rafael: a senha do pppoe dele é ${k.dev()} ou mudou?
14/03/2026 08:33 - Juliana NOC: mudou pra ${k.dev()}
14/03/2026 09:10 - Marcos Técnico: <Mídia oculta>
14/03/2026 09:12 - Juliana NOC: wifi do cliente: rede VIVO-FIBRA-${k.g.hex(4).toUpperCase()} senha ${k.hpw()}
14/03/2026 09:40 - Rafael: MAC da ONU é ${k.n(T.mac(k.g))}
`,
  ),

  tDoc(
    'telecom-email-vendor-fr',
    ['prose', 'precision'],
    'mail/2026-01-sbc-migration-fr.eml',
    (k) => `From: Thomas Girard <t.girard@integrateur-voip.example>
To: equipe-voix@operateur.example
Subject: Migration SBC – accès et identifiants
Date: Tue, 20 Jan 2026 09:14:00 +0100
Message-ID: <${k.n(k.g.hex(24))}@integrateur-voip.example>

Bonjour à tous,

pour la bascule de jeudi, voici les accès :
- SBC primaire : https://${T.ipv4(k.g, '10.70')}/ — compte « integ », mot de passe : ${k.gpw()}
- Trunk SIP vers l'opérateur de transit : identifiant ${k.g.digits(10)}, mot de passe ${k.shared()}
- L'ancien mot de passe (${k.n(T.mask('xxxxxxxxxxxx'))}) ne fonctionnera plus après la bascule.

Numéros de test : ${k.n(T.msisdn(k.g))} et ${k.n(T.msisdn(k.g))}.

Cordialement,
Thomas
`,
  ),

  tDoc(
    'telecom-telegram-noc-ru',
    ['prose', 'precision'],
    'exports/telegram/noc-kazan.txt',
    (k) => `[11.02.2026 22:14] Алексей: упал BRAS в Казани, абоненты не авторизуются
[11.02.2026 22:16] Дмитрий: секрет радиуса поменяли днём, новый ${k.shared()}
[11.02.2026 22:17] Алексей: на брасе старый стоит, ок, меняю
[11.02.2026 22:30] Дмитрий: пароль на консоль коммутатора ${k.dev()}
[11.02.2026 22:31] Алексей: IMSI тестовой симки ${k.n(T.imsi(k.g))}, IMEI модема ${k.n(T.imei(k.g))}
[11.02.2026 22:45] Алексей: всё поднялось, тикет ${k.n(T.ticket(k.g))} закрываю
`,
  ),

  tDoc(
    'telecom-handover-de',
    ['prose', 'precision'],
    'betrieb/uebergabe-2026-03-02.md',
    (k) => `# Schichtübergabe Netzbetrieb, 02.03.2026

* Störung Glasfaser Dortmund-Nord: Trasse ${k.n(T.circuit(k.g))} gekappt, Tiefbau vor Ort.
* Das Passwort für den neuen Zugang zum Element-Manager lautet ${k.gpw()} (nur bis zur Übergabe ans Betriebsteam).
* Die SNMP-Community für die neuen DSLAMs ist ${k.s('password', T.snmpCommunity(k.g))}.
* Kunde ${k.n(T.account(k.g))} meldet erneut Paketverlust, MAC des Routers ${k.n(T.mac(k.g))}.
* Passwort des Servicetechniker-Kontos auf den Fritzboxen bleibt ${k.n('<siehe Tresor>')}.
`,
  ),

  tDoc(
    'telecom-ticket-it',
    ['prose', 'precision'],
    'ticket/TT-torino-ponte-radio.txt',
    (k) => `Ticket ${k.n(T.ticket(k.g))} – Ponte radio Torino–Bari degradato

Descrizione: dalle 03:20 il collegamento ${k.n(T.circuit(k.g))} perde pacchetti (BER alto).
Accesso all'apparato: utente "manutenzione", password ${k.hpw()}.
La password del portale del fornitore è cambiata: ora è ${k.gpw()}.
IMEI del router LTE di backup: ${k.n(T.imei(k.g))}; numero SIM ${k.n(T.msisdn(k.g))}.
Firmato: Centro di supervisione rete
`,
  ),

  tDoc(
    'telecom-chat-tr',
    ['prose', 'precision'],
    'exports/teams/ankara-saha-ekibi.txt',
    (k) => `[09:05] Emre Yılmaz: Ankara POP'taki OLT şifresi neydi?
[09:06] Ayşe Demir: kullanıcı admin, şifre ${k.dev()}
[09:07] Emre Yılmaz: tamam. müşteri hattı ${k.n(T.msisdn(k.g))} hâlâ kopuk
[09:20] Ayşe Demir: modem arayüz şifresi ${k.hpw()} olarak değiştirildi
[09:21] Ayşe Demir: ICCID ${k.n(T.iccid(k.g))}, arıza kaydı ${k.n(T.ticket(k.g))}
`,
  ),

  tDoc(
    'telecom-runbook-id',
    ['prose', 'precision'],
    'wiki/runbook-bandung-pop.md',
    (k) => `# Runbook POP Bandung

Akses router inti: \`ssh noc@${T.ipv4(k.g, '10.62')}\` dengan kata sandi ${k.gpw()}.
Kata sandi enable: ${k.n('(lihat di Vault: secret/pop/bandung)')}.
Untuk akses OLT gunakan akun \`teknisi\`, kata sandi ${k.dev()}.
Nomor sirkuit uplink: ${k.n(T.circuit(k.g))}; VLAN manajemen ${T.vlan(k.g)}.
Catatan: password hotspot pelanggan default adalah ${k.u('12345678')}, jangan dipakai untuk perangkat jaringan.
`,
  ),

  tDoc(
    'telecom-whatsapp-sw-en',
    ['prose', 'precision'],
    'exports/whatsapp/Mombasa-Field-Team.txt',
    (k) => `[02/04/2026, 07:41] Baraka: Habari team, tower site MSA-${k.g.digits(3)} iko down tangu saa tisa
[02/04/2026, 07:43] Wanjiru NOC: power issue, generator. Nenosiri ya BTS web ni ${k.dev()}
[02/04/2026, 07:45] Baraka: sawa. router password bado ni ${k.hpw()}?
[02/04/2026, 07:46] Wanjiru NOC: ndio
[02/04/2026, 08:02] Baraka: M-Pesa agent SIM ${k.n(T.msisdn(k.g))} imeharibika pia, ICCID ${k.n(T.iccid(k.g))}
`,
  ),

  tDoc(
    'telecom-email-hinglish',
    ['prose', 'precision'],
    'mail/pune-contact-centre-access.txt',
    (k) => `Hi Rahul,

Pune contact centre ke naye agents ke liye dialer login bana diya hai. Common password abhi ${k.hpw()} rakha hai,
first login pe change karwana. Supervisor console ka password ${k.gpw()} hai, kisi ko forward mat karna.

Agent IDs: ${k.n('AG' + k.g.digits(5))} to ${k.n('AG' + k.g.digits(5))}. Ticket ${k.n(T.ticket(k.g))}.

Thanks,
Priya
`,
  ),

  tDoc(
    'telecom-chat-vi',
    ['prose', 'precision'],
    'exports/zalo/ky-thuat-danang.txt',
    (k) => `[08:12] Minh: anh ơi mật khẩu OLT trạm Đà Nẵng 2 là gì ạ
[08:13] Hùng: user admin, mật khẩu ${k.dev()}
[08:20] Minh: khách hàng ${k.n(T.account(k.g))} mất mạng, serial ONT ${k.n(T.ponSn(k.g))}
[08:25] Hùng: mật khẩu wifi mới của khách: ${k.hpw()}
`,
  ),

  tDoc(
    'telecom-ticket-pl-ar',
    ['prose', 'precision'],
    'tickets/multi-language-escalation.txt',
    (k) => `[PL] Zgłoszenie ${k.n(T.ticket(k.g))}: hasło do panelu centrali Kraków zostało zresetowane, nowe hasło: ${k.gpw()}
[PL] Numer obwodu: ${k.n(T.circuit(k.g))}

[AR] تذكرة ${k.n(T.ticket(k.g))}: كلمة المرور الجديدة لبوابة المورد هي ${k.hpw()}
[AR] رقم الهاتف للعميل: ${k.n(T.msisdn(k.g))}
`,
  ),
];
