// rw-held-out2 command lines, part 2: CI steps, container/cluster tools, git remotes, PowerShell history, ad-hoc ops.
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_CLI2_DOCS: RealWorldDoc[] = [
  hdoc(
    'github-actions-run-steps',
    ['command-line'],
    '.github/workflows/nightly.yml',
    (k) => `name: nightly
on:
  schedule: [{ cron: '0 1 * * *' }]
jobs:
  export:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.n(k.V.gitSha(k.g))}
      - name: Export metrics
        env:
          DD_API_KEY: \${{ secrets.DD_API_KEY }}
        run: |
          curl -sS -X POST "https://api.datadoghq.eu/api/v1/series" \\
            -H "DD-API-KEY: \${DD_API_KEY}" \\
            -H "DD-APPLICATION-KEY: ${k.prov('datadogApp', 'datadog-app-key')}" \\
            -d @metrics.json
      - name: Notify
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{"text":"nightly done"}' ${k.prov('slackWebhook', 'slack-webhook')}
      - name: Upload to bucket
        run: |
          mc alias set archive https://s3.acme.dev archive-writer ${k.gpw({ shellSafe: true })}
          mc cp report.csv archive/reports/
`,
  ),

  hdoc(
    'gitlab-ci-script-lines',
    ['command-line'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, deploy]

variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${k.u('runner')}

test:
  stage: test
  services: [postgres:16]
  script:
    - export DATABASE_URL="postgres://runner:${k.u('runner')}@postgres:5432/app_test"
    - bundle exec rspec

deploy:
  stage: deploy
  script:
    - 'curl --fail --request POST --form token=${k.tok(k.g.hex(40))} --form ref=main https://gitlab.acme.dev/api/v4/projects/412/trigger/pipeline'
    - ssh-keyscan deploy.acme.dev >> ~/.ssh/known_hosts
    - sshpass -p '${k.gpw({ shellSafe: true })}' ssh deploy@deploy.acme.dev "cd /srv/app && ./release.sh $CI_COMMIT_SHA"
    - 'curl -H "Authorization: token ${k.prov('githubClassic', 'github')}" https://api.github.com/repos/acme/mirror/dispatches -d "{\\"event_type\\":\\"sync\\"}"'
  only: [main]
`,
  ),

  hdoc(
    'jenkinsfile-sh-steps',
    ['command-line'],
    'Jenkinsfile',
    (k) => `pipeline {
  agent { label 'docker' }
  environment {
    SONAR_TOKEN = credentials('sonar-token')
    NEXUS_PASS  = '${k.gpw({ shellSafe: true })}'
  }
  stages {
    stage('Build') {
      steps { sh './mvnw -B package' }
    }
    stage('Analyse') {
      steps { sh './mvnw sonar:sonar -Dsonar.host.url=https://sonar.acme.dev -Dsonar.token=$SONAR_TOKEN' }
    }
    stage('Publish') {
      steps {
        sh "./mvnw deploy -DaltDeploymentRepository=nexus::https://deployer:${k.cs()}@nexus.acme.dev/repository/releases"
        sh 'curl -u deployer:$NEXUS_PASS --upload-file target/app.jar https://nexus.acme.dev/repository/raw/app.jar'
      }
    }
    stage('Trigger downstream') {
      steps { sh "curl -X POST -u ci-bot:${k.prov('jenkins', 'jenkins-api-token')} https://jenkins.acme.dev/job/e2e/build" }
    }
  }
}
`,
  ),

  hdoc(
    'docker-run-compose-commands',
    ['command-line', 'prose'],
    'docs/local-stack.md',
    (k) => `# Running the stack locally

Start the databases:

${F}sh
docker run -d --name pg -e POSTGRES_PASSWORD=${k.gpw({ shellSafe: true })} -p 5432:5432 postgres:16
docker run -d --name mq -e RABBITMQ_DEFAULT_USER=app -e RABBITMQ_DEFAULT_PASS=${k.hpw('en')} rabbitmq:3-management
docker run -d --name minio -e MINIO_ROOT_USER=minioadmin -e MINIO_ROOT_PASSWORD=${k.gpw({ shellSafe: true })} minio/minio server /data
docker run -d --name kc -e KEYCLOAK_ADMIN=admin -e KEYCLOAK_ADMIN_PASSWORD=${k.u('admin')} quay.io/keycloak/keycloak start-dev
${F}

Against the shared staging cluster instead:

${F}sh
docker run --rm -it -e PGPASSWORD=${k.gpw({ shellSafe: true })} postgres:16 psql -h stg-pg.acme.dev -U stg_reader stg
${F}

The compose file reads \`\${MINIO_ROOT_PASSWORD:-${k.u('minioadmin')}}\` so you can leave it unset.
`,
  ),

  hdoc(
    'kubectl-secrets-session',
    ['command-line'],
    'notes/k8s-session.txt',
    (k) => `$ kubectl -n data create secret generic clickhouse-auth --from-literal=password=${k.gpw({ shellSafe: true })}
secret/clickhouse-auth created
$ kubectl -n data create secret docker-registry regcred --docker-server=registry.acme.dev --docker-username=puller --docker-password=${k.prov('dockerHub', 'docker-hub')}
secret/regcred created
$ kubectl -n data get secret clickhouse-auth -o jsonpath='{.data.password}' | base64 -d
${k.n('(output hidden)')}
$ kubectl -n data exec -it clickhouse-0 -- clickhouse-client --user default --password '${k.gpw({ shellSafe: true })}' -q 'SELECT 1'
1
$ kubectl config set-credentials ci --token=${k.jwt({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', sub: 'system:serviceaccount:ci:deployer' })}
User "ci" set.
$ kubectl get sa deployer -n ci -o yaml | grep uid
  uid: ${k.n(k.g.uuid())}
`,
  ),

  hdoc(
    'git-remote-token-urls',
    ['command-line'],
    'notes/git-remotes.txt',
    (k) => `# mirrors set up on the build box
git clone https://oauth2:${k.prov('gitlab', 'gitlab')}@gitlab.acme.dev/platform/infra.git
git remote add github https://acme-bot:${k.prov('githubClassic', 'github')}@github.com/acme/infra.git
git remote set-url bb https://x-token-auth:${k.tok(k.g.base64url(40))}@bitbucket.org/acme/legacy.git
git clone https://build:${k.prov('azureDevopsPat', 'azure-devops-pat')}@dev.azure.com/acme/Platform/_git/tools
git config --global credential.helper store    # writes ~/.git-credentials in plain text!
git config --global url."https://${k.n('${GH_TOKEN}')}@github.com/".insteadOf "https://github.com/"
git log -1 --format=%H   # ${k.n(k.V.gitSha(k.g))}
`,
  ),

  hdoc(
    'powershell-history-admin',
    ['command-line'],
    'Users/admin/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt',
    (k) => `Get-Service | Where-Object Status -eq 'Stopped'
Enter-PSSession -ComputerName sql01
$pw = ConvertTo-SecureString -String '${k.gpw()}' -AsPlainText -Force
Set-ADAccountPassword -Identity svc-sql -NewPassword $pw -Reset
Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password '${k.hpw('de')}' -Query 'SELECT name FROM sys.databases'
$cred = [pscredential]::new('CORP\\backup', (ConvertTo-SecureString '${k.gpw()}' -AsPlainText -Force))
Copy-Item -Path \\\\sql01\\bak\\*.bak -Destination D:\\Backups -Credential $cred
Connect-ExchangeOnline -UserPrincipalName admin@corp.example
$env:AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=corpbackups;AccountKey=${k.prov('azureStorage', 'azure-storage-account-key')};EndpointSuffix=core.windows.net"
az storage blob list -c nightly --output table
Get-Content .\\secrets.txt
exit
`,
  ),

  hdoc(
    'ansible-adhoc-terraform-vars',
    ['command-line'],
    'notes/infra-oneliners.sh',
    (k) => `# one-liners from the migration week
ansible all -i inventory/prod -m ping -u deploy --extra-vars "ansible_password=${k.gpw({ shellSafe: true })} ansible_become_pass=${k.hpw('en')}"
ansible-vault view group_vars/prod/vault.yml --vault-password-file ~/.vault_pass
terraform apply -var="db_password=${k.gpw({ shellSafe: true })}" -var="environment=prod"
terraform apply -var-file=prod.tfvars   # prod.tfvars is gitignored
TF_VAR_cloudflare_api_token=${k.prov('cloudflareToken', 'cloudflare-api-token')} terraform plan
packer build -var 'ssh_password=${k.gpw({ shellSafe: true })}' ubuntu.pkr.hcl
pulumi config set --secret dbPassword ${k.n('"$(pass show db/prod)"')}
PULUMI_ACCESS_TOKEN=${k.prov('pulumi', 'pulumi')} pulumi up --yes
`,
  ),

  hdoc(
    'readme-ja-local-setup',
    ['command-line', 'prose'],
    'README.ja.md',
    (k) => `# 開発環境のセットアップ

## 必要なもの
- Docker Desktop
- Node.js 20

## 手順
1. \`.env.example\` をコピーして \`.env\` を作成します。
2. 以下を設定してください。

${F}
DB_PASSWORD=${k.gpw()}
STRIPE_SECRET_KEY=${k.prov('stripeTest', 'stripe')}
LINE_CHANNEL_SECRET=${k.tok(k.g.hex(32))}
LINE_CHANNEL_ACCESS_TOKEN=${k.tok(`${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 171)}=`)}
${F}

3. \`docker compose up -d\` を実行します。

管理画面の初期ユーザー: \`admin@example.jp\` / パスワード \`${k.hpw('ja')}\`（本番では必ず変更してください）

※ \`YOUR_LINE_TOKEN\` のようなプレースホルダーはそのままでは動きません。
`,
  ),

  hdoc(
    'mail-tools-smtp-tests',
    ['command-line'],
    'scripts/smtp-smoke.sh',
    (k) => `#!/bin/sh
# Smoke tests for the relay after the TLS change.
swaks --server smtp.office365.com:587 --tls --auth LOGIN \\
      --auth-user alerts@corp.example --auth-password "${k.gpw({ shellSafe: true })}" \\
      --from alerts@corp.example --to ops@corp.example --header "Subject: relay test"

sendemail -f noreply@corp.example -t ops@corp.example -u "test" -m "body" \\
  -s smtp.sendgrid.net:587 -xu apikey -xp ${k.prov('sendgrid', 'sendgrid')} -o tls=yes

curl --ssl-reqd --url 'smtps://smtp.gmail.com:465' --user 'reports@corp.example:${k.s('password', k.g.lower(16))}' \\
  --mail-from reports@corp.example --mail-rcpt ops@corp.example --upload-file mail.txt

echo "Subject: test" | msmtp -a default ops@corp.example   # password in ~/.msmtprc (passwordeval "pass show smtp")
`,
  ),

  hdoc(
    'ssh-session-transcript',
    ['command-line', 'prose'],
    'notes/router-reset-transcript.txt',
    (k) => `$ ssh admin@10.0.0.1
admin@10.0.0.1's password:
Welcome to RouterOS
[admin@edge-01] > /user set admin password="${k.gpw()}"
[admin@edge-01] > /ip service set api disabled=yes
[admin@edge-01] > /ppp secret add name=branch-office password=${k.hpw('pl')} service=l2tp
[admin@edge-01] > /interface wireguard print
 0  R name="wg0" mtu=1420 listen-port=13231 private-key="${k.s('private-key', `${k.g.base64(43)}=`)}" public-key="${k.n(`${k.g.base64(43)}=`)}"
[admin@edge-01] > /ip ipsec identity add peer=hq auth-method=pre-shared-key secret="${k.tok(k.g.alnum(32))}"
[admin@edge-01] > /quit
Connection to 10.0.0.1 closed.
`,
  ),

  hdoc(
    'influx-vault-consul-cli',
    ['command-line'],
    'notes/observability-bootstrap.sh',
    (k) => `# bootstrap of the observability stack (ran once, 2026-01-22)
influx setup --org acme --bucket metrics --username admin --password ${k.gpw({ shellSafe: true })} --token ${k.tok(`${k.g.base64url(86)}==`)} --force
vault operator unseal ${k.tok(k.g.base64(44))}
vault login ${k.prov('vault', 'hashicorp-vault')}
consul acl bootstrap   # SecretID: ${k.tok(k.g.uuid())}
export CONSUL_HTTP_TOKEN=${k.n('$(cat /etc/consul.d/token)')}
export NOMAD_TOKEN=${k.tok(k.g.uuid())}
nomad job run monitoring.nomad
grafana-cli admin reset-admin-password ${k.hpw('en')}
`,
  ),

  hdoc(
    'fish-history-tools',
    ['command-line', 'http-auth'],
    'home/kai/.local/share/fish/fish_history',
    (k) => `- cmd: ngrok config add-authtoken ${k.prov('ngrok', 'ngrok')}
  when: 17${k.g.digits(8)}
- cmd: ngrok http 3000
  when: 17${k.g.digits(8)}
- cmd: tailscale up --authkey=${k.prov('tailscale', 'tailscale')}
  when: 17${k.g.digits(8)}
- cmd: export HF_TOKEN=${k.prov('huggingface', 'huggingface')}
  when: 17${k.g.digits(8)}
- cmd: huggingface-cli download meta-llama/Llama-3.2-1B
  when: 17${k.g.digits(8)}
- cmd: http POST https://api.groq.com/openai/v1/chat/completions Authorization:"Bearer ${k.prov('groq', 'groq')}" model=llama-3.3-70b-versatile
  when: 17${k.g.digits(8)}
- cmd: echo $REPLICATE_API_TOKEN
  when: 17${k.g.digits(8)}
- cmd: set -Ux REPLICATE_API_TOKEN ${k.prov('replicate', 'replicate')}
  when: 17${k.g.digits(8)}
`,
  ),

  hdoc(
    'readme-ko-bot-deploy',
    ['command-line', 'prose'],
    'README.ko.md',
    (k) => `# 사내 알림 봇

## 배포 방법
${F}bash
export SLACK_BOT_TOKEN=${k.prov('slackBot', 'slack-bot-token')}
export SLACK_APP_TOKEN=${k.prov('slackApp', 'slack-app-token')}
export DB_URL="mysql://bot:${k.cs()}@10.1.2.3:3306/bot"
pm2 start ecosystem.config.js
${F}

## 참고
- 토큰은 Slack 앱 설정 > OAuth & Permissions 에서 확인합니다. (형식: \`${k.n('xoxb-...')}\`)
- 비밀번호 정책: 관리자 페이지 비밀번호는 90일마다 변경
- 관리자 계정: ops / ${k.hpw('ko')}
`,
  ),
];
