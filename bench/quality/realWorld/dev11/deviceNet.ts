// Home networks: Raspberry Pi wpa_supplicant.conf, OpenWrt UCI files and commands, MikroTik and Cisco
// home-lab exports, WireGuard configs, hostapd, ddclient, a netplan file.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cs, plain, pw, tk } from './deviceKit';
import * as V from './deviceValues';

export const DEVICE_NET_DOCS: RealWorldDoc[] = [
  doc(
    'device-rpi-wpa-supplicant',
    ['credential-file', 'config-syntax'],
    'boot/wpa_supplicant.conf',
    (k) => `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

network={
	ssid="Haus_Oben"
	psk="${pw(k, V.wifi)}"
	key_mgmt=WPA-PSK
	priority=2
}

network={
	ssid="Gartenhaus"
	#psk="${pw(k, plain(V.human))}"
	psk=${tk(k, (g) => g.hex(64))}
}

network={
	ssid="eduroam"
	key_mgmt=WPA-EAP
	eap=PEAP
	identity="m.weber@uni-kassel.de"
	password="${pw(k, V.human)}"
	phase2="auth=MSCHAPV2"
}
`,
  ),

  doc(
    'device-openwrt-wireless',
    ['config-syntax', 'precision'],
    'etc/config/wireless',
    (k) => `
config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '36'
	option band '5g'
	option htmode 'HE80'
	option country 'PL'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'Nowak_5G'
	option encryption 'sae-mixed'
	option key '${pw(k, V.wifi)}'
	option ieee80211r '1'
	option mobility_domain '${k.n(k.g.hex(4))}'

config wifi-iface 'guest'
	option device 'radio0'
	option network 'guest'
	option mode 'ap'
	option ssid 'Nowak_Goscie'
	option encryption 'psk2'
	option key '${pw(k, plain(V.human))}'
	option isolate '1'
	option macaddr '${k.n(Array.from({ length: 6 }, () => k.g.hex(2)).join(':'))}'
`,
  ),

  doc(
    'device-openwrt-network-pppoe-wg',
    ['config-syntax'],
    'etc/config/network',
    (k) => `
config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'
	option netmask '255.0.0.0'

config globals 'globals'
	option ula_prefix 'fd5e:1c2a:77b0::/48'

config interface 'wan'
	option device 'eth1.7'
	option proto 'pppoe'
	option username '${k.n('002712345678551100123456#0001@t-online.de')}'
	option password '${pw(k, (g) => g.digits(8))}'
	option ipv6 'auto'

config interface 'wg0'
	option proto 'wireguard'
	option private_key '${k.s('private-key', V.wgKey(k.g))}'
	option listen_port '51820'
	list addresses '10.8.0.1/24'

config wireguard_wg0
	option description 'handy-anna'
	option public_key '${k.n(V.wgKey(k.g))}'
	option preshared_key '${tk(k, V.wgKey)}'
	list allowed_ips '10.8.0.2/32'
`,
  ),

  doc(
    'device-openwrt-uci-commands',
    ['command-line'],
    'scripts/setup-ap.sh',
    (k) => `#!/bin/sh
# Erstkonfiguration für die Dumb-APs im Haus (ausführen per ssh root@ap-keller 'sh -s' < setup-ap.sh)
uci set system.@system[0].hostname='ap-keller'
uci set wireless.radio0.disabled='0'
uci set wireless.@wifi-iface[0].ssid='Familie_Huber'
uci set wireless.@wifi-iface[0].encryption='psk2+ccmp'
uci set wireless.@wifi-iface[0].key='${pw(k, plain(V.wifi))}'
uci set ddns.myddns_ipv4.username='huber-home'
uci set ddns.myddns_ipv4.password='${tk(k, (g) => g.uuid())}'
uci commit
echo -e "${pw(k, plain(V.human))}\\n${k.n('$NEWPW')}" | passwd root 2>/dev/null
wifi reload
`,
  ),

  doc(
    'device-mikrotik-export',
    ['config-syntax', 'command-line', 'precision'],
    'backup/hap-ac3.rsc',
    (k) => `# 2024-09-01 18:22:10 by RouterOS 7.15.3
# software id = ${k.n(k.g.upper(4) + '-' + k.g.upper(4))}
#
# model = RBD53iG-5HacD2HnD
# serial number = ${k.n(k.g.chars('0123456789ABCDEF', 12))}
/interface bridge
add admin-mac=${k.n(Array.from({ length: 6 }, () => k.g.chars('0123456789ABCDEF', 2)).join(':'))} auto-mac=no comment=defconf name=bridge
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys supplicant-identity=MikroTik wpa2-pre-shared-key=${pw(k, plain(V.wifi))}
add authentication-types=wpa2-psk mode=dynamic-keys name=gaeste supplicant-identity="" wpa2-pre-shared-key="${pw(k, plain(V.human))}"
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-home private-key="${k.s('private-key', V.wgKey(k.g))}"
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-home public-key="${k.n(V.wgKey(k.g))}"
/ppp secret
add name=papa password=${pw(k, plain(V.human))} profile=vpn service=l2tp
/ip ipsec identity
add peer=l2tp-in secret=${pw(k, plain(V.generated))}
/system scheduler
add interval=5m name=ddns on-event="/tool fetch url=\\"https://www.duckdns.org/update\\?domains=petrov-home&token=${k.s('http-auth', k.g.uuid())}\\" keep-result=no" start-time=startup
/user
add group=full name=sasha password="${pw(k, plain(V.human))}"
`,
  ),

  doc(
    'device-cisco-homelab-config',
    ['config-syntax', 'precision'],
    'homelab/c1111-running-config.txt',
    (k) => `!
version 17.9
service timestamps debug datetime msec
service password-encryption
!
hostname homelab-gw
!
enable secret 9 ${k.n('$9$' + k.g.base64(14).replace(/[+/]/g, '.') + '$' + k.g.base64(43).replace(/[+/]/g, '.'))}
!
username admin privilege 15 secret 9 ${k.n('$9$' + k.g.base64(14).replace(/[+/]/g, '.') + '$' + k.g.base64(43).replace(/[+/]/g, '.'))}
username backup privilege 1 password 7 ${pw(k, V.cisco7)}
username lab password 0 ${pw(k, plain(V.human))}
!
crypto isakmp policy 10
 encr aes 256
 authentication pre-share
 group 14
crypto isakmp key ${pw(k, plain(V.generated))} address 203.0.113.17
!
snmp-server community ${k.u('public')} RO
snmp-server community ${tk(k, (g) => g.alnum(14))} RW 99
tacacs server ISE
 address ipv4 192.168.50.10
 key 7 ${pw(k, V.cisco7)}
!
line vty 0 4
 password 7 ${pw(k, V.cisco7)}
 login local
 transport input ssh
!
end
`,
  ),

  doc(
    'device-wireguard-client-conf',
    ['credential-file'],
    'wireguard/papa-laptop.conf',
    (k) => `[Interface]
PrivateKey = ${k.s('private-key', V.wgKey(k.g))}
Address = 10.13.13.4/32
DNS = 10.13.13.1

[Peer]
PublicKey = ${k.n(V.wgKey(k.g))}
PresharedKey = ${tk(k, V.wgKey)}
Endpoint = familie-santos.duckdns.org:51820
AllowedIPs = 0.0.0.0/0, ::/0
PersistentKeepalive = 25
`,
  ),

  doc(
    'device-hostapd-conf',
    ['config-syntax'],
    'etc/hostapd/hostapd.conf',
    (k) => `interface=wlan0
driver=nl80211
ssid=PiCamNetz
hw_mode=g
channel=7
wmm_enabled=0
macaddr_acl=0
auth_algs=1
ignore_broadcast_ssid=0
wpa=2
wpa_passphrase=${pw(k, plain(V.passphrase))}
wpa_key_mgmt=WPA-PSK
wpa_pairwise=TKIP
rsn_pairwise=CCMP
`,
  ),

  doc(
    'device-ddclient-conf',
    ['credential-file'],
    'etc/ddclient.conf',
    (k) => `# Configuration file for ddclient generated by debconf
protocol=dyndns2
use=web, web=checkip.dyndns.org
server=domains.google.com
ssl=yes
login=${k.n(k.g.alnum(16))}
password='${tk(k, (g) => g.alnum(16))}'
casa-lima.example.net

protocol=cloudflare, \\
zone=lima-home.pt, \\
ttl=1, \\
login=token, \\
password=${tk(k, (g) => g.base64url(40))} \\
nas.lima-home.pt
`,
  ),

  doc(
    'device-netplan-wifi',
    ['config-syntax'],
    'etc/netplan/50-cloud-init.yaml',
    (k) => `# This file is generated from information provided by the datasource.  Changes
# to it will not persist across an instance reboot.
network:
    version: 2
    wifis:
        renderer: networkd
        wlan0:
            access-points:
                "Wohnung 3.OG":
                    password: ${pw(k, plain(V.wifi))}
            dhcp4: true
            optional: true
    ethernets:
        eth0:
            dhcp4: true
`,
  ),

  doc(
    'device-router-backup-readme',
    ['prose', 'precision'],
    'homelab/README.md',
    (k) => `# Homelab

| Gerät | IP | Login | Notiz |
|---|---|---|---|
| FritzBox 7590 | 192.168.178.1 | – | Kennwort: ${pw(k, plain(V.human))} |
| Switch GS308E | 192.168.178.2 | admin | ${k.u('password')} (Werkseinstellung, TODO ändern) |
| Proxmox | 192.168.178.10 | root | pw steht im KeePass |
| Pi-hole | 192.168.178.11 | – | web: ${pw(k, plain(V.lettersOnly))} |
| UniFi AP | 192.168.178.20 | ubnt | ssh-pw ${pw(k, plain(V.generated))} |

MQTT-URL für alles: \`mqtt://ha:${cs(k, V.human)}@192.168.178.11:1883\`

Fingerprint des Proxmox-Zertifikats: ${k.n(Array.from({ length: 32 }, () => k.g.chars('0123456789ABCDEF', 2)).join(':'))}
`,
  ),
];
