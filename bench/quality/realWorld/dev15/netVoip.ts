// Telecom and VoIP: Asterisk sip.conf/pjsip.conf, FreeSWITCH directory and gateways, Kamailio/OpenSIPS DB
// URLs, SMPP binds, Diameter peers, TR-069/GenieACS provisioning, cable modem configs, trunk onboarding mail.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_VOIP_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-asterisk-sip-conf',
    ['config-syntax', 'precision'],
    'asterisk/sip.conf',
    (k) => `[general]
context=default
allowguest=no
udpbindaddr=0.0.0.0:5060
transport=udp,tls
srvlookup=yes
useragent=PBX-Telnord
alwaysauthreject=yes
register => ${k.n('4930' + k.g.digits(7))}:${k.cpw()}@sip.voxline.example/1000

[voxline-trunk]
type=peer
host=sip.voxline.example
defaultuser=${k.n('4930' + k.g.digits(7))}
fromuser=${k.n('4930' + k.g.digits(7))}
secret=${k.cpw()}
insecure=port,invite
context=from-trunk
dtmfmode=rfc2833
disallow=all
allow=alaw,g722

[1001]
type=friend
host=dynamic
secret=${k.cpw()}
context=internal
callerid="Empfang" <1001>
mailbox=1001@default

[1002]
type=friend
host=dynamic
md5secret=${k.n(V.md5(k.g))}
context=internal

[1099](!)
; template for new handsets, provisioning sets the secret
type=friend
secret=${k.ph()}
`,
  ),

  netDoc(
    'net-asterisk-pjsip-conf',
    ['config-syntax', 'precision'],
    'asterisk/pjsip.conf',
    (k) => `[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[twilio-trunk-auth]
type=auth
auth_type=userpass
username=pbx-telnord
password=${k.cpw()}

[twilio-trunk]
type=endpoint
context=from-twilio
disallow=all
allow=ulaw
outbound_auth=twilio-trunk-auth
aors=twilio-trunk

[twilio-trunk]
type=aor
contact=sip:telnord.pstn.twilio.com

[2001]
type=auth
auth_type=userpass
username=2001
password=${k.cpw()}

[2002]
type=auth
auth_type=md5
username=2002
md5_cred=${k.n(V.md5(k.g))}

[webrtc-client]
type=auth
auth_type=userpass
username=webrtc
password=${k.u('webrtc')}
`,
  ),

  netDoc(
    'net-asterisk-manager-and-voicemail',
    ['config-syntax', 'precision'],
    'asterisk/manager.conf',
    (k) => `; Asterisk Manager Interface, used by the CRM click-to-call bridge and FOP2
[general]
enabled = yes
port = 5038
bindaddr = 127.0.0.1
displayconnects = no

[crm-bridge]
secret = ${k.cpw()}
deny = 0.0.0.0/0.0.0.0
permit = 127.0.0.1/255.255.255.255
read = system,call,agent,user,cdr
write = originate

[fop2]
secret = ${k.cpw()}
permit = 127.0.0.1/255.255.255.0
read = all
write = all

; voicemail.conf excerpt pasted for reference: mailbox => pin,name,email
; 1001 => ${k.n('1234')},Empfang,empfang@telnord.example
`,
  ),

  netDoc(
    'net-freeswitch-directory-xml',
    ['config-syntax', 'precision'],
    'freeswitch/conf/directory/default/1005.xml',
    (k) => `<include>
  <user id="1005">
    <params>
      <param name="password" value="${k.cpw()}"/>
      <param name="vm-password" value="${k.n('1005')}"/>
    </params>
    <variables>
      <variable name="toll_allow" value="domestic,international,local"/>
      <variable name="accountcode" value="1005"/>
      <variable name="user_context" value="default"/>
      <variable name="effective_caller_id_name" value="Lager Halle 2"/>
      <variable name="effective_caller_id_number" value="1005"/>
      <variable name="callgroup" value="lager"/>
    </variables>
  </user>
</include>
`,
  ),

  netDoc(
    'net-freeswitch-gateway-and-vars',
    ['config-syntax', 'precision'],
    'freeswitch/conf/sip_profiles/external/voxline.xml',
    (k) => `<include>
  <gateway name="voxline">
    <param name="realm" value="sip.voxline.example"/>
    <param name="username" value="${k.n('4969' + k.g.digits(7))}"/>
    <param name="password" value="${k.cpw()}"/>
    <param name="register" value="true"/>
    <param name="expire-seconds" value="600"/>
    <param name="caller-id-in-from" value="true"/>
  </gateway>
  <!-- vars.xml: default_password is only used for the demo users 1000-1019 -->
  <X-PRE-PROCESS cmd="set" data="default_password=${k.n('1234')}"/>
  <X-PRE-PROCESS cmd="set" data="event_socket_password=${k.cpw()}"/>
</include>
`,
  ),

  netDoc(
    'net-kamailio-cfg',
    ['config-syntax', 'precision'],
    'kamailio/kamailio.cfg',
    (k) => `#!KAMAILIO
#!define WITH_MYSQL
#!define WITH_AUTH
#!define WITH_NAT

#!ifdef WITH_MYSQL
#!define DBURL "mysql://kamailio:${k.cs()}@db-sip-01.telnord.example/kamailio"
#!define DBURL_RO "mysql://kamailioro:${k.cs()}@db-sip-02.telnord.example/kamailio"
#!endif

####### Global Parameters #########
debug=2
log_stderror=no
memdbg=5
memlog=5
children=8
listen=udp:10.30.0.5:5060 advertise 198.51.100.30:5060

loadmodule "auth_db.so"
modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("usrloc", "db_url", DBURL)
modparam("topoh", "mask_key", "${k.s('token', k.g.alnum(24))}")
modparam("htable", "htable", "ipban=>size=8;autoexpire=300;")
`,
  ),

  netDoc(
    'net-opensips-cli-cfg',
    ['config-syntax', 'command-line', 'precision'],
    'opensips/opensips-cli.cfg',
    (k) => `[default]
log_level: WARNING
prompt_name: opensips-cli
prompt_intro: Welcome to OpenSIPS Command Line Interface!
history_file: ~/.opensips-cli.history
output_type: pretty-print
communication_type: fifo
fifo_file: /tmp/opensips_fifo
database_url: mysql://opensips:${k.cs()}@localhost
database_admin_url: mysql://root:${k.cs()}@localhost
template_uri: mysql://opensips:${k.u('opensipsrw')}@localhost

# add a subscriber:
#   opensips-cli -x user add 3001@sip.telnord.example ${k.cpw()}
`,
  ),

  netDoc(
    'net-smpp-bind-config',
    ['config-syntax', 'precision'],
    'sms-gateway/config/smpp.yaml',
    (k) => `# SMPP binds to the aggregators. system_id is the account, password max 8 chars (SMPP 3.4).
binds:
  - name: route-eu-primary
    host: smpp1.aggregator.example
    port: 2775
    bind_type: transceiver
    system_id: telnord_tx
    password: ${k.s('password', V.smppPw(k.g))}
    system_type: ""
    window_size: 10
    enquire_link_interval: 30s
  - name: route-eu-backup
    host: smpp2.aggregator.example
    port: 2776
    tls: true
    system_id: telnord_bk
    password: ${k.s('password', V.smppPw(k.g))}
  - name: route-test
    host: smppsim.local
    port: 2775
    system_id: smppclient1
    password: ${k.n('password')}
dlr:
  webhook_url: https://api.telnord.example/sms/dlr
  webhook_secret: ${k.tok()}
`,
  ),

  netDoc(
    'net-kannel-conf',
    ['config-syntax', 'precision'],
    'kannel/kannel.conf',
    (k) => `group = core
admin-port = 13000
admin-password = ${k.cpw()}
status-password = ${k.cpw()}
admin-allow-ip = "127.0.0.1;10.30.*.*"
smsbox-port = 13001
log-file = "/var/log/kannel/bearerbox.log"
box-allow-ip = "127.0.0.1"

group = smsc
smsc = smpp
smsc-id = aggregator-eu
host = smpp1.aggregator.example
port = 2775
transceiver-mode = true
smsc-username = "telnord_tx"
smsc-password = "${k.s('password', V.smppPw(k.g))}"
system-type = ""

group = sendsms-user
username = crm
password = ${k.cpw()}
max-messages = 3
`,
  ),

  netDoc(
    'net-diameter-freediameter',
    ['config-syntax', 'precision'],
    'epc/freeDiameter/hss.conf',
    (k) => `# freeDiameter configuration for the lab HSS (open5gs)
Identity = "hss.epc.mnc001.mcc001.3gppnetwork.org";
Realm = "epc.mnc001.mcc001.3gppnetwork.org";
ListenOn = "10.50.0.8";
NoRelay;
TLS_Cred = "/etc/freeDiameter/hss.cert.pem", "/etc/freeDiameter/hss.key.pem";
TLS_CA = "/etc/freeDiameter/cacert.pem";
LoadExtension = "dbg_msg_dumps.fdx" : "0x8888";
LoadExtension = "dict_s6a.fdx";
ConnectPeer = "mme.epc.mnc001.mcc001.3gppnetwork.org" { ConnectTo = "10.50.0.2"; No_TLS; };

# subscriber provisioned for the test SIM (open5gs-dbctl add)
#   imsi ${k.n(V.imsi(k.g))}  K ${k.s('token', k.g.hex(32).toUpperCase())}  OPc ${k.s('token', k.g.hex(32).toUpperCase())}
#   iccid ${k.n(V.iccid(k.g))}  imei ${k.n(V.imei(k.g))}
`,
  ),

  netDoc(
    'net-genieacs-provision-script',
    ['code', 'config-syntax', 'precision'],
    'genieacs/provisions/default-inform.js',
    (k) => `// GenieACS provision: runs on every inform. Sets the ACS credentials the CPE uses for connection requests
// and the PPPoE account from the subscriber record.
const now = Date.now();
const serial = declare("DeviceID.SerialNumber", { value: 1 }).value[0];

declare("InternetGatewayDevice.ManagementServer.URL", { value: now }, { value: "https://acs.fibrex.example:7547/" });
declare("InternetGatewayDevice.ManagementServer.Username", { value: now }, { value: serial });
declare("InternetGatewayDevice.ManagementServer.Password", { value: now }, { value: "${k.cpw()}" });
declare("InternetGatewayDevice.ManagementServer.ConnectionRequestUsername", { value: now }, { value: "acs-cr" });
declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", { value: now }, { value: "${k.cpw()}" });
declare("InternetGatewayDevice.ManagementServer.PeriodicInformInterval", { value: now }, { value: 3600 });

const ppp = ext("subscribers", "lookup", serial);
declare("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username", { value: now }, { value: ppp.user });
declare("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password", { value: now }, { value: ppp.password });
// serial example: ${k.n('ZTEG' + k.g.hex(8).toUpperCase())}
`,
  ),

  netDoc(
    'net-tr069-cpe-defaults',
    ['config-syntax', 'precision'],
    'cpe-firmware/defaults/tr069.cfg',
    (k) => `[tr069]
enable=1
acs_url=http://cpe:${k.cs()}@acs.fibrex.example:7547/acs
acs_username=
acs_password=
periodic_inform_enable=1
periodic_inform_interval=86400
connection_request_port=7547
connection_request_username=fibrex-cr
connection_request_password=${k.cpw()}
stun_enable=0
cert_file=/etc/tr069/acs-ca.pem

[web]
admin_user=admin
admin_password=${k.u('admin')}
support_user=support
support_password=${k.cpw()}
`,
  ),

  netDoc(
    'net-docsis-cm-config-text',
    ['config-syntax', 'precision'],
    'provisioning/docsis/res-100M.cfg.txt',
    (k) => `/* docsis -d res-100M.cm : decoded DOCSIS 3.1 config file */
Main
{
	NetworkAccess 1;
	GlobalPrivacyEnable 1;
	MaxCPE 4;
	SnmpMibObject docsDevNmAccessCommunity.1 String "${k.comm()}";
	SnmpMibObject docsDevNmAccessControl.1 Integer 3;
	SnmpMibObject sysContact.0 String "noc@fibrex.example";
	/* eSafe / eMTA */
	SnmpMibObject pktcMtaDevProvConfigKey.0 HexString 0x${k.s('token', k.g.hex(40))};
	UsServiceFlow { UsServiceFlowRef 1; QosParamSetType 7; MaxRateSustained 20000000; }
	DsServiceFlow { DsServiceFlowRef 2; QosParamSetType 7; MaxRateSustained 100000000; }
	CmMic 0x${k.n(V.md5(k.g))};
	CmtsMic 0x${k.n(V.md5(k.g))};
	/*EndOfDataMkr*/
}
/* shared secret used to build the CMTS MIC: see cable shared-secret on the CMTS */
`,
  ),

  netDoc(
    'net-cmts-cable-shared-secret',
    ['config-syntax', 'precision'],
    'cmts/cbr8-hub3.cfg',
    (k) => `interface Cable1/0/0
 load-interval 30
 downstream Integrated-Cable 1/0/0 rf-channel 0-31
 upstream 0 Upstream-Cable 1/0/0 us-channel 0
 cable upstream balance-scheduling
 cable shared-secret 0 ${k.shared()}
 cable shared-secondary-secret index 1 0 ${k.shared()}
 cable dynamic-secret mark
!
cable config-file res-100M.cm
 service-class 1 max-upstream 20000
 service-class 1 max-downstream 100000
 snmp manager ${k.n('public')} RO
!
ip dhcp pool CM-HUB3
 network 10.120.0.0 255.255.0.0
 option 122 ip 10.0.60.5
 bootfile res-100M.cm
`,
  ),

  netDoc(
    'net-sip-trunk-onboarding-mail',
    ['prose', 'precision'],
    'mail/Welcome_SIP_Trunk_Voxline.eml',
    (k) => `From: provisioning@voxline.example
To: it@ondaria.example
Subject: Your SIP trunk is active - account ${k.n('VX-' + k.g.digits(6))}
Content-Type: text/plain; charset=utf-8

Dear customer,

your SIP trunk has been provisioned. Please configure your PBX with the following data:

  Registrar / Proxy:   sip.voxline.example (UDP/TCP 5060, TLS 5061)
  Authentication user: ${k.n('4930' + k.g.digits(7))}
  Password:            ${k.cpw()}
  Number block:        +49 30 ${k.n(k.g.digits(5))}0 - 99
  Outbound CLI:        must be within the number block
  Codecs:              G.711a, G.722, T.38 (fax)

For security reasons the password above is only valid until first registration plus 30 days;
you can change it in the customer portal (https://portal.voxline.example) with your portal login
${k.n('ondaria-admin')} and the initial portal password ${k.cpw()}.

Fraud protection: international destinations are barred by default. To enable them, call us and quote your
customer PIN (not your password).

Kind regards,
Voxline Provisioning Team
`,
  ),

  netDoc(
    'net-twilio-elastic-sip-python',
    ['code', 'precision'],
    'voice-tools/provision_trunk.py',
    (k) => `"""Creates the Elastic SIP trunk and the credential list the PBX registers with."""
import os
from twilio.rest import Client

ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "${k.n(V.twilioSid(k.g))}")
AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "${k.prov('Twilio auth token', V.twilioAuth(k.g))}")

client = Client(ACCOUNT_SID, AUTH_TOKEN)

trunk = client.trunking.v1.trunks.create(friendly_name="ondaria-pbx", secure=True)
cl = client.sip.credential_lists.create(friendly_name="ondaria-pbx-creds")
client.sip.credential_lists(cl.sid).credentials.create(username="pbx-ondaria", password="${k.cpw()}")
client.trunking.v1.trunks(trunk.sid).credentials_lists.create(credential_list_sid=cl.sid)
print(trunk.sid, trunk.domain_name)
`,
  ),

  netDoc(
    'net-ss7-sigtran-notes',
    ['prose', 'config-syntax', 'precision'],
    'docs/sigtran/stp-interconnect.md',
    (k) => `# SIGTRAN interconnect with the national STP

M3UA over SCTP, two associations per STP pair. Point codes and GTs are not secrets, they are in the
interconnect agreement.

| Item | Value |
|---|---|
| Our OPC | ${k.n('2-117-3')} (ITU 14-bit, ${k.n('4013')}) |
| STP A DPC | ${k.n('2-100-1')} |
| Routing context | ${k.n('101')} |
| GT (HLR) | ${k.n('49171' + k.g.digits(7))} |
| SCTP ports | 2905 / 2905 |

The OsmoSTP admin VTY is reachable on 4239 from the jump host only; enable password \`${k.cpw()}\`
(rotate after the audit). The SS7 firewall (category 1/2/3 filtering) reports to the SIEM via syslog, not SNMP.
`,
  ),
];
