// Batch and cmd files as Windows admins write them: drive maps, runas, schtasks, psexec, cmdkey, sqlcmd/osql/bcp.
import { wdoc } from './winValues';

const r = String.raw;

export const WIN_BATCH = [
  wdoc(
    'bat-map-drives',
    ['command-line', 'code'],
    'netlogon/map_drives.bat',
    (k) => r`@echo off
REM ==== Laufwerke verbinden - Buchhaltung ====
REM geaendert 03.2024 MK (alter Server fs02 abgeschaltet)
net use * /delete /y >nul 2>&1
net use H: \\fs01\home$\%USERNAME% /persistent:no
net use S: \\fs01\Scans /user:CONTOSO\svc_scan ${k.pw()} /persistent:yes
net use T: \\nas-buchh\Transfer ${k.hpw()} /user:nas-buchh\transfer
REM Drucker
rundll32 printui.dll,PrintUIEntry /in /n "\\print01\HP-Buchhaltung-2OG"
if exist "\\fs01\Scans\readme.txt" echo Scans verbunden
exit /b 0
`,
  ),
  wdoc(
    'bat-runas-installer',
    ['command-line'],
    'tools/install_erp_client.cmd',
    (k) => r`@echo off
setlocal
set SRC=\\deploy01\pkgs\ERPClient\7.4.2
set LOG=%TEMP%\erpclient_install.log
:: runas cannot take a password, so we use the sanur trick like on the old XP boxes
runas /user:%COMPUTERNAME%\installadmin "msiexec /i %SRC%\ERPClient.msi /qn /l*v %LOG%" | sanur ${k.pw()}
if errorlevel 1 goto fail
echo done & goto :eof
:fail
echo Installation fehlgeschlagen, siehe %LOG%
`,
  ),
  wdoc(
    'bat-schtasks-backup',
    ['command-line'],
    'scripts/setup-backup-task.bat',
    (k) => r`@echo off
rem Creates the nightly SQL backup job on each branch server. Run as local admin.
rem usage: setup-backup-task.bat SERVERNAME
if "%1"=="" (echo usage: %0 server & exit /b 1)
schtasks /create /s %1 /tn "Nightly SQL Backup" /tr "C:\Scripts\sqlbackup.cmd" /sc daily /st 23:30 /ru CORP\svc_sqlbackup /rp ${k.gpw()} /rl highest /f
schtasks /create /s %1 /tn "Cleanup Temp" /tr "C:\Scripts\cleanup.cmd" /sc weekly /d SUN /st 04:00 /ru SYSTEM /f
schtasks /create /s %1 /tn "Report Export" /tr "C:\Scripts\export.cmd" /sc daily /st 06:00 /ru CORP\svc_reports /rp ${k.n('*')}
schtasks /query /s %1 /tn "Nightly SQL Backup" /v /fo list
`,
  ),
  wdoc(
    'bat-psexec-rollout',
    ['command-line'],
    'rollout/push_agent.cmd',
    (k) => r`@echo off
REM push the monitoring agent to all hosts in hosts.txt
REM NB: psexec pw is the same as in KeePass "Rollout" entry
for /f %%h in (hosts.txt) do (
  echo === %%h ===
  psexec \\%%h -u CORP\da-rollout -p ${k.pw()} -h -accepteula cmd /c "\\deploy01\agents\install.cmd"
)
psexec \\kiosk-07 -u kiosk-07\Administrator -p ${k.hpw()} -s -d reg add "HKLM\SOFTWARE\Policies\Kiosk" /v Locked /t REG_DWORD /d 1 /f
psexec @hosts_wave2.txt -u CORP\da-rollout -p %ROLLOUT_PW% -h cmd /c ver
`,
  ),
  wdoc(
    'bat-cmdkey-terminal',
    ['command-line'],
    'scripts/rds_cmdkey.bat',
    (k) => r`:: store the creds for the RDS farm so the shortcut just works (user: reception)
cmdkey /generic:TERMSRV/rds01.corp.local /user:CORP\reception /pass:${k.hpw()}
cmdkey /generic:TERMSRV/rds02.corp.local /user:CORP\reception /pass:${k.n('%RDS_PASS%')}
cmdkey /add:nas01 /user:nas01\backup /pass:${k.pw()}
cmdkey /list
mstsc /v:rds01.corp.local /f
`,
  ),
  wdoc(
    'bat-sqlcmd-nightly',
    ['command-line', 'code'],
    'C/Scripts/sqlbackup.cmd',
    (k) => r`@echo off
set SQLSRV=SQL01\PROD
set BAKDIR=E:\Backup\%date:~-4%%date:~3,2%%date:~0,2%
mkdir %BAKDIR% 2>nul
sqlcmd -S %SQLSRV% -U backup_op -P ${k.pw()} -Q "BACKUP DATABASE [ERP] TO DISK='%BAKDIR%\ERP.bak' WITH COMPRESSION, INIT" -b
if errorlevel 1 (
   blat -to it@contoso.com -subject "Backup FAILED %SQLSRV%" -body "see log" -server smtp.contoso.com -u alerts@contoso.com -pw ${k.hpw()}
)
bcp "SELECT * FROM ERP.dbo.Orders WHERE OrderDate >= DATEADD(day,-1,GETDATE())" queryout %BAKDIR%\orders.csv -c -t; -S %SQLSRV% -U export_ro -P${k.gpw()}
osql -S LEGACY01 -U sa -P ${k.pw()} -d Lohn -i C:\Scripts\lohn_export.sql -o %BAKDIR%\lohn.txt
`,
  ),
  wdoc(
    'bat-wifi-kiosk',
    ['command-line'],
    'kiosk/setup.bat',
    (k) => r`@echo off
title Kiosk Setup v3
REM WLAN Profil importieren (Schluessel steht im Profil-XML)
netsh wlan add profile filename="%~dp0wlan-gaeste.xml" user=all
netsh wlan set profileparameter name="Gaeste" keyMaterial=${k.pp()}
REM Autologon fuer kiosk user
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" /v DefaultUserName /t REG_SZ /d kiosk /f
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" /v DefaultPassword /t REG_SZ /d ${k.hpw()} /f
net user kiosk ${k.hpw()} /add /passwordchg:no /expires:never
net localgroup Benutzer kiosk /add
wmic useraccount where name='kiosk' set PasswordExpires=false
`,
  ),
  wdoc(
    'bat-net-user-reset',
    ['command-line', 'prose'],
    'helpdesk/reset-local-admin.txt',
    (k) => r`Helpdesk: Reset des lokalen Admins auf Filial-PCs (nur wenn LAPS nicht greift!)

1. Als Domain-Admin am PC anmelden
2. CMD als Admin:

   net user Administrator ${k.pw()}
   net user Administrator /active:yes

3. Danach Ticket schliessen und Passwort im Passwortsafe unter "Filiale-Lokal" aktualisieren.
   (Alt war ${k.n('********')} - nicht mehr verwenden.)

Fuer die Kassen-PCs gilt ein anderes PW:  net user kasse ${k.pin()}
`,
  ),
  wdoc(
    'bat-robocopy-share',
    ['command-line'],
    'scripts/sync_to_dr.cmd',
    (k) => r`@echo off
rem Sync file shares to DR site. Ugly but works. -- tk 2021
set DRUSER=DRSITE\syncsvc
set DRPASS=${k.gpw()}
net use \\dr-fs01\IPC$ /user:%DRUSER% %DRPASS%
robocopy D:\Shares \\dr-fs01\Shares /MIR /COPY:DATSO /R:2 /W:5 /MT:16 /LOG+:C:\Logs\sync.log /NP
net use \\dr-fs01\IPC$ /delete
set DRPASS=
`,
  ),
  wdoc(
    'bat-placeholders',
    ['command-line', 'precision'],
    'docs/batch-templates.md',
    (k) => r`# Batch templates (copy, then fill in)

    net use Z: \\server\share /user:DOMAIN\user ${k.n('<password>')}
    schtasks /create /tn "Job" /tr job.cmd /sc daily /ru DOMAIN\svc /rp ${k.n('%SVC_PASSWORD%')}
    psexec \\host -u DOMAIN\admin -p ${k.n('%ADMIN_PW%')} cmd
    sqlcmd -S server -U user -P ${k.n('!DB_PASS!')} -Q "select 1"
    cmdkey /add:server /user:user /pass:${k.n('{password}')}
    runas /savecred /user:DOMAIN\admin cmd

Never put a real password in these; use ${k.n('%PASSWORD%')} from the environment or /savecred.
The -P parameter of sqlcmd also accepts ${k.n('$(SQLPASSWORD)')} when run from SQL Agent.
`,
  ),
];
