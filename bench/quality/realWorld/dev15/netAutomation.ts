// Network automation: Ansible network inventories and group_vars, Netmiko/NAPALM/Nornir scripts, Oxidized and
// RANCID, NetBox/Nautobot, Terraform providers for network gear, expect scripts.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_AUTOMATION_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-ansible-inventory-ini',
    ['config-syntax', 'precision'],
    'ansible/inventories/prod/hosts.ini',
    (k) => `[ios_routers]
rtr-ber-01 ansible_host=10.41.0.1
rtr-mad-02 ansible_host=10.42.0.1
rtr-par-core-01 ansible_host=10.0.0.11 ansible_password=${k.cpw()}

[nxos_leafs]
dc1-leaf-0[1:8]

[junos]
mx204-ams-01 ansible_host=10.0.1.1 ansible_user=ansible ansible_ssh_pass=${k.cpw()}

[ios_routers:vars]
ansible_network_os=cisco.ios.ios
ansible_connection=ansible.netcommon.network_cli
ansible_user=svc-ansible
ansible_password="{{ ${k.n('vault_ios_password')} }}"
ansible_become=yes
ansible_become_method=enable
ansible_become_password=${k.cpw()}

[nxos_leafs:vars]
ansible_network_os=cisco.nxos.nxos
ansible_user=svc-ansible
ansible_password=${k.n("\"{{ lookup('env', 'NXOS_PASSWORD') }}\"")}
`,
  ),

  netDoc(
    'net-ansible-group-vars-yaml',
    ['config-syntax', 'precision'],
    'ansible/inventories/prod/group_vars/all/network.yml',
    (k) => `---
ntp_servers:
  - 10.10.0.123
  - 10.20.0.123
ntp_auth_key: ${k.shared()}
snmp_location: "{{ site_address }}"
snmp_ro_community: ${k.comm()}
snmp_v3_users:
  - name: librenms
    auth_proto: sha
    auth_pass: ${k.phrase()}
    priv_proto: aes
    priv_pass: ${k.phrase()}
tacacs_servers:
  - { name: ISE-01, ip: 10.10.0.31 }
  - { name: ISE-02, ip: 10.20.0.31 }
vault_tacacs_key: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(64))}
  ${k.n(k.g.hex(42))}
local_admin_user: breakglass
vault_local_admin_password: ${k.cpw()}
enable_secret_hash: "${k.n(V.type9(k.g))}"
syslog_hosts: [10.10.0.50, 10.20.0.50]
`,
  ),

  netDoc(
    'net-netmiko-backup-script',
    ['code', 'precision'],
    'scripts/backup_configs.py',
    (k) => `#!/usr/bin/env python3
"""Pull running configs from every switch in devices.txt and commit them to git."""
import getpass
import os
from datetime import date
from netmiko import ConnectHandler

USERNAME = os.getenv("NET_USER", "svc-backup")
PASSWORD = os.getenv("NET_PASS") or "${k.cpw()}"
ENABLE_SECRET = "${k.cpw()}"

def backup(host: str) -> str:
    device = {
        "device_type": "cisco_ios",
        "host": host,
        "username": USERNAME,
        "password": PASSWORD,
        "secret": ENABLE_SECRET,
        "fast_cli": False,
    }
    with ConnectHandler(**device) as conn:
        conn.enable()
        return conn.send_command("show running-config")

if __name__ == "__main__":
    if not PASSWORD:
        PASSWORD = getpass.getpass("Password: ")
    for host in open("devices.txt").read().split():
        with open(f"configs/{host}-{date.today()}.cfg", "w") as fh:
            fh.write(backup(host))
`,
  ),

  netDoc(
    'net-napalm-nornir-config',
    ['config-syntax', 'code', 'precision'],
    'nornir/inventory/defaults.yaml',
    (k) => `---
# Nornir SimpleInventory defaults (hosts.yaml / groups.yaml override per platform)
username: svc-nornir
password: ${k.cpw()}
connection_options:
  napalm:
    extras:
      optional_args:
        secret: ${k.cpw()}
        transport: ssh
        global_delay_factor: 2
  netmiko:
    extras:
      secret: "{{ ${k.n('enable_secret')} }}"
  scrapli:
    extras:
      auth_strict_key: false
      auth_private_key: ~/.ssh/id_nornir
data:
  site: default
  snmp_community: ${k.n('public')}
`,
  ),

  netDoc(
    'net-nornir-runner-script',
    ['code', 'precision'],
    'nornir/run_compliance.py',
    (k) => `from nornir import InitNornir
from nornir_napalm.plugins.tasks import napalm_get
from nornir_utils.plugins.functions import print_result

nr = InitNornir(config_file="config.yaml")
# lab override, the lab switches are not in ISE yet
nr.inventory.defaults.username = "labadmin"
nr.inventory.defaults.password = "${k.cpw()}"

lab = nr.filter(site="lab")
result = lab.run(task=napalm_get, getters=["facts", "users"])
print_result(result)

# NetBox plugin inventory for prod
# nr = InitNornir(inventory={"plugin": "NBInventory", "options": {"nb_url": "https://netbox.telnord.example",
#     "nb_token": "${k.s('token', V.netboxToken(k.g))}", "ssl_verify": False}})
`,
  ),

  netDoc(
    'net-oxidized-config',
    ['config-syntax', 'precision'],
    'oxidized/.config/oxidized/config',
    (k) => `---
username: oxidized
password: ${k.cpw()}
model: ios
resolve_dns: true
interval: 3600
use_syslog: false
debug: false
threads: 30
timeout: 20
retries: 3
prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/
rest: 127.0.0.1:8888
vars:
  enable: ${k.cpw()}
  remove_secret: true
groups:
  juniper:
    username: oxidized-ro
    password: ${k.cpw()}
  mikrotik:
    vars:
      ssh_port: 2222
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@telnord.example
    repo: "/home/oxidized/.config/oxidized/configs.git"
hooks:
  push_to_remote:
    type: githubrepo
    events: [post_store]
    remote_repo: https://oxidized-bot:${k.prov('GitHub personal access token', V.githubPat(k.g))}@github.com/telnord/network-configs.git
source:
  default: csv
  csv:
    file: "/home/oxidized/.config/oxidized/router.db"
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
      username: 2
      password: 3
    vars_map:
      enable: 4
`,
  ),

  netDoc(
    'net-oxidized-router-db',
    ['credential-file', 'precision'],
    'oxidized/.config/oxidized/router.db',
    (k) => `rtr-ber-01:ios:oxidized:${k.cpw()}:${k.cpw()}
rtr-mad-02:ios:oxidized:${k.cpw()}:
dc1-leaf-07:nxos:svc-oxidized:${k.cpw()}:
mx204-ams-01:junos:oxidized-ro:${k.cpw()}:
shop-17:routeros:monitoring:${k.cpw()}:
fw-lab:pfsense:::
`,
  ),

  netDoc(
    'net-rancid-cloginrc',
    ['credential-file', 'config-syntax', 'precision'],
    'rancid/.cloginrc',
    (k) => `# .cloginrc for rancid (chmod 600!)
add method      *               ssh
add user        *               rancid
add password    rtr-*           ${k.cpw()} ${k.cpw()}
add password    dc1-leaf-*      {${k.cpw()}}
add password    *.lab.*         ${k.n('{lab}')} ${k.n('{lab}')}
add autoenable  dc1-*           1
add user        mx204-*         rancid-ro
add password    mx204-*         ${k.cpw()}
add noenable    mx204-*         1
add cyphertype  *               aes256-ctr
`,
  ),

  netDoc(
    'net-netbox-configuration-py',
    ['code', 'config-syntax', 'precision'],
    'netbox/netbox/netbox/configuration.py',
    (k) => `import os

ALLOWED_HOSTS = ['netbox.telnord.example', 'localhost']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': '${k.cpw()}',
    'HOST': 'pg-netbox.internal',
    'PORT': '',
    'CONN_MAX_AGE': 300,
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PORT': 6379, 'PASSWORD': '', 'DATABASE': 0, 'SSL': False},
    'caching': {'HOST': 'localhost', 'PORT': 6379, 'PASSWORD': os.environ.get('REDIS_PASSWORD', ''), 'DATABASE': 1, 'SSL': False},
}

SECRET_KEY = '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}'

REMOTE_AUTH_ENABLED = True
REMOTE_AUTH_BACKEND = 'social_core.backends.azuread_tenant.AzureADTenantOAuth2'
SOCIAL_AUTH_AZUREAD_TENANT_OAUTH2_KEY = '${k.n(k.g.uuid())}'
SOCIAL_AUTH_AZUREAD_TENANT_OAUTH2_SECRET = '${k.s('token', `${k.g.alnum(3)}8Q~${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-', 34)}`)}'
SOCIAL_AUTH_AZUREAD_TENANT_OAUTH2_TENANT_ID = '${k.n(k.g.uuid())}'

NAPALM_USERNAME = 'svc-netbox'
NAPALM_PASSWORD = '${k.cpw()}'
NAPALM_TIMEOUT = 30
`,
  ),

  netDoc(
    'net-netbox-api-curl-readme',
    ['command-line', 'http-auth', 'prose', 'precision'],
    'docs/netbox-api.md',
    (k) => `# Using the NetBox API from scripts

Create a token under *Admin → API Tokens*. Tokens are shown once. Example with the team's read-only token:

\`\`\`bash
curl -s -H "Authorization: Token ${k.http(V.netboxToken(k.g))}" \\
     -H "Accept: application/json; indent=4" \\
     "https://netbox.telnord.example/api/dcim/devices/?site=fra1&role=leaf" | jq '.results[].name'
\`\`\`

For write access use your personal token. In Python:

\`\`\`python
import pynetbox
nb = pynetbox.api("https://netbox.telnord.example", token=os.environ["NETBOX_TOKEN"])
\`\`\`

Do not paste tokens in tickets. If you did: revoke it (the token id is not secret, e.g. \`${k.n('id=' + k.g.digits(3))}\`).
Token format reminder: 40 hex characters, like \`${k.n('0123456789abcdef0123456789abcdef01234567')}\` in the docs.
`,
  ),

  netDoc(
    'net-nautobot-secrets-provider',
    ['config-syntax', 'code', 'precision'],
    'nautobot/nautobot_config.py',
    (k) => `from nautobot.core.settings import *  # noqa
from nautobot.core.settings_funcs import is_truthy

SECRET_KEY = os.getenv("NAUTOBOT_SECRET_KEY", "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}")

DATABASES = {
    "default": {
        "NAME": "nautobot",
        "USER": "nautobot",
        "PASSWORD": os.getenv("NAUTOBOT_DB_PASSWORD", ""),
        "HOST": "localhost",
        "ENGINE": "django.db.backends.postgresql",
    }
}

# Secrets are resolved at run time by the providers below; the Secret objects only hold references
# such as {"variable": "NAPALM_PASSWORD"} or {"path": "network/ios", "key": "password"}.
PLUGINS = ["nautobot_secrets_providers", "nautobot_golden_config"]
PLUGINS_CONFIG = {
    "nautobot_secrets_providers": {
        "hashicorp_vault": {"url": "https://vault.telnord.example:8200", "auth_method": "approle",
                            "role_id": "${k.n(k.g.uuid())}", "secret_id": "${k.s('token', k.g.uuid())}"},
    },
    "nautobot_golden_config": {"per_feature_bar_width": 0.15},
}
`,
  ),

  netDoc(
    'net-terraform-network-providers',
    ['config-syntax', 'code', 'precision'],
    'terraform/network/providers.tf',
    (k) => `terraform {
  required_providers {
    panos    = { source = "PaloAltoNetworks/panos", version = "~> 1.11" }
    fortios  = { source = "fortinetdev/fortios", version = "1.19.0" }
    meraki   = { source = "cisco-open/meraki", version = "0.2.5-alpha" }
    junos    = { source = "jeremmfr/junos" }
  }
}

provider "panos" {
  hostname = "10.0.0.5"
  api_key  = var.panos_api_key
}

provider "fortios" {
  hostname = "10.10.0.1"
  token    = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}"
  insecure = true
}

provider "meraki" {
  meraki_base_url = "https://api.meraki.com"
  meraki_api_key  = "${k.prov('Meraki API key', V.merakiKey(k.g))}"
}

provider "junos" {
  ip       = "10.0.1.1"
  username = "terraform"
  password = "${k.cpw()}"
}

variable "panos_api_key" {
  type      = string
  sensitive = true
}
`,
  ),

  netDoc(
    'net-expect-script',
    ['code', 'command-line', 'precision'],
    'scripts/set-vlan.exp',
    (k) => `#!/usr/bin/expect -f
# usage: set-vlan.exp <switch> <port> <vlan>
set timeout 20
set host [lindex $argv 0]
set port [lindex $argv 1]
set vlan [lindex $argv 2]
set user "netops"
set pass "${k.cpw()}"
set enable "${k.cpw()}"

spawn ssh -o StrictHostKeyChecking=no $user@$host
expect "assword:"
send "$pass\\r"
expect ">"
send "enable\\r"
expect "assword:"
send "$enable\\r"
expect "#"
send "conf t\\rinterface $port\\rswitchport access vlan $vlan\\rend\\rwr mem\\r"
expect "#"
send "exit\\r"
`,
  ),

  netDoc(
    'net-ansible-vault-and-hash-lookalikes',
    ['config-syntax', 'precision'],
    'ansible/inventories/prod/group_vars/all/vault.yml',
    (k) => `$ANSIBLE_VAULT;1.1;AES256
${k.n(k.g.hex(80))}
${k.n(k.g.hex(80))}
${k.n(k.g.hex(80))}
${k.n(k.g.hex(80))}
${k.n(k.g.hex(56))}
`,
  ),
];
