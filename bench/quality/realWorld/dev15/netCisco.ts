// Cisco IOS/IOS-XE, NX-OS, ASA and Arista EOS configurations as engineers save, diff and paste them: plain
// `password 0` and keys next to type 5/8/9 hashes (negatives) and type 7 obfuscations (unscored).
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_CISCO_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-ios-running-config-branch',
    ['config-syntax', 'precision'],
    'configs/branch/rtr-ber-01.cfg',
    (k) => `!
! Last configuration change at 14:02:11 CET Tue Mar 12 2024 by netadmin
!
version 17.6
service timestamps debug datetime msec
service timestamps log datetime msec localtime show-timezone
service password-encryption
!
hostname rtr-ber-01
!
boot-start-marker
boot system flash bootflash:c1100-universalk9.17.06.05.SPA.bin
boot-end-marker
!
enable secret 9 ${k.n(V.type9(k.g))}
!
aaa new-model
aaa group server tacacs+ ISE
 server name ISE-01
 server name ISE-02
aaa authentication login default group ISE local
aaa authorization exec default group ISE local
!
username netadmin privilege 15 secret 9 ${k.n(V.type9(k.g))}
username backup privilege 15 password 7 ${k.u(V.cisco7(k.g))}
username breakglass privilege 15 password 0 ${k.cpw()}
!
ip domain name corp.telnord.example
ip name-server 10.10.0.53 10.20.0.53
!
crypto pki trustpoint TP-self-signed-${k.n(k.g.digits(10))}
 enrollment selfsigned
 revocation-check none
!
interface GigabitEthernet0/0/0
 description WAN - Telekom FTTH ${k.n('DEU.TKOM.' + k.g.digits(8))}
 ip address dhcp
 ip nat outside
 negotiation auto
!
interface GigabitEthernet0/1/0
 description LAN
 switchport access vlan 10
!
interface Vlan10
 ip address 10.41.10.1 255.255.255.0
 ip helper-address 10.10.0.20
 ip nat inside
!
router ospf 10
 area 0 authentication message-digest
 passive-interface default
 no passive-interface Tunnel100
!
interface Tunnel100
 ip ospf message-digest-key 1 md5 ${k.shared()}
!
snmp-server community ${k.n('public')} RO 99
snmp-server community ${k.comm()} RW 98
snmp-server location Berlin, Friedrichstr. 12, 3.OG Serverraum
snmp-server contact noc@telnord.example
!
tacacs server ISE-01
 address ipv4 10.10.0.31
 key 7 ${k.u(V.cisco7(k.g))}
tacacs server ISE-02
 address ipv4 10.20.0.31
 key ${k.shared()}
!
ntp authentication-key 1 md5 ${k.shared()}
ntp authenticate
ntp trusted-key 1
ntp server 10.10.0.123 key 1
!
line con 0
 exec-timeout 15 0
line vty 0 4
 transport input ssh
!
end
`,
  ),

  netDoc(
    'net-nxos-show-run-paste',
    ['config-syntax', 'logs-and-output', 'precision'],
    'notes/dc-leaf-07-show-run.txt',
    (k) => `dc1-leaf-07# show running-config

!Command: show running-config
!Running configuration last done at: Wed Feb  7 09:12:44 2024
!Time: Wed Feb  7 09:15:01 2024

version 9.3(10) Bios:version 05.47
hostname dc1-leaf-07
feature tacacs+
feature bgp
feature interface-vlan
feature lacp
feature vpc
feature lldp

username admin password 5 ${k.n(V.md5crypt(k.g))}  role network-admin
username svc-ansible password 5 ${k.n(V.sha512crypt(k.g))}  role network-admin
username svc-oxidized password 0 ${k.cpw()} role network-operator
ip domain-lookup
tacacs-server key 7 "${k.u(V.cisco7(k.g))}"
tacacs-server host 10.0.5.10 key 0 ${k.shared()}
aaa group server tacacs+ TACACS
    server 10.0.5.10
    use-vrf management
snmp-server user admin network-admin auth md5 ${k.n('0x' + V.md5(k.g))} priv ${k.n('0x' + V.md5(k.g))} localizedkey
snmp-server user zabbix network-operator auth sha ${k.wphrase()} priv aes-128 ${k.wphrase()}
snmp-server community ${k.n('public')} group network-operator
rmon event 1 description FATAL(1) owner PMON@FATAL

vpc domain 7
  peer-switch
  role priority 100
  peer-keepalive destination 10.0.7.2 source 10.0.7.1 vrf KEEPALIVE
  peer-gateway

router bgp 65007
  router-id 10.255.0.7
  neighbor 10.255.0.1
    remote-as 65000
    password 3 ${k.u(k.g.hex(32))}
    address-family l2vpn evpn
      send-community extended
  neighbor 10.255.0.2
    remote-as 65000
    password 0 ${k.cpw()}
    address-family l2vpn evpn
      send-community extended

interface Ethernet1/49
  description uplink spine-01 Eth1/7  SN ${k.n(V.ciscoSerial(k.g))}
  mtu 9216
  channel-group 49 mode active
`,
  ),

  netDoc(
    'net-asa-anyconnect-config',
    ['config-syntax', 'precision'],
    'firewalls/asa-hq-fw01.txt',
    (k) => `: Saved
:
: Serial Number: ${k.n(V.ciscoSerial(k.g))}
: Hardware:   FPR-2130, 14854 MB RAM, CPU MIPS 1200 MHz, 1 CPU (12 cores)
:
ASA Version 9.16(4)
!
hostname hq-fw01
domain-name telnord.example
enable password ${k.n(V.asaHash(k.g))} pbkdf2
service-module 0 keepalive-timeout 4
passwd ${k.n(k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16))} encrypted
names
!
interface GigabitEthernet0/0
 nameif outside
 security-level 0
 ip address 198.51.100.2 255.255.255.248
!
object network OBJ-DMZ-WEB
 host 172.16.20.10
access-list OUTSIDE_IN extended permit tcp any object OBJ-DMZ-WEB eq https
!
aaa-server RADIUS-NPS protocol radius
aaa-server RADIUS-NPS (inside) host 10.10.0.40
 key ${k.shared()}
 authentication-port 1812
 accounting-port 1813
!
crypto ikev1 policy 10
 authentication pre-share
 encryption aes-256
 hash sha
 group 14
tunnel-group 203.0.113.77 type ipsec-l2l
tunnel-group 203.0.113.77 ipsec-attributes
 ikev1 pre-shared-key ${k.shared()}
tunnel-group 192.0.2.14 type ipsec-l2l
tunnel-group 192.0.2.14 ipsec-attributes
 ikev2 remote-authentication pre-shared-key *****
 ikev2 local-authentication pre-shared-key *****
!
webvpn
 enable outside
 anyconnect image disk0:/anyconnect-win-4.10.07073-webdeploy-k9.pkg 1
 anyconnect enable
tunnel-group AC-STAFF type remote-access
tunnel-group AC-STAFF general-attributes
 address-pool AC-POOL
 authentication-server-group RADIUS-NPS
!
username vpn-test password ${k.n(V.asaHash(k.g))} pbkdf2
username vendor-fortinet password ${k.cpw()}
username vendor-fortinet attributes
 vpn-group-policy GP-VENDOR
!
Cryptochecksum:${k.n(V.md5(k.g))}
: end
`,
  ),

  netDoc(
    'net-arista-eos-startup',
    ['config-syntax', 'precision'],
    'arista/spine-02.eos',
    (k) => `! device: spine-02 (DCS-7280SR3-48YC8, EOS-4.30.2F)
!
! boot system flash:/EOS-4.30.2F.swi
!
transceiver qsfp default-mode 4x10G
!
hostname spine-02
ip name-server vrf MGMT 10.0.0.53
!
aaa authentication login default group tacacs+ local
aaa authorization exec default group tacacs+ local
!
no aaa root
!
username admin privilege 15 role network-admin secret sha512 ${k.n(V.sha512crypt(k.g))}
username ztp privilege 15 role network-admin nopassword
username cvpadmin privilege 15 role network-admin secret 0 ${k.cpw()}
username monitor privilege 1 role network-operator secret sha512 ${k.n(V.sha512crypt(k.g))}
username admin ssh-key ${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)} admin@jumphost`)}
!
tacacs-server host 10.0.5.10 vrf MGMT key 7 ${k.u(V.cisco7(k.g))}
tacacs-server host 10.0.5.11 vrf MGMT key 0 ${k.shared()}
!
daemon TerminAttr
   exec /usr/bin/TerminAttr -cvaddr=apiserver.arista.io:443 -cvauth=token-secure,/tmp/cv-onboarding-token -cvvrf=MGMT -taillogs
   no shutdown
