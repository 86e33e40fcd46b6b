// Agent and tool configs on Windows servers: Duo, Splunk, Zabbix, Chocolatey/NuGet, RMM agents, build agents, EDR.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;
const BT = '`';

export const WIN_AGENTS = [
  wdoc(
    'duo-authproxy',
    ['config-syntax', 'credential-file'],
    'Program Files/Duo Security Authentication Proxy/conf/authproxy.cfg',
    (k) => r`[main]
debug=false

[ad_client]
host=dc01.corp.local
host_2=dc02.corp.local
service_account_username=svc_duoproxy
service_account_password=${k.pw()}
search_dn=DC=corp,DC=local
security_group_dn=CN=VPN-Users,OU=Groups,DC=corp,DC=local

[radius_server_auto]
ikey=${k.n('DI' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18))}
skey=${k.tok(k.g.alnum(40))}
api_host=api-${k.n(k.g.hex(8))}.duosecurity.com
radius_ip_1=10.0.0.1
radius_secret_1=${k.tok(k.g.alnum(24))}
failmode=safe
client=ad_client
port=1812
`,
  ),
  wdoc(
    'splunk-uf-conf',
    ['config-syntax'],
    'Program Files/SplunkUniversalForwarder/etc/system/local/outputs.conf',
    (k) => r`[tcpout]
defaultGroup = corp_indexers

[tcpout:corp_indexers]
server = idx01.corp.local:9997, idx02.corp.local:9997
sslPassword = ${k.pw()}
useACK = true

# deploymentclient.conf lives next door; HEC for the PowerShell scripts:
# [http://ps_scripts]
# token = ${k.tok(k.g.uuid().toUpperCase())}

[general]
pass4SymmKey = ${k.tok(k.g.alnum(32))}
`,
  ),
  wdoc(
    'zabbix-agent-conf',
    ['config-syntax'],
    'Program Files/Zabbix Agent 2/zabbix_agent2.conf',
    (k) => r`# Zabbix agent 2 - Windows template, Contoso
LogFile=C:\Program Files\Zabbix Agent 2\zabbix_agent2.log
Server=zbx01.corp.local
ServerActive=zbx01.corp.local
Hostname=FS01
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-FS01
# the key itself is normally in the file below, but we inlined it during the migration
# TLSPSKFile=C:\Program Files\Zabbix Agent 2\psk.key
TLSPSK=${k.tok(k.g.hex(64))}
Plugins.Mssql.Sessions.Prod.Uri=sqlserver://SQL01:1433
Plugins.Mssql.Sessions.Prod.User=zbx_monitor
Plugins.Mssql.Sessions.Prod.Password=${k.pw()}
`,
  ),
  wdoc(
    'chocolatey-push',
    ['command-line', 'prose'],
    'packaging/README-internal-feed.md',
    (k) => r`# Internal Chocolatey / NuGet feed (ProGet)

Push a package:

    choco push .\corp-vpnclient.4.2.0.nupkg --source https://proget.corp.local/nuget/choco-internal/ --api-key ${k.tok(k.g.hex(40))}

The NuGet.config for Visual Studio:

    <packageSourceCredentials>
      <ProGet>
        <add key="Username" value="build" />
        <add key="ClearTextPassword" value="${k.pw()}" />
      </ProGet>
    </packageSourceCredentials>

Install on clients: choco install corp-vpnclient -s choco-internal -y
The feed's public URL is https://proget.corp.local/nuget/choco-internal/ (read access is anonymous).
`,
  ),
  wdoc(
    'rmm-agent-install',
    ['command-line'],
    'rmm/install-agents.cmd',
    (k) => r`@echo off
REM RMM + EDR agent install for new workstations (run from the MDT task sequence)
msiexec /i "%~dp0NinjaOneAgent.msi" /qn TOKENID=${k.tok(k.g.uuid())}
"%~dp0WindowsSensor.exe" /install /quiet /norestart CID=${k.tok(k.g.hex(32).toUpperCase() + '-' + k.g.hex(2).toUpperCase())}
msiexec /i "%~dp0SentinelInstaller.msi" SITE_TOKEN="${k.tok(V.b64(JSON.stringify({ url: 'https://euce1-corp.sentinelone.net', site_key: k.g.hex(16) })))}" /q
"%~dp0TeamViewer_Host.msi" CUSTOMCONFIGID=${k.n(k.g.alnum(7).toLowerCase())} APITOKEN=${k.tok(`${k.g.digits(8)}-${k.g.alnum(20)}`)} ASSIGNMENTOPTIONS="--grant-easy-access"
"%~dp0AgentSetup.exe" /s /v"/qn SERVER=https://kaseya.corp.local ACCOUNT=contoso PASSWORD=${k.spw()}"
`,
  ),
  wdoc(
    'azdo-agent-config',
    ['command-line', 'prose'],
    'docs/build-agent-windows.md',
    (k) => r`## Windows build agent (Azure DevOps Server on-prem)

    .\config.cmd --unattended --url https://devops.corp.local/DefaultCollection --auth pat ${BT}
      --token ${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 52))} --pool WinBuild --agent BUILD05 ${BT}
      --runAsService --windowsLogonAccount CORP\svc_build --windowsLogonPassword ${k.pw()}

Jenkins inbound agent on the same box (old pipeline):

    java -jar agent.jar -jnlpUrl https://jenkins.corp.local/computer/BUILD05/jenkins-agent.jnlp -secret ${k.tok(k.g.hex(64))} -workDir C:\jenkins
`,
  ),
  wdoc(
    'sophos-central-api',
    ['code'],
    'scripts/Get-SophosAlerts.ps1',
    (k) => r`# Sophos Central API - alerts to the SIEM
$clientId = '${k.n(k.g.uuid())}'
$clientSecret = '${k.tok(k.g.hex(100))}'
$auth = Invoke-RestMethod -Method Post -Uri 'https://id.sophos.com/api/v2/oauth2/token' -Body "grant_type=client_credentials&client_id=$clientId&client_secret=$clientSecret&scope=token"
$whoami = Invoke-RestMethod -Uri 'https://api.central.sophos.com/whoami/v1' -Headers @{ Authorization = "Bearer $($auth.access_token)" }
$tenantId = $whoami.id   # e.g. ${k.n(k.g.uuid())}
# fallback static token someone pasted while debugging:
# Authorization: Bearer ${k.http(V.jwt(k.g))}
`,
  ),
  wdoc(
    'manageengine-api',
    ['code', 'http-auth'],
    'scripts/Create-SDPTicket.ps1',
    (k) => r`# ManageEngine ServiceDesk Plus - create a ticket from monitoring
$sdp = 'https://helpdesk.corp.local:8080'
$techKey = '${k.tok(k.g.uuid().toUpperCase())}'
$input = @{ request = @{ subject = "Disk full on $env:COMPUTERNAME"; requester = @{ name = 'Monitoring' } } } | ConvertTo-Json -Depth 4
Invoke-RestMethod -Uri "$sdp/api/v3/requests" -Method Post -Headers @{ authtoken = $techKey } -Body @{ input_data = $input }
# PRTG push sensor
Invoke-WebRequest "https://prtg.corp.local:5051/${k.tok(k.g.uuid().toUpperCase())}?content=<prtg><result><channel>free</channel><value>12</value></result></prtg>"
# PRTG API user passhash (not the password, but works as one)
$prtg = "https://prtg.corp.local/api/table.json?content=sensors&username=prtgapi&passhash=${k.tok(k.g.digits(10))}"
`,
  ),
  wdoc(
    'wsus-sql-sccm-ini',
    ['config-syntax'],
    'SCCM/Setup/ConfigMgrAutoSave.ini',
    (k) => r`[Identification]
Action=InstallPrimarySite

[Options]
ProductID=${k.n('EVAL')}
SiteCode=PR1
SiteName=Primary Site Contoso
SMSInstallDir=E:\Program Files\Microsoft Configuration Manager
SDKServer=sccm01.corp.local
PrerequisiteComp=1
PrerequisitePath=E:\CM_Prereqs
AdminConsole=1
JoinCEIP=0

[SQLConfigOptions]
SQLServerName=SQL-CM01.corp.local
DatabaseName=CM_PR1
SQLSSBPort=4022

[CloudConnectorOptions]
CloudConnector=1
CloudConnectorServer=sccm01.corp.local
UseProxy=1
ProxyName=proxy.corp.local
ProxyPort=8080
ProxyUser=CORP\svc_proxy
ProxyPassword=${k.pw()}
`,
  ),
  wdoc(
    'bginfo-kiosk-secrets',
    ['config-syntax', 'precision'],
    'kiosk/kiosk-config.json',
    (k) => r`{
  "kioskName": "Empfang-01",
  "assignedAccess": { "profileId": "${k.n(V.guid(k.g))}", "user": "kioskuser0" },
  "autoLogon": { "user": "kioskuser0", "password": "${k.hpw()}" },
  "browser": { "homepage": "https://intranet.corp.local/besucher", "idleReset": 300 },
  "visitorApi": { "url": "https://besucher.corp.local/api", "key": "${k.tok()}", "siteId": "${k.n(k.g.uuid())}" },
  "exitPin": "${k.pin()}",
  "checksum": "${k.n(k.g.hex(64))}"
}
`,
  ),
  wdoc(
    'azure-storage-backup',
    ['config-syntax', 'command-line'],
    'scripts/offsite-backup.cmd',
    (k) => r`@echo off
REM offsite copy of the Veeam repo to Azure (cool tier)
set AZ_ACCOUNT=contosobackup01
set AZ_KEY=${k.prov('Azure storage account key', V.storageKey(k.g))}
azcopy copy "E:\VeeamRepo\*" "https://contosobackup01.blob.core.windows.net/veeam?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${k.http(encodeURIComponent(k.g.base64(43) + '='))}" --recursive
REM storage explorer connection string (copy from portal):
REM DefaultEndpointsProtocol=https;AccountName=contosobackup01;AccountKey=${k.prov('Azure storage account key', V.storageKey(k.g))};EndpointSuffix=core.windows.net
`,
  ),
];
