// NOC prose: runbooks, change tickets, vendor support chats, shift handovers and field-tech notes, in English,
// German, French, Spanish, Portuguese, Dutch, Polish, Italian and Japanese, where credentials travel in sentences.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_PROSE_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-runbook-core-switch-replacement',
    ['prose', 'command-line', 'precision'],
    'runbooks/core-switch-rma.md',
    (k) => `# Runbook: replacing a failed core switch (RMA)

1. Open a TAC case, give the serial (\`show inventory\`, e.g. \`${k.n(V.ciscoSerial(k.g))}\`) and the MAC \`${k.n(V.macCisco(k.g))}\`.
2. Pull the last config from Oxidized: \`curl -s http://127.0.0.1:8888/node/fetch/dc1-core-01 > dc1-core-01.cfg\`.
3. Console in with the default credentials of the new box (\`${k.u('admin')}\` / no password on first boot), then set a temporary
   local user: \`username rma-temp privilege 15 secret ${k.cpw()}\` — delete it once TACACS works.
4. Paste the config. The type 7 strings in it (\`password 7 ${k.u(V.cisco7(k.g))}\`) are accepted as they are; the
   type 9 enable secret (\`${k.n(V.type9(k.g))}\`) too.
5. The TACACS key is **not** in Oxidized (remove_secret is on). Get it from the vault entry *net/tacacs/ise*; as of today it is \`${k.shared()}\`.
6. Verify: \`show tacacs\`, \`test aaa group ISE netops-test ${k.n('<password>')} legacy\`.
7. Update NetBox: serial, asset tag \`${k.n('INV-' + k.g.digits(6))}\`.
`,
  ),

  netDoc(
    'net-change-ticket-bgp-peering',
    ['prose', 'precision'],
    'tickets/CHG0042187.txt',
    (k) => `Change CHG0042187 — New private peering with Skylink at DE-CIX FRA
Risk: Medium   Window: 2024-06-11 23:00-01:00 CEST   Implementer: M. Weber

Description:
Skylink (AS${k.n(k.g.digits(5))}) asked for a PNI on our rtr-fra-edge-02 Te0/1/3. LOA/CFA ${k.n('DXDB-' + k.g.digits(6))}.
MD5 session password agreed with their NOC by phone on 06-05: ${k.cpw()}
Their side: 80.81.194.${k.n('17')}, ours 80.81.194.${k.n('18')}. Max-prefix 500.

Implementation plan:
  router bgp 64512
   neighbor 80.81.194.17 remote-as <their AS>
   neighbor 80.81.194.17 password <see above>
   neighbor 80.81.194.17 maximum-prefix 500 90 restart 30

Rollback: no neighbor 80.81.194.17
CAB note: please do not paste peering passwords in the ticket next time, use the vault (entry net/bgp/skylink).
`,
  ),

  netDoc(
    'net-handover-shift-notes-de',
    ['prose', 'precision'],
    'noc/uebergabe/2024-07-03-nachtschicht.md',
    (k) => `# Schichtübergabe Nacht → Früh, 03.07.

- **Störung Kunde Kabelnet (INC-77120)**: Glasfaser zwischen POP Süd und POP Ost gerissen, Umschaltung auf Ring B um 02:14. Techniker vor Ort ab 07:00.
- Der Zugang zum Spleißschrank-Router (rtr-pop-sued) geht nur per Konsole, lokaler Benutzer \`techniker\`, Passwort: ${k.cpw()}
- Das neue WLAN-Passwort im Technikraum ist ${k.hpw()} (alte Kennung "${k.n('Telnord-Technik')}")
- SNMP-Community für das neue CMTS habe ich noch nicht in LibreNMS eingetragen, sie lautet ${k.comm()}
- Die Prüfsumme der neuen Firmware (SHA-256) ist \`${k.n(V.sha256(k.g))}\`, passt zur Herstellerseite.
- Passwort für den Lieferantenzugang habe ich NICHT geändert (steht im Tresor, nicht hier).
`,
  ),

  netDoc(
    'net-vendor-support-chat-fr',
    ['prose', 'logs-and-output', 'precision'],
    'support/chat-fortinet-TAC-fr.txt',
    (k) => `[10:02] Agent Fortinet (Julie) : Bonjour, pouvez-vous me donner le numéro de série de l'équipement ?
[10:03] Karim (Fibrex) : ${k.n(V.fortiSerial(k.g))}
[10:04] Agent Fortinet (Julie) : Merci. Pour la session distante, créez un compte administrateur temporaire, s'il vous plaît.
[10:07] Karim (Fibrex) : c'est fait : utilisateur tac-fortinet, mot de passe ${k.cpw()}
[10:08] Agent Fortinet (Julie) : Merci. Pouvez-vous aussi m'envoyer la sortie de "diagnose debug config-error-log read" ?
[10:12] Karim (Fibrex) : voilà, le psk du tunnel vers Lyon est affiché comme ${k.n(V.fortiEnc(k.g))}, c'est normal ?
[10:13] Agent Fortinet (Julie) : Oui, il est chiffré. Ne me donnez jamais la clé en clair.
[10:15] Karim (Fibrex) : d'accord. Pour info la clé partagée côté Lyon (celle que j'ai tapée) est ${k.shared()}
[10:16] Agent Fortinet (Julie) : ... merci de la changer après notre session.
[10:48] Agent Fortinet (Julie) : Problème résolu (mismatch de proposition phase 2). Vous pouvez supprimer le compte tac-fortinet.
`,
  ),

  netDoc(
    'net-field-tech-whatsapp-es',
    ['prose', 'precision'],
    'exports/whatsapp-tecnicos-campo.txt',
    (k) => `12/03/24, 08:12 - Jorge (NOC): Buenos días. Hoy instalación en Calle Mayor 14, ONT Huawei HG8245.
12/03/24, 08:13 - Jorge (NOC): Cuenta PPPoE del cliente: usuario ${k.n('cli' + k.g.digits(7) + '@ondaria.example')} contraseña ${k.cpw()}
12/03/24, 08:15 - Lucía (campo): ok. La ONT viene con telecomadmin / ${k.u('admintelecom')}, ¿lo cambio?
12/03/24, 08:16 - Jorge (NOC): sí, pon la de la campaña: ${k.hpw()}
12/03/24, 08:40 - Lucía (campo): número de serie ${k.n('48575443' + k.g.hex(8).toUpperCase())}, MAC ${k.n(V.mac(k.g))}
12/03/24, 09:05 - Lucía (campo): WiFi del cliente: red "MOVISTAR_${k.n(k.g.hex(4).toUpperCase())}" clave ${k.hpw()}
12/03/24, 09:06 - Jorge (NOC): 👍 no mandes las claves de los clientes por aquí, porfa
12/03/24, 09:30 - Lucía (campo): <Multimedia omitido>
`,
  ),

  netDoc(
    'net-handover-pt-br-provedor',
    ['prose', 'precision'],
    'docs/passagem-de-turno-provedor.md',
    (k) => `## Passagem de turno — provedor regional

**OLT Huawei MA5800 (POP Centro)**: acesso via SSH 10.60.0.2, usuário \`noc\`, senha \`${k.cpw()}\`.
**Mikrotik de borda (CCR2116)**: usuário \`suporte\`, senha ${k.cpw()} (trocar depois da auditoria).
**RADIUS (ixc/mk-auth)**: segredo compartilhado com os concentradores PPPoE: ${k.shared()}

Clientes com problema:
- Contrato ${k.n(k.g.digits(6))}: sinal óptico -28 dBm, agendar visita.
- Contrato ${k.n(k.g.digits(6))}: ONU ${k.n('ZTEG' + k.g.hex(8).toUpperCase())} não autentica, senha PPPoE resetada para ${k.cpw()}

Obs.: a senha antiga (${k.n('********')}) foi desativada.
`,
  ),

  netDoc(
    'net-ticket-nl-storing',
    ['prose', 'precision'],
    'tickets/STORING-3391.md',
    (k) => `**STORING-3391 — VPN naar vestiging Utrecht valt steeds weg**

Hoi team,

De IPsec-tunnel tussen de FortiGate in Utrecht en de ASA op het hoofdkantoor valt elke 8 uur weg (rekey).
Ik heb de phase 1 opnieuw ingesteld met de nieuwe pre-shared key: ${k.shared()}
Lifetime aan beide kanten 28800. Debug-uitvoer staat in de bijlage (\`diag debug app ike -1\`).

Inloggen op de FortiGate kan met gebruiker \`beheer\` en wachtwoord \`${k.cpw()}\`.
Het serienummer is ${k.n(V.fortiSerial(k.g))}; firmware 7.2.8.

Groet,
Sanne (netwerkbeheer)
`,
  ),

  netDoc(
    'net-email-pl-dostep-operator',
    ['prose', 'precision'],
    'mail/RE_dostep_do_routera_brzegowego.eml',
    (k) => `From: Piotr Zieliński <p.zielinski@portus.example>
To: noc@telnord.example
Subject: RE: dostęp do routera brzegowego

Dzień dobry,

zgodnie z ustaleniami przesyłam dane dostępowe do routera brzegowego w Gdańsku:

adres: 10.70.0.1 (przez VPN)
login: telnord-noc
hasło: ${k.cpw()}

Hasło do trybu enable przekażę telefonicznie. Klucz BGP MD5 dla sesji z Państwem: ${k.cpw()}
Numer seryjny urządzenia: ${k.n(V.junosSerial(k.g))}.

Pozdrawiam
Piotr Zieliński
Dział Sieci, Portus
`,
  ),

  netDoc(
    'net-ticket-it-centrale-voip',
    ['prose', 'precision'],
    'tickets/voip/TK-5520-centralino.md',
    (k) => `### TK-5520 — Centralino 3CX non registra il trunk

Ciao,
da stamattina il trunk SIP verso l'operatore risulta "Not registered" (errore 403 Forbidden).
Dati del trunk:

- Registrar: sip.voxline.example
- ID autenticazione: ${k.n('0039' + k.g.digits(9))}
- Password autenticazione: ${k.cpw()}

Ho già provato a rigenerare la password dal portale (la vecchia era ${k.n('••••••••')}).
La password dell'interfaccia web 3CX per il consulente è ${k.hpw()}.

Grazie, Marco
`,
  ),

  netDoc(
    'net-slack-noc-channel-export',
    ['prose', 'logs-and-output', 'precision'],
    'exports/slack/noc-2024-09.json',
    (k) => `[
  { "ts": "1726131201.000100", "user": "U01NOC", "text": "rtr-mad-02 is flapping its uplink again, anyone on it?" },
  { "ts": "1726131260.000200", "user": "U02LEE", "text": "on it. fyi the local breakglass on that box is \`${k.cpw()}\` if ISE is unreachable" },
  { "ts": "1726131300.000300", "user": "U01NOC", "text": "thx. the community for the new PE is ${k.comm()} btw, LibreNMS can't poll it" },
  { "ts": "1726131420.000400", "user": "U03ANA", "text": "sha256 of the IOS-XE image is ${k.n(V.sha256(k.g))}, matches CCO" },
  { "ts": "1726131500.000500", "user": "U02LEE", "text": "meraki dashboard api key for the script: ${k.prov('Meraki API key', V.merakiKey(k.g))}" },
  { "ts": "1726131560.000600", "user": "U01NOC", "text": "please use the vault link instead: https://vault.telnord.example/ui/vault/secrets/net/show/meraki" },
  { "ts": "1726131620.000700", "user": "U03ANA", "text": "trace id from the portal error: ${k.n(V.traceId(k.g))}" }
]
`,
  ),

  netDoc(
    'net-runbook-ja-router-kitting',
    ['prose', 'precision'],
    'docs/kitting/yamaha-rtx-kitting-ja.md',
    (k) => `# 拠点ルータ (YAMAHA RTX1300) キッティング手順

1. 初期状態でコンソール接続し、管理者パスワードを設定する。
   \`administrator password ${k.cpw()}\`
2. ログインパスワード: \`login password ${k.cpw()}\`
3. PPPoE 設定（プロバイダ資料より）:
   \`pp auth myname ${k.n('tn' + k.g.digits(8) + '@isp.example')} ${k.cpw()}\`
4. IPsec の事前共有鍵: \`ipsec ike pre-shared-key 1 text ${k.shared()}\`
5. 設定保存後、\`show config\` で暗号化表示（例: \`${k.n('encrypted ' + k.g.hex(40))}\`）になっていることを確認。
6. シリアル番号 ${k.n('S' + k.g.upper(2) + k.g.digits(6))} を資産台帳に登録する。
`,
  ),

  netDoc(
    'net-postmortem-snmp-community-leak',
    ['prose', 'precision'],
    'postmortems/2024-02-snmp-rw-exposed.md',
    (k) => `# Post-mortem: SNMP RW community reachable from the Internet

## Summary
On 2024-02-19 an external scan showed UDP/161 open on 14 CPEs of the "business fiber" product. The RW
community configured by the provisioning template (\`${k.comm()}\`) was the same on all of them.

## Timeline
- 09:12 abuse report received (contains our community masked as \`${k.n(V.mask(V.community(k.g)))}\`)
- 09:40 ACL pushed via GenieACS preset, community rotated to a per-device value
- 11:05 confirmed closed with \`nmap -sU -p161 --script snmp-info\`

## Root cause
The TR-069 preset set \`InternetGatewayDevice.X_SNMP.RWCommunity\` but the ACL parameter name differs on
firmware V5R020 (see vendor doc; the doc's example community is \`${k.n('private')}\`).

## Actions
- Per-device communities derived from the serial (HMAC with a key kept in Vault, path \`${k.n('secret/cpe/snmp-hmac')}\`).
- Alert in LibreNMS when any device answers to \`${k.n('public')}\`/\`${k.n('private')}\`.
`,
  ),

  netDoc(
    'net-onboarding-new-noc-engineer',
    ['prose', 'precision'],
    'wiki/noc/onboarding.md',
    (k) => `# Welcome to the NOC

Accounts you get on day one:
- AD account (also used for TACACS on all devices). Initial password is set by IT and sent by SMS.
- LibreNMS: SSO, no separate password.
- Console server (Opengear) in FRA1: local user \`noc\`, password ${k.cpw()} (shared, rotated quarterly).
- Out-of-band LTE router: web UI \`https://10.255.255.1\`, user \`admin\`, password ${k.cpw()}.

Things that look like secrets but are not:
- \`enable secret 9 ${k.n(V.type9(k.g))}\` in configs (one-way hash)
- SSH host key fingerprints like \`${k.n(V.sshFp(k.g))}\`
- Circuit IDs such as \`${k.n('FRA/ETH/' + k.g.digits(7))}\`, engine IDs \`${k.n('0x' + V.engineId(k.g))}\`

Never paste the vault master password (you won't have it) or any \`key 0\` line into tickets.
`,
  ),

  netDoc(
    'net-vendor-chat-juniper-jtac',
    ['prose', 'logs-and-output', 'precision'],
    'support/jtac-case-2024-0611.txt',
    (k) => `JTAC case 2024-0611-${k.n(k.g.digits(6))} — MX204 FPC crash

Customer (Telnord NOC): the RSI is uploaded to the SFTP you gave us (sftp.juniper.net, user anonymous, case number as password).
Engineer (JTAC): Thanks, I see it. Could you also share the config? Please run "show configuration | display set".
Customer: attached. Note the secrets show as $9$ strings, e.g. authentication-key "${k.u(V.junos9(k.g))}".
Engineer: That's fine, we do not need to decode them. For the remote session please use the WebEx link.
Customer: shell access for you on the box: user jtac-temp / ${k.cpw()} (expires tonight via "set system login user jtac-temp ... expiration").
Engineer: Received. Core file fpc0.core.${k.n(k.g.digits(10))}.gz analysed: known PR ${k.n('PR' + k.g.digits(7))}, fixed in 22.4R3.
`,
  ),

  netDoc(
    'net-teams-chat-de-radius',
    ['prose', 'precision'],
    'exports/teams/netzwerk-chat.txt',
    (k) => `[09:14] Lena Vogel: Der neue Access-Switch im 2. OG authentifiziert nicht gegen RADIUS
[09:15] Jan Kowalczyk: hast du das Shared Secret eingetragen? Das ist ${k.shared()}
[09:16] Lena Vogel: ja, mit "radius server ISE-01 / key 0 ..." – Fehler "Bad authenticator"
[09:18] Jan Kowalczyk: dann stimmt es in ISE nicht. In ISE steht bei dem Gerät noch das alte: ${k.shared()}
[09:25] Lena Vogel: passt jetzt 👍 MAC vom Switch für die Inventur: ${k.n(V.macCisco(k.g))}
[09:26] Jan Kowalczyk: und bitte den lokalen admin ändern, der steht noch auf ${k.u('cisco')} / ${k.u('cisco')}
`,
  ),

  netDoc(
    'net-isp-customer-letter-fr',
    ['prose', 'precision'],
    'docs/clients/lettre-identifiants-fibre.txt',
    (k) => `Madame, Monsieur,

Votre accès Fibre Pro est activé. Voici vos identifiants de connexion :

  Identifiant PPP : ${k.n('fti/' + k.g.lower(7))}
  Mot de passe PPP : ${k.cpw()}
  Adresse IP fixe : 203.0.113.${k.n('58')}
  Mot de passe de l'interface de votre box : ${k.cpw()}
  Clé Wi-Fi (WPA2) : ${k.hpw()}

Pour votre sécurité, modifiez ces mots de passe dès la première connexion. Votre numéro client (${k.n(k.g.digits(10))})
n'est pas un mot de passe : il vous sera demandé par le service client.

Cordialement,
Le service Clients Entreprises
`,
  ),
];
