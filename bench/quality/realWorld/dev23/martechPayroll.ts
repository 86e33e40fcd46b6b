// Payroll: SFTP drops, WinSCP sessions, Excel/VBA macros, Windows batch files, SQL jobs and payroll bureau
// e-mails, beside IBANs, tax ids, payroll run ids, cost centres and PGP fingerprints.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_PAYROLL_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-payroll-sftp-batch',
    ['command-line', 'defaults-in-code', 'precision'],
    'payroll/scripts/upload_payroll.bat',
    (k) => `@echo off
REM Monthly payroll file to the bureau. Run on the 25th from the HR file server.
set PAYRUN=${k.n(V.payrollRun(k.g))}
set SFTP_HOST=sftp.lohnbuero.example
set SFTP_USER=brand_upload
set SFTP_PASS=${k.spw()}
"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /log="C:\\payroll\\logs\\%PAYRUN%.log" /command ^
  "open sftp://%SFTP_USER%:%SFTP_PASS%@%SFTP_HOST%/ -hostkey=""ssh-ed25519 255 ${k.n(k.g.base64(43))}""" ^
  "put C:\\payroll\\out\\%PAYRUN%.csv.pgp /inbound/" ^
  "exit"
if errorlevel 1 echo Upload failed & exit /b 1
`,
  ),
  mDoc(
    'martech-winscp-ini-export',
    ['credential-file', 'config-syntax', 'precision'],
    'payroll/WinSCP.ini',
    (k) => `[Sessions\\payroll%20bureau]
HostName=sftp.payroll-bureau.example
UserName=brand_hr
PortNumber=22
Password=${k.u(`A35C${k.g.hex(k.g.pick([32, 40, 48]))}`.toUpperCase())}
FSProtocol=2
LocalDirectory=C:%5Cpayroll%5Cout

[Sessions\\pension%20provider]
HostName=files.pension.example
UserName=brand_pens
PublicKeyFile=C:%5CUsers%5Chr-admin%5C.ssh%5Cpension.ppk

[SshHostKeys]
ssh-ed25519@22:sftp.payroll-bureau.example=${k.n('0x' + k.g.hex(64))}
`,
  ),
  mDoc(
    'martech-payroll-vba-macro',
    ['code', 'defaults-in-code', 'precision'],
    'payroll/Lohnabrechnung_Export.bas',
    (k) => `Attribute VB_Name = "ExportModul"
' Exportiert die Lohnjournal-Tabelle und lädt sie über das DATEV-Gateway hoch.
Option Explicit

Private Const GATEWAY_URL As String = "https://gateway.datev-partner.example/upload"
Private Const GATEWAY_USER As String = "lohn_brand"
Private Const GATEWAY_PASS As String = "${k.pw()}"
Private Const BERATERNUMMER As String = "${k.n(k.g.digits(7))}"
Private Const MANDANT As String = "${k.n(k.g.digits(5))}"

Sub Hochladen()
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "POST", GATEWAY_URL, False, GATEWAY_USER, GATEWAY_PASS
    http.setRequestHeader "Content-Type", "text/csv"
    http.send ThisWorkbook.Sheets("Lohnjournal").UsedRange.Value
    ' Blattschutz-Kennwort der Mappe
    ThisWorkbook.Sheets("Stammdaten").Unprotect Password:="${k.hpw()}"
End Sub
`,
  ),
  mDoc(
    'martech-payroll-bureau-email-de',
    ['prose', 'precision'],
    'email/2026-02-lohnbuero.eml',
    (k) => `Von: Lohnbüro Schneider <service@lohnbuero.example>
An: personal@marke.example
Betreff: Zugang Lohnportal und Passwort für die Lohnabrechnungen Februar

Sehr geehrte Frau Weber,

die Abrechnungen für den Lauf ${k.n(V.payrollRun(k.g))} liegen im Portal. Die PDF-Dateien sind wie vereinbart mit dem
Kennwort ${k.hpw()} geschützt. Ihr neuer Portalzugang lautet personal@marke.example mit dem Erstpasswort
${k.gpw()}.

Zur Kontrolle: Auszahlungskonto ${k.n(V.iban(k.g))}, Betriebsnummer ${k.n(k.g.digits(8))},
Steuernummer ${k.n(`${k.g.digits(2)}/${k.g.digits(3)}/${k.g.digits(5)}`)}.

Mit freundlichen Grüßen
Lohnbüro Schneider
`,
  ),
  mDoc(
    'martech-payroll-sql-agent-job',
    ['code', 'precision'],
    'payroll/sql/job_export_gl.sql',
    (k) => `-- SQL Agent job: export payroll GL postings to the finance server
EXEC master.dbo.sp_addlinkedserver @server = N'FINANCE', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'fin-sql.brand.internal';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'FINANCE', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'payroll_link', @rmtpassword = N'${k.pw()}';

INSERT INTO FINANCE.gl.dbo.postings (run_id, cost_centre, amount)
SELECT '${k.n(V.payrollRun(k.g))}', cost_centre, SUM(gross)
FROM dbo.payroll_lines
WHERE cost_centre IN ('${k.n(V.costCentre(k.g))}', '${V.costCentre(k.g)}')
GROUP BY cost_centre;
`,
  ),
  mDoc(
    'martech-payroll-powershell-pgp',
    ['code', 'command-line', 'precision'],
    'payroll/scripts/Send-PayrollFile.ps1',
    (k) => `# Encrypts the payroll export and sends it to the bank (pain.001 for salaries)
param([string]$RunId = "${k.n(V.payrollRun(k.g))}")
$gpgPass = "${k.pw()}"
$bankUser = "BRAND_PAY"
$bankPw = ConvertTo-SecureString "${k.spw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($bankUser, $bankPw)

& gpg --batch --yes --pinentry-mode loopback --passphrase $gpgPass --recipient ${k.n(k.g.hex(16).toUpperCase())} --encrypt "C:\\payroll\\out\\$RunId.xml"
Invoke-WebRequest -Uri "https://ebics.bank.example/upload" -Method Post -Credential $cred -InFile "C:\\payroll\\out\\$RunId.xml.gpg"
# debtor account ${k.n(V.iban(k.g))}
`,
  ),
  mDoc(
    'martech-payroll-sftp-key-file',
    ['credential-file', 'precision'],
    'payroll/keys/bureau_upload_ed25519',
    (k) => `${k.key(V.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),
  mDoc(
    'martech-payroll-runbook-fr',
    ['prose', 'command-line', 'precision'],
    'docs/fr/paie-procedure.md',
    (k) => `# Procédure de paie mensuelle

1. Exporter les variables depuis Silae (compte paie@marque.example, mot de passe ${k.hpw()}).
2. Vérifier les centres de coût (${k.n(V.costCentre(k.g))}, ${k.n(V.costCentre(k.g))}).
3. Déposer le fichier sur le SFTP du cabinet :

\`\`\`
sshpass -p '${k.spw()}' sftp -oBatchMode=no paie_marque@sftp.cabinet.example <<< "put paie_${k.n(V.payrollRun(k.g))}.csv"
\`\`\`

4. Envoyer le virement : IBAN de l'entreprise ${k.n(V.iban(k.g))}, SIRET ${k.n(k.g.digits(14))}.
Le mot de passe du coffre de paie n'est jamais écrit ici (${k.n('voir KeePass')}).
`,
  ),
  mDoc(
    'martech-payroll-csv-export',
    ['precision'],
    'payroll/exports/2026-02-journal.csv',
    (k) => `employee_id;cost_centre;iban;tax_id;gross;net;run_id
${k.n(V.employeeId(k.g))};${k.n(V.costCentre(k.g))};${k.n(V.iban(k.g))};${k.n(k.g.digits(11))};4820.00;3011.42;${k.n(V.payrollRun(k.g))}
${V.employeeId(k.g)};${V.costCentre(k.g)};${V.iban(k.g)};${k.g.digits(11)};3900.00;2544.10;${V.payrollRun(k.g)}
${V.employeeId(k.g)};${V.costCentre(k.g)};${V.iban(k.g)};${k.g.digits(11)};6100.00;3670.95;${V.payrollRun(k.g)}
`,
  ),
  mDoc(
    'martech-gusto-payroll-webhook-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/payroll-webhooks.log',
    (k) => `2026-02-27 07:00:01 INFO  webhook payroll.processed company=${k.n(k.g.uuid())} payroll=${k.n(k.g.uuid())}
2026-02-27 07:00:01 DEBUG verifying X-Gusto-Signature=${k.n(k.g.hex(64))}
2026-02-27 07:00:02 DEBUG GET /v1/payrolls/... Authorization: Bearer ${k.s('http-auth', k.g.base64url(43))}
2026-02-27 07:00:02 INFO  200 OK in 312ms trace=${k.n(k.g.hex(32))}
2026-02-27 07:00:05 ERROR posting to ledger failed: password authentication failed for user "ledger" (password=${k.n('[FILTERED]')})
`,
  ),
  mDoc(
    'martech-payroll-portal-note-hi',
    ['prose', 'precision'],
    'notes/payroll-portal-hinglish.txt',
    (k) => `Payroll portal ka login (Pune office):
user: payroll.pune@brand.example
password: ${k.hpw()}
PF/ESI portal ka password alag hai: ${k.gpw()}
Employee code format ${k.n(V.employeeId(k.g))}, PAN sample ${k.n(`${k.g.upper(5)}${k.g.digits(4)}${k.g.upper(1)}`)} – ye secret nahi hai.
Salary file ka password: company ka naam + DOB (mat likho yahan, ${k.n('HR se poochho')})
`,
  ),
  mDoc(
    'martech-payroll-filezilla-xml',
    ['credential-file', 'config-syntax', 'precision'],
    'payroll/FileZilla/sitemanager.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.payroll-bureau.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>brand_hr</User>
      <Pass encoding="base64">${k.s('password', V.b64(V.safePw(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Payroll bureau</Name>
    </Server>
    <Server>
      <Host>ftp.benefits.example</Host>
      <User>brand_benefits</User>
      <Logontype>2</Logontype>
      <Name>Benefits (ask password)</Name>
    </Server>
  </Servers>
</FileZilla3>
`,
  ),
  mDoc(
    'martech-payroll-cobol-era-jcl',
    ['code', 'defaults-in-code', 'precision'],
    'payroll/mainframe/PAYXFER.jcl',
    (k) => `//PAYXFER  JOB (ACCT),'PAYROLL XFER',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//* TRANSFER MONTHLY PAYROLL TAPE IMAGE TO THE BUREAU
//STEP01   EXEC PGM=FTP,PARM='(EXIT'
//SYSPRINT DD SYSOUT=*
//INPUT    DD *
ftp.bureau.example
PAYBRND
${k.s('password', k.g.upper(6) + k.g.digits(2))}
BINARY
PUT 'PAY.MONTHLY.G${k.n(k.g.digits(4))}V00' PAYROLL.DAT
QUIT
/*
`,
  ),
  mDoc(
    'martech-payroll-ja-memo',
    ['prose', 'precision'],
    'docs/給与/引継ぎメモ.txt',
    (k) => `給与計算 引継ぎメモ（2026年3月）

・給与ソフト（クラウド）管理者ID：kyuyo-admin
・パスワード：${k.hpw()}
・振込元口座：支店番号 ${k.n(k.g.digits(3))}、口座番号 ${k.n(k.g.digits(7))}
・社員番号の例：${k.n(V.employeeId(k.g))}
・銀行 FB データ送信用パスワード：${k.gpw()}
※ 旧パスワード（${k.n('********')}）は無効です。
`,
  ),
];
