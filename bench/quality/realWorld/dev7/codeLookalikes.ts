// rw-dev7 code: files full of secret-named keys whose values are not secrets — references (env lookups,
// secretKeyRef, vault paths, !Ref, Helm and Terraform interpolation), encrypted blobs (sops, Ansible Vault,
// ENC[...]), verifiers (bcrypt, argon2, SCRAM), policy settings, field names, i18n strings and test names —
// with the odd real value among them, as such files do hold.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev7-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const LOOKALIKE_DOCS: RealWorldDoc[] = [
  d(
    'sops-encrypted-yaml',
    ['config-syntax', 'precision'],
    'secrets/prod.enc.yaml',
    (c, k) => `db:
    user: app
    password: ${c.blob(32, 'ENC[AES256_GCM,data:', ',iv:')}${c.blob(43, '', '=,tag:')}${c.blob(22, '', '==,type:str]')}
api_token: ${c.blob(56, 'ENC[AES256_GCM,data:', ',type:str]')}
sops:
    kms: []
    age:
        - recipient: ${c.n(`age1${k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`)}
    lastmodified: "2025-10-21T08:12:44Z"
    mac: ${c.blob(64, 'ENC[AES256_GCM,data:', ',type:str]')}
    version: 3.8.1
`,
  ),

  d(
    'ansible-vault-file',
    ['config-syntax', 'precision'],
    'inventories/prod/group_vars/vault.yml',
    (c) => `${c.n('$ANSIBLE_VAULT;1.2;AES256;prod')}
${c.nhex(80)}
${c.nhex(80)}
${c.nhex(80)}
${c.nhex(40)}
`,
  ),

  d(
    'k8s-external-secret',
    ['config-syntax', 'precision'],
    'k8s/shop/external-secret.yaml',
    (c) => `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: ${c.n('vault-backend')}
    kind: ClusterSecretStore
  target:
    name: ${c.n('shop-db')}
  data:
    - secretKey: ${c.n('password')}
      remoteRef:
        key: ${c.n('secret/data/shop/db')}
        property: ${c.n('password')}
    - secretKey: ${c.n('api-token')}
      remoteRef:
        key: ${c.n('secret/data/shop/api')}
        property: ${c.n('token')}
`,
  ),

  d(
    'helm-template-secret',
    ['config-syntax', 'precision'],
    'charts/shop/templates/secret.yaml',
    (c) => `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "shop.fullname" . }}
type: Opaque
stringData:
  DB_PASSWORD: {{ ${c.n('.Values.postgresql.auth.password')} | quote }}
  REDIS_PASSWORD: {{ ${c.n('required "redis.password is required" .Values.redis.auth.password')} | quote }}
  SESSION_SECRET: {{ ${c.n('randAlphaNum 48')} | quote }}
  API_TOKEN: {{ ${c.n('.Values.apiToken | default (randAlphaNum 32)')} | quote }}
data:
  tls.key: {{ ${c.n('.Files.Get "certs/tls.key" | b64enc')} }}
`,
  ),

  d(
    'cloudformation-refs',
    ['config-syntax', 'precision'],
    'cfn/database.yaml',
    (c) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    MinLength: ${c.n('12')}
  ApiKeyParam:
    Type: AWS::SSM::Parameter::Value<String>
    Default: ${c.n('/shop/prod/api-key')}
Resources:
  DB:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUsername: admin
      MasterUserPassword: ${c.n('!Ref DBPassword')}
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUserPassword: ${c.n('"{{resolve:secretsmanager:shop/db:SecretString:password}}"')}
  Function:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          API_KEY: ${c.n('!Ref ApiKeyParam')}
          TOKEN_SECRET_ARN: ${c.n('!Sub "arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:shop/token"')}
          LEGACY_PASSWORD: ${c.bare()}
`,
  ),

  d(
    'terraform-all-refs',
    ['config-syntax', 'precision'],
    'infra/modules/app/main.tf',
    (c) => `resource "kubernetes_secret" "app" {
  metadata {
    name = "app"
  }
  data = {
    DB_PASSWORD   = ${c.n('var.db_password')}
    API_TOKEN     = ${c.n('random_password.api.result')}
    REDIS_AUTH    = ${c.n('data.vault_generic_secret.redis.data["password"]')}
    SMTP_PASSWORD = "\${${c.n('var.smtp_password')}}"
  }
}

resource "aws_secretsmanager_secret" "db" {
  name                    = "${c.n('app/db-password')}"
  recovery_window_in_days = 7
}

variable "password_policy" {
  default = {
    minimum_length    = ${c.n('14')}
    require_symbols   = true
    max_password_age  = ${c.n('90')}
  }
}
`,
  ),

  d(
    'password-policy-yaml',
    ['config-syntax', 'precision'],
    'config/security.yml',
    (c) => `password:
  min_length: ${c.n('12')}
  max_length: ${c.n('128')}
  require_uppercase: ${c.n('true')}
  history: ${c.n('5')}
  hash: ${c.n('argon2id')}
  reset_token_ttl: ${c.n('1800')}
token:
  ttl: ${c.n('3600')}
  refresh_ttl: ${c.n('1209600')}
  algorithm: ${c.n('RS256')}
  issuer: ${c.n('https://auth.acme.example')}
secret:
  name: ${c.n('acme-auth-keys')}
  key: ${c.n('users')}
  rotation_days: ${c.n('30')}
auth: ${c.n('true')}
passwordField: ${c.n('pwd')}
apiKeyHeader: ${c.n('X-API-Key')}
`,
  ),

  d(
    'htpasswd-and-shadow',
    ['credential-file', 'precision'],
    'deploy/nginx/.htpasswd',
    (c, k) => `admin:${c.bcrypt()}
reports:${c.n(`$apr1$${k.g.alnum(8)}$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`)}
legacy:${c.n(`{SHA}${k.g.base64(27)}=`)}
metrics:${c.bcrypt()}
`,
  ),

  d(
    'pgbouncer-userlist-scram',
    ['credential-file', 'precision'],
    'deploy/pgbouncer/userlist.prod.txt',
    (c) => `"app" "${c.scram()}"
"reporting" "${c.scram()}"
"pgbouncer" "${c.scram()}"
"legacy" "md5${c.md5()}"
`,
  ),

  d(
    'i18n-login-strings',
    ['code', 'precision'],
    'src/locales/de/auth.json',
    (c) => `{
  "login.password": "${c.n('Passwort')}",
  "login.password.placeholder": "${c.n('Passwort eingeben')}",
  "login.password.forgot": "${c.n('Passwort vergessen?')}",
  "login.token.expired": "${c.n('Ihr Token ist abgelaufen')}",
  "settings.apiKey.label": "${c.n('API-Schlüssel')}",
  "settings.apiKey.hint": "${c.n('Den Schlüssel finden Sie unter Einstellungen > Entwickler')}",
  "errors.password.tooShort": "${c.n('Das Passwort muss mindestens {min} Zeichen lang sein')}",
  "secret.copy": "${c.n('Geheimnis kopieren')}"
}
`,
  ),

  d(
    'test-names-java',
    ['code', 'precision'],
    'src/test/java/com/acme/auth/PasswordPolicyTest.java',
    (c) => `package com.acme.auth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String PASSWORD_FIELD = "${c.n('password')}";
    private static final String SECRET_HEADER = "${c.n('X-Webhook-Secret')}";

    @Test
    @DisplayName("${c.n('password shorter than twelve characters is rejected')}")
    void shortPasswordRejected() {
        assertRejected(policy.check("${c.n('abc')}"));
    }

    @Test
    void tokenWithoutSignatureIsRejected() {
        assertRejected(tokens.parse("${c.n('eyJhbGciOiJub25lIn0')}"));
    }

    @Test
    void secretNameIsResolvedFromVault() {
        assertEquals("${c.n('secret/data/auth/signing')}", resolver.pathFor("${c.n('signing')}"));
    }
}
`,
  ),

  d(
    'env-example-file',
    ['config-syntax', 'precision'],
    '.env.example',
    (c) => `# Copy to .env and fill in
DATABASE_URL=postgres://app:${c.n('<password>')}@localhost:5432/app
REDIS_PASSWORD=${c.ph()}
SECRET_KEY=${c.n('generate-with-openssl-rand-hex-32')}
API_TOKEN=${c.ph()}
SMTP_PASSWORD=${c.n('')}
JWT_SECRET=${c.n('${JWT_SECRET}')}
STRIPE_SECRET_KEY=${c.n('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}
SENTRY_DSN=${c.n('https://public@sentry.example.com/1')}
`,
  ),

  d(
    'docker-compose-refs',
    ['config-syntax', 'precision'],
    'compose.prod.yml',
    (c) => `services:
  api:
    image: registry.acme.internal/api:\${TAG}
    environment:
      DB_PASSWORD: \${${c.n('DB_PASSWORD:?set DB_PASSWORD')}}
      REDIS_URL: redis://:\${${c.n('REDIS_PASSWORD')}}@redis:6379/0
      API_TOKEN_FILE: ${c.n('/run/secrets/api_token')}
      DATABASE_URL: postgres://api:${c.cs()}@db:5432/api
    secrets:
      - ${c.n('api_token')}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "\${${c.n('REDIS_PASSWORD')}}"]
secrets:
  api_token:
    external: true
`,
  ),

  d(
    'vault-agent-template',
    ['config-syntax', 'precision'],
    'deploy/vault-agent/app.ctmpl',
    (c) => `{{ with secret "${c.n('database/creds/app')}" }}
DB_USER={{ .Data.username }}
DB_PASSWORD={{ ${c.n('.Data.password')} }}
{{ end }}
{{ with secret "${c.n('kv/data/app/api')}" }}
API_TOKEN={{ ${c.n('.Data.data.token')} }}
{{ end }}
`,
  ),

  d(
    'connection-strings-mixed',
    ['code', 'config-syntax', 'precision'],
    'config/connections.yaml',
    (c) => `primary: "postgresql://app:${c.cs()}@pg-primary.internal:5432/app?sslmode=require"
replica: "postgresql://app:\${${c.n('REPLICA_PASSWORD')}}@pg-replica.internal:5432/app"
mongo: "mongodb+srv://analytics:${c.cs()}@cluster0.abcde.mongodb.net/analytics?retryWrites=true"
mongo_template: "mongodb+srv://analytics:${c.n('<db_password>')}@cluster0.abcde.mongodb.net/"
amqp: "amqps://orders:${c.cs()}@mq.internal:5671/orders"
mssql: "Server=tcp:acme.database.windows.net,1433;User ID=app;Password=${c.cs()};Encrypt=True"
mssql_msi: "Server=tcp:acme.database.windows.net,1433;Authentication=${c.n('Active Directory Managed Identity')};"
redis: "rediss://default:${c.cs()}@cache.internal:6380"
ldap_bind: "ldaps://ldap.corp.local:636"
`,
  ),

  d(
    'go-test-table',
    ['code', 'precision'],
    'internal/auth/password_test.go',
    (c) => `package auth

import "testing"

func TestValidate(t *testing.T) {
	cases := []struct {
		name     string
		password string
		ok       bool
	}{
		{name: "${c.n('empty password')}", password: "${c.n('')}", ok: false},
		{name: "${c.n('too short')}", password: "${c.n('abc12')}", ok: false},
		{name: "${c.n('only letters')}", password: "${c.n('abcdefghijkl')}", ok: false},
		{name: "${c.n('placeholder')}", password: "${c.n('changeme')}", ok: false},
		{name: "strong", password: "${c.gpw()}", ok: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Validate(tc.password) == nil; got != tc.ok {
				t.Fatalf("Validate(%q) ok=%v, want %v", tc.password, got, tc.ok)
			}
		})
	}
}
`,
  ),

  d(
    'lockfile-and-checksums',
    ['config-syntax', 'precision'],
    'deploy/checksums.yaml',
    (c) => `artifacts:
  - name: api-linux-amd64
    sha256: ${c.sha256()}
    commit: ${c.git()}
  - name: api-darwin-arm64
    sha256: ${c.sha256()}
    commit: ${c.git()}
signing:
  key_id: ${c.n('3AA5C34371567BD2')}
  public_key: ${c.blob(44, 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', ' release@acme')}
  secret_ref: ${c.n('gpg/release-signing')}
`,
  ),

  d(
    'oauth-public-config',
    ['code', 'precision'],
    'web/src/auth/config.ts',
    (c, k) => `export const authConfig = {
  authority: 'https://login.microsoftonline.com/${c.uuid()}',
  clientId: '${c.uuid()}',
  redirectUri: window.location.origin + '/callback',
  scopes: ['openid', 'profile', 'api://${c.uuid()}/access'],
  tokenStorage: '${c.n('sessionStorage')}',
  passwordResetPolicy: '${c.n('B2C_1_password_reset')}',
  secretKeyName: '${c.n('client-secret')}',
};

export const firebaseConfig = {
  apiKey: '${c.n(`AIza${k.g.base64url(35)}`)}',
  authDomain: 'acme-web.firebaseapp.com',
  projectId: 'acme-web',
  appId: '${c.n('1:731209384512:web:9f2c1d0a7b3e4f5a6b7c8d')}',
};
`,
  ),
  d(
    'grafana-datasource-provisioning',
    ['config-syntax', 'precision'],
    'deploy/grafana/provisioning/datasources/all.yaml',
    (c) => `apiVersion: 1
datasources:
  - name: Postgres
    type: postgres
    url: pg.internal:5432
    user: grafana
    secureJsonData:
      password: $__env{${c.n('GF_PG_PASSWORD')}}
  - name: Loki
    type: loki
    url: http://loki:3100
    basicAuth: ${c.n('true')}
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: $__file{${c.n('/run/secrets/loki_password')}}
  - name: Elastic
    type: elasticsearch
    url: https://es.internal:9200
    jsonData:
      tlsAuth: ${c.n('false')}
      oauthPassThru: ${c.n('true')}
    secureJsonData:
      password: $__vault{${c.n('secret/grafana/es:password')}}
`,
  ),

  d(
    'sql-migration-hashes',
    ['code', 'precision'],
    'db/migrate/20250301_seed_admins.sql',
    (c) => `-- passwords are set by the first login flow; these are bcrypt/argon2 verifiers only
INSERT INTO admins (email, password_digest) VALUES
  ('root@acme.example', '${c.bcrypt()}'),
  ('sec@acme.example', '${c.argon()}'),
  ('audit@acme.example', '${c.bcrypt()}');
INSERT INTO settings (name, value) VALUES
  ('password_min_length', '${c.n('12')}'),
  ('password_expiry_days', '${c.n('90')}'),
  ('token_ttl_seconds', '${c.n('3600')}'),
  ('secret_store', '${c.n('vault')}'),
  ('api_key_header', '${c.n('X-Api-Key')}');
ALTER ROLE app_rw WITH PASSWORD '${c.scram()}';
`,
  ),

  d(
    'kotlin-config-properties',
    ['code', 'precision'],
    'src/main/kotlin/com/acme/config/SecurityProperties.kt',
    (c) => `package com.acme.config

@ConfigurationProperties(prefix = "acme.security")
data class SecurityProperties(
    val passwordParam: String = "${c.n('password')}",
    val tokenHeader: String = "${c.n('Authorization')}",
    val tokenPrefix: String = "${c.n('Bearer ')}",
    val secretName: String = "${c.n('acme-jwt')}",
    val secretKeyRef: String = "${c.n('vault:secret/data/acme/jwt#key')}",
    val passwordEncoder: String = "${c.n('bcrypt')}",
)
`,
  ),
];
