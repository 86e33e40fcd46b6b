// rw-dev7 command line: scripts and the files that hold command lines (shell scripts with continuations and
// heredocs, Makefiles, Dockerfiles, docker-compose `command:`, Kubernetes `args:`, crontabs, systemd units,
// Ansible shell/command tasks, Procfiles), passwords passed as flags beside variables and non-secret flags.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const CL: RealWorldArea[] = ['command-line'];
const CLC: RealWorldArea[] = ['command-line', 'config-syntax'];

export const SCRIPT_DOCS: RealWorldDoc[] = [
  d(
    'backup-sh',
    CL,
    'scripts/backup.sh',
    (c) => `#!/usr/bin/env bash
set -euo pipefail

STAMP=$(date +%Y%m%d-%H%M)
DEST=/backups/$STAMP
mkdir -p "$DEST"

# mysql (legacy shop)
mysqldump \\
  --host=db1.internal \\
  --port=${c.n('3306')} \\
  --user=backup \\
  --password=${c.pw()} \\
  --all-databases | gzip > "$DEST/mysql.sql.gz"

# postgres
PGPASSWORD="${c.dq()}" pg_dumpall -h pg1.internal -U postgres | gzip > "$DEST/pg.sql.gz"

# mongo
mongodump --host mongo1 --port ${c.n('27017')} --username backup --password "${c.dq()}" --archive="$DEST/mongo.archive"

# push offsite
RSYNC_PASSWORD='${c.sq()}' rsync -a "$DEST" rsync://backup@vault.offsite.example/nightly/
echo "done: $DEST"
`,
  ),

  d(
    'deploy-sh-heredoc',
    CL,
    'deploy/release.sh',
    (c) => `#!/bin/bash
# usage: ./release.sh <tag>
TAG=\${1:?tag}
REGISTRY_USER=release-bot
REGISTRY_PASS=${c.pw()}

echo "${c.n('$REGISTRY_PASS')}" | docker login registry.acme.io -u "$REGISTRY_USER" --password-stdin
docker build -t registry.acme.io/web:$TAG .
docker push registry.acme.io/web:$TAG

ssh deploy@app1 <<EOF
  docker login registry.acme.io -u $REGISTRY_USER -p ${c.pw()}
  docker pull registry.acme.io/web:$TAG
  docker compose up -d
EOF

mysql -h db1 -u migrator -p${c.pw()} app <<'SQL'
UPDATE settings SET value = '$TAG' WHERE name = 'release';
SQL

curl -fsS -X POST https://chat.acme.io/hooks/${c.qtok()} -d "{\\"text\\": \\"released $TAG\\"}"
`,
  ),

  d(
    'makefile-db',
    CL,
    'Makefile',
    (c) => `DB_HOST ?= localhost
DB_PORT ?= ${c.n('5432')}
DB_USER ?= app
DB_PASS ?= ${c.pw()}
PSQL = PGPASSWORD=$(DB_PASS) psql -h $(DB_HOST) -p $(DB_PORT) -U $(DB_USER)

.PHONY: db-reset db-seed test publish

db-reset:
	$(PSQL) -c 'DROP DATABASE IF EXISTS app_dev'
	$(PSQL) -c 'CREATE DATABASE app_dev'

db-seed:
	PGPASSWORD=${c.pw()} psql -h localhost -U seed -d app_dev -f seed/seed.sql

test:
	go test ./...

publish:
	docker login -u acme -p ${c.pw()} registry.acme.io
	docker push registry.acme.io/app:$(VERSION)
	curl -u publisher:${c.pw()} --upload-file dist/app.tgz https://files.acme.io/releases/
`,
  ),

  d(
    'dockerfile-build',
    CL,
    'Dockerfile',
    (c) => `FROM node:20-bookworm AS build
WORKDIR /app
ARG NPM_TOKEN
RUN echo "//npm.pkg.github.com/:_authToken=${c.n('${NPM_TOKEN}')}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM python:3.12-slim AS tools
RUN pip install --extra-index-url https://deploy:${c.cs()}@pypi.acme.io/simple acme-cli==2.3.1
RUN git clone https://ci-bot:${c.prov('gitlab')}@gitlab.acme.io/platform/fixtures.git /fixtures

FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html
RUN htpasswd -bc /etc/nginx/.htpasswd admin ${c.pw()}
ENV ADMIN_USER=admin
HEALTHCHECK CMD curl -fsS -u admin:${c.pw()} http://localhost/health || exit 1
`,
  ),

  d(
    'dockerfile-db-image',
    CL,
    'docker/mysql/Dockerfile',
    (c) => `FROM mysql:8.4
ENV MYSQL_DATABASE=shop
ENV MYSQL_ROOT_PASSWORD=${c.pw()}
COPY init/ /docker-entrypoint-initdb.d/
RUN echo "[client]\\nuser=root\\npassword=${c.pw()}" > /root/.my.cnf
HEALTHCHECK --interval=10s CMD mysqladmin ping -h 127.0.0.1 -uroot -p${c.n('${MYSQL_ROOT_PASSWORD}')}
EXPOSE ${c.n('3306')}
`,
  ),

  d(
    'compose-commands',
    CLC,
    'docker-compose.yml',
    (c) => `services:
  redis:
    image: redis:7
    command: redis-server --requirepass ${c.pw()} --appendonly yes
    ports: ["6379:6379"]

  redis-exporter:
    image: oliver006/redis_exporter
    command: ["--redis.addr=redis://redis:6379", "--redis.password=${c.pw()}"]

  mongo:
    image: mongo:7
    command: ["mongod", "--auth", "--bind_ip_all"]
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
      MONGO_INITDB_ROOT_PASSWORD: ${c.n('${MONGO_ROOT_PASSWORD}')}

  worker:
    image: acme/worker:1.8
    command: >
      python -m worker
      --broker amqp://worker:${c.cs()}@rabbit:5672/
      --db-password ${c.pw()}
      --concurrency 4

  migrate:
    image: flyway/flyway:10
    command: -url=jdbc:postgresql://pg:5432/app -user=flyway -password=${c.pw()} -connectRetries=10 migrate
    depends_on: [pg]

  healthcheck-demo:
    image: postgres:16
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres -p ${c.n('5432')}"]
`,
  ),

  d(
    'k8s-args',
    CLC,
    'k8s/jobs/nightly-export.yaml',
    (c) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-export
spec:
  schedule: "30 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: export
              image: registry.acme.io/exporter:3.1.0
              command: ["/bin/sh", "-c"]
              args:
                - >-
                  pg_dump "postgresql://exporter:${c.cs()}@pg-main.data:5432/warehouse" |
                  gzip | aws s3 cp - s3://acme-exports/warehouse-$(date +%F).sql.gz
            - name: notify
              image: curlimages/curl:8.10.1
              args: ["-fsS", "-u", "notify:${c.pw()}", "https://hooks.acme.io/export-done"]
            - name: sidecar
              image: registry.acme.io/proxy:1.2
              args:
                - --upstream=http://127.0.0.1:8080
                - --cookie-secret=${c.b64(30)}
                - --client-secret=${c.tok()}
                - --client-id=${c.n('export-ui')}
                - --password-file=${c.n('/etc/proxy/htpasswd')}
              env:
                - name: PGPASSWORD
                  valueFrom:
                    secretKeyRef: {name: pg-exporter, key: ${c.n('password')}}
`,
  ),

  d(
    'crontab',
    CL,
    'etc/cron.d/reports',
    (c) => `SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=ops@acme.dev

# m h dom mon dow user command
15 1 * * * reports /usr/bin/mysqldump -ureports -p${c.pw()} reports | gzip > /srv/dumps/reports-$(date +\\%u).sql.gz
0 */4 * * * root PGPASSWORD=${c.pw()} /usr/bin/vacuumdb -h localhost -U postgres --all --analyze-only
*/5 * * * * nagios /usr/lib/nagios/plugins/check_mysql -H db1 -u nagios -p '${c.sq()}' > /dev/null
30 3 * * 0 root /usr/local/bin/restic backup /srv --password-file ${c.n('/root/.restic')}
45 6 * * 1-5 reports curl -s "https://reports.acme.dev/cron/run?key=${c.qtok()}" >/dev/null
0 0 1 * * root /usr/sbin/logrotate -f /etc/logrotate.conf
`,
  ),

  d(
    'systemd-units',
    CLC,
    'etc/systemd/system/metrics-agent.service',
    (c) => `[Unit]
Description=Metrics agent
After=network-online.target

[Service]
User=metrics
ExecStart=/opt/metrics/bin/agent --listen :9100 --remote-write https://metrics.acme.io/api/v1/push --basic-auth-user tenant-17 --basic-auth-password ${c.pw()}
ExecStartPost=/usr/bin/curl -fsS -H "X-Auth-Token: ${c.qtok()}" https://status.acme.io/register
Environment=AGENT_LOG=info
Environment="DB_PASSWORD=${c.dq()}"
Environment=HTTPS_PROXY=http://proxy:${c.cs()}@proxy.corp.local:3128
EnvironmentFile=-${c.n('/etc/default/metrics-agent')}
Restart=always
RestartSec=${c.n('5')}

[Install]
WantedBy=multi-user.target
`,
  ),

  d(
    'ansible-tasks',
    CLC,
    'roles/db/tasks/main.yml',
    (c) => `---
- name: Create application database user
  ansible.builtin.shell: >
    mysql -uroot -p'${c.sq()}' -e
    "CREATE USER IF NOT EXISTS 'app'@'%' IDENTIFIED BY '${c.sq()}'; GRANT ALL ON app.* TO 'app'@'%';"
  no_log: false

- name: Set postgres password
  ansible.builtin.command: psql -c "ALTER USER postgres WITH PASSWORD '${c.sq()}'"
  become: true
  become_user: postgres

- name: Register replication user
  ansible.builtin.shell: |
    PGPASSWORD=${c.n('{{ pg_admin_password }}')} psql -h {{ pg_host }} -U admin -c "CREATE ROLE repl LOGIN REPLICATION PASSWORD '${c.n('{{ repl_password }}')}'"

- name: Add rabbitmq user
  ansible.builtin.command: rabbitmqctl add_user monitoring ${c.pw()}

- name: Mount share
  ansible.posix.mount:
    path: /mnt/share
    src: //fs01/share
    fstype: cifs
    opts: "username=svc_share,password=${c.dq()},vers=3.0"
    state: mounted

- name: Restart app
  ansible.builtin.command: systemctl restart app
`,
  ),

  d(
    'procfile-and-entrypoint',
    CL,
    'docker-entrypoint.sh',
    (c) => `#!/bin/sh
set -e

if [ "$1" = "worker" ]; then
  exec celery -A app worker --broker "redis://:${c.cs()}@redis:6379/1" -l info
fi

# wait for db
until PGPASSWORD=${c.pw()} psql -h db -U app -c '\\q' 2>/dev/null; do
  echo "waiting for postgres on port ${c.n('5432')}..."
  sleep 1
done

python manage.py migrate --noinput
exec gunicorn app.wsgi -b 0.0.0.0:8000 --workers 3
`,
  ),

  d(
    'vpn-wifi-script',
    CL,
    'scripts/site-setup.sh',
    (c) => `#!/bin/bash
# one-off site setup for the Lisbon office
nmcli dev wifi connect "ACME-Staff" password "${c.dq()}"
nmcli con add type wifi ifname wlan0 con-name guest ssid ACME-Guest -- wifi-sec.key-mgmt wpa-psk wifi-sec.psk ${c.pw()}
echo '${c.sq()}' | openconnect --user=karin --passwd-on-stdin vpn.acme.io
wpa_passphrase ACME-IoT ${c.pw()} >> /etc/wpa_supplicant/wpa_supplicant.conf
mount -t cifs //nas01/public /mnt/public -o guest
mount -t nfs nas01:/export/home /home
nmcli con show ACME-Guest | grep -i psk-flags
`,
  ),

  d(
    'db-init-script',
    CL,
    'scripts/init-db.sh',
    (c) => `#!/usr/bin/env bash
# Creates the local databases. Values here are for the shared staging box.
set -e
ROOT_PW=${c.pw()}

mysql -uroot -p"${c.n('$ROOT_PW')}" <<SQL
CREATE DATABASE IF NOT EXISTS crm;
CREATE USER 'crm'@'%' IDENTIFIED BY '${c.sq()}';
GRANT ALL PRIVILEGES ON crm.* TO 'crm'@'%';
SQL

psql -v ON_ERROR_STOP=1 --username postgres <<-EOSQL
  CREATE USER grafana WITH PASSWORD '${c.sq()}';
  CREATE DATABASE grafana OWNER grafana;
EOSQL

mongosh admin --quiet --eval "db.createUser({user: 'crm', pwd: '${c.sq()}', roles: [{role: 'readWrite', db: 'crm'}]})"
mongosh admin --eval "db.createUser({user: 'ro', pwd: ${c.n('passwordPrompt()')}, roles: ['read']})"
redis-cli CONFIG SET requirepass ${c.pw()}
`,
  ),

  d(
    'drone-like-sh-lines',
    CL,
    'scripts/smoke.sh',
    (c) => `#!/bin/sh
BASE=\${BASE_URL:-https://staging.acme.dev}
TOKEN=$(curl -fsS -X POST "$BASE/oauth/token" \\
  -d grant_type=password \\
  -d username=smoke@acme.dev \\
  -d password=${c.pw()} \\
  -d client_id=${c.n('smoke-cli')} \\
  -d client_secret=${c.tok()} | jq -r .access_token)

curl -fsS -H "Authorization: Bearer ${c.n('$TOKEN')}" "$BASE/api/me"
curl -fsS "$BASE/api/health?token=${c.qtok()}"
curl -fsS -u "smoke:${c.dq()}" "$BASE/admin/ping"
`,
  ),
];
