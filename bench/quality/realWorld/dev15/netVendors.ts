// Other vendors' configurations: Juniper Junos (set and curly forms), MikroTik RouterOS exports, FortiOS,
// Palo Alto XML, HPE Comware and Aruba, UniFi, pfSense/OPNsense config.xml, OpenWrt UCI and VyOS.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_VENDOR_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-junos-set-commands',
    ['config-syntax', 'command-line', 'precision'],
    'juniper/mx204-ams-set.txt',
    (k) => `# show configuration | display set | no-more
set version 22.4R2-S1.6
set system host-name mx204-ams-01
set system root-authentication encrypted-password "${k.n(V.sha512crypt(k.g))}"
set system login user noc uid 2001
set system login user noc class super-user
set system login user noc authentication encrypted-password "${k.n(V.sha512crypt(k.g))}"
set system login user noc authentication ssh-ed25519 "${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)} noc@bastion`)}"
set system login user oxidized class read-only
set system login user oxidized authentication plain-text-password-value ${k.cpw()}
set system tacplus-server 10.0.5.10 secret "${k.u(V.junos9(k.g))}"
set system tacplus-server 10.0.5.11 secret ${k.shared()}
set system radius-server 10.0.5.20 secret "${k.u(V.junos9(k.g))}"
set snmp community ${k.n('public')} authorization read-only
set snmp community ${k.comm()} authorization read-only
set snmp community ${k.comm()} clients 10.0.9.0/24
set snmp v3 usm local-engine user librenms authentication-sha authentication-key "${k.u(V.junos9(k.g))}"
set snmp v3 usm local-engine user librenms privacy-aes128 privacy-password ${k.wphrase()}
set protocols bgp group TRANSIT neighbor 80.249.208.1 authentication-key "${k.u(V.junos9(k.g))}"
set protocols bgp group PEERING neighbor 80.249.209.66 authentication-key ${k.cpw()}
set protocols ospf area 0.0.0.0 interface ae0.0 authentication md5 1 key ${k.shared()}
set security ike policy IKE-POL pre-shared-key ascii-text "${k.u(V.junos9(k.g))}"
set interfaces ae0 description "CORE to spine-01 | CID ${k.n('AMS-IX/' + k.g.digits(6))}"
set chassis aggregated-devices ethernet device-count 8
`,
  ),

  netDoc(
    'net-junos-curly-srx',
    ['config-syntax', 'precision'],
    'juniper/srx345-branch.conf',
    (k) => `## Last changed: 2024-04-22 10:31:07 CEST
version 21.4R3.15;
system {
    host-name srx345-lyon;
    root-authentication {
        encrypted-password "${k.n(V.sha256crypt(k.g))}"; ## SECRET-DATA
    }
    login {
        user ops {
            uid 2000;
            class super-user;
            authentication {
                encrypted-password "${k.n(V.sha512crypt(k.g))}"; ## SECRET-DATA
            }
        }
    }
    services {
        ssh;
        netconf {
            ssh;
        }
    }
}
security {
    ike {
        proposal IKE-PROP {
            authentication-method pre-shared-keys;
            dh-group group14;
            encryption-algorithm aes-256-cbc;
        }
        policy IKE-POL-HQ {
            mode main;
            proposals IKE-PROP;
            pre-shared-key ascii-text "${k.u(V.junos9(k.g))}"; ## SECRET-DATA
        }
        policy IKE-POL-AWS {
            proposals IKE-PROP;
            /* temporary until the commit script re-encrypts it */
            pre-shared-key ascii-text ${k.shared()};
        }
    }
}
access {
    radius-server {
        10.0.5.20 {
            secret "${k.u(V.junos9(k.g))}"; ## SECRET-DATA
            source-address 10.44.0.1;
        }
    }
}
`,
  ),

  netDoc(
    'net-mikrotik-export',
    ['config-syntax', 'precision'],
    'mikrotik/hAP-ac3-shop-17.rsc',
    (k) => `# 2024-05-03 11:02:47 by RouterOS 7.14.3
