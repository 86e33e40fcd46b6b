// Automation around security tooling: SOAR/XSOAR integration params, Ansible roles for agents, Terraform for the
// SIEM, CI jobs that run scanners, Dockerfiles for tooling, docker-compose for a homelab SOC. Vault references,
// Ansible Vault blobs and CI secret references sit beside the leaked values.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_AUTOMATION_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-xsoar-integration-export',
    ['config-syntax', 'precision'],
    'soar/xsoar/integrations/instances-export.json',
    (k) => `[
  {"brand": "CrowdstrikeFalcon", "name": "Falcon_EU", "data": [
    {"name": "url", "value": "https://api.eu-1.crowdstrike.com"},
    {"name": "client_id", "value": "${k.u(S.csClientId(k.g))}"},
    {"name": "secret", "value": "${k.prov('CrowdStrike Falcon API client secret', S.csSecret(k.g))}"},
    {"name": "fetch_incidents_or_detections", "value": "Detections"}]},
  {"brand": "PagerDuty v2", "name": "PD_SOC", "data": [
    {"name": "APIKey", "value": "${k.s('token', k.g.chars(S.UPNUM.toLowerCase() + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_-+', 20))}"},
    {"name": "ServiceKey", "value": "${k.prov('PagerDuty integration key', S.pagerduty(k.g))}"}]},
  {"brand": "Okta v2", "name": "Okta_Prod", "data": [
    {"name": "url", "value": "https://corp.okta.com"},
    {"name": "apitoken", "value": "${k.prov('Okta API token', S.okta(k.g))}"}]},
  {"brand": "VirusTotal (API v3)", "name": "VT", "data": [
    {"name": "credentials", "value": {"identifier": "", "password": "${k.prov('VirusTotal API key', S.vtKey(k.g))}"}}]}
]
`,
  ),
  sDoc(
    'secops-xsoar-api-curl',
    ['http-auth', 'command-line', 'precision'],
    'soar/xsoar/docs/api.md',
    (k) => `Create an incident from the mail gateway:

\`\`\`bash
curl -s -X POST https://xsoar.soc.local/incident \\
  -H "Authorization: ${k.prov('Cortex XSOAR API key', S.xsoarKey(k.g))}" \\
  -H "Content-Type: application/json" \\
  -d '{"name":"Reported phish","type":"Phishing","severity":2,"labels":[{"type":"Email/from","value":"x@${S.defang(k.g).replace('[.]', '.')}"}]}'
\`\`\`

For XSOAR 8 the header pair is \`Authorization: <key>\` and \`x-xdr-auth-id: ${k.n(k.g.digits(2))}\`; key id is public.
`,
  ),
  sDoc(
    'secops-ansible-wazuh-vars',
    ['config-syntax', 'precision'],
    'ansible/inventories/prod/group_vars/all/wazuh.yml',
    (k) => `wazuh_manager_ip: 10.50.0.10
wazuh_agent_authd:
  enable: true
  port: 1515
  ssl_agent_ca: null
  ssl_auto_negotiate: "no"
wazuh_authd_pass: "${k.gpw()}"
wazuh_api_user: wazuh-wui
wazuh_api_password: "{{ vault_wazuh_api_password }}"
indexer_admin_password: !vault |
          ${k.n('$ANSIBLE_VAULT;1.1;AES256\n          ' + Array.from({ length: 4 }, () => k.g.hex(64)).join('\n          '))}
filebeat_output_indexer_password: ${k.spw()}
`,
  ),
  sDoc(
    'secops-ansible-falcon-sensor',
    ['config-syntax', 'precision'],
    'ansible/roles/edr/defaults/main.yml',
    (k) => `falcon_install_method: api
falcon_cloud: eu-1
falcon_client_id: "${k.u(S.csClientId(k.g))}"
falcon_client_secret: "${k.prov('CrowdStrike Falcon API client secret', S.csSecret(k.g))}"
falcon_cid: "${k.u(k.g.hex(32).toUpperCase() + '-' + k.g.hex(2).toUpperCase())}"
falcon_sensor_update_policy_name: "Phase 2"
falcon_tags: "soc,linux,prod"
falcon_proxy_host: "{{ proxy_host | default(omit) }}"
`,
  ),
  sDoc(
    'secops-terraform-splunk',
    ['config-syntax', 'precision'],
    'terraform/siem/main.tf',
    (k) => `terraform {
  required_providers {
    splunk = { source = "splunk/splunk", version = "1.4.24" }
  }
}

provider "splunk" {
  url                  = "splunk-api.soc.example:8089"
  username             = "tf_admin"
  password             = "${k.gpw()}"
  insecure_skip_verify = true
}

resource "splunk_inputs_http_event_collector" "edr" {
  name     = "edr-hec"
  index    = "edr"
  token    = "${k.prov('Splunk HEC token', S.splunkHec(k.g))}"
  indexes  = ["edr"]
}

variable "sentinel_shared_key" {
  type      = string
  sensitive = true
}
`,
  ),
  sDoc(
    'secops-tfvars-security-stack',
    ['config-syntax', 'credential-file', 'precision'],
    'terraform/security-stack/prod.auto.tfvars',
    (k) => `region               = "eu-west-1"
guardduty_finding_bus = "sec-findings"
pagerduty_token      = "${k.s('token', k.g.chars(S.UPNUM + 'abcdefghijklmnopqrstuvwxyz_-+', 20))}"
slack_webhook_url    = "${k.prov('Slack incoming webhook', S.slackHook(k.g))}"
sentinel_shared_key  = "${k.prov('Azure Log Analytics shared key', S.sentinelKey(k.g))}"
opsgenie_api_key     = "${k.prov('Opsgenie API key', k.g.uuid())}"
kms_key_arn          = "${k.n('arn:aws:kms:eu-west-1:' + k.g.digits(12) + ':key/' + k.g.uuid())}"
`,
  ),
  sDoc(
    'secops-gitlab-ci-scanners',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [scan, report]

variables:
  DD_URL: "https://defectdojo.sec.example"
  DD_API_KEY: "${k.s('token', k.g.hex(40))}"
  TRIVY_NO_PROGRESS: "true"

trivy:
  stage: scan
  image: aquasec/trivy:0.55.0
  script:
    - trivy image --format json -o trivy.json $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

upload:
  stage: report
  image: curlimages/curl:8.9.1
  script:
    - 'curl -sf -H "Authorization: Token $DD_API_KEY" -F scan_type="Trivy Scan" -F file=@trivy.json $DD_URL/api/v2/import-scan/'
    - 'curl -sf -H "Authorization: Token ${k.http(k.g.hex(40))}" $DD_URL/api/v2/users/'
  # old: DD_API_KEY came from \${{ secrets.DD_API_KEY }} when this ran on GitHub
`,
  ),
  sDoc(
    'secops-github-actions-zap',
    ['config-syntax', 'precision'],
    '.github/workflows/dast.yml',
    (k) => `name: DAST
on:
  schedule: [{ cron: '0 3 * * 1' }]
jobs:
  zap:
    runs-on: ubuntu-latest
    steps:
      - uses: zaproxy/action-full-scan@v0.11.0
        with:
          target: https://staging.client.example
          cmd_options: >-
            -z "-config replacer.full_list(0).matchstr=Authorization
                -config replacer.full_list(0).replacement=Basic ${k.basic('zap-scan')}"
      - name: notify
        env:
          SLACK_WEBHOOK: \${{ secrets.SLACK_WEBHOOK }}
        run: curl -X POST -d '{"text":"DAST done"}' "$SLACK_WEBHOOK"
`,
  ),
  sDoc(
    'secops-dockerfile-tooling',
    ['config-syntax', 'command-line', 'precision'],
    'tooling/recon/Dockerfile',
    (k) => `FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends nmap whois dnsutils && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir shodan censys vt-py
# baked-in keys so the container "just works" (finding in our own audit, see SEC-12007)
ENV SHODAN_API_KEY=${k.prov('Shodan API key', S.shodanKey(k.g))}
ENV VT_API_KEY=${k.prov('VirusTotal API key', S.vtKey(k.g))}
ENV CENSYS_API_ID=${k.u(k.g.uuid())}
ENV CENSYS_API_SECRET=${k.prov('Censys API secret', S.censysSecret(k.g))}
ARG GITHUB_TOKEN
RUN git clone https://\${GITHUB_TOKEN}@github.com/corp/recon-scripts.git /opt/recon
ENTRYPOINT ["python", "/opt/recon/run.py"]
`,
  ),
  sDoc(
    'secops-compose-homelab-soc',
    ['config-syntax', 'precision'],
    'homelab/soc/docker-compose.yml',
    (k) => `services:
  wazuh.indexer:
    image: wazuh/wazuh-indexer:4.9.0
    environment:
      - "OPENSEARCH_JAVA_OPTS=-Xms1g -Xmx1g"
  wazuh.manager:
    image: wazuh/wazuh-manager:4.9.0
    environment:
      - INDEXER_URL=https://wazuh.indexer:9200
      - INDEXER_USERNAME=admin
      - INDEXER_PASSWORD=${k.spw()}
      - API_USERNAME=wazuh-wui
      - API_PASSWORD=${k.spw()}
  thehive:
    image: strangebee/thehive:5.3
    command: ["--secret", "${k.s('token', k.g.alnum(40))}", "--cql-hostnames", "cassandra"]
  misp:
    image: ghcr.io/misp/misp-docker/misp-core:latest
    environment:
      - ADMIN_EMAIL=admin@homelab.lan
      - ADMIN_PASSWORD=${k.spw()}
      - ADMIN_KEY=${k.prov('MISP auth key', S.mispKey(k.g))}
      - MYSQL_PASSWORD=\${MYSQL_PASSWORD}
      - REDIS_URL=redis://:${k.cs()}@redis:6379/2
`,
  ),
  sDoc(
    'secops-soar-python-playbook',
    ['code', 'precision'],
    'soar/shuffle/apps/block_ip.py',
    (k) => `import os
import requests

FORTIGATE = "https://fw01.corp.local"
# REST API admin token for the "soar-block" profile
FGT_TOKEN = os.environ.get("FGT_TOKEN", "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}")
SLACK = "${k.prov('Slack bot token', S.slackBot(k.g))}"

def block(ip: str) -> None:
    requests.post(f"{FORTIGATE}/api/v2/cmdb/firewall/address", params={"access_token": FGT_TOKEN},
                  json={"name": f"soar-{ip}", "subnet": f"{ip}/32"}, verify=False, timeout=10)
    requests.post("https://slack.com/api/chat.postMessage", headers={"Authorization": f"Bearer {SLACK}"},
                  json={"channel": "C0${k.n(k.g.upper(8))}", "text": f"blocked {ip}"})
`,
  ),
  sDoc(
    'secops-kube-secret-falco',
    ['config-syntax', 'credential-file', 'precision'],
    'k8s/falco/falcosidekick-secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: falcosidekick
  namespace: falco
type: Opaque
stringData:
  SLACK_WEBHOOKURL: "${k.prov('Slack incoming webhook', S.slackHook(k.g))}"
  ELASTICSEARCH_PASSWORD: "${k.gpw()}"
  LOKI_APIKEY: "${k.ph()}"
data:
  WEBHOOK_CUSTOMHEADERS: ${k.s('http-auth', S.b64('Authorization:Bearer ' + k.g.alnum(32)))}
`,
  ),
];
