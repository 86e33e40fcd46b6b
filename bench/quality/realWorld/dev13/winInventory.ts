// Inventories admins keep: per-branch key tables, API key registers, webhook lists; and the id-heavy output
// around them (product codes, thumbprints, file hashes, SIDs from whoami, AppLocker hash rules).
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;
const BRANCHES = ['HH', 'MUC', 'BER', 'VIE', 'ZRH', 'LYS', 'MAD', 'WAW'];

export const WIN_INVENTORY = [
  wdoc(
    'branch-keys-ps',
    ['code'],
    'scripts/Register-BranchPrinters.ps1',
    (k) => r`# Each branch has its own PaperCut site key (from the PaperCut admin page "Site servers")
$BranchKeys = @{
${BRANCHES.map((b) => `    '${b}' = '${k.tok(k.g.alnum(32))}'`).join('\n')}
}
$site = $env:COMPUTERNAME.Substring(0, 3)
& "C:\Program Files\PaperCut MF\client\pc-client.exe" --site-key $BranchKeys[$site] --silent
`,
  ),
  wdoc(
    'api-key-register',
    ['credential-file', 'prose'],
    'docs/api-key-register.csv',
    (k) => r`System;Owner;Created;Key;Notes
Inventory (Lansweeper);it-ops;2022-01-10;${k.tok(k.g.uuid())};read only
PaperCut;print-team;2021-11-02;${k.tok(k.g.alnum(32))};admin
Veeam ONE;backup;2023-03-14;${k.tok(k.g.hex(64))};
Elo (DMS);erp-team;2020-06-01;${k.tok(k.g.base64(43) + '=')};rotate!
Datev Connect;finance;2023-09-30;${k.tok(k.g.hex(40))};
Checkmk automation;monitoring;2022-04-12;${k.tok(k.g.upper(32))};user automation
Zammad;helpdesk;2024-01-08;${k.tok(k.g.base64url(64))};
OTOBO;helpdesk;2024-02-11;(none – uses session);
`,
  ),
  wdoc('teams-webhooks-list', ['config-syntax'], 'monitoring/teams-channels.json', (k) => {
    const tenant = k.g.uuid();
    const hook = () => `https://contoso.webhook.office.com/webhookb2/${k.n(k.g.uuid())}@${k.n(tenant)}/IncomingWebhook/${k.tok(k.g.hex(32))}/${k.n(k.g.uuid())}/${k.tok(k.g.base64url(43))}`;
    return r`{
  "channels": {
    "ops-alerts": "${hook()}",
    "backup": "${hook()}",
    "helpdesk": "${hook()}"
  },
  "mentionOnCall": true
}
`;
  }),
  wdoc(
    'rmm-agent-ini',
    ['config-syntax', 'credential-file'],
    'C/ProgramData/CorpRMM/agent.ini',
    (k) => r`[Agent]
ServerUrl=https://rmm.corp.local
AgentId=${k.n(k.g.uuid())}
AgentKey=${k.tok(k.g.hex(48))}
SiteKey=${k.tok(k.g.alnum(24))}
HeartbeatSeconds=60

[Remote]
SessionSecret=${k.tok(k.g.base64(32))}
RecordingEncryptionKey=${k.tok(k.g.hex(64))}

[Update]
Channel=stable
LastVersion=${k.n('9.3.1145')}
PackageSha256=${k.n(k.g.hex(64))}
`,
  ),
  wdoc(
    'neg-msi-product-codes',
    ['precision', 'logs-and-output'],
    'audit/installed-software.txt',
    (k) => r`PS> Get-CimInstance Win32_Product | Select-Object Name, Version, IdentifyingNumber

Name                                   Version        IdentifyingNumber
----                                   -------        -----------------
Microsoft Visual C++ 2019 X64 Runtime  14.29.30139    ${k.n(V.guid(k.g))}
7-Zip 23.01 (x64 edition)              23.01.00.0     ${k.n(V.guid(k.g))}
Veeam Agent for Windows                6.1.0.349      ${k.n(V.guid(k.g))}
Zabbix Agent 2 (64-bit)                6.4.12.2400    ${k.n(V.guid(k.g))}
Microsoft ODBC Driver 17 for SQL       17.10.5.1      ${k.n(V.guid(k.g))}
NSClient++ (x64)                       0.5.2.35       ${k.n(V.guid(k.g))}
PaperCut MF Client                     22.1.4         ${k.n(V.guid(k.g))}
Citrix Workspace Inside                24.2.0.65      ${k.n(V.guid(k.g))}

UpgradeCode of the ERP client: ${k.n(V.guid(k.g))}
`,
  ),
  wdoc(
    'neg-cert-store',
    ['precision', 'logs-and-output'],
    'audit/cert-inventory.txt',
    (k) => r`PS Cert:\LocalMachine\My> Get-ChildItem | Format-Table Thumbprint, Subject, NotAfter

Thumbprint                                Subject                               NotAfter
----------                                -------                               --------
${k.n(k.g.hex(40).toUpperCase())}  CN=web01.corp.local                   14.05.2025 12:00:00
${k.n(k.g.hex(40).toUpperCase())}  CN=*.contoso.com, O=Contoso GmbH      02.11.2024 23:59:59
${k.n(k.g.hex(40).toUpperCase())}  CN=WMSvc-SHA2-WEB01                   08.07.2033 09:14:41
${k.n(k.g.hex(40).toUpperCase())}  CN=Contoso Code Signing               30.01.2026 00:00:00
${k.n(k.g.hex(40).toUpperCase())}  CN=adfs.contoso.com                   19.03.2025 10:10:10

Serial of the code signing cert: ${k.n(k.g.hex(32).toUpperCase())}
Key container: ${k.n('te-' + k.g.uuid())}
`,
  ),
  wdoc(
    'neg-file-hashes',
    ['precision', 'logs-and-output'],
    'releases/SHA256SUMS-tools.txt',
    (k) => r`# Get-FileHash -Algorithm SHA256 \\deploy01\pkgs\* | Format-List
${[
  'ERPClient.msi',
  'NinjaOneAgent.msi',
  'SentinelInstaller.msi',
  'WindowsSensor.exe',
  'TeamViewer_Host.msi',
  'corp-vpnclient.4.2.0.nupkg',
  'LAPS.x64.msi',
  'agent.jar',
  'ZabbixAgent2.msi',
  'NSCP-0.5.2.35-x64.msi',
  'PaperCut-client.msi',
  'sysmon64.exe',
  'AzureConnectedMachineAgent.msi',
  'OfficeSetup.exe',
]
  .map((f) => `${k.n(k.g.hex(64).toUpperCase())}  ${f}`)
  .join('\n')}
# MD5 for the old Kassen installer: ${k.n(k.g.hex(32))}
`,
  ),
  wdoc(
    'neg-whoami-all',
    ['precision', 'logs-and-output'],
    'tickets/INC0049911-whoami.txt',
    (k) => r`C:\> whoami /all

USER INFORMATION
----------------
User Name       SID
=============== ==============================================
corp\k.mueller  ${k.n(V.sid(k.g))}

GROUP INFORMATION
-----------------
Group Name                          Type             SID                                            Attributes
=================================== ================ ============================================== ==================================================
Everyone                            Well-known group S-1-1-0                                        Mandatory group, Enabled by default, Enabled group
BUILTIN\Users                       Alias            S-1-5-32-545                                   Mandatory group, Enabled by default, Enabled group
CORP\GG-Finance-RW                  Group            ${k.n(V.sid(k.g))} Mandatory group, Enabled by default, Enabled group
CORP\GG-VPN-Users                   Group            ${k.n(V.sid(k.g))} Mandatory group, Enabled by default, Enabled group
CORP\GG-M365-E3                     Group            ${k.n(V.sid(k.g))} Mandatory group, Enabled by default, Enabled group

PRIVILEGES INFORMATION
----------------------
SeChangeNotifyPrivilege       Bypass traverse checking             Enabled
`,
  ),
  wdoc(
    'neg-applocker-hashes',
    ['precision', 'config-syntax'],
    'gpo/applocker-policy.xml',
    (k) => r`<AppLockerPolicy Version="1">
  <RuleCollection Type="Exe" EnforcementMode="Enabled">
    <FilePathRule Id="${k.n(k.g.uuid())}" Name="Program Files" Description="" UserOrGroupSid="S-1-1-0" Action="Allow">
      <Conditions><FilePathCondition Path="%PROGRAMFILES%\*" /></Conditions>
    </FilePathRule>
    <FileHashRule Id="${k.n(k.g.uuid())}" Name="kasse.exe" Description="Kassensoftware 3.1" UserOrGroupSid="S-1-1-0" Action="Allow">
      <Conditions><FileHashCondition>
        <FileHash Type="SHA256" Data="0x${k.n(k.g.hex(64).toUpperCase())}" SourceFileName="kasse.exe" SourceFileLength="4412416" />
        <FileHash Type="SHA256" Data="0x${k.n(k.g.hex(64).toUpperCase())}" SourceFileName="kasse_update.exe" SourceFileLength="1102848" />
      </FileHashCondition></Conditions>
    </FileHashRule>
    <FilePublisherRule Id="${k.n(k.g.uuid())}" Name="Signed by Contoso" UserOrGroupSid="${k.n(V.sid(k.g))}" Action="Allow">
      <Conditions><FilePublisherCondition PublisherName="O=CONTOSO GMBH, L=HAMBURG, C=DE" ProductName="*" BinaryName="*"><BinaryVersionRange LowSection="*" HighSection="*" /></FilePublisherCondition></Conditions>
    </FilePublisherRule>
  </RuleCollection>
</AppLockerPolicy>
`,
  ),
  wdoc(
    'neg-event-correlation',
    ['precision', 'logs-and-output'],
    'logs/Microsoft-Windows-AAD-Operational.txt',
    (k) => r`Level  Date and Time         Source  Event ID  Task Category
Error  12.03.2024 08:14:02   AAD     1098      AadTokenBrokerPlugin Operation
  Error: 0xCAA2000C The request requires user interaction.
  Code: interaction_required
  Description: AADSTS50076: Due to a configuration change made by your administrator ...
  Trace ID: ${k.n(k.g.uuid())}
  Correlation ID: ${k.n(k.g.uuid())}
  Timestamp: 2024-03-12 07:14:02Z
  TenantId: ${k.n(k.g.uuid())}
  Logged at ClientCache.cpp, line: 312, method: ClientCache::LoadPrimaryAccount.
Information 12.03.2024 08:14:05 AAD 1104 AadCloudAPPlugin Operation
  Device ID: ${k.n(k.g.uuid())}
  Nonce: ${k.n(k.g.base64url(43))}
`,
  ),
];