# software id = ${k.n(k.g.upper(4) + '-' + k.g.upper(4))}
#
# model = RBD53iG-5HacD2HnD
# serial number = ${k.n(k.g.hex(12).toUpperCase())}
/interface bridge
add admin-mac=${k.n(V.mac(k.g).toUpperCase())} auto-mac=no comment=defconf name=bridge
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=shop supplicant-identity="" wpa2-pre-shared-key=${k.hpw()}
add authentication-types=wpa2-psk mode=dynamic-keys name=guest wpa2-pre-shared-key=${k.hpw()}
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-out1 user=${k.n('kd' + k.g.digits(9) + '@t-online.de')} password=${k.cpw()}
/ip hotspot user
add name=kasse password=${k.cpw()} profile=default
add name=gast1 password=${k.n('')} limit-uptime=1h
/ip ipsec peer
add address=203.0.113.10/32 name=zentrale exchange-mode=ike2
/ip ipsec identity
add peer=zentrale secret=${k.shared()}
/ppp secret
add name=aussendienst password=${k.cpw()} profile=default-encryption service=l2tp
/snmp community
set [ find default=yes ] name=${k.n('public')} disabled=yes
add addresses=10.0.9.0/24 name=${k.comm()}
/system identity
set name=shop-17
/user
add name=monitoring group=read password=${k.cpw()}
/tool e-mail
set address=smtp.office365.com port=587 start-tls=yes user=alerts@telnord.example password=${k.cpw()}
`,
  ),

  netDoc(
    'net-mikrotik-cli-session',
    ['command-line', 'precision'],
    'notes/mikrotik-onboarding-commands.txt',
    (k) => `# run on a fresh CCR2004 after netinstall, replace the placeholders
/user add name=noc group=full password=${k.cpw()}
/user remove admin
/user add name=<site-user> group=read password=${k.n('<site-password>')}
/ip service disable telnet,ftp,www,api
/ip service set ssh port=2222
/radius add service=login,hotspot address=10.0.5.20 secret=${k.shared()}
/user aaa set use-radius=yes
/interface wireguard add name=wg-noc listen-port=13231 private-key="${k.key(V.wgKey(k.g))}"
/interface wireguard peers add interface=wg-noc public-key="${k.n(V.wgKey(k.g))}" endpoint-address=203.0.113.10 endpoint-port=51820 allowed-address=10.99.0.0/24
/certificate import file-name=noc-ca.crt passphrase=""
/system scheduler add name=backup interval=1d on-event="/system backup save name=daily password=${k.cpw()}"
`,
  ),

  netDoc(
    'net-fortios-config',
    ['config-syntax', 'precision'],
    'fortigate/FGT-100F-HQ.conf',
    (k) => `#config-version=FG100F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=admin
#conf_file_ver=${k.n(k.g.digits(16))}
#buildno=1639
#global_vdom=1
config system global
    set admin-sport 8443
    set alias "FGT-HQ"
    set hostname "FGT-HQ"
    set timezone 28
end
config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC ${k.n(`SH2${k.g.base64(56)}=`)}
    next
    edit "netbackup"
        set accprofile "prof_admin"
        set password ENC ${k.n(`SH2${k.g.base64(56)}=`)}
    next
end
config user radius
    edit "NPS"
        set server "10.10.0.40"
        set secret ${k.n(V.fortiEnc(k.g))}
    next
end
config user local
    edit "guest-wifi"
        set type password
        set passwd ${k.n(V.fortiEnc(k.g))}
    next
end
config vpn ipsec phase1-interface
    edit "to-AWS"
        set interface "wan1"
        set peertype any
        set proposal aes256-sha256
        set remote-gw 52.29.0.18
        set psksecret ${k.n(V.fortiEnc(k.g))}
    next
end
config system snmp community
    edit 1
        set name "${k.comm()}"
        config hosts
            edit 1
                set ip 10.0.9.15 255.255.255.255
            next
        end
    next
end
`,
  ),

  netDoc(
    'net-fortios-cli-paste-plaintext',
    ['command-line', 'config-syntax', 'precision'],
    'tickets/INC-20931-fortigate-vpn.md',
    (k) => `### What I typed to rebuild the tunnel (FGT-60F in Lille)

