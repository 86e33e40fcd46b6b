// EDI as trading-partner and integration teams run it: AS2 partner configs with certificates and private keys,
// SFTP/FTP drops with user and password in cron scripts, WinSCP scripts and FileZilla site managers, X12 ISA and
// EDIFACT UNB envelopes whose password elements carry credentials, and VAN mailbox logins. Interchange control
// numbers, qualifiers and ids (DUNS, GLN, SCAC) are not secrets.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_EDI_DOCS: RealWorldDoc[] = [
  lDoc('logistics-x12-856-asn-with-isa-password', ['config-syntax', 'precision'], 'edi/outbound/856_20260412_0931.x12', (k) => {
    const ctl = k.g.digits(9);
    return `ISA*03*${k.edi()}*01*${k.edi()}*ZZ*${k.n('NORTHFREIGHT   ')}*01*${k.n(k.g.digits(9) + '      ')}*260412*0931*U*00401*${ctl}*0*P*>~
GS*SH*NORTHFREIGHT*${k.n(k.g.digits(9))}*20260412*0931*${k.g.digits(4)}*X*004010~
ST*856*0001~
BSN*00*${k.n('ASN' + k.g.digits(7))}*20260412*0931~
HL*1**S~
TD5*B*2*${k.n('ODFL')}*M~
REF*BM*${k.n(k.g.digits(10))}~
HL*2*1*O~
PRF*${k.n(L.po(k.g))}~
HL*3*2*T~
MAN*GM*${k.n(L.sscc(k.g))}~
HL*4*3*I~
LIN**UP*${k.n('0' + k.g.digits(11))}~
SN1**24*EA~
CTT*4~
SE*15*0001~
GE*1*${k.g.digits(4)}~
IEA*1*${ctl}~
`;
  }),

  lDoc('logistics-edifact-iftmin-unb-password', ['config-syntax', 'precision'], 'edi/out/IFTMIN_DPD_000412.edi', (k) => {
    return `UNA:+.? '
UNB+UNOC:3+${k.n(L.gln(k.g))}:14+${k.n(L.gln(k.g))}:14+260412:0930+${k.n(k.g.digits(6))}+${k.edi()}:BB++IFTMIN++++1'
UNH+1+IFTMIN:D:04A:UN:BIG14'
BGM+610+${k.n('LS' + k.g.digits(8))}+9'
DTM+137:202604120930:203'
TDT+20++3+31'
NAD+CZ+${k.n(L.gln(k.g))}::9++Spedition Nowak Sp. z o.o.+ul. Magazynowa 4+Poznan++61-001+PL'
NAD+CN+++Jan Kowalski+Dluga 12+Gdansk++80-001+PL'
GID+1+2:PK'
MEA+WT+AAB+KGM:14.5'
PCI+33E'
GIN+BJ+${k.n(L.sscc(k.g))}+${k.n(L.sscc(k.g))}'
UNT+12+1'
UNZ+1+${k.g.digits(6)}'
`;
  }),

  lDoc('logistics-as2-partner-config-xml', ['config-syntax', 'credential-file', 'precision'], 'as2/partnerships.xml', (k) => {
    return `<partnerships>
  <partner name="NorthFreight" as2_id="${k.n('NORTHFREIGHT-AS2')}" x509_alias="northfreight" email="edi@northfreight.example"/>
  <partner name="MegaMart" as2_id="${k.n('MEGAMART' + k.g.digits(4))}" x509_alias="megamart" email="edi@megamart.example"/>
  <partnership name="NorthFreight-MegaMart">
    <sender name="NorthFreight"/>
    <receiver name="MegaMart"/>
    <attribute name="as2_url" value="https://as2.megamart.example:4080/as2/HttpReceiver"/>
    <attribute name="subject" value="856 ASN from NorthFreight"/>
    <attribute name="content_transfer_encoding" value="binary"/>
    <attribute name="compression_type" value="ZLIB"/>
    <attribute name="encrypt" value="aes256"/>
    <attribute name="sign" value="sha256"/>
    <attribute name="as2_mdn_options" value="signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha256"/>
  </partnership>
  <!-- keystore: certs.p12, password below; MegaMart's cert fingerprint ${k.n(L.fingerprint(k.g))} -->
  <certificates filename="%home%/certs.p12" password="${k.spw()}" interval="300"/>
</partnerships>
`;
  }),

  lDoc('logistics-as2-private-key-pem', ['credential-file', 'precision'], 'as2/keys/northfreight-as2-2026.pem', (k) => {
    return `Bag Attributes
    friendlyName: northfreight
    localKeyID: ${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(' '))}
Key Attributes: <No Attributes>
${k.key(L.pem(k.g, 'PRIVATE KEY'))}
Bag Attributes
    friendlyName: northfreight
subject=C = NL, O = NorthFreight B.V., CN = as2.northfreight.example
issuer=C = NL, O = NorthFreight B.V., CN = as2.northfreight.example
${k.n(L.certPem(k.g))}
`;
  }),

  lDoc('logistics-sftp-edi-cron-script', ['command-line', 'config-syntax', 'precision'], 'opt/edi/bin/pull_orders.sh', (k) => {
    return `#!/bin/bash
# */10 * * * * /opt/edi/bin/pull_orders.sh >> /var/log/edi/pull.log 2>&1
# Pulls 850 POs from the retailer's SFTP and drops 997s back.
HOST=sftp.retailer-edi.example
USER=nf_3pl
PASS='${k.spw()}'
INBOX=/data/edi/in
export SSHPASS="$PASS"

sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=no "$USER@$HOST" <<EOT
cd /outbound/850
lcd $INBOX
mget *.edi
rm *.edi
bye
EOT

# old FTP partner (still no SFTP, see ticket ${k.n(L.ticket(k.g))})
curl -s --ftp-ssl -u "ftp_nf:${k.spw()}" -T "$INBOX/../out/997_$(date +%s).edi" ftp://ftp.oldpartner.example/in/
`;
  }),

  lDoc('logistics-winscp-script', ['command-line', 'precision'], 'C:/EDI/Scripts/upload_invoices.txt', (k) => {
    return `option batch abort
option confirm off
# WinSCP script, run by Task Scheduler "EDI 810 Upload" every hour
open sftp://edi_lager:${k.cs()}@sftp.vanprovider.example:22/ -hostkey="ssh-ed25519 255 ${k.n(k.g.base64(43))}"
cd /inbound/810
lcd D:\\EDI\\Outbound\\810
put -delete *.x12
close
# second mailbox (SPS Commerce)
open ftpes://NORDLAGER:${k.cs()}@ftp.spscommerce.example/
put -delete D:\\EDI\\Outbound\\856\\*.x12 /in/
exit
`;
  }),

  lDoc('logistics-filezilla-sitemanager', ['credential-file', 'precision'], 'Users/dispo/AppData/Roaming/FileZilla/sitemanager.xml', (k) => {
    return `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.lieferant-edi.de</Host>
      <Port>21</Port>
      <Protocol>4</Protocol>
      <Type>0</Type>
      <User>dispo_hamburg</User>
      <Pass encoding="base64">${k.s('password', L.b64(L.human(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Lieferant EDI (Bestellungen)</Name>
    </Server>
    <Server>
      <Host>sftp.zollagent.de</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>hh_spedition</User>
      <Pass encoding="base64">${k.s('password', L.b64(L.generated(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Zollagent ATLAS Dateien</Name>
    </Server>
    <Server>
      <Host>sftp.kunde.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>readonly</User>
      <Logontype>2</Logontype>
      <Name>Kunde (fragt nach Passwort)</Name>
    </Server>
  </Servers>
</FileZilla3>
`;
  }),

  lDoc('logistics-van-mailbox-onboarding-email', ['prose', 'precision'], 'mail/van-onboarding.txt', (k) => {
    return `Subject: Your EDI VAN mailbox is live

Hello NorthFreight team,

Welcome to the network. Your mailbox details:

  Mailbox ID / ISA ID:   ZZ:${k.n('NORTHFREIGHT')}
  Interconnect qualifier: ZZ
  Web mailbox:           https://mailbox.van.example
  User:                  northfreight_admin
  Temporary password:    ${k.gpw()}
  FTP (legacy):          ftp.van.example, user NF${k.n(k.g.digits(5))}, password ${k.spw()}

Please set your ISA authorization information (ISA01/02) to 00 and blanks unless a partner asks otherwise.
Support: +1 800 555 0100, ref ${k.n(L.ticket(k.g))}.
`;
  }),

  lDoc('logistics-mft-partner-yaml', ['config-syntax', 'precision'], 'mft/partners/retail.yaml', (k) => {
    return `partners:
  - id: megamart
    protocol: as2
    as2_id: ${k.n('MEGAMART0001')}
    url: https://as2.megamart.example:4080/as2/HttpReceiver
    auth:
      type: basic
      username: northfreight
      password: ${k.pw()}
    signing_cert: certs/megamart-2026.cer
  - id: baumarkt
    protocol: sftp
    host: sftp.baumarkt.example
    username: nf_edi
    private_key_file: keys/baumarkt_ed25519
    private_key_passphrase: ${k.phrase()}
  - id: tools-direct
    protocol: ftps
    host: ftps.tools-direct.example
    username: northfreight
    password: "{{ vault('mft/tools-direct') }}"
  - id: retail-outlet
    protocol: sftp
    host: sftp.retail-outlet.example
    username: nf
    password: ${k.ph()}
`;
  }),

  lDoc('logistics-edi-translator-log', ['logs-and-output', 'precision'], 'logs/translator-20260412.log', (k) => {
    return `[2026-04-12 09:31:02] INFO  inbound 850 from MEGAMART0001 ctl=${k.n(k.g.digits(9))} PO=${k.n(L.po(k.g))} lines=42
[2026-04-12 09:31:02] INFO  997 generated ctl=${k.n(k.g.digits(9))} AK5*A
[2026-04-12 09:31:05] WARN  ISA02 authorization mismatch for partner BAUMARKT: expected ${k.n('**********')} got ${k.n('**********')}
[2026-04-12 09:32:10] ERROR connect sftp nf_edi@sftp.baumarkt.example failed: Permission denied (publickey,password)
[2026-04-12 09:32:10] DEBUG connection params: host=sftp.baumarkt.example user=nf_edi password=${k.spw()} timeout=30
[2026-04-12 09:33:00] INFO  856 sent to MEGAMART0001 via AS2 message-id=<${k.n(k.g.hex(16))}@as2.northfreight.example> MIC=${k.n(L.b64(k.g.hex(16)))}
[2026-04-12 09:33:01] INFO  MDN received: processed, signature OK
`;
  }),
];
