// Client configs admins copy around: .rdp, mRemoteNG, FileZilla, WinSCP, PuTTY/KiTTY, VNC, registry exports.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;

export const WIN_CLIENTS = [
  wdoc(
    'rdp-file',
    ['credential-file', 'precision'],
    'Desktop/jumphost.rdp',
    (k) => r`screen mode id:i:2
use multimon:i:0
desktopwidth:i:1920
desktopheight:i:1080
session bpp:i:32
full address:s:jump01.corp.local:3389
gatewayhostname:s:rdgw.contoso.com
gatewayusagemethod:i:1
username:s:CORP\adm.nowak
domain:s:CORP
password 51:b:${k.u(V.rdpBlob(k.g))}
prompt for credentials:i:0
authentication level:i:2
redirectclipboard:i:1
drivestoredirect:s:
`,
  ),
  wdoc(
    'mremoteng-confcons',
    ['config-syntax', 'credential-file'],
    'AppData/Roaming/mRemoteNG/confCons.xml',
    (k) => r`<?xml version="1.0" encoding="utf-8"?>
<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" FullFileEncryption="false" Protected="${k.n(V.mremotePw(k.g))}" ConfVersion="2.6">
    <Node Name="DCs" Type="Container" Expanded="true" Descr="" Icon="mRemoteNG" Panel="General" Id="${k.n(k.g.uuid())}" Username="" Domain="" Password="" Hostname="" Protocol="RDP" Port="3389">
        <Node Name="dc01" Type="Connection" Descr="" Icon="Windows" Panel="General" Id="${k.n(k.g.uuid())}" Username="adm.nowak" Domain="CORP" Password="${k.pw(V.mremotePw(k.g))}" Hostname="dc01.corp.local" Protocol="RDP" Port="3389" />
        <Node Name="dc02" Type="Connection" Descr="" Icon="Windows" Panel="General" Id="${k.n(k.g.uuid())}" Username="adm.nowak" Domain="CORP" Password="${k.pw(V.mremotePw(k.g))}" Hostname="dc02.corp.local" Protocol="RDP" Port="3389" />
    </Node>
    <Node Name="switch-core" Type="Connection" Descr="cisco" Icon="Linux" Panel="General" Id="${k.n(k.g.uuid())}" Username="netadmin" Domain="" Password="${k.pw(V.mremotePw(k.g))}" Hostname="10.0.0.2" Protocol="SSH2" Port="22" />
</mrng:Connections>
`,
  ),
  wdoc(
    'filezilla-sitemanager',
    ['config-syntax', 'credential-file'],
    'AppData/Roaming/FileZilla/sitemanager.xml',
    (k) => r`<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.partner-logistik.de</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>contoso_upload</User>
            <Pass encoding="base64">${k.pw(V.fzPass(k.g))}</Pass>
            <Logontype>1</Logontype>
            <PasiveMode>MODE_DEFAULT</PasiveMode>
            <Name>Partner Logistik</Name>
        </Server>
        <Server>
            <Host>sftp.bank-edi.example</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <User>CONTOSO01</User>
            <Pass encoding="base64">${k.pw(V.fzPass(k.g))}</Pass>
            <Logontype>1</Logontype>
            <Name>Bank EDI</Name>
        </Server>
        <Server>
            <Host>web01.corp.local</Host>
            <Port>21</Port>
            <User>deploy</User>
            <Logontype>2</Logontype>
            <Name>web01 (ask)</Name>
        </Server>
    </Servers>
</FileZilla3>
`,
  ),
  wdoc(
    'filezilla-recent',
    ['config-syntax', 'credential-file'],
    'AppData/Roaming/FileZilla/recentservers.xml',
    (k) => r`<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.60.2" platform="windows">
	<RecentServers>
		<Server>
			<Host>192.168.10.25</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>scanner</User>
			<Pass>${k.pw()}</Pass>
			<Logontype>1</Logontype>
		</Server>
		<Server>
			<Host>files.kunde-abc.example</Host>
			<Port>990</Port>
			<Protocol>4</Protocol>
			<User>abc_ftp</User>
			<Pass encoding="base64">${k.pw(V.fzPass(k.g))}</Pass>
		</Server>
	</RecentServers>
</FileZilla3>
`,
  ),
  wdoc(
    'winscp-ini',
    ['config-syntax', 'credential-file'],
    'tools/WinSCP/WinSCP.ini',
    (k) => r`[Configuration\Interface]
RandomSeedFile=%APPDATA%\winscp.rnd
Updates=0

[Sessions\deploy@web01]
HostName=web01.corp.local
UserName=deploy
Password=${k.pw(V.winscpPw(k.g))}
FSProtocol=2
PingType=0

[Sessions\backup@nas01]
HostName=nas01
UserName=backup
PublicKeyFile=C:\Users\it\.ssh\nas01.ppk
Password=

[Sessions\edi@sftp.bank-edi.example]
HostName=sftp.bank-edi.example
PortNumber=2222
UserName=CONTOSO01
Password=${k.pw(V.winscpPw(k.g))}
HostKey=${k.n('ssh-ed25519 255 ' + k.g.base64(43))}
`,
  ),
  wdoc(
    'putty-sessions-reg',
    ['config-syntax', 'credential-file'],
    'exports/putty-sessions.reg',
    (k) => r`Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\Sessions\core-switch]
"HostName"="10.0.0.2"
"UserName"="netadmin"
"Protocol"="ssh"
"PortNumber"=dword:00000016
"ProxyMethod"=dword:00000003
"ProxyHost"="proxy.corp.local"
"ProxyPort"=dword:00000c38
"ProxyUsername"="CORP\\svc_proxy"
"ProxyPassword"="${k.spw()}"
"PublicKeyFile"=""

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\SshHostKeys]
"ssh-ed25519@22:10.0.0.2"="${k.n('0x' + k.g.hex(64))},${k.n('0x' + k.g.hex(64))}"
`,
  ),
  wdoc(
    'kitty-session',
    ['config-syntax', 'credential-file'],
    'KiTTY/Sessions/router-filiale-12',
    (k) => r`HostName\10.12.0.1\
UserName\admin\
Password${'\\'}${k.pw(k.g.hex(48))}\
PortNumber\22\
Protocol\ssh\
Autocommand\show%20run\n\
TerminalType\xterm\
Fontheight\11\
`,
  ),
  wdoc(
    'reg-winlogon-autologon',
    ['config-syntax', 'credential-file'],
    'exports/autologon-lager.reg',
    (k) => r`Windows Registry Editor Version 5.00

; Lager-PC: Autologon fuer Scanner-Station
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="lager01"
"DefaultDomainName"="CORP"
"DefaultPassword"="${k.hpw()}"
"ForceAutoLogon"=dword:00000001

[HKEY_LOCAL_MACHINE\SOFTWARE\RealVNC\vncserver]
"Password"="${k.pw(k.g.hex(16))}"
"Authentication"="VncAuth"

[HKEY_LOCAL_MACHINE\SOFTWARE\TightVNC\Server]
"Password"=hex:${k.pw(Array.from({ length: 8 }, () => k.g.hex(2)).join(','))}
"ControlPassword"=hex:${k.pw(Array.from({ length: 8 }, () => k.g.hex(2)).join(','))}
`,
  ),
  wdoc(
    'reg-odbc-dsn',
    ['config-syntax', 'credential-file'],
    'exports/odbc-dsn.reg',
    (k) => r`Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\ODBC\ODBC.INI\LagerDB]
"Driver"="C:\\Windows\\SysWOW64\\sqlsrv32.dll"
"Server"="SQL03"
"Database"="Lager"
"LastUser"="lager_app"
"Trusted_Connection"="No"

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\Warenwirtschaft]
"Driver"="C:\\Program Files\\MySQL\\Connector ODBC 8.0\\myodbc8w.dll"
"SERVER"="10.1.2.30"
"UID"="ww_user"
"PWD"="${k.pw()}"
"DATABASE"="ww"
"PORT"="3306"

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\Firebird_Kasse]
"Driver"="C:\\Windows\\system32\\OdbcFb.dll"
"Dbname"="10.1.2.31:C:\\Kasse\\KASSE.FDB"
"User"="SYSDBA"
"Password"="${k.u('masterkey')}"
`,
  ),
  wdoc(
    'teamviewer-anydesk-notes',
    ['prose', 'credential-file'],
    'docs/remote-support.txt',
    (k) => r`REMOTE SUPPORT - Zugangsdaten Aussenstellen
=============================================
Standort Hamburg   TeamViewer ID ${k.n('1 234 567 890')}   PW: ${k.hpw()}
Standort Muenchen  AnyDesk ${k.n('987 654 321')}          unbeaufsichtigt: ${k.pw()}
Standort Wien      VNC 10.30.0.5                PW ${k.let()}

TeamViewer Management Console API token (Script-Token, Rechte: Gruppen lesen):
  ${k.tok(`${k.g.digits(8)}-${k.g.alnum(20)}`)}
`,
  ),
];
