// Look-alikes Windows admins produce: placeholders, env references, hashes, SIDs, GUIDs, public product keys,
// masked values, Get-Credential prompts, DPAPI blobs in docs, documentation samples.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;

export const WIN_LOOKALIKES = [
  wdoc(
    'neg-ntlm-hashes',
    ['precision', 'logs-and-output'],
    'audit/pwdump-report-redacted.md',
    (k) => r`# Password audit Q1 (DSInternals) – summary

Accounts sharing the same NT hash (hash shown, not the password):

| Group | NT hash | Accounts |
|---|---|---|
| 1 | ${k.n(V.ntlm(k.g))} | svc_print, svc_scan |
| 2 | ${k.n(V.ntlm(k.g))} | kiosk01..kiosk09 |
| 3 | ${k.n('31d6cfe0d16ae931b73c59d7e0c089c0')} | (empty password) 4 disabled accounts |

LM hash still stored for: ${k.n('aad3b435b51404eeaad3b435b51404ee')} (empty) — OK.
Weak passwords found: 37 (list in the encrypted report, SHA256 of the file ${k.n(k.g.hex(64))}).
Krbtgt last reset: 2019-03-01. Action: reset twice.
`,
  ),
  wdoc(
    'neg-env-placeholders-ps',
    ['precision', 'code'],
    'scripts/Deploy-App.ps1',
    (k) => r`param(
  [Parameter(Mandatory)] [securestring]$SqlPassword,
  [string]$ApiKey = $env:${k.n('DEPLOY_API_KEY')}
)
$cred = Get-Credential -Message "Enter the service account password"
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($SqlPassword))
$conn = "Server=SQL01;Database=App;User Id=app;Password=${k.n('$plain')};"
$token = ${k.n('(Get-AzKeyVaultSecret -VaultName kv-corp -Name api-token -AsPlainText)')}
Write-Verbose "Using key $($ApiKey.Substring(0,4))****"
$password = Read-Host -AsSecureString -Prompt 'Password'
Set-Content -Path .\app.config -Value ($template -replace '__PASSWORD__', ${k.n('$plain')})
`,
  ),
  wdoc(
    'neg-product-keys-guids',
    ['precision', 'prose'],
    'docs/kms-activation.md',
    (k) => r`# KMS activation (volume licensing)

Generic Volume License Keys (published by Microsoft, not secret):

| Edition | GVLK |
|---|---|
| Windows 11 Enterprise | ${k.n('NPPR9-FWDCX-D2C8J-H872K-2YT43')} |
| Windows 11 Pro | ${k.n('W269N-WFGWX-YVC9B-4J6C9-T83GX')} |
| Server 2022 Standard | ${k.n('VDYBN-27WPP-V4HQT-9VMD4-VMK7H')} |

    slmgr /ipk ${k.n('W269N-WFGWX-YVC9B-4J6C9-T83GX')}
    slmgr /skms kms01.corp.local:1688
    slmgr /ato

Activation ID ${k.n(k.g.uuid())}, KMS host SKU ${k.n(V.guid(k.g))}.
`,
  ),
  wdoc(
    'neg-sids-acl',
    ['precision', 'logs-and-output'],
    'audit/icacls-finance.txt',
    (k) => r`D:\Shares\Finance ${k.n(V.sid(k.g))}:(OI)(CI)(F)
                  CORP\GG-Finance-RW:(OI)(CI)(M)
                  BUILTIN\Administrators:(OI)(CI)(F)
                  ${k.n(V.sid(k.g))}:(OI)(CI)(RX)
                  NT AUTHORITY\SYSTEM:(OI)(CI)(F)
Successfully processed 1 files; Failed processing 0 files
Object GUID of the share group: ${k.n(V.guid(k.g))}
`,
  ),
  wdoc(
    'neg-masked-tickets',
    ['precision', 'prose'],
    'tickets/INC0051002.txt',
    (k) => r`INC0051002 – Service account password rotation

Rotated passwords for svc_sql, svc_backup, svc_scan. New values stored in Thycotic Secret Server
(secret IDs ${k.n('4411')}, ${k.n('4412')}, ${k.n('4413')}). Old password: ${k.n('**************')}
New password: ${k.n('<stored in Secret Server>')}
sqlcmd -S SQL01 -U svc_sql -P ${k.n('********')} -Q "select @@version"  -> OK
The change ID is ${k.n('CHG0031144')}; the rollback plan is in the change.
`,
  ),
  wdoc(
    'neg-batch-vars',
    ['precision', 'command-line'],
    'scripts/map_generic.cmd',
    (k) => r`@echo off
set /p PW=Passwort eingeben: 
net use S: \\fs01\Scans /user:%USERDOMAIN%\%USERNAME% ${k.n('%PW%')}
schtasks /create /tn Sync /tr sync.cmd /sc hourly /ru %USERDOMAIN%\%USERNAME% /rp ${k.n('%PW%')}
psexec \\%1 -u %ADMINUSER% -p ${k.n('%ADMINPASS%')} cmd /c hostname
sqlcmd -S %SQLSERVER% -E -Q "select 1"
cmdkey /add:%1 /user:%ADMINUSER% /pass:${k.n('%ADMINPASS%')}
set PW=
`,
  ),
  wdoc(
    'neg-unattend-template',
    ['precision', 'config-syntax'],
    'templates/unattend-template.xml',
    (k) => r`<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>${k.n('%ADMINPASSWORD%')}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Password><Value>${k.n('*SENSITIVE*DATA*DELETED*')}</Value><PlainText>true</PlainText></Password>
        <Username>${k.n('%USERNAME%')}</Username>
      </AutoLogon>
      <RegisteredOwner>${k.n('{{ owner }}')}</RegisteredOwner>
    </component>
  </settings>
</unattend>
`,
  ),
  wdoc(
    'neg-machinekey-doc',
    ['precision', 'prose'],
    'docs/aspnet-machinekey.md',
    (k) => r`# Generating a machineKey for the web farm

Never copy a machineKey from a forum post. Generate one per farm in IIS Manager (Machine Key → Generate Keys)
or with PowerShell:

    $v = [byte[]]::new(64); [Security.Cryptography.RandomNumberGenerator]::Fill($v)
    -join ($v | ForEach-Object { $_.ToString('X2') })

The result goes into web.config as:

    <machineKey validationKey="${k.n('[64-byte hex]')}" decryptionKey="${k.n('[32-byte hex]')}" validation="HMACSHA256" decryption="AES" />

The farm's actual keys live in the vault (${k.n('secret/web/machinekey')}). The SHA-1 of the current
web.config is ${k.n(V.sha1(k.g))} so you can check all nodes have the same file.
`,
  ),
  wdoc(
    'neg-gpp-empty',
    ['precision', 'config-syntax'],
    'SYSVOL/corp.local/Policies/{B1C2…}/Machine/Preferences/Services/Services.xml',
    (k) => r`<?xml version="1.0" encoding="utf-8"?>
<NTServices clsid="{2CFB484A-4E96-4b5d-A0B6-093D2F91E6AE}"><NTService clsid="{AB6F0B67-341F-4e51-92F9-005FBFBA1A43}" name="Spooler" image="2" changed="2020-05-11 07:10:00" uid="${k.n(V.guid(k.g))}"><Properties startupType="DISABLED" serviceName="Spooler" serviceAction="STOP" timeout="30" accountName="LocalSystem" cpassword="" interact="0"/></NTService>
<NTService clsid="{AB6F0B67-341F-4e51-92F9-005FBFBA1A43}" name="WinRM" image="2" changed="2020-05-11 07:11:00" uid="${k.n(V.guid(k.g))}"><Properties startupType="AUTOMATIC" serviceName="WinRM" serviceAction="START" timeout="30"/></NTService>
</NTServices>
`,
  ),
  wdoc(
    'neg-dpapi-encrypted-file',
    ['precision', 'credential-file'],
    'C/Secure/djoin.txt',
    (k) => r`${k.n('01000000d08c9ddf0115d1118c7a00c04fc297eb01000000' + k.g.hex(300))}
`,
  ),
  wdoc(
    'neg-readme-examples',
    ['precision', 'prose'],
    'README.md',
    (k) => r`# corp-admin-scripts

Scripts for the Windows team. **No passwords in this repo** — every script takes credentials from
Get-Credential, the environment or the SecretManagement vault.

| Variable | Meaning | Example |
|---|---|---|
| SQL_PASSWORD | SQL login password | ${k.n('$env:SQL_PASSWORD')} |
| ADMIN_PW | local admin | ${k.n('%ADMIN_PW%')} |
| API_TOKEN | inventory API | ${k.n('<token>')} |

Example: ${k.n('psexec \\\\host -u CORP\\admin -p <password> cmd')}

The test AD forest uses the documented sample password ${k.u('P@ssw0rd')} from the Microsoft lab guides; it
is not used anywhere else. Build ${k.n(k.g.hex(7))}, release ${k.n('v3.14.2')}.
`,
  ),
];
