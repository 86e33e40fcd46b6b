// Scripts and pipelines around the hotel: night-audit batch files, revenue exports in SQL and R, shell history on
// the interface server, Dockerfiles and CI for the booking engine, Ansible for the hotel group's servers.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_OPS_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-night-audit-bat',
    ['code', 'command-line', 'defaults-in-code', 'precision'],
    'C:/Scripts/nightaudit_export.bat',
    (k) => `@echo off
REM Night audit export – runs 03:30 via Task Scheduler
set PMSDB=PMS-SQL\\FIDELIO
set PMSUSER=na_export
set PMSPASS=${k.spw()}
sqlcmd -S %PMSDB% -U %PMSUSER% -P %PMSPASS% -i C:\\Scripts\\na_export.sql -o D:\\Export\\na_%date:~-4%%date:~3,2%%date:~0,2%.csv
net use Z: \\\\fibu-srv\\import /user:HOTEL\\fibu_import ${k.spw()}
copy D:\\Export\\na_*.csv Z:\\
net use Z: /delete
REM ticket ${k.n(H.ticket(k.g))}: password of na_export must NOT expire
`,
  ),
  hDoc(
    'hosp-revenue-r-script',
    ['code', 'defaults-in-code', 'precision'],
    'revenue/pickup_report.R',
    (k) => `library(DBI)
library(dplyr)

con <- dbConnect(odbc::odbc(), Driver = "ODBC Driver 18 for SQL Server", Server = "bi-sql.hotelgroup.local",
                 Database = "revenue", UID = "rm_readonly", PWD = "${k.spw()}")

pickup <- dbGetQuery(con, "SELECT stay_date, otb_rooms, otb_revenue FROM pickup WHERE hotel = 'SEEB'") %>%
  mutate(adr = otb_revenue / otb_rooms)

# IDeaS export token, valid until end of season
ideas_token <- "${k.tok()}"
write.csv(pickup, "pickup_${k.n('2026-03')}.csv", row.names = FALSE)
`,
  ),
  hDoc(
    'hosp-interface-server-history',
    ['command-line', 'precision'],
    'home/ifcadmin/.bash_history',
    (k) => `sudo systemctl status fias-bridge
journalctl -u fias-bridge --since today | tail -50
mysql -u bridge -p${k.spw()} bridge -e "select count(*) from postings where status='ERR'"
vi /etc/fias-bridge/bridge.conf
sudo systemctl restart fias-bridge
psql "postgresql://bi_loader:${k.cs()}@bi-db:5432/hotel_bi" -c "\\dt"
echo ${k.n(H.sha256(k.g))}  backup.tar.gz | sha256sum -c
export PMS_TOKEN=${k.n('$(cat /run/secrets/pms_token)')}
history -c
`,
  ),
  hDoc(
    'hosp-booking-engine-dockerfile',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'booking-engine/Dockerfile',
    (k) => `FROM node:22-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
ENV NODE_ENV=production \\
    STRIPE_SECRET_KEY=${k.prov('Stripe', H.stripeSecret(k.g))} \\
    SESSION_SECRET=${k.tok()} \\
    PMS_API_URL=https://pms-gateway.internal
EXPOSE 3000
CMD ["node", "dist/server.js"]
`,
  ),
  hDoc(
    'hosp-github-actions-deploy',
    ['config-syntax', 'precision'],
    '.github/workflows/deploy-booking.yml',
    (k) => `name: deploy-booking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: eu-central-1
      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}
      MEWS_ACCESS_TOKEN: \${{ secrets.MEWS_ACCESS_TOKEN }}
      MEWS_CLIENT_TOKEN: ${k.prov('Mews', H.mewsToken(k.g))}
    steps:
      - uses: actions/checkout@${k.n(H.sha1(k.g))}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${k.u(H.awsId(k.g))}
          aws-secret-access-key: ${k.prov('AWS', H.awsSecret(k.g))}
      - run: npm ci && npm run deploy
`,
  ),
  hDoc(
    'hosp-ansible-hotels-inventory',
    ['config-syntax', 'precision'],
    'ansible/inventories/hotels/group_vars/all.yml',
    (k) => `ansible_user: deploy
ansible_become_pass: "{{ vault_become_pass }}"
ntp_servers: [0.de.pool.ntp.org, 1.de.pool.ntp.org]
pms_db_password: !vault |
  ${k.n(`$ANSIBLE_VAULT;1.1;AES256\n  ${k.g.hex(64)}\n  ${k.g.hex(64)}`)}
guest_portal_admin_password: ${k.gpw()}
snmp_community: ${k.dev()}
syslog_server: ${H.ipv4(k.g, '10.0')}
backup_s3_secret: ${k.prov('AWS', H.awsSecret(k.g))}
`,
  ),
  hDoc(
    'hosp-sql-agent-job',
    ['code', 'precision'],
    'sql/agent/job_sync_loyalty.sql',
    (k) => `USE msdb;
EXEC dbo.sp_add_job @job_name = N'Sync loyalty members';
EXEC dbo.sp_add_jobstep @job_name = N'Sync loyalty members', @step_name = N'pull',
  @subsystem = N'CmdExec',
  @command = N'C:\\Tools\\loyalty-sync.exe --api https://loyalty.brand.example --key ${k.tok()} --since yesterday';
-- credential used by the linked server to the brand CRM
CREATE CREDENTIAL BrandCrm WITH IDENTITY = 'crm_pull', SECRET = '${k.spw()}';
-- sample member for testing: ${k.n(H.loyalty(k.g))}
`,
  ),
  hDoc(
    'hosp-cobol-era-batch',
    ['code', 'command-line', 'defaults-in-code', 'precision'],
    'legacy/IMPORT.BAT',
    (k) => `@ECHO OFF
REM ===== Import Buchungen aus dem alten Fidelio Front Office (V7) =====
REM Kennwort des Datenbankbenutzers FIDELIO ist seit 2009 unverändert
SET ORACLE_SID=FIDELIO
SET FOUSER=FIDELIO
SET FOPASS=${k.dev()}
EXP %FOUSER%/%FOPASS%@%ORACLE_SID% FILE=D:\\EXPORT\\RES.DMP TABLES=(RESERVATION,NAME,FOLIO)
IF ERRORLEVEL 1 GOTO FEHLER
COPY D:\\EXPORT\\RES.DMP \\\\ARCHIV\\FIDELIO\\
GOTO ENDE
:FEHLER
ECHO Export fehlgeschlagen > D:\\EXPORT\\FEHLER.TXT
:ENDE
`,
  ),
  hDoc(
    'hosp-k8s-secret-manifest',
    ['config-syntax', 'precision'],
    'k8s/booking/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: booking-api
type: Opaque
stringData:
  DATABASE_PASSWORD: ${k.gpw()}
  APALEO_CLIENT_SECRET: ${k.tok()}
  ADYEN_HMAC_KEY: ${k.s('token', H.adyenHmac(k.g), 'Adyen HMAC')}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
data:
  PROPERTY_IDS: "${k.n('MUC,VIE,ZRH')}"
  ADYEN_CLIENT_KEY: "${k.n(H.adyenClientKey(k.g))}"
  FEATURE_FLAGS: "upsell,late-checkout"
`,
  ),
  hDoc(
    'hosp-python-rate-shopper',
    ['code', 'defaults-in-code', 'precision'],
    'rate_shopper/main.py',
    (k) => `"""Pulls competitor rates and writes them into the RMS staging table."""
import os

import psycopg2
import requests

RATE_API = "https://api.rate-shopper.example/v3"
RATE_API_KEY = os.getenv("RATE_API_KEY", "${k.tok()}")
COMPSET = [${k.n('"12345"')}, ${k.n('"23456"')}, ${k.n('"34567"')}]

conn = psycopg2.connect(host="rms-db", dbname="rms", user="shopper", password="${k.pw()}")


def fetch(hotel_id: str) -> list[dict]:
    r = requests.get(f"{RATE_API}/hotels/{hotel_id}/rates", headers={"X-API-Key": RATE_API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["rates"]
`,
  ),
  hDoc(
    'hosp-makefile-deploy-venue-app',
    ['command-line', 'config-syntax', 'precision'],
    'venue-app/Makefile',
    (k) => `REGISTRY ?= registry.venue.example
TAG ?= $(shell git rev-parse --short HEAD)

build:
\tdocker build -t $(REGISTRY)/venue-app:$(TAG) .

login:
\tdocker login $(REGISTRY) -u ci-venue -p ${k.spw()}

push: login build
\tdocker push $(REGISTRY)/venue-app:$(TAG)

seed:
\tPGPASSWORD=${k.n('$(DB_PASSWORD)')} psql -h localhost -U venue -f seed.sql
`,
  ),
  hDoc(
    'hosp-sftp-private-key-export',
    ['credential-file', 'precision'],
    'exports/keys/revenue-sftp_rsa',
    (k) => `${k.key(H.pem(k.g, 'RSA PRIVATE KEY'))}
`,
  ),
];
