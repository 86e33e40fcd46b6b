// VoIP and PBX integrators: Asterisk sip.conf/pjsip.conf, manager.conf (AMI), FreePBX dumps, Kamailio/OpenSIPS
// database URLs, SBC configs, trunk registration strings and SIP traces where digest responses, Call-IDs and
// branch tags look random but are not secrets.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_VOIP_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-asterisk-sip-conf',
    ['config-syntax', 'precision'],
    'asterisk/sip.conf',
    (k) => `[general]
context=default
allowguest=no
srvlookup=yes
register => ${k.g.digits(8)}:${k.shared()}@sip.trunk-provider.example/${k.g.digits(4)}
register => ${k.g.lower(6)}:${k.n('${TRUNK2_SECRET}')}@voip.backup-carrier.example

[trunk-main]
type=peer
host=sip.trunk-provider.example
defaultuser=${k.g.digits(8)}
secret=${k.shared()}
insecure=port,invite
dtmfmode=rfc2833

[${k.g.digits(3)}]
type=friend
host=dynamic
secret=${k.dev()}
callerid="Recepcao" <${k.g.digits(3)}>
mailbox=${k.g.digits(3)}@default

[${k.g.digits(3)}]
type=friend
host=dynamic
md5secret=${k.n(T.md5(k.g))}
`,
  ),

  tDoc(
    'telecom-pjsip-conf-wizard',
    ['config-syntax', 'precision'],
    'asterisk/pjsip_wizard.conf',
    (k) => `[trunk-telnyx]
type = wizard
sends_auth = yes
sends_registrations = yes
remote_hosts = sip.telnyx.com
outbound_auth/username = ${k.g.lower(8)}${k.g.digits(3)}
outbound_auth/password = ${k.shared()}
endpoint/context = from-carrier
endpoint/allow = !all,ulaw,alaw

[ext-2001]
type = wizard
accepts_auth = yes
inbound_auth/username = 2001
inbound_auth/password = ${k.dev()}
endpoint/context = internal

[ext-2002]
type = wizard
accepts_auth = yes
inbound_auth/username = 2002
inbound_auth/password = ${k.ph()}
endpoint/context = internal
`,
  ),

  tDoc(
    'telecom-asterisk-manager-conf',
    ['config-syntax', 'precision'],
    'asterisk/manager.conf',
    (k) => `[general]
enabled = yes
port = 5038
bindaddr = 127.0.0.1

[crm-connector]
secret = ${k.gpw()}
deny = 0.0.0.0/0.0.0.0
permit = ${T.ipv4(k.g, '10.40')}/255.255.255.0
read = system,call,log,verbose,agent,user,dtmf,reporting,cdr
write = system,call,agent,originate

[fop2]
secret = ${k.hpw()}
permit = 127.0.0.1/255.255.255.255
read = all
write = all

; old dialer, disabled
;[dialer]
;secret = ${k.ph()}
`,
  ),

  tDoc(
    'telecom-ami-python-client',
    ['code', 'defaults-in-code', 'precision'],
    'tools/ami_originate.py',
    (k) => `#!/usr/bin/env python3
"""Originate click-to-call from the CRM through AMI."""
import os
import socket

AMI_HOST = os.environ.get("AMI_HOST", "${T.ipv4(k.g, '10.40')}")
AMI_USER = os.environ.get("AMI_USER", "crm-connector")
AMI_SECRET = os.environ.get("AMI_SECRET", "${k.gpw()}")
CALLER_ID = "${k.n(T.msisdn(k.g))}"


def login(sock):
    sock.sendall(f"Action: Login\\r\\nUsername: {AMI_USER}\\r\\nSecret: {AMI_SECRET}\\r\\n\\r\\n".encode())


def originate(sock, ext, number):
    sock.sendall(
        f"Action: Originate\\r\\nChannel: PJSIP/{ext}\\r\\nExten: {number}\\r\\nContext: from-internal\\r\\n"
        f"Priority: 1\\r\\nCallerID: {CALLER_ID}\\r\\nActionID: ${k.n(k.g.uuid())}\\r\\n\\r\\n".encode()
    )
`,
  ),

  tDoc(
    'telecom-kamailio-cfg-db',
    ['config-syntax', 'precision'],
    'kamailio/kamailio-local.cfg',
    (k) => `#!define DBURL "mysql://kamailio:${k.cs()}@${T.ipv4(k.g, '10.50')}/kamailio"
#!define DBURL_RO "mysql://kamailioro:${k.cs()}@${T.ipv4(k.g, '10.50')}/kamailio"
#!define DBURL_ACC "postgres://acc:${k.n('${ACC_DB_PASS}')}@cdr-db/accounting"
#!substdef "!MY_IP_ADDR!${T.ipv4(k.g, '10.50')}!g"
#!define WITH_AUTH
#!define WITH_NAT

modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("htable", "htable", "ipban=>size=8;autoexpire=300;")
modparam("topoh", "mask_key", "${k.tok()}")
modparam("dialog", "dlg_match_mode", 1)
`,
  ),

  tDoc(
    'telecom-opensips-subscriber-sql',
    ['config-syntax', 'precision'],
    'db/seed/subscriber.sql',
    (k) => `-- subscribers imported from the old softswitch (${k.n(T.ticket(k.g))})
INSERT INTO subscriber (username, domain, password, ha1, ha1b) VALUES
 ('${k.g.digits(4)}', 'voz.operadora.example', '${k.dev()}', '${k.n(T.md5(k.g))}', '${k.n(T.md5(k.g))}'),
 ('${k.g.digits(4)}', 'voz.operadora.example', '${k.dev()}', '${k.n(T.md5(k.g))}', '${k.n(T.md5(k.g))}'),
 ('${k.g.digits(4)}', 'voz.operadora.example', '', '${k.n(T.md5(k.g))}', '${k.n(T.md5(k.g))}');

-- trunk to the PSTN gateway
INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm, auth_username, auth_password, auth_proxy, expires)
VALUES ('${k.n(k.g.uuid())}', 'pstn', 'voz.operadora.example', '${k.g.digits(10)}', 'ims.carrier.example', 'ims.carrier.example', '${k.g.digits(10)}', '${k.shared()}', 'sip:pcscf.carrier.example', 3600);
`,
  ),

  tDoc(
    'telecom-sip-trace-digest',
    ['logs-and-output', 'precision'],
    'captures/sngrep-register-401.txt',
    (k) => `REGISTER sip:ims.carrier.example SIP/2.0
Via: SIP/2.0/UDP ${T.ipv4(k.g, '10.60')}:5060;branch=${k.n(T.branch(k.g))};rport
From: <sip:${k.g.digits(10)}@ims.carrier.example>;tag=${k.n(k.g.hex(10))}
To: <sip:${k.g.digits(10)}@ims.carrier.example>
Call-ID: ${k.n(T.callId(k.g))}
CSeq: 2 REGISTER
Authorization: Digest username="${k.g.digits(10)}", realm="ims.carrier.example", nonce="${k.n(k.g.base64(32))}", uri="sip:ims.carrier.example", response="${k.n(T.md5(k.g))}", algorithm=MD5, cnonce="${k.n(k.g.hex(16))}", qop=auth, nc=00000001
Expires: 3600
Content-Length: 0

SIP/2.0/UDP 403 Forbidden
Warning: 399 pcscf "Bad credentials; P-Asserted-Identity ${k.n(T.msisdn(k.g))}"

# NOTE: reg works again after I re-typed the password from the welcome letter: ${k.shared()}
`,
  ),

  tDoc(
    'telecom-freepbx-trunk-readme',
    ['prose', 'precision'],
    'docs/pbx/clinic-pbx-handover.md',
    (k) => `# PBX handover – Clínica São Lucas

FreePBX 16 on ${T.ipv4(k.g, '192.168')}. Admin GUI: \`admin\` / ${k.hpw()}
(the vendor default ${k.u('admin')} was changed on install day).

| Trunk | Username | Password | Notes |
|---|---|---|---|
| Operadora principal | ${k.g.digits(10)} | ${k.shared()} | 30 canais |
| Backup (celular GSM gateway) | gw1 | ${k.dev()} | Khomp, IP ${T.ipv4(k.g, '192.168')} |
| Fax ATA | ${k.g.digits(4)} | ${k.n('(ver cofre)')} | |

Voicemail PIN of the reception box: ${k.u(k.g.digits(4))}. Serial of the GSM gateway: ${k.n(T.serial(k.g))}; SIM ICCID ${k.n(T.iccid(k.g))}.
`,
  ),

  tDoc(
    'telecom-sbc-audiocodes-ini',
    ['config-syntax', 'precision'],
    'sbc/audiocodes-m800-backup.ini',
    (k) => `;**************
;** Ini File **
;**************
;Board: M800C
;Serial Number: ${k.n(T.serial(k.g))}
;Slot Number: 1

[SYSTEM Params]
SyslogServerIP = ${T.ipv4(k.g, '10.70')}
NTPServerIP = ${T.ipv4(k.g, '10.70')}

[WebUsers]
FORMAT Index = Username, Password, Status, PwAgeInterval, SessionLimit, SessionTimeout, BlockTime, UserLevel, PwNonce;
WebUsers 0 = "Admin", "${k.n('$1$' + k.g.base64(40))}", 1, 0, 5, 15, 60, 200, "${k.n(k.g.hex(32))}";

[ \\SIPAccount ]
FORMAT Index = ServedTrunkGroup, HostName, Username, Password, ContactUser, Register;
SIPAccount 0 = 1, "sip.carrier.example", "${k.g.digits(10)}", "${k.shared()}", "${k.g.digits(10)}", 1;
SIPAccount 1 = 2, "teams.contoso.example", "sbc", "${k.n('$1$' + k.g.base64(24))}", "", 0;

[SNMP]
SNMPReadOnlyCommunityString = ${k.s('password', T.snmpCommunity(k.g))}
`,
  ),

  tDoc(
    'telecom-3cx-provisioning-xml',
    ['config-syntax', 'precision'],
    'provisioning/yealink/805ec0' + '000000.cfg',
    (k) => `#!version:1.0.0.1
account.1.enable = 1
account.1.label = ${k.g.digits(3)}
account.1.display_name = Recepcion
account.1.auth_name = ${k.g.alnum(10)}
account.1.user_name = ${k.g.digits(3)}
account.1.password = ${k.dev()}
account.1.sip_server.1.address = pbx.cliente.example
account.1.sip_server.1.port = 5060
static.security.user_password = admin:${k.dev()}
static.auto_provision.server.url = https://pbx.cliente.example/provisioning/${k.n(k.g.alnum(12))}/
static.auto_provision.server.username = 
network.vlan.internet_port_vid = ${T.vlan(k.g)}
lang.wui = Spanish
`,
  ),
];
