// More id-heavy Windows output that must stay quiet: gpresult GPO ids, membership hashes and salts, 4625 logon
// ids, packages.lock content hashes, Sysmon hash config, SCCM content ids; a real key or two mixed in as people do.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;
const rows = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

export const WIN_LOOKALIKES2 = [
  wdoc(
    'neg-gpresult',
    ['precision', 'logs-and-output'],
    'tickets/INC0050120-gpresult.txt',
    (k) => r`COMPUTER SETTINGS
------------------
    Applied Group Policy Objects
    -----------------------------
${rows(6, (i) => `        ${['Default Domain Policy', 'WS-Baseline', 'WS-BitLocker', 'WS-LAPS', 'WS-Defender', 'WS-Printers'][i]}  ${k.n(V.guid(k.g))}`).join('\n')}

    The following GPOs were not applied because they were filtered out
    -------------------------------------------------------------------
        Local Group Policy  (Empty)
        WS-Legacy-Kasse  ${k.n(V.guid(k.g))}  Filtering: Denied (WMI Filter)
`,
  ),
  wdoc(
    'neg-membership-hashes',
    ['precision', 'code'],
    'sql/exports/aspnet_Membership-sample.csv',
    (k) => r`UserName,PasswordFormat,Password,PasswordSalt,IsLockedOut
${rows(14, (i) => `${['mmeyer', 'jschulz', 'kwagner', 'pbecker', 'lhoffmann', 'sschaefer', 'tkoch', 'abauer', 'crichter', 'dklein', 'ewolf', 'fschroeder', 'gneumann', 'hschwarz'][i]},1,${k.n(k.g.base64(27) + '=')},${k.n(k.g.base64(22) + '==')},0`).join('\n')}
`,
  ),
  wdoc(
    'neg-4625-logons',
    ['precision', 'logs-and-output'],
    'logs/failed-logons-4625.csv',
    (k) => r`TimeCreated;TargetUserName;IpAddress;LogonType;Status;SubStatus;TargetLogonId;ActivityId
${rows(12, (i) => `2024-03-12 0${i % 10}:1${i % 10}:0${i % 10};${['administrator', 'admin', 'scanner', 'test', 'svc_sql', 'backup', 'user1', 'guest', 'root', 'support', 'sa', 'kiosk'][i]};185.220.101.${10 + i};3;0xC000006D;0xC000006A;0x${k.g.hex(8)};${k.n(V.guid(k.g))}`).join('\n')}
`,
  ),
  wdoc(
    'neg-packages-lock',
    ['precision', 'config-syntax'],
    'src/Contoso.Worker/packages.lock.json',
    (k) => r`{
  "version": 1,
  "dependencies": {
    "net8.0": {
${rows(6, (i) => `      "${['Dapper', 'Microsoft.Data.SqlClient', 'Serilog', 'System.DirectoryServices', 'Polly', 'Novell.Directory.Ldap.NETStandard'][i]}": { "type": "Direct", "requested": "[${i + 2}.0.0, )", "resolved": "${i + 2}.0.${i}", "contentHash": "${k.n(k.g.base64(86) + '==')}" }`).join(',\n')}
    }
  }
}
`,
  ),
  wdoc(
    'neg-sysmon-config',
    ['precision', 'config-syntax'],
    'gpo/sysmon/sysmonconfig.xml',
    (k) => r`<Sysmon schemaversion="4.90">
  <HashAlgorithms>md5,sha256,IMPHASH</HashAlgorithms>
  <CheckRevocation/>
  <EventFiltering>
    <RuleGroup name="" groupRelation="or">
      <ProcessCreate onmatch="exclude">
${rows(10, () => `        <Hashes condition="contains">SHA256=${k.n(k.g.hex(64).toUpperCase())}</Hashes>`).join('\n')}
        <Image condition="is">C:\Program Files\Zabbix Agent 2\zabbix_agent2.exe</Image>
      </ProcessCreate>
    </RuleGroup>
  </EventFiltering>
</Sysmon>
`,
  ),
  wdoc(
    'sccm-content-mixed',
    ['logs-and-output', 'precision'],
    'logs/DataTransferService.log',
    (k) => r`${rows(6, (i) => `Download of content ${k.n('PR1000' + (40 + i))} version ${i + 3} completed, hash ${k.n(k.g.hex(64).toUpperCase())} verified`).join('\n')}
CCMDoCertificateExchange: client cert thumbprint ${k.n(k.g.hex(40))}
BITS job ${k.n(V.guid(k.g))} created for http://dp01.corp.local/SMS_DP_SMSPKG$/PR100046
Using proxy credentials CORP\svc_proxy / ${k.pw()} for http://dp01.corp.local
`,
  ),
  wdoc(
    'hyperv-vm-notes',
    ['prose', 'precision'],
    'docs/hyperv-cluster.md',
    (k) => r`# Hyper-V cluster HVC01

| Node | BMC | Serial | Witness |
|---|---|---|---|
${rows(4, (i) => `| hv0${i + 1} | 10.9.0.${21 + i} | ${k.n(k.g.upper(7))} | ${k.n(k.g.uuid())} |`).join('\n')}

Cluster name object: HVC01$ (${k.n(V.sid(k.g))}). Cloud witness storage account: hvwitness01,
access key ${k.prov('Azure storage account key', V.storageKey(k.g))} (primary; secondary unused).
VM generation IDs and VMIDs are in the inventory sheet; shielded VM template disk hash ${k.n(k.g.hex(64))}.
`,
  ),
  wdoc(
    'neg-ps-secure-patterns',
    ['precision', 'code'],
    'scripts/Rotate-ServiceAccount.ps1',
    (k) => r`param([string]$Account = 'svc_sql')
Add-Type -AssemblyName System.Web
$new = [System.Web.Security.Membership]::GeneratePassword(32, 6)
Set-ADAccountPassword -Identity $Account -Reset -NewPassword (ConvertTo-SecureString ${k.n('$new')} -AsPlainText -Force)
Set-Secret -Name "$Account-password" -Secret ${k.n('$new')} -Vault CorpVault
$svc = Get-CimInstance Win32_Service -Filter "StartName LIKE '%$Account%'"
$svc | Invoke-CimMethod -MethodName Change -Arguments @{ StartName = "CORP\$Account"; StartPassword = ${k.n('$new')} }
Write-Output "Rotated $Account; new password stored in vault (${k.n('len=32')})"
Remove-Variable new
# sample output: Rotated svc_sql; new password stored in vault (${k.n('len=32')})
$hint = ${k.n("'********'")}
$token = ${k.n('${env:ROTATE_TOKEN}')}
`,
  ),
];
