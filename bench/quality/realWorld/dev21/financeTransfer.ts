// File transfer and bank connectivity: SWIFT Alliance and SFTP scripts, Connect:Direct, GoAnywhere and MOVEit job
// files, EBICS client configs, Windows batch and PowerShell jobs that push payment files, with BICs, IBANs, UETRs,
// file hashes and PGP fingerprints around them.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_TRANSFER_DOCS: RealWorldDoc[] = [
  fDoc(
    'sftp-payment-upload-bat',
    ['command-line', 'code'],
    'jobs/payments/upload_pain001.bat',
    (k) => `@echo off
REM Uploads the SEPA credit transfer batch (pain.001) to the bank's SFTP. Runs from SQL Agent step 3.
set WINSCP="C:\\Program Files (x86)\\WinSCP\\WinSCP.com"
set OUTDIR=\\\\fs01\\treasury\\outbound\\sepa
set PGP_PASSPHRASE=${k.spw()}
gpg --batch --pinentry-mode loopback --passphrase %PGP_PASSPHRASE% --sign %OUTDIR%\\pain001_today.xml
set HOSTKEY=ssh-ed25519 255 ${k.n(k.g.base64(43))}
%WINSCP% /log=C:\\logs\\sftp_%date:~-4%%date:~3,2%%date:~0,2%.log /command ^
  "open sftp://ACMETREAS:${k.cs()}@sftp.bank.example:22/ -hostkey=""%HOSTKEY%""" ^
  "put %OUTDIR%\\pain001_*.xml /in/" ^
  "exit"
if errorlevel 1 (
  echo Upload failed >> C:\\logs\\sepa_errors.txt
  exit /b 1
)
`,
  ),

  fDoc(
    'connect-direct-process',
    ['config-syntax', 'command-line'],
    'cd/processes/SENDBACS.cdp',
    (k) => `/* Connect:Direct process – send BACS input file to the bureau */
SENDBACS PROCESS SNODE=BACSBUREAU.NDM
  SNODEID=(ACMEBACS,${k.s('password', F.mainframe(k.g))})
  PNODEID=(CDADMIN,${k.s('password', F.mainframe(k.g))})
STEP01 COPY FROM (FILE=/data/bacs/out/BACS.IN.D%JDATE   PNODE)
             TO   (FILE=BACS.INPUT.G0001V00 DISP=NEW SNODE)
  IF (STEP01 NE 0) THEN
    RUN TASK (PGM=notify) PNODE SYSOPTS="-s FAIL -r ${k.n(F.sortCode(k.g))}"
  EIF
PEND
`,
  ),

  fDoc(
    'ebics-client-properties',
    ['config-syntax', 'precision'],
    'ebics/config/ebics-client.properties',
    (k) => `# EBICS 3.0 client (Hausbank) – Treasury Germany
ebics.host.id=${k.n(F.ebicsHost(k.g))}
ebics.partner.id=${k.n('K' + k.g.digits(7))}
ebics.user.id=${k.n('ACME' + k.g.digits(4))}
ebics.url=https://ebics.bank.example/ebicsweb/ebicsweb
ebics.keystore.file=/opt/ebics/keys/ACME.p12
ebics.keystore.password=${k.spw()}
ebics.user.signature.password=${k.spw()}
# key hashes sent in the INI letter
ebics.bank.x002.hash=${k.n(F.sha256(k.g).toUpperCase())}
ebics.bank.e002.hash=${k.n(F.sha256(k.g).toUpperCase())}
ebics.orders.upload=CCT,CDD
ebics.orders.download=C53,C52,Z53
`,
  ),

  fDoc(
    'swift-alliance-lite-runbook',
    ['prose', 'precision'],
    'docs/runbooks/swift-alliance-lite2.md',
    (k) => `# SWIFT Alliance Lite2 – operator runbook

- Our BIC: ${k.n(F.bic(k.g))} (test & training: ${k.n('ACMEGB2LXXX')} → ${k.n('ACMEGB20XXX')})
- Token: the USB token PIN is held by two officers (dual control) – **never write it here**.
- AutoClient service account: \`svc_swiftlite\`, Windows password ${k.hpw()} (reset 2026-02-10, next 2026-05-10).
- AutoClient PKCS#12 for the LAU key: \`C:\\Swift\\AutoClient\\lau.p12\`, password ${k.gpw()}.

## Tracing a payment
Use the UETR from the MT103 field 121, e.g. \`${k.n(F.uetr(k.g))}\`, in gpi Tracker.
Statement MT940 files are checked against their SHA-256 (\`${k.n(F.sha256(k.g))}\`).
`,
  ),

  fDoc(
    'goanywhere-project-xml',
    ['config-syntax', 'precision'],
    'goanywhere/projects/Treasury/SendPositivePay.xml',
    (k) => `<project name="SendPositivePay" mainModule="Main" version="2.0">
  <variable name="bankHost" value="mft.bank.example" />
  <module name="Main">
    <sftp label="Connect to bank" host="\${bankHost}" port="22" user="acme_ppay" password="${k.spw()}" hostKeyFingerprint="${k.n(Array.from({ length: 16 }, () => k.g.hex(2)).join(':'))}">
      <put sourceFile="\${system.job.workspace}/positivepay.csv" destinationDir="/inbound" />
    </sftp>
    <pgpEncrypt inputFile="positivepay.csv" outputFile="positivepay.csv.pgp">
      <publicKey keyRing="bank.pkr" keyId="${k.n(k.g.hex(16).toUpperCase())}" />
    </pgpEncrypt>
    <sendEmail to="treasury-ops@acme.example" subject="Positive pay sent" smtpPassword="\${secure:smtp_relay}" />
  </module>
</project>
`,
  ),

  fDoc(
    'moveit-automation-task-export',
    ['config-syntax', 'logs-and-output'],
    'moveit/exports/task-claims-bordereaux.json',
    (k) => `{
  "name": "Claims bordereaux to Lloyd's broker",
  "schedule": "0 6 * * 1-5",
  "source": { "type": "SMB", "path": "\\\\\\\\claims-fs\\\\bordereaux\\\\out", "user": "INSURE\\\\svc_moveit", "password": "${k.spw()}" },
  "destination": {
    "type": "FTPS",
    "host": "ftps.broker.example",
    "port": 990,
    "user": "acme_ins",
    "password": "${k.spw()}",
    "pgpKeyFingerprint": "${k.n(F.pgpFingerprint(k.g))}"
  },
  "lastRun": { "status": "Success", "files": 3, "bytes": 482211, "taskRunId": "${k.n(k.g.digits(10))}" }
}
`,
  ),

  fDoc(
    'powershell-bank-statements',
    ['code', 'command-line'],
    'scripts/Get-BankStatements.ps1',
    (k) => `<#
.SYNOPSIS
  Downloads camt.053 statements from the bank SFTP and drops them for the ERP import.
#>
param([string]$Date = (Get-Date).ToString('yyyyMMdd'))

Import-Module Posh-SSH
$user = 'ACME_CAMT'
$pass = ConvertTo-SecureString '${k.pw()}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$session = New-SFTPSession -ComputerName 'sftp.bank.example' -Credential $cred -AcceptKey
Get-SFTPItem -SessionId $session.SessionId -Path "/out/camt053_$Date.xml" -Destination '\\\\erp01\\import\\bank'
Remove-SFTPSession -SessionId $session.SessionId | Out-Null

# Statement of account ${k.n(F.iban(k.g))}, opening balance check
$hash = (Get-FileHash "\\\\erp01\\import\\bank\\camt053_$Date.xml").Hash   # e.g. ${k.n(F.sha256(k.g).toUpperCase())}
`,
  ),

  fDoc(
    'sftp-private-key-file',
    ['credential-file'],
    'treasury/keys/bank_sftp_id_rsa',
    (k) => `${k.key(F.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),

  fDoc(
    'ebics-ini-letter-prose-de',
    ['prose', 'precision'],
    'docs/ebics/INI-Brief-Erstellung.md',
    (k) => `# EBICS-Initialisierung bei der Hausbank

1. In der Banking-Software neuen Teilnehmer anlegen: Host-ID ${k.n(F.ebicsHost(k.g))}, Kunden-ID ${k.n('K' + k.g.digits(7))}.
2. Schlüssel erzeugen (A006, X002, E002). Passwort für die Schlüsseldatei: ${k.hpw()}
   (Das Passwort bitte im Passwort-Safe unter „Treasury/EBICS" ablegen und hier wieder löschen!)
3. INI- und HIA-Brief drucken, unterschreiben, an die Bank faxen.
4. Hashwerte der Bankschlüssel vergleichen: ${k.n(
      F.sha256(k.g)
        .toUpperCase()
        .replace(/(.{2})/g, '$1 ')
        .trim(),
    )}
5. Nach Freischaltung: Testabruf C53 für Konto ${k.n(F.ibanSpaced(k.g))}.

Fragen: Zahlungsverkehr, Tel. 069 ${k.g.digits(6)}.
`,
  ),

  fDoc(
    'lftp-mirror-cron',
    ['command-line', 'config-syntax'],
    'etc/cron.d/card-settlement',
    (k) => `# Card scheme settlement files (Visa BASE II / Mastercard T112) from the acquirer
SHELL=/bin/bash
MAILTO=cards-ops@acme.example
15 5 * * * settle lftp -u acq_settle,${k.spw()} -e "mirror --only-newer /outgoing /data/settlement/in; bye" sftp://files.acquirer.example
45 5 * * * settle /opt/settle/bin/load_t112.sh /data/settlement/in >> /var/log/settle/t112.log 2>&1
0 6 * * * settle curl -s -u recon:${k.spw()} https://recon.internal/api/run?date=$(date +\\%F)
`,
  ),

  fDoc(
    'mt103-message-sample',
    ['precision'],
    'docs/samples/MT103_outbound.txt',
    (k) => `{1:F01${k.n('ACMEGB2LAXXX')}${k.g.digits(10)}}{2:I103${k.n('DEUTDEFFXXXX')}N}{3:{108:${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}}{121:${k.n(F.uetr(k.g))}}}{4:
:20:${k.n('PAY' + k.g.digits(12))}
:23B:CRED
:32A:260305EUR125000,00
:50K:/${k.n(F.iban(k.g))}
ACME TRADING LTD
1 CANADA SQUARE LONDON
:57A:${k.n(F.bic(k.g))}
:59:/${k.n(F.iban(k.g))}
LIEFERANT GMBH
:70:INV ${k.n('RE-2026-' + k.g.digits(5))}
:71A:SHA
-}{5:{MAC:${k.n(k.g.hex(8).toUpperCase())}}{CHK:${k.n(k.g.hex(12).toUpperCase())}}}
`,
  ),

  fDoc(
    'ssh-config-bank-hosts',
    ['config-syntax', 'credential-file'],
    'home/treasury-ops/.netrc',
    (k) => `machine sftp.bank.example
  login ACMETREAS
  password ${k.spw()}
machine ftps.broker.example
  login acme_ins
  password ${k.spw()}
machine files.acquirer.example login acq_settle password ${k.spw()}
`,
  ),
];
