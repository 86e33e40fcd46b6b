// Command lines and tool output of network work: shell histories, curl calls to controllers and APIs, HAR and
// debug output with HTTP auth, docker-compose files of NMS stacks, cloud VPN configs, CI jobs that push configs.
import type { RealWorldDoc } from '../types';
import { netDoc, V } from './netValues';

export const NET_CLI_DOCS: RealWorldDoc[] = [
  netDoc(
    'net-noc-jumphost-history',
    ['command-line', 'precision'],
    'home/lee/.zsh_history',
    (k) => `: 1718002101:0;ssh netadmin@10.41.0.1
: 1718002188:0;sshpass -p ${k.cpw()} scp svc-backup@10.0.7.1:running-config ./leaf-07.cfg
: 1718002230:0;curl -k -u admin:${k.s('password', V.urlPw(k.g))} https://10.10.0.1/api/v2/monitor/system/status
: 1718002301:0;curl -s -H "X-Cisco-Meraki-API-Key: ${k.prov('Meraki API key', V.merakiKey(k.g))}" https://api.meraki.com/api/v1/organizations
: 1718002402:0;ansible-playbook -i inventories/prod site.yml --limit rtr-ber-01 -e ansible_password=${k.cpw()}
: 1718002480:0;ansible-playbook -i inventories/prod site.yml --ask-vault-pass
: 1718002511:0;mysql -h db-sip-01 -u kamailio -p${k.cpw()} kamailio -e 'select username,domain from subscriber limit 5'
: 1718002601:0;ipmitool -I lanplus -H 10.0.250.12 -U ADMIN -P ${k.cpw()} chassis power status
: 1718002690:0;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
: 1718002702:0;nmap -sU -p 161 --script snmp-brute --script-args snmp-brute.communitiesdb=communities.txt 10.41.0.0/24
: 1718002790:0;python3 backup_configs.py --user svc-backup --password "$NET_PASS"
`,
  ),

  netDoc('net-unifi-controller-curl', ['command-line', 'http-auth', 'logs-and-output', 'precision'], 'scripts/unifi-api-notes.sh', (k) => {
    const sess = k.g.alnum(32);
    return `# log in to the UniFi controller and list clients (cookie jar)
curl -sk -c /tmp/unifi.cookie -H 'Content-Type: application/json' \\
  -d '{"username":"api-reader","password":"${k.cpw()}"}' https://unifi.ondaria.example:8443/api/login
# response headers:
#   Set-Cookie: unifises=${k.http(sess)}; Path=/; Secure; HttpOnly
#   Set-Cookie: csrf_token=${k.u(k.g.alnum(32))}; Path=/; Secure
curl -sk -b /tmp/unifi.cookie https://unifi.ondaria.example:8443/api/s/default/stat/sta | jq '.data[] | {mac, ip, hostname}'
# UniFi OS (UDM) uses an API key header instead
curl -sk -H "X-API-KEY: ${k.http(k.g.base64url(32))}" https://10.0.0.1/proxy/network/integration/v1/sites
`;
  }),

  netDoc(
    'net-cucm-axl-soap-debug',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/axl-sync-debug.log',
    (k) => `2024-10-02 06:00:01,122 INFO  axl-sync starting, CUCM pub 10.30.0.10, version 14.0
2024-10-02 06:00:01,410 DEBUG >> POST /axl/ HTTP/1.1
2024-10-02 06:00:01,410 DEBUG >> Host: cucm-pub.telnord.example:8443
2024-10-02 06:00:01,410 DEBUG >> Authorization: Basic ${k.basic('axl-sync')}
2024-10-02 06:00:01,410 DEBUG >> SOAPAction: "CUCM:DB ver=14.0 listPhone"
2024-10-02 06:00:01,411 DEBUG >> Content-Type: text/xml; charset=utf-8
2024-10-02 06:00:02,008 DEBUG << HTTP/1.1 200 OK
2024-10-02 06:00:02,008 DEBUG << Set-Cookie: JSESSIONIDSSO=${k.http(k.g.hex(32).toUpperCase())}; Path=/; Secure; HttpOnly
2024-10-02 06:00:02,009 DEBUG << Set-Cookie: JSESSIONID=${k.http(k.g.hex(32).toUpperCase())}; Path=/axl; Secure; HttpOnly
2024-10-02 06:00:02,310 INFO  412 phones listed, 3 changed (SEP${k.n(k.g.hex(12).toUpperCase())}, SEP${k.n(k.g.hex(12).toUpperCase())}, SEP${k.n(k.g.hex(12).toUpperCase())})
2024-10-02 06:00:02,311 INFO  sync done in 1.19s
`,
  ),

  netDoc(
    'net-librenms-docker-compose',
    ['config-syntax', 'precision'],
    'stacks/librenms/compose.yml',
    (k) => `name: librenms
services:
  db:
    image: mariadb:10.11
    environment:
      MYSQL_ALLOW_EMPTY_PASSWORD: "no"
      MYSQL_ROOT_PASSWORD: ${k.cpw()}
      MYSQL_DATABASE: librenms
      MYSQL_USER: librenms
      MYSQL_PASSWORD: ${k.cpw()}
    volumes: ["./db:/var/lib/mysql"]
  librenms:
    image: librenms/librenms:24.9.1
    environment:
      DB_HOST: db
      DB_NAME: librenms
      DB_USER: librenms
      DB_PASSWORD: "\${MYSQL_PASSWORD}"
      REDIS_HOST: redis
      REDIS_PASSWORD: ${k.n('')}
      TZ: Europe/Berlin
  snmptrapd:
    image: librenms/librenms:24.9.1
    environment:
      SIDECAR_SNMPTRAPD: "1"
      SNMP_COMMUNITY: ${k.comm()}
  oxidized:
    image: oxidized/oxidized:0.30.1
    environment:
      CONFIG_RELOAD_INTERVAL: 600
      OXIDIZED_GIT_URL: https://oxidized:${k.cs()}@git.telnord.example/net/configs.git
`,
  ),

  netDoc(
    'net-gitlab-ci-config-push',
    ['config-syntax', 'command-line', 'precision'],
    'network-configs/.gitlab-ci.yml',
    (k) => `stages: [lint, diff, deploy]

variables:
  ANSIBLE_HOST_KEY_CHECKING: "False"
  NET_USER: svc-ansible
  # NET_PASS comes from the protected CI variable

batfish:
  stage: lint
  image: batfish/allinone
  script:
    - python ci/batfish_checks.py --snapshot configs/

diff:
  stage: diff
  image: registry.telnord.example/netops/ansible:2.16
  script:
    - ansible-playbook push.yml --check --diff -e "ansible_password=$NET_PASS"

deploy:
  stage: deploy
  when: manual
  script:
    - ansible-playbook push.yml -e "ansible_password=$NET_PASS"
    - curl -s -X POST -H "Authorization: Token ${k.http(V.netboxToken(k.g))}" https://netbox.telnord.example/api/extras/journal-entries/ -d @journal.json
    # temporary until the runner gets vault access (ticket NET-811)
    - sshpass -p '${k.cpw()}' ssh -o StrictHostKeyChecking=no svc-ansible@10.0.0.11 'copy run start'
`,
  ),

  netDoc(
    'net-aws-vpn-downloaded-config',
    ['config-syntax', 'precision'],
    'vpn/aws/vpn-0a1b-cisco-ios.txt',
    (k) => `! Amazon Web Services
! Virtual Private Cloud
!
! AWS utilizes unique identifiers to manipulate the configuration of
! a VPN Connection. Each VPN Connection is assigned an identifier and is
! associated with two other identifiers, namely the
! Customer Gateway Identifier and Virtual Private Gateway Identifier.
!
! Your VPN Connection ID                  : vpn-${k.n(k.g.hex(17))}
! Your Virtual Private Gateway ID         : vgw-${k.n(k.g.hex(17))}
! Your Customer Gateway ID                : cgw-${k.n(k.g.hex(17))}
!
! IPSec Tunnel #1
! --------------------------------------------------------------------------------
! #1: Internet Key Exchange (IKE) Configuration
crypto isakmp policy 200
  encryption aes 128
  authentication pre-share
  group 2
  lifetime 28800
  hash sha
exit
crypto keyring keyring-vpn-${k.n(k.g.hex(8))}-0
  local-address 198.51.100.2
  pre-shared-key address 52.28.144.21 key ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 32))}
exit
! IPSec Tunnel #2
crypto keyring keyring-vpn-${k.n(k.g.hex(8))}-1
  local-address 198.51.100.2
  pre-shared-key address 52.28.160.9 key ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 32))}
exit
`,
  ),

  netDoc(
    'net-terraform-aws-vpn-tfvars',
    ['config-syntax', 'precision'],
    'terraform/aws-vpn/prod.auto.tfvars',
    (k) => `region             = "eu-central-1"
customer_gateway_ip = "198.51.100.2"
bgp_asn            = 64512
tunnel1_preshared_key = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 32))}"
tunnel2_preshared_key = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 32))}"
aws_access_key = "${k.n(V.awsId(k.g))}"
aws_secret_key = "${k.prov('AWS secret access key', V.awsSecret(k.g))}"
tags = { owner = "netops", cost_center = "${k.n(k.g.digits(5))}" }
`,
  ),

  netDoc(
    'net-cloudflare-magic-wan-script',
    ['code', 'command-line', 'precision'],
    'scripts/cf_gre_tunnels.py',
    (k) => `"""Lists Magic WAN GRE tunnels and their health checks."""
import requests

ACCOUNT_ID = "${k.n(k.g.hex(32))}"
API_TOKEN = "${k.prov('Cloudflare API token', V.cloudflareToken(k.g))}"

r = requests.get(
    f"https://api.cloudflare.com/client/v4/accounts/{ACCOUNT_ID}/magic/gre_tunnels",
    headers={"Authorization": f"Bearer {API_TOKEN}"},
    timeout=10,
)
r.raise_for_status()
for t in r.json()["result"]["gre_tunnels"]:
    print(t["name"], t["customer_gre_endpoint"], t["health_check"]["enabled"])
`,
  ),

  netDoc(
    'net-har-router-webui',
    ['logs-and-output', 'http-auth', 'precision'],
    'support/har/cpe-webui-login.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "128.0" },
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "http://192.168.1.1/cgi-bin/luci",
          "headers": [
            { "name": "Content-Type", "value": "application/x-www-form-urlencoded" },
            { "name": "Cookie", "value": "sysauth_http=${k.http(k.g.hex(32))}" }
          ],
          "postData": { "mimeType": "application/x-www-form-urlencoded", "text": "luci_username=root&luci_password=${k.s('password', V.urlPw(k.g))}" }
        },
        "response": { "status": 302, "headers": [ { "name": "Location", "value": "/cgi-bin/luci/;stok=${k.http(k.g.hex(32))}/admin/status" } ] }
      },
      {
        "request": {
          "method": "GET",
          "url": "http://192.168.1.1/api/system/info",
          "headers": [ { "name": "Authorization", "value": "Basic ${k.basic('admin')}" } ]
        },
        "response": { "status": 200, "content": { "text": "{\\"model\\":\\"GL-MT3000\\",\\"mac\\":\\"${k.n(V.mac(k.g))}\\"}" } }
      }
    ]
  }
}
`,
  ),

  netDoc(
    'net-opengear-console-server-cli',
    ['command-line', 'config-syntax', 'precision'],
    'oob/opengear-cm8100-config.sh',
    (k) => `#!/bin/sh
