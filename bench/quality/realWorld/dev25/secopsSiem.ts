// SIEM configuration as detection engineers keep it: Splunk inputs/outputs and HEC, Elastic output and API keys,
// Sentinel / Log Analytics workspace keys, QRadar SEC tokens, syslog forwarders. Workspace ids, index names, UUIDs of
// rules and saved searches are not secrets.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_SIEM_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-splunk-hec-inputs-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'splunk/etc/apps/soc_hec/local/inputs.conf',
    (k) => `[http]
disabled = 0
port = 8088
enableSSL = 1

[http://edr_events]
disabled = 0
token = ${k.prov('Splunk HEC token', S.splunkHec(k.g))}
index = edr
sourcetype = crowdstrike:events:sensor

[http://firewall_syslog]
disabled = 1
token = ${k.prov('Splunk HEC token', S.splunkHec(k.g))}
index = netfw

[monitor:///var/log/suricata/eve.json]
index = ids
sourcetype = suricata
`,
  ),
  sDoc(
    'secops-splunk-outputs-server-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'splunk/uf/etc/system/local/outputs-server.conf',
    (k) => `# outputs.conf
[tcpout]
defaultGroup = soc_indexers

[tcpout:soc_indexers]
server = idx01.soc.local:9997, idx02.soc.local:9997
sslPassword = ${k.n('$7$' + k.g.base64(60) + '==')}
useACK = true

# server.conf
[general]
serverName = uf-dc01
pass4SymmKey = ${k.hpw()}

[sslConfig]
sslPassword = ${k.n('$7$' + k.g.base64(60) + '==')}

[deployment-client]
targetUri = ds01.soc.local:8089
`,
  ),
  sDoc(
    'secops-splunk-curl-hec-test',
    ['command-line', 'http-auth', 'precision'],
    'docs/siem/hec-smoke-test.md',
    (k) => `# HEC smoke test

\`\`\`bash
curl -k https://splunk-hec.soc.example:8088/services/collector/event \\
  -H "Authorization: Splunk ${k.prov('Splunk HEC token', S.splunkHec(k.g))}" \\
  -d '{"event": "hec test from runbook", "sourcetype": "manual", "index": "sandbox"}'
# {"text":"Success","code":0}

curl -k -H "Authorization: Bearer ${k.prov('Splunk auth token', S.splunkJwt(k.g))}" \\
  "https://splunk-api.soc.example:8089/services/search/jobs/export" -d search="search index=edr | head 5"
\`\`\`

For other environments use \`-H "Authorization: Splunk $HEC_TOKEN"\` (token in ${k.n('vault:kv/soc/splunk/hec')}).
Example ack channel id: ${k.n(k.g.uuid().toUpperCase())}.
`,
  ),
  sDoc(
    'secops-elastic-filebeat-yml',
    ['config-syntax', 'credential-file', 'precision'],
    'ansible/roles/filebeat/files/filebeat.yml',
    (k) => `filebeat.inputs:
  - type: filestream
    id: zeek-conn
    paths: [/opt/zeek/logs/current/conn.log]

output.elasticsearch:
  hosts: ["https://es01.soc.local:9200", "https://es02.soc.local:9200"]
  api_key: "${k.n(k.g.base64url(20))}:${k.prov('Elastic API key', k.g.base64url(22))}"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
  ssl.ca_trusted_fingerprint: "${k.n(S.sha256(k.g).toUpperCase())}"

setup.kibana:
  host: "https://kibana.soc.local:5601"
  username: "filebeat_setup"
  password: "${k.gpw()}"

cloud.id: "${k.n('soc-prod:' + S.b64('europe-west3.gcp.cloud.es.io$' + k.g.hex(32) + '$' + k.g.hex(32)))}"
`,
  ),
  sDoc(
    'secops-elastic-api-key-response',
    ['logs-and-output', 'http-auth', 'precision'],
    'docs/siem/elastic-create-key.md',
    (k) => `Created the ingest key for the Velociraptor→Elastic pipeline:

\`\`\`
POST /_security/api_key
{ "name": "velo-ingest", "role_descriptors": { "velo": { "index": [ { "names": ["velo-*"], "privileges": ["create_doc"] } ] } } }

{
  "id" : "${k.n(k.g.base64url(20))}",
  "name" : "velo-ingest",
  "api_key" : "${k.prov('Elastic API key', k.g.base64url(22))}",
  "encoded" : "${k.prov('Elastic API key', S.elasticKey(k.g))}"
}
\`\`\`

Use it as \`Authorization: ApiKey <encoded>\`. Test:
\`curl -H "Authorization: ApiKey ${k.http(S.elasticKey(k.g))}" https://es01.soc.local:9200/_security/_authenticate\`
`,
  ),
  sDoc(
    'secops-sentinel-workspace-agent',
    ['config-syntax', 'command-line', 'precision'],
    'sentinel/onboarding/linux-agent.md',
    (k) => `# Onboarding a Linux syslog forwarder to Sentinel (legacy OMS agent)

Workspace ID: \`${k.n(k.g.uuid())}\` (Log Analytics "law-soc-weu")
Subscription: \`${k.n(k.g.uuid())}\`

\`\`\`bash
wget https://raw.githubusercontent.com/Microsoft/OMS-Agent-for-Linux/master/installer/scripts/onboard_agent.sh
sh onboard_agent.sh -w ${k.n(k.g.uuid())} -s ${k.prov('Azure Log Analytics shared key', S.sentinelKey(k.g))} -d opinsights.azure.com
\`\`\`

Secondary key (rotate monthly): ${k.prov('Azure Log Analytics shared key', S.sentinelKey(k.g))}
The Data Collector API signature is \`SharedKey <workspace-id>:<base64 HMAC>\`; the HMAC changes per request.
`,
  ),
  sDoc(
    'secops-sentinel-logicapp-json',
    ['config-syntax', 'precision'],
    'sentinel/playbooks/Notify-Teams/azuredeploy.parameters.json',
    (k) => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "PlaybookName": { "value": "SOC-Notify-Teams" },
    "WorkspaceId": { "value": "${k.n(k.g.uuid())}" },
    "WorkspaceKey": { "value": "${k.prov('Azure Log Analytics shared key', S.sentinelKey(k.g))}" },
    "ClientId": { "value": "${k.n(k.g.uuid())}" },
    "ClientSecret": { "value": "${k.prov('Azure AD client secret', S.azureSecret(k.g))}" },
    "TenantId": { "value": "${k.n(k.g.uuid())}" },
    "TeamsChannelId": { "value": "${k.n('19:' + k.g.hex(32) + '@thread.tacv2')}" }
  }
}
`,
  ),
  sDoc(
    'secops-qradar-api-python',
    ['code', 'http-auth', 'precision'],
    'soc/scripts/qradar_offenses.py',
    (k) => `"""Pull open offenses from QRadar into the shift report."""
