// PowerShell admin scripts: PSCredential, ConvertTo-SecureString, New-LocalUser, AD, Invoke-Sqlcmd, DSC, REST calls.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;
const BT = '`';

export const WIN_POWERSHELL = [
  wdoc(
    'ps-new-hire',
    ['code'],
    'scripts/New-Hire.ps1',
    (k) => r`<#
.SYNOPSIS
  Creates the AD account for a new hire and sets the start password.
.NOTES
  Author: j.schmidt   Last change: 2024-02-11
#>
param(
  [Parameter(Mandatory)] [string]$GivenName,
  [Parameter(Mandatory)] [string]$Surname,
  [string]$Department = 'Sales'
)
Import-Module ActiveDirectory
$sam = ($GivenName.Substring(0,1) + $Surname).ToLower()
$startPw = ConvertTo-SecureString '${k.hpw()}' -AsPlainText -Force
New-ADUser -Name "$GivenName $Surname" -SamAccountName $sam -AccountPassword $startPw ${BT}
  -Path "OU=$Department,OU=Staff,DC=corp,DC=local" -Enabled $true -ChangePasswordAtLogon $true
Add-ADGroupMember -Identity "GG-$Department" -Members $sam
Write-Host "Created $sam" -ForegroundColor Green
`,
  ),
  wdoc(
    'ps-pscredential-remoting',
    ['code'],
    'scripts/Restart-AppPools.ps1',
    (k) => r`$servers = 'web01','web02','web03'
$user = 'CORP\svc_iisadmin'
$pass = '${k.pw()}'
$secure = ConvertTo-SecureString -String $pass -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

Invoke-Command -ComputerName $servers -Credential $cred -ScriptBlock {
    Import-Module WebAdministration
    Get-ChildItem IIS:\AppPools | Where-Object { $_.State -eq 'Started' } | Restart-WebAppPool
}
# fallback for web04 (workgroup box)
$cred4 = [pscredential]::new('web04\Administrator', (ConvertTo-SecureString "${k.hpw()}" -AsPlainText -Force))
Invoke-Command -ComputerName web04 -Credential $cred4 -ScriptBlock { iisreset /noforce }
`,
  ),
  wdoc(
    'ps-local-user',
    ['code'],
    'intune/Remediate-LocalAdmin.ps1',
    (k) => r`# Intune remediation: make sure the break-glass local admin exists
$Name = "lapsfallback"
$Password = ConvertTo-SecureString "${k.gpw()}" -AsPlainText -Force
$existing = Get-LocalUser -Name $Name -ErrorAction SilentlyContinue
if (-not $existing) {
    New-LocalUser -Name $Name -Password $Password -FullName "Break Glass" -Description "Do not delete" -PasswordNeverExpires
    Add-LocalGroupMember -SID 'S-1-5-32-544' -Member $Name
} else {
    $existing | Set-LocalUser -Password $Password
}
exit 0
`,
  ),
  wdoc(
    'ps-ad-reset-bulk',
    ['code', 'prose'],
    'helpdesk/Reset-Semesterstart.ps1',
    (k) => r`# Semesterstart: alle Schueler-Konten der Klasse auf Startpasswort setzen
# Lehrer bekommen die Liste ausgedruckt. NICHT ins Git! (zu spaet...)
$klasse = Read-Host "Klasse (z.B. 7b)"
$neu = '${k.hpw()}'
Get-ADUser -SearchBase "OU=$klasse,OU=Schueler,DC=schule,DC=lan" -Filter * | ForEach-Object {
    Set-ADAccountPassword -Identity $_ -Reset -NewPassword (ConvertTo-SecureString -AsPlainText $neu -Force)
    Set-ADUser -Identity $_ -ChangePasswordAtLogon $true
}
# Lehrerzimmer-PC
Set-ADAccountPassword -Identity lehrerzimmer -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${k.let()}" -Force)
`,
  ),
  wdoc(
    'ps-invoke-sqlcmd',
    ['code'],
    'scripts/Export-Payroll.ps1',
    (k) => r`$ErrorActionPreference = 'Stop'
$params = @{
    ServerInstance = 'SQL-HR01'
    Database       = 'Payroll'
    Username       = 'payroll_export'
    Password       = '${k.pw()}'
    Query          = 'EXEC dbo.usp_MonthlyExport @Month = 0'
    QueryTimeout   = 600
}
$rows = Invoke-Sqlcmd @params
$rows | Export-Csv "\\fs01\HR\Exports\payroll_$(Get-Date -f yyyyMM).csv" -NoTypeInformation -Delimiter ';'

# second server uses the old syntax
Invoke-Sqlcmd -ServerInstance 'SQL-HR02' -Database Archive -Username sa -Password "${k.hpw()}" -Query "DBCC CHECKDB"
`,
  ),
  wdoc(
    'ps-dsc-config',
    ['code', 'config-syntax'],
    'dsc/WebServerConfig.ps1',
    (k) => r`Configuration WebServer {
    param([PSCredential]$DomainCred)
    Import-DscResource -ModuleName PSDesiredStateConfiguration, xWebAdministration, ComputerManagementDsc
    Node $AllNodes.NodeName {
        WindowsFeature IIS { Ensure = 'Present'; Name = 'Web-Server' }
        Computer JoinDomain { Name = $Node.NodeName; DomainName = 'corp.local'; Credential = $DomainCred }
        xWebAppPool AppPool {
            Name = 'OrdersPool'
            identityType = 'SpecificUser'
            Credential = New-Object PSCredential('CORP\svc_orders', (ConvertTo-SecureString '${k.gpw()}' -AsPlainText -Force))
        }
    }
}
$ConfigData = @{
    AllNodes = @(
        @{ NodeName = 'web05'; PSDscAllowPlainTextPassword = $true; PSDscAllowDomainUser = $true }
    )
}
$joinCred = New-Object PSCredential('CORP\djoin', (ConvertTo-SecureString '${k.pw()}' -AsPlainText -Force))
WebServer -ConfigurationData $ConfigData -DomainCred $joinCred -OutputPath C:\DSC\WebServer
`,
  ),
  wdoc('ps-graph-intune', ['code'], 'intune/Get-NonCompliant.ps1', (k) => {
    const tenant = k.g.uuid();
    const client = k.g.uuid();
    return r`# Pulls non-compliant devices from Intune via Graph (app registration "Intune-Reporting")
$TenantId     = '${k.n(tenant)}'
$ClientId     = '${k.n(client)}'
$ClientSecret = '${k.prov('Azure AD client secret', V.azureSecret(k.g))}'

$body = @{
    grant_type    = 'client_credentials'
    scope         = 'https://graph.microsoft.com/.default'
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }
$devices = Invoke-RestMethod -Headers $headers -Uri 'https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$filter=complianceState eq ''noncompliant'''
$devices.value | Select-Object deviceName, userPrincipalName, lastSyncDateTime | Format-Table
# Teams notification
$hook = 'https://contoso.webhook.office.com/webhookb2/${k.n(k.g.uuid())}@${k.n(tenant)}/IncomingWebhook/${k.tok(k.g.hex(32))}/${k.n(k.g.uuid())}'
Invoke-RestMethod -Method Post -Uri $hook -Body (@{ text = "$($devices.value.Count) non-compliant devices" } | ConvertTo-Json) -ContentType 'application/json'
`;
  }),
  wdoc('ps-rest-servicenow', ['code', 'http-auth'], 'scripts/Sync-CMDB.ps1', (k) => {
    const user = 'svc_cmdb_sync';
    const pw = V.safe(V.anyPw(k.g));
    return r`# Push hardware inventory to ServiceNow CMDB
$snow = 'https://contoso.service-now.com'
$pair = '${user}:${k.pw(pw)}'
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$hdr = @{ Authorization = "Basic $basic"; Accept = 'application/json' }
# the same thing pre-encoded, from Postman:
# Authorization: Basic ${k.http(V.b64(`${user}:${pw}`))}
Get-CimInstance Win32_ComputerSystem | ForEach-Object {
  $body = @{ name = $_.Name; manufacturer = $_.Manufacturer; model = $_.Model } | ConvertTo-Json
  Invoke-RestMethod -Uri "$snow/api/now/table/cmdb_ci_computer" -Method Post -Headers $hdr -Body $body -ContentType 'application/json'
}
# PDQ / other API
$apiKey = "${k.tok()}"
Invoke-RestMethod -Uri "https://inventory.corp.local/api/v1/assets" -Headers @{ 'X-API-Key' = $apiKey }
`;
  }),
  wdoc(
    'ps-exchange-runbook',
    ['code'],
    'exchange/Connect-OnPrem.ps1',
    (k) => r`# Exchange 2016 on-prem: connect + mailbox export
$exUser = "CORP\exadmin"
$exPwd  = ConvertTo-SecureString -String "${k.pw()}" -AsPlainText -Force
$exCred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $exUser, $exPwd
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.corp.local/PowerShell/ -Authentication Kerberos -Credential $exCred
Import-PSSession $s -DisableNameChecking
New-MailboxExportRequest -Mailbox "leaver.x" -FilePath "\\fs01\PST$\leaver.x.pst"
# SMTP relay test
Send-MailMessage -SmtpServer smtp.corp.local -Port 587 -UseSsl -From noreply@contoso.com -To ops@contoso.com -Subject test ${BT}
  -Credential (New-Object PSCredential 'noreply@contoso.com', (ConvertTo-SecureString '${k.hpw()}' -AsPlainText -Force))
`,
  ),
  wdoc(
    'ps-get-credential-ok',
    ['code', 'precision'],
    'scripts/Join-Domain.ps1',
    (k) => r`# Domain join - the safe way: prompt, or read from the vault
$cred = Get-Credential -UserName 'CORP\djoin' -Message 'Domain join account'
Add-Computer -DomainName corp.local -Credential $cred -OUPath 'OU=Workstations,DC=corp,DC=local' -Restart

# unattended variant: secret from SecretManagement
$pw = Get-Secret -Name ${k.n('DomainJoinPassword')} -Vault CorpVault
$cred2 = [pscredential]::new('CORP\djoin', $pw)
# or from an encrypted file made with ConvertFrom-SecureString (DPAPI, only this user/machine)
$enc = Get-Content C:\Secure\djoin.txt   # 01000000d08c9ddf0115d1118c7a00c04fc297eb...
$cred3 = New-Object PSCredential 'CORP\djoin', ($enc | ConvertTo-SecureString)
$dbPass = $env:${k.n('DB_PASS')}
$apiKey = ${k.n('$env:API_KEY')}
Write-Host "Password: ${k.n('********')}"
`,
  ),
  wdoc('ps-securestring-key', ['code'], 'scripts/Backup-Veeam.ps1', (k) => {
    const keyBytes = Array.from({ length: 16 }, () => String(Number(k.g.digits(3)) % 256)).join(',');
    return r`# Veeam job trigger from the monitoring server
Add-PSSnapin VeeamPSSnapin -ErrorAction SilentlyContinue
# AES key so the password file can be read by the service account on any box
[byte[]]$Key = ${k.tok(keyBytes)}
$encPw = Get-Content "C:\Scripts\veeam_pw.txt" | ConvertTo-SecureString -Key $Key
Connect-VBRServer -Server veeam01 -User 'CORP\svc_veeam' -Password '${k.pw()}'
Start-VBRJob -Job (Get-VBRJob -Name 'Fileserver Daily')
# REST for Veeam ONE
$veeamToken = '${k.tok()}'
`;
  }),
  wdoc(
    'ps-transcript-leak',
    ['logs-and-output', 'code'],
    'logs/PowerShell_transcript.WS-114.20240312.txt',
    (k) => r`**********************
Windows PowerShell transcript start
Start time: 20240312093311
Username: CORP\adm.weber
RunAs User: CORP\adm.weber
Machine: WS-114 (Microsoft Windows NT 10.0.19045.0)
Host Application: C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe
Process ID: 7764
**********************
PS C:\Users\adm.weber> $pw = ConvertTo-SecureString '${k.hpw()}' -AsPlainText -Force
PS C:\Users\adm.weber> Set-ADAccountPassword -Identity h.kraus -Reset -NewPassword $pw
PS C:\Users\adm.weber> Unlock-ADAccount h.kraus
PS C:\Users\adm.weber> Get-ADUser h.kraus -Properties LockedOut,PasswordLastSet | fl

DistinguishedName : CN=Hanna Kraus,OU=Finance,DC=corp,DC=local
LockedOut         : False
PasswordLastSet   : 12.03.2024 09:33:40
SID               : ${k.n(V.sid(k.g))}
ObjectGUID        : ${k.n(k.g.uuid())}

PS C:\Users\adm.weber> net use \\fs01\finance /user:CORP\h.kraus ${k.pw()}
The command completed successfully.
**********************
Windows PowerShell transcript end
`,
  ),
];
