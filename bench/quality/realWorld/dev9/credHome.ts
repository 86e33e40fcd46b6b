// rw-dev9 cred: dotfiles people keep in their home directory and sometimes commit — .netrc, .pgpass, .my.cnf,
// .git-credentials, smb credentials, fstab cifs lines, OpenVPN auth files, wpa_supplicant, NetworkManager
// profiles, odbc.ini / freetds.conf, pgbouncer userlist, password-manager CSV exports.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cx } from './credValues';

export const CRED_HOME_DOCS: RealWorldDoc[] = [
  doc('cred-netrc-mixed-machines', ['credential-file'], 'home/deploy/.netrc', (k) => {
    const x = cx(k);
    return `machine api.heroku.com
  login ${k.n('ops@lindqvist-bau.se')}
  password ${x.uuid()}
machine git.heroku.com
  login ${k.n('ops@lindqvist-bau.se')}
  password ${x.uuid()}
machine ftp.lindqvist-bau.se login ${k.n('backup')} password ${x.season(true)}
machine nexus.internal.lan
    login ${k.n('jenkins')}
    password ${x.gen()}
default login ${k.n('anonymous')} password ${k.n('guest@')}
`;
  }),
  doc('cred-netrc-one-line-with-macdef', ['credential-file', 'precision'], 'tools/ftp/.netrc', (k) => {
    const x = cx(k);
    return `# used by the nightly ftp push, do not delete (m.k.)
machine upload.druckerei-weber.de login ${k.n('weber_ftp')} password ${x.name(true)}
machine mirror.example.org login ${k.n('anonymous')} password ${k.n('anonymous@example.org')}
machine files.partner.example account ${k.n('ACME-2231')} login ${k.n('acme')} password ${x.kb(true)}

macdef init
prompt
binary
cd /incoming

`;
  }),
  doc('cred-pgpass-colons-and-wildcards', ['credential-file'], 'home/anna/.pgpass', (k) => {
    const x = cx(k);
    return `# hostname:port:database:username:${k.n('password')}
localhost:5432:*:postgres:${x.kb(true)}
db-prod-01.int.lan:5432:billing:billing_rw:${x.gen()}
db-prod-01.int.lan:5432:billing:billing_ro:${x.words()}
*:6432:*:pgbouncer_admin:${x.gen(true, 24)}
10.20.0.15:5433:analytics:metabase:${x.phrase(true)}
# replica (old password was rotated, see OPS-4412)
replica.int.lan:5432:replication:repl:${x.hex(32)}
`;
  }),
  doc('cred-my-cnf-client-sections', ['credential-file', 'config-syntax'], 'home/root/.my.cnf', (k) => {
    const x = cx(k);
    return `[client]
user=${k.n('root')}
password="${x.season()}"
host=127.0.0.1

[mysqldump]
user = ${k.n('backup')}
password = ${x.gen()}
single-transaction

[mysql]
prompt = \\u@\\h [\\d]>\\_
# pager = less -SFX

[client-replica]
user=${k.n('ro_reader')}
pass=${x.name(true)}
`;
  }),
  doc('cred-my-cnf-debian-sys-maint', ['credential-file', 'precision'], 'etc/mysql/debian.cnf', (k) => {
    const x = cx(k);
    return `# Automatically generated for Debian scripts. DO NOT TOUCH!
[client]
host     = localhost
user     = ${k.n('debian-sys-maint')}
password = ${x.alnum(16)}
socket   = /var/run/mysqld/mysqld.sock
[mysql_upgrade]
host     = localhost
user     = ${k.n('debian-sys-maint')}
password = ${x.alnum(16)}
socket   = /var/run/mysqld/mysqld.sock
# the grant lives in mysql.user ${k.n('as')} ${x.mysqlHash()}
`;
  }),
  doc('cred-git-credentials-store', ['credential-file', 'precision'], 'home/ci/.git-credentials', (k) => {
    const x = cx(k);
    return `https://oauth2:${k.prov('gitlab', 'gitlab')}@gitlab.com
https://jmartin:${x.cs()}@bitbucket.org
https://x-access-token:${k.prov('githubApp', 'github')}@github.com
https://build-bot:${x.cs()}@git.internal.corp.example:8443
https://${k.n('anonymous')}@mirror.example.org
`;
  }),
  doc('cred-smb-credentials-and-fstab', ['credential-file', 'config-syntax'], 'etc/fstab', (k) => {
    const x = cx(k);
    return `# /etc/fstab: static file system information.
# <file system>                 <mount point>   <type>  <options>       <dump>  <pass>
UUID=${x.uuidN()} /               ext4    errors=remount-ro 0       1
UUID=${x.uuidN()} /boot/efi       vfat    umask=0077      0       1
/swapfile                                 none            swap    sw              0       0
//nas01/scans   /mnt/scans   cifs  username=scanner,password=${x.name(true)},uid=1000,gid=1000,iocharset=utf8  0  0
//fileserver.corp.local/Abteilung$ /mnt/abteilung cifs credentials=/root/.smbcred,vers=3.0,_netdev 0 0
//192.168.1.20/Fotos /media/fotos cifs user=papa,pass=${x.words()},file_mode=0644 0 0
`;
  }),
  doc('cred-smbcredentials-file', ['credential-file'], 'root/.smbcred', (k) => {
    const x = cx(k);
    return `username=${k.n('svc_scan')}
password=${x.season(true)}
domain=CORP
`;
  }),
  doc('cred-openvpn-auth-user-pass', ['credential-file', 'precision'], 'etc/openvpn/client/auth.txt', (k) => {
    const x = cx(k);
    return `p4478213
${x.phrase()}
`;
  }),
  doc('cred-openvpn-ovpn-inline', ['credential-file', 'config-syntax', 'precision'], 'vpn/office-berlin.ovpn', (k) => {
    const x = cx(k);
    return `client
dev tun
proto udp
remote vpn.office-berlin.example 1194
resolv-retry infinite
nobind
persist-key
persist-tun
auth-user-pass auth.txt
askpass pass.txt
remote-cert-tls server
cipher AES-256-GCM
verb 3
# Schluessel-Passwort steht in pass.txt (${k.n('NICHT hier eintragen')})
<ca>
-----BEGIN CERTIFICATE-----
MIIB${k.n(k.g.base64(60))}
-----END CERTIFICATE-----
</ca>
<tls-crypt>
#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
${x.hex(32)}
${x.hex(32)}
-----END OpenVPN Static key V1-----
</tls-crypt>
`;
  }),
  doc('cred-wpa-supplicant-networks', ['credential-file', 'config-syntax', 'precision'], 'etc/wpa_supplicant/wpa_supplicant.conf', (k) => {
    const x = cx(k);
    return `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

network={
	ssid="FRITZ!Box 7590 QX"
	psk="${k.s('password', k.g.digits(20))}"
	key_mgmt=WPA-PSK
}

network={
	ssid="Oma_WLAN"
	psk="${x.phrase()}"
	priority=5
}

network={
	ssid="eduroam"
	key_mgmt=WPA-EAP
	eap=PEAP
	identity="${k.n('mk1234@uni-example.de')}"
	password="${x.gen()}"
	phase2="auth=MSCHAPV2"
}

network={
	ssid="Werkstatt"
	psk=${k.u(k.g.hex(64))}
}
`;
  }),
  doc('cred-nmconnection-wifi-and-vpn', ['credential-file', 'config-syntax'], 'etc/NetworkManager/system-connections/Buero-5G.nmconnection', (k) => {
    const x = cx(k);
    return `[connection]
id=Buero-5G
uuid=${x.uuidN()}
type=wifi
interface-name=wlp2s0
permissions=

[wifi]
mac-address-blacklist=
mode=infrastructure
ssid=Buero-5G

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=${x.words()}

[ipv4]
dns-search=
method=auto

[ipv6]
addr-gen-mode=stable-privacy
method=auto

[proxy]
`;
  }),
  doc('cred-nmconnection-openconnect-gsm', ['credential-file', 'precision'], 'etc/NetworkManager/system-connections/LTE-Stick.nmconnection', (k) => {
    const x = cx(k);
    return `[connection]
id=LTE-Stick
uuid=${x.uuidN()}
type=gsm
autoconnect=false

[gsm]
apn=internet.telekom
number=*99#
password=${k.u('tm')}
pin=${x.pin()}
username=${k.n('telekom')}

[vpn]
service-type=org.freedesktop.NetworkManager.vpnc
IPSec gateway=vpn.firma.example
IPSec ID=${k.n('Aussendienst')}
Xauth username=${k.n('hkoch')}
ipsec-secret-type=save
xauth-password-type=save

[vpn-secrets]
IPSec secret=${x.words()}
Xauth password=${x.season(true)}
`;
  }),
  doc('cred-odbc-ini-and-freetds', ['credential-file', 'config-syntax'], 'etc/odbc.ini', (k) => {
    const x = cx(k);
    return `[ODBC Data Sources]
ERP_PROD = FreeTDS driver for the ERP SQL Server
DWH      = PostgreSQL Unicode

[ERP_PROD]
Driver      = FreeTDS
Servername  = erp_mssql
Database    = ERP_MAIN
UID         = ${k.n('erp_report')}
PWD         = ${x.gen()}
TDS_Version = 7.4

[DWH]
Driver     = PostgreSQL Unicode
Servername = dwh.int.lan
Port       = 5432
Database   = warehouse
Username   = ${k.n('etl_loader')}
Password   = ${x.name(true)}
ReadOnly   = No

; --- /etc/freetds/freetds.conf is below for reference ---
; [erp_mssql]
;   host = 10.1.4.20
;   port = 1433
;   tds version = 7.4
;   client charset = UTF-8
`;
  }),
  doc('cred-freetds-conf', ['credential-file', 'config-syntax', 'precision'], 'etc/freetds/freetds.conf', (k) => {
    return `[global]
	tds version = auto
	text size = 64512
	; dump file = /tmp/freetds.log
	; debug flags = 0xffff

[erp_mssql]
	host = 10.1.4.20
	port = 1433
	tds version = 7.4
	client charset = UTF-8
	; password goes in odbc.ini, never here: ${k.n('PWD')}
	encryption = require
`;
  }),
  doc('cred-pgbouncer-userlist', ['credential-file', 'precision'], 'etc/pgbouncer/userlist.txt', (k) => {
    const x = cx(k);
    return `"pgbouncer_admin" "${x.gen(true, 20)}"
"app_orders" "${x.md5pg()}"
"app_reports" "${x.scram()}"
"stats_collector" "${x.kb(true)}"
"legacy_php" "${x.md5pg()}"
`;
  }),
  doc('cred-keepass-csv-export', ['credential-file'], 'Downloads/Datenbank-Export.csv', (k) => {
    const x = cx(k);
    return `"Group","Title","Username","Password","URL","Notes"
"Root/Banking","Sparkasse","kunde4711","${x.season()}","https://www.sparkasse.example","PIN Karte: ${x.pin()}"
"Root/Email","Posteo","julia.berg@posteo.example","${x.phrase()}","https://posteo.example",""
"Root/Work","Jira","jberg","${x.gen(false)}","https://jira.firma.example",""
"Root/Work","VPN","jberg","${x.leet()}","","changed after audit"
"Root/Home","Router","admin","${x.words()}","http://192.168.178.1","Fritz!Box"
"Root/Home","Netflix","julia.berg@posteo.example","${x.name()}","https://netflix.com",""
`;
  }),
  doc('cred-browser-passwords-csv', ['credential-file', 'precision'], 'Desktop/Chrome Passwords.csv', (k) => {
    const x = cx(k);
    return `name,url,username,password,note
accounts.google.com,https://accounts.google.com/signin/v2/challenge/pwd,marta.kowalska@gmail.example,${x.name(true)},
allegro.pl,https://allegro.pl/login,marta_k,${x.season(true)},
github.com,https://github.com/session,mkowalska,${x.gen()},
192.168.0.1,http://192.168.0.1/login.html,admin,${k.u('admin')},
bank.example,https://bank.example/logowanie,48213377,${x.kb(true)},haslo do banku
localhost,http://localhost:3000/login,test@test.com,${k.n('test')},
`;
  }),
];