import requests

QRADAR = "https://qradar.soc.local"
SEC_TOKEN = "${k.prov('QRadar SEC token', S.qradarSec(k.g))}"  # authorized service "shift-report"

def open_offenses():
    r = requests.get(
        f"{QRADAR}/api/siem/offenses",
        headers={"SEC": SEC_TOKEN, "Version": "19.0", "Accept": "application/json"},
        params={"filter": "status=OPEN"},
        verify="/etc/ssl/qradar-ca.pem",
    )
    r.raise_for_status()
    return r.json()

# rule UUID for "Excessive Failed Logins": ${k.n(k.g.uuid())}
`,
  ),
  sDoc(
    'secops-qradar-curl-ticket',
    ['http-auth', 'command-line', 'prose', 'precision'],
    'tickets/SOC-4411.txt',
    (k) => `SOC-4411 — QRadar reference set not updating

Steps tried by L2:
curl -s -k -X POST -H 'SEC: ${k.prov('QRadar SEC token', S.qradarSec(k.g))}' -H 'Version: 19.0' \\
  'https://qradar.soc.local/api/reference_data/sets/bulk_load/ioc_ips' -d '["${S.pubIp(k.g)}","${S.pubIp(k.g)}"]'
→ 401 {"http_response":{"code":401,"message":"Unauthorized"},"code":27,"description":"Invalid token"}

Root cause: token was revoked during the admin rotation (old token ending …${k.n(k.g.hex(4))}). New token created
by the QRadar admin and stored in the vault; do not paste it here again.
`,
  ),
  sDoc(
    'secops-logstash-pipeline-conf',
    ['config-syntax', 'precision'],
    'logstash/pipeline/edr-to-es.conf',
    (k) => `input {
  http { port => 8443 ssl => true ssl_certificate => "/etc/logstash/certs/ls.crt" ssl_key => "/etc/logstash/certs/ls.key"
         user => "edr_push" password => "${k.gpw()}" }
}
filter {
  fingerprint { source => ["aid","timestamp"] target => "[@metadata][doc_id]" method => "SHA1" key => "${k.s('token', k.g.hex(32))}" }
  mutate { remove_field => ["headers"] }
}
output {
  elasticsearch {
    hosts => ["https://es01.soc.local:9200"]
    user => "logstash_writer"
    password => "\${LS_WRITER_PW}"
    index => "edr-%{+YYYY.MM.dd}"
    document_id => "%{[@metadata][doc_id]}"
  }
}
# ${k.n('${LS_WRITER_PW}')} comes from the keystore (logstash-keystore add LS_WRITER_PW)
`,
  ),
  sDoc(
    'secops-syslog-ng-tls-forwarder',
    ['config-syntax', 'credential-file', 'precision'],
    'syslog-ng/conf.d/forward-siem.conf',
    (k) => `destination d_siem {
  network("siem-collector.soc.example" port(6514) transport("tls")
    tls(key-file("/etc/syslog-ng/tls/client.key") cert-file("/etc/syslog-ng/tls/client.crt")
        ca-dir("/etc/syslog-ng/ca.d") peer-verify(required-trusted))
  );
};
# client.key was pasted below during troubleshooting (ticket ${S.ticket(k.g)}) and must be re-issued:
# ${k.n('sha1 fingerprint ' + S.thumbprint(k.g))}
/*
${k.key(S.pem(k.g, 'EC PRIVATE KEY'))}
*/
log { source(s_local); destination(d_siem); };
`,
  ),
  sDoc(
    'secops-graylog-server-conf',
    ['config-syntax', 'precision'],
    'graylog/server.conf',
    (k) => `is_leader = true
node_id_file = /etc/graylog/server/node-id
password_secret = ${k.s('token', k.g.alnum(96))}
root_username = admin
root_password_sha2 = ${k.n(S.sha256(k.g))}
root_email = "soc@corp.example"
http_bind_address = 0.0.0.0:9000
elasticsearch_hosts = https://graylog:${k.cs()}@os01.soc.local:9200
mongodb_uri = mongodb://graylog:${k.cs()}@mongo01.soc.local:27017/graylog
`,
  ),
];
