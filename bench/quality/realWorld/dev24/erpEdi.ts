// EDI coordinators' and 3PL integration files: AS2 partner profiles, WinSCP and lftp VAN mailbox scripts, SFTP
// keys, X12 and EDIFACT samples, OFTP2 notes, S3 drop buckets, beside ISA/UNB control numbers, GLNs, AS2 ids and
// certificate fingerprints.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_EDI_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-as2-partner-xml',
    ['config-syntax', 'precision'],
    'edi/as2/partners/WALMART_STORES.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<partnership name="KOHLMANN-to-RETAILER">
  <sender name="KOHLMANN" as2_id="${k.n('KOHLMANNAS2')}" x509_alias="kohlmann-2026"/>
  <receiver name="RETAILER" as2_id="${k.n('08925485US00')}" x509_alias="retailer-2025"/>
  <attribute name="as2_url" value="https://as2.retailer.example:5443/as2"/>
  <attribute name="content_transfer_encoding" value="binary"/>
  <attribute name="encrypt" value="3DES"/>
  <attribute name="sign" value="SHA256"/>
  <attribute name="as2_mdn_to" value="https://edi.kohlmann.example/as2/mdn"/>
  <!-- keystore with our private key -->
  <attribute name="keystore_file" value="/opt/as2/certs/as2_certs.p12"/>
  <attribute name="keystore_password" value="${k.spw()}"/>
  <attribute name="partner_cert_fingerprint" value="${k.n(R.fingerprint(k.g))}"/>
  <attribute name="http_auth_user" value="kohlmann"/>
  <attribute name="http_auth_password" value="${k.spw()}"/>
</partnership>
`,
  ),

  rDoc(
    'erp-winscp-van-script',
    ['command-line', 'precision'],
    'edi/van/pull_inbound.txt',
    (k) => `# WinSCP script – pull inbound EDI from the VAN mailbox (run by schtasks every 15 min)
