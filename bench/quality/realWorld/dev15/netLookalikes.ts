// Look-alikes network files are full of: one-way hashes (Cisco type 5/8/9, $6$ crypt, Comware $h$), FortiOS
// ENC blobs, reversible obfuscations (type 7, Junos $9$, unscored), MACs, serials, engine ids, fingerprints,
// public keys, vendor-doc placeholders, default communities; with the odd real secret among them.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_LOOKALIKE_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-vendor-doc-config-guide',
    ['prose', 'config-syntax', 'precision'],
    'docs/vendor/ios-xe-aaa-config-guide-excerpt.md',
    (k) => `## Configuring a local user and TACACS+ (example)

\`\`\`
Device> enable
Device# configure terminal
Device(config)# username ${k.n('user1')} privilege 15 secret 0 ${k.n('<password>')}
Device(config)# enable secret ${k.n('<enable-secret>')}
Device(config)# tacacs server ${k.n('server1')}
Device(config-server-tacacs)# address ipv4 10.1.1.1
Device(config-server-tacacs)# key 0 ${k.n('<shared-secret>')}
Device(config)# snmp-server community ${k.n('<string>')} RO
Device(config)# crypto isakmp key ${k.n('<keystring>')} address 192.0.2.1
\`\`\`

After \`service password-encryption\` the running configuration shows, for example:

\`\`\`
username user1 privilege 15 secret 9 ${k.n(V.type9(k.g))}
enable secret 5 ${k.n(V.md5crypt(k.g))}
key 7 ${k.u(V.cisco7(k.g))}
\`\`\`

| Type | Meaning |
|---|---|
| 0 | unencrypted (cleartext) |
| 5 | MD5 crypt hash, e.g. \`${k.n(V.md5crypt(k.g))}\` |
| 7 | Vigenère obfuscation (reversible) |
| 8 | PBKDF2-SHA-256, e.g. \`${k.n(V.type8(k.g))}\` |
| 9 | scrypt, e.g. \`${k.n(V.type9(k.g))}\` |
`,
  ),

  netDoc(
    'net-show-inventory-and-lldp',
    ['logs-and-output', 'precision'],
    'notes/show-inventory-fra1.txt',
    (k) => `dc1-core-01#show inventory
NAME: "Chassis", DESCR: "Cisco Catalyst 9500 Series Chassis"
PID: C9500-48Y4C       , VID: V02  , SN: ${k.n(V.ciscoSerial(k.g))}

NAME: "Power Supply Module 0", DESCR: "Cisco Catalyst 9500 Series 650W AC Power Supply"
PID: C9K-PWR-650WAC-R  , VID: V01  , SN: ${k.n(V.ciscoSerial(k.g))}

NAME: "TwentyFiveGigE1/0/1", DESCR: "SFP-10GBase-LR"
PID: SFP-10G-LR          , VID: V03  , SN: ${k.n(V.ciscoSerial(k.g))}

dc1-core-01#show lldp neighbors detail | i Chassis|System Name|Port id
Chassis id: ${k.n(V.macCisco(k.g))}
Port id: Ethernet1/49
System Name: dc1-leaf-07
Chassis id: ${k.n(V.macCisco(k.g))}
Port id: et-0/0/3
System Name: mx204-ams-01

dc1-core-01#show crypto key mypubkey rsa | i Key name|Fingerprint
Key name: TP-self-signed-${k.n(k.g.digits(10))}
 Key Data:
  ${k.n(k.g.hex(64).toUpperCase())}
dc1-core-01#show ip ssh | i fingerprint
Hostkey fingerprint: ${k.n(V.sshFp(k.g))}
dc1-core-01#show snmp engineID
Local SNMP engineID: ${k.n(V.engineId(k.g))}
`,
  ),

  netDoc(
    'net-juniper-hashes-and-keys',
    ['config-syntax', 'precision'],
    'juniper/qfx-leaf-groups.conf',
    (k) => `groups {
    common-system {
        system {
            root-authentication {
                encrypted-password "${k.n(V.sha512crypt(k.g))}"; ## SECRET-DATA
            }
            login {
                user ansible {
                    class super-user;
                    authentication {
                        ssh-ed25519 "${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)} ansible@awx`)}";
                    }
                }
                user readonly {
                    class read-only;
                    authentication {
                        encrypted-password "${k.n(V.sha512crypt(k.g))}"; ## SECRET-DATA
                    }
                }
            }
            ntp {
                authentication-key 1 type sha256 value "${k.u(V.junos9(k.g))}"; ## SECRET-DATA
                trusted-key 1;
            }
        }
    }
}
chassis {
    /* serial ${k.n(V.junosSerial(k.g))}, base MAC ${k.n(V.mac(k.g))} */
}
`,
  ),

  netDoc(
    'net-fortigate-backup-enc-only',
    ['config-syntax', 'precision'],
    'fortigate/FGT-60F-lille-backup.conf',
    (k) => `#config-version=FGT60F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=admin
