// rw-dev10 ops: PowerShell and Windows cmd as admins type them (scripts, transcripts, batch files).
import type { RealWorldDoc } from '../types';
import { F, od } from './opsValues';

export const OPS_WINDOWS_DOCS: RealWorldDoc[] = [
  od(
    'ops-ps-new-localuser',
    ['command-line', 'code'],
    'scripts/Setup-ServiceAccounts.ps1',
    (k) => `# Legt die lokalen Dienstkonten auf den Build-Agents an
param([string]$ComputerName = $env:COMPUTERNAME)

$pw = ConvertTo-SecureString '${k.hp()}' -AsPlainText -Force
New-LocalUser -Name 'svc_build' -Password $pw -PasswordNeverExpires -Description 'TFS build agent'
Add-LocalGroupMember -Group 'Administrators' -Member 'svc_build'

$sqlPw = ConvertTo-SecureString -String "${k.gp()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_sql', $sqlPw)
Invoke-Command -ComputerName sql02 -Credential $cred -ScriptBlock { Get-Service MSSQLSERVER }

# aus dem KeePass, NICHT hier reinschreiben:
$backupPw = Read-Host -AsSecureString 'Backup-Passwort'
$fromEnv = ConvertTo-SecureString ${k.n('$env:DEPLOY_PASSWORD')} -AsPlainText -Force
`,
  ),

  od(
    'ops-ps-transcript-rest',
    ['command-line', 'logs-and-output', 'http-auth'],
    'logs/PowerShell_transcript.BUILD07.20261129.txt',
    (k) => `**********************
Windows PowerShell transcript start
Start time: 20261129091502
Username: CORP\\tgarcia
RunAs User: CORP\\tgarcia
Machine: BUILD07 (Microsoft Windows NT 10.0.20348.0)
Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe
Process ID: ${k.n(k.g.digits(5))}
PSVersion: ${k.n('5.1.20348.2849')}
**********************
PS C:\\Users\\tgarcia> $headers = @{ 'Authorization' = 'Bearer ${k.http(k.g.alnum(48))}' }
PS C:\\Users\\tgarcia> Invoke-RestMethod -Uri https://octopus.corp.local/api/projects -Headers $headers | Select Name
Name
----
Payments
Intranet
PS C:\\Users\\tgarcia> $env:OCTOPUS_API_KEY = "${k.prov('API-' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 26), 'octopus')}"
PS C:\\Users\\tgarcia> Invoke-WebRequest -Uri "https://jira.corp.local/rest/api/2/myself" -Headers @{ "X-Atlassian-Token" = "no-check"; Authorization = "Basic ${k.basic('tgarcia')}" }
StatusCode        : 200
PS C:\\Users\\tgarcia> Stop-Transcript
**********************
Windows PowerShell transcript end
End time: 20261129091733
**********************
`,
  ),

  od(
    'ops-bat-map-drives',
    ['command-line'],
    'logon/map-drives.bat',
    (k) => `@echo off
REM Netzlaufwerke fuer die Buchhaltung - per GPO verteilt
net use H: \\\\fs01\\home\\%USERNAME% /persistent:yes
net use S: \\\\fs01\\scans ${k.hp()} /user:CORP\\scanuser /persistent:no
net use P: \\\\nas-print\\pool /user:printsvc ${k.lp()}
cmdkey /generic:TERMSRV/rds01.corp.local /user:CORP\\rdsadmin /pass:${k.gp()}
REM alter Eintrag, Passwort kommt jetzt aus %RDS_PASS%
REM cmdkey /generic:TERMSRV/rds02 /user:CORP\\rdsadmin /pass:${k.n('%RDS_PASS%')}
exit /b 0
`,
  ),

  od(
    'ops-cmd-scheduled-tasks',
    ['command-line'],
    'docs/windows/scheduled-tasks.txt',
    (k) => `Scheduled tasks on APP03 (recreated after the rebuild, 2026-10-02)

schtasks /Create /TN "Nightly Export" /TR "C:\\jobs\\export.cmd" /SC DAILY /ST 01:30 /RU CORP\\svc_export /RP ${k.hp()}
schtasks /Create /TN "Cleanup" /TR "C:\\jobs\\cleanup.ps1" /SC WEEKLY /RU SYSTEM
schtasks /Change /TN "Nightly Export" /RU CORP\\svc_export /RP "${k.gp()}"

PsExec for the one-off reindex:
psexec \\\\app03 -u CORP\\svc_export -p ${k.hp()} -h cmd /c C:\\jobs\\reindex.cmd

runas /savecred /user:CORP\\admin-tg "mmc compmgmt.msc"   (no pw on the cmd line, it asks)
sc.exe config "AcmeAgent" obj= "CORP\\svc_agent" password= "${k.pw()}"
`,
  ),

  od(
    'ops-ps-azure-login',
    ['command-line', 'code'],
    'deploy/Connect-Azure.ps1',
    (k) => `<#
  Conecta a la suscripción de producción con el service principal.
  TODO: pasar a certificado / managed identity
#>
$tenantId       = '${k.uuid()}'
$subscriptionId = '${k.uuid()}'
$appId          = '${k.uuid()}'
$secret         = '${k.prov(k.P.azureClientSecret(k.g), 'azure')}'

$sp = New-Object System.Management.Automation.PSCredential($appId, (ConvertTo-SecureString $secret -AsPlainText -Force))
Connect-AzAccount -ServicePrincipal -Credential $sp -Tenant $tenantId | Out-Null
Set-AzContext -Subscription $subscriptionId

# az cli equivalent
az login --service-principal -u $appId -p ${k.n('$secret')} --tenant $tenantId
az login -u ops-break-glass@acme.onmicrosoft.com -p '${k.hp()}'
az storage blob upload --account-name acmeexports --account-key ${k.prov(k.P.azureStorageKey(k.g), 'azure-storage')} -c exports -f .\\out.csv -n out.csv
`,
  ),

  od(
    'ops-ps-profile-env',
    ['command-line', 'code'],
    'Documents/WindowsPowerShell/Microsoft.PowerShell_profile.ps1',
    (k) => `Set-PSReadLineOption -EditMode Emacs
Import-Module posh-git
function prompt { "PS $(Get-Location)> " }

# tokens for the cli tools
$env:GITLAB_TOKEN   = '${k.prov(k.P.gitlab(k.g), 'gitlab')}'
$env:JIRA_API_TOKEN = '${k.tok(k.g.alnum(24))}'
$env:SONAR_TOKEN    = "${k.hex(40)}"
[Environment]::SetEnvironmentVariable('NUGET_API_KEY', '${k.tok(k.g.lower(46))}', 'User')
Set-Item -Path Env:SNYK_TOKEN -Value ${k.tok(k.g.uuid())}

Set-Alias k kubectl
$env:EDITOR = 'code --wait'
`,
  ),

  od(
    'ops-ps-sql-restore',
    ['command-line', 'code'],
    'scripts/Restore-Prod-To-Test.ps1',
    (k) => `# Восстановление продовой базы на тестовый сервер (каждый понедельник)
$src  = 'sql-prod01'
$dst  = 'sql-test01'
$user = 'sa'
$pass = "${k.hp()}"

Invoke-Sqlcmd -ServerInstance $dst -Username $user -Password $pass -Query "ALTER DATABASE Shop SET SINGLE_USER WITH ROLLBACK IMMEDIATE"
Restore-SqlDatabase -ServerInstance $dst -Database Shop -BackupFile "\\\\backup01\\sql\\Shop_full.bak" -ReplaceDatabase
$conn = "Server=$dst;Database=Shop;User Id=app_test;Password=${k.cs()};TrustServerCertificate=True"
Invoke-Sqlcmd -ConnectionString $conn -Query "UPDATE dbo.Settings SET SmtpHost='mail-test'"
# пароль от тестового sa тот же что на проде, надо поменять (${k.n('TODO')})
Write-Host "Готово: $(Get-Date -Format s)"
`,
  ),

  od(
    'ops-cmd-winrm-rdp-notes',
    ['command-line', 'prose'],
    'docs/windows/remote-access.md',
    (k) => `# Remote access to the kiosk PCs

${F}cmd
winrm set winrm/config/client @{TrustedHosts="10.30.*"}
xfreerdp /v:10.30.1.15 /u:kiosk /p:${k.hp()} /cert:ignore
mstsc /v:10.30.1.16
${F}

From Linux with rdesktop: \`rdesktop -u kioskadmin -p ${k.gp()} 10.30.1.15\`

VNC fallback: \`x11vnc -display :0 -passwd ${k.lp()} -forever\`

The BIOS/UEFI supervisor password for all kiosks is ${k.pin()} (changed 2026-09, old one ${k.n('********')}).

Kiosk autologon (registry):
${F}
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultUserName /t REG_SZ /d kiosk /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${k.hp()} /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f
${F}
`,
  ),

  od(
    'ops-ps-choco-nuget-push',
    ['command-line'],
    'build/publish.ps1',
    (k) => `$ErrorActionPreference = 'Stop'
$version = '${k.ver()}'
dotnet pack .\\src\\Acme.Client -c Release -p:Version=$version
dotnet nuget push ".\\src\\Acme.Client\\bin\\Release\\Acme.Client.$version.nupkg" --api-key ${k.tok(k.g.lower(46))} --source https://nuget.corp.local/v3/index.json
choco push .\\acme-agent.$version.nupkg --source https://choco.corp.local/ --api-key ${k.tok(k.g.uuid())}
dotnet nuget add source https://pkgs.dev.azure.com/acme/_packaging/feed/nuget/v3/index.json -n acme -u build -p ${k.tok(k.g.lower(52))} --store-password-in-clear-text
# commit: ${k.sha()}
`,
  ),

  od(
    'ops-bat-deploy-iis',
    ['command-line'],
    'deploy/deploy-iis.cmd',
    (k) => `@echo off
setlocal
set SITE=Intranet
set MSDEPLOY="C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe"
set DEPLOY_USER=CORP\\webdeploy
set DEPLOY_PASS=${k.gp()}

%MSDEPLOY% -verb:sync -source:package=Intranet.zip -dest:auto,computerName="https://web01:8172/msdeploy.axd?site=%SITE%",userName=%DEPLOY_USER%,${k.n('password=%DEPLOY_PASS%')},authType=Basic -allowUntrusted
%MSDEPLOY% -verb:sync -source:package=Intranet.zip -dest:auto,computerName="https://web02:8172/msdeploy.axd",userName=webdeploy,password=${k.hp()},authType=Basic -allowUntrusted
appcmd set apppool "Intranet" -processModel.userName:CORP\\svc_intranet -processModel.password:${k.hp()}
echo Deployed build ${k.bid()}
endlocal
`,
  ),
];
