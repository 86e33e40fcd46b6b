// Remote access into plants: TeamViewer and AnyDesk ids and passwords in tickets and chats, Secomea GateManager,
// eWON / Talk2M accounts, jump hosts, vendor RDP. Remote-desktop ids are not secrets; the passwords beside them are.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_REMOTE_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-teamviewer-ticket-es',
    ['prose', 'precision'],
    'tickets/soporte/INC-20260211-eolico.txt',
    (k) => `Asunto: Parque eólico Sierra Alta – el SCADA de turbinas no comunica

Hola equipo,

el servidor SCADA del parque (WTG-SCADA01) no recibe datos de los aerogeneradores 4 a 9 desde las 03:10.
Os dejo acceso remoto para que lo reviséis:

  TeamViewer ID: ${k.n(E.tvId(k.g))}
  Contraseña: ${k.s('password', E.remotePw(k.g))}

Usuario de Windows: operador / ${k.hpw()}
El switch de la subestación es un Hirschmann, la clave de admin está en el sobre del armario (no la tengo).

Hash del firmware que instalamos ayer en el controlador: ${k.n(E.sha256(k.g))}

Un saludo,
Javier – Centro de Control
`,
  ),

  eDoc(
    'energy-anydesk-teams-chat-de',
    ['prose', 'precision'],
    'exports/teams/leitwarte-2026-03-02.txt',
    (k) => `[08:14] Kowalski, Piotr: Moin, ich komme auf den Jump-Server nicht drauf, Passwort abgelaufen?
[08:15] Becker, Anja: ja, alle 90 Tage. Neues temporäres: ${k.hpw()}
[08:15] Becker, Anja: bitte sofort ändern
[08:21] Kowalski, Piotr: danke. Der Hersteller will per AnyDesk auf die HMI im UW Nord
[08:22] Becker, Anja: AnyDesk-ID ${k.n(E.anydeskId(k.g))}, unbeaufsichtigter Zugriff Passwort ${k.s('password', E.remotePw(k.g))}
[08:22] Becker, Anja: nach der Sitzung wieder deaktivieren!!
[08:40] Kowalski, Piotr: Hersteller fragt nach dem Passwort der Schutzgeräte (DIGSI)
[08:41] Becker, Anja: das steht NICHT im Chat. Ruf mich an.
[08:55] Kowalski, Piotr: ok, erledigt. Ticket ${k.n(E.ticket(k.g))}
`,
  ),

  eDoc(
    'energy-secomea-gatemanager-runbook',
    ['prose', 'config-syntax', 'precision'],
    'runbooks/secomea-remote-access.md',
    (k) => `# Vendor remote access via Secomea

Vendors connect with LinkManager Mobile to our GateManager (gm.secomea-utility.example).
Each site has a SiteManager box behind the OT firewall.

| Site | SiteManager | Appliance code | Local admin password |
|---|---|---|---|
| WTP Riverside | SM-1149 | ${k.n(E.serial(k.g))} | ${k.dev()} |
| Pump St. 14 | SM-3349 | ${k.n(E.serial(k.g))} | ${k.dev()} |
| Reservoir Hill | SM-1149 | ${k.n(E.serial(k.g))} | ${k.n('(not yet set, default is the MAC)')} |

GateManager domain admin: \`utility.ot\` / account \`gm-admin\`, password ${k.pw()}.
Vendor accounts get a one-time activation email; never send passwords by mail.
The SiteManager web UI on the LAN is http://<ip>:11444, default login \`admin\` / ${k.u('admin')}.
`,
  ),

  eDoc(
    'energy-ewon-talk2m-handover-fr',
    ['prose', 'precision'],
    'docs/passation/ewon-talk2m.txt',
    (k) => `Passation – accès distant des postes de relevage (eWON Cosy 131)

Compte Talk2M : société "EauDuSud", utilisateur jdupont, mot de passe : ${k.hpw()}
Chaque eWON a un mot de passe local admin ; celui de PR-07 a été changé en ${k.dev()} après l'incident.
Les autres sont encore au mot de passe d'usine (${k.u('adm')}), à corriger au prochain passage.
Clé API Talk2M (developer ID pour le script de relevé) : ${k.u(k.g.uuid())}
Le t2maccount et le t2musername sont dans le script, le t2mpassword doit venir de la variable d'environnement.

Numéros de série : ${k.n(E.serial(k.g))}, ${k.n(E.serial(k.g))}
`,
  ),

  eDoc(
    'energy-jump-host-rdp-file',
    ['credential-file', 'config-syntax', 'precision'],
    'jump/Vendor_GE_Mark6.rdp',
    (k) => `screen mode id:i:2
desktopwidth:i:1920
desktopheight:i:1080
full address:s:${E.ipv4(k.g)}
username:s:OT\\vendor-ge
gatewayhostname:s:rdg.plant.local
gatewayusagemethod:i:1
promptcredentialonce:i:1
password 51:b:${k.n(k.g.hex(320).toUpperCase())}
redirectclipboard:i:0
redirectdrives:i:0
`,
  ),

  eDoc(
    'energy-vendor-access-email-pt',
    ['prose', 'precision'],
    'mail/2026-02-20-acesso-fornecedor.eml',
    (k) => `From: "Rui Almeida" <ralmeida@hidro-norte.example>
To: "Service WEG" <service@weg-partner.example>
Subject: Acesso remoto à central hidroelétrica de Vilarinho
Date: Fri, 20 Feb 2026 10:12:44 +0000

Bom dia,

conforme combinado, seguem os dados para a intervenção de amanhã:

VPN (FortiClient): vpn.hidro-norte.example, utilizador ext-weg01, senha ${k.hpw()}
Depois da VPN, RDP para o posto de engenharia ENG-02 com o mesmo utilizador.
O PLC do regulador de velocidade está em ${E.ipv4(k.g)}; a senha do projeto é ${k.dev()}.

A conta será desativada no sábado às 20h.

Cumprimentos,
Rui
`,
  ),

  eDoc(
    'energy-remote-access-request-form',
    ['prose', 'precision'],
    'forms/remote-access-request-template.md',
    (k) => `# Remote access request (OT)

Fill in and attach to a change ticket. **Do not put passwords in this form.**

- Requester: ______________________
- Vendor / company: ______________________
- Site and asset: ______________________ (e.g. ${k.n('SS-West / IED-PROT-BAY12')})
- Tool: [ ] Secomea  [ ] eWON Talk2M  [ ] TeamViewer (ID: ${k.n('___ ___ ___')})
- Password: ${k.n('(provided by phone by the control room)')}
- Account to use: ${k.n('ext-<vendor><nn>')}
- Window: from ______ to ______
- Approved by (shift supervisor): ______________________
`,
  ),

  eDoc(
    'energy-guacamole-jump-config',
    ['config-syntax', 'precision'],
    'jump/guacamole/user-mapping.xml',
    (k) => `<user-mapping>
    <authorize username="shift-supervisor" password="${k.n(E.md5(k.g))}" encoding="md5">
        <connection name="HMI-Unit1">
            <protocol>rdp</protocol>
            <param name="hostname">${E.ipv4(k.g)}</param>
            <param name="username">operator</param>
            <param name="password">${k.hpw()}</param>
            <param name="security">nla</param>
        </connection>
        <connection name="RTU-114 console">
            <protocol>ssh</protocol>
            <param name="hostname">${E.ipv4(k.g)}</param>
            <param name="username">rtuadmin</param>
            <param name="password">${k.spw()}</param>
        </connection>
    </authorize>
</user-mapping>
`,
  ),

  eDoc(
    'energy-teamviewer-whatsapp-it',
    ['prose', 'precision'],
    'exports/whatsapp/manutenzione-fotovoltaico.txt',
    (k) => `12/03/26, 07:42 - Marco: Buongiorno, l'inverter 3 del campo di Ravenna è in allarme isolamento
12/03/26, 07:44 - Giulia: Ti collego il PC del locale tecnico. TeamViewer ${k.n(E.tvId(k.g))} password ${k.s('password', E.remotePw(k.g))}
12/03/26, 07:51 - Marco: Dentro. Il portale del costruttore chiede di nuovo il login installatore
12/03/26, 07:52 - Giulia: utente installatore, password ${k.hpw()}
12/03/26, 08:30 - Marco: risolto, era la stringa 7. Cambiate le password dopo?
12/03/26, 08:31 - Giulia: sì, domani 👍
`,
  ),

  eDoc(
    'energy-ssh-config-jump-hosts',
    ['config-syntax', 'credential-file', 'precision'],
    'home/oteng/.ssh/config',
    (k) => `Host jump-ot
    HostName jump01.ot.grid.local
    User oteng
    IdentityFile ~/.ssh/id_ed25519_ot
    # fingerprint SHA256:${k.n(k.g.base64(43))}

Host rtu-*
    ProxyJump jump-ot
    User rtuadmin
    IdentityFile ~/.ssh/rtu_fleet
    KexAlgorithms +diffie-hellman-group14-sha1
    HostKeyAlgorithms +ssh-rsa

Host historian
    HostName hist01.ot.grid.local
    ProxyJump jump-ot
`,
  ),
];
