// FIX connectivity: QuickFIX/J and QuickFIX/n session files, engine logs with Logon (35=A) messages, OMS adapters
// and onboarding notes from brokers and venues. Passwords sit beside SenderCompIDs, sequence numbers and checksums.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_FIX_DOCS: RealWorldDoc[] = [
  fDoc(
    'quickfixj-session-cfg',
    ['config-syntax', 'precision'],
    'oms/config/fix-sessions.cfg',
    (k) => `# QuickFIX/J sessions for the FX OMS (prod). Owner: eTrading connectivity
[DEFAULT]
ConnectionType=initiator
ReconnectInterval=30
FileStorePath=/var/lib/oms/fixstore
FileLogPath=/var/log/oms/fix
StartTime=22:05:00
EndTime=22:00:00
TimeZone=Europe/London
UseDataDictionary=Y
DataDictionary=FIX44.xml
SocketUseSSL=Y
SocketKeyStore=/etc/oms/keystore.jks
SocketKeyStorePassword=${k.spw()}
JdbcURL=jdbc:postgresql://fixdb01:5432/fixstore
JdbcUser=fixstore
JdbcPassword=${k.cs()}

[SESSION]
BeginString=FIX.4.4
SenderCompID=${k.n(F.compId(k.g))}
TargetCompID=${k.n(F.compId(k.g))}
SocketConnectHost=${F.ipv4(k.g, '10.40')}
SocketConnectPort=9878
HeartBtInt=30
# Logon tags 553/554 are filled by our LogonCustomizer from these two keys
LogonUsername=fxoms_prod
LogonPassword=${k.spw()}
ResetOnLogon=Y

[SESSION]
BeginString=FIX.4.2
SenderCompID=${k.n(F.compId(k.g))}
TargetCompID=${k.n(F.compId(k.g))}
SocketConnectHost=${F.ipv4(k.g, '10.41')}
SocketConnectPort=9880
HeartBtInt=30
LogonPassword=${k.n('${FIX_DROPCOPY_PASSWORD}')}
`,
  ),

  fDoc('fix-engine-log-logon', ['logs-and-output', 'precision'], 'logs/fix/FIX.4.4-ACMEOMS-LMAX_TRD.messages.log', (k) => {
    const pw = F.safePw(k.g);
    return `20260304-07:59:58.112: 8=FIX.4.4|9=${k.g.digits(3)}|35=A|34=1|49=ACMEOMS|52=20260304-07:59:58.111|56=LMAX_TRD|553=acme_trd01|554=${k.s('password', pw)}|98=0|108=30|141=Y|${k.n(F.fixChecksum(k.g))}|
20260304-07:59:58.214: 8=FIX.4.4|9=72|35=A|34=1|49=LMAX_TRD|52=20260304-07:59:58.213|56=ACMEOMS|98=0|108=30|141=Y|${k.n(F.fixChecksum(k.g))}|
20260304-08:00:28.215: 8=FIX.4.4|9=55|35=0|34=2|49=ACMEOMS|52=20260304-08:00:28.215|56=LMAX_TRD|${k.n(F.fixChecksum(k.g))}|
20260304-08:01:02.871: 8=FIX.4.4|9=${k.g.digits(3)}|35=D|34=3|49=ACMEOMS|56=LMAX_TRD|11=${k.n(F.orderId(k.g))}|55=EUR/USD|54=1|38=1000000|40=2|44=1.08412|59=0|${k.n(F.fixChecksum(k.g))}|
20260304-08:01:02.902: 8=FIX.4.4|9=${k.g.digits(3)}|35=8|34=3|49=LMAX_TRD|56=ACMEOMS|37=${k.n(F.orderId(k.g))}|17=${k.n(k.g.hex(16).toUpperCase())}|150=F|39=2|${k.n(F.fixChecksum(k.g))}|
`;
  }),

  fDoc(
    'quickfixn-csharp-logon',
    ['code', 'defaults-in-code'],
    'src/Connectivity/FixApplication.cs',
    (k) => `using QuickFix;
using QuickFix.Fields;

namespace Acme.Connectivity
{
    public class FixApplication : MessageCracker, IApplication
    {
        // TODO move to the vault before go-live (see ${k.n(F.ticket(k.g))})
        private const string LogonUser = "acme-uat";
        private const string LogonPassword = "${k.gpw()}";
        private static readonly string RawData = "${k.tok()}";

        public void ToAdmin(Message message, SessionID sessionId)
        {
            if (message.Header.GetString(Tags.MsgType) == MsgType.LOGON)
            {
                message.SetField(new Username(LogonUser));
                message.SetField(new Password(LogonPassword));
                message.SetField(new RawDataLength(RawData.Length));
                message.SetField(new QuickFix.Fields.RawData(RawData));
            }
        }

        public void FromApp(Message message, SessionID sessionId) => Crack(message, sessionId);
        public void OnCreate(SessionID sessionId) { }
        public void OnLogout(SessionID sessionId) { }
        public void OnLogon(SessionID sessionId) { }
        public void ToApp(Message message, SessionID sessionId) { }
        public void FromAdmin(Message message, SessionID sessionId) { }
    }
}
`,
  ),

  fDoc(
    'fix-onboarding-email-broker',
    ['prose', 'precision'],
    'onboarding/prime-broker/fix-uat-credentials.eml',
    (k) => `From: FIX Onboarding <fixonboarding@primebroker.example>
To: etrading-support@acme-am.example
Subject: RE: UAT FIX session for ACME AM – credentials

Hi team,

your UAT order-routing session is ready:

  Host / port:      fixuat.primebroker.example : 9443 (TLS 1.2)
  SenderCompID:     ${k.n('ACMEAM_UAT')}
  TargetCompID:     ${k.n('PBFIX_UAT')}
  Username (553):   acmeam_uat
  Password (554):   ${k.hpw()}
  Drop copy:        same comp ids with suffix _DC, password ${k.gpw()}

Allocations go to account ${k.n(F.account(k.g))}, LEI on file ${k.n(F.lei(k.g))}.
Please do not reply with the password in clear; production credentials will come by PGP
(our key fingerprint ${k.n(F.pgpFingerprint(k.g))}).

Regards,
FIX Onboarding
`,
  ),

  fDoc(
    'fix-gateway-yaml-algo',
    ['config-syntax', 'precision'],
    'deploy/algo-gateway/values-prod.yaml',
    (k) => `gateway:
  venue: CME
  sessions:
    - name: cme-ilink3-primary
      firmId: ${k.n('AC7')}
      sessionId: ${k.n('ACM')}
      accessKeyId: ${k.u(k.g.alnum(20))}
      secretKey: "${k.s('token', k.g.base64url(43) + '=')}"
      host: ${F.ipv4(k.g, '69.50')}
    - name: cme-ilink3-backup
      firmId: ${k.n('AC7')}
      sessionId: ${k.n('ACN')}
      secretKeyRef:
        name: ${k.n('ilink3-backup-hmac')}
        key: secret
  dropCopy:
    username: acme-dc
    password: '${k.pw()}'
  riskLimits:
    maxOrderQty: 500
    maxNotionalUsd: 25000000
`,
  ),

  fDoc(
    'fix-java-initiator-props',
    ['config-syntax', 'code'],
    'fix-router/src/main/resources/application-uat.properties',
    (k) => `spring.application.name=fix-router
quickfixj.client.config=classpath:quickfixj-uat.cfg
quickfixj.client.auto-startup=true
fix.logon.username=router_uat
fix.logon.password=${k.pw()}
fix.logon.reset-seq=true
# the old value was ${k.n('********')} - rotated after the audit
spring.datasource.url=jdbc:oracle:thin:@//oradb-uat.acme.local:1521/FIXUAT
spring.datasource.username=FIXROUTER
spring.datasource.password=${k.cs()}
management.endpoints.web.exposure.include=health,info
trace.sample.id=${k.n(k.g.hex(32))}
`,
  ),

  fDoc(
    'fix-python-simplefix',
    ['code', 'defaults-in-code'],
    'tools/fix_smoke.py',
    (k) => `#!/usr/bin/env python3
"""Sends a Logon and a TestRequest to the venue's certification session and prints the replies."""
import os
import socket
import ssl
import simplefix

HOST = os.environ.get("FIX_HOST", "cert.venue.example")
PORT = int(os.environ.get("FIX_PORT", "9823"))
SENDER = os.environ.get("FIX_SENDER", "ACMECERT")
TARGET = "VENUECERT"
PASSWORD = os.environ.get("FIX_PASSWORD", "${k.gpw()}")
NEW_PASSWORD = os.environ.get("FIX_NEW_PASSWORD")  # 925 on the next logon when rotating


def logon(seq):
    msg = simplefix.FixMessage()
    msg.append_pair(8, "FIXT.1.1")
    msg.append_pair(35, "A")
    msg.append_pair(49, SENDER)
    msg.append_pair(56, TARGET)
    msg.append_pair(34, seq)
    msg.append_pair(98, 0)
    msg.append_pair(108, 30)
    msg.append_pair(1137, 9)
    msg.append_pair(553, "acmecert")
    msg.append_pair(554, PASSWORD)
    if NEW_PASSWORD:
        msg.append_pair(925, NEW_PASSWORD)
    return msg.encode()


if __name__ == "__main__":
    ctx = ssl.create_default_context()
    with ctx.wrap_socket(socket.create_connection((HOST, PORT)), server_hostname=HOST) as s:
        s.sendall(logon(1))
        print(s.recv(4096))
`,
  ),

  fDoc(
    'fix-ticket-seq-reset',
    ['prose', 'logs-and-output', 'precision'],
    'tickets/FINOPS-4471.md',
    (k) => `## FINOPS-4471 – EBS session rejects logon after weekend maintenance

**Reporter:** L. Okafor (eFX support) **Priority:** P2

Since Sunday 22:00 the EBS live session is rejected with \`58=MsgSeqNum too low, expecting 4412 but received 1\`.
We reset the sequence with 141=Y but then the venue answered \`58=Invalid password\`.

Venue support confirmed the password was expired and set a new one over the phone: ${k.hpw()}
(first logon will ask for a change via tag 925; we set ${k.gpw()} as the new one and it is now in CyberArk
under \`${k.n('Safe-eFX/EBS_LIVE/logon')}\`).

Log excerpt (password tags masked by the engine):

\`\`\`
8=FIX.4.4|35=A|49=${k.n('ACMEFX')}|56=EBS_LIVE|34=1|141=Y|553=acmefx|554=${k.n('*****')}|${k.n(F.fixChecksum(k.g))}|
8=FIX.4.4|35=5|49=EBS_LIVE|56=ACMEFX|34=1|58=Invalid password|${k.n(F.fixChecksum(k.g))}|
\`\`\`

Resolved after the change; affected orders ${k.n(F.orderId(k.g))}, ${k.n(F.orderId(k.g))} were resent.
`,
  ),

  fDoc(
    'fix-xml-session-cameron',
    ['config-syntax', 'precision'],
    'conf/fix/sessions.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<fixEngine name="acme-eq-gw">
  <session id="nyse-pillar" beginString="FIX.4.2" senderCompId="${k.n('ACMEEQ')}" targetCompId="${k.n('NYSE')}">
    <transport host="${F.ipv4(k.g, '10.12')}" port="6001" ssl="false"/>
    <logon user="ACMEEQ01" password="${k.spw()}" heartbeat="30"/>
    <store type="file" path="/data/fix/nyse"/>
  </session>
  <session id="cboe-bzx" beginString="FIX.4.2" senderCompId="${k.n('ACMEEQ')}" targetCompId="${k.n('CBOE')}">
    <transport host="${F.ipv4(k.g, '10.12')}" port="6002" ssl="true" keystore="/etc/fix/cboe.p12" keystorePassword="${k.spw()}"/>
    <logon user="ACMEBZX" password="\${CBOE_LOGON_PASSWORD}" heartbeat="30"/>
  </session>
  <session id="test-local" beginString="FIX.4.4" senderCompId="CLIENT1" targetCompId="EXEC">
    <logon user="test" password="${k.n('test')}" heartbeat="30"/>
  </session>
</fixEngine>
`,
  ),

  fDoc(
    'fix-symphony-chat-desk',
    ['prose', 'precision'],
    'exports/symphony/etrading-connectivity-2026-03.txt',
    (k) => `[2026-03-09 07:41:12] Priya Nair: Bloomberg EMSX FIX drop is down again, anyone have the UAT logon?
[2026-03-09 07:42:30] Tom Hallett: user is ACMEEMSX, pw ${k.hpw()} (UAT only!!)
[2026-03-09 07:43:02] Priya Nair: thx. and the prod one is in the vault right?
[2026-03-09 07:43:15] Tom Hallett: yes, path ${k.n('secret/etrading/emsx/prod')}
[2026-03-09 07:50:44] Priya Nair: up. last seq in 4412, out 1293, checksum ${k.n(F.fixChecksum(k.g))} fine
[2026-03-09 08:02:10] Tom Hallett: also new ISIN list for the algo whitelist: ${k.n(F.isin(k.g))}, ${k.n(F.isin(k.g))}, ${k.n(F.isin(k.g))}
[2026-03-09 08:05:55] Marco Bellini: reminder: the Tradeweb session password changed to ${k.gpw()} this morning
`,
  ),

  fDoc(
    'fix-monitoring-env',
    ['config-syntax', 'precision'],
    'fix-monitor/.env.example',
    (k) => `# Copy to .env and fill in. Never commit the real .env.
FIX_MONITOR_PORT=8088
FIX_SESSIONS_FILE=/etc/fixmon/sessions.cfg
FIX_LOGON_PASSWORD=${k.ph()}
FIX_DROPCOPY_PASSWORD=${k.ph()}
ALERT_WEBHOOK=${k.n('https://hooks.example.invalid/services/XXXX/YYYY')}
KDB_HOST=kdb-tick01
KDB_PORT=5010
KDB_USER=fixmon
KDB_PASSWORD=${k.ph()}
`,
  ),

  fDoc(
    'fix-monitoring-env-real',
    ['config-syntax', 'credential-file'],
    'fix-monitor/.env',
    (k) => `FIX_MONITOR_PORT=8088
FIX_SESSIONS_FILE=/etc/fixmon/sessions.cfg
FIX_LOGON_PASSWORD=${k.spw()}
FIX_DROPCOPY_PASSWORD=${k.spw()}
ALERT_WEBHOOK=${k.prov('Slack', F.slackHook(k.g))}
KDB_HOST=kdb-tick01
KDB_PORT=5010
KDB_USER=fixmon
KDB_PASSWORD=${k.spw()}
RUN_ID=${k.n(k.g.uuid())}
`,
  ),
];
