// rw-dev7 code: server and daemon configuration files — redis.conf, my.cnf, odbc.ini, freetds.conf, pgbouncer's
// userlist.txt, HAProxy userlists, rabbitmq.conf, Kafka server.properties JAAS lines, grafana.ini, Prometheus and
// Alertmanager, supervisord, nginx, Procfile, GitLab runner config.toml, Jenkins configuration-as-code.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev7-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const DAEMON_DOCS: RealWorldDoc[] = [
  d(
    'redis-conf',
    ['config-syntax', 'credential-file'],
    'deploy/redis/redis.conf',
    (c) => `# Redis configuration for the session store
bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no

################################## SECURITY ###################################
requirepass ${c.bare()}

# replicas authenticate to the primary with this
masterauth ${c.bare()}
masteruser replicator

# ACL users (the default user is disabled below)
user default off
user app on >${c.bare()} ~session:* +@read +@write
user metrics on #${c.sha256()} ~* +info
rename-command CONFIG ""

maxmemory 2gb
maxmemory-policy allkeys-lru
`,
  ),

  d(
    'redis-sentinel-conf',
    ['config-syntax'],
    'deploy/redis/sentinel.conf',
    (c) => `port 26379
sentinel monitor mymaster 10.0.3.11 6379 2
sentinel auth-pass mymaster ${c.bare()}
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
sentinel sentinel-pass ${c.bare()}
`,
  ),

  d(
    'my-cnf-client',
    ['credential-file'],
    'home/deploy/.my.cnf',
    (c) => `[client]
user=deploy
password="${c.pw()}"
host=db-primary.internal

[mysqldump]
user=backup
password=${c.bare()}
single-transaction

[mysql]
prompt=\\u@\\h [\\d]>\\_
`,
  ),

  d(
    'my-cnf-server',
    ['config-syntax'],
    'etc/mysql/conf.d/replication.cnf',
    (c) => `[mysqld]
server-id               = 2
log_bin                 = /var/log/mysql/mysql-bin.log
relay-log               = /var/log/mysql/relay-bin
validate_password.length = ${c.n('12')}
validate_password.policy = ${c.n('MEDIUM')}
default_authentication_plugin = ${c.n('caching_sha2_password')}

[client]
ssl-mode = REQUIRED

[mysqladmin]
user     = root
password = ${c.bare()}
`,
  ),

  d(
    'odbc-ini',
    ['credential-file', 'config-syntax'],
    'etc/odbc.ini',
    (c) => `[ODBC Data Sources]
Warehouse = PostgreSQL Unicode
Legacy    = FreeTDS

[Warehouse]
Driver      = PostgreSQL Unicode
Servername  = dwh.internal
Port        = 5432
Database    = dwh
Username    = etl
Password    = ${c.bare()}
SSLmode     = require

[Legacy]
Driver   = FreeTDS
Server   = 10.20.0.14
Port     = 1433
Database = erp
UID      = erp_reader
PWD      = ${c.bare()}
TDS_Version = 7.4

[Template]
Driver   = FreeTDS
UID      = ${c.n('<user>')}
PWD      = ${c.ph()}
`,
  ),

  d(
    'freetds-conf',
    ['config-syntax'],
    'etc/freetds/freetds.conf',
    (c) => `[global]
    tds version = auto
    text size = 64512

[erp-prod]
    host = sql01.corp.local
    port = 1433
    tds version = 7.4
    instance = ERP

# reporting box; freetds ignores these but tsql scripts read them
[reporting]
    host = sql02.corp.local
    port = 1433
    username = rpt_reader
    password = ${c.bare()}
`,
  ),

  d(
    'pgbouncer-userlist-plain',
    ['credential-file'],
    'deploy/pgbouncer/userlist.txt',
    (c) => `"pgbouncer" "${c.bare()}"
"app" "${c.pw()}"
"reporting" "${c.scram()}"
"admin" "md5${c.md5()}"
"migrator" "${c.hpw()}"
`,
  ),

  d(
    'pgbouncer-ini',
    ['config-syntax'],
    'deploy/pgbouncer/pgbouncer.ini',
    (c) => `[databases]
app = host=pg-primary port=5432 dbname=app
reports = host=pg-replica port=5432 dbname=app user=reporting password=${c.cs()}

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = ${c.n('scram-sha-256')}
auth_file = ${c.n('/etc/pgbouncer/userlist.txt')}
auth_user = pgbouncer
admin_users = pgbouncer
pool_mode = transaction
max_client_conn = 500
`,
  ),

  d(
    'haproxy-userlist',
    ['config-syntax'],
    'etc/haproxy/haproxy.cfg',
    (c, k) => `global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

userlist stats_users
    user admin insecure-password ${c.bare()}
    user viewer insecure-password ${c.bare()}
    user ops password ${c.n(`$6$rounds=5000$${k.g.alnum(8)}$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`)}

frontend stats
    bind *:8404
    stats enable
    stats uri /stats
    acl auth_ok http_auth(stats_users)
    http-request auth realm stats unless auth_ok

backend api
    server api1 10.0.0.21:8080 check
    http-request set-header Authorization "Basic %[env(${c.n('AUTH_B64')})]"
`,
  ),

  d(
    'rabbitmq-conf',
    ['config-syntax'],
    'deploy/rabbitmq/rabbitmq.conf',
    (c) => `listeners.tcp.default = 5672
management.tcp.port = 15672
loopback_users.guest = false
default_user = orders
default_pass = ${c.bare()}
default_vhost = /orders
default_permissions.configure = .*
auth_backends.1 = internal
# federation upstream uses its own user
management.load_definitions = ${c.n('/etc/rabbitmq/definitions.json')}
`,
  ),

  d(
    'rabbitmq-definitions-json',
    ['config-syntax'],
    'deploy/rabbitmq/definitions.json',
    (c) => `{
  "users": [
    { "name": "orders", "password_hash": "${c.blob(44)}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "" },
    { "name": "shovel", "password": "${c.pw()}", "tags": "" }
  ],
  "vhosts": [{ "name": "/orders" }],
  "parameters": [
    {
      "component": "shovel", "vhost": "/orders", "name": "to-dr",
      "value": { "src-uri": "amqp://", "dest-uri": "amqps://shovel:${c.cs()}@dr-rabbit.internal:5671/orders" }
    }
  ]
}
`,
  ),

  d(
    'kafka-server-properties',
    ['config-syntax'],
    'config/kraft/server.properties',
    (c) => `process.roles=broker,controller
node.id=1
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=PLAIN
listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="broker" \\
    password="${c.bare()}" \\
    user_broker="${c.bare()}" \\
    user_ingest="${c.pw()}";
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
ssl.keystore.password=${c.bare()}
ssl.key.password=${c.bare()}
password.encoder.secret=${c.b62(32)}
password.encoder.iterations=${c.n('4096')}
`,
  ),

  d(
    'kafka-client-jaas',
    ['credential-file'],
    'config/kafka_client_jaas.conf',
    (c) => `KafkaClient {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="analytics"
    password="${c.pw()}";
};

Client {
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="zk"
    password="${c.bare()}";
};
`,
  ),

  d(
    'grafana-ini',
    ['config-syntax'],
    'deploy/grafana/grafana.ini',
    (c) => `[server]
http_port = 3000
root_url = https://grafana.acme.internal/

[security]
admin_user = admin
admin_password = ${c.bare()}
secret_key = ${c.b62(32)}
disable_gravatar = true
cookie_secure = true

[auth.generic_oauth]
enabled = true
client_id = ${c.n('grafana')}
client_secret = ${c.hex(40)}
auth_url = https://sso.acme.internal/auth

[smtp]
enabled = true
host = smtp.acme.internal:587
user = grafana
password = """${c.pw()}"""

[database]
password = \${__file{/run/secrets/grafana_db}}
`,
  ),

  d(
    'alertmanager-yml',
    ['config-syntax'],
    'deploy/alertmanager/alertmanager.yml',
    (c) => `global:
  smtp_smarthost: smtp.gmail.com:587
  smtp_from: alerts@acme.example
  smtp_auth_username: alerts@acme.example
  smtp_auth_password: '${c.letters()}'
  resolve_timeout: 5m

receivers:
  - name: oncall
    webhook_configs:
      - url: https://hooks.acme.internal/alert
        http_config:
          basic_auth:
            username: alertmanager
            password: ${c.bare()}
  - name: ops-mail
    email_configs:
      - to: ops@acme.example
        auth_password_file: ${c.n('/etc/alertmanager/smtp_pass')}

route:
  receiver: oncall
  group_wait: 30s
`,
  ),

  d(
    'prometheus-yml',
    ['config-syntax'],
    'deploy/prometheus/prometheus.yml',
    (c) => `global:
  scrape_interval: 30s

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node-1:9100', 'node-2:9100']
    basic_auth:
      username: prom
      password: "${c.pw()}"
  - job_name: federate
    metrics_path: /federate
    authorization:
      type: Bearer
      credentials: ${c.b62(40)}
  - job_name: blackbox
    bearer_token_file: ${c.n('/var/run/secrets/kubernetes.io/serviceaccount/token')}

remote_write:
  - url: https://prometheus-prod-10.grafana.net/api/prom/push
    basic_auth:
      username: ${c.n('482311')}
      password: ${c.b64(88)}
`,
  ),

  d(
    'supervisord-conf',
    ['config-syntax'],
    'deploy/supervisord.conf',
    (c) => `[unix_http_server]
file=/var/run/supervisor.sock
chmod=0700

[inet_http_server]
port=127.0.0.1:9001
username=supervisor
password=${c.bare()}

[program:worker]
command=/opt/app/bin/worker --queue default
environment=DATABASE_URL="postgres://worker:${c.cs()}@db:5432/app",API_KEY="${c.hex(32)}",LOG_LEVEL="info"
autorestart=true
user=app

[program:beat]
command=/opt/app/bin/beat
environment=SECRET_KEY_FILE="${c.n('/run/secrets/beat')}"
`,
  ),

  d(
    'nginx-basic-upstream',
    ['config-syntax', 'http-auth'],
    'deploy/nginx/conf.d/legacy-api.conf',
    (c, k) => `upstream legacy_api {
    server 10.0.5.10:8080;
}

server {
    listen 443 ssl;
    server_name legacy.acme.example;
    ssl_certificate     /etc/nginx/tls/legacy.crt;
    ssl_certificate_key /etc/nginx/tls/legacy.key;

    location / {
        proxy_pass http://legacy_api;
        proxy_set_header Authorization "Basic ${k.basic('integration')}";
        proxy_set_header X-Api-Key ${c.hex(32)};
        proxy_set_header X-Request-Id $request_id;
    }

    location /reports/ {
        auth_basic "Reports";
        auth_basic_user_file ${c.n('/etc/nginx/.htpasswd')};
        proxy_set_header Authorization "Bearer ${k.bearer()}";
    }
}
`,
  ),

  d(
    'procfile-inline-env',
    ['config-syntax', 'command-line'],
    'Procfile',
    (c) => `web: DJANGO_SECRET_KEY=${c.b62(50)} gunicorn shop.wsgi --workers 3 --bind 0.0.0.0:$PORT
worker: REDIS_PASSWORD=${c.bare()} celery -A shop worker -l info
release: DB_PASSWORD=$DATABASE_PASSWORD python manage.py migrate
clock: python manage.py run_scheduler --token-ttl ${c.n('900')}
`,
  ),

  d(
    'gitlab-runner-config-toml',
    ['config-syntax', 'credential-file'],
    'etc/gitlab-runner/config.toml',
    (c) => `concurrent = 4
check_interval = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "build-01"
  url = "https://gitlab.acme.internal/"
  id = 42
  token = "${c.b62(20)}"
  token_obtained_at = 2025-11-03T09:14:22Z
  executor = "docker"
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "minio.acme.internal:9000"
      AccessKey = "gitlab-cache"
      SecretKey = "${c.b62(40)}"
      BucketName = "runner-cache"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    environment = ["REGISTRY_PASSWORD=${c.bare()}", "GIT_DEPTH=10"]
`,
  ),

  d(
    'jenkins-casc-yaml',
    ['config-syntax'],
    'jenkins/casc.yaml',
    (c) => `jenkins:
  systemMessage: "Acme CI"
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin
          password: ${c.bare()}
        - id: release-bot
          password: "${c.pw()}"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: nexus
              username: deployer
              password: "${c.hpw()}"
          - string:
              scope: GLOBAL
              id: sonar-token
              secret: "${c.hex(40)}"
          - string:
              id: slack-token
              secret: "\${${c.n('SLACK_TOKEN')}}"
          - usernamePassword:
              id: github
              username: acme-ci
              password: "\${readFile:/run/secrets/github}"
`,
  ),
];
