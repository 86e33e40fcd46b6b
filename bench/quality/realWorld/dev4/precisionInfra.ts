// rw-dev4 precision, part 5: infrastructure files where secrets are referenced, templated or encrypted
// (Terraform variables, Helm templates, secretKeyRef, Ansible vault references, sops), with the hardcoded
// value someone left beside the references.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { tight, tpw, upw, V } from './precisionValues';

export const INFRA_DOCS: RealWorldDoc[] = [
  doc(
    'terraform-rds-variables',
    ['precision', 'config-syntax'],
    'infra/rds/main.tf',
    (k) => `variable "db_password" {
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
}

variable "api_token" {
  type      = string
  sensitive = true
  default   = ${k.n('""')}
}

resource "random_password" "replica" {
  length           = 32
  special          = true
  override_special = ${k.n('"!#$%&*()-_=+[]{}<>:?"')}
}

resource "aws_db_instance" "main" {
  identifier          = "acme-prod"
  engine              = "postgres"
  username            = "acme_admin"
  password            = ${k.n('var.db_password')}
  kms_key_id          = ${k.n('aws_kms_key.rds.arn')}
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "replica" {
  secret_id     = ${k.n('aws_secretsmanager_secret.replica.id')}
  secret_string = ${k.n('jsonencode({ username = "replica", password = random_password.replica.result })')}
}

output "db_password" {
  value     = ${k.n('aws_db_instance.main.password')}
  sensitive = true
}
`,
  ),
  doc(
    'terraform-tfvars-mixed',
    ['precision', 'config-syntax'],
    'infra/envs/staging.tfvars',
    (k) => `region          = "eu-west-1"
instance_class  = "db.t4g.medium"
vpc_id          = ${k.n('"vpc-0a1b2c3d4e5f67890"')}
subnet_ids      = [${k.n('"subnet-0123456789abcdef0"')}, ${k.n('"subnet-0fedcba9876543210"')}]
kms_key_arn     = ${k.n(`"arn:aws:kms:eu-west-1:123456789012:key/${k.g.uuid()}"`)}
acm_cert_arn    = ${k.n(`"arn:aws:acm:eu-west-1:123456789012:certificate/${k.g.uuid()}"`)}
ami_id          = ${k.n('"ami-0c55b159cbfafe1f0"')}
# staging only, prod reads it from SSM
db_password     = "${tpw(k)}"
datadog_api_key = "${k.s('provider', k.g.hex(32), 'datadog')}"
`,
  ),
  doc(
    'helm-secret-template',
    ['precision', 'config-syntax'],
    'charts/api/templates/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "api.fullname" . }}
  labels:
    {{- include "api.labels" . | nindent 4 }}
type: Opaque
data:
  DATABASE_PASSWORD: ${k.n('{{ .Values.database.password | b64enc | quote }}')}
  JWT_SECRET: ${k.n('{{ required "jwt.secret is required" .Values.jwt.secret | b64enc | quote }}')}
  {{- if .Values.redis.auth.enabled }}
  REDIS_PASSWORD: ${k.n('{{ .Values.redis.auth.password | default (randAlphaNum 32) | b64enc | quote }}')}
  {{- end }}
stringData:
  SENTRY_DSN: ${k.n('{{ .Values.sentry.dsn | quote }}')}
`,
  ),
  doc(
    'helm-values-with-defaults',
    ['precision', 'config-syntax'],
    'charts/api/values.yaml',
    (k) => `replicaCount: 2
image:
  repository: ghcr.io/acme/api
  tag: ""  # defaults to .Chart.AppVersion
  digest: ${k.n(`sha256:${k.g.hex(64)}`)}
database:
  host: postgres
  user: api
  # Set with --set database.password=... or an existing secret; never commit it.
  password: ${k.n('""')}
  existingSecret: ${k.n('api-db')}
  existingSecretPasswordKey: ${k.n('password')}
jwt:
  secret: ${k.n('""')}
redis:
  auth:
    enabled: true
    password: ${k.n('""')}
sentry:
  dsn: ${k.n(V.sentryDsn(k.g))}
podAnnotations:
  checksum/config: ${k.n(k.g.hex(64))}
`,
  ),
  doc(
    'helm-values-dev-override',
    ['precision', 'config-syntax'],
    'charts/api/values-dev.yaml',
    (k) => `# kind cluster on your laptop: helm upgrade --install api charts/api -f charts/api/values-dev.yaml
database:
  host: postgres.dev.svc
  password: ${tpw(k)}
jwt:
  secret: ${k.tok(k.g.base64(43) + '=')}
redis:
  auth:
    password: ${k.n('""')}
ingress:
  host: api.127.0.0.1.nip.io
`,
  ),
  doc(
    'k8s-deployment-secretkeyref',
    ['precision', 'config-syntax'],
    'k8s/api/deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  annotations:
    deployment.kubernetes.io/revision: "14"
    kubectl.kubernetes.io/last-applied-configuration-hash: ${k.n(k.g.hex(64))}
spec:
  template:
    metadata:
      annotations:
        checksum/secret: ${k.n(k.g.hex(64))}
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: ghcr.io/acme/api@sha256:${k.n(k.g.hex(64))}
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${k.n('api-db')}
                  key: ${k.n('password')}
            - name: API_TOKEN
              valueFrom:
                secretKeyRef: { name: ${k.n('api-tokens')}, key: ${k.n('upstream')} }
            - name: PGPASSFILE
              value: ${k.n('/var/run/secrets/pg/.pgpass')}
            - name: VAULT_TOKEN_PATH
              value: ${k.n('/vault/secrets/token')}
          envFrom:
            - secretRef:
                name: ${k.n('api-env')}
          volumeMounts:
            - name: tls
              mountPath: /etc/tls
              readOnly: true
      volumes:
        - name: tls
          secret:
            secretName: ${k.n('api-tls')}
`,
  ),
  doc(
    'k8s-external-secret',
    ['precision', 'config-syntax'],
    'k8s/api/external-secret.yaml',
    (k) => `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: api-db
  data:
    - secretKey: password
      remoteRef:
        key: ${k.n('prod/api/db')}
        property: ${k.n('password')}
    - secretKey: token
      remoteRef:
        key: ${k.n('prod/api/upstream')}
        property: ${k.n('token')}
---
apiVersion: v1
kind: Secret
metadata:
  name: api-db-local
  namespace: dev
type: kubernetes.io/basic-auth
stringData:
  username: api
  password: ${tpw(k)}
`,
  ),
  doc(
    'ansible-vars-vault-refs',
    ['precision', 'config-syntax'],
    'ansible/group_vars/db/vars.yml',
    (k) => `---
postgres_version: 16
postgres_users:
  - name: app
    password: ${k.n('"{{ vault_postgres_app_password }}"')}
  - name: replication
    password: ${k.n('"{{ vault_postgres_replication_password }}"')}
  - name: monitoring
    password: ${k.n(`"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/db/monitoring:password') }}"`)}
pgbouncer_auth_type: ${k.n('scram-sha-256')}
pgbouncer_admin_password: ${k.n("\"{{ lookup('env', 'PGBOUNCER_ADMIN_PASSWORD') }}\"")}
backup_s3_secret_key: ${k.n("\"{{ lookup('aws_ssm', '/db/backup/s3_secret_key', region='eu-west-1') }}\"")}
postgres_hba_password_encryption: ${k.n('scram-sha-256')}
`,
  ),
  doc(
    'ansible-vault-file',
    ['precision', 'credential-file'],
    'ansible/group_vars/db/vault.yml',
    (k) => `${k.n(V.ansibleVault(k.g))}
`,
  ),
  doc(
    'ansible-inline-vault-and-plain',
    ['precision', 'config-syntax'],
    'ansible/host_vars/mon-01.yml',
    (k) => `---
grafana_admin_user: admin
grafana_admin_password: !vault |
  ${k.n(V.ansibleVault(k.g).split('\n').join('\n  '))}
grafana_smtp_password: !vault |
  ${k.n(V.ansibleVault(k.g).split('\n').join('\n  '))}
# TODO encrypt this one too, the vault id was not set up on the new laptop
grafana_secret_key: ${k.tok(k.g.alnum(32))}
node_exporter_port: 9100
`,
  ),
  doc('sops-encrypted-yaml', ['precision', 'credential-file'], 'secrets/prod.enc.yaml', (k) => {
    const g = k.g;
    return `database:
    password: ${k.n(V.sopsValue(g))}
    user: ${k.n(`ENC[AES256_GCM,data:${g.base64(4)},iv:${g.base64(43)}=,tag:${g.base64(22)}==,type:str]`)}
stripe:
    secret_key: ${k.n(V.sopsValue(g))}
sops:
    kms:
        - arn: ${k.n(`arn:aws:kms:eu-west-1:123456789012:key/${g.uuid()}`)}
          created_at: "2026-02-11T09:41:12Z"
          enc: ${k.n(g.base64(180))}
          aws_profile: ""
    age:
        - recipient: ${k.n(`age1${g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`)}
          enc: |
            ${k.n(`${'-'.repeat(5)}BEGIN AGE ENCRYPTED FILE${'-'.repeat(5)}\n            ${g.base64(64)}\n            ${g.base64(64)}\n            ${g.base64(40)}\n            ${'-'.repeat(5)}END AGE ENCRYPTED FILE${'-'.repeat(5)}`)}
    lastmodified: "2026-02-11T09:41:13Z"
    mac: ${k.n(`ENC[AES256_GCM,data:${g.base64(88)},iv:${g.base64(43)}=,tag:${g.base64(22)}==,type:str]`)}
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`;
  }),
  doc(
    'github-actions-secrets-refs',
    ['precision', 'config-syntax'],
    '.github/workflows/deploy.yml',
    (k) => `name: deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@${k.n(k.g.hex(40))} # v4.1.7
      - uses: aws-actions/configure-aws-credentials@${k.n(k.g.hex(40))} # v4
        with:
          role-to-assume: ${k.n('arn:aws:iam::123456789012:role/gha-deploy')}
          aws-region: eu-west-1
      - name: Migrate
        env:
          DATABASE_URL: ${k.n('${{ secrets.DATABASE_URL }}')}
          PGPASSWORD: ${k.n('${{ secrets.PG_PASSWORD }}')}
        run: npm run migrate
      - name: Notify
        env:
          SLACK_WEBHOOK_URL: ${k.n('${{ secrets.SLACK_WEBHOOK_URL }}')}
          GITHUB_TOKEN: ${k.n('${{ github.token }}')}
        run: ./scripts/notify.sh "deployed \${GITHUB_SHA::7}"
`,
  ),
  doc(
    'docker-compose-env-refs',
    ['precision', 'config-syntax'],
    'docker-compose.yml',
    (k) => `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${k.n('${POSTGRES_PASSWORD:?set it in .env}')}
      POSTGRES_PASSWORD_FILE: ${k.n('/run/secrets/pg_password')}
    secrets:
      - pg_password
  api:
    build: .
    environment:
      DATABASE_URL: ${k.n('postgres://app:${POSTGRES_PASSWORD}@db:5432/app')}
      JWT_SECRET: ${k.n('${JWT_SECRET}')}
      REDIS_URL: redis://:${upw(k)}@cache:6379/0
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${k.pw(tight(k.g))}"]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
`,
  ),
  doc(
    'cloudformation-refs',
    ['precision', 'config-syntax'],
    'infra/cfn/db.yaml',
    (k) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    MinLength: 12
    AllowedPattern: ${k.n('"[a-zA-Z0-9!#%^*]*"')}
Resources:
  DB:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: admin
      MasterUserPassword: ${k.n('!Ref DBPassword')}
  AppSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString:
        SecretStringTemplate: ${k.n(`'{"username": "app"}'`)}
        GenerateStringKey: ${k.n('password')}
        PasswordLength: 32
        ExcludeCharacters: ${k.n(`'"@/\\'`)}
  Reader:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUserPassword: ${k.n('"{{resolve:secretsmanager:prod/db:SecretString:password}}"')}
`,
  ),
];