#private-encryption-key=enable
config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC ${k.n(`SH2${k.g.base64(56)}=`)}
        set two-factor fortitoken
        set fortitoken "${k.n('FTKMOB' + k.g.hex(10).toUpperCase())}"
    next
end
config vpn ipsec phase1-interface
    edit "to-HQ"
        set psksecret ${k.n(V.fortiEnc(k.g))}
    next
end
config user ldap
    edit "AD"
        set server "10.10.0.11"
        set dn "DC=corp,DC=telnord,DC=example"
        set username "CN=svc-fortigate,OU=Service,DC=corp,DC=telnord,DC=example"
        set password ${k.n(V.fortiEnc(k.g))}
    next
end
config system ha
    set group-name "FGT-LILLE"
    set password ${k.n(V.fortiEnc(k.g))}
end
config system central-management
    set serial-number "${k.n(V.fortiSerial(k.g))}"
end
`,
  ),

  netDoc(
    'net-wireguard-public-peers-list',
    ['config-syntax', 'precision'],
    'wireguard/peers.md',
    (k) => `# WireGuard peers on noc-gw-fra (public keys only — private keys never leave the devices)

| Peer | Public key | Allowed IPs |
|---|---|---|
| laptop-anna | \`${k.n(V.wgKey(k.g))}\` | 10.99.0.10/32 |
| laptop-jan | \`${k.n(V.wgKey(k.g))}\` | 10.99.0.11/32 |
| shop-17 | \`${k.n(V.wgKey(k.g))}\` | 10.99.0.17/32, 192.168.17.0/24 |
| lab-vyos | \`${k.n(V.wgKey(k.g))}\` | 10.99.0.30/32 |

Server public key: \`${k.n(V.wgKey(k.g))}\`, endpoint \`vpn-fra.telnord.example:51820\`.
To add yourself: \`wg genkey | tee privatekey | wg pubkey\` and send **only** the public key.
`,
  ),

  netDoc(
    'net-cert-and-fingerprints',
    ['config-syntax', 'logs-and-output', 'precision'],
    'pki/radius-server-cert-info.txt',
    (k) => `$ openssl x509 -in radius.telnord.example.pem -noout -subject -issuer -serial -fingerprint -sha256
subject=CN = radius.telnord.example
issuer=C = DE, O = Telnord, CN = Telnord Issuing CA 01
serial=${k.n(k.g.hex(32).toUpperCase())}
sha256 Fingerprint=${k.n(V.fingerprintColon(k.g, 32))}

$ openssl x509 -in radius.telnord.example.pem -noout -pubkey
-----BEGIN PUBLIC KEY-----
${k.n(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${k.g.base64(348)}`.match(/.{1,64}/g)!.join('\n'))}
-----END PUBLIC KEY-----

# eap.conf: private_key_password = ${k.n('${ENV{EAP_KEY_PASS}}')}
# SHA-1 thumbprint as shown by Windows NPS: ${k.n(V.sha1(k.g))}
`,
  ),

  netDoc(
    'net-default-credentials-table',
    ['prose', 'precision'],
    'wiki/noc/vendor-defaults.md',
    (k) => `# Vendor factory defaults (for first boot / after reset only)

