// Research databases and data platforms: LIMS on PostgreSQL/MySQL, REDCap API calls, OMERO, LabKey, Benchling,
// ELN exports, pgpass and my.cnf files, Django settings of a lab web app.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_DATABASE_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-redcap-curl-readme',
    ['command-line', 'http-auth', 'precision'],
    'docs/redcap-export.md',
    (k) => `# Exporting records from REDCap

\`\`\`bash
curl -s -X POST https://redcap.hospital-example.org/api/ \\
  -d token=${k.prov('REDCap', V.redcap(k.g))} \\
  -d content=record -d format=csv -d type=flat \\
  -d 'fields[0]=record_id' -d 'fields[1]=visit_date' > export.csv
\`\`\`

Use your own token (Applications → API). The token in the template \`export.sh\` is ${k.n('YOUR_REDCAP_TOKEN')} and must stay so.
Record ids look like \`${k.n('1187-' + k.g.digits(4))}\`; the project id is 1187.
`,
  ),

  labDoc(
    'lab-pgpass',
    ['credential-file'],
    '.pgpass',
    (k) => `lims-db.genomics.local:5432:lims:lims_ro:${k.spw()}
lims-db.genomics.local:5432:lims:lims_admin:${k.spw()}
localhost:5432:*:postgres:${k.s('password', V.anyPw(k.g).replace(/:/g, ''))}
`,
  ),

  labDoc(
    'lab-mycnf',
    ['credential-file', 'config-syntax'],
    '.my.cnf',
    (k) => `[client]
user=labdb
password="${k.pw()}"
host=mysql.physchem.local

[mysqldump]
user=backup
password=${k.spw()}
single-transaction
`,
  ),

  labDoc(
    'lab-omero-cli',
    ['command-line', 'precision'],
    'imaging/omero-import.md',
    (k) => `## Importing a plate into OMERO

\`\`\`
omero login -s omero.imaging.local -u importer -w ${k.spw()} -p 4064
omero import --target Screen:name:"HCS-2024" /data/hcs/plate_${k.n(k.g.digits(4))}/
omero logout
\`\`\`

For the web UI use your own account. Session keys printed by \`omero sessions list\` (e.g. \`${k.n(k.g.uuid())}\`) expire after 10 min
— don't bother hiding those. The server's TLS fingerprint is ${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(':'))}.
`,
  ),

  labDoc(
    'lab-omero-python',
    ['code'],
    'imaging/fetch_rois.py',
    (k) => `from omero.gateway import BlitzGateway

conn = BlitzGateway("analysis", "${k.spw()}", host="omero.imaging.local", port=4064, secure=True)
conn.connect()
for image in conn.getObjects("Image", opts={"dataset": ${k.n(k.g.digits(5))}}):
    print(image.getId(), image.getName())
conn.close()
`,
  ),

  labDoc(
    'lab-labkey-netrc-and-api',
    ['code', 'credential-file'],
    'labkey/query_assays.py',
    (k) => `# LabKey: the API key goes in ~/.netrc (machine labkey.lab-example.org login apikey password <key>) or here for the cron job
from labkey.api_wrapper import APIWrapper

api = APIWrapper("labkey.lab-example.org", "Assays/ELISA", use_ssl=True,
                 api_key="apikey|${k.s('token', k.g.hex(32))}")
rows = api.query.select_rows("assay.ELISA.Data", "Data")["rows"]
print(len(rows), "rows")
`,
  ),

  labDoc(
    'lab-django-lims-settings',
    ['code', 'config-syntax', 'precision'],
    'lims/lims/settings.py',
    (k) => `from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "${k.s('token', 'django-insecure-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}"
DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["lims.genomics.local"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "lims",
        "USER": "lims_app",
        "PASSWORD": "${k.spw()}",
        "HOST": "lims-db.genomics.local",
        "PORT": "5432",
    },
    "legacy": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "old_lims",
        "USER": "lims",
        "PASSWORD": os.environ.get("${k.n('LEGACY_DB_PASSWORD')}", ""),
        "HOST": "mysql.genomics.local",
    },
}
EMAIL_HOST_PASSWORD = "${k.spw()}"
BENCHLING_API_KEY = os.environ["BENCHLING_API_KEY"]
LANGUAGE_CODE = "en-gb"
`,
  ),

  labDoc(
    'lab-benchling-sync-env',
    ['config-syntax'],
    'benchling-sync/.env',
    (k) => `BENCHLING_TENANT=unilab
BENCHLING_API_KEY=${k.prov('Benchling', V.benchling(k.g))}
BENCHLING_APP_CLIENT_ID=${k.n(k.g.alnum(8).toLowerCase() + '-' + k.g.alnum(4).toLowerCase())}
BENCHLING_APP_CLIENT_SECRET=${k.s('token', 'cs_' + k.g.alnum(32))}
WAREHOUSE_DSN=postgresql://warehouse_ro:${k.cs()}@postgres-warehouse.benchling.com:5432/warehouse_unilab
`,
  ),

  labDoc(
    'lab-eln-export-json',
    ['logs-and-output', 'precision'],
    'eln-export/experiment-2024-0412.json',
    (k) => `{
  "id": ${k.n(k.g.digits(6))},
  "title": "Western blot: anti-GFP titration",
  "date": "2024-04-12",
  "owner": {"name": "Lena Vogt", "orcid": "${k.n(V.orcid(k.g))}"},
  "body": "<p>Transfer 90 min at 100 V. Imager PC login: <b>chemidoc</b> / <b>${k.hpw()}</b>. Antibody lot ${k.n('LOT' + k.g.digits(6))}.</p>",
  "tags": ["western", "GFP"],
  "uploads": [
    {"real_name": "blot_01.tif", "hash": "${k.n(V.sha256(k.g))}", "hash_algorithm": "sha256"},
    {"real_name": "blot_02.tif", "hash": "${k.n(V.sha256(k.g))}", "hash_algorithm": "sha256"}
  ],
  "sharelink": "https://eln.lab-example.org/experiments.php?mode=view&id=412&access_key=${k.s('http-auth', k.g.uuid())}"
}
`,
  ),

  labDoc(
    'lab-lims-docker-compose',
    ['config-syntax'],
    'lims/docker-compose.yml',
    (k) => `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: lims
      POSTGRES_USER: lims
      POSTGRES_PASSWORD: ${k.spw()}
    volumes: ["pgdata:/var/lib/postgresql/data"]
  web:
    build: .
    environment:
      DATABASE_URL: postgres://lims:${k.cs()}@db:5432/lims
      DJANGO_SECRET_KEY: ${k.tok()}
      SENTRY_DSN: ${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}
    ports: ["8000:8000"]
volumes:
  pgdata: {}
`,
  ),
];