!
management api http-commands
   protocol https
   no shutdown
   vrf MGMT
      no shutdown
!
router bgp 65000
   router-id 10.255.0.2
   neighbor LEAFS peer group
   neighbor LEAFS password 7 ${k.u(k.g.base64(24))}
   neighbor EDGE peer group
   neighbor EDGE password 0 ${k.cpw()}
   neighbor 10.254.1.1 peer group LEAFS
!
end
`,
  ),

  netDoc(
    'net-ios-wlc-9800-snippet',
    ['config-syntax', 'precision'],
    'wireless/c9800-wlan.txt',
    (k) => `wlan GUEST 3 Telnord-Guest
 no security ft adaptive
 no security wpa akm dot1x
 security wpa akm psk
 security wpa psk set-key ascii 0 ${k.hpw()}
 no shutdown
wlan CORP 4 Telnord-Corp
 security dot1x authentication-list ISE-DOT1X
 no shutdown
wlan IOT 5 Telnord-IoT
 security wpa akm psk
 security wpa psk set-key ascii 8 ${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz[\\]^_`', 32))}
 no shutdown
!
radius server ISE-01
 address ipv4 10.10.0.31 auth-port 1812 acct-port 1813
 key 0 ${k.shared()}
radius server ISE-02
 address ipv4 10.20.0.31 auth-port 1812 acct-port 1813
 key 6 ${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz[\\]^_`', 40))}
!
ap dot11 24ghz shutdown
ap profile default-ap-profile
 mgmtuser username apadmin password 0 ${k.cpw()} secret 0 ${k.cpw()}
 ssh
`,
  ),

  netDoc(
    'net-ios-config-diff-pr',
    ['config-syntax', 'precision'],
    'network-configs/diffs/rtr-par-core-01.diff',
    (k) => `diff --git a/configs/rtr-par-core-01.cfg b/configs/rtr-par-core-01.cfg
index ${k.n(k.g.hex(7))}..${k.n(k.g.hex(7))} 100644
--- a/configs/rtr-par-core-01.cfg
+++ b/configs/rtr-par-core-01.cfg
@@ -88,14 +88,16 @@ router bgp 64512
  bgp log-neighbor-changes
  neighbor 192.0.2.1 remote-as 3320
  neighbor 192.0.2.1 description TRANSIT-DTAG
- neighbor 192.0.2.1 password 7 ${k.u(V.cisco7(k.g))}
+ neighbor 192.0.2.1 password ${k.cpw()}
  neighbor 198.51.100.9 remote-as 6939
  neighbor 198.51.100.9 description IX-FRANCE-IX HE
+ neighbor 198.51.100.9 password ${k.cpw()}
@@ -140,7 +142,7 @@ key chain ISIS-KEYS
  key 1
-  key-string 7 ${k.u(V.cisco7(k.g))}
+  key-string ${k.shared()}
   cryptographic-algorithm hmac-sha-256
@@ -201,3 +203,5 @@ line vty 0 15
  transport input ssh
+username lg-readonly privilege 1 secret 8 ${k.n(V.type8(k.g))}
+username looking-glass privilege 1 password ${k.cpw()}
`,
  ),

  netDoc(
    'net-ios-crypto-map-vpn',
    ['config-syntax', 'precision'],
    'vpn/partner-l2l/rtr-edge-02-crypto.txt',
    (k) => `! L2L to partner Voxline (change CHG0041278)
crypto isakmp policy 10
 encr aes 256
 hash sha256
 authentication pre-share
 group 14
crypto isakmp key ${k.shared()} address 203.0.113.45
crypto isakmp key 6 ${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz[\\]^_`', 36))} address 203.0.113.46
!
crypto ikev2 keyring KR-PARTNER
 peer VOXLINE-B
  address 192.0.2.200
  pre-shared-key local ${k.shared()}
  pre-shared-key remote ${k.shared()}
!
crypto ipsec transform-set TS-AES256 esp-aes 256 esp-sha256-hmac
 mode tunnel
crypto map CM-OUTSIDE 10 ipsec-isakmp
 set peer 203.0.113.45
 set transform-set TS-AES256
 match address ACL-VOXLINE
!
ip access-list extended ACL-VOXLINE
 permit ip 10.41.0.0 0.0.255.255 172.30.8.0 0.0.0.255
`,
  ),

  netDoc(
    'net-ios-catalyst-template-j2',
    ['config-syntax', 'precision'],
    'templates/access-switch.j2',
    (k) => `hostname {{ inventory_hostname }}
!
enable secret 9 {{ enable_secret_hash }}
!
username {{ local_admin_user }} privilege 15 secret 0 {{ ${k.n('vault_local_admin_password')} }}
!
{% for srv in tacacs_servers %}
tacacs server {{ srv.name }}
 address ipv4 {{ srv.ip }}
 key 0 {{ ${k.n('vault_tacacs_key')} }}
{% endfor %}
!
snmp-server community {{ snmp_ro_community | default('${k.n('public')}') }} RO SNMP-ACL
snmp-server group NMS v3 priv
snmp-server user librenms NMS v3 auth sha {{ ${k.n('vault_snmp_auth')} }} priv aes 128 {{ vault_snmp_priv }}
!
{% if site == 'lab' %}
! lab switches keep a local fallback until ISE is reachable from the lab VRF
username labadmin privilege 15 password 0 ${k.cpw()}
{% endif %}
!
line vty 0 15
 login authentication default
 transport input ssh
`,
  ),

  netDoc(
    'net-ios-password-recovery-log',
    ['logs-and-output', 'command-line', 'precision'],
    'logs/console-rtr-mad-02-recovery.log',
    (k) => `rommon 1 > confreg 0x2142

You must reset or power cycle for new config to take effect
rommon 2 > reset

System Bootstrap, Version 16.12(2r), RELEASE SOFTWARE
Copyright (c) 1994-2019 by cisco Systems, Inc.
...
Router>enable
Router#copy startup-config running-config
Destination filename [running-config]?
4821 bytes copied in 0.212 secs (22740 bytes/sec)
rtr-mad-02#conf t
Enter configuration commands, one per line.  End with CNTL/Z.
rtr-mad-02(config)#enable secret ${k.cpw()}
rtr-mad-02(config)#username admin privilege 15 secret ${k.cpw()}
rtr-mad-02(config)#config-register 0x2102
rtr-mad-02(config)#end
rtr-mad-02#show run | i username|enable
enable secret 9 ${k.n(V.type9(k.g))}
username admin privilege 15 secret 9 ${k.n(V.type9(k.g))}
rtr-mad-02#wr mem
Building configuration...
[OK]
`,
  ),

  netDoc(
    'net-ios-dmvpn-hub',
    ['config-syntax', 'precision'],
    'dmvpn/hub-fra.cfg',
    (k) => `interface Tunnel0
 description DMVPN Phase 3 hub
 bandwidth 100000
 ip address 172.31.0.1 255.255.255.0
 no ip redirects
 ip mtu 1400
 ip nhrp authentication ${k.s('token', k.g.alnum(8))}
 ip nhrp network-id 100
 ip nhrp redirect
 ip tcp adjust-mss 1360
 tunnel source GigabitEthernet0/0/0
 tunnel mode gre multipoint
 tunnel key 100
 tunnel protection ipsec profile DMVPN-PROF
!
crypto keyring DMVPN-KR
  pre-shared-key address 0.0.0.0 0.0.0.0 key ${k.shared()}
!
router eigrp DMVPN
 address-family ipv4 unicast autonomous-system 100
  af-interface Tunnel0
   authentication mode hmac-sha-256 ${k.shared()}
   no split-horizon
  exit-af-interface
`,
  ),

  netDoc(
    'net-nxos-checkpoint-diff-output',
    ['logs-and-output', 'precision'],
    'notes/leaf-03-rollback-patch.txt',
    (k) => `leaf-03# show diff rollback-patch checkpoint pre-CHG0042011 running-config
#Generating Rollback Patch
!!
no username temp-vendor
no snmp-server user temp-vendor
username svc-backup password 5 ${k.n(V.sha512crypt(k.g))}  role network-operator
snmp-server user svc-backup network-operator auth sha ${k.n('0x' + V.sha1(k.g))} priv aes-128 ${k.n('0x' + V.sha1(k.g))} localizedkey
ntp server 10.0.0.123 use-vrf management key 2
ntp authentication-key 2 md5 ${k.u(k.g.lower(12))} 7
leaf-03# ! the temp vendor account had password ${k.cpw()} -- removed after the TAC session, see ticket
`,
  ),

  netDoc(
    'net-ios-show-tech-excerpt',
    ['logs-and-output', 'precision'],
    'tac/SR-69421337/show-tech-excerpt.txt',
    (k) => `------------------ show version ------------------

Cisco IOS XE Software, Version 17.09.04a
Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a, RELEASE SOFTWARE (fc3)
cat9k-core-01 uptime is 41 weeks, 2 days, 3 hours, 17 minutes
System image file is "flash:packages.conf"
Processor board ID ${k.n(V.ciscoSerial(k.g))}
Base Ethernet MAC Address          : ${k.n(V.mac(k.g))}
Motherboard Serial Number          : ${k.n(V.ciscoSerial(k.g))}
Model Revision Number              : B0

------------------ show running-config ------------------

Building configuration...
Current configuration : 18231 bytes
!
enable secret 9 <removed>
username admin privilege 15 secret 9 <removed>
username netops privilege 15 password 7 <removed>
snmp-server community <removed> RO
tacacs server ISE-01
 key 7 <removed>
!
license udi pid C9300-48P sn ${k.n(V.ciscoSerial(k.g))}
crypto pki certificate chain TP-self-signed-${k.n(k.g.digits(10))}
 certificate self-signed 01
  ${k.n(k.g.hex(64).toUpperCase())} ${k.n(k.g.hex(64).toUpperCase())}
  quit
`,
  ),
];
