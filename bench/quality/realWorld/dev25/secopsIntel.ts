// Threat-intel and enrichment keys as analysts keep them: VirusTotal, Shodan, Censys, GreyNoise, AbuseIPDB, URLScan,
// OTX, MISP and TheHive/Cortex, in dotfiles, analyzer configs, notebooks and scripts, beside IOC lists full of hashes.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_INTEL_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-vt-cli-config',
    ['config-syntax', 'credential-file', 'precision'],
    'home/analyst/.vt.toml',
    (k) => `# vt-cli configuration
apikey = "${k.prov('VirusTotal API key', S.vtKey(k.g))}"
format = "yaml"
proxy = ""
# last lookup: ${k.n(S.sha256(k.g))}
`,
  ),
  sDoc(
    'secops-shodan-censys-dotfiles',
    ['credential-file', 'command-line', 'precision'],
    'notes/recon/setup.md',
    (k) => `# Recon box setup

\`\`\`bash
shodan init ${k.prov('Shodan API key', S.shodanKey(k.g))}
censys config   # API ID: ${k.u(k.g.uuid())}  Secret: ${k.prov('Censys API secret', S.censysSecret(k.g))}
export GREYNOISE_API_KEY=${k.prov('GreyNoise API key', S.greynoiseKey(k.g))}
export URLSCAN_API_KEY=\${URLSCAN_API_KEY:-}
\`\`\`

\`~/.config/shodan/api_key\` is created by \`shodan init\`; \`~/.config/censys/censys.cfg\` holds both values.
Target favicon hash for Shodan: \`http.favicon.hash:${k.n('-' + k.g.digits(9))}\`, JARM ${k.n(S.jarm(k.g))}.
`,
  ),
  sDoc(
    'secops-abuseipdb-enrich-py',
    ['code', 'http-auth', 'precision'],
    'soc/enrich/abuseipdb.py',
    (k) => `import requests

ABUSEIPDB_KEY = "${k.prov('AbuseIPDB API key', S.abuseipdbKey(k.g))}"

def check(ip: str) -> dict:
    r = requests.get(
        "https://api.abuseipdb.com/api/v2/check",
        headers={"Key": ABUSEIPDB_KEY, "Accept": "application/json"},
        params={"ipAddress": ip, "maxAgeInDays": 90},
        timeout=10,
    )
    return r.json()["data"]

if __name__ == "__main__":
    print(check("${S.pubIp(k.g)}"))  # C2 from ${k.n(S.ticket(k.g))}
`,
  ),
  sDoc(
    'secops-urlscan-curl',
    ['http-auth', 'command-line', 'precision'],
    'playbooks/phishing/urlscan-submit.md',
    (k) => `# Submit a reported phishing URL to urlscan.io (private visibility!)

\`\`\`
curl -X POST "https://urlscan.io/api/v1/scan/" \\
  -H "Content-Type: application/json" \\
  -H "API-Key: ${k.prov('urlscan.io API key', S.urlscanKey(k.g))}" \\
  -d '{"url": "https://${k.g.lower(8)}-login.example/o365/", "visibility": "private"}'
\`\`\`

Response gives a result UUID such as \`${k.n(k.g.uuid())}\` — that is the scan id, not a key.
`,
  ),
  sDoc(
    'secops-misp-pymisp-keys',
    ['code', 'config-syntax', 'precision'],
    'misp/scripts/keys.py',
    (k) => `#!/usr/bin/env python
# -*- coding: utf-8 -*-
# PyMISP keys file (copied from keys.py.sample)

misp_url = 'https://misp.cti.example'
misp_key = '${k.prov('MISP auth key', S.mispKey(k.g))}'  # user sync-bot@cti.example
misp_verifycert = True
misp_client_cert = ''
# key for the community instance (read-only):
misp_key_community = '${k.prov('MISP auth key', S.mispKey(k.g))}'
`,
  ),
  sDoc(
    'secops-misp-curl-event-export',
    ['http-auth', 'command-line', 'logs-and-output', 'precision'],
    'cti/howto/misp-export.md',
    (k) => `Export the last day's IDS-flagged attributes as CSV:

    curl -s -H "Authorization: ${k.prov('MISP auth key', S.mispKey(k.g))}" -H "Accept: application/json" \\
      https://misp.cti.example/attributes/restSearch/csv -d '{"last":"1d","to_ids":1}'

Output (excerpt):

    uuid,event_id,category,type,value,comment,to_ids,date
    ${k.n(k.g.uuid())},4412,Payload delivery,sha256,${k.n(S.sha256(k.g))},dropper,1,1772582400
    ${k.n(k.g.uuid())},4412,Network activity,domain,${k.n(S.defang(k.g))},C2,1,1772582400
    ${k.n(k.g.uuid())},4413,Network activity,ja3-fingerprint-md5,${k.n(S.ja3(k.g))},beacon TLS,1,1772596800
`,
  ),
  sDoc(
    'secops-thehive-cortex-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'thehive/conf/application.conf',
    (k) => `play.http.secret.key = "${k.s('token', k.g.alnum(64))}"

db.janusgraph {
  storage.backend = cql
  storage.hostname = ["cassandra01.soc.local"]
  storage.username = thehive
  storage.password = "${k.gpw()}"
}

cortex {
  servers = [
    {
      name = "cortex-soc"
      url = "https://cortex.soc.local:9001"
      auth { type = "bearer", key = "${k.prov('Cortex API key', S.hiveKey(k.g))}" }
    }
  ]
}

misp { interval: 1 hour, servers: [{ name = "cti", url = "https://misp.cti.example", auth { type = key, key = "${k.prov('MISP auth key', S.mispKey(k.g))}" } }] }
`,
  ),
  sDoc(
    'secops-cortex-analyzer-config-json',
    ['config-syntax', 'precision'],
    'cortex/exports/analyzers.json',
    (k) => `[
  {"name": "VirusTotal_GetReport_3_1", "configuration": {"key": "${k.prov('VirusTotal API key', S.vtKey(k.g))}", "polling_interval": 60, "auto_extract_artifacts": false}},
  {"name": "Shodan_Host_1_0", "configuration": {"key": "${k.prov('Shodan API key', S.shodanKey(k.g))}"}},
  {"name": "OTXQuery_2_0", "configuration": {"key": "${k.prov('AlienVault OTX API key', S.otxKey(k.g))}"}},
  {"name": "HIBP_Query_2_0", "configuration": {"key": "${k.ph()}", "unverified": true}},
  {"name": "GreyNoise_3_2", "configuration": {"key": "${k.prov('GreyNoise API key', S.greynoiseKey(k.g))}", "api_type": "community"}},
  {"name": "FileInfo_8_0", "configuration": {"manalyze_enable": false}, "id": "${k.n(k.g.hex(32))}"}
]
`,
  ),
  sDoc(
    'secops-thehive-python-case',
    ['code', 'http-auth', 'precision'],
    'soc/soar-lite/create_case.py',
    (k) => `import requests

THEHIVE = "https://thehive.soc.local"
HEADERS = {"Authorization": "Bearer ${k.prov('TheHive API key', S.hiveKey(k.g))}", "Content-Type": "application/json"}

case = {
    "title": "Phishing: credential harvest page",
    "severity": 2,
    "tags": ["phishing", "${S.mitre(k.g)}"],
    "observables": [{"dataType": "hash", "data": "${k.n(S.sha256(k.g))}"}, {"dataType": "domain", "data": "${k.n(S.defang(k.g))}"}],
}
print(requests.post(f"{THEHIVE}/api/v1/case", json=case, headers=HEADERS).json()["_id"])
# case ids look like ~${k.n(k.g.digits(8))}
`,
  ),
  sDoc('secops-ioc-list-hashes', ['precision'], 'cti/reports/2026-03-loader-campaign/iocs.csv', (k) => {
    const rows = Array.from({ length: 8 }, (_, i) =>
      i % 3 === 0 ? `sha256,${k.n(S.sha256(k.g))},loader stage ${i}` : i % 3 === 1 ? `md5,${k.n(S.md5(k.g))},dropped DLL` : `domain,${k.n(S.defang(k.g))},C2 (TLS, JA3 ${k.n(S.ja3(k.g))})`,
    );
    return `type,value,comment\n${rows.join('\n')}\nipv4,${S.pubIp(k.g)},staging server\nurl,hxxps://${S.defang(k.g)}/gate.php?id=${k.n(k.g.hex(16))},panel\n`;
  }),
  sDoc(
    'secops-jupyter-intel-notebook',
    ['code', 'precision'],
    'cti/notebooks/enrich.ipynb',
    (k) => `{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import vt, shodan\\n", "VT_KEY = \\"${k.prov('VirusTotal API key', S.vtKey(k.g))}\\"\\n", "api = shodan.Shodan(\\"${k.prov('Shodan API key', S.shodanKey(k.g))}\\")\\n"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["${k.n(S.sha256(k.g))} malicious=41/72\\n"]}],
   "source": ["client = vt.Client(VT_KEY)\\n", "f = client.get_object('/files/' + h)\\n"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
`,
  ),
  sDoc(
    'secops-opencti-docker-env',
    ['config-syntax', 'precision'],
    'opencti/.env',
    (k) => `OPENCTI_ADMIN_EMAIL=admin@cti.example
OPENCTI_ADMIN_PASSWORD=${k.spw()}
OPENCTI_ADMIN_TOKEN=${k.s('token', k.g.uuid())}
OPENCTI_BASE_URL=http://opencti:8080
MINIO_ROOT_USER=opencti
MINIO_ROOT_PASSWORD=${k.spw()}
RABBITMQ_DEFAULT_USER=opencti
RABBITMQ_DEFAULT_PASS=${k.spw()}
CONNECTOR_EXPORT_FILE_STIX_ID=${k.n(k.g.uuid())}
CONNECTOR_IMPORT_FILE_STIX_ID=${k.n(k.g.uuid())}
REDIS_URL=redis://:${k.cs()}@redis:6379/0
ELASTIC_MEMORY_SIZE=4G
`,
  ),
];
