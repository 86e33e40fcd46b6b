// rw-dev7 logs and output: `set -x` traces, CI job logs where masking missed a value (a secret that was not
// registered, a value printed in another form), build logs, shell sessions with commands echoed, beside the
// masked values (`***`, `[MASKED]`) and references that are not secrets.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const LC: RealWorldArea[] = ['logs-and-output', 'command-line'];
const L: RealWorldArea[] = ['logs-and-output'];

export const LOG_DOCS: RealWorldDoc[] = [
  d(
    'set-x-trace',
    LC,
    'logs/deploy-trace.log',
    (c) => `+ set -euo pipefail
+ STAMP=20261202-0315
+ mkdir -p /backups/20261202-0315
+ mysqldump --host=db1.internal --user=backup --password=${c.pw()} --all-databases
+ gzip
+ PGPASSWORD=${c.pw()}
+ pg_dumpall -h pg1.internal -U postgres
+ export 'DB_URL=postgres://app:${c.cs()}@pg1.internal:5432/app'
+ DB_URL='postgres://app:${c.cs()}@pg1.internal:5432/app'
++ curl -fsS -H 'Authorization: Bearer ${c.bearer()}' https://api.acme.dev/v1/token
+ TOKEN=${c.bearer()}
+ '[' -z ${c.n('***')} ']'
+ echo done
done
`,
  ),

  d(
    'gha-log-unmasked',
    LC,
    'ci-logs/build-1182.txt',
    (c) => `2026-12-01T10:14:02.1134219Z ##[group]Run mysql -h 127.0.0.1 -uroot -p${c.n('***')} test < fixtures.sql
2026-12-01T10:14:02.1135001Z mysql -h 127.0.0.1 -uroot -p${c.mask()} test < fixtures.sql
2026-12-01T10:14:02.1135512Z shell: /usr/bin/bash -e {0}
2026-12-01T10:14:02.1135980Z env:
2026-12-01T10:14:02.1136410Z   MYSQL_PWD: ${c.mask()}
2026-12-01T10:14:02.1136888Z   REGISTRY_PASSWORD: ${c.pw()}
2026-12-01T10:14:02.1137301Z   NODE_VERSION: 20
2026-12-01T10:14:02.1137790Z ##[endgroup]
2026-12-01T10:14:03.5520017Z mysql: [Warning] Using a password on the command line interface can be insecure.
2026-12-01T10:14:05.0017264Z ##[group]Run docker login registry.acme.io -u ci -p ${c.pw()}
2026-12-01T10:14:05.0018110Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.
2026-12-01T10:14:05.9920111Z Login Succeeded
2026-12-01T10:14:06.2203300Z Post job cleanup.
2026-12-01T10:14:06.2204001Z [command]/usr/bin/git version
2026-12-01T10:14:06.2261100Z git version 2.47.1
2026-12-01T10:14:06.2299310Z Temporarily overriding HOME='/home/runner/work/_temp/${c.uuid()}' before making global git config changes
`,
  ),

  d(
    'gitlab-job-log',
    LC,
    'ci-logs/job-88231.log',
    (c) => `Running with gitlab-runner 17.5.2 (${c.short()})
  on docker-runner-3 ${c.n('xZy91Kd2')}, system ID: ${c.n('s_' + c.g.hex(12))}
Preparing the "docker" executor
Using docker image sha256:${c.sha256()} for postgres:16 with digest postgres@sha256:${c.sha256()} ...
Executing "step_script" stage of the job script
$ export DATABASE_URL="postgres://postgres:${c.cs()}@postgres:5432/test"
$ redis-cli -h redis -a ${c.pw()} ping
Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.
PONG
$ echo "${c.n('$CI_REGISTRY_PASSWORD')}" | docker login -u $CI_REGISTRY_USER --password-stdin $CI_REGISTRY
Login Succeeded
$ curl -u "release:${c.n('[MASKED]')}" -T app.tar.gz https://nexus.acme.io/repository/releases/
$ curl --header "PRIVATE-TOKEN: ${c.prov('gitlab')}" https://gitlab.acme.io/api/v4/projects/42
Job succeeded
`,
  ),

  d(
    'jenkins-console',
    LC,
    'ci-logs/jenkins-web-812.txt',
    (c) => `Started by user Karin Lund
Running in Durability level: MAX_SURVIVABILITY
[Pipeline] withCredentials
Masking supported pattern matches of ${c.n('$NEXUS_PSW')}
[Pipeline] {
[Pipeline] sh
+ mvn -B -Dnexus.user=ci -Dnexus.password=${c.pw()} deploy
[INFO] Scanning for projects...
[Pipeline] sh
+ curl -u ci:${c.n('****')} --upload-file target/app.jar https://nexus.acme.io/raw/
[Pipeline] sh
+ flyway -url=jdbc:mysql://db1:3306/app -user=flyway -password=${c.pw()} migrate
Flyway Community Edition 10.17.0 by Redgate
Successfully applied 3 migrations to schema \`app\`, now at version v42
[Pipeline] sh
+ sshpass -p ${c.pw()} ssh deploy@app1 'sudo systemctl restart app'
[Pipeline] }
Finished: SUCCESS
`,
  ),

  d(
    'docker-build-log',
    LC,
    'ci-logs/docker-build.txt',
    (c) => `#8 [tools 2/3] RUN pip install --extra-index-url https://deploy:${c.cs()}@pypi.acme.io/simple acme-cli==2.3.1
#8 1.204 Looking in indexes: https://pypi.org/simple, https://deploy:****@pypi.acme.io/simple
#8 3.880 Successfully installed acme-cli-2.3.1
#8 DONE 4.1s
#9 [tools 3/3] RUN git clone https://ci-bot:${c.tok()}@git.acme.io/platform/fixtures.git /fixtures
#9 0.311 Cloning into '/fixtures'...
#9 DONE 1.9s
#10 [stage-2 3/4] RUN htpasswd -bc /etc/nginx/.htpasswd admin ${c.pw()}
#10 0.210 Adding password for user admin
#11 exporting to image
#11 writing image sha256:${c.sha256()} done
#11 naming to registry.acme.io/web:${c.short()} done
`,
  ),

  d(
    'npm-verbose-log',
    LC,
    'logs/npm-debug-0.log',
    (c) => `0 verbose cli /usr/local/bin/node /usr/local/bin/npm
1 info using npm@10.9.0
2 info using node@v20.18.0
3 silly config load:file:/home/runner/.npmrc
4 verbose config //npm.acme.io/:_authToken=${c.tok()}
5 verbose title npm publish
6 verbose argv "publish" "--registry" "https://npm.acme.io/"
7 http fetch PUT 401 https://npm.acme.io/@acme%2fui 312ms
8 verbose stack HttpErrorGeneral: 401 Unauthorized - PUT https://npm.acme.io/@acme%2fui
9 verbose cwd /home/runner/work/ui/ui
10 error code E401
11 error Unable to authenticate, your authentication token seems to be invalid.
12 verbose exit 1
`,
  ),

  d(
    'terminal-session-dba',
    LC,
    'notes/session-2026-11-28.log',
    (c) => `karin@db1:~$ mysql -uroot -p${c.pw()}
mysql: [Warning] Using a password on the command line interface can be insecure.
Welcome to the MySQL monitor.  Commands end with ; or \\g.
mysql> ALTER USER 'reporting'@'%' IDENTIFIED BY '${c.sq()}';
Query OK, 0 rows affected (0.01 sec)
mysql> SELECT user, authentication_string FROM mysql.user WHERE user='reporting';
+-----------+-------------------------------------------+
| user      | authentication_string                     |
+-----------+-------------------------------------------+
| reporting | *${c.n(c.g.hex(40).toUpperCase())} |
+-----------+-------------------------------------------+
mysql> \\q
Bye
karin@db1:~$ psql -U postgres
postgres=# \\password grafana
Enter new password for user "grafana":
postgres=# ALTER ROLE metabase WITH PASSWORD '${c.sq()}';
ALTER ROLE
postgres=# \\q
`,
  ),

  d(
    'ansible-verbose-log',
    LC,
    'logs/ansible-run.log',
    (c) => `TASK [db : Create application database user] *********************************
fatal: [db1]: FAILED! => {"changed": true, "cmd": "mysql -uroot -p'${c.sq()}' -e \\"CREATE USER IF NOT EXISTS 'app'@'%'\\"", "delta": "0:00:00.031", "msg": "non-zero return code", "rc": 1, "stderr": "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"}

TASK [db : Set postgres password] *********************************************
changed: [db1] => {"changed": true, "cmd": ["psql", "-c", "ALTER USER postgres WITH PASSWORD '${c.sq()}'"], "rc": 0}

TASK [app : Render env] *******************************************************
ok: [app1] => {"censored": "${c.n('the output')} has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}

PLAY RECAP *********************************************************************
db1                        : ok=3    changed=1    unreachable=0    failed=1
`,
  ),

  d(
    'k8s-job-log',
    LC,
    'logs/migrate-job.log',
    (c) => `Defaulted container "migrate" out of: migrate, istio-proxy
flyway -url=jdbc:postgresql://pg-main.data:5432/app -user=flyway -password=${c.pw()} migrate
Database: jdbc:postgresql://pg-main.data:5432/app (PostgreSQL 16.4)
Successfully validated 58 migrations (execution time 00:00.104s)
Current version of schema "public": 57
Migrating schema "public" to version "58 - add invoice index"
Successfully applied 1 migration to schema "public", now at version v58 (execution time 00:01.220s)
`,
  ),

  d(
    'cron-mail-output',
    LC,
    'var/mail/root',
    (c) => `From root@backup1  Tue Dec  1 01:15:03 2026
Subject: Cron <reports@backup1> /usr/bin/mysqldump -ureports -p${c.pw()} reports | gzip > /srv/dumps/reports-$(date +\\%u).sql.gz
X-Cron-Env: <SHELL=/bin/bash>
X-Cron-Env: <HOME=/home/reports>

mysqldump: [Warning] Using a password on the command line interface can be insecure.
mysqldump: Got error: 2002: "Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)" when trying to connect
`,
  ),

  d(
    'ps-aux-output',
    L,
    'notes/ps-output.txt',
    (c) => `$ ps aux | grep -E 'mysql|redis|java' | grep -v grep
mysql      1123  2.1 12.4 2341220 508112 ?  Ssl  Nov30  61:02 /usr/sbin/mysqld
redis      1201  0.4  1.1  72012  45100 ?   Ssl  Nov30   9:11 /usr/bin/redis-server 127.0.0.1:6379 --requirepass ${c.pw()}
app        2210 11.0 22.8 6120044 934220 ?  Sl   Nov30 412:55 java -Xmx2g -Dspring.datasource.password=${c.pw()} -Dserver.port=${c.n('8080')} -jar /opt/app/app.jar
backup     3301  0.0  0.0   8120   3100 ?   S    01:15   0:00 /bin/sh -c mysqldump -ubackup -p${c.pw()} --all-databases
root       3302  0.0  0.0  10200   4200 ?   S    01:15   0:00 sshpass -p ${c.n('zzzzzzzz')} ssh backup@offsite
$ cat /proc/2210/cmdline | tr '\\0' ' '
java -Xmx2g -Dspring.datasource.password=${c.pw()} -Dserver.port=8080 -jar /opt/app/app.jar
`,
  ),

  d(
    'history-command-output',
    LC,
    'notes/incident-4412-history.txt',
    (c) => `Output of \`history\` on app1 during INC-4412 (for the timeline):

  501  2026-11-29 22:41:07 sudo -i
  502  2026-11-29 22:41:30 systemctl status app
  503  2026-11-29 22:42:02 journalctl -u app --since "10 min ago"
  504  2026-11-29 22:43:15 mysql -h db1 -u app -p${c.pw()} app -e 'show processlist'
  505  2026-11-29 22:44:50 redis-cli -a ${c.pw()} info clients
  506  2026-11-29 22:46:01 curl -s -u admin:${c.pw()} localhost:15672/api/queues | jq '.[].messages'
  507  2026-11-29 22:48:12 systemctl restart app
  508  2026-11-29 22:49:40 history
`,
  ),
];
