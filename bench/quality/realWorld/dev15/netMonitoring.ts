// Monitoring: SNMPv3 authPriv lines and snmpd.conf, LibreNMS/Observium/Zabbix/PRTG/Nagios/Icinga configs,
// Telegraf SNMP inputs, syslog and NetFlow collectors, alert webhooks.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_MONITORING_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-snmpd-conf',
    ['config-syntax', 'precision'],
    'linux/etc/snmp/snmpd.conf',
    (k) => `###############################################################################
# snmpd.conf for the syslog/netflow collector
###############################################################################
sysLocation    FRA1, Rack C07
sysContact     NOC <noc@telnord.example>
sysServices    72

agentAddress  udp:161,udp6:[::1]:161

# v2c read-only for LibreNMS only
rocommunity ${k.comm()} 10.0.9.15
rocommunity6 ${k.n('public')} ::1

# v3 users (net-snmp-create-v3-user writes createUser to /var/lib/snmp/snmpd.conf)
createUser librenms SHA-256 "${k.phrase()}" AES "${k.phrase()}"
rouser librenms authpriv
createUser nagios SHA "${k.cpw()}" AES
rouser nagios authnopriv

# persistent file after snmpd started (localized keys, not the passphrases):
# usmUser 1 3 0x${k.n(V.engineId(k.g))} "librenms" "librenms" NULL .1.3.6.1.6.3.10.1.1.3 0x${k.n(V.sha256(k.g))} .1.3.6.1.6.3.10.1.2.4 0x${k.n(V.md5(k.g))} ""

extend .1.3.6.1.4.1.2021.7890.1 distro /usr/bin/distro
`,
  ),

  netDoc(
    'net-snmpwalk-history',
    ['command-line', 'precision'],
    'notes/snmp-troubleshooting.txt',
    (k) => `# check that the new user works on the edge router
snmpwalk -v3 -l authPriv -u librenms -a SHA -A '${k.phrase()}' -x AES -X '${k.phrase()}' 10.0.1.1 sysDescr
snmpget -v2c -c ${k.comm()} 10.41.0.1 .1.3.6.1.2.1.1.5.0
snmpwalk -v2c -c ${k.n('public')} 192.168.1.1 ifDescr
snmpbulkwalk -v3 -l authNoPriv -u nagios -a SHA -A ${k.cpw()} 10.0.7.1 IF-MIB::ifHCInOctets
snmpwalk -v3 -l authPriv -u librenms -a SHA -A "$SNMP_AUTH" -x AES -X "$SNMP_PRIV" 10.0.7.2 .1.3.6.1.2.1.2.2.1.2
snmptrap -v2c -c ${k.comm()} 10.0.9.15 '' .1.3.6.1.4.1.8072.2.3.0.1
# engine id of the box: ${k.n('0x' + V.engineId(k.g))}
`,
  ),

  netDoc(
    'net-librenms-env-and-config',
    ['config-syntax', 'precision'],
    'librenms/.env',
    (k) => `APP_KEY=base64:${k.s('token', k.g.base64(43) + '=')}
DB_HOST=localhost
DB_DATABASE=librenms
DB_USERNAME=librenms
DB_PASSWORD=${k.cpw()}
APP_URL=https://nms.telnord.example
NODE_ID=${k.n(k.g.hex(13))}
VAPID_PUBLIC_KEY=${k.n('B' + k.g.base64url(86))}
VAPID_PRIVATE_KEY=${k.s('token', k.g.base64url(43))}
LIBRENMS_USER=librenms
# lnms config:set snmp.community.+ ${k.comm()}
# lnms config:set snmp.v3.0.authpass '${k.phrase()}'
`,
  ),

  netDoc(
    'net-librenms-api-script',
    ['code', 'http-auth', 'precision'],
    'scripts/librenms_add_devices.sh',
    (k) => `#!/bin/bash
# Adds every device from the CSV export to LibreNMS via its API.
LNMS="https://nms.telnord.example/api/v0"
TOKEN="${k.s('token', V.librenmsToken(k.g))}"

while IFS=, read -r host ver comm; do
  curl -s -X POST -H "X-Auth-Token: $TOKEN" \\
    -d "{\\"hostname\\":\\"$host\\",\\"version\\":\\"$ver\\",\\"community\\":\\"$comm\\"}" \\
    "$LNMS/devices"
done < devices.csv

# one-off test from the README:
# curl -H 'X-Auth-Token: ${k.http(V.librenmsToken(k.g))}' https://nms.telnord.example/api/v0/devices/rtr-ber-01
`,
  ),

  netDoc(
    'net-observium-config-php',
    ['code', 'config-syntax', 'precision'],
    'observium/config.php',
    (k) => `<?php
## Have a look in includes/defaults.inc.php for examples of settings you can set here. DO NOT EDIT defaults.inc.php!

// Database config
$config['db_extension'] = 'mysqli';
$config['db_host']      = 'localhost';
$config['db_user']      = 'observium';
$config['db_pass']      = '${k.cpw()}';
$config['db_name']      = 'observium';

// Base directory
$config['install_dir'] = "/opt/observium";

// Default community list to use when adding/discovering
$config['snmp']['community'] = array("${k.comm()}", "${k.n('public')}");

// v3 defaults
$config['snmp']['v3'][0]['authlevel']  = "authPriv";
$config['snmp']['v3'][0]['authname']   = "observium";
$config['snmp']['v3'][0]['authpass']   = "${k.phrase()}";
$config['snmp']['v3'][0]['authalgo']   = "SHA";
$config['snmp']['v3'][0]['cryptopass'] = "${k.phrase()}";
$config['snmp']['v3'][0]['cryptoalgo'] = "AES";

$config['auth_mechanism'] = "ldap";
$config['auth_ldap_binddn'] = "CN=svc-observium,OU=Service,DC=corp,DC=telnord,DC=example";
$config['auth_ldap_bindpw'] = "${k.cpw()}";
`,
  ),

  netDoc(
    'net-zabbix-server-and-api',
    ['config-syntax', 'code', 'precision'],
    'zabbix/zabbix_server.conf',
    (k) => `### Option: DBPassword
#	Database password.
#	Comment this line if no password is used.
#
# Mandatory: no
# Default:
# DBPassword=
DBHost=pg-zabbix.internal
DBName=zabbix
DBUser=zabbix
DBPassword=${k.cpw()}
StartPollers=40
StartSNMPTrapper=1
SNMPTrapperFile=/var/log/snmptrap/snmptrap.log
Timeout=10
VaultURL=https://vault.telnord.example:8200
VaultToken=${k.s('token', 'hvs.' + k.g.alnum(24))}
# {$SNMP_COMMUNITY} macro is set on the template, value: ${k.comm()}
# API token for the ticket bridge (Users → API tokens): ${k.s('token', V.zabbixToken(k.g))}
`,
  ),

  netDoc(
    'net-zabbix-template-export',
    ['config-syntax', 'precision'],
    'zabbix/templates/net-cisco-snmpv3.yaml',
    (k) => `zabbix_export:
  version: '6.4'
  template_groups:
    - uuid: ${k.n(k.g.hex(32))}
      name: Templates/Network devices
  templates:
    - uuid: ${k.n(k.g.hex(32))}
      template: 'Telnord Cisco IOS SNMPv3'
      name: 'Telnord Cisco IOS SNMPv3'
      macros:
        - macro: '{$SNMP.AUTHPASS}'
          value: ${k.phrase()}
          description: 'SNMPv3 auth passphrase (librenms user)'
        - macro: '{$SNMP.PRIVPASS}'
          type: SECRET_TEXT
          description: 'exported without the value'
        - macro: '{$SNMP_COMMUNITY}'
          value: ${k.n('public')}
        - macro: '{$ICMP_LOSS_WARN}'
          value: '20'
`,
  ),

  netDoc(
    'net-prtg-api-calls',
    ['command-line', 'http-auth', 'precision'],
    'scripts/prtg-pause-maintenance.ps1',
    (k) => `# Pauses all sensors of a device during the change window.
param([int]$DeviceId, [int]$Minutes = 60)
$prtg = "https://prtg.telnord.example"
$user = "svc-change"
$passhash = "${k.u(k.g.digits(10))}"
Invoke-RestMethod "$prtg/api/pauseobjectfor.htm?id=$DeviceId&duration=$Minutes&pausemsg=CHG&username=$user&passhash=$passhash"

# newer PRTG versions: API key instead of passhash
$apitoken = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 56))}"
Invoke-RestMethod "$prtg/api/table.json?content=sensors&columns=objid,device,status&apitoken=$apitoken"
# old one-liner from the wiki:
# curl "https://prtg.telnord.example/api/table.json?content=devices&username=prtgadmin&password=${k.s('http-auth', V.urlPw(k.g))}"
`,
  ),

  netDoc(
    'net-nagios-resource-cfg',
    ['config-syntax', 'precision'],
    'nagios/etc/resource.cfg',
    (k) => `###########################################################################
#
# RESOURCE.CFG - Sample Resource File for Nagios 4.4.14
#
# You can define $USERx$ macros in this file, which can in turn be used
# in command definitions in your host config file(s).
#
###########################################################################

# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/local/nagios/libexec

# SNMP community for check_snmp
$USER3$=${k.comm()}
# SNMPv3 auth / priv for the core devices
$USER4$=${k.phrase()}
$USER5$=${k.phrase()}
# check_radius secret
$USER6$=${k.shared()}
# store sensitive information in here, not in the command definitions
$USER7$=${k.n('$USER7$')}
`,
  ),

  netDoc(
    'net-icinga-command-vars',
    ['config-syntax', 'precision'],
    'icinga2/conf.d/hosts-network.conf',
    (k) => `object Host "rtr-ber-01" {
  import "generic-network"
  address = "10.41.0.1"
  vars.snmp_community = "${k.comm()}"
  vars.snmp_v3 = true
  vars.snmp_login = "icinga"
  vars.snmp_password = "${k.phrase()}"
  vars.snmp_authprotocol = "sha,aes"
  vars.snmp_privpass = "${k.phrase()}"
  vars.serial = "${k.n(V.ciscoSerial(k.g))}"
}

object Host "fw-lab" {
  import "generic-network"
  address = "10.99.0.254"
  vars.snmp_community = "${k.n('public')}"
  vars.http_vhost = "fw-lab.telnord.example"
  vars.http_auth_pair = "monitor:${k.cpw()}"
}
`,
  ),

  netDoc(
    'net-telegraf-snmp-input',
    ['config-syntax', 'precision'],
    'telegraf/telegraf.d/snmp.conf',
    (k) => `[[inputs.snmp]]
  agents = ["udp://10.0.7.1:161", "udp://10.0.7.2:161"]
  version = 3
  sec_name = "telegraf"
  auth_protocol = "SHA"
  auth_password = "${k.phrase()}"
  sec_level = "authPriv"
  priv_protocol = "AES"
  priv_password = "${k.phrase()}"
  name = "snmp"
  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

[[outputs.influxdb_v2]]
  urls = ["https://influx.telnord.example:8086"]
  token = "${k.s('token', k.g.base64url(86) + '==')}"
  organization = "noc"
  bucket = "network"
`,
  ),

  netDoc(
    'net-rsyslog-netflow-collector',
    ['config-syntax', 'precision'],
    'collectors/rsyslog.d/30-network.conf',
    (k) => `# Receive device syslog over TLS from the firewalls, UDP from everything else
module(load="imudp")
input(type="imudp" port="514" ruleset="network")
global(DefaultNetstreamDriverCAFile="/etc/rsyslog.d/ca.pem")

ruleset(name="network") {
  action(type="omfile" dynaFile="PerHostFile")
  action(type="omelasticsearch" server="es.telnord.example" serverport="9200" uid="rsyslog" pwd="${k.cpw()}"
         searchIndex="network-syslog" usehttps="on")
}

# goflow2/nfacctd (NetFlow v9/IPFIX) ship to Kafka:
#   kafka_sasl_user=netflow kafka_sasl_password=${k.cpw()}
# ElastiFlow licence (not a secret but personal): ${k.n(k.g.hex(16).toUpperCase())}
`,
  ),

  netDoc(
    'net-alertmanager-webhooks',
    ['config-syntax', 'precision'],
    'monitoring/alertmanager.yml',
    (k) => `global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.telnord.example:587'
  smtp_from: 'alertmanager@telnord.example'
  smtp_auth_username: 'alertmanager'
  smtp_auth_password: '${k.cpw()}'

route:
  receiver: noc-slack
  routes:
    - matchers: [severity="critical"]
      receiver: noc-pager

receivers:
  - name: noc-slack
    slack_configs:
      - api_url: '${k.prov('Slack webhook', V.slackHook(k.g))}'
        channel: '#noc-alerts'
  - name: noc-pager
    pagerduty_configs:
      - routing_key: '${k.s('token', V.pagerdutyKey(k.g))}'
  - name: noc-telegram
    telegram_configs:
      - bot_token: '${k.prov('Telegram bot token', V.telegramBot(k.g))}'
        chat_id: ${k.n('-100' + k.g.digits(10))}
`,
  ),

  netDoc(
    'net-smokeping-and-snmp-exporter',
    ['config-syntax', 'precision'],
    'monitoring/snmp_exporter/snmp.yml',
    (k) => `auths:
  public_v2:
    community: ${k.n('public')}
    version: 2
  telnord_v2:
    community: ${k.comm()}
    version: 2
  telnord_v3:
    username: prometheus
    security_level: authPriv
    password: ${k.phrase()}
    auth_protocol: SHA
    priv_protocol: AES
    priv_password: ${k.phrase()}
    version: 3
modules:
  if_mib:
    walk: [sysUpTime, interfaces, ifXTable]
`,
  ),
];