| Device | User | Password | Note |
|---|---|---|---|
| Cisco (older IOS) | ${k.n('cisco')} | ${k.u('cisco')} | forced change on 16.x+ |
| Ubiquiti EdgeOS | ${k.n('ubnt')} | ${k.u('ubnt')} | |
| MikroTik | ${k.n('admin')} | ${k.n('(empty)')} | RouterOS 7 asks for a new one |
| Huawei ONT | ${k.n('telecomadmin')} | ${k.u('admintelecom')} | ISP-specific firmware differs |
| Fortinet | ${k.n('admin')} | ${k.n('(empty)')} | |
| Juniper | ${k.n('root')} | ${k.n('(none)')} | console only |
| Aruba IAP | ${k.n('admin')} | ${k.n('<serial number>')} | since 8.x |

SNMP defaults to disable everywhere: \`${k.n('public')}\`, \`${k.n('private')}\`.
After first login we set our standard credentials (see vault, folder *Network/Bootstrap*, never here).
`,
  ),

  netDoc(
    'net-ipam-export-csv',
    ['config-syntax', 'precision'],
    'exports/netbox-devices-fra1.csv',
    (k) => `name,status,role,type,serial,asset_tag,primary_ip4,mac_address,comments
dc1-core-01,active,core,C9500-48Y4C,${k.n(V.ciscoSerial(k.g))},${k.n('INV-' + k.g.digits(6))},10.0.0.1/24,${k.n(V.mac(k.g))},
dc1-leaf-07,active,leaf,N9K-C93180YC-FX,${k.n(V.ciscoSerial(k.g))},${k.n('INV-' + k.g.digits(6))},10.0.7.1/24,${k.n(V.mac(k.g))},vPC pair with leaf-08
mx204-ams-01,active,edge,MX204,${k.n(V.junosSerial(k.g))},${k.n('INV-' + k.g.digits(6))},10.0.1.1/24,${k.n(V.mac(k.g))},
FGT-HQ,active,firewall,FortiGate-100F,${k.n(V.fortiSerial(k.g))},${k.n('INV-' + k.g.digits(6))},10.10.0.1/24,${k.n(V.mac(k.g))},HA primary
shop-17,planned,cpe,RBD53iG-5HacD2HnD,${k.n(k.g.hex(12).toUpperCase())},,192.168.17.1/24,${k.n(V.mac(k.g))},"secret in vault, not here"
`,
  ),

  netDoc(
    'net-radius-accounting-log',
    ['logs-and-output', 'precision'],
    'logs/freeradius-detail-2024-08-14',
    (k) => `Wed Aug 14 10:22:31 2024
	Acct-Session-Id = "${k.n(k.g.hex(16).toUpperCase())}"
	Acct-Status-Type = Start
	User-Name = "${k.n('cli' + k.g.digits(7) + '@ondaria.example')}"
	NAS-IP-Address = 10.60.0.10
	NAS-Port-Id = "0/1/3:2011"
	Calling-Station-Id = "${k.n(V.macDash(k.g))}"
	Framed-IP-Address = 100.64.${k.n(k.g.digits(2))}.${k.n(k.g.digits(2))}
	Acct-Unique-Session-Id = "${k.n(V.md5(k.g))}"
	Event-Timestamp = "Aug 14 2024 10:22:31 CEST"
	Timestamp = 1723623751

Wed Aug 14 10:23:02 2024
	Packet-Type = Access-Request
	User-Name = "noc-fallback"
	User-Password = "${k.cpw()}"
	NAS-IP-Address = 10.0.0.1
	Message-Authenticator = 0x${k.n(V.md5(k.g))}
`,
  ),

  netDoc(
    'net-syslog-auth-failures',
    ['logs-and-output', 'precision'],
    'logs/network-syslog-2024-09-02.log',
    (
      k,
    ) => `Sep  2 03:11:08 rtr-ber-01 1123: Sep  2 03:11:07.412 CEST: %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: admin] [Source: 45.155.205.233] [localport: 22] [Reason: Login Authentication Failed] at 03:11:07 CEST Mon Sep 2 2024
Sep  2 03:11:09 rtr-ber-01 1124: %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: ${k.n('cisco')}] [Source: 45.155.205.233] [localport: 22]
Sep  2 07:42:55 dc1-leaf-07 %AUTHPRIV-3-SYSTEM_MSG: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty= ruser= rhost=10.0.5.99  user=svc-oxidized
Sep  2 07:43:10 FGT-HQ date=2024-09-02 time=07:43:10 devname="FGT-HQ" devid="${k.n(V.fortiSerial(k.g))}" logid="0100032002" type="event" subtype="system" level="alert" logdesc="Admin login failed" user="admin" ui="https(10.0.9.77)" status="failed" reason="passwd_invalid"
Sep  2 08:02:31 rtr-mad-02 882: %PARSER-5-CFGLOG_LOGGEDCMD: User:netadmin  logged command:username temp privilege 15 secret *****
Sep  2 08:02:44 rtr-mad-02 883: %PARSER-5-CFGLOG_LOGGEDCMD: User:netadmin  logged command:snmp-server community ${k.comm()} RO 99
Sep  2 08:05:01 mx204-ams-01 mgd[44120]: UI_CMDLINE_READ_LINE: User 'noc', command 'set system login user temp authentication plain-text-password'
Sep  2 08:05:12 ipsec-gw charon: 09[IKE] received AUTHENTICATION_FAILED notify error, peer 198.51.100.77
`,
  ),
  netDoc(
    'net-oxidized-git-log-masked',
    ['logs-and-output', 'precision'],
    'notes/oxidized-git-log-rtr-ber-01.txt',
    (k) => `$ git log -p -3 --format='commit %H%nAuthor: %an%nDate: %ad%n%n    %s' rtr-ber-01
commit ${k.n(V.sha1(k.g))}
Author: Oxidized
Date: Tue Mar 12 14:05:02 2024 +0100

    update rtr-ber-01

diff --git a/rtr-ber-01 b/rtr-ber-01
index ${k.n(k.g.hex(7))}..${k.n(k.g.hex(7))} 100644
--- a/rtr-ber-01
+++ b/rtr-ber-01
@@ -12,7 +12,7 @@
-enable secret 9 <secret hidden>
+enable secret 9 <secret hidden>
-username netadmin privilege 15 secret 9 <secret hidden>
+username netadmin privilege 15 secret 9 <secret hidden>
 snmp-server community <hidden> RO 99
-! NVRAM config last updated at 09:12:01 CET Mon Mar 11 2024 by netadmin
+! NVRAM config last updated at 14:02:11 CET Tue Mar 12 2024 by netadmin

commit ${k.n(V.sha1(k.g))}
Author: Oxidized
Date: Mon Mar 11 09:15:02 2024 +0100

    update rtr-ber-01

diff --git a/rtr-ber-01 b/rtr-ber-01
index ${k.n(k.g.hex(7))}..${k.n(k.g.hex(7))} 100644
@@ -40,3 +40,4 @@
+crypto pki certificate chain TP-self-signed-${k.n(k.g.digits(10))}
+ certificate self-signed 01 nvram:IOS-Self-Sig#1.cer
+! fingerprint ${k.n(V.md5(k.g).toUpperCase())}

commit ${k.n(V.sha1(k.g))}
Author: Oxidized
Date: Fri Mar  8 22:10:44 2024 +0100

    update rtr-ber-01 (remove_secret off on this group, fixed in config)
@@ -8,2 +8,2 @@
-username backup privilege 15 password 7 ${k.u(V.cisco7(k.g))}
+username backup privilege 15 password 7 ${k.u(V.cisco7(k.g))}
`,
  ),
];
