// rw-dev7 command line: Windows (PowerShell scripts and history, cmd.exe batch files, `net use`, `runas`,
// `psexec`, `cmdkey`, `schtasks`, `sc.exe`, `New-LocalUser`, `ConvertTo-SecureString`, backtick continuations),
// beside `%VAR%`, `$env:X`, `Read-Host` and `Get-Credential` which are not secrets.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const CL: RealWorldArea[] = ['command-line'];

export const WINDOWS_DOCS: RealWorldDoc[] = [
  d(
    'ps-history',
    CL,
    'AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt',
    (c) => `Get-Service | ? Status -eq Running
$pw = ConvertTo-SecureString '${c.sq()}' -AsPlainText -Force
$cred = New-Object PSCredential('CORP\\svc_sql', $pw)
Enter-PSSession -ComputerName sql01 -Credential ${c.n('$cred')}
New-LocalUser -Name "kiosk" -Password (ConvertTo-SecureString "${c.dq()}" -AsPlainText -Force) -PasswordNeverExpires
Set-ADAccountPassword -Identity jdoe -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${c.dq()}" -Force)
$secure = ${c.n('Read-Host -AsSecureString "Password"')}
$cred = Get-Credential CORP\\admin
Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password '${c.sq()}' -Query "SELECT 1"
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant ${c.uuid()}
$env:API_TOKEN = "${c.tok()}"
.\\sync.ps1 -Token ${c.n('$env:API_TOKEN')}
cls
`,
  ),

  d(
    'ps-deploy-script',
    CL,
    'deploy/Deploy-Web.ps1',
    (c) => `param(
  [string]$Environment = "staging",
  [string]$Password
)

$ErrorActionPreference = 'Stop'
$smtpPassword = "${c.dq()}"
$apiKey = '${c.hex(32)}'

Invoke-RestMethod -Uri "https://deploy.acme.io/api/v1/release" \`
  -Method Post \`
  -Headers @{ Authorization = "Bearer ${c.bearer()}" } \`
  -Body (@{ env = $Environment } | ConvertTo-Json)

msdeploy.exe -verb:sync -source:package=web.zip \`
  -dest:auto,computerName="https://web01:8172/msdeploy.axd",userName="deploy",password="${c.dq()}",authtype="Basic" \`
  -allowUntrusted

& "C:\\Program Files\\7-Zip\\7z.exe" a -p${c.pw()} "logs-$Environment.7z" .\\logs\\*
Send-MailMessage -To ops@acme.dev -Subject "deployed" -SmtpServer smtp.acme.dev -Credential (New-Object PSCredential("deploy", (ConvertTo-SecureString ${c.n('$smtpPassword')} -AsPlainText -Force)))
Write-Host "Password param length: $($Password.Length)"
`,
  ),

  d(
    'batch-map-drives',
    CL,
    'scripts/map-drives.bat',
    (c) => `@echo off
REM map shares for the scanning PCs
net use S: \\\\fs01\\scans /user:CORP\\scanner ${c.pw()} /persistent:yes
net use T: \\\\fs01\\templates ${c.n('%SHARE_PASSWORD%')} /user:CORP\\%USERNAME%
net use P: \\\\nas02\\print /user:nas02\\printer "${c.dq()}"
net use Q: \\\\fs01\\quotes * /user:CORP\\karin
cmdkey /add:fs01.corp.local /user:CORP\\scanner /pass:${c.pw()}
cmdkey /list
echo drives mapped
`,
  ),

  d(
    'batch-services',
    CL,
    'install/install-service.cmd',
    (c) => `@echo off
setlocal
set SVC_USER=CORP\\svc_report
set SVC_PASS=${c.pw()}
set DB_PASSWORD=${c.pw()}

sc.exe create ReportSvc binPath= "C:\\Reports\\ReportSvc.exe" obj= %SVC_USER% password= ${c.n('%SVC_PASS%')} start= auto
sc.exe config Spooler obj= ".\\LocalSystem" password= ${c.n('""')}
schtasks /Create /TN "Nightly Export" /TR "C:\\Reports\\export.cmd" /SC DAILY /ST 02:00 /RU CORP\\svc_report /RP ${c.pw()}
runas /user:CORP\\admin "mmc compmgmt.msc"
psexec \\\\ws-114 -u CORP\\helpdesk -p ${c.pw()} -h cmd /c "gpupdate /force"
psexec \\\\ws-115 -u CORP\\helpdesk -p ${c.n('%HELPDESK_PW%')} ipconfig /all
osql -S sql01 -U sa -P ${c.pw()} -Q "EXEC sp_who2"
endlocal
`,
  ),

  d(
    'batch-backup',
    CL,
    'backup/nightly.bat',
    (c) => `@echo off
set STAMP=%DATE:~-4%%DATE:~3,2%%DATE:~0,2%
"C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe" -u backup -p${c.pw()} --all-databases > D:\\backup\\mysql-%STAMP%.sql
"C:\\Program Files\\7-Zip\\7z.exe" a -t7z D:\\backup\\mysql-%STAMP%.7z D:\\backup\\mysql-%STAMP%.sql -p${c.pw()} -mhe
"C:\\Program Files\\WinSCP\\WinSCP.com" /command "open sftp://backup:${c.cs()}@offsite.example.net/ -hostkey=*" "put D:\\backup\\*.7z /incoming/" "exit"
curl.exe -u backup:${c.n('%OFFSITE_PASS%')} -T D:\\backup\\mysql-%STAMP%.7z ftp://offsite.example.net/
del D:\\backup\\mysql-%STAMP%.sql
`,
  ),

  d(
    'ps-ad-onboarding',
    CL,
    'it/onboarding/New-Starter.ps1',
    (c) => `# New starter script - run from the IT jump box
Import-Module ActiveDirectory
$initial = "${c.dq()}"
New-ADUser -Name "Ingrid Holm" -SamAccountName iholm -AccountPassword (ConvertTo-SecureString ${c.n('$initial')} -AsPlainText -Force) -Enabled $true -ChangePasswordAtLogon $true
New-ADUser -Name "Bruno Costa" -SamAccountName bcosta -AccountPassword (Read-Host -AsSecureString "Initial password") -Enabled $true
Add-ADGroupMember -Identity "Finance" -Members iholm
$o365 = New-Object System.Management.Automation.PSCredential("admin@acme.onmicrosoft.com", (ConvertTo-SecureString '${c.sq()}' -AsPlainText -Force))
Connect-ExchangeOnline -Credential $o365
Set-Mailbox iholm -ProhibitSendQuota 49GB
`,
  ),

  d(
    'ps-winrm-psexec',
    CL,
    'notes/winrm.txt',
    (c) => `PS C:\\> winrs -r:web02 -u:CORP\\deploy -p:${c.pw()} ipconfig
PS C:\\> Invoke-Command -ComputerName web02 -ScriptBlock { iisreset } -Credential (Get-Credential)
PS C:\\> .\\PsExec64.exe \\\\web03 -u web03\\Administrator -p '${c.sq()}' -s powershell -c "Restart-Service W3SVC"
PS C:\\> mstsc /v:web03
PS C:\\> cmdkey /generic:TERMSRV/web03 /user:web03\\Administrator /pass:${c.pw()}
PS C:\\> wmic /node:web04 /user:CORP\\deploy /password:${c.pw()} os get lastbootuptime
LastBootUpTime
20261201031522.500000+060
`,
  ),
];
