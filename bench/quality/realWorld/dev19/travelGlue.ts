// The everyday glue of hotel and agency IT: PowerShell and batch on front-office Windows PCs, `net use` mapped
// drives, scheduled SFTP/FTP exports of night-audit reports (WinSCP scripts, lftp, curl -u), SQL Server connection
// strings, .NET and Java middleware configs, cron jobs on the interface server.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_GLUE_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-night-audit-winscp-script',
    ['command-line', 'precision'],
    'C:/NightAudit/upload_reports.txt',
    (k) => `# WinSCP script, run by Task Scheduler at 04:30 after the Opera night audit
# "C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /script=C:\\NightAudit\\upload_reports.txt /log=C:\\NightAudit\\winscp.log
option batch abort
option confirm off
open sftp://na_${k.g.lower(5)}:${k.spw()}@sftp.revenue-partner.example/ -hostkey="ssh-ed25519 255 ${k.n(k.g.base64(43))}"
cd /inbound/${T.propCode(k.g)}
put D:\\Opera\\export\\*_%TIMESTAMP#yyyymmdd%.csv
close
exit
`,
  ),

  tDoc(
    'travel-net-use-frontoffice-bat',
    ['command-line', 'precision'],
    'C:/Scripts/mapdrives.bat',
    (k) => `@echo off
REM Front office PCs - map shared drives at logon
net use H: \\\\FS01\\frontoffice /persistent:no
net use R: \\\\FS01\\reports /user:HOTEL\\svc_reports ${k.pw()} /persistent:yes
net use S: \\\\${T.ipv4(k.g)}\\scans /user:scanner ${k.dev()}
net use P: \\\\FS01\\%USERNAME% /persistent:no
REM Opera client shortcut
start "" "https://opera.hotel.local/OPERA9/opera/operaweb/index.jsp"
`,
  ),

  tDoc(
    'travel-lftp-cron-export',
    ['command-line', 'config-syntax', 'precision'],
    'etc/cron.d/revenue-export',
    (k) => `# Nightly export of the RMS snapshot to the revenue consultants
SHELL=/bin/bash
MAILTO=it-ops@hotelgroup.example
30 5 * * * ifc lftp -u rms_upload,${k.spw()} -e "set ssl:verify-certificate no; mirror -R /srv/exports/rms /upload; quit" ftp.revenueconsult.example >> /var/log/rms-export.log 2>&1
45 5 * * * ifc curl -sS -u stats_${k.g.lower(4)}:${k.spw()} -T /srv/exports/str/$(date +\\%F).csv ftp://str-upload.example/incoming/
0 6 * * * ifc /opt/ifc/bin/purge-logs --days 30
`,
  ),

  tDoc(
    'travel-opera-report-ps1',
    ['code', 'command-line', 'precision'],
    'scripts/Get-OccupancyReport.ps1',
    (k) => `# Pulls yesterday's occupancy from the Opera DB and mails it to the GM
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=OPERA-DB\\OPERA;Database=opera_rpt;User Id=rpt_reader;Password=${k.cs()};"
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT resort, business_date, rooms_sold, occupancy FROM v_occupancy WHERE business_date = CAST(GETDATE()-1 AS date)"
$table = New-Object System.Data.DataTable
$table.Load($cmd.ExecuteReader())

$smtpPass = ConvertTo-SecureString "${k.pw()}" -AsPlainText -Force
$smtpCred = New-Object System.Management.Automation.PSCredential("reports@hotelgroup.example", $smtpPass)
Send-MailMessage -To "gm@hotelgroup.example" -From "reports@hotelgroup.example" -Subject "Occupancy" -Body ($table | Out-String) -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $smtpCred
`,
  ),

  tDoc(
    'travel-dotnet-web-config',
    ['config-syntax', 'precision'],
    'GuestPortal/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="GuestPortal" connectionString="Data Source=SQL02;Initial Catalog=GuestPortal;User ID=gp_app;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="Loyalty" connectionString="Data Source=SQL02;Initial Catalog=Loyalty;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PmsInterfaceUser" value="gp_ifc" />
    <add key="PmsInterfacePassword" value="${k.pw()}" />
    <add key="TwilioAccountSid" value="${k.n(T.twilioSid(k.g))}" />
    <add key="TwilioAuthToken" value="${k.prov('Twilio auth token', T.twilioToken(k.g))}" />
    <add key="ReCaptchaSiteKey" value="${k.n('6L' + k.g.alnum(38))}" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <system.web>
    <machineKey validationKey="${k.s('token', k.g.hex(128).toUpperCase())}" decryptionKey="${k.s('token', k.g.hex(48).toUpperCase())}" validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
`,
  ),

  tDoc(
    'travel-sqlcmd-backup-cmd',
    ['command-line', 'precision'],
    'C:/Backup/backup_pms.cmd',
    (k) => `@echo off
set BK=E:\\Backup\\%date:~-4%%date:~3,2%%date:~0,2%
mkdir %BK%
sqlcmd -S PMSDB01 -U sa -P ${k.spw()} -Q "BACKUP DATABASE [protel] TO DISK='%BK%\\protel.bak' WITH COMPRESSION"
"C:\\Program Files\\7-Zip\\7z.exe" a -p${k.spw()} %BK%\\protel.7z %BK%\\protel.bak
robocopy %BK% \\\\NAS01\\pms-backups /E /R:2 /W:5
`,
  ),

  tDoc(
    'travel-interface-server-env',
    ['config-syntax', 'precision'],
    'ifc-server/.env.example',
    (k) => `# copy to .env and fill in; the real values are in the vault (path hotel/ifc/prod)
DB_HOST=localhost
DB_USER=ifc
DB_PASSWORD=${k.ph()}
FIAS_LINK_PASSWORD=${k.ph()}
SMTP_PASSWORD=${k.n('${SMTP_PASSWORD}')}
REDIS_URL=redis://localhost:6379
JWT_SECRET=${k.n('change-me-in-production')}
OPERA_APP_KEY=${k.n('<your-ohip-app-key>')}
BOOKING_MACHINE_PASSWORD=${k.n('op://Hotel IT/bdc-machine-account/password')}
`,
  ),

  tDoc(
    'travel-ansible-hotel-inventory',
    ['config-syntax', 'precision'],
    'ansible/inventories/resorts.ini',
    (k) => `[pms_ifc]
ifc-cun ansible_host=10.40.1.10
ifc-pvr ansible_host=10.41.1.10 ansible_user=ifcadmin ansible_password=${k.pw()}

[frontdesk_pcs:vars]
ansible_connection=winrm
ansible_user=HOTEL\\svc_ansible
ansible_password=${k.pw()}
ansible_winrm_transport=ntlm

[pos_servers:vars]
ansible_become_password="{{ vault_pos_become }}"
`,
  ),

  tDoc(
    'travel-spring-middleware-props',
    ['config-syntax', 'code', 'precision'],
    'hotel-hub/src/main/resources/application.properties',
    (k) => `server.port=8085
spring.datasource.url=jdbc:sqlserver://hub-sql.hotel.local;databaseName=HotelHub;encrypt=true;trustServerCertificate=true
spring.datasource.username=hotelhub
spring.datasource.password=${k.pw()}
spring.rabbitmq.host=mq.hotel.local
spring.rabbitmq.username=hub
spring.rabbitmq.password=${k.spw()}
hub.sendgrid.api-key=${k.prov('SendGrid API key', T.sendgrid(k.g))}
hub.mail.from=reservas@hotelgroup.example
hub.guest-app.jwt-secret=${k.tok()}
management.endpoints.web.exposure.include=health,info
`,
  ),

  tDoc(
    'travel-sftp-python-export',
    ['code', 'precision'],
    'exports/str_upload.py',
    (k) => `"""Daily STR / benchmarking export over SFTP (runs on the interface server)."""
import datetime
import paramiko

HOST = "sftp.benchmark-partner.example"
USER = "htl_${k.g.digits(5)}"
PASSWORD = "${k.pw()}"

def upload(path):
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(path, f"/in/{datetime.date.today():%Y%m%d}.csv")
    t.close()
`,
  ),

  tDoc(
    'travel-ssh-key-interface-server',
    ['credential-file', 'precision'],
    'ifc-server/deploy/id_ed25519',
    (k) => `${k.key(T.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),

  tDoc(
    'travel-rsync-backup-sh',
    ['command-line', 'code', 'precision'],
    'scripts/sync-guest-photos.sh',
    (k) => `#!/bin/sh
# Sync the spa guest-photo consent scans to the NAS (rsync daemon)
export RSYNC_PASSWORD='${k.pw()}'
rsync -av --delete /srv/spa/scans/ rsync://spa@nas01.hotel.local/spa-scans/
# smbclient fallback when the daemon is down
# smbclient //nas01/spa-scans -U spa%${k.spw()} -c 'prompt; recurse; mput *'
`,
  ),
];
