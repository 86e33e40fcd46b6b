// Network monitoring and inventory: LibreNMS, Zabbix, Cacti, Netbox, Oxidized, smokeping and looking-glass
// servers; SNMP communities and v3 passphrases beside OIDs, engine ids, device serials and interface names.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_MONITOR_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-librenms-config-php',
    ['config-syntax', 'code', 'precision'],
    'librenms/config.php',
    (k) => `<?php
$config['db_host'] = '${T.ipv4(k.g, '10.5')}';
$config['db_user'] = 'librenms';
$config['db_pass'] = '${k.spw()}';
$config['db_name'] = 'librenms';

$config['snmp']['community'] = ['${k.s('password', T.snmpCommunity(k.g))}', '${k.s('password', T.snmpCommunity(k.g))}'];
$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['snmp']['v3'][0]['authname'] = 'librenms';
$config['snmp']['v3'][0]['authpass'] = '${k.spw()}';
$config['snmp']['v3'][0]['authalgo'] = 'SHA';
$config['snmp']['v3'][0]['cryptopass'] = '${k.spw()}';
$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';

$config['oxidized']['url'] = 'http://127.0.0.1:8888';
$config['alert']['transports']['telegram']['token'] = '${k.prov('Telegram', T.telegramBot(k.g))}';
`,
  ),

  tDoc(
    'telecom-snmpwalk-history',
    ['command-line', 'precision'],
    'notes/snmp-checks.txt',
    (k) => `snmpwalk -v2c -c ${k.s('password', T.snmpCommunity(k.g))} ${T.ipv4(k.g, '10.3')} 1.3.6.1.2.1.2.2.1.2
snmpget -v2c -c public ${T.ipv4(k.g, '10.3')} sysDescr.0
snmpwalk -v3 -l authPriv -u nocmon -a SHA -A ${k.spw()} -x AES -X ${k.spw()} ${T.ipv4(k.g, '10.3')} ifHCInOctets
snmpwalk -v3 -l authPriv -u nocmon -a SHA -A "$SNMP_AUTH" -x AES -X "$SNMP_PRIV" ${T.ipv4(k.g, '10.3')} ${k.n('1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3')}
# engine id of the OLT: ${k.n('0x' + k.g.hex(26))}
`,
  ),

  tDoc(
    'telecom-zabbix-agent-macros',
    ['config-syntax', 'precision'],
    'zabbix/templates/template_olt_macros.yaml',
    (k) => `zabbix_export:
  version: '6.4'
  templates:
    - uuid: ${k.n(k.g.hex(32))}
      template: 'OLT Huawei MA5800 SNMP'
      macros:
        - macro: '{$SNMP_COMMUNITY}'
          value: ${k.s('password', T.snmpCommunity(k.g))}
        - macro: '{$OLT.SSH.PASSWORD}'
          type: SECRET_TEXT
          value: ${k.gpw()}
        - macro: '{$OLT.API.TOKEN}'
          type: VAULT
          value: ${k.n('secret/noc/olt:api_token')}
        - macro: '{$IF.UTIL.MAX}'
          value: '90'
`,
  ),

  tDoc(
    'telecom-zabbix-api-python',
    ['code', 'http-auth', 'precision'],
    'tools/zbx_maintenance.py',
    (k) => `import requests

ZBX = "https://zabbix.noc.example/api_jsonrpc.php"
# API token of user "maint-bot" (Administration > API tokens)
ZBX_TOKEN = "${k.hex(64)}"


def start_maintenance(hostids, minutes=60):
    payload = {"jsonrpc": "2.0", "method": "maintenance.create", "id": 1,
               "params": {"name": "fibre splice", "hostids": hostids, "active_since": 0, "active_till": minutes * 60}}
    return requests.post(ZBX, json=payload, headers={"Authorization": f"Bearer {ZBX_TOKEN}"}).json()

# host ids of the southern ring: ${k.n(k.g.digits(5))}, ${k.n(k.g.digits(5))}
`,
  ),

  tDoc(
    'telecom-netbox-script',
    ['code', 'http-auth', 'precision'],
    'netbox-scripts/sync_circuits.py',
    (k) => `import pynetbox

nb = pynetbox.api("https://netbox.isp.example", token="${k.prov('NetBox', T.netbox(k.g))}")

for c in nb.circuits.circuits.filter(provider="transit-a"):
    print(c.cid, c.commit_rate, c.custom_fields.get("ticket"))
# e.g. cid ${k.n(T.circuit(k.g))}, tenant ${k.n(k.g.uuid())}
`,
  ),

  tDoc(
    'telecom-oxidized-config',
    ['config-syntax', 'precision'],
    'oxidized/config',
    (k) => `---
username: oxidized
password: ${k.gpw()}
model: ios
interval: 3600
use_syslog: false
rest: 127.0.0.1:8888
input:
  default: ssh, telnet
  ssh:
    secure: false
source:
  default: csv
  csv:
    file: /home/oxidized/.config/oxidized/router.db
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
      username: 2
      password: 3
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@isp.example
    repo: "/home/oxidized/configs.git"
groups:
  olt:
    username: oxi-olt
    password: ${k.dev()}
`,
  ),

  tDoc(
    'telecom-oxidized-router-db',
    ['credential-file', 'config-syntax', 'precision'],
    'oxidized/router.db',
    (k) => `bng-rec-01:ios:oxidized:${k.gpw()}
bng-cmp-02:ios:oxidized:
olt-boa-01:huawei:oxi-olt:${k.dev()}
sw-agg-04:routeros:admin:${k.dev()}
mx204-kzn-01:junos:oxidized:${k.n('${JUNOS_PASS}')}
`,
  ),

  tDoc(
    'telecom-cacti-config',
    ['config-syntax', 'precision'],
    'cacti/include/config.php',
    (k) => `<?php
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = '${k.spw()}';
$database_port     = '3306';
$database_retries  = 5;
$database_ssl      = false;
$url_path = '/cacti/';
$cacti_session_name = 'Cacti';
$cacti_db_session = false;
/* cookie salt is generated at install */
$cacti_cookie_domain = '';
`,
  ),

  tDoc(
    'telecom-looking-glass-env',
    ['config-syntax', 'precision'],
    'looking-glass/hyperglass.yaml',
    (k) => `site_title: AS${k.g.digits(5)} Looking Glass
org_name: Rede Nordeste Telecom
primary_asn: "${k.g.digits(5)}"
devices:
  - name: edge-rec-01
    address: ${T.ipv4(k.g, '10.2')}
    platform: cisco_xr
    credential:
      username: lg-ro
      password: ${k.gpw()}
  - name: edge-ssa-01
    address: ${T.ipv4(k.g, '10.2')}
    platform: juniper
    credential:
      username: lg-ro
      key: /etc/hyperglass/lg_ed25519
cache:
  host: redis
  password: ${k.n('{{ env "REDIS_PASSWORD" }}')}
`,
  ),

  tDoc(
    'telecom-smokeping-slaves',
    ['credential-file', 'precision'],
    'smokeping/smokeping_secrets',
    (k) => `speedtest-rec:${k.gpw()}
speedtest-for:${k.gpw()}
probe-lab:${k.n('changeme')}
`,
  ),

  tDoc(
    'telecom-grafana-alerts-provisioning',
    ['config-syntax', 'precision'],
    'grafana/provisioning/alerting/contact-points.yaml',
    (k) => `apiVersion: 1
contactPoints:
  - orgId: 1
    name: noc-slack
    receivers:
      - uid: ${k.n(k.g.alnum(14))}
        type: slack
        settings:
          url: ${k.prov('Slack webhook', T.slackHook(k.g))}
  - orgId: 1
    name: noc-telegram
    receivers:
      - uid: ${k.n(k.g.alnum(14))}
        type: telegram
        settings:
          bottoken: ${k.prov('Telegram', T.telegramBot(k.g))}
          chatid: "${k.n('-100' + k.g.digits(10))}"
  - orgId: 1
    name: noc-pagerduty
    receivers:
      - uid: ${k.n(k.g.alnum(14))}
        type: pagerduty
        settings:
          integrationKey: ${k.hex(32)}
`,
  ),

  tDoc(
    'telecom-speedtest-server-conf',
    ['config-syntax', 'precision'],
    'ookla/OoklaServer.properties',
    (k) => `OoklaServer.useIPv6 = true
OoklaServer.allowedDomains = *.ookla.com, *.speedtest.net
OoklaServer.enableAutoUpdate = true
OoklaServer.ssl.useLetsEncrypt = true
logging.loggers.app.name = Application
# management API of our own speedtest portal (not Ookla)
portal.api.key = ${k.tok()}
portal.api.url = https://speed.isp.example/api
portal.sha256 = ${k.n(T.sha256(k.g))}
`,
  ),
];