# Bootstrap for the Opengear CM8100 in FRA1 (ogcli, firmware 24.x)
ogcli update system/hostname hostname=\\"oob-fra1\\"
ogcli create user << 'END'
username="noc"
description="NOC shared"
enabled=true
no_password=false
password="${k.cpw()}"
groups[0]="admin"
END
ogcli update auth << 'END'
mode="radius"
radiusAuthenticationServers[0].hostname="10.10.0.40"
radiusPassword="${k.shared()}"
END
ogcli update port "ports-1" label=\\"dc1-core-01\\" mode=\\"consoleServer\\"
# cellular failover APN credentials
ogcli update cellmodem apn=\\"internet.m2m\\" username=\\"m2m\\" password=\\"${k.cpw()}\\"
`,
  ),

  netDoc(
    'net-python-ciscoconfparse-audit',
    ['code', 'precision'],
    'audit/find_plaintext_secrets.py',
    (k) => `"""Audit: flag type 0 and type 7 secrets in the Oxidized config repo."""
import re
from pathlib import Path

TYPE7 = re.compile(r"(?:password|key) 7 ([0-9A-F]+)")
TYPE0 = re.compile(r"(?:password|key|secret) 0 (\\S+)")
HASHED = ("secret 5 ", "secret 8 ", "secret 9 ")

