// Research web services without a documented key prefix, as scripts and configs carry their keys: literature APIs
// (Elsevier, Springer, Semantic Scholar, CORE, IEEE), biology (BioPortal, OMIM, BaseSpace, Seven Bridges, DNAnexus,
// Synapse, protocols.io), earth observation (NASA, NOAA, Planet, Sentinel Hub, Materials Project), lab web apps.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_SERVICE_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-literature-keys-yaml',
    ['config-syntax', 'precision'],
    'litreview/config.yaml',
    (k) => `# keys for the systematic review harvester
elsevier:
  api_key: ${k.hex(32)}
  insttoken: ${k.hex(32)}
springer:
  api_key: ${k.hex(32)}
semantic_scholar:
  api_key: ${k.s('token', k.g.alnum(40))}
core:
  api_key: ${k.s('token', k.g.alnum(32))}
ieee:
  apikey: ${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24))}
crossref:
  mailto: review-bot@lab-example.org
  plus_token: ${k.n('${CROSSREF_PLUS_TOKEN}')}
query: '("single cell" OR scRNA-seq) AND retina'
since: 2015
`,
  ),

  labDoc(
    'lab-bioportal-omim-python',
    ['code', 'precision'],
    'annotation/ontology_lookup.py',
    (k) => `import requests

BIOPORTAL_API_KEY = "${k.s('token', k.g.uuid())}"
OMIM_API_KEY = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 22))}"
DISGENET_KEY = "${k.hex(40)}"
HPO_RELEASE = "v2024-04-26"
EXAMPLE_TERM = "${k.n('HP:0000479')}"  # abnormality of the retina


def bioportal(term):
    r = requests.get("https://data.bioontology.org/search", params={"q": term, "apikey": BIOPORTAL_API_KEY})
    return r.json()["collection"]


def omim(mim):
    return requests.get("https://api.omim.org/api/entry", params={"mimNumber": mim, "apiKey": OMIM_API_KEY, "format": "json"}).json()
`,
  ),

  labDoc(
    'lab-basespace-cfg',
    ['credential-file', 'config-syntax'],
    '.basespace/default.cfg',
    (k) => `apiServer   = https://api.euc1.sh.basespace.illumina.com
accessToken = ${k.hex(32)}
`,
  ),

  labDoc(
    'lab-sevenbridges-dnanexus',
    ['credential-file', 'command-line'],
    'notes/cloud-genomics-platforms.md',
    (k) => `## Seven Bridges (CGC)
\`~/.sevenbridges/credentials\`:
\`\`\`
[cgc]
api_endpoint = https://cgc-api.sbgenomics.com/v2
auth_token = ${k.hex(32)}
\`\`\`

## DNAnexus
\`dx login --token ${k.s('token', k.g.alnum(32))} --noprojects\`

## Terra
Uses Google auth (\`gcloud auth login\`), nothing to store.

## Synapse
\`~/.synapseConfig\`:
\`\`\`
[authentication]
username = m.novak
authtoken = ${k.s('token', 'eyJ0eXAiOiJKV1QiLCJraWQiOiJXN05OOldMSlQ6SjVSSzpMN1RMOlQ3TDc6M1ZYNjpKRU9VOjY0NFI6VTNJWDo1S1oyOjdaQ0s6RlBUSCIsImFsZyI6IlJTMjU2In0.' + k.g.base64url(180) + '.' + k.g.base64url(342))}
\`\`\`
`,
  ),

  labDoc(
    'lab-earth-observation-env',
    ['config-syntax'],
    'eo-pipeline/.env',
    (k) => `# Earth observation pipeline
NASA_API_KEY=${k.s('token', k.g.alnum(40))}
NOAA_CDO_TOKEN=${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 32))}
PL_API_KEY=${k.hex(32)}
SH_CLIENT_ID=${k.n(k.g.uuid())}
SH_CLIENT_SECRET=${k.s('token', k.g.alnum(40))}
OPENWEATHER_API_KEY=${k.hex(32)}
MP_API_KEY=${k.s('token', k.g.alnum(32))}
EARTHDATA_USERNAME=mlopez_geo
EARTHDATA_PASSWORD=${k.spw()}
AOI_GEOJSON=data/aoi_alps.geojson
`,
  ),

  labDoc(
    'lab-materials-project-notebook',
    ['code'],
    'notebooks/perovskites.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from mp_api.client import MPRester\\n",
    "with MPRester(\\"${k.s('token', k.g.alnum(32))}\\") as mpr:\\n",
    "    docs = mpr.materials.summary.search(elements=[\\"Cs\\", \\"Pb\\", \\"I\\"], band_gap=(1.0, 2.0))\\n",
    "print(len(docs))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import openai\\n",
    "openai.api_key = \\"${k.prov('OpenAI', V.openai(k.g))}\\"\\n",
    "ids = [d.material_id for d in docs]  # e.g. ${k.n('mp-' + k.g.digits(6))}"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  labDoc(
    'lab-protocols-io-webhook',
    ['code', 'http-auth'],
    'integrations/protocols_sync.js',
    (k) => `// Sync protocols.io protocols into the lab wiki (runs as a cron on the wiki server)
const fetch = require('node-fetch');

const PROTOCOLS_TOKEN = '${k.hex(64)}';
const WIKI_BOT_PASSWORD = '${k.spw()}';
const WEBHOOK_SECRET = '${k.tok()}';

async function main() {
  const res = await fetch('https://www.protocols.io/api/v3/session/protocols', {
    headers: { Authorization: 'Bearer ' + PROTOCOLS_TOKEN },
  });
  const list = await res.json();
  await fetch('https://wiki.lab-example.org/api.php', {
    method: 'POST',
    headers: { Authorization: 'Basic ${k.basic('wikibot')}' },
    body: JSON.stringify(list.items.map((p) => ({ id: p.id, doi: p.doi }))),
  });
}
main();
`,
  ),

  labDoc(
    'lab-flask-booking-app',
    ['code', 'defaults-in-code'],
    'booking/app.py',
    (k) => `"""Microscope booking app (Flask) — runs on the facility VM."""
import os
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("BOOKING_SECRET", "${k.hex(32)}")
app.config["SQLALCHEMY_DATABASE_URI"] = "mysql+pymysql://booking:${k.cs()}@localhost/booking"
app.config["LDAP_BIND_PASSWORD"] = "${k.spw()}"
app.config["MAIL_PASSWORD"] = os.environ["MAIL_PASSWORD"]
app.config["CALENDAR_ICS_TOKEN"] = "${k.s('token', k.g.base64url(32))}"
app.config["MAX_BOOKING_HOURS"] = 8
`,
  ),

  labDoc(
    'lab-gitlab-ci-hpc',
    ['config-syntax', 'command-line'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, deploy]

variables:
  HPC_HOST: login.kepler.hpc.local
  HPC_USER: svc-ci
  SLURM_REST_TOKEN: "${k.s('token', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + k.g.base64url(70) + '.' + k.g.base64url(43))}"
  PIP_EXTRA_INDEX_URL: https://__token__:${k.cs()}@gitlab.lab-example.org/api/v4/projects/12/packages/pypi/simple

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e .[test]
    - pytest -q

deploy:
  stage: deploy
  script:
    - curl -s -H "X-SLURM-USER-NAME: svc-ci" -H "X-SLURM-USER-TOKEN: $SLURM_REST_TOKEN" https://slurmrest.hpc.local/slurm/v0.0.40/jobs
    - sshpass -p "${k.spw()}" scp dist/*.whl $HPC_USER@$HPC_HOST:/opt/apps/wheels/
  only: [main]
`,
  ),

  labDoc(
    'lab-slurmrestd-token-output',
    ['logs-and-output', 'command-line'],
    'notes/slurmrestd.txt',
    (k) => `$ scontrol token username=svc-ci lifespan=86400
SLURM_JWT=${k.s('token', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + k.g.base64url(70) + '.' + k.g.base64url(43))}
$ export $(scontrol token)
$ curl -s -H "X-SLURM-USER-NAME: $USER" -H "X-SLURM-USER-TOKEN: $SLURM_JWT" http://slurmrest:6820/slurm/v0.0.40/diag | jq .statistics.jobs_running
412
# the JWT signing key lives in /var/spool/slurm/statesave/jwt_hs256.key (generated with dd if=/dev/random bs=32 count=1)
`,
  ),

  labDoc(
    'lab-grafana-api-key-script',
    ['code', 'command-line'],
    'monitoring/provision_dashboards.sh',
    (k) => `#!/bin/bash
# push the cluster dashboards to Grafana
GRAFANA=https://grafana.hpc.local
TOKEN=${k.prov('Grafana', V.grafanaSa(k.g))}
for f in dashboards/*.json; do
  curl -s -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
       -d "{\\"dashboard\\": $(cat $f), \\"overwrite\\": true}" $GRAFANA/api/dashboards/db
done
# legacy instance still on API keys
curl -s -H "Authorization: Bearer ${k.prov('Grafana', 'eyJrIjoi' + k.g.base64(48).replace(/[+/=]/g, 'x') + 'IiwibiI6ImNpIiwiaWQiOjF9')}" https://grafana-old.hpc.local/api/search
`,
  ),

  labDoc(
    'lab-influx-telegraf-conf',
    ['config-syntax'],
    'etc/telegraf/telegraf.d/lab.conf',
    (k) => `[[outputs.influxdb_v2]]
  urls = ["https://influx.lab-example.org"]
  token = "${k.s('token', k.g.base64url(64).replace(/=+$/, '') + '==')}"
  organization = "lab"
  bucket = "cluster"

[[inputs.ipmi_sensor]]
  servers = ["ADMIN:${k.cs()}@lan(bmc-cn001)"]
  interval = "60s"

[[inputs.mqtt_consumer]]
  servers = ["tcp://mqtt.lab-example.org:1883"]
  topics = ["freezers/#"]
  username = "telegraf"
  password = "${k.spw()}"
`,
  ),

  labDoc(
    'lab-freezer-alarm-config',
    ['config-syntax', 'prose'],
    'freezer-monitor/config.toml',
    (k) => `# -80 freezer alarm (Raspberry Pi in room 3.07)
[sensor]
port = "/dev/ttyACM0"
threshold_c = -70

[notify.sms]
provider = "sms-gateway"
api_key = "${k.tok()}"
numbers = ["+49 151 0000000", "+49 160 0000000"]

[notify.email]
smtp = "mail.uni-example.de:587"
user = "freezer-alarm"
password = "${k.hpw()}"

[notify.telegram]
bot_token = "${k.prov('Telegram', k.g.digits(10) + ':AA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33))}"
chat_id = ${k.n('-100' + k.g.digits(10))}
`,
  ),

  labDoc(
    'lab-keycloak-client-json',
    ['credential-file', 'precision'],
    'ood/keycloak-ondemand-client.json',
    (k) => `{
  "realm": "hpc",
  "auth-server-url": "https://keycloak.uni-example.edu/",
  "ssl-required": "external",
  "resource": "ondemand",
  "verify-token-audience": true,
  "credentials": {
    "secret": "${k.s('token', k.g.alnum(32))}"
  },
  "use-resource-role-mappings": true,
  "confidential-port": 0,
  "policy-enforcer": {},
  "public-key-pin": "${k.n(k.g.base64(44))}"
}
`,
  ),
];