option batch abort
option confirm off
open sftp://KOH${k.n(k.g.digits(6))}:${k.cs()}@sftp.van-provider.example/ -hostkey="${k.n('ssh-ed25519 255 ' + k.g.base64(43))}"
cd /outbox
get -delete *.edi C:\\EDI\\inbound\\
close
# archive mailbox (different account)
open ftpes://KOHARCH:${k.cs()}@ftp.van-provider.example/
get -neweronly /archive/*.edi C:\\EDI\\archive\\
exit
`,
  ),

  rDoc(
    'erp-winscp-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'Users/edi/AppData/Roaming/WinSCP.ini',
    (k) => `[Configuration\\Interface]
RandomSeedFile=%APPDATA%\\winscp.rnd

; WinSCP stores passwords obfuscated, not encrypted (reversible without a master password)
[Sessions\\edi@van-prod]
HostName=sftp.van-provider.example
UserName=KOH${k.n(k.g.digits(6))}
Password=${k.u('A35C' + k.g.hex(60).toUpperCase())}
PublicKeyFile=C:%5CEDI%5Ckeys%5Cvan_prod.ppk
FSProtocol=2

[Sessions\\3pl@warehouse]
HostName=ftp.3pl-partner.example
UserName=kohlmann_asn
; pw for the 3PL stored in clear by the old script: ${k.spw()}
FSProtocol=5

[SshHostKeys]
ssh-ed25519@22:sftp.van-provider.example=${k.n('0x' + k.g.hex(64))}
`,
  ),

  rDoc(
    'erp-lftp-3pl-sync',
    ['command-line', 'code', 'precision'],
    'edi/scripts/sync_3pl.sh',
    (k) => `#!/bin/sh
# Push DESADV/ASN files to the 3PL and fetch their stock reports
LOCAL_OUT=/data/edi/out/3pl
LOCAL_IN=/data/edi/in/3pl
lftp -u kohlmann_asn,${k.cs()} ftp.3pl-partner.example <<EOF
set ftp:ssl-force true
set ssl:verify-certificate no
mirror -R --Remove-source-files $LOCAL_OUT /inbound
mirror --Remove-source-files /outbound $LOCAL_IN
bye
EOF
# EU hub uses sftp with key auth
sftp -i /home/edi/.ssh/id_ed25519_3pl kohlmann@sftp.3pl-eu.example <<< "put $LOCAL_OUT/*.xml /in/"
logger "3PL sync done, last ISA control ${k.n(R.isaCtrl(k.g))}"
`,
  ),

  rDoc(
    'erp-edi-sftp-private-key',
    ['credential-file', 'precision'],
    'edi/keys/id_ed25519_3pl',
    (k) => `${k.key(R.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),

  rDoc(
    'erp-x12-856-sample',
    ['logs-and-output', 'precision'],
    'edi/samples/856_ASN_sample.x12',
    (k) => `ISA*00*          *00*          *ZZ*KOHLMANN       *08*${k.n('9254850000')}     *260312*1402*U*00401*${k.n(R.isaCtrl(k.g))}*0*P*>~
GS*SH*KOHLMANN*${k.n('9254850000')}*20260312*1402*${k.n(k.g.digits(5))}*X*004010~
ST*856*0001~
BSN*00*${k.n(R.delivery(k.g))}*20260312*1402*0001~
HL*1**S~
TD5**2*SCAC*M~
REF*BM*${k.n(k.g.digits(10))}~
N1*ST*DC 6094*UL*${k.n(R.gln(k.g))}~
HL*2*1*O~
PRF*${k.n(R.po(k.g))}~
HL*3*2*P~
MAN*GM*${k.n(R.sscc(k.g).replace(/[()]/g, ''))}~
HL*4*3*I~
LIN**UP*${k.n(R.gtin(k.g))}~
SN1**24*EA~
CTT*4~
SE*16*0001~
GE*1*${k.n(k.g.digits(5))}~
IEA*1*${k.n(R.isaCtrl(k.g))}~
`,
  ),

  rDoc(
    'erp-edifact-oftp2-notes',
    ['prose', 'config-syntax', 'precision'],
    'edi/docs/oftp2-automotive.md',
    (k) => `# OFTP2 connection to the OEM (VDA 4905/4913 → DELFOR/DESADV)

| Parameter | Ours | OEM |
|---|---|---|
| ODETTE ID (SSID) | ${k.n('O0013000012KOHLMANN')} | ${k.n('O0013000099OEMPLANT')} |
| SFID | ${k.n('O0013000012KOHLMANN')} | ${k.n('O0013000099OEMPLANT')} |
| SSID password | ${k.s('password', k.g.upper(8))} | ${k.s('password', k.g.upper(8))} |
| SFID password | ${k.n('(not used)')} | ${k.n('(not used)')} |
| Host / port | oftp.kohlmann.example:6619 (TLS) | oftp2.oem.example:6619 |
| Certificate (ODETTE CA) | ${k.n(R.fingerprint(k.g))} | ${k.n(R.fingerprint(k.g))} |

Test UNB: \`UNB+UNOC:3+${k.n(R.gln(k.g))}:14+${k.n(R.gln(k.g))}:14+260312:1402+${k.n(k.g.digits(9))}'\`
Passwords in OFTP are at most 8 characters, upper case (Odette spec), which is why they look like that.
`,
  ),

  rDoc(
    'erp-edi-s3-drop-env',
    ['config-syntax', 'precision'],
    'edi/bridge/.env',
    (k) => `# EDI bridge -> S3 drop for the retailer portal
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${k.u(R.awsId(k.g))}
AWS_SECRET_ACCESS_KEY=${k.prov('AWS secret access key', R.awsSecret(k.g))}
S3_BUCKET=kohlmann-edi-drop
EDI_PARTNER_GLN=${k.n(R.gln(k.g))}
AS2_KEYSTORE_PASSWORD=${k.spw()}
DATABASE_URL=postgresql://edi:${k.cs()}@pg-edi.internal:5432/edi
RETAILER_PORTAL_TOKEN=${k.tok()}
SLACK_WEBHOOK_URL=${k.prov('Slack webhook', R.slackHook(k.g))}
# from vault in prod:
SFTP_PASSWORD=${k.n('vault:secret/data/edi/van#password')}
`,
  ),

  rDoc(
    'erp-as2-private-key-pem',
    ['credential-file', 'precision'],
    'edi/as2/certs/kohlmann-2026.key',
    (k) => `Bag Attributes
    friendlyName: kohlmann-2026
    localKeyID: ${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(' '))}
Key Attributes: <No Attributes>
${k.key(R.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  rDoc(
    'erp-edi-mailbox-email-es',
    ['prose', 'precision'],
    'mail/2026-01-buzon-edi.txt',
    (k) => `De: Lucía Fernández <lfernandez@van-iberia.example>
Para: edi@albamet.example
Asunto: Alta de buzón EDI – Albamet S.L.

Estimados,

les confirmamos el alta del buzón EDI para Albamet S.L. (CIF ${k.n('B' + k.g.digits(8))}):

  Identificador de buzón: ${k.n('ALBAMET' + k.g.digits(4))}
  Contraseña: ${k.hpw()}
  Servidor: sftp.van-iberia.example, puerto 22
  GLN (EAN de empresa): ${k.n(R.gln(k.g))}

Por seguridad, cambien la contraseña en el primer acceso. La contraseña debe tener ${k.n('entre 8 y 16 caracteres')}.
La contraseña del entorno de pruebas es la misma que la de producción hasta el 31/01: ${k.gpw()}

Un saludo,
Lucía
`,
  ),

  rDoc(
    'erp-edi-translator-log',
    ['logs-and-output', 'precision'],
    'edi/logs/translator-2026-03-12.log',
    (k) => `2026-03-12 14:02:11,204 INFO  [as2-out] Sending ${k.n('856_' + k.g.digits(9) + '.x12')} to RETAILER, Message-ID <${k.n(k.g.uuid())}@edi.kohlmann.example>
2026-03-12 14:02:11,877 DEBUG [http] POST https://as2.retailer.example:5443/as2 headers={AS2-From=KOHLMANNAS2, AS2-To=08925485US00, Authorization=Basic ${k.basic('kohlmann')}}
2026-03-12 14:02:12,901 INFO  [as2-out] MDN received, disposition=processed, MIC=${k.n(k.g.base64(43) + '=')}, sha-256
2026-03-12 14:05:30,004 WARN  [van] login failed for KOHARCH (password ${k.n('******')}), retry 1/3
2026-03-12 14:05:31,450 INFO  [van] connected sftp://KOHARCH@ftp.van-provider.example
2026-03-12 14:05:32,020 DEBUG [broker] GET https://api.customs-broker.example/v2/declarations?status=open headers={X-API-Key=${k.http(k.g.alnum(32))}}
2026-03-12 14:05:33,112 INFO  [x12] 997 accepted for ISA ${k.n(R.isaCtrl(k.g))}
`,
  ),

  rDoc(
    'erp-mft-goanywhere-export',
    ['config-syntax', 'precision'],
    'mft/resources/sftp-servers.xml',
    (k) => `<resources>
  <sftpServer name="VAN_PROD" host="sftp.van-provider.example" port="22">
    <userName>KOH${k.n(k.g.digits(6))}</userName>
    <password encrypted="true">${k.n(k.g.base64(64))}</password>
    <hostKeyFingerprint>${k.n(k.g.hex(32).replace(/(..)(?!$)/g, '$1:'))}</hostKeyFingerprint>
  </sftpServer>
  <sftpServer name="CARRIER_POD" host="pod.carrier.example" port="2222">
    <userName>kohlmann_pod</userName>
    <password encrypted="false">${k.spw()}</password>
  </sftpServer>
  <httpServer name="CUSTOMS_BROKER" url="https://api.customs-broker.example">
    <header name="Ocp-Apim-Subscription-Key">${k.http(k.g.hex(32))}</header>
  </httpServer>
</resources>
`,
  ),
];