def decode_type7(enc: str) -> str:
    xlat = "${k.n('dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87')}"
    seed = int(enc[:2])
    return "".join(chr(int(enc[i:i + 2], 16) ^ ord(xlat[(seed + i // 2 - 1) % len(xlat)])) for i in range(2, len(enc), 2))

for cfg in Path("configs").glob("*.cfg"):
    text = cfg.read_text()
    for m in TYPE0.finditer(text):
        print(f"{cfg.name}: cleartext secret ({len(m.group(1))} chars)")
    for m in TYPE7.finditer(text):
        print(f"{cfg.name}: type 7 -> decodes to {len(decode_type7(m.group(1)))} chars")

# sample from the test fixture: "password 7 ${k.u(V.cisco7(k.g))}"
`,
  ),

  netDoc(
    'net-gns3-eve-lab-readme',
    ['prose', 'command-line', 'precision'],
    'labs/evpn-lab/README.md',
    (k) => `# EVPN/VXLAN lab (EVE-NG)

Import \`evpn-lab.unl\` into EVE-NG. All nodes boot with the startup configs in \`configs/\`.

Lab credentials (lab only, not used anywhere else):
- vEOS / cEOS: \`admin\` / \`${k.cpw()}\`
- vMX: \`root\` / \`${k.cpw()}\`
- EVE-NG web UI: \`admin\` / \`${k.u('eve')}\` (default, lab VM on your laptop)

The cEOS images need \`INTFTYPE=eth\` and \`ETBA=1\`. Get them from arista.com with your account; the download
token in the URL (\`?token=\`) is personal, do not commit it — the one in our old README was
\`${k.s('http-auth', k.g.alnum(40))}\` and has been revoked.

\`\`\`
containerlab deploy -t evpn.clab.yml
docker exec -it clab-evpn-leaf1 Cli
\`\`\`
`,
  ),
];
