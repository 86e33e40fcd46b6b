// RADIUS and TACACS+ servers (FreeRADIUS clients.conf and users, tac_plus, NPS exports) and VPN endpoints
// (ipsec.secrets, swanctl.conf, OpenVPN auth files, static keys and inline profiles, WireGuard).
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_AAA_VPN_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-freeradius-clients-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'freeradius/3.0/clients.conf',
    (k) => `# -*- text -*-
##
## clients.conf -- client configuration directives
##
client localhost {
	ipaddr = 127.0.0.1
	proto = *
	secret = ${k.n('testing123')}
	require_message_authenticator = no
	nas_type = other
}

# Core switches (Cisco/Arista), see netbox tag "radius-client"
client core-switches {
	ipaddr = 10.0.0.0/24
	secret = ${k.shared()}
	shortname = core
	nas_type = cisco
}

client wlc-9800 {
	ipaddr = 10.0.8.10
	secret = "${k.shared()}"
	shortname = wlc
}

client vpn-asa {
	ipaddr = 10.10.0.2
	secret = ${k.shared()}
	# limit { max_connections = 16 }
}

# new branches get their secret from the ansible role, do not hand-edit
client branch-template {
	ipaddr = 10.41.0.0/16
	secret = {{ radius_branch_secret }}
}
`,
  ),

  netDoc(
    'net-freeradius-users-file',
    ['config-syntax', 'credential-file', 'precision'],
    'freeradius/3.0/mods-config/files/authorize',
    (k) => `#
# Local fallback users for the NOC when the AD proxy is down.
# Cleartext-Password is required for CHAP/MS-CHAP; use Crypt-Password for PAP only.
#
noc-fallback	Cleartext-Password := "${k.cpw()}"
		Service-Type = Administrative-User,
		Cisco-AVPair = "shell:priv-lvl=15"

monitor	Crypt-Password := "${k.n(V.sha512crypt(k.g))}"
		Service-Type = NAS-Prompt-User

wifi-scanner-01	Cleartext-Password := "${k.cpw()}"
		Tunnel-Type = VLAN,
		Tunnel-Medium-Type = IEEE-802,
		Tunnel-Private-Group-Id = 120

# MAB: the password is the MAC itself
${k.n(V.macDash(k.g).toLowerCase().replace(/-/g, ''))}	Cleartext-Password := "${k.n(V.macDash(k.g).toLowerCase().replace(/-/g, ''))}"
		Tunnel-Private-Group-Id = 130

DEFAULT	Auth-Type := Reject
		Reply-Message = "Access denied"
`,
  ),

  netDoc(
    'net-tac-plus-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'tacacs/tac_plus.conf',
    (k) => `# tac_plus (shrubbery) on tacacs01
key = "${k.shared()}"

accounting file = /var/log/tac_plus/acct.log

group = netadmins {
	default service = permit
	service = exec {
		priv-lvl = 15
	}
}

group = readonly {
	service = exec {
		priv-lvl = 1
	}
	cmd = show { permit .* }
}

user = jdoe {
	member = netadmins
	login = des ${k.n(k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 13))}
}

user = svc-rancid {
	member = readonly
	login = cleartext "${k.cpw()}"
	enable = cleartext "${k.cpw()}"
}

user = mmartin {
	member = netadmins
	login = file /etc/passwd
	pap = PAM
}
`,
  ),

  netDoc(
    'net-tac-plus-ng-conf',
    ['config-syntax', 'precision'],
    'tacacs/tac_plus-ng.cfg',
    (k) => `id = spawnd {
	listen = { port = 49 }
}

id = tac_plus-ng {
	log accesslog { destination = /var/log/tac_plus/access.log }

	device world {
		address = ::/0
		welcome banner = "Authorized access only\\n"
		key = ${k.shared()}
	}

	device lab {
		address = 10.99.0.0/16
		key = "${k.shared()}"
	}

	profile admin { script { if (service == shell) { set priv-lvl = 15 permit } } }

	user breakglass {
		password login = clear ${k.cpw()}
		profile = admin
	}
	user monitor {
		password login = crypt ${k.n(V.md5crypt(k.g))}
	}
}
`,
  ),

  netDoc(
    'net-ipsec-secrets',
    ['credential-file', 'config-syntax', 'precision'],
    'strongswan/etc/ipsec.secrets',
    (k) => `# /etc/ipsec.secrets - strongSwan IPsec secrets file
# This file holds shared secrets or RSA private keys for authentication.

: RSA vpn-gw01.key

# site-to-site to the Amsterdam POP
203.0.113.10 198.51.100.77 : PSK "${k.shared()}"

# AWS VGW tunnels (from the downloaded config, "Pre-Shared Key")
%any 52.28.144.21 : PSK "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 32))}"
%any 52.28.160.9 : PSK "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 32))}"

# road warriors (IKEv1 XAuth, legacy Android)
roadwarrior-group : PSK ${k.shared()}
anna.keller : XAUTH "${k.cpw()}"
tomasz.nowak : EAP "${k.cpw()}"
include /etc/ipsec.d/*.secrets
`,
  ),

  netDoc(
    'net-swanctl-conf',
    ['config-syntax', 'precision'],
    'strongswan/swanctl/conf.d/partner.conf',
    (k) => `connections {
    partner-voxline {
        version = 2
        local_addrs = 203.0.113.10
        remote_addrs = 192.0.2.200
        proposals = aes256-sha256-modp2048
        local {
            auth = psk
            id = vpn.telnord.example
        }
        remote {
            auth = psk
            id = 192.0.2.200
        }
        children {
            net {
                local_ts = 10.41.0.0/16
                remote_ts = 172.30.8.0/24
                esp_proposals = aes256gcm16-modp2048
                start_action = trap
            }
        }
    }
}

secrets {
    ike-voxline {
        id-1 = vpn.telnord.example
        id-2 = 192.0.2.200
        secret = "${k.shared()}"
    }
    ike-lab {
        id = lab.telnord.example
        secret = 0s${k.s('token', k.g.base64(44))}
    }
    eap-anna {
        id = anna.keller@telnord.example
        secret = "${k.cpw()}"
    }
    private-gw {
        file = vpn-gw01.key
        secret = ${k.ph()}
    }
}
`,
  ),

  netDoc(
    'net-openvpn-client-profile',
    ['credential-file', 'config-syntax', 'precision'],
    'vpn/noc-fra.ovpn',
    (k) => `client
dev tun
proto udp
remote vpn-fra.telnord.example 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
auth-user-pass noc-fra.auth
key-direction 1
verb 3
<ca>
${k.n(V.certificate(k.g))}
</ca>
<cert>
${k.n(V.certificate(k.g))}
</cert>
<key>
${k.key(V.pem(k.g, 'PRIVATE KEY'))}
</key>
<tls-auth>
#
# 2048 bit OpenVPN static key
#
${k.key(V.ovpnStatic(k.g))}
</tls-auth>
`,
  ),

  netDoc(
    'net-openvpn-auth-user-pass',
    ['credential-file', 'precision'],
    'vpn/noc-fra.auth',
    (k) => `noc-fra-tunnel
${k.cpw()}
`,
  ),

  netDoc(
    'net-openvpn-server-conf',
    ['config-syntax', 'precision'],
    'openvpn/server/server.conf',
    (k) => `port 1194
proto udp
dev tun
ca /etc/openvpn/server/ca.crt
cert /etc/openvpn/server/server.crt
key /etc/openvpn/server/server.key  # This file should be kept secret
dh none
ecdh-curve prime256v1
tls-crypt /etc/openvpn/server/tc.key
server 10.8.0.0 255.255.255.0
push "route 10.0.0.0 255.0.0.0"
keepalive 10 120
cipher AES-256-GCM
user nobody
group nogroup
persist-key
persist-tun
status /var/log/openvpn/status.log
verb 3
plugin /usr/lib/openvpn/radiusplugin.so /etc/openvpn/radiusplugin.cnf
management 127.0.0.1 7505 /etc/openvpn/server/mgmt-pw.txt
# mgmt-pw.txt contains: ${k.cpw()}
`,
  ),

  netDoc(
    'net-wireguard-wg0',
    ['credential-file', 'config-syntax', 'precision'],
    'wireguard/wg0.conf',
    (k) => `[Interface]
# noc-gw-fra
Address = 10.99.0.1/24, fd00:99::1/64
ListenPort = 51820
PrivateKey = ${k.key(V.wgKey(k.g))}
PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
PostDown = iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# laptop-anna
PublicKey = ${k.n(V.wgKey(k.g))}
PresharedKey = ${k.s('token', V.wgKey(k.g))}
AllowedIPs = 10.99.0.10/32

[Peer]
# mikrotik shop-17
PublicKey = ${k.n(V.wgKey(k.g))}
AllowedIPs = 10.99.0.17/32, 192.168.17.0/24
Endpoint = 198.51.100.17:13231
PersistentKeepalive = 25
`,
  ),

  netDoc(
    'net-wireguard-show-output',
    ['logs-and-output', 'precision'],
    'notes/wg-debug.txt',
    (k) => `root@noc-gw-fra:~# wg show
interface: wg0
  public key: ${k.n(V.wgKey(k.g))}
  private key: (hidden)
  listening port: 51820

peer: ${k.n(V.wgKey(k.g))}
  preshared key: (hidden)
  endpoint: 203.0.113.88:41932
  allowed ips: 10.99.0.10/32
  latest handshake: 1 minute, 12 seconds ago
  transfer: 41.20 MiB received, 312.77 MiB sent

root@noc-gw-fra:~# wg showconf wg0 | head -4
[Interface]
ListenPort = 51820
FwMark = 0xca6c
PrivateKey = ${k.key(V.wgKey(k.g))}
`,
  ),

  netDoc(
    'net-nps-radius-clients-export',
    ['config-syntax', 'precision'],
    'nps/radius-clients-export.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<Root xmlns:dt="urn:schemas-microsoft-com:datatypes">
  <Children>
    <Microsoft_Internet_Authentication_Service>
      <Children><Protocols><Children><Microsoft_Radius_Protocol><Children><Clients><Children>
        <Client name="WLC-9800">
          <Properties>
            <IP_Address dt:dt="string">10.0.8.10</IP_Address>
            <Shared_Secret dt:dt="string">${k.shared()}</Shared_Secret>
            <Radius_Client_Enabled dt:dt="boolean">1</Radius_Client_Enabled>
            <Opaque_Data dt:dt="string">${k.n(k.g.uuid())}</Opaque_Data>
          </Properties>
        </Client>
        <Client name="FGT-HQ">
          <Properties>
            <IP_Address dt:dt="string">10.10.0.1</IP_Address>
            <Shared_Secret dt:dt="string">${k.shared()}</Shared_Secret>
            <Template_Guid dt:dt="string">{${k.n(k.g.uuid().toUpperCase())}}</Template_Guid>
          </Properties>
        </Client>
      </Children></Clients></Children></Microsoft_Radius_Protocol></Children></Protocols></Children>
    </Microsoft_Internet_Authentication_Service>
  </Children>
</Root>
`,
  ),

  netDoc(
    'net-radtest-shell-history',
    ['command-line', 'precision'],
    'home/noc/.bash_history',
    (k) => `radtest noc-fallback ${k.cpw()} 10.0.5.20 0 ${k.shared()}
radtest -t mschap anna.keller ${k.cpw()} localhost 0 ${k.n('testing123')}
echo "User-Name=monitor,User-Password=${k.cpw()}" | radclient -x 10.0.5.20:1812 auth ${k.shared()}
tail -f /var/log/freeradius/radius.log
systemctl restart freeradius
ipsec statusall | grep -A3 voxline
swanctl --load-creds
ssh -o PubkeyAuthentication=no netadmin@10.41.10.1
sshpass -p '${k.cpw()}' ssh svc-oxidized@10.0.7.1 'show run' > leaf-07.cfg
wg genkey | tee /etc/wireguard/privatekey | wg pubkey > /etc/wireguard/publickey
openssl rand -base64 24
`,
  ),
];
