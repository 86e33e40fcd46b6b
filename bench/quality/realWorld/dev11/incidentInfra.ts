// rw-dev11 incident part: infrastructure tool output (kubectl get -o yaml / describe, helm get values, Terraform
// plan / state / output, docker compose config, aws / az / vault CLI output).
import type { RealWorldDoc } from '../types';
import { PROV, anyPw, b64, idoc } from './incidentValues';

export const INCIDENT_INFRA_DOCS: RealWorldDoc[] = [
  idoc(
    'kubectl-get-secret-yaml',
    ['logs-and-output', 'config-syntax', 'precision'],
    'incident/2026-11-18/kubectl-get-secret.txt',
    (x) => `$ kubectl get secret payments-db -n payments -o yaml
apiVersion: v1
data:
  host: ${x.n(b64('pg-payments.payments.svc'))}
  password: ${x.m.secret('password', b64(anyPw(x.g, true)))}
  username: ${x.n(b64('payments'))}
  stripe-key: ${x.m.secret('provider', b64(PROV.stripe(x.g)), 'Stripe (base64 in a Secret)')}
kind: Secret
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"Secret","metadata":{"name":"payments-db","namespace":"payments"},"stringData":{"password":"${x.pw(true)}"},"type":"Opaque"}
  creationTimestamp: "2026-09-02T11:20:44Z"
  name: payments-db
  namespace: payments
  resourceVersion: "${x.n(x.g.digits(8))}"
  uid: ${x.rid()}
type: Opaque
`,
  ),

  idoc(
    'kubectl-describe-pod',
    ['logs-and-output', 'precision'],
    'incident/2026-11-18/describe-pod.txt',
    (x) => `Name:             search-api-6d9f7c-vx2l4
Namespace:        search
Priority:         0
Service Account:  search-api
Node:             ip-10-0-44-12.eu-west-1.compute.internal/10.0.44.12
Start Time:       Wed, 18 Nov 2026 07:01:12 +0000
Labels:           app=search-api
                  pod-template-hash=6d9f7c
Status:           Running
IP:               10.0.45.201
Containers:
  api:
    Container ID:   containerd://${x.n(x.g.hex(64))}
    Image:          registry.example.com/search/api:1.12.0
    Image ID:       registry.example.com/search/api@sha256:${x.n(x.g.hex(64))}
    Port:           8080/TCP
    State:          Running
    Ready:          True
    Restart Count:  7
    Environment:
      ELASTIC_URL:        https://elastic:${x.cs()}@es-prod.search.svc:9200
      ELASTIC_API_KEY:    ${x.tok(x.g.base64(60).replace(/[+/]/g, 'E') + '==')}
      OPENAI_API_KEY:     ${x.prov('openai', 'OpenAI')}
      REDIS_PASSWORD:     <set to the key 'password' in secret 'redis-auth'>  Optional: false
      JWT_PUBLIC_KEY:     <set to the key 'jwt.pub' of config map 'auth-keys'>  Optional: false
      ADMIN_BASIC_AUTH:   admin:${x.pw(true)}
      LOG_LEVEL:          debug
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${x.n(x.g.lower(5))} (ro)
Events:
  Type     Reason     Age                  From     Message
  ----     ------     ----                 ----     -------
  Warning  BackOff    3m (x31 over 2h)     kubelet  Back-off restarting failed container api in pod search-api-6d9f7c-vx2l4_search(${x.rid()})
`,
  ),

  idoc(
    'kubectl-configmap-leak',
    ['logs-and-output', 'config-syntax'],
    'incident/2026-11-18/configmap.yaml',
    (x) => `# kubectl get cm notifier-config -o yaml  (found during the audit: creds in a ConfigMap, readable by every SA)
apiVersion: v1
kind: ConfigMap
metadata:
  name: notifier-config
  namespace: notify
data:
  config.yaml: |
    smtp:
      host: smtp.office365.com
      port: 587
      user: alerts@firma.example
      pass: "${x.pw(true)}"
    twilio:
      account_sid: AC${x.n(x.g.hex(32))}
      api_key: ${x.prov('twilio', 'Twilio API key')}
      api_secret: ${x.tok(x.g.alnum(32))}
    telegram:
      bot_token: "${x.tok(x.g.digits(10) + ':AA' + x.g.base64url(33))}"
      chat_id: "${x.n('-100' + x.g.digits(10))}"
  LOG_FORMAT: json
`,
  ),

  idoc(
    'helm-get-values',
    ['logs-and-output', 'config-syntax', 'precision'],
    'incident/notes/helm-values-prod.txt',
    (x) => `$ helm get values keycloak -n auth --all
COMPUTED VALUES:
auth:
  adminUser: admin
  adminPassword: ${x.pw(true)}
  existingSecret: ""
externalDatabase:
  host: pg-auth.auth.svc
  user: keycloak
  password: ${x.pw(true)}
  existingSecret: ${x.n('keycloak-db')}
image:
  registry: docker.io
  repository: bitnami/keycloak
  tag: 22.0.5-debian-11-r2
  digest: "sha256:${x.n(x.g.hex(64))}"
postgresql:
  enabled: false
  auth:
    postgresPassword: ${x.n('""')}
smtp:
  password: ${x.n('{{ .Values.global.smtpPassword }}')}
`,
  ),

  idoc(
    'terraform-plan-output',
    ['logs-and-output', 'precision'],
    'ci-logs/terraform-plan-network.txt',
    (x) => `Terraform used the selected providers to generate the following execution plan. Resource actions are indicated
with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_db_instance.reports will be updated in-place
  ~ resource "aws_db_instance" "reports" {
        id                     = "reports-prod"
      ~ password               = (sensitive value)
        tags                   = {}
        # (41 unchanged attributes hidden)
    }

  # azurerm_app_service.portal will be updated in-place
  ~ resource "azurerm_app_service" "portal" {
      ~ app_settings = {
          ~ "PAYMENT_API_SECRET" = "${x.n('(known after apply)')}" -> "${x.tok()}"
          ~ "SQL_CONN"           = "Server=tcp:sql-portal.database.windows.net,1433;Database=portal;User ID=portal;Password=${x.cs()};" -> "Server=tcp:sql-portal.database.windows.net,1433;Database=portal;User ID=portal;Password=${x.cs()};"
            "WEBSITE_RUN_FROM_PACKAGE" = "1"
        }
        id = "/subscriptions/${x.rid()}/resourceGroups/rg-portal/providers/Microsoft.Web/sites/portal"
    }

  # datadog_monitor.api_errors will be created
  + resource "datadog_monitor" "api_errors" {
      + id      = (known after apply)
      + message = "API errors @slack-ops"
    }

  # null_resource.seed will be created
  + resource "null_resource" "seed" {
      + triggers = {
          + "admin_pw" = "${x.pw(true)}"
        }
    }

Plan: 2 to add, 2 to change, 0 to destroy.
`,
  ),

  idoc(
    'terraform-state-snippet',
    ['logs-and-output', 'config-syntax', 'precision'],
    'incident/tfstate-excerpt.json',
    (x) => `{
  "version": 4,
  "terraform_version": "1.6.4",
  "serial": 211,
  "lineage": "${x.rid()}",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ci",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "${x.u(PROV.awsId(x.g))}",
            "secret": "${x.prov('awsSecret', 'AWS secret access key')}",
            "ses_smtp_password_v4": "${x.tok(x.g.base64(44).replace(/[+/]/g, 'B'))}",
            "status": "Active",
            "user": "ci-deployer",
            "encrypted_secret": null,
            "key_fingerprint": null
          },
          "sensitive_attributes": []
        }
      ]
    },
    {
      "mode": "managed",
      "type": "random_password",
      "name": "grafana_admin",
      "instances": [
        {
          "attributes": {
            "id": "none",
            "length": 24,
            "result": "${x.gpw(true)}",
            "bcrypt_hash": "${x.n('$2a$10$' + x.g.base64(53).replace(/[+]/g, '.'))}",
            "special": true
          }
        }
      ]
    }
  ]
}
`,
  ),

  idoc(
    'terraform-output-json',
    ['logs-and-output', 'command-line'],
    'incident/tf-output.txt',
    (x) => `$ terraform output -json
{
  "bastion_ip": {"sensitive": false, "type": "string", "value": "18.194.2.33"},
  "db_admin_password": {"sensitive": true, "type": "string", "value": "${x.gpw(true)}"},
  "redis_auth_token": {"sensitive": true, "type": "string", "value": "${x.tok(x.g.alnum(32))}"},
  "vpc_id": {"sensitive": false, "type": "string", "value": "vpc-${x.n(x.g.hex(17))}"}
}
`,
  ),

  idoc(
    'docker-compose-config',
    ['logs-and-output', 'config-syntax'],
    'debug/compose-config-rendered.yml',
    (x) => `# output of: docker compose config   (variables from .env already interpolated)
name: wiki
services:
  db:
    environment:
      MARIADB_DATABASE: wiki
      MARIADB_PASSWORD: ${x.pw(true)}
      MARIADB_ROOT_PASSWORD: ${x.pw(true)}
      MARIADB_USER: wiki
    image: mariadb:11.1
    networks:
      default: null
  wiki:
    depends_on:
      db:
        condition: service_started
        required: true
    environment:
      DB_PASS: ${x.n('(same as MARIADB_PASSWORD)')}
      WIKI_ADMIN_TOKEN: ${x.tok()}
      WIKI_SMTP_URL: smtps://wiki%40firma.example:${x.cs()}@mail.firma.example:465
    image: ghcr.io/requarks/wiki:2.5
    ports:
      - mode: ingress
        target: 3000
        published: "8080"
        protocol: tcp
networks:
  default:
    name: wiki_default
`,
  ),

  idoc(
    'aws-sts-assume-role',
    ['logs-and-output', 'command-line', 'precision'],
    'notes/assume-role-debug.md',
    (x) => `Debugging the cross-account role with Kemal — output of assume-role (creds expire after 1h, but still):

    $ aws sts assume-role --role-arn arn:aws:iam::${x.n(x.g.digits(12))}:role/ReadOnlyAudit --role-session-name kemal-debug
    {
        "Credentials": {
            "AccessKeyId": "${x.u('ASIA' + x.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}",
            "SecretAccessKey": "${x.prov('awsSecret', 'AWS temporary secret key')}",
            "SessionToken": "${x.tok('FwoGZXIvYXdzE' + x.g.base64(180).replace(/[+/]/g, 'q'))}",
            "Expiration": "2026-11-18T11:14:02+00:00"
        },
        "AssumedRoleUser": {
            "AssumedRoleId": "${x.n('AROA' + x.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17))}:kemal-debug",
            "Arn": "arn:aws:sts::${x.g.digits(12)}:assumed-role/ReadOnlyAudit/kemal-debug"
        }
    }

Kemal: tamam, çalışıyor. Bir dahaki sefere çıktıyı wiki'ye yapıştırmayalım :)
`,
  ),

  idoc(
    'vault-and-az-cli',
    ['logs-and-output', 'command-line', 'precision'],
    'notes/secret-rotation-log.txt',
    (x) => `$ vault kv get -mount=kv apps/crm
== Secret Path ==
kv/data/apps/crm

======= Metadata =======
Key                Value
---                -----
created_time       2026-11-18T09:02:11.118Z
version            14

====== Data ======
Key              Value
---              -----
api_token        ${x.tok()}
db_password      ${x.pw(true)}
webhook_url      https://crm.example.org/hooks/${x.n('{id}')}

$ az ad sp create-for-rbac --name crm-sync --role Reader --scopes /subscriptions/${x.rid()}
{
  "appId": "${x.rid()}",
  "displayName": "crm-sync",
  "password": "${x.tok(x.g.alnum(3) + '8Q~' + x.g.base64url(34))}",
  "tenant": "${x.rid()}"
}
$ aws ssm get-parameter --name /crm/prod/smtp --with-decryption --query Parameter.Value --output text
${x.pw(true)}
`,
  ),
];
