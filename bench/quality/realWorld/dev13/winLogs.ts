// Logs and exports: Event Log XML, IIS W3C logs, setupact/netsetup, SCCM logs, LDIF, ADSI dumps.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;

export const WIN_LOGS = [
  wdoc(
    'evtx-4688-cmdline',
    ['logs-and-output'],
    'logs/Security-4688-export.xml',
    (k) => r`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}" />
    <EventID>4688</EventID>
    <TimeCreated SystemTime="2024-03-11T22:14:09.4411213Z" />
    <Computer>WS-0412.corp.local</Computer>
  </System>
  <EventData>
    <Data Name="SubjectUserSid">${k.n(V.sid(k.g))}</Data>
    <Data Name="SubjectUserName">adm.fischer</Data>
    <Data Name="NewProcessName">C:\Windows\System32\net.exe</Data>
    <Data Name="CommandLine">net  use \\fs01\finance ${k.pw()} /user:CORP\adm.fischer</Data>
    <Data Name="TokenElevationType">%%1937</Data>
  </EventData>
</Event>
<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><EventID>4688</EventID><TimeCreated SystemTime="2024-03-11T22:15:40.0012331Z" /><Computer>WS-0412.corp.local</Computer></System>
  <EventData>
    <Data Name="SubjectUserName">adm.fischer</Data>
    <Data Name="CommandLine">"C:\Tools\PsExec64.exe" \\srv-app02 -u CORP\svc_app -p ${k.pw()} cmd</Data>
    <Data Name="ProcessId">0x1f4c</Data>
  </EventData>
</Event>
`,
  ),
  wdoc(
    'iis-w3c-log',
    ['logs-and-output', 'http-auth'],
    'inetpub/logs/LogFiles/W3SVC2/u_ex240312.log',
    (k) => r`#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2024-03-12 00:00:07
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken
2024-03-12 00:00:07 10.1.0.21 GET /api/orders page=1&pageSize=50 443 - 10.1.5.88 Mozilla/5.0+(Windows+NT+10.0) 200 0 0 31
2024-03-12 00:01:13 10.1.0.21 GET /export/csv apikey=${k.http(k.g.hex(32))}&from=2024-03-01 443 - 10.1.5.90 PowerShell/7.4 200 0 0 420
2024-03-12 00:02:45 10.1.0.21 POST /login.aspx ReturnUrl=%2fadmin 443 - 10.1.5.91 Mozilla/5.0 302 0 0 15
2024-03-12 00:02:46 10.1.0.21 GET /legacy/auth.asp user=kasse04&pwd=${k.pw(V.safe(V.human(k.g)))} 443 - 10.4.0.12 Kassensoftware/3.1 200 0 0 8
2024-03-12 00:03:01 10.1.0.21 GET /health - 443 - 10.1.0.5 HealthProbe 200 0 0 1
2024-03-12 00:04:19 10.1.0.21 GET /api/report token=${k.http(k.g.base64url(43))}&format=pdf 443 - 10.1.5.92 curl/8.4.0 200 0 0 230
2024-03-12 00:04:22 10.1.0.21 GET /static/app.js v=${k.n(k.g.hex(8))} 443 - 10.1.5.92 Mozilla/5.0 304 0 0 0
`,
  ),
  wdoc(
    'netsetup-log',
    ['logs-and-output', 'precision'],
    'Windows/debug/NetSetup.LOG',
    (k) => r`03/12/2024 08:41:02:311 NetpDoDomainJoin
03/12/2024 08:41:02:311 NetpDoDomainJoin: using current computer names
03/12/2024 08:41:02:311 NetpDoDomainJoin: NetpGetComputerObjectDn failed: 0x0
03/12/2024 08:41:02:326 NetpJoinDomain
03/12/2024 08:41:02:326 	HostName: WS-0519
03/12/2024 08:41:02:326 	NetbiosName: WS-0519
03/12/2024 08:41:02:326 	Domain: corp.local
03/12/2024 08:41:02:326 	MachineAccountOU: OU=Workstations,DC=corp,DC=local
03/12/2024 08:41:02:326 	Account: corp\svc_djoin
03/12/2024 08:41:02:326 	Options: 0x27
03/12/2024 08:41:02:342 NetpLoadParameters: loading registry parameters...
03/12/2024 08:41:02:342 NetpValidateName: checking to see if 'corp.local' is valid as type 3 name
03/12/2024 08:41:03:014 NetpJoinDomainOnDs: NetpGetDnsHostName returned WS-0519.corp.local
03/12/2024 08:41:03:420 NetpSetMachineAccountPasswordAndType: lsa secret ${k.n('$MACHINE.ACC')} set (status 0x0)
03/12/2024 08:41:03:421 NetpJoinDomain: status: 0x0
`,
  ),
  wdoc(
    'sccm-smsts-log',
    ['logs-and-output'],
    'logs/smsts.log',
    (k) => r`<![LOG[Set command line: "OSDJoin.exe" /config:JoinDomain]LOG]!><time="08:12:44.311-60" date="03-12-2024" component="TSManager" context="" type="1" thread="2212" file="commandline.cpp:228">
<![LOG[Environment variable OSDJoinAccount = CORP\svc_djoin]LOG]!><time="08:12:44.315-60" date="03-12-2024" component="OSDJoin" context="" type="1" thread="2212" file="osdjoin.cpp:210">
<![LOG[Environment variable OSDJoinPassword = ${k.pw()}]LOG]!><time="08:12:44.315-60" date="03-12-2024" component="OSDJoin" context="" type="1" thread="2212" file="osdjoin.cpp:211">
<![LOG[Set a global environment variable _SMSTSReserved1-000=${k.n('*****')}]LOG]!><time="08:12:44.320-60" date="03-12-2024" component="TSManager" context="" type="1" thread="2212" file="executionenv.cxx:668">
<![LOG[Executing command line: net use \\mdt01\DeploymentShare$ /user:CORP\svc_mdt_ro ${k.pw()}]LOG]!><time="08:12:45.001-60" date="03-12-2024" component="TSManager" context="" type="1" thread="2212" file="commandline.cpp:827">
<![LOG[Package ID: ${k.n('PR100231')}, hash ${k.n(k.g.hex(64).toUpperCase())}]LOG]!><time="08:12:46.100-60" date="03-12-2024" component="ApplyOperatingSystem" context="" type="1" thread="2212" file="installimage.cpp:145">
`,
  ),
  wdoc(
    'ldif-export',
    ['logs-and-output', 'credential-file'],
    'exports/service-accounts.ldif',
    (k) => r`# LDIF export via ldifde -f service-accounts.ldif -d "OU=Service,DC=corp,DC=local"
dn: CN=svc_backup,OU=Service,DC=corp,DC=local
changetype: add
objectClass: user
sAMAccountName: svc_backup
description: Backup Exec service - pw ${k.pw()}
userPrincipalName: svc_backup@corp.local
objectGUID:: ${k.n(k.g.base64(22) + '==')}
objectSid:: ${k.n(k.g.base64(38) + '==')}

dn: CN=svc_scan,OU=Service,DC=corp,DC=local
changetype: add
objectClass: user
sAMAccountName: svc_scan
info: Scan to folder user for the Ricoh copiers. Kennwort: ${k.hpw()}

dn: CN=svc_ldapbind,OU=Service,DC=corp,DC=local
changetype: modify
replace: unicodePwd
unicodePwd:: ${k.pw(V.b64le('"' + V.generated(k.g) + '"'))}
-
`,
  ),
  wdoc(
    'veeam-job-log',
    ['logs-and-output', 'precision'],
    'logs/Veeam/Job.Fileserver_Daily.Backup.log',
    (k) => r`[12.03.2024 02:00:01] <01> Info     Job Fileserver Daily started, session ${k.n(k.g.uuid())}
[12.03.2024 02:00:03] <01> Info     Connecting to host [fs01.corp.local] as [CORP\svc_veeam], password: [${k.n('*********')}]
[12.03.2024 02:00:04] <07> Info     Guest processing credentials [CORP\svc_veeam] ok
[12.03.2024 02:00:09] <07> Info     Repository [REPO-01] free space 4.1 TB, encryption key id ${k.n(k.g.uuid())}
[12.03.2024 02:41:55] <01> Info     Processed 1.2 TB, read 88.4 GB, transferred 41.2 GB (2.1x)
[12.03.2024 02:41:56] <01> Info     Job finished with Success, checksum ${k.n(k.g.hex(40))}
`,
  ),
  wdoc(
    'ad-dump-description',
    ['logs-and-output'],
    'audit/adusers-with-description.csv',
    (k) => r`"SamAccountName","Enabled","Description","PasswordLastSet"
"svc_sql","True","SQL Server service - ${k.pw()}","2019-04-02 10:11:12"
"svc_backup","True","Backup Exec","2021-06-30 08:00:00"
"scanner","True","Scanner Kopierer 2.OG Passwort ${k.hpw()}","2018-01-15 14:22:05"
"kiosk01","True","Kiosk Empfang","2022-11-03 09:45:00"
"test.user","False","Testkonto pw=${k.let()}","2020-02-20 12:00:00"
"adm.meier","True","Admin Meier","2024-02-01 07:30:44"
`,
  ),
];
