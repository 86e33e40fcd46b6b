// Farm owners, contractors and consultants in chat exports, notes and e-mails, in many languages: passwords given
// in sentences next to ear tags, paddock ids, lot numbers and masked values.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_FARM_CHAT_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-whatsapp-contractor-en',
    ['prose', 'precision'],
    'exports/whatsapp/Hillcrest Farm - Contractor.txt',
    (k) => `12/03/2026, 06:14 - Tom Hill: Morning Dave, silage clamp is open, start on ${k.n(A.field(k.g))} first
12/03/2026, 06:15 - Dave (Contractor): right-o. need the login for the Deere display, it wants Ops Center
12/03/2026, 06:17 - Tom Hill: user is hillcrestfarm, password ${k.hpw()}
12/03/2026, 06:17 - Tom Hill: don't change it pls my son uses it too
12/03/2026, 06:40 - Dave (Contractor): sorted. what's the yard wifi?
12/03/2026, 06:41 - Tom Hill: HillcrestYard / ${k.wifi()}
12/03/2026, 07:02 - Dave (Contractor): heifer with tag ${k.n(A.earTag(k.g))} is out on the lane btw
12/03/2026, 07:03 - Tom Hill: cheers will get her
`,
  ),
  aDoc(
    'agri-whatsapp-fazenda-ptbr',
    ['prose', 'precision'],
    'exports/whatsapp/Conversa com Agronomo.txt',
    (k) => `[08/02/26 07:31:12] Marcos Fazenda Boa Vista: bom dia, o drone chegou
[08/02/26 07:32:40] Eng. Paula: ótimo! me passa o acesso do Climate FieldView pra eu subir o mapa de prescrição
[08/02/26 07:35:02] Marcos Fazenda Boa Vista: login marcos.bv@gmail.com senha ${k.hpw()}
[08/02/26 07:35:30] Marcos Fazenda Boa Vista: e o talhão é o ${k.n(A.field(k.g))}
[08/02/26 07:41:18] Eng. Paula: entrei. a senha do wifi da sede mudou? não conecta
[08/02/26 07:42:01] Marcos Fazenda Boa Vista: mudou sim, agora é ${k.wifi()}
[08/02/26 07:50:44] Eng. Paula: a nota fiscal do adubo é ${k.n(k.g.digits(9))}, lote ${k.n(A.lot(k.g))}
[08/02/26 07:51:10] Marcos Fazenda Boa Vista: senha antiga era ${k.n('********')} nem tenta kkk
`,
  ),
  aDoc(
    'agri-notes-night-shift-dairy-nl',
    ['prose', 'precision'],
    'docs/melkstal/notities-nachtploeg.md',
    (k) => `# Notities voor de nachtploeg – melkstal

- Lely Horizon: inloggen met gebruiker **nacht**, wachtwoord ${k.dev()}
- Robot 2 geeft storing op tepelbeker 3, niet resetten voor 04:00.
- Koe ${k.n(A.earTag(k.g))} apart houden (antibiotica, melk NIET in de tank).
- Tanknummer ${k.n('TK-02')}, ophaalbon ${k.n(k.g.digits(8))}.
- Als de PC hangt: TeamViewer-ID ${k.n(`${k.g.digits(3)} ${k.g.digits(3)} ${k.g.digits(3)}`)}, wachtwoord ${k.dev()}
- Het oude wachtwoord (${k.n('<wachtwoord>')}) werkt niet meer.
`,
  ),
  aDoc(
    'agri-email-consultant-de',
    ['prose', 'precision'],
    'mail/2026-04-14-Zugang-Agrarportal.eml',
    (k) => `From: Jana Becker <j.becker@agrarberatung-nord.example>
To: Hof Wiesengrund <info@hof-wiesengrund.example>
Subject: Zugang Ackerschlagkartei und Wetterstation

Hallo Herr Möller,

wie besprochen hier die Zugangsdaten für die Schlagkartei:
Benutzer: moeller.wiesengrund
Passwort: ${k.hpw()}

Die Wetterstation meldet über die App; das Gerätepasswort habe ich auf ${k.dev()} gesetzt.
Ihre Betriebsnummer ${k.n('276 ' + k.g.digits(12))} und die InVeKoS-Feldblock-ID ${k.n('DENILI' + k.g.digits(10))} sind hinterlegt.

Bitte ändern Sie das Passwort nach dem ersten Login. Ein sicheres Beispiel wäre etwas wie ${k.n('<Passwort>')}.

Viele Grüße
Jana Becker
`,
  ),
  aDoc(
    'agri-notes-vineyard-fr',
    ['prose', 'precision'],
    'docs/chai/passation-vendanges.md',
    (k) => `# Passation vendanges 2026 – Domaine des Coteaux

Cuverie : la supervision des cuves (thermorégulation) est sur http://${A.ipv4(k.g)}:8080
Compte « chef_de_chai », mot de passe : ${k.hpw()}

Pressoir : le code d'accès maintenance est ${k.u(k.g.digits(4))} (code constructeur, pas changé).
Lot de vendange ${k.n(A.lot(k.g))}, parcelle ${k.n(A.field(k.g))}.
Certificat bio ${k.n(A.cert(k.g))}.

Wi-Fi saisonniers : « Coteaux-Vendanges », clé ${k.wifi()}
Mot de passe Excel du registre de cave : ${k.pw()}
`,
  ),
  aDoc(
    'agri-chat-olive-mill-es',
    ['prose', 'precision'],
    'exports/telegram/almazara-mantenimiento.txt',
    (k) => `[15.11.26 09:12] Antonio: la báscula de entrada vuelve a pedir clave
[15.11.26 09:13] Lucía: usuario basculista y la contraseña es ${k.hpw()}
[15.11.26 09:13] Lucía: el ticket de pesada de ayer era ${k.n(k.g.digits(7))}
[15.11.26 09:20] Antonio: ok. y el PC del laboratorio?
[15.11.26 09:21] Lucía: admin / ${k.gpw()} (la generó el informático, no la cambies)
[15.11.26 09:25] Antonio: lote de aceite ${k.n(A.lot(k.g))} ya etiquetado, EAN ${k.n(A.gtin(k.g))}
`,
  ),
  aDoc(
    'agri-handover-greenhouse-da',
    ['prose', 'precision'],
    'docs/overdragelse/drivhus-klimacomputer.md',
    (k) => `# Overdragelse – drivhus 3 og 4

Klimacomputeren (Priva Connext) kører på ${A.ipv4(k.g)}. Brugernavn "gartner", adgangskode ${k.dev()}.
Fjernadgang via VPN: adgangskoden er ${k.hpw()} – skift den når du har overtaget.
Sensor serienumre: ${k.n(k.g.upper(2) + k.g.digits(8))}, ${k.n(k.g.upper(2) + k.g.digits(8))}
Gødningsblanding lot ${k.n(A.lot(k.g))}.
Alarm-SMS går til 2${k.g.digits(7)}.
`,
  ),
  aDoc(
    'agri-email-sugar-beet-pl',
    ['prose', 'precision'],
    'mail/cukrownia-dostep-portal.txt',
    (k) => `Temat: Dostęp do portalu plantatora

Dzień dobry Panie Krzysztofie,

przesyłam dane do portalu plantatora buraka cukrowego:
login: ${k.n('PL' + k.g.digits(8))}
hasło tymczasowe: ${k.gpw()}

Numer umowy kontraktacyjnej: ${k.n('UK/' + k.g.digits(4) + '/2026')}. Proszę zmienić hasło po pierwszym logowaniu,
poprzednie hasło (${k.n('<hasło>')}) zostało unieważnione.

Hasło do Wi-Fi w punkcie skupu: ${k.wifi()}

Pozdrawiam, Dział Surowcowy
`,
  ),
  aDoc(
    'agri-notes-orchard-it',
    ['prose', 'precision'],
    'note/frutteto-irrigazione.txt',
    (k) => `Frutteto Val di Non – appunti irrigazione

centralina Hydrawise: account frutteto.valdinon, password ${k.hpw()}
API key Hydrawise (per lo script di Matteo): ${k.prov('Hydrawise', [k.g.hex(4), k.g.hex(4), k.g.hex(4), k.g.hex(4)].join('-').toUpperCase())}
settori ${k.n('Z1')}..${k.n('Z12')}, portata ${k.n('3.2 m3/h')}
la password del router in magazzino è ancora quella di fabbrica (${k.u('admin')})
codice aziendale CUAA ${k.n(k.g.upper(6) + k.g.digits(2) + k.g.upper(1) + k.g.digits(2) + k.g.upper(1) + k.g.digits(3) + k.g.upper(1))}
`,
  ),
  aDoc(
    'agri-whatsapp-tractor-dealer-tr',
    ['prose', 'precision'],
    'exports/whatsapp/Bayi Servis.txt',
    (k) => `14.05.2026 10:02 - Servis Mehmet: abi traktörün telematik hesabı lazım, arıza kodu okuyacağım
14.05.2026 10:05 - Hasan Çiftlik: kullanıcı hasanciftlik şifre ${k.hpw()}
14.05.2026 10:06 - Servis Mehmet: şase no ${k.n(k.g.upper(3) + k.g.digits(9))} doğru mu
14.05.2026 10:07 - Hasan Çiftlik: evet. depo bilgisayarının şifresi de ${k.dev()}
14.05.2026 10:30 - Servis Mehmet: tamam, iş emri ${k.n(A.ticket(k.g))}
`,
  ),
  aDoc(
    'agri-chat-hu-granary',
    ['prose', 'precision'],
    'exports/messenger/magtar.txt',
    (k) => `Kovács Péter: szia, a mérleg szoftver jelszava kellene a betakarításhoz
Szabó Anna: felhasználó: merleg, jelszó: ${k.hpw()}
Szabó Anna: a szárító vezérlő jelszava pedig ${k.dev()}
Kovács Péter: köszi. tétel: ${k.n(A.lot(k.g))}, ENAR szám ${k.n('HU ' + k.g.digits(10))}
Szabó Anna: a régit (${k.n('********')}) már ne használd
`,
  ),
  aDoc(
    'agri-notes-punjab-hinglish',
    ['prose', 'precision'],
    'notes/cold-store-handover.txt',
    (k) => `Cold store handover – Ludhiana unit

Bhai, temperature logger ka web login hai coldstore_ldh, password ${k.hpw()}
Compressor panel HMI password ${k.dev()} hai, isko mat badalna jab tak vendor na aaye.
Potato lot ${k.n(A.lot(k.g))} chamber 3 mein hai, GST invoice ${k.n('INV/' + k.g.digits(5))}.
WiFi staff ka: ${k.wifi()}
FSSAI licence no ${k.n('1' + k.g.digits(13))}
`,
  ),
];