\`\`\`
config vpn ipsec phase1-interface
    edit "to-HQ"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set remote-gw 198.51.100.2
        set psksecret ${k.shared()}
    next
end
config system admin
    edit "support-lille"
        set accprofile "prof_admin"
        set password ${k.cpw()}
    next
end
\`\`\`

After \`show vpn ipsec phase1-interface\` the PSK shows as \`set psksecret ${k.n(V.fortiEnc(k.g))}\` so it is stored encrypted now.
The tunnel came up at 14:22 (\`diagnose vpn ike gateway list\` shows \`established\`).
Serial of the box: ${k.n(V.fortiSerial(k.g))}.
`,
  ),

  netDoc(
    'net-paloalto-xml-export',
    ['config-syntax', 'precision'],
    'panos/running-config-pa-3220.xml',
    (k) => `<?xml version="1.0"?>
<config version="10.2.0" urldb="paloaltonetworks" detail-version="10.2.9">
  <mgt-config>
    <users>
      <entry name="admin">
        <phash>${k.n(V.md5crypt(k.g))}</phash>
        <permissions><role-based><superuser>yes</superuser></role-based></permissions>
      </entry>
      <entry name="api-automation">
        <phash>${k.n(V.sha256crypt(k.g))}</phash>
        <permissions><role-based><superuser>yes</superuser></role-based></permissions>
      </entry>
    </users>
    <password-complexity><enabled>yes</enabled><minimum-length>12</minimum-length></password-complexity>
  </mgt-config>
  <shared>
    <server-profile>
      <radius>
        <entry name="NPS">
          <server><entry name="nps01"><ip-address>10.10.0.40</ip-address><secret>${k.n(`-AQ==${k.g.base64(28)}=${k.g.base64(44)}`)}</secret><port>1812</port></entry></server>
        </entry>
      </radius>
      <ldap>
        <entry name="AD">
          <server><entry name="dc01"><address>10.10.0.11</address><port>636</port></entry></server>
          <bind-dn>CN=svc-paloalto,OU=Service,DC=corp,DC=telnord,DC=example</bind-dn>
          <bind-password>${k.n(`-AQ==${k.g.base64(28)}=${k.g.base64(24)}`)}</bind-password>
          <base>DC=corp,DC=telnord,DC=example</base>
        </entry>
      </ldap>
    </server-profile>
  </shared>
  <devices>
    <entry name="localhost.localdomain">
      <deviceconfig><system><hostname>pa-dc1</hostname><ip-address>10.0.0.5</ip-address></system></deviceconfig>
    </entry>
  </devices>
</config>
`,
  ),

  netDoc('net-paloalto-api-keygen', ['command-line', 'http-auth', 'logs-and-output', 'precision'], 'scripts/panos-backup.sh', (k) => {
    const pw = V.urlPw(k.g);
    return `#!/bin/bash
# Nightly PAN-OS config export to the backup share.
# key generated once with:
#   curl -k "https://10.0.0.5/api/?type=keygen&user=api-automation&password=${k.s('password', pw)}"
#   <response status = 'success'><result><key>${k.prov('PAN-OS API key', V.paloKey(k.g))}</key></result></response>
FW=10.0.0.5
KEY="${k.prov('PAN-OS API key', V.paloKey(k.g))}"
curl -sk -H "X-PAN-KEY: $KEY" "https://$FW/api/?type=export&category=configuration" -o /srv/backup/panos/pa-dc1-$(date +%F).xml
curl -sk "https://$FW/api/?type=op&cmd=<show><system><info></info></system></show>&key=\${PAN_KEY}" >/dev/null
`;
  }),

  netDoc(
    'net-comware-aruba-configs',
    ['config-syntax', 'precision'],
    'hpe/comware-5130-and-aruba-6300.txt',
    (k) => `=== HPE 5130 (Comware 7) display current-configuration ===
 sysname WH-SW-CORE
#
local-user admin class manage
 password hash ${k.n(`$h$6$${k.g.base64(16)}$${k.g.base64(86)}`)}
 service-type ssh terminal
 authorization-attribute user-role network-admin
#
local-user lager class manage
 password simple ${k.cpw()}
 service-type ssh
#
radius scheme ISE
 primary authentication 10.10.0.31
 key authentication cipher ${k.n(`$c$3$${k.g.base64(40)}`)}
 key accounting simple ${k.shared()}
#
snmp-agent community read cipher ${k.n(`$c$3$${k.g.base64(32)}`)}
snmp-agent community write simple ${k.comm()}
snmp-agent sys-info version v2c v3
#
=== Aruba CX 6300 show running-config ===
hostname wh-access-02
user admin group administrators password ciphertext ${k.n(k.g.base64(120))}
user helpdesk group operators password plaintext ${k.cpw()}
radius-server host 10.10.0.31 key plaintext ${k.shared()}
radius-server host 10.20.0.31 key ciphertext ${k.n(k.g.base64(64))}
snmp-server community ${k.n('public')}
`,
  ),

  netDoc(
    'net-pfsense-config-xml',
    ['config-syntax', 'precision'],
    'pfsense/config-fw-lab.xml',
    (k) => `<?xml version="1.0"?>
<pfsense>
	<version>22.2</version>
	<system>
		<hostname>fw-lab</hostname>
		<domain>lab.telnord.example</domain>
		<user>
			<name>admin</name>
			<descr><![CDATA[System Administrator]]></descr>
			<scope>system</scope>
			<groupname>admins</groupname>
			<bcrypt-hash>${k.n(V.bcrypt(k.g))}</bcrypt-hash>
			<uid>0</uid>
		</user>
		<user>
			<name>vpnuser-kim</name>
			<bcrypt-hash>${k.n(V.bcrypt(k.g))}</bcrypt-hash>
			<ipsecpsk>${k.shared()}</ipsecpsk>
		</user>
	</system>
	<interfaces>
		<wan><if>igb0</if><ipaddr>pppoe</ipaddr></wan>
	</interfaces>
	<ppps>
		<ppp><ptpid>0</ptpid><type>pppoe</type><if>igb0</if><username>${k.n('lab' + k.g.digits(6) + '@isp.example')}</username><password>${k.s('password', V.b64(V.cliPw(k.g)))}</password></ppp>
	</ppps>
	<openvpn>
		<openvpn-server>
			<vpnid>1</vpnid>
			<mode>server_tls_user</mode>
			<tls>${k.key(V.b64(V.ovpnStatic(k.g)))}</tls>
			<caref>${k.n(k.g.hex(13))}</caref>
		</openvpn-server>
	</openvpn>
	<snmpd><rocommunity>${k.comm()}</rocommunity><syslocation>Lab rack B4</syslocation></snmpd>
	<notifications>
		<smtp><ipaddress>smtp.telnord.example</ipaddress><username>fw-lab@telnord.example</username><password>${k.cpw()}</password></smtp>
	</notifications>
</pfsense>
`,
  ),

  netDoc(
    'net-openwrt-uci',
    ['config-syntax', 'precision'],
    'openwrt/etc/config/wireless',
    (k) => `config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '36'
	option band '5g'
	option htmode 'HE80'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'Ondaria-Office'
	option encryption 'sae-mixed'
	option key '${k.hpw()}'

config wifi-iface 'wifinet2'
	option device 'radio0'
	option mode 'ap'
	option ssid 'Ondaria-Guest'
	option encryption 'psk2'
	option key '${k.hpw()}'
	option isolate '1'

config wifi-iface 'ent'
	option device 'radio0'
	option ssid 'Ondaria-Staff'
	option encryption 'wpa2'
	option auth_server '10.0.5.20'
	option auth_secret '${k.shared()}'
	option macaddr '${k.n(V.mac(k.g))}'
`,
  ),

  netDoc(
    'net-vyos-config-commands',
    ['config-syntax', 'command-line', 'precision'],
    'vyos/edge-vyos-01.commands',
    (k) => `set system host-name 'edge-vyos-01'
set system login user vyos authentication encrypted-password '${k.n(V.sha512crypt(k.g))}'
set system login user ops authentication plaintext-password '${k.cpw()}'
set system login radius server 10.0.5.20 key '${k.shared()}'
set service snmp community ${k.comm()} authorization 'ro'
set service snmp v3 user librenms auth plaintext-password '${k.phrase()}'
set service snmp v3 user librenms auth type 'sha'
set service snmp v3 user librenms privacy plaintext-password '${k.phrase()}'
set interfaces wireguard wg0 private-key '${k.key(V.wgKey(k.g))}'
set interfaces wireguard wg0 peer hq public-key '${k.n(V.wgKey(k.g))}'
set interfaces wireguard wg0 peer hq preshared-key '${k.s('token', V.wgKey(k.g))}'
set interfaces pppoe pppoe0 authentication username '${k.n('vyos' + k.g.digits(5) + '@fiber.example')}'
set interfaces pppoe pppoe0 authentication password '${k.cpw()}'
set vpn ipsec site-to-site peer 203.0.113.45 authentication pre-shared-secret '${k.shared()}'
set protocols bgp neighbor 192.0.2.1 password '${k.cpw()}'
`,
  ),

  netDoc(
    'net-unifi-device-and-mongo',
    ['config-syntax', 'logs-and-output', 'precision'],
    'unifi/notes-site-migration.md',
    (k) => `## UniFi site migration (Cloud Key Gen2 → UniFi OS Server)

Device SSH credentials (Settings → System → Advanced → Device Authentication):
- username: \`ubnt-ops\`
- password: \`${k.cpw()}\`

Dump of the site settings from Mongo (\`mongo --port 27117 ace --eval 'db.setting.find({key:"mgmt"})'\`):

\`\`\`json
{ "_id" : ObjectId("${k.n(k.g.hex(24))}"), "key" : "mgmt", "site_id" : "${k.n(k.g.hex(24))}",
  "x_ssh_username" : "ubnt-ops", "x_ssh_password" : "${k.cpw()}", "x_ssh_auth_password_enabled" : true,
  "x_mgmt_key" : "${k.hex(32)}", "advanced_feature_enabled" : true }
\`\`\`

WLAN "Ondaria-Lager" \`x_passphrase\`: ${k.hpw()}
Adopted devices: U6-LR ${k.n(V.mac(k.g))}, USW-24-PoE ${k.n(V.mac(k.g))}
Admin account is SSO (\`${k.n('noc@ondaria.example')}\`), password in the vault.
`,
  ),

  netDoc(
    'net-opnsense-api-key-file',
    ['credential-file', 'command-line', 'precision'],
    'opnsense/apikey-automation.txt',
    (k) => `key=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 80))}
secret=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 80))}
`,
  ),
];
