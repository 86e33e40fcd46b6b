// rw-dev9 logs: dumps of process state — env/printenv/set output, docker inspect, kubectl get secret -o yaml,
// ps/proc cmdlines, systemctl show, redis CONFIG GET — where secrets sit beside ids, paths and digests.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LC } from './logsValues';

export const DUMP_DOCS: RealWorldDoc[] = [
  ld(
    'printenv-container-shell',
    LC,
    'notes/printenv-api-pod.txt',
    (t) => `root@api-5d8c9b7f4-m2x9p:/app# printenv
KUBERNETES_SERVICE_PORT_HTTPS=443
HOSTNAME=api-5d8c9b7f4-m2x9p
NODE_VERSION=20.17.0
APP_ENV=production
DATABASE_URL=postgres://api:${t.cs()}@pg-primary.db.svc:5432/api?sslmode=require
REDIS_URL=redis://redis.cache.svc:6379/1
JWT_SECRET=${t.b64(43)}
SENTRY_DSN=${t.n('https://' + t.raw.hex(32) + '@o' + t.raw.digits(6) + '.ingest.sentry.io/' + t.raw.digits(7))}
STRIPE_KEY=${t.prov('stripeSecret', 'Stripe secret key')}
OTEL_TRACE_ID_RATIO=0.1
GIT_COMMIT=${t.sha()}
ADMIN_BOOTSTRAP_PASSWORD=${t.hpw()}
ENCRYPTION_KEY=${t.hex(64)}
HOME=/root
PWD=/app
`,
  ),
  ld(
    'windows-set-command',
    LC,
    'support/ticket-4411/set.txt',
    (t) => `C:\\inetpub\\wwwroot\\shop> set
ALLUSERSPROFILE=C:\\ProgramData
APPDATA=C:\\Users\\svc_shop\\AppData\\Roaming
COMPUTERNAME=WEB-PROD-02
ComSpec=C:\\Windows\\system32\\cmd.exe
SHOP_DB_PWD=${t.hpw()}
SHOP_ERP_USER=erp_bridge
SHOP_ERP_PASS=${t.pw()}
NUMBER_OF_PROCESSORS=8
OS=Windows_NT
Path=C:\\Windows\\system32;C:\\Windows;C:\\Program Files\\dotnet\\
PROCESSOR_IDENTIFIER=Intel64 Family 6 Model 85 Stepping 7, GenuineIntel
SMTP_PASSWORD=${t.mask()}
USERDOMAIN=CORP
USERNAME=svc_shop
`,
  ),
  ld(
    'docker-inspect-env',
    LP,
    'debug/docker-inspect-keycloak.json',
    (t) => `[
    {
        "Id": "${t.n(t.raw.hex(64))}",
        "Created": "${t.ts()}Z",
        "Path": "/opt/keycloak/bin/kc.sh",
        "Args": [
            "start",
            "--db-password=${t.gpw()}",
            "--hostname=sso.acme.io"
        ],
        "Image": "${t.digest()}",
        "Name": "/keycloak",
        "Config": {
            "Hostname": "${t.n(t.raw.hex(12))}",
            "Env": [
                "KEYCLOAK_ADMIN=admin",
                "KEYCLOAK_ADMIN_PASSWORD=${t.hpw()}",
                "KC_DB=postgres",
                "KC_DB_URL=jdbc:postgresql://pg:5432/keycloak",
                "KC_DB_USERNAME=keycloak",
                "KC_DB_PASSWORD_FILE=/run/secrets/kc_db",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "KC_SPI_EVENTS_LISTENER_WEBHOOK_SECRET=${t.tok()}"
            ],
            "Labels": {
                "org.opencontainers.image.revision": "${t.sha()}",
                "com.docker.compose.config-hash": "${t.n(t.raw.hex(64))}"
            }
        }
    }
]
`,
  ),
  ld(
    'kubectl-get-secret-yaml',
    LO,
    'tmp/secret-dump.yaml',
    (t) => `$ kubectl get secret grafana -n monitoring -o yaml
apiVersion: v1
data:
  admin-password: ${t.s('password', t.raw.b64(t.g.pick(['Grafana', 'Monitor', 'Dashboards']) + t.g.digits(4) + t.g.pick(['!', '#', '$'])))}
  admin-user: ${t.n(t.raw.b64('admin'))}
  ldap-toml: ${t.n(t.raw.b64('[[servers]]\nhost = "ldap.corp.local"\nport = 636\n'))}
kind: Secret
metadata:
  creationTimestamp: "2025-06-02T09:41:12Z"
  name: grafana
  namespace: monitoring
  resourceVersion: "${t.raw.digits(8)}"
  uid: ${t.rid()}
type: Opaque
$ kubectl get secret grafana -n monitoring -o jsonpath='{.data.admin-password}' | base64 -d
${t.hpw()}
$ kubectl get secret ci-webhook -o jsonpath='{.data.token}' | base64 -d; echo
${t.tok()}
`,
  ),
  ld(
    'ps-aux-cmdlines',
    LC,
    'support/ps-aux-db01.txt',
    (t) => `USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
root           1  0.0  0.1 168940 12012 ?        Ss   Sep30   0:21 /sbin/init
mysql        812  4.1 22.3 4012344 1830044 ?     Ssl  Sep30 812:11 /usr/sbin/mysqld
root        2210  0.0  0.0  12876  3320 ?        S    02:00   0:00 /bin/sh -c mysqldump -uroot -p${t.hpw()} --all-databases | gzip > /backup/all.sql.gz
root        2211  1.2  0.4  88212 32100 ?        S    02:00   0:41 mysqldump -uroot -px xxxxxxxxxx --all-databases
exporter    3001  0.3  0.2 725000 18800 ?        Ssl  Sep30  44:02 /usr/local/bin/mysqld_exporter --config.my-cnf=/etc/.mysqld_exporter.cnf
zabbix      3120  0.0  0.1  21000  9100 ?        S    Sep30   0:12 /usr/sbin/zabbix_agentd -c /etc/zabbix/zabbix_agentd.conf
root        4420  0.0  0.0  98000  7000 ?        S    10:14   0:00 redis-cli -h cache01 -a ${t.gpw()} --no-auth-warning info replication
deploy      5001  0.0  0.0   8000   900 pts/0    R+   10:15   0:00 ps aux
`,
  ),
  ld(
    'systemctl-show-environment',
    LO,
    'support/systemctl-show-ledger.txt',
    (t) => `$ systemctl show ledger.service -p Environment -p ExecStart -p InvocationID
Environment=LEDGER_ENV=prod LEDGER_DB_PASS=${t.hpw()} LEDGER_HSM_PIN=${t.pin(6)} LEDGER_LOG=info
ExecStart={ path=/opt/ledger/bin/ledger ; argv[]=/opt/ledger/bin/ledger --api-token ${t.tok()} ; ignore_errors=no ; start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }
InvocationID=${t.n(t.raw.hex(32))}
$ journalctl -u ledger --since today | tail -3
Oct 01 08:00:01 ledger01 ledger[1201]: started, config digest ${t.n(t.raw.hex(64))}
Oct 01 08:00:02 ledger01 ledger[1201]: hsm slot 0 opened (pin ******)
Oct 01 08:00:02 ledger01 ledger[1201]: ready
`,
  ),
  ld(
    'redis-config-get',
    LC,
    'notes/redis-debug.txt',
    (t) => `127.0.0.1:6379> AUTH ${t.hpw()}
OK
127.0.0.1:6379> CONFIG GET requirepass
1) "requirepass"
2) "${t.gpw()}"
127.0.0.1:6379> CONFIG GET masterauth
1) "masterauth"
2) ""
127.0.0.1:6379> ACL LIST
1) "user default on #${t.n(t.raw.hex(64))} ~* &* +@all"
2) "user metrics on #${t.n(t.raw.hex(64))} ~* resetchannels -@all +info"
127.0.0.1:6379> GET session:${t.n(t.raw.hex(32))}
"{\\"uid\\":4411,\\"csrf\\":\\"${t.m.unscored(t.raw.alnum(32))}\\"}"
`,
  ),
  ld(
    'proc-environ-strings',
    LC,
    'incident/2025-10-03/environ.txt',
    (t) => `# strings /proc/1/environ  (collected during incident IR-2025-113)
PATH=/usr/local/bin:/usr/bin:/bin
PYTHONUNBUFFERED=1
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=${t.m.unscored('AKIA' + t.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}
AWS_SECRET_ACCESS_KEY=${t.prov('awsSecret', 'AWS secret access key')}
OPENAI_API_KEY=${t.prov('openaiProject', 'OpenAI key')}
HF_TOKEN=${t.prov('huggingface', 'Hugging Face token')}
CELERY_BROKER_URL=amqp://worker:${t.cs()}@rabbit:5672//
MODEL_REVISION=${t.sha()}
REQUEST_SALT=${t.tok()}
`,
  ),
  ld(
    'env-diff-masked-and-not',
    LP,
    'ops/env-diff-staging-vs-prod.txt',
    (t) => `--- staging.env
+++ prod.env
@@ -3,9 +3,9 @@
 APP_NAME=loyalty
-APP_DEBUG=true
+APP_DEBUG=false
-DB_PASSWORD=${t.mask()}
+DB_PASSWORD=${t.mask()}
-PARTNER_API_KEY=${t.n('test_' + t.raw.hex(8) + '_not_real')}
+PARTNER_API_KEY=${t.tok()}
-FEATURE_FLAGS_CLIENT_SIDE_ID=${t.n(t.raw.hex(24))}
+FEATURE_FLAGS_CLIENT_SIDE_ID=${t.n(t.raw.hex(24))}
-MAIL_PASSWORD=
+MAIL_PASSWORD=${t.hpw()}
 RELEASE=${t.short()}
`,
  ),
  ld(
    'heroku-config-output',
    LC,
    'notes/heroku-config.txt',
    (t) => `$ heroku config -a acme-marketing
=== acme-marketing Config Vars
BUILDPACK_URL:        https://github.com/heroku/heroku-buildpack-nodejs
CLOUDINARY_URL:       cloudinary://${t.n(t.raw.digits(15))}:${t.s('connection-string', t.g.base64url(27))}@acme-marketing
DATABASE_URL:         postgres://u${t.raw.alnum(13).toLowerCase()}:${t.cs()}@ec2-52-18-1-2.eu-west-1.compute.amazonaws.com:5432/d${t.raw.alnum(13).toLowerCase()}
MAILCHIMP_API_KEY:    ${t.prov('mailchimp', 'Mailchimp API key')}
NEW_RELIC_LICENSE_KEY: ${t.hex(40)}
PAPERTRAIL_API_TOKEN: ${t.tok()}
NODE_ENV:             production
`,
  ),
];
