// OT networks: Cisco IE / Siemens Scalance / Hirschmann / Moxa switch configs and CLIs, Fortinet and Palo Alto
// firewalls between IT and OT, IPsec PSKs, Ansible inventories for OT switches. Type-7 and type-8/9 hashes,
// MAC addresses and VLAN ids are not secrets (a type-7 value is an encoding: it reveals the password, unscored).
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_NETWORK_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-cisco-ie-running-config',
    ['config-syntax', 'precision'],
    'network/substation-west/IE4000-SSW-01.cfg',
    (k) => `!
hostname IE4000-SSW-01
!
enable secret 9 ${k.n(E.ciscoType8(k.g).replace('$8$', '$9$'))}
!
username netadmin privilege 15 secret 8 ${k.n(E.ciscoType8(k.g))}
username vendor-abb privilege 15 password 0 ${k.spw()}
!
ip domain-name ot.grid.local
ip ssh version 2
!
snmp-server community ${k.s('password', E.snmpCommunity(k.g))} RO 10
snmp-server community ${k.s('password', E.snmpCommunity(k.g))} RW 11
snmp-server user nms-v3 NMS v3 auth sha ${k.spw()} priv aes 128 ${k.spw()}
snmp-server host ${E.ipv4(k.g)} version 2c public
!
tacacs server TAC1
 address ipv4 ${E.ipv4(k.g)}
 key 0 ${k.spw()}
!
interface GigabitEthernet1/1
 description IED-PROT-BAY12 (${k.n(E.iec61850(k.g))})
 switchport access vlan 61
!
line vty 0 4
 password 7 ${k.u(k.g.digits(2) + k.g.hex(18).toUpperCase())}
 transport input ssh
!
end
`,
  ),

  eDoc(
    'energy-scalance-cli-session',
    ['command-line', 'logs-and-output', 'precision'],
    'logs/scalance-xc208-console.log',
    (k) => `SCALANCE XC208 Command Line Interface
login as: admin
admin@192.168.0.1's password:
CLI> configure terminal
CLI(config)# user-account admin password ${k.dev()} role admin
CLI(config)# snmp community ${k.s('password', E.snmpCommunity(k.g))} ro
CLI(config)# radius-server host ${E.ipv4(k.g)} key ${k.spw()}
CLI(config)# interface vlan 1
CLI(config-if-vlan-1)# ip address ${E.ipv4(k.g, '192.168')} 255.255.255.0
CLI(config-if-vlan-1)# exit
CLI(config)# show running-config | include mac
 mac-address ${k.n(E.mac(k.g))}
CLI(config)# write startup-config
Building configuration... [OK]
`,
  ),

  eDoc(
    'energy-hirschmann-moxa-commissioning-csv',
    ['config-syntax', 'precision'],
    'commissioning/switch-inventory.csv',
    (k) => `site;device;model;ip;mac;firmware_sha256;admin_user;admin_password;snmp_ro
SS-West;SW-01;Hirschmann RSP35;${E.ipv4(k.g)};${k.n(E.mac(k.g))};${k.n(E.sha256(k.g))};admin;${k.dev()};${k.s('password', E.snmpCommunity(k.g))}
SS-West;SW-02;Hirschmann RSP35;${E.ipv4(k.g)};${k.n(E.mac(k.g))};${k.n(E.sha256(k.g))};admin;${k.dev()};${k.s('password', E.snmpCommunity(k.g))}
SS-West;SRV-01;Moxa EDS-510E;${E.ipv4(k.g)};${k.n(E.mac(k.g))};${k.n(E.sha256(k.g))};admin;${k.u('moxa')};public
SS-East;SW-01;Moxa EDS-G516E;${E.ipv4(k.g)};${k.n(E.mac(k.g))};${k.n(E.sha256(k.g))};admin;${k.dev()};${k.n('public')}
`,
  ),

  eDoc(
    'energy-fortigate-ipsec-ot-config',
    ['config-syntax', 'precision'],
    'network/fw/FGT-OT-EDGE.conf',
    (k) => `config vpn ipsec phase1-interface
    edit "to-windfarm-hornsea"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set remote-gw ${E.ipv4(k.g, '185')}
        set psksecret ${k.s('password', E.psk(k.g))}
    next
    edit "to-vendor-ge"
        set interface "wan1"
        set remote-gw ${E.ipv4(k.g, '91')}
        set psksecret ENC ${k.n(k.g.base64(120))}
    next
end
config system admin
    edit "ot-admin"
        set accprofile "super_admin"
        set password ENC ${k.n('SH2' + k.g.base64(60))}
    next
end
config user local
    edit "vendor-siemens"
        set type password
        set passwd ${k.spw()}
    next
end
`,
  ),

  eDoc(
    'energy-paloalto-set-commands',
    ['command-line', 'precision'],
    'network/fw/pa-ot-dmz-changes.txt',
    (k) => `# CHG0041230 – new IPsec tunnel to the solar park; applied on PA-3220 OT DMZ
set network ike crypto-profiles ike-crypto-profiles solar-ike dh-group group14 encryption aes-256-cbc hash sha256
set network ike gateway solar-park-gw authentication pre-shared-key key ${k.s('password', E.psk(k.g))}
set network ike gateway solar-park-gw peer-address ip ${E.ipv4(k.g, '82')}
set network tunnel ipsec solar-park-tun auto-key ike-gateway solar-park-gw
set shared local-user-database user vendor-sma password
Enter password   : ${k.n('********')}
set deviceconfig system snmp-setting access-setting version v2c snmp-community-string ${k.s('password', E.snmpCommunity(k.g))}
commit
`,
  ),

  eDoc(
    'energy-ansible-ot-switch-inventory',
    ['config-syntax', 'precision'],
    'ansible/inventories/ot/group_vars/substation_switches.yml',
    (k) => `---
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: cisco.ios.ios
ansible_user: netauto
ansible_password: "${k.spw()}"
ansible_become: true
ansible_become_method: enable
ansible_become_password: "{{ vault_enable_secret }}"

snmp_communities:
  - name: "${k.s('password', E.snmpCommunity(k.g))}"
    access: ro
    acl: 10
ntp_servers: [${E.ipv4(k.g)}, ${E.ipv4(k.g)}]
tacacs_key: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(64))}
syslog_host: ${E.ipv4(k.g)}
`,
  ),

  eDoc(
    'energy-ansible-playbook-rtu-users',
    ['config-syntax', 'code', 'precision'],
    'ansible/playbooks/rtu-users.yml',
    (k) => `- name: Set local users on the RTU Linux gateways
  hosts: rtu_gateways
  become: true
  vars:
    rtu_admin_password: "${k.pw()}"
    historian_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=ot/data/historian:password') }}"
  tasks:
    - name: Create rtuadmin
      ansible.builtin.user:
        name: rtuadmin
        password: "{{ rtu_admin_password | password_hash('sha512') }}"
    - name: Legacy operator (already hashed)
      ansible.builtin.user:
        name: operator
        password: "${k.n(E.sha512crypt(k.g))}"
    - name: IEC 104 config
      ansible.builtin.template:
        src: iec104.conf.j2
        dest: /etc/rtu/iec104.conf
`,
  ),

  eDoc(
    'energy-wireguard-rtu-backhaul',
    ['credential-file', 'config-syntax', 'precision'],
    'rtu/etc/wireguard/wg0.conf',
    (k) => `[Interface]
# RTU 114 (pumping station Hamar) LTE backhaul
Address = 10.99.14.2/32
PrivateKey = ${k.key(k.g.base64(43) + '=')}
ListenPort = 51820

[Peer]
PublicKey = ${k.n(k.g.base64(43) + '=')}
PresharedKey = ${k.s('token', k.g.base64(43) + '=')}
Endpoint = ${E.ipv4(k.g, '195')}:51820
AllowedIPs = 10.99.0.0/16
PersistentKeepalive = 25
`,
  ),

  eDoc(
    'energy-strongswan-ipsec-secrets',
    ['credential-file', 'precision'],
    'rtu/etc/ipsec.secrets',
    (k) => `# /etc/ipsec.secrets – water telemetry outstations → control centre
${E.ipv4(k.g)} ${E.ipv4(k.g, '172.16')} : PSK "${k.s('password', E.psk(k.g))}"
%any ${E.ipv4(k.g, '172.16')} : PSK "${k.s('password', E.psk(k.g))}"
: RSA outstation.key
# old vendor tunnel, removed 2025
# ${E.ipv4(k.g)} : PSK "${k.ph()}"
`,
  ),

  eDoc(
    'energy-firewall-rule-review-xlsx-export',
    ['precision', 'config-syntax'],
    'audits/2026-q1/fw-review.csv',
    (k) => `rule_id,src,dst,service,comment,hash
${k.g.digits(4)},OT-DMZ,HIST01,tcp/5450,PI to PI,${k.n(E.sha1(k.g))}
${k.g.digits(4)},ENG-WS,PLC-NET,tcp/102,S7comm for TIA,${k.n(E.sha1(k.g))}
${k.g.digits(4)},SCADA,RTU-NET,tcp/2404,IEC 104,${k.n(E.sha1(k.g))}
${k.g.digits(4)},SCADA,RTU-NET,tcp/20000,DNP3,${k.n(E.sha1(k.g))}
${k.g.digits(4)},ANY,JUMP01,tcp/3389,RDP vendor access (temp),${k.n(E.sha1(k.g))}
`,
  ),
];
