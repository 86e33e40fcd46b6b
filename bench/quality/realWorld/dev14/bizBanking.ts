// Banking and treasury: SFTP and EBICS to banks, SWIFT/ISO 20022 file drops, PGP passphrases for payment
// files, open-banking client secrets; shell scripts, WinSCP scripts, cron jobs and connector configs.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_BANKING_DOCS: RealWorldDoc[] = [
  bizDoc('biz-bank-sftp-upload-sh', ['command-line', 'code', 'precision'], 'treasury/bin/upload_pain001.sh', (k) => {
    const pass = V.phrase(k.g);
    return `#!/bin/bash
# Uploads the day's SEPA credit transfer files (pain.001) to the house bank.
# Runs from cron at 14:30 on the treasury VM.
set -euo pipefail
OUT=/data/treasury/outbox
DONE=/data/treasury/sent
BANK_HOST=sftp.hausbank.example
BANK_USER=NWD${k.g.digits(6)}

for f in "$OUT"/pain001_*.xml; do
  [ -e "$f" ] || continue
  gpg --batch --yes --pinentry-mode loopback --passphrase '${k.s('password', pass)}' \\
      --recipient ${k.n('0x' + k.g.hex(16).toUpperCase())} --sign --encrypt --output "$f.pgp" "$f"
  sha256sum "$f.pgp" >> "$DONE/checksums.txt"
done

sshpass -p '${k.hpw()}' sftp -oBatchMode=no -oHostKeyAlgorithms=ssh-rsa "$BANK_USER@$BANK_HOST" <<EOF
cd /inbox
mput $OUT/*.pgp
bye
EOF
mv "$OUT"/*.pgp "$DONE"/
# known good hash of the last test file: ${k.n(V.sha256(k.g))}
`;
  }),

  bizDoc(
    'biz-winscp-bank-script',
    ['command-line', 'config-syntax', 'precision'],
    'Treasury/Scripts/bank_download.txt',
    (k) => `option batch abort
option confirm off
# Kontoauszüge (camt.053) von der Bank abholen
open sftp://EBK_${k.g.upper(3)}${k.g.digits(4)}:${k.cs()}@files.bank.example/ -hostkey="${k.n(V.sshHostKey(k.g))}"
cd /outbox/camt053
lcd D:\\Treasury\\Inbox\\camt053
get -delete *.xml
close
open sftp://treasury_ro@sftp.second-bank.example/ -privatekey="D:\\Treasury\\Keys\\treasury_ro.ppk" -passphrase="${k.hpw()}" -hostkey="${k.n(V.sshHostKey(k.g))}"
get /download/mt940/*.sta D:\\Treasury\\Inbox\\mt940\\
exit
`,
  ),

  bizDoc('biz-ebics-client-yaml', ['config-syntax', 'credential-file', 'precision'], 'ebics/ebics-client.yml', (k) => {
    return `# EBICS 3.0 client, bank: Landesbank (H005)
bank:
  url: https://ebics.bank.example/ebicsweb/ebicsweb
  hostId: ${k.n('EBIXHOST')}
  name: Landesbank
partner:
  partnerId: ${k.n('PNW' + k.g.digits(5))}
user:
  userId: ${k.n('UNW' + k.g.digits(5))}
  name: Treasury Robot
keystore:
  path: /opt/ebics/keys/UNW_keystore.p12
  # password protects the A006/X002/E002 private keys in the PKCS#12 file
  password: ${k.hpw()}
letters:
  ini: /opt/ebics/letters/ini_letter.pdf
  hia: /opt/ebics/letters/hia_letter.pdf
  # hash of the bank's public keys as printed in the HPB letter
  bankX002Hash: ${k.n(k.g.hex(64).toUpperCase().match(/.{2}/g)!.join(' '))}
orders:
  - type: BTD
    service: { name: EOP, scope: DE, msgName: camt.053, version: "08" }
  - type: BTU
    service: { name: SCT, msgName: pain.001 }
`;
  }),

  bizDoc('biz-pgp-payment-key-export', ['credential-file', 'precision'], 'treasury/keys/README.txt', (k) => {
    return `Payment file signing key (treasury@nordwind.example)
Fingerprint: ${k.n(V.fingerprint(k.g))}
Created 2023-02-01, expires 2026-02-01, passphrase in KeePass "Treasury > PGP signing".

Bank's public key (import before first upload):

${k.n(V.pgpPublic(k.g))}

Our secret key (backup copy, DO NOT send to the bank):

${k.key(V.pgpPrivate(k.g))}
`;
  }),

  bizDoc('biz-open-banking-client-json', ['config-syntax', 'precision'], 'aggregator/config/providers.json', (k) => {
    return `{
  "providers": [
    {
      "name": "truelayer",
      "environment": "live",
      "client_id": "${k.n('nordwind-' + k.g.hex(6))}",
      "client_secret": "${k.s('token', k.g.uuid())}",
      "redirect_uri": "https://app.finora.example/callback/truelayer"
    },
    {
      "name": "plaid",
      "environment": "production",
      "client_id": "${k.n(V.plaidClient(k.g))}",
      "secret": "${k.prov('Plaid secret', V.plaidSecret(k.g))}"
    },
    {
      "name": "gocardless-bank-account-data",
      "secret_id": "${k.u(k.g.uuid())}",
      "secret_key": "${k.s('token', k.g.hex(128))}"
    },
    {
      "name": "tink",
      "client_id": "${k.n(k.g.hex(32))}",
      "client_secret": "${k.s('token', k.g.hex(32))}",
      "market": "SE"
    }
  ],
  "cache": { "ttlSeconds": 300 }
}
`;
  }),

  bizDoc('biz-swift-alliance-notes', ['prose', 'precision'], 'docs/treasury/swift-lite2-runbook.md', (k) => {
    return `# SWIFT Alliance Lite2: daily operations

1. Log in to the Lite2 token PC (room 3.14) with the shared Windows account \`SWIFT-OP\` / \`${k.hpw()}\`.
2. Insert the USB token of the operator on duty; the token PIN is personal and never written down.
3. Import the MT101 batch from \`\\\\fileserver\\treasury\\swift\\out\`.
4. The Autoclient drops incoming MT940/MT942 into \`D:\\Autoclient\\Emission\`.

BIC of our main account: ${k.n(V.bic(k.g))}; IBAN ${k.n(V.ibanSpaced(k.g))}.
Account number at the correspondent bank: ${k.n(k.g.digits(10))}.

Autoclient config (\`autoclient.cfg\`) keeps the LAU key for the file integrity check:
\`\`\`
LAU_ENABLED=YES
LAU_KEY_LEFT=${k.s('token', k.g.alnum(16))}
LAU_KEY_RIGHT=${k.s('token', k.g.alnum(16))}
\`\`\`
Rotate both halves with the bank's security officer (two-person rule).
`;
  }),

  bizDoc(
    'biz-bank-connector-cron-env',
    ['config-syntax', 'command-line', 'precision'],
    'deploy/crontab.treasury',
    (k) => `MAILTO=treasury-ops@nordwind.example
SHELL=/bin/bash
BANK_SFTP_PASSWORD=${k.gpw()}
PGP_PASSPHRASE=${k.phrase()}
# 06:00 statements, 14:30 payments, 22:00 reconciliation
0 6 * * 1-5 /opt/treasury/bin/fetch_statements.sh >> /var/log/treasury/fetch.log 2>&1
30 14 * * 1-5 /opt/treasury/bin/upload_pain001.sh >> /var/log/treasury/upload.log 2>&1
0 22 * * 1-5 /opt/treasury/bin/reconcile.py --erp-url https://erp.nordwind.example --erp-user svc_treasury --erp-password '${k.hpw()}' >> /var/log/treasury/recon.log 2>&1
`,
  ),

  bizDoc('biz-iso20022-sample-precision', ['config-syntax', 'precision'], 'samples/pain.001.001.09.xml', (k) => {
    return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>${k.n('NWD' + k.g.digits(14))}</MsgId>
      <CreDtTm>2024-11-04T14:22:10</CreDtTm>
      <NbOfTxs>2</NbOfTxs>
      <CtrlSum>18250.00</CtrlSum>
      <InitgPty><Nm>Nordwind Outdoor GmbH</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>${k.n(k.g.hex(32).toUpperCase())}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <DbtrAcct><Id><IBAN>${k.n(V.iban(k.g))}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>${k.n(V.bic(k.g))}</BICFI></FinInstnId></DbtrAgt>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>${k.n(k.g.upper(4) + k.g.digits(12))}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">12000.00</InstdAmt></Amt>
        <CdtrAcct><Id><IBAN>${k.n(V.iban(k.g))}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Rechnung ${k.n(k.g.digits(10))}</Ustrd></RmtInf>
      </CdtTrfTxInf>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>${k.n(k.g.upper(4) + k.g.digits(12))}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">6250.00</InstdAmt></Amt>
        <CdtrAcct><Id><IBAN>${k.n(V.iban(k.g))}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Verwendungszweck ${k.n(k.g.hex(20).toUpperCase())}</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
`;
  }),

  bizDoc('biz-python-bank-fetch', ['code', 'precision'], 'treasury/fetch_statements.py', (k) => {
    return `"""Fetch camt.053 statements over SFTP and post them to the ERP."""
import os
import paramiko
import gnupg

HOST = "sftp.hausbank.example"
USER = "NWD${k.g.digits(6)}"
KEY_FILE = "/opt/treasury/keys/bank_ed25519"
KEY_PASSPHRASE = os.environ.get("BANK_KEY_PASSPHRASE") or "${k.phrase()}"
GPG_HOME = "/opt/treasury/.gnupg"
GPG_PASSPHRASE = "${k.gpw()}"

# pinned host key fingerprint, from the bank's onboarding letter
HOST_KEY_SHA256 = "${k.n('SHA256:' + k.g.base64(43))}"


def fetch():
    key = paramiko.Ed25519Key.from_private_key_file(KEY_FILE, password=KEY_PASSPHRASE)
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, pkey=key)
    sftp = paramiko.SFTPClient.from_transport(transport)
    gpg = gnupg.GPG(gnupghome=GPG_HOME)
    for name in sftp.listdir("/outbox"):
        with sftp.open(f"/outbox/{name}") as remote:
            result = gpg.decrypt_file(remote, passphrase=GPG_PASSPHRASE)
            yield name, str(result)
`;
  }),

  bizDoc('biz-bank-sftp-private-key', ['credential-file'], 'treasury/keys/bank_sftp_rsa', (k) => `${k.key(V.pem(k.g, 'RSA PRIVATE KEY'))}\n`),

  bizDoc(
    'biz-treasury-connector-xml',
    ['config-syntax', 'precision'],
    'TreasuryConnector/connector.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<connectorSettings>
  <bank id="HAUSBANK" protocol="EBICS" hostId="${k.n('HAUSBKXX')}" partnerId="${k.n('NWD' + k.g.digits(5))}" userId="${k.n('T' + k.g.digits(6))}" />
  <bank id="SECONDBANK" protocol="SFTP" host="sftp.second-bank.example" user="nwd_upload" password="${k.gpw()}" />
  <bank id="FXBANK" protocol="API" baseUrl="https://api.fx-bank.example/v2" apiKey="${k.tok()}" apiSecret="${k.tok()}" />
  <signing certificate="C:\\Certs\\treasury-sign.pfx" certificatePassword="${k.hpw()}" thumbprint="${k.n(V.sha1(k.g).toUpperCase())}" />
  <archive path="\\\\fs01\\treasury$\\archive" retentionDays="3650" />
</connectorSettings>
`,
  ),

  bizDoc(
    'biz-bank-onboarding-email-de',
    ['prose', 'precision'],
    'mail/2024-10-28_Zugangsdaten_Bankanbindung.eml',
    (k) => `From: Firmenkundenservice <ebics@hausbank.example>
To: treasury@nordwind.example
Subject: Ihre Zugangsdaten EBICS / SFTP
Date: Mon, 28 Oct 2024 10:04:11 +0100
Content-Type: text/plain; charset=utf-8

Sehr geehrte Damen und Herren,

anbei erhalten Sie die Zugangsdaten für die Bankanbindung Ihrer Buchhaltungssoftware.

Kunden-ID: ${k.n('NWD' + k.g.digits(5))}
Teilnehmer-ID: ${k.n('T' + k.g.digits(6))}
Host-ID: ${k.n('HAUSBKXX')}

Das Initialpasswort für den SFTP-Zugang lautet: ${k.gpw()}
Bitte ändern Sie es bei der ersten Anmeldung. Ihre EBICS-Aktivierungs-PIN: ${k.s('password', k.g.digits(8))} (14 Tage gültig).

Kontoverbindung für Gebühren: IBAN ${k.n(V.ibanSpaced(k.g))}, BIC ${k.n(V.bic(k.g))}.

Mit freundlichen Grüßen
Ihr Firmenkundenservice
`,
  ),
];
