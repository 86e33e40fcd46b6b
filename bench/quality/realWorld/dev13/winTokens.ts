// Tokens without a prefix in Windows admin tooling: REST calls from PowerShell, Postman exports, app.config,
// Windows build pipelines, monitoring agents (NSClient++, Icinga), automation webhooks, MID servers.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;

export const WIN_TOKENS = [
  wdoc(
    'ps-rest-multi',
    ['code', 'http-auth'],
    'scripts/Sync-Licenses.ps1',
    (k) => r`# Nightly license sync: Snipe-IT <- PDQ Inventory, report to TOPdesk
$snipeHeaders = @{
    'Authorization' = 'Bearer ${k.http(V.jwt(k.g))}'
    'Accept'        = 'application/json'
}
$pdqKey = "${k.tok(k.g.hex(40))}"
$assets = Invoke-RestMethod "https://pdq.corp.local/api/v1/computers?api_key=$pdqKey"
foreach ($a in $assets) {
    Invoke-RestMethod -Method Patch -Uri "https://snipe.corp.local/api/v1/hardware/$($a.id)" -Headers $snipeHeaders -Body ($a | ConvertTo-Json)
}
# TOPdesk application password for the operator "api-sync"
$td = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('api-sync:${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5) + '-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5) + '-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5) + '-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5) + '-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5))}'))
Invoke-RestMethod -Uri 'https://topdesk.corp.local/tas/api/incidents' -Headers @{ Authorization = "Basic $td" } -Method Post -Body $body
# Freshservice (the Spanish subsidiary)
$fs = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('${k.tok(k.g.alnum(20))}:X')) }
`,
  ),
  wdoc(
    'postman-env-helpdesk',
    ['config-syntax', 'http-auth'],
    'postman/Helpdesk-Prod.postman_environment.json',
    (k) => r`{
	"id": "${k.n(k.g.uuid())}",
	"name": "Helpdesk PROD",
	"values": [
		{ "key": "jira_base", "value": "https://jira.corp.local", "type": "default", "enabled": true },
		{ "key": "jira_pat", "value": "${k.tok(k.g.base64(44))}", "type": "secret", "enabled": true },
		{ "key": "confluence_pat", "value": "${k.tok(k.g.base64(44))}", "type": "secret", "enabled": true },
		{ "key": "glpi_app_token", "value": "${k.tok(k.g.alnum(40))}", "type": "default", "enabled": true },
		{ "key": "glpi_user_token", "value": "${k.tok(k.g.alnum(40))}", "type": "default", "enabled": true },
		{ "key": "request_id", "value": "${k.n(k.g.uuid())}", "type": "default", "enabled": true }
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2024-05-06T09:12:33.101Z",
	"_postman_exported_using": "Postman/10.24.16"
}
`,
  ),
  wdoc(
    'app-config-service',
    ['config-syntax'],
    'src/Contoso.ImportService/App.config',
    (k) => r`<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup><supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" /></startup>
  <appSettings>
    <add key="ImportFolder" value="\\fs01\EDI\in" />
    <add key="EncryptionKey" value="${k.tok(k.g.base64(32))}" />
    <add key="SigningSecret" value="${k.tok(k.g.hex(64))}" />
    <add key="LicenseToken" value="${k.tok(k.g.alnum(48))}" />
    <add key="AesIV" value="${k.n(k.g.base64(22) + '==')}" />
    <add key="CorrelationHeader" value="X-Correlation-Id" />
    <add key="LastRunId" value="${k.n(k.g.uuid())}" />
  </appSettings>
  <system.serviceModel>
    <client>
      <endpoint address="https://erp.corp.local/Services/Import.svc" binding="basicHttpBinding" contract="IImport" />
    </client>
  </system.serviceModel>
</configuration>
`,
  ),
  wdoc(
    'jenkinsfile-windows',
    ['code', 'command-line'],
    'ci/Jenkinsfile',
    (k) => r`pipeline {
  agent { label 'windows' }
  stages {
    stage('Build') {
      steps {
        bat 'msbuild Contoso.sln /p:Configuration=Release /m'
        bat 'signtool sign /f C:\\certs\\codesign.pfx /p ${k.spw()} /tr http://timestamp.digicert.com /td sha256 /fd sha256 out\\*.exe'
      }
    }
    stage('Publish') {
      steps {
        bat 'nuget push out\\*.nupkg -Source https://proget.corp.local/nuget/internal -ApiKey ${k.tok(k.g.hex(40))}'
        bat 'curl -s -H "PRIVATE-TOKEN: ${k.prov('GitLab PAT', 'glpat-' + k.g.base64url(20))}" -X POST https://gitlab.corp.local/api/v4/projects/42/releases'
        bat 'curl -s -X POST -H "X-Octopus-ApiKey: ${k.tok('API-' + k.g.upper(27))}" https://octopus.corp.local/api/releases'
      }
    }
  }
}
`,
  ),
  wdoc(
    'nsclient-icinga',
    ['config-syntax', 'command-line'],
    'Program Files/NSClient++/nsclient.ini',
    (k) => r`# If you want to fill this file with all available options run the following command:
#   nscp settings --generate --add-defaults --load-all
[/settings/default]
password = ${k.pw()}
allowed hosts = 10.0.0.20, 10.0.0.21

[/settings/NRPE/server]
insecure = false
verify mode = peer-cert

[/settings/WEB/server]
port = 8443
password = ${k.hpw()}

; Icinga 2 agent setup on the same box (pasted from the wiki):
; icinga2 node setup --ticket ${k.tok(k.g.hex(40))} --cn FS01.corp.local --endpoint icinga-master --zone FS01 --parent_zone master
; TicketSalt on the master: const TicketSalt = "${k.tok(k.g.hex(32))}"
`,
  ),
  wdoc(
    'automation-webhooks',
    ['code', 'http-auth'],
    'runbooks/Trigger-Runbooks.ps1',
    (k) => r`# Azure Automation webhooks (the token in the URL is the only auth!)
$hooks = @{
    'Restart-VM'     = 'https://${k.n(k.g.uuid())}.webhook.we.azure-automation.net/webhooks?token=${k.http(encodeURIComponent(k.g.base64(43) + '='))}'
    'Disable-User'   = 'https://${k.n(k.g.uuid())}.webhook.we.azure-automation.net/webhooks?token=${k.http(encodeURIComponent(k.g.base64(43) + '='))}'
}
# Logic App for the onboarding form
$logicApp = 'https://prod-31.westeurope.logic.azure.com:443/workflows/${k.n(k.g.hex(32))}/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${k.http(k.g.base64url(43))}'
Invoke-RestMethod -Method Post -Uri $hooks['Restart-VM'] -Body (@{ VMName = 'web03' } | ConvertTo-Json)
`,
  ),
  wdoc(
    'servicenow-mid-config',
    ['config-syntax'],
    'ServiceNow/MID Server/agent/config.xml',
    (k) => r`<?xml version="1.0" encoding="UTF-8"?>
<parameters>
    <parameter name="url" value="https://contoso.service-now.com/"/>
    <parameter name="mid.instance.username" value="mid_server_01"/>
    <parameter name="mid.instance.password" value="${k.pw()}"/>
    <parameter name="name" value="MID-FS01"/>
    <parameter name="mid.proxy.use_proxy" value="true"/>
    <parameter name="mid.proxy.host" value="proxy.corp.local"/>
    <parameter name="mid.proxy.port" value="8080"/>
    <parameter name="mid.proxy.username" value="CORP\svc_mid"/>
    <parameter encrypt="true" name="mid.proxy.password" value="${k.n('encrypt:' + k.g.base64(44))}"/>
    <parameter name="mid_sys_id" value="${k.n(k.g.hex(32))}"/>
</parameters>
`,
  ),
  wdoc(
    'printer-export',
    ['config-syntax', 'credential-file'],
    'printers/kyocera-taskalfa-export.xml',
    (k) => r`<?xml version="1.0" encoding="UTF-8"?>
<DeviceSettings model="TASKalfa 3253ci" serial="${k.n('W' + k.g.upper(2) + k.g.digits(7))}" firmware="2V8_S000.002.581">
  <Network hostname="MFP-2OG" ip="10.1.3.40" />
  <SNMP v1Enabled="false" readCommunity="${k.n('public')}" v3User="snmpmon" v3AuthPassword="${k.pw()}" v3PrivPassword="${k.pw()}" />
  <SMTP server="smtp.corp.local" port="587" auth="true" user="scanner@contoso.com" password="${k.hpw()}" />
  <LDAP server="dc01.corp.local" bindDn="CN=svc_ldap_mfp,OU=Service,DC=corp,DC=local" bindPassword="${k.pw()}" />
  <SMBDestinations>
    <Destination name="Scans" path="\\fs01\Scans\%u" user="CORP\svc_scan" password="${k.pw()}" />
  </SMBDestinations>
  <Admin user="Admin" password="${k.u('Admin')}" />
</DeviceSettings>
`,
  ),
  wdoc(
    'idrac-ilo',
    ['command-line', 'config-syntax'],
    'hardware/bmc-setup.txt',
    (k) => r`# Dell iDRAC - set the ops user (racadm from the mgmt box)
racadm -r 10.9.0.11 -u root -p ${k.u('calvin')} set iDRAC.Users.3.UserName opsadmin
racadm -r 10.9.0.11 -u root -p ${k.u('calvin')} set iDRAC.Users.3.Password ${k.spw()}
racadm -r 10.9.0.11 -u root -p ${k.u('calvin')} set iDRAC.Users.3.Privilege 0x1ff

# HPE iLO via hponcfg - add_user.xml
<RIBCL VERSION="2.0">
  <LOGIN USER_LOGIN="Administrator" PASSWORD="${k.pw(k.g.upper(8))}">
    <USER_INFO MODE="write">
      <ADD_USER USER_NAME="opsadmin" USER_LOGIN="opsadmin" PASSWORD="${k.gpw()}">
        <ADMIN_PRIV value="Y"/>
      </ADD_USER>
    </USER_INFO>
  </LOGIN>
</RIBCL>
# IPMI via ipmitool: ipmitool -I lanplus -H 10.9.0.12 -U ADMIN -P ${k.pw(k.g.upper(10))} chassis status
`,
  ),
  wdoc(
    'vcenter-session-log',
    ['logs-and-output', 'http-auth'],
    'logs/powercli-debug.log',
    (k) => r`2024-03-12 07:01:02 DEBUG POST https://vcsa01.corp.local/api/session -> 201 (user svc_powercli@vsphere.local)
2024-03-12 07:01:02 DEBUG Response body: "${k.http(k.g.hex(32))}"
2024-03-12 07:01:03 DEBUG GET https://vcsa01.corp.local/api/vcenter/vm  Headers: vmware-api-session-id=${k.http(k.g.hex(32))}
2024-03-12 07:01:03 DEBUG Cookie: vmware_soap_session="${k.http(k.g.hex(40))}"; Path=/; HttpOnly
2024-03-12 07:01:04 INFO  142 VMs returned, request id ${k.n(k.g.uuid())}
2024-03-12 07:01:04 INFO  Host thumbprint ${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(':'))} accepted
`,
  ),
  wdoc(
    'windows-creds-dump-notes',
    ['prose', 'logs-and-output'],
    'pentest/findings-internal.md',
    (k) => r`# Internal pentest – findings (excerpt)

**F-03 Credentials in SYSVOL.** Groups.xml in policy ${k.n('{31B2F340-016D-11D2-945F-00C04FB984F9}')} holds a cpassword
that decrypts with the published AES key. Decrypted value: ${k.pw()} (still valid for the local Administrator on 212 hosts).

**F-07 Credentials in scripts.** \\corp.local\NETLOGON\map.vbs contains the password of svc_mkt: ${k.pw()}

**F-09 Kerberoastable service accounts.** svc_sql cracked in 4 minutes (hash ${k.n('$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/sql01*$' + k.g.hex(32) + '$' + k.g.hex(96))}...). Password: ${k.hpw()}

**F-12 Secrets in the helpdesk tool.** API key for the asset tool in a public KB article: ${k.tok(k.g.hex(32))}

NTLM hashes of privileged accounts were obtained (not reproduced here: ${k.n('aad3b435b51404eeaad3b435b51404ee')}:${k.n('[redacted]')}).
`,
  ),
];
