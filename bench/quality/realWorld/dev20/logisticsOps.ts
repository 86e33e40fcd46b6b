// Operations around logistics platforms: RabbitMQ and Kafka SASL configs of tracking-event pipelines, docker-compose
// and Kubernetes manifests of label and tracking services, CI deploys, shell histories and logs of the on-call.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_OPS_DOCS: RealWorldDoc[] = [
  lDoc('logistics-kafka-sasl-client-properties', ['config-syntax', 'precision'], 'tracking-events/config/client.properties', (k) => {
    return `# Confluent Cloud cluster "tracking-events-eu" (scan events from hubs, 40k msg/s at peak)
bootstrap.servers=pkc-${k.g.lower(5)}.europe-west3.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${k.u(k.g.upper(16))}" password="${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
# Schema Registry
schema.registry.url=https://psrc-${k.g.lower(5)}.europe-west3.gcp.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${k.u(k.g.upper(16))}:${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}
`;
  }),

  lDoc('logistics-rabbitmq-definitions-json', ['config-syntax', 'precision'], 'infra/rabbitmq/definitions.json', (k) => {
    return `{
  "users": [
    { "name": "wms", "password_hash": "${k.n(k.g.base64(44))}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": [] },
    { "name": "tms", "password_hash": "${k.n(k.g.base64(44))}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": [] }
  ],
  "vhosts": [{ "name": "/logistics" }],
  "permissions": [{ "user": "wms", "vhost": "/logistics", "configure": "", "write": "wms\\\\..*", "read": ".*" }],
  "queues": [
    { "name": "labels.print", "vhost": "/logistics", "durable": true },
    { "name": "tracking.events", "vhost": "/logistics", "durable": true }
  ],
  "shovels_note": "shovel to the carrier hub uses amqps://nf_shovel:${k.cs()}@mq.carrierhub.example:5671/%2Fpartners"
}
`;
  }),

  lDoc('logistics-docker-compose-label-stack', ['config-syntax', 'precision'], 'deploy/docker-compose.yml', (k) => {
    return `services:
  label-api:
    image: registry.northfreight.example/label-api:2.8.1
    environment:
      DATABASE_URL: postgresql://labels:${k.cs()}@postgres:5432/labels
      RABBITMQ_URL: amqp://labels:${k.cs()}@rabbitmq:5672/logistics
      UPS_CLIENT_SECRET: \${UPS_CLIENT_SECRET}
      DHL_API_KEY: \${DHL_API_KEY:?set in .env}
      JWT_SECRET: ${k.tok()}
    ports: ["8080:8080"]
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: labels
      POSTGRES_PASSWORD: ${k.pw()}
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: labels
      RABBITMQ_DEFAULT_PASS: ${k.pw()}
  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: it@northfreight.example
      PGADMIN_DEFAULT_PASSWORD: ${k.u('admin')}
`;
  }),

  lDoc('logistics-k8s-secret-tracking', ['config-syntax', 'precision'], 'k8s/tracking-api/secret.yaml', (k) => {
    return `apiVersion: v1
kind: Secret
metadata:
  name: tracking-api
  namespace: logistics
type: Opaque
stringData:
  FEDEX_CLIENT_SECRET: ${k.s('token', L.fedexSecret(k.g))}
  UPS_CLIENT_SECRET: ${k.s('token', L.upsClientSecret(k.g))}
  REDIS_PASSWORD: ${k.gpw()}
  SLACK_WEBHOOK_URL: ${k.prov('Slack webhook', L.slackHook(k.g))}
---
apiVersion: v1
kind: Secret
metadata:
  name: tracking-api-sealed-note
  annotations:
    note: "prod uses the SealedSecret in ../sealed/, this file is for kind clusters"
data:
  AFTERSHIP_API_KEY: ${k.s('token', L.b64('asat_' + k.g.hex(32)))}
`;
  }),

  lDoc('logistics-oncall-bash-history', ['command-line', 'precision'], 'home/oncall/.bash_history', (k) => {
    return `ssh wms-prod-01
sudo systemctl status wms-rf
tail -f /var/log/wms/rf.log | grep -i timeout
mysql -h wmsdb-prod -u wms_admin -p${k.spw()} wms -e "select count(*) from pick_task where status='OPEN'"
redis-cli -h redis-prod -a ${k.spw()} llen labels.print
curl -s -u guest:${k.u('guest')} http://localhost:15672/api/queues | jq '.[] | {name, messages}'
psql "postgresql://tms:${k.cs()}@tmsdb-prod:5432/tms" -c "\\dt"
export SHIPPO_API_KEY=${k.prov('Shippo', L.shippoLive(k.g))}
python3 tools/requeue_labels.py --since 2026-04-11T06:00
history -c
`;
  }),

  lDoc('logistics-github-actions-deploy', ['config-syntax', 'precision'], '.github/workflows/deploy-tms.yml', (k) => {
    return `name: Deploy TMS
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-central-1
      - name: Smoke test carrier connectors
        env:
          FEDEX_CLIENT_ID: \${{ vars.FEDEX_CLIENT_ID }}
          FEDEX_CLIENT_SECRET: \${{ secrets.FEDEX_CLIENT_SECRET }}
          DHL_API_KEY: ${k.s('token', L.dhlKey(k.g))}
        run: npm run smoke:carriers
      - run: ./deploy.sh production
      - name: Notify dispatch channel
        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"TMS deployed"}' ${k.prov('Slack webhook', L.slackHook(k.g))}
`;
  }),

  lDoc('logistics-carrier-gateway-http-log', ['logs-and-output', 'http-auth', 'precision'], 'logs/carrier-gateway-debug.log', (k) => {
    return `2026-03-18 14:02:11,201 DEBUG [http-nio-8080-exec-4] o.a.http.wire - >> "POST /oauth/token HTTP/1.1[\\r][\\n]"
2026-03-18 14:02:11,201 DEBUG [http-nio-8080-exec-4] o.a.http.wire - >> "Host: onlinetools.ups.com[\\r][\\n]"
2026-03-18 14:02:11,202 DEBUG [http-nio-8080-exec-4] o.a.http.wire - >> "Authorization: Basic ${k.http(L.b64(`${L.upsClientId(k.g)}:${L.upsClientSecret(k.g)}`))}[\\r][\\n]"
2026-03-18 14:02:11,202 DEBUG [http-nio-8080-exec-4] o.a.http.wire - >> "x-merchant-id: ${k.n(L.upsAccount(k.g))}[\\r][\\n]"
2026-03-18 14:02:11,640 DEBUG [http-nio-8080-exec-4] o.a.http.wire - << "HTTP/1.1 200 OK[\\r][\\n]"
2026-03-18 14:02:11,641 DEBUG [http-nio-8080-exec-4] o.a.http.wire - << "{"token_type":"Bearer","issued_at":"1710770531640","client_id":"${k.n(L.upsClientId(k.g))}","access_token":"${k.http(L.jwt(k.g))}","expires_in":"14399","status":"approved"}"
2026-03-18 14:02:12,010 INFO  [http-nio-8080-exec-4] c.n.carrier.UpsShipService - shipment created ${k.n(L.upsTracking(k.g))} cost=18.42 EUR
2026-03-18 14:02:12,011 DEBUG [http-nio-8080-exec-4] c.n.carrier.UpsShipService - request-id=${k.n(k.g.uuid())} trace=${k.n(k.g.hex(32))}
`;
  }),

  lDoc('logistics-ansible-wms-inventory', ['config-syntax', 'precision'], 'ansible/inventory/host_vars/wms-prod-01.yml', (k) => {
    return `ansible_host: ${k.n(L.ipv4(k.g, '10.10'))}
ansible_user: deploy
ansible_become_password: ${k.pw()}
wms_db_host: wmsdb-prod
wms_db_user: wms
wms_db_password: "{{ vault_wms_db_password }}"
wms_rf_port: 8080
wms_printer_subnet: 10.40.0.0/16
smtp_relay_password: ${k.pw()}
backup_s3_bucket: nf-wms-backups
`;
  }),

  lDoc('logistics-terraform-tfvars', ['config-syntax', 'precision'], 'infra/envs/prod/terraform.tfvars', (k) => {
    return `region          = "eu-central-1"
project         = "tracking-platform"
db_instance     = "db.r6g.large"
db_username     = "tracking"
db_password     = "${k.gpw()}"
datadog_api_key = "${k.hex(32)}"
datadog_app_key = "${k.hex(40)}"
pagerduty_token = "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+', 20))}"
alarm_email     = "oncall@northfreight.example"
`;
  }),

  lDoc('logistics-jenkinsfile-edi', ['code', 'precision'], 'edi-gateway/Jenkinsfile', (k) => {
    return `pipeline {
  agent { label 'linux' }
  environment {
    NEXUS = credentials('nexus-deploy')
    AS2_KEYSTORE_PASSWORD = credentials('as2-keystore-password')
  }
  stages {
    stage('Build') { steps { sh './mvnw -B -DskipTests package' } }
    stage('Integration test') {
      steps {
        sh './mvnw -B verify -Dedi.sftp.user=nf_test -Dedi.sftp.password=${k.spw()}'
      }
    }
    stage('Deploy') {
      steps {
        sh 'scp target/edi-gateway.jar deploy@edi-prod-01:/opt/edi/'
        sh 'ssh deploy@edi-prod-01 "sudo systemctl restart edi-gateway"'
      }
    }
  }
}
`;
  }),

  lDoc('logistics-tracking-webhook-nginx', ['config-syntax', 'http-auth', 'precision'], 'nginx/sites-enabled/tracking.conf', (k) => {
    return `server {
    listen 443 ssl http2;
    server_name track.northfreight.example;
    ssl_certificate     /etc/ssl/track.pem;
    ssl_certificate_key /etc/ssl/track.key;

    location /webhooks/aftership {
        # AfterShip signs with HMAC, we also pin a shared header
        if ($http_x_webhook_token != "${k.s('http-auth', k.g.alnum(32))}") { return 401; }
        proxy_pass http://tracking-api:8080;
    }

    location /internal/ {
        auth_basic "internal";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass http://tracking-api:8080;
    }

    location /carrier-proxy/dhl/ {
        proxy_set_header DHL-API-Key "${k.s('http-auth', L.dhlKey(k.g))}";
        proxy_pass https://api-eu.dhl.com/;
    }
}
`;
  }),

  lDoc('logistics-htpasswd-and-netrc', ['credential-file', 'precision'], 'home/edi/.netrc', (k) => {
    return `machine ftp.oldpartner.example
  login ftp_nf
  password ${k.spw()}
machine sftp.retailer-edi.example
  login nf_3pl
  password ${k.spw()}
machine nexus.northfreight.example
  login ci-deploy
  password ${k.gpw()}
`;
  }),
];
