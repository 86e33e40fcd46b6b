// rw-dev7 command line and logs, more look-alikes: tool output full of ids, digests and masked values
// (`docker ps`, `kubectl get`, `terraform plan` with `(sensitive value)`, `vault` output, `git log`, CI logs that
// masked everything), and scripts that only ever pass references. A few real values sit among them.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const CP: RealWorldArea[] = ['command-line', 'precision'];
const LP: RealWorldArea[] = ['logs-and-output', 'precision'];

export const NEG_OUTPUT_DOCS: RealWorldDoc[] = [
  d(
    'docker-ps-output',
    LP,
    'notes/docker-ps.txt',
    (c) => `$ docker ps --no-trunc --format '{{.ID}} {{.Image}} {{.Names}}'
${c.sha256()} postgres:16 orders-pg
${c.sha256()} redis:7 orders-redis
${c.sha256()} registry.acme.io/orders:${c.short()} orders-api
$ docker volume ls
DRIVER    VOLUME NAME
local     ${c.sha256()}
local     ${c.sha256()}
$ docker network inspect bridge -f '{{.Id}}'
${c.sha256()}
`,
  ),

  d(
    'kubectl-get-output',
    LP,
    'notes/kubectl-get.txt',
    (c) => `$ kubectl get secrets -n payments
NAME                  TYPE                                  DATA   AGE
payments-db           Opaque                                2      41d
regcred               kubernetes.io/dockerconfigjson        1      300d
$ kubectl get secret payments-db -o yaml
apiVersion: v1
data:
  password: ${c.n('<redacted by kubectl-neat>')}
  username: ${c.n('cGF5bWVudHM=')}
kind: Secret
metadata:
  name: payments-db
  resourceVersion: "${c.n(c.g.digits(9))}"
  uid: ${c.uuid()}
$ kubectl get pods -o wide
NAME                            READY   STATUS    RESTARTS   AGE   IP
payments-api-${c.n(c.g.lower(9))}-${c.n(c.g.lower(5))}   1/1     Running   0          2d    10.2.14.33
payments-api-${c.n(c.g.lower(9))}-${c.n(c.g.lower(5))}   1/1     Running   0          2d    10.2.14.34
$ kubectl get events --field-selector reason=Failed -o jsonpath='{.items[*].metadata.uid}'
${c.uuid()} ${c.uuid()}
`,
  ),

  d(
    'terraform-plan-output',
    LP,
    'notes/terraform-plan.txt',
    (c) => `Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                 = "${c.n('db-' + c.g.upper(26))}"
      ~ password           = (sensitive value)
        username           = "${c.n('app')}"
        port               = ${c.n('5432')}
        kms_key_id         = "arn:aws:kms:eu-west-1:${c.n(c.g.digits(12))}:key/${c.uuid()}"
    }

  # random_password.api will be created
  + resource "random_password" "api" {
      + id      = (known after apply)
      + length  = 32
      + result  = (sensitive value)
      + special = true
    }

Plan: 1 to add, 1 to change, 0 to destroy.
Saved the plan to: plan.bin
`,
  ),

  d(
    'vault-output',
    LP,
    'notes/vault-status.txt',
    (c) => `$ vault status
Key             Value
---             -----
Seal Type       shamir
Initialized     true
Sealed          false
Version         1.17.3
Cluster ID      ${c.uuid()}
HA Enabled      true
$ vault token lookup -format=json | jq '.data | {accessor, policies, ttl}'
{ "accessor": "${c.n(c.g.alnum(24))}", "policies": ["default", "ops"], "ttl": 2764799 }
$ vault kv metadata get secret/app/db
======== Metadata ========
created_time       2026-10-01T08:00:00.000Z
current_version    7
$ vault read -field=lease_id database/creds/readonly
database/creds/readonly/${c.n(c.g.alnum(24))}
`,
  ),

  d(
    'git-log-output',
    LP,
    'notes/git-log.txt',
    (c) => `$ git log --format='%H %an %s' -8
${c.sha()} Karin Lund Remove hard-coded db password from backup.sh
${c.sha()} Tomas Berg Rotate registry token (old one revoked)
${c.sha()} Leila Haddad Use --password-stdin for docker login
${c.sha()} Karin Lund Read PGPASSWORD from vault
${c.sha()} Bruno Costa Add secret scanning to CI
${c.sha()} Mei Tan Bump redis to 7.4
${c.sha()} Olga Ivanova Fix port flag (-p 5432 was -P)
${c.sha()} Rafael Souza Initial commit
$ git stash list
stash@{0}: WIP on main: ${c.short()} Rotate registry token
`,
  ),

  d(
    'ci-fully-masked',
    LP,
    'ci-logs/deploy-77.txt',
    (c) => `[deploy] $ export DB_PASSWORD=${c.n('[MASKED]')}
[deploy] $ export API_TOKEN=${c.n('[MASKED]')}
[deploy] $ mysql -h db1 -u deploy -p${c.n('[MASKED]')} app < migrate.sql
[deploy] $ curl -H "X-Api-Key: ${c.n('[MASKED]')}" https://deploy.acme.io/hook
[deploy] $ helm upgrade pay ./chart --set db.password=${c.n('***')}
[deploy] $ sshpass -p ${c.n('****')} ssh deploy@app1 true
[deploy] $ docker login -u ci -p ${c.n('*****')} registry.acme.io
[deploy] WARNING! Using --password via the CLI is insecure. Use --password-stdin.
[deploy] Login Succeeded
[deploy] artifact sha256=${c.sha256()} size=18204332
[deploy] job id=${c.n(c.g.digits(9))} runner=${c.n('runner-' + c.g.lower(8))} pipeline=${c.n(c.g.digits(7))}
`,
  ),

  d(
    'jenkins-creds-script',
    CP,
    'ci/Jenkinsfile.release',
    (c) => `pipeline {
  agent { label 'linux' }
  stages {
    stage('Release') {
      steps {
        withCredentials([usernamePassword(credentialsId: '${c.n('nexus-ci')}', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
          sh 'curl -u $NX_USER:$NX_PASS --upload-file app.jar https://nexus.acme.io/raw/'
        }
        withCredentials([string(credentialsId: '${c.n('sonar-token')}', variable: 'SONAR_TOKEN')]) {
          sh 'mvn sonar:sonar -Dsonar.token=$SONAR_TOKEN'
        }
        withCredentials([file(credentialsId: '${c.n('kubeconfig-prod')}', variable: 'KUBECONFIG')]) {
          sh 'kubectl --kubeconfig $KUBECONFIG rollout restart deploy/app'
        }
        sh "mysql -u \${env.DB_USER} -p\${env.DB_PASS} -e 'select 1'"
        sh 'docker login -u $DOCKER_USR -p $DOCKER_PSW registry.acme.io'
      }
    }
  }
}
`,
  ),

  d(
    'script-reads-secrets',
    CP,
    'scripts/nightly-sync.sh',
    (c) => `#!/usr/bin/env bash
set -euo pipefail
DB_PASS=$(aws secretsmanager get-secret-value --secret-id ${c.n('prod/sync/db')} --query SecretString --output text)
API_TOKEN=$(vault kv get -field=token ${c.n('secret/sync/api')})
SMTP_PASS=$(< /run/secrets/smtp_password)
REDIS_PASS=\${REDIS_PASS:-}
PORT=\${PORT:-${c.n('5432')}}

PGPASSWORD="$DB_PASS" psql -h pg1 -p "$PORT" -U sync -c 'select 1'
redis-cli -a "$REDIS_PASS" --no-auth-warning ping
curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.acme.dev/sync
swaks --to ops@acme.dev --auth-user alerts --auth-password "$SMTP_PASS" --server smtp.acme.dev
mysql --defaults-file=${c.n('/etc/sync/my.cnf')} -e 'select 1'
echo "sync ok (run id ${c.uuid()})"
`,
  ),

  d(
    'man-page-excerpts',
    CP,
    'docs/cli/man-excerpts.txt',
    (c) => `CURL(1)
       -u, --user <user:password>
              Specify the user name and password to use for server authentication. If you simply specify the
              user name, curl prompts for a password.
              Example: curl -u ${c.n('name')}:${c.n('passwd')} https://example.com

ZIP(1)
       -P password
       --password password
              Use password to encrypt zipfile entries (if any). THIS IS INSECURE!

SSHPASS(1)
       -p password
              The password is given on the command line. Example: sshpass -p ${c.n("'secret'")} ssh host

SMBCLIENT(1)
       -U|--user=[DOMAIN\\]USERNAME[%PASSWORD]
              Example: smbclient //server/share -U ${c.n('DOMAIN\\user%password')}

MOUNT.CIFS(8)
       password=arg
              specifies the CIFS password. Example: -o username=${c.n('user')},password=${c.n('pass')}
`,
  ),

  d(
    'env-dump-masked',
    LP,
    'notes/env-masked.txt',
    (c) => `$ docker exec api env | sed -E 's/(PASSWORD|TOKEN|SECRET|KEY)=.*/\\1=****/'
PATH=/usr/local/bin:/usr/bin:/bin
HOSTNAME=${c.n(c.g.hex(12))}
DB_PASSWORD=${c.n('****')}
API_TOKEN=${c.n('****')}
JWT_SECRET=${c.n('****')}
STRIPE_KEY=${c.n('****')}
NODE_ENV=production
BUILD_SHA=${c.sha()}
RELEASE_ID=${c.uuid()}
NPM_CONFIG_CACHE=/tmp/.npm
`,
  ),
  d(
    'secret-listings',
    LP,
    'notes/secret-inventory.txt',
    (c) => `$ gh secret list -R acme/api
${c.n('DOCKER_PASSWORD')}        Updated 2026-10-02
${c.n('NPM_TOKEN')}              Updated 2026-09-14
${c.n('PG_PASSWORD')}            Updated 2026-11-20
${c.n('SLACK_WEBHOOK_URL')}      Updated 2026-06-01
$ aws ssm describe-parameters --query 'Parameters[].[Name,Type,Version]' --output text
${c.n('/prod/api/db_password')}	SecureString	7
${c.n('/prod/api/jwt_secret')}	SecureString	3
${c.n('/prod/api/port')}	String	1
$ npm token list
┌────────┬─────────┬────────────┬──────────┬────────────────┐
│ id     │ token   │ created    │ readonly │ CIDR whitelist │
├────────┼─────────┼────────────┼──────────┼────────────────┤
│ ${c.n(c.g.hex(6))} │ ${c.n('npm_' + c.g.alnum(2) + '…')} │ 2026-10-01 │ no       │                │
│ ${c.n(c.g.hex(6))} │ ${c.n('npm_' + c.g.alnum(2) + '…')} │ 2026-11-12 │ yes      │                │
└────────┴─────────┴────────────┴──────────┴────────────────┘
$ glab variable list
KEY                 PROTECTED  MASKED  SCOPE
${c.n('DEPLOY_PASSWORD')}     true       true    production
${c.n('SENTRY_AUTH_TOKEN')}   true       true    *
`,
  ),

  d(
    'cli-help-logins',
    CP,
    'docs/cli/login-help.txt',
    (c) => `$ docker login --help
Usage:  docker login [OPTIONS] [SERVER]
Options:
  -p, --password string   Password
      --password-stdin    Take the password from stdin
  -u, --username string   Username
$ helm repo add --help | grep -i pass
      --password string            chart repository password
      --pass-credentials           pass credentials to all domains
$ kubectl create secret generic --help | grep from-literal
  kubectl create secret generic my-secret --from-literal=key1=${c.n('supersecret')} --from-literal=key2=${c.n('topsecret')}
$ sshpass -h
Usage: sshpass [-f|-d|-p|-e] [-hV] command parameters
   -f filename   Take password to use from file
   -d number     Use number as file descriptor for getting password
   -p password   Provide password as argument (security unwise)
   -e            Password is passed as env-var "SSHPASS"
$ mysqldump --help | grep -A1 -- '-p,'
  -p, --password[=name]
                      Password to use when connecting to server.
$ 7z --help | grep -- '-p'
  -p{Password} : set Password
$ openssl pkcs12 -help 2>&1 | grep pass
 -passin val         Input file pass phrase source
 -passout val        Output file pass phrase source
Examples: -passin ${c.n('pass:')}${c.n('yourpassword')}, -passout ${c.n('env:P12_PASS')}, -passin ${c.n('file:/run/secrets/p12')}, -passin ${c.n('stdin')}
`,
  ),
  d(
    'compose-refs',
    CP,
    'deploy/docker-compose.prod.yml',
    (c) => `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: ${c.n('/run/secrets/pg_password')}
    secrets: [pg_password]
  cache:
    image: redis:7
    command: redis-server --requirepass ${c.n('${REDIS_PASSWORD:?set REDIS_PASSWORD}')} --port ${c.n('6380')}
  api:
    image: registry.acme.io/api:${c.n('${TAG:-latest}')}
    command: ["./api", "--db-password-file=${c.n('/run/secrets/pg_password')}", "--redis-password=${c.n('${REDIS_PASSWORD}')}", "--jwt-secret=${c.n('$${JWT_SECRET}')}"]
    environment:
      SMTP_PASSWORD: ${c.n('${SMTP_PASSWORD}')}
      API_TOKEN: ${c.n('${API_TOKEN:-}')}
  backup:
    image: acme/backup:2
    command: sh -c 'PGPASSWORD=$$(cat /run/secrets/pg_password) pg_dump -h db -U ${c.n('postgres')} app > /out/app.sql'
  mongo:
    image: mongo:7
    command: mongod --auth --keyFile ${c.n('/etc/mongo/keyfile')} --port ${c.n('27018')}
secrets:
  pg_password:
    file: ${c.n('./secrets/pg_password.txt')}
`,
  ),
];
