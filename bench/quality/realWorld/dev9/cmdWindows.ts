// rw-dev9 cmd part: Windows batch and PowerShell as admins write them: net user / net use, runas, psexec,
// winrm, sqlcmd, scheduled tasks, plink/pscp, mapped drives.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_WINDOWS_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-bat-map-drives',
    ['command-line'],
    'scripts/logon/map_drives.bat',
    (c) => `@echo off
REM Netzlaufwerke verbinden - Filiale Hamburg
net use * /delete /y
net use H: \\\\fs01\\home\\%USERNAME% /persistent:no
net use S: \\\\fs01\\scan ${c.bpw()} /user:HH\\scanuser /persistent:yes
net use P: \\\\print01\\ipc$ /user:print01\\Administrator ${c.bpw()}
if errorlevel 1 echo Fehler beim Verbinden & pause
`,
  ),

  cdoc(
    'cmd-bat-local-admin',
    ['command-line'],
    'deploy/setup_kiosk.cmd',
    (c) => `@echo off
:: kiosk setup - run as admin
net user kiosk ${c.bpw()} /add /passwordchg:no
net user Administrator ${c.gbpw()}
net localgroup administrators kiosk /delete
wmic useraccount where "name='kiosk'" set PasswordExpires=false
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultUserName /t REG_SZ /d kiosk /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${c.bpw()} /f
shutdown /r /t 5
`,
  ),

  cdoc(
    'cmd-bat-psexec-runas',
    ['command-line'],
    'tools/remote_patch.bat',
    (c) => `@echo off
set TARGETS=pc-0101 pc-0102 pc-0103
for %%H in (%TARGETS%) do (
  psexec \\\\%%H -u CORP\\patchsvc -p ${c.bpw()} -h -d cmd /c "\\\\deploy01\\patches\\install.cmd"
)
runas /user:CORP\\helpdesk /savecred "mmc compmgmt.msc"
schtasks /create /s pc-0101 /u CORP\\patchsvc /p ${c.bpw()} /tn "NightlyPatch" /tr "C:\\patch\\run.cmd" /sc daily /st 02:00 /ru SYSTEM
plink -ssh -batch -pw ${c.bpw()} root@10.20.0.5 "reboot"
pscp -pw ${c.bpw()} C:\\logs\\*.log backup@10.20.0.9:/srv/winlogs/
`,
  ),

  cdoc(
    'cmd-ps1-winrm',
    ['command-line'],
    'ops/Invoke-Maintenance.ps1',
    (c) => `# Wartungsfenster: IIS neu starten auf allen Webservern
param(
  [string[]]$Servers = @('web01','web02'),
  [pscredential]${c.n('$Credential')}
)
if (-not ${c.n('$Credential')}) {
  $user = 'CORP\\svc_maint'
  ${c.n('$secure')} = ConvertTo-SecureString -String "${c.pw().replace(/\$/g, '')}" -AsPlainText -Force
  ${c.n('$Credential')} = [pscredential]::new($user, ${c.n('$secure')})
}
winrm set winrm/config/client '@{TrustedHosts="web01,web02"}'
winrs -r:web03 -u:CORP\\svc_maint -p:${c.bpw()} "iisreset /restart"
foreach ($s in $Servers) {
  Invoke-Command -ComputerName $s -Credential ${c.n('$Credential')} -ScriptBlock { iisreset /restart }
}
`,
  ),

  cdoc(
    'cmd-ps1-connection-strings',
    ['command-line'],
    'scripts/Export-Orders.ps1',
    (c) => `# Export der Bestellungen für Controlling
$ErrorActionPreference = 'Stop'
${c.n('$connStr')} = "Server=tcp:sql02.corp.local,1433;Database=Orders;User ID=export_user;Password=${c.cs()};Encrypt=True;TrustServerCertificate=True"
$conn = New-Object System.Data.SqlClient.SqlConnection ${c.n('$connStr')}
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT * FROM dbo.Orders WHERE OrderDate >= DATEADD(day,-1,GETDATE())"
$adapter = New-Object System.Data.SqlClient.SqlDataAdapter $cmd
$table = New-Object System.Data.DataTable
[void]$adapter.Fill($table)
$table | Export-Csv -Path "\\\\fs01\\controlling\\orders_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation -Delimiter ';'
$conn.Close()
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From export@corp.example -To controlling@corp.example -Subject "Orders" -Credential (New-Object pscredential('export@corp.example',(ConvertTo-SecureString '${c.pw()}' -AsPlainText -Force)))
`,
  ),

  cdoc(
    'cmd-ps1-rest-api',
    ['command-line', 'http-auth'],
    'scripts/Sync-Tickets.ps1',
    (c) => `$baseUrl = 'https://support.example.com/api/v2'
${c.n('$apiToken')} = '${c.tok(c.g.alnum(40))}'
$pair = "agent@example.com/token:${c.n('$apiToken')}"
${c.n('$headers')} = @{ Authorization = "Basic ${c.basic('agent@example.com/token')}" }
$tickets = Invoke-RestMethod -Uri "$baseUrl/tickets.json?status=open" -Headers ${c.n('$headers')}
${c.n('$jira')} = @{ Authorization = 'Bearer ${c.jwt()}'; Accept = 'application/json' }
Invoke-RestMethod -Method Post -Uri 'https://jira.corp.example/rest/api/2/issue' -Headers ${c.n('$jira')} -Body ($tickets | ConvertTo-Json) -ContentType 'application/json'
Write-Host "Synced $($tickets.count) tickets (run id ${c.reqId()})"
`,
  ),

  cdoc(
    'cmd-bat-sqlcmd-backup',
    ['command-line'],
    'backup/sql_backup.bat',
    (c) => `@echo off
set SQLUSER=sa
set SQLPASS=${c.bpw()}
set BACKUPDIR=D:\\Backups\\SQL
sqlcmd -S .\\SQLEXPRESS -U %SQLUSER% -P ${c.n('%SQLPASS%')} -Q "BACKUP DATABASE [Kasse] TO DISK='%BACKUPDIR%\\Kasse.bak' WITH INIT"
osql -S .\\SQLEXPRESS -U sa -P ${c.bpw()} -Q "DBCC CHECKDB('Kasse')"
"C:\\Program Files\\7-Zip\\7z.exe" a -p${c.bpw()} -mhe "%BACKUPDIR%\\Kasse_%DATE:~-4%%DATE:~3,2%%DATE:~0,2%.7z" "%BACKUPDIR%\\Kasse.bak"
robocopy %BACKUPDIR% \\\\nas02\\sqlbackup *.7z /MOV /R:2 /W:5
`,
  ),

  cdoc(
    'cmd-ps1-azure-az',
    ['command-line'],
    'infra/New-TestEnv.ps1',
    (c) => `# crée un environnement de test (à supprimer après la démo)
$rg = 'rg-demo-' + (Get-Random -Maximum 9999)
az group create -n $rg -l westeurope
az vm create -g $rg -n demo-vm --image Ubuntu2204 --admin-username azureuser --admin-password '${c.pw()}' --authentication-type password
az sql server create -g $rg -n "demo-sql-$rg" -u sqladmin -p '${c.pw()}' -l westeurope
az keyvault secret set --vault-name kv-demo --name smtp-password --value '${c.pw()}'
az ad sp create-for-rbac --name demo-sp --role contributor --scopes /subscriptions/${c.n(c.g.uuid())}/resourceGroups/$rg
az keyvault secret show --vault-name kv-demo --name smtp-password --query value -o tsv
`,
  ),
];
