// EDR, vulnerability-scanner and endpoint-telemetry tooling: CrowdStrike Falcon API clients, SentinelOne tokens,
// Tenable access/secret keys, Rapid7 and Qualys, osquery enroll secrets, Wazuh authd, Velociraptor configs.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_EDR_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-falconpy-script',
    ['code', 'precision'],
    'soc/scripts/contain_host.py',
    (k) => `#!/usr/bin/env python3
"""Network-contain a host from the SOAR fallback path when XSOAR is down."""
import sys
from falconpy import Hosts

falcon = Hosts(
    client_id="${k.u(S.csClientId(k.g))}",
    client_secret="${k.prov('CrowdStrike Falcon API client secret', S.csSecret(k.g))}",
    base_url="https://api.eu-1.crowdstrike.com",
)

aid = sys.argv[1]  # e.g. ${k.n(k.g.hex(32))}
resp = falcon.perform_action(action_name="contain", ids=[aid])
print(resp["status_code"], resp["body"].get("errors"))
`,
  ),
  sDoc(
    'secops-falcon-siem-connector-cfg',
    ['config-syntax', 'credential-file', 'precision'],
    'opt/crowdstrike/etc/cs.falconhoseclient.cfg',
    (k) => `[Settings]
version = 3
api_url = https://api.eu-1.crowdstrike.com/sensors/entities/datafeed/v2
request_token_url = https://api.eu-1.crowdstrike.com/oauth2/token
client_id = ${k.u(S.csClientId(k.g))}
client_secret = ${k.prov('CrowdStrike Falcon API client secret', S.csSecret(k.g))}
app_id = soc-siem-connector
partition = 0
offset = ${k.n(k.g.digits(9))}

[Proxy]
proxy_enable = false
proxy_host =
proxy_port =
proxy_user =
proxy_password = ${k.ph()}
`,
  ),
  sDoc(
    'secops-sentinelone-powershell',
    ['code', 'http-auth', 'precision'],
    'soc/scripts/Get-S1Threats.ps1',
    (k) => `# Daily export of unresolved SentinelOne threats for the SOC dashboard
$Console = "https://euce1-corp.sentinelone.net"
$ApiToken = "${k.prov('SentinelOne API token', S.s1Token(k.g))}"
$Headers = @{ Authorization = "ApiToken $ApiToken"; "Content-Type" = "application/json" }
$uri = "$Console/web/api/v2.1/threats?resolved=false&limit=100"
$threats = Invoke-RestMethod -Uri $uri -Headers $Headers -Method Get
$threats.data | Select-Object id, agentComputerName, threatName, @{n='sha1';e={$_.fileContentHash}} |
  Export-Csv -NoTypeInformation .\\s1-threats.csv
# site token for agent install (not an API credential): ${k.u(S.b64('{"url": "https://euce1-corp.sentinelone.net", "site_key": "' + k.g.hex(16) + '"}'))}
`,
  ),
  sDoc(
    'secops-tenable-pytenable',
    ['code', 'precision'],
    'vm/tenable/export_vulns.py',
    (k) => `from tenable.io import TenableIO

# service user "vm-export" (read-only scanner role)
tio = TenableIO(
    access_key="${k.u(S.tenableKey(k.g))}",
    secret_key="${k.prov('Tenable.io secret key', S.tenableKey(k.g))}",
    vendor="Corp", product="vm-export", build="1.4",
)

for vuln in tio.exports.vulns(severity=["critical", "high"], state=["open", "reopened"]):
    print(vuln["asset"]["hostname"], vuln["plugin"]["id"], vuln["plugin"]["cve"])
# plugin 19506 output hash: ${k.n(S.md5(k.g))}
`,
  ),
  sDoc(
    'secops-tenable-curl-xapikeys',
    ['http-auth', 'command-line', 'precision'],
    'vm/tenable/README.md',
    (k) => `# Tenable API quick checks

\`\`\`
curl -s -H "X-ApiKeys: accessKey=${k.u(S.tenableKey(k.g))};secretKey=${k.prov('Tenable.io secret key', S.tenableKey(k.g))};" https://cloud.tenable.com/scanners
\`\`\`

The Nessus scanner linking key (\`nessuscli managed link --key=...\`) is in the vault under
${k.n('secret/vm/tenable/linking-key')}; never paste it in tickets. Scan UUID for the weekly internal scan:
${k.n(k.g.uuid())}. Policy template UUID: ${k.n('731a8e52-3ea6-a291-ec0a-d2ff0619c19d7bd788d6be818b65')}.
`,
  ),
  sDoc(
    'secops-nessus-scan-creds-export',
    ['config-syntax', 'precision'],
    'vm/nessus/policies/internal-authenticated.nessus',
    (k) => `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>Internal authenticated</policyName>
<Preferences><ServerPreferences>
<preference><name>TARGET</name><value>10.0.0.0/16</value></preference>
</ServerPreferences>
<PluginsPreferences>
<item><pluginName>Login configurations</pluginName><preferenceName>SMB account :</preferenceName><selectedValue>svc_nessus</selectedValue></item>
<item><pluginName>Login configurations</pluginName><preferenceName>SMB password :</preferenceName><selectedValue>${k.gpw()}</selectedValue></item>
<item><pluginName>SSH settings</pluginName><preferenceName>SSH user name :</preferenceName><selectedValue>nessus</selectedValue></item>
<item><pluginName>SSH settings</pluginName><preferenceName>SSH password (unsafe!) :</preferenceName><selectedValue>${k.hpw()}</selectedValue></item>
<item><pluginName>SNMP settings</pluginName><preferenceName>Community name :</preferenceName><selectedValue>${k.n('public')}</selectedValue></item>
</PluginsPreferences></Preferences></Policy>
</NessusClientData_v2>
`,
  ),
  sDoc(
    'secops-rapid7-insightvm-env',
    ['config-syntax', 'precision'],
    'vm/rapid7/.env',
    (k) => `# InsightVM console and Insight platform
R7_CONSOLE_URL=https://ivm.corp.local:3780
R7_CONSOLE_USER=svc_ivm_api
R7_CONSOLE_PASSWORD=${k.spw()}
R7_INSIGHT_REGION=eu
R7_INSIGHT_API_KEY=${k.prov('Rapid7 Insight API key', S.rapid7Key(k.g))}
R7_ORG_ID=${k.n(k.g.uuid())}
R7_SITE_ID=${k.n(k.g.digits(2))}
`,
  ),
  sDoc(
    'secops-qualys-api-config',
    ['config-syntax', 'command-line', 'precision'],
    'vm/qualys/config.ini',
    (k) => `[info]
hostname = qualysapi.qg2.apps.qualys.eu
username = corp_ss2
password = ${k.spw()}
max_retries = 10

; curl equivalent used for debugging:
; curl -H "X-Requested-With: curl" -u "corp_ss2:${k.spw()}" "https://qualysapi.qg2.apps.qualys.eu/api/2.0/fo/scan/?action=list"
; scanner appliance activation code: ${k.u(k.g.digits(4) + '-' + k.g.digits(4) + '-' + k.g.digits(4))}
`,
  ),
  sDoc(
    'secops-osquery-flags',
    ['config-syntax', 'credential-file', 'precision'],
    'fleet/osquery/osquery.flags',
    (k) => `--tls_hostname=fleet.soc.example:443
--tls_server_certs=/etc/osquery/fleet.pem
--enroll_secret_path=/etc/osquery/enroll_secret
--host_identifier=uuid
--config_plugin=tls
--logger_plugin=tls
--enroll_tls_endpoint=/api/v1/osquery/enroll
# /etc/osquery/enroll_secret (copied here by mistake in the golden image):
# ${k.s('token', k.g.base64(32))}
`,
  ),
  sDoc(
    'secops-fleetdm-yaml',
    ['config-syntax', 'precision'],
    'fleet/gitops/default.yml',
    (k) => `org_settings:
  server_settings:
    server_url: https://fleet.soc.example
  secrets:
    - secret: ${k.s('token', k.g.base64(32))}
    - secret: $FLEET_GLOBAL_ENROLL_SECRET
agent_options:
  config:
    options:
      distributed_interval: 10
queries:
  - name: ssh_authorized_keys
    query: SELECT * FROM users CROSS JOIN authorized_keys USING (uid);
# example key found by the query: ${k.n(S.sshPub(k.g, 'unknown@attacker'))}
`,
  ),
  sDoc(
    'secops-wazuh-ossec-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'wazuh/agent/ossec.conf',
    (k) => `<ossec_config>
  <client>
    <server>
      <address>wazuh.soc.local</address>
      <port>1514</port>
      <protocol>tcp</protocol>
    </server>
    <enrollment>
      <enabled>yes</enabled>
      <manager_address>wazuh.soc.local</manager_address>
      <authorization_pass_path>etc/authd.pass</authorization_pass_path>
    </enrollment>
  </client>
  <syscheck>
    <directories check_all="yes" realtime="yes">/etc,/usr/bin</directories>
  </syscheck>
</ossec_config>
<!-- etc/authd.pass on the manager: ${k.gpw()} -->
<!-- deploy: WAZUH_MANAGER='wazuh.soc.local' WAZUH_REGISTRATION_PASSWORD='${k.spw()}' dpkg -i wazuh-agent_4.9.0-1_amd64.deb -->
`,
  ),
  sDoc(
    'secops-velociraptor-server-config',
    ['config-syntax', 'credential-file', 'precision'],
    'velociraptor/server.config.yaml',
    (k) => `version:
  name: velociraptor
  version: 0.72.4
Client:
  server_urls:
  - https://velo.ir.example:8000/
  ca_certificate: |
${S.certPem(k.g).replace(/^/gm, '    ')}
  nonce: ${k.n(k.g.base64(11) + '=')}
  writeback_linux: /etc/velociraptor.writeback.yaml
GUI:
  bind_address: 127.0.0.1
  bind_port: 8889
  gw_certificate: |
${S.certPem(k.g).replace(/^/gm, '    ')}
  gw_private_key: |
${k.key(S.pem(k.g, 'RSA PRIVATE KEY')).replace(/\n/g, '\n    ').replace(/^/, '    ')}
Frontend:
  hostname: velo.ir.example
  bind_port: 8000
Datastore:
  implementation: FileBaseDataStore
  location: /opt/velociraptor
`,
  ),
  sDoc(
    'secops-velociraptor-api-client',
    ['config-syntax', 'credential-file', 'precision'],
    'velociraptor/api.config.yaml',
    (k) => `ca_certificate: "${k.n('-----BEGIN CERTIFICATE-----\\nMIID' + k.g.base64(60) + '\\n-----END CERTIFICATE-----\\n')}"
client_cert: "-----BEGIN CERTIFICATE-----\\nMIID${k.g.base64(80)}\\n-----END CERTIFICATE-----\\n"
client_private_key: "${k.key('-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEA' + k.g.base64(300) + '\\n-----END RSA PRIVATE KEY-----')}\\n"
api_connection_string: velo.ir.example:8001
name: soar-hunts
`,
  ),
];
