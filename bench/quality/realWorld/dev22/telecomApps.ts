// Self-care portals, MVNO back ends and OSS microservices: application configs in TOML, HCL, .NET, Spring and
// Go, with connection strings, API keys and OAuth secrets of the services a small carrier wires together.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './telecomValues';

export const TELECOM_APPS_DOCS: RealWorldDoc[] = [
  tDoc(
    'telecom-mvno-appsettings-json',
    ['config-syntax', 'precision'],
    'Mvno.Api/appsettings.Production.json',
    (k) => `{
  "ConnectionStrings": {
    "Subscribers": "Server=sql-mvno.database.windows.net;Database=subscribers;User Id=mvno_app;Password=${k.cs()};Encrypt=True",
    "Cdr": "Host=cdr.mvno.internal;Database=cdr;Username=cdr_ro;Password=${k.cs()}",
    "Audit": "Server=(localdb)\\\\MSSQLLocalDB;Database=audit;Trusted_Connection=True"
  },
  "HostOperator": {
    "BaseUrl": "https://wholesale.host-operator.example/api",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.tok()}",
    "ApnName": "internet.mvno.example"
  },
  "Stripe": { "PublishableKey": "${k.n('pk_live_' + k.g.alnum(24))}" },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
`,
  ),

  tDoc(
    'telecom-selfcare-config-toml',
    ['config-syntax', 'precision'],
    'selfcare/config/production.toml',
    (k) => `[server]
listen = "0.0.0.0:8080"
cookie_secret = "${k.tok()}"

[database]
url = "postgresql://selfcare:${k.cs()}@pg-selfcare.internal:5432/selfcare?sslmode=require"

[redis]
url = "rediss://:${k.cs()}@cache.selfcare.internal:6380/0"

[sms]
provider = "infobip"
api_key = "${k.prov('Infobip', T.infobip(k.g))}"
sender = "MinhaOp"

[maps]
browser_key = "${k.n(T.googleApiKey(k.g))}"  # restricted to selfcare.example referrers
`,
  ),

  tDoc(
    'telecom-terraform-oss',
    ['config-syntax', 'precision'],
    'infra/oss/main.tf',
    (k) => `provider "aws" {
  region = "eu-central-1"
}

resource "aws_db_instance" "inventory" {
  identifier        = "oss-inventory"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "oss"
  password          = "${k.spw()}"
  allocated_storage = 100
}

resource "aws_secretsmanager_secret_version" "radius" {
  secret_id     = aws_secretsmanager_secret.radius.id
  secret_string = jsonencode({ shared_secret = "${k.shared()}" })
}

variable "netbox_token" {
  type      = string
  sensitive = true
  default   = "${k.prov('NetBox', T.netbox(k.g))}"
}

output "db_endpoint" { value = aws_db_instance.inventory.endpoint }
# state bucket object version ${k.n(k.g.alnum(32))}
`,
  ),

  tDoc(
    'telecom-spring-bss-yaml',
    ['config-syntax', 'precision'],
    'order-service/src/main/resources/application-prod.yml',
    (k) => `spring:
  datasource:
    url: jdbc:postgresql://orders-db.bss.internal:5432/orders
    username: orders
    password: ${k.spw()}
  rabbitmq:
    addresses: amqp://orders:${k.cs()}@mq.bss.internal:5672/orders
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: order-service
            client-secret: ${k.tok()}
tmf:
  catalog-url: https://catalog.bss.internal/tmf-api/productCatalogManagement/v4
  partner-api-key: ${k.hex(40)}
  correlation-header: X-Correlation-Id
  sample-order-id: ${k.n(k.g.uuid())}
`,
  ),

  tDoc(
    'telecom-go-cdr-exporter',
    ['code', 'defaults-in-code', 'precision'],
    'cdr-exporter/internal/config/defaults.go',
    (k) => `package config

// Defaults used when the env is empty (lab only, but this shipped to prod once).
const (
	DefaultKafkaBrokers = "kafka-0.mediation:9092"
	DefaultClickhouseDSN = "clickhouse://exporter:${k.cs()}@ch.mediation.internal:9000/cdr"
	DefaultS3Bucket      = "cdr-archive-prod"
	DefaultS3AccessKey   = "${k.u(T.awsId(k.g))}"
	DefaultS3SecretKey   = "${k.prov('AWS', T.awsSecret(k.g))}"
	DefaultHMACKey       = "${k.hex(64)}"
	SampleRecordID       = "${k.n(T.cdrId(k.g))}"
)
`,
  ),

  tDoc(
    'telecom-hashicorp-vault-notes',
    ['prose', 'command-line', 'precision'],
    'docs/secrets-migration.md',
    (k) => `# Moving NOC secrets into Vault

Paths we use: ${k.n('vault:secret/data/noc/radius#shared_secret')}, ${k.n('vault:secret/data/noc/snmp#community')}.

Example (do not copy the value, it is the real one from the old wiki and must be rotated):

    vault kv put secret/noc/radius shared_secret=${k.shared()}
    vault kv put secret/noc/olt admin_password=${k.gpw()}
    vault kv get -field=shared_secret secret/noc/radius

Unseal keys are with the two NOC leads; the root token used during setup was ${k.s('token', 'hvs.' + k.g.alnum(24), 'HashiCorp Vault')}
and has been revoked (accessor ${k.n(k.g.alnum(24))}).
`,
  ),

  tDoc(
    'telecom-kubernetes-secret-manifest',
    ['config-syntax', 'precision'],
    'k8s/cpaas/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: cpaas-credentials
  namespace: cpaas
type: Opaque
stringData:
  PLIVO_AUTH_ID: ${k.u(T.plivoId(k.g))}
  PLIVO_AUTH_TOKEN: ${k.prov('Plivo', T.plivoToken(k.g))}
  MESSAGEBIRD_ACCESS_KEY: ${k.prov('MessageBird', T.messagebird(k.g))}
  SMPP_PASSWORD: ${k.s('password', T.smppPw(k.g))}
---
apiVersion: v1
kind: Secret
metadata:
  name: cpaas-db
type: Opaque
data:
  password: ${k.s('password', T.b64(T.safePw(k.g)))}
`,
  ),

  tDoc(
    'telecom-prometheus-snmp-exporter',
    ['config-syntax', 'precision'],
    'monitoring/snmp.yml',
    (k) => `auths:
  public_v2:
    version: 2
    community: public
  noc_v2:
    version: 2
    community: ${k.s('password', T.snmpCommunity(k.g))}
  noc_v3:
    version: 3
    username: promsnmp
    security_level: authPriv
    auth_protocol: SHA256
    password: ${k.spw()}
    priv_protocol: AES
    priv_password: ${k.spw()}
modules:
  if_mib:
    walk: [${k.n('1.3.6.1.2.1.2')}, ${k.n('1.3.6.1.2.1.31.1.1')}]
`,
  ),

  tDoc(
    'telecom-blackbox-http-probe',
    ['config-syntax', 'http-auth', 'precision'],
    'monitoring/blackbox.yml',
    (k) => `modules:
  selfcare_api:
    prober: http
    http:
      method: GET
      headers:
        X-API-Key: ${k.http(k.g.alnum(32))}
      fail_if_not_ssl: true
  acs_login:
    prober: http
    http:
      basic_auth:
        username: probe
        password: ${k.spw()}
  bss_token:
    prober: http
    http:
      bearer_token: ${k.bearer()}
  lg_public:
    prober: http
`,
  ),

  tDoc(
    'telecom-registry-export-softphone',
    ['config-syntax', 'precision'],
    'support/softphone-agent.reg',
    (k) => `Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\CallCenter\\Softphone\\Account0]
"Server"="sbc.cc.operator.example"
"Username"="${k.g.digits(4)}"
"AuthUser"="agent${k.g.digits(4)}"
"Password"="${k.dev()}"
"Transport"="TLS"
"DeviceId"="${k.n('{' + k.g.uuid().toUpperCase() + '}')}"

[HKEY_CURRENT_USER\\Software\\CallCenter\\Softphone\\Crm]
"ApiUrl"="https://crm.operator.example/api"
"ApiToken"="${k.tok()}"
"LastMsisdn"="${k.n(T.msisdn(k.g))}"
`,
  ),

  tDoc(
    'telecom-ci-build-output',
    ['logs-and-output', 'precision'],
    'ci/logs/build-8812.txt',
    (k) => `Running with gitlab-runner 16.9.1 (${k.n(k.g.hex(8))})
  on docker-runner-02 ${k.n(k.g.alnum(8))}, system ID: ${k.n('s_' + k.g.hex(12))}
$ echo "Deploying with DB_URL=$DB_URL"
Deploying with DB_URL=postgres://oss:${k.cs()}@oss-db.internal:5432/oss
$ npm run migrate
> oss-inventory@3.2.0 migrate
Migrated 4 files (checksum ${k.n(T.sha1(k.g))})
$ curl -sf -H "PRIVATE-TOKEN: ${k.prov('GitLab', T.gitlabPat(k.g))}" "$CI_API_V4_URL/projects/42/releases"
Job succeeded
`,
  ),

  tDoc(
    'telecom-sentry-firebase-public-config',
    ['code', 'precision'],
    'selfcare-app/src/config.ts',
    (k) => `// Public, shipped in the app bundle: none of these are secrets.
export const firebaseConfig = {
  apiKey: '${k.n(T.googleApiKey(k.g))}',
  authDomain: 'selfcare-operadora.firebaseapp.com',
  projectId: 'selfcare-operadora',
  appId: '${k.n('1:' + k.g.digits(12) + ':web:' + k.g.hex(22))}',
};
export const sentryDsn = '${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}';
export const oauthClientId = '${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}';
export const supportPhone = '${k.n(T.msisdn(k.g))}';
export const passwordLabel = '${k.n('Senha')}';
export const tokenHeader = '${k.n('X-Auth-Token')}';
`,
  ),
];
