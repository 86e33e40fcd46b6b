// Network configs of the home lab: WireGuard peers, Tailscale, OpenWrt UCI, pfSense/OPNsense XML backups,
// wpa_supplicant, Pi-hole, ddclient. WireGuard public keys and MAC addresses sit beside the private ones.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_NETWORK_DOCS: RealWorldDoc[] = [
  hDoc(
    'wireguard-server-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'etc/wireguard/wg0.conf',
    (k) => `[Interface]
Address = 10.8.0.1/24
ListenPort = 51820
PrivateKey = ${k.key(H.wgKey(k.g))}
PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE

# phone
[Peer]
PublicKey = ${k.n(H.wgKey(k.g))}
PresharedKey = ${k.s('token', H.wgKey(k.g))}
AllowedIPs = 10.8.0.2/32

# laptop
[Peer]
PublicKey = ${k.n(H.wgKey(k.g))}
AllowedIPs = 10.8.0.3/32
`,
  ),

  hDoc(
    'wireguard-client-qr-note',
    ['credential-file', 'precision'],
    'notes/wg-phone-mum.conf',
    (k) => `# config for Mum's phone, scan with: qrencode -t ansiutf8 < wg-phone-mum.conf
[Interface]
PrivateKey = ${k.key(H.wgKey(k.g))}
Address = 10.8.0.7/32
DNS = 10.8.0.1
# public key of this peer: ${k.n(H.wgKey(k.g))}

[Peer]
PublicKey = ${k.n(H.wgKey(k.g))}
Endpoint = home.${k.g.lower(6)}.duckdns.org:51820
AllowedIPs = 0.0.0.0/0, ::/0
PersistentKeepalive = 25
`,
  ),

  hDoc(
    'openwrt-uci-wireless',
    ['config-syntax', 'precision'],
    'openwrt/backup/etc/config/wireless',
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
	option ssid 'Casa${k.g.pick(['Rossi', 'Bianchi', 'Novak'])}'
	option encryption 'sae-mixed'
	option key '${k.pw()}'
	option macaddr '${k.n(H.mac(k.g))}'

config wifi-iface 'guest'
	option device 'radio0'
	option network 'guest'
	option ssid 'Ospiti'
	option encryption 'psk2'
	option key '${k.hpw()}'
	option macaddr '${k.n(H.mac(k.g))}'
`,
  ),

  hDoc(
    'openwrt-uci-network-pppoe',
    ['config-syntax', 'precision'],
    'openwrt/backup/etc/config/network',
    (k) => `config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'

config interface 'wan'
	option device 'eth1.7'
	option proto 'pppoe'
	option username '${k.n(`${k.g.digits(12)}#${k.g.digits(4)}@t-online.de`)}'
	option password '${k.s('password', k.g.digits(8))}'
	option ipv6 'auto'

config interface 'wg0'
	option proto 'wireguard'
	option private_key '${k.key(H.wgKey(k.g))}'
	list addresses '10.9.0.1/24'

config wireguard_wg0
	option public_key '${k.n(H.wgKey(k.g))}'
	option description 'phone'
`,
  ),

  hDoc(
    'pfsense-config-xml',
    ['config-syntax', 'precision'],
    'backups/config-pfSense.home.arpa-20260301.xml',
    (k) => `<?xml version="1.0"?>
<pfsense>
	<version>23.3</version>
	<system>
		<hostname>pfSense</hostname>
		<domain>home.arpa</domain>
		<ssh><authorizedkeys>${k.n(H.b64(H.sshPub(k.g, 'admin@pfsense')))}</authorizedkeys></ssh>
		<user>
			<name>admin</name>
			<bcrypt-hash>${k.n(H.bcrypt(k.g))}</bcrypt-hash>
			<uid>0</uid>
		</user>
	</system>
	<ppps>
		<ppp>
			<if>pppoe0</if>
			<username>${k.n(`b${k.g.digits(9)}@fibra.example`)}</username>
			<password>${k.s('password', H.b64(H.safePw(k.g)))}</password>
		</ppp>
	</ppps>
	<ipsec>
		<phase1>
			<pre-shared-key>${k.s('token', k.g.alnum(32))}</pre-shared-key>
		</phase1>
	</ipsec>
	<dyndnses>
		<dyndns><type>cloudflare</type><username>me@example.org</username><password>${k.prov('Cloudflare', H.cfGlobalKey(k.g))}</password></dyndns>
	</dyndnses>
	<revision><time>1709280000</time><username>admin@192.168.1.10 (Local Database)</username></revision>
</pfsense>
`,
  ),

  hDoc(
    'opnsense-wireguard-xml',
    ['config-syntax', 'precision'],
    'backups/opnsense/config.xml',
    (k) => `<opnsense>
  <OPNsense>
    <wireguard>
      <server>
        <servers>
          <server uuid="${k.n(k.g.uuid())}">
            <enabled>1</enabled>
            <name>wg_home</name>
            <pubkey>${k.n(H.wgKey(k.g))}</pubkey>
            <privkey>${k.key(H.wgKey(k.g))}</privkey>
            <port>51820</port>
          </server>
        </servers>
      </server>
    </wireguard>
    <unboundplus><dnsbl><enabled>1</enabled></dnsbl></unboundplus>
  </OPNsense>
  <system><webgui><ssl-certref>${k.n(k.g.hex(13))}</ssl-certref></webgui></system>
</opnsense>
`,
  ),

  hDoc(
    'wpa-supplicant',
    ['config-syntax', 'credential-file', 'precision'],
    'boot/wpa_supplicant.conf',
    (k) => `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

network={
	ssid="${k.g.pick(['WLAN-', 'Vodafone-', 'o2-WLAN'])}${k.g.digits(4)}"
	#psk="${k.s('password', k.g.digits(4) + ' ' + k.g.digits(4) + ' ' + k.g.digits(4) + ' ' + k.g.digits(4))}"
	psk=${k.u(k.g.hex(64))}
	bssid=${k.n(H.mac(k.g))}
}

network={
	ssid="eduroam"
	key_mgmt=WPA-EAP
	identity="${k.n(`s${k.g.digits(7)}@uni-example.de`)}"
	password="${k.hpw()}"
}
`,
  ),

  hDoc(
    'tailscale-install-notes',
    ['command-line', 'prose', 'precision'],
    'docs/tailscale.md',
    (k) => `# Tailscale on the lab

Install on every box, then join with the reusable, pre-approved key (tagged \`tag:server\`):

\`\`\`bash
curl -fsSL https://tailscale.com/install.sh | sh
sudo tailscale up --authkey=${k.prov('Tailscale', H.tailscale(k.g))} --advertise-tags=tag:server --ssh
\`\`\`

For the subnet router on the Pi: \`sudo tailscale up --advertise-routes=192.168.1.0/24 --authkey=${k.n('${TS_AUTHKEY}')}\`.
Node key of the Pi (public): ${k.n(`nodekey:${k.g.hex(64)}`)}
The ACL file lives in the admin console; the API key for the terraform provider is ${k.prov('Tailscale', H.tailscaleApi(k.g))} (expires in 90 days).
`,
  ),

  hDoc(
    'ddclient-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'etc/ddclient.conf',
    (k) => `# /etc/ddclient.conf
daemon=300
syslog=yes
ssl=yes
use=web, web=checkip.dyndns.org

protocol=namecheap
server=dynamicdns.park-your-domain.com
login=${k.g.lower(8)}.net
password='${k.s('token', k.g.hex(32))}'
@,home,vpn
# old namecheap password: ${k.n('<rotated>')}

protocol=cloudflare
zone=example.dev
login=token
password=${k.prov('Cloudflare', H.cfToken(k.g))}
lab.example.dev
# zone id ${k.n(k.g.hex(32))}
`,
  ),

  hDoc(
    'unifi-controller-export',
    ['config-syntax', 'precision'],
    'unifi/site-export.json',
    (k) => `{
  "site": "default",
  "wlanconf": [
    {"_id": "${k.n(k.g.hex(24))}", "name": "Home", "security": "wpapsk", "x_passphrase": "${k.hpw()}", "wpa_mode": "wpa2"},
    {"_id": "${k.n(k.g.hex(24))}", "name": "IoT", "security": "wpapsk", "x_passphrase": "${k.s('password', k.g.alnum(16))}", "vlan": "30"}
  ],
  "mgmt": {"x_ssh_username": "ubnt-admin", "x_ssh_password": "${k.spw()}", "x_ssh_auth_password_enabled": true, "x_ssh_keys": ["${k.n(H.sshPub(k.g, 'unifi'))}"]},
  "devices": [{"mac": "${k.n(H.mac(k.g))}", "model": "U6LR"}, {"mac": "${k.n(H.mac(k.g))}", "model": "USW-Lite-8-PoE"}]
}
`,
  ),

  hDoc(
    'fritzbox-export-snippet',
    ['config-syntax', 'precision'],
    'router/FRITZ.Box-7590-export.txt',
    (k) => `**** FRITZ!Box 7590 CONFIGURATION EXPORT
Password=${k.n('$$$$' + k.g.upper(40))}
FirmwareVersion=154.07.57
CONFIG_INSTALL_TYPE=ar7
**** CFGFILE:ar7.cfg
        webui {
                username = "fritz${k.g.digits(4)}";
                password = "${k.n('$$$$' + k.g.upper(56))}";
        }
        voipextra {
                sip_user = "${k.n(`+4930${k.g.digits(8)}`)}";
                sip_password = "${k.s('password', k.g.alnum(12))}";
        }
**** END OF EXPORT ${k.n(k.g.hex(8).toUpperCase())} ****
`,
  ),

  hDoc(
    'pihole-toml',
    ['config-syntax', 'precision'],
    'etc/pihole/pihole.toml',
    (k) => `[dns]
  upstreams = ["127.0.0.1#5335"]
  domainNeeded = true

[webserver.api]
  # Pi-hole v6 stores only the hash; app passwords are generated in the UI
  pwhash = "${k.n(`$BALLOON-SHA256$v=1$s=1024,t=32$${k.g.base64(22)}$${k.g.base64(43)}`)}"
  app_pwhash = ""
  totp_secret = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}"

[dhcp]
  active = false
  # router ${k.n(H.mac(k.g))}
  hosts = ["${k.n(H.mac(k.g))},192.168.1.10,nas"]
`,
  ),
];
