// AAA for ISPs: FreeRADIUS clients and users files, radtest lines, TACACS+ keys, BNG/BRAS and router configs
// where shared secrets sit beside circuit ids, VLANs, MAC addresses and hashed (not secret) passwords.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_RADIUS_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-freeradius-clients-conf',
    ['config-syntax', 'precision'],
    'raddb/clients.conf',
    (k) => `# clients.conf – BNGs and NAS of the southern ring
# Managed by hand until the Ansible role lands (ticket ${k.n(T.ticket(k.g))})

client bng-rec-01 {
\tipaddr = ${T.ipv4(k.g, '100.64')}
\tsecret = ${k.shared()}
\tshortname = bng-rec-01
\tnas_type = other
\trequire_message_authenticator = yes
}

client bng-cmp-02 {
\tipaddr = ${T.ipv4(k.g, '100.64')}
\tsecret = "${k.shared()}"
\tshortname = bng-cmp-02
}

client lab-nas {
\tipaddr = 192.168.77.0/24
\tsecret = ${k.n('testing123')}
\tshortname = lab
}

client wifi-controller {
\tipaddr = ${T.ipv4(k.g, '172.16')}
\tsecret = ${k.n('$ENV{RADIUS_WLC_SECRET}')}
}
`,
  ),

  tDoc(
    'telecom-freeradius-users-file',
    ['config-syntax', 'credential-file', 'precision'],
    'raddb/mods-config/files/authorize',
    (k) => `# Static PPPoE subscribers that are not in the billing DB yet.
# Format: username  Cleartext-Password := "..."

"cliente.${k.g.digits(6)}@fibra.net.br"  Cleartext-Password := "${k.dev()}"
\tFramed-IP-Address = ${T.ipv4(k.g, '177.70')},
\tMikrotik-Rate-Limit = "100M/300M"

"empresa.${k.g.digits(5)}@fibra.net.br"  Cleartext-Password := "${k.spw()}"
\tFramed-Pool = "cgnat-pool-2",
\tReply-Message = "Bem-vindo"

"olt-mgmt"  MD5-Password := "${k.n(T.md5(k.g))}"
\tService-Type = Administrative-User

"suspenso.${k.g.digits(6)}"  Auth-Type := Reject
\tReply-Message = "Conta suspensa: ${k.n(T.account(k.g))}"

DEFAULT Framed-Protocol == PPP
\tFramed-Protocol = PPP,
\tFramed-Compression = Van-Jacobson-TCP-IP
`,
  ),

  tDoc(
    'telecom-radtest-history',
    ['command-line', 'precision'],
    'notes/radius-debug.sh.txt',
    (k) => `# what I ran while chasing the Access-Reject storm (${k.n(T.ticket(k.g))})
radtest ${k.g.lower(5)}.${k.g.digits(4)} ${k.dev()} ${T.ipv4(k.g, '10.1')} 0 ${k.shared()}
radtest -t chap pppoe-test ${k.n('<password>')} 127.0.0.1 0 ${k.n('testing123')}
echo "User-Name=noc-probe,User-Password=${k.spw()}" | radclient -x ${T.ipv4(k.g, '10.1')}:1812 auth ${k.shared()}
radclient -f /tmp/acct.txt ${T.ipv4(k.g, '10.1')}:1813 acct "$RADIUS_SECRET"
tail -f /var/log/freeradius/radius.log | grep ${k.n(T.mac(k.g))}
`,
  ),

  tDoc(
    'telecom-cisco-bng-aaa-config',
    ['config-syntax', 'precision'],
    'oxidized/configs/bng-poa-01.cfg',
    (k) => `!
hostname bng-poa-01
enable secret 5 ${k.n(T.ciscoType5(k.g))}
username noc privilege 15 secret 9 ${k.n('$9$' + k.g.alnum(14) + '$' + k.g.alnum(43))}
username fieldtech privilege 5 password 0 ${k.dev()}
!
aaa new-model
aaa group server radius RAD-SUBS
 server name rad1
!
radius server rad1
 address ipv4 ${T.ipv4(k.g, '10.250')} auth-port 1812 acct-port 1813
 key 0 ${k.shared()}
!
tacacs server tac1
 address ipv4 ${T.ipv4(k.g, '10.250')}
 key 7 ${k.u(T.ciscoType7(k.g))}
!
tacacs server tac2
 address ipv4 ${T.ipv4(k.g, '10.250')}
 key ${k.shared()}
!
snmp-server community ${k.s('password', T.snmpCommunity(k.g))} RO SNMP-ACL
snmp-server location "POP Porto Alegre, rack ${k.g.digits(2)}"
!
interface GigabitEthernet0/0/1.${T.vlan(k.g)}
 description CIRCUIT ${k.n(T.circuit(k.g))}
 encapsulation dot1Q ${T.vlan(k.g)}
 ip address ${T.ipv4(k.g, '100.65')} 255.255.255.252
!
end
`,
  ),

  tDoc(
    'telecom-tacacs-ng-conf',
    ['config-syntax', 'precision'],
    'etc/tac_plus-ng.cfg',
    (k) => `id = spawnd { listen = { port = 49 } }

id = tac_plus-ng {
    log authzlog { destination = /var/log/tac_plus/authz.log }

    device core {
        address = ${T.ipv4(k.g, '10.0')}/24
        key = "${k.shared()}"
    }
    device legacy-dslam {
        address = ${T.ipv4(k.g, '10.9')}/24
        key = ${k.shared()}
    }

    user = noc-ro {
        password = crypt ${k.n(T.sha512crypt(k.g))}
        member = readonly
    }
    user = breakglass {
        password = clear "${k.gpw()}"
        member = admin
    }
}
`,
  ),

  tDoc(
    'telecom-mikrotik-pppoe-export',
    ['config-syntax', 'precision'],
    'backups/mikrotik/ccr-bandung-01.rsc',
    (k) => `# ${'2026-01-11 03:00:01'} by RouterOS 7.14.2
# software id = ${k.n(k.g.upper(4) + '-' + k.g.upper(4))}
# model = CCR2116-12G-4S+
# serial number = ${k.n(T.serial(k.g))}
/interface pppoe-client
add disabled=no interface=ether1 name=pppoe-upstream user=${k.g.lower(6)}@isp-upstream password=${k.dev()}
/ppp secret
add name=pelanggan-${k.g.digits(5)} password=${k.dev()} profile=paket-50M service=pppoe
add name=pelanggan-${k.g.digits(5)} password=${k.dev()} profile=paket-20M service=pppoe
add name=pelanggan-${k.g.digits(5)} password=${k.n('******')} profile=isolir service=pppoe comment="nunggak"
/radius
add address=${T.ipv4(k.g, '10.10')} secret=${k.shared()} service=ppp,hotspot
/snmp community
set [ find default=yes ] name=${k.s('password', T.snmpCommunity(k.g))}
/interface ethernet
set [ find default-name=ether1 ] mac-address=${k.n(T.mac(k.g))}
`,
  ),

  tDoc(
    'telecom-juniper-mx-bng',
    ['config-syntax', 'precision'],
    'rancid/configs/mx204-kzn-01',
    (k) => `system {
    host-name mx204-kzn-01;
    root-authentication {
        encrypted-password "${k.n(T.sha512crypt(k.g))}";
    }
    login {
        user noc {
            class super-user;
            authentication {
                encrypted-password "${k.n(T.sha512crypt(k.g))}";
                ssh-ed25519 "${k.n(T.sshPub(k.g))}";
            }
        }
    }
    radius-server {
        ${T.ipv4(k.g, '10.77')} secret "${k.u(T.junosType9(k.g))}";
    }
}
access {
    radius-server {
        ${T.ipv4(k.g, '10.77')} {
            secret ${k.shared()}; ## SECRET-DATA (pasted in clear from the old box)
            source-address ${T.ipv4(k.g, '10.77')};
        }
    }
}
snmp {
    community ${k.s('password', T.snmpCommunity(k.g))} {
        authorization read-only;
    }
}
`,
  ),

  tDoc(
    'telecom-radius-ansible-vars',
    ['config-syntax', 'precision'],
    'ansible/group_vars/radius/vars.yml',
    (k) => `---
radius_listen_ip: 0.0.0.0
radius_db_host: ${T.ipv4(k.g, '10.20')}
radius_db_user: radius
radius_db_password: "{{ vault_radius_db_password }}"
radius_clients:
  - name: bng-ank-01
    ip: ${T.ipv4(k.g, '100.64')}
    secret: ${k.shared()}
  - name: bng-ank-02
    ip: ${T.ipv4(k.g, '100.64')}
    secret: "${k.n('{{ vault_bng_secret }}')}"
  - name: lab
    ip: 127.0.0.1
    secret: ${k.n('testing123')}
radius_sql_uri: "mysql://radius:${k.cs()}@${T.ipv4(k.g, '10.20')}:3306/radius"
vault_blob: !vault |
  ${k.n(T.ansibleVault(k.g).replace(/\n/g, '\n  '))}
`,
  ),

  tDoc(
    'telecom-daloradius-config-php',
    ['code', 'config-syntax', 'precision'],
    'daloradius/app/common/includes/daloradius.conf.php',
    (k) => `<?php
$configValues['DALORADIUS_VERSION'] = '2.0beta';
$configValues['CONFIG_DB_ENGINE'] = 'mysqli';
$configValues['CONFIG_DB_HOST'] = '${T.ipv4(k.g, '10.20')}';
$configValues['CONFIG_DB_PORT'] = '3306';
$configValues['CONFIG_DB_USER'] = 'raduser';
$configValues['CONFIG_DB_PASS'] = '${k.spw()}';
$configValues['CONFIG_DB_NAME'] = 'radius';
$configValues['CONFIG_MAIL_SMTPADDR'] = 'smtp.isp.example';
$configValues['CONFIG_MAIL_SMTPPORT'] = '587';
$configValues['CONFIG_MAIL_SMTPAUTH'] = 'false';
$configValues['CONFIG_MAIL_SMTPFROM'] = 'noc@isp.example';
$configValues['CONFIG_USER_ALLOWEDRANDOMCHARS'] = '${k.n('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}';
$configValues['CONFIG_PASSWORD_HASH'] = '${k.n('SHA1')}';
?>
`,
  ),

  tDoc(
    'telecom-huawei-me60-bras',
    ['config-syntax', 'precision'],
    'configs/huawei/me60-pune-01.cfg',
    (k) => `#
 sysname ME60-PUNE-01
#
radius-server template rad-subs
 radius-server shared-key cipher ${k.u('%^%#' + k.g.chars('!"#$&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_`{|}~', 48) + '%^%#')}
 radius-server authentication ${T.ipv4(k.g, '10.30')} 1812 weight 0
 radius-server accounting ${T.ipv4(k.g, '10.30')} 1813 weight 0
#
radius-server template rad-lab
 radius-server shared-key simple ${k.shared()}
#
aaa
 local-user netops password irreversible-cipher ${k.n('$1c$' + k.g.base64(40) + '$')}
 local-user fe-vendor password simple ${k.gpw()}
 local-user fe-vendor service-type ssh
#
interface Eth-Trunk10.${T.vlan(k.g)}
 description TO-OLT-${k.n(T.circuit(k.g))}
 user-vlan ${T.vlan(k.g)}
 pppoe-server bind virtual-template 1
#
`,
  ),
];
