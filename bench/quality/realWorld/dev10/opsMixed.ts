// rw-dev10 ops: runbooks and notes in several languages, mail/queue/tooling CLIs, and precision-heavy files
// (masked values, references, hashes and ids next to few real secrets).
import type { RealWorldDoc } from '../types';
import { F, b64, od } from './opsValues';

export const OPS_MIXED_DOCS: RealWorldDoc[] = [
  od(
    'ops-runbook-tr-db-failover',
    ['command-line', 'prose'],
    'docs/tr/db-failover.md',
    (k) => `# Veritabanı failover (Patroni)

Birincil düğüm çökerse:

${F}bash
patronictl -c /etc/patroni.yml list
patronictl -c /etc/patroni.yml failover --candidate pg02 --force
psql "postgresql://postgres:${k.cs()}@pg02:5432/postgres" -c "select pg_is_in_recovery();"
${F}

Replikasyon kullanıcısı şifresi: ${k.hp()}
pgbouncer admin: \`psql -p 6432 -U pgbouncer pgbouncer\` (şifre: ${k.gp()})

Not: \`.pgpass\` dosyasındaki satır şöyle olmalı → \`pg02:5432:*:postgres:${k.n('<şifre>')}\`
`,
  ),

  od(
    'ops-runbook-pt-mail-queue',
    ['command-line', 'prose'],
    'docs/pt/fila-email.md',
    (k) => `## Reenvio da fila de e-mails

Quando o SMTP da SendGrid recusa (erro 535), testar na mão:

${F}
swaks --to teste@acme.example --server smtp.sendgrid.net:587 --auth LOGIN --auth-user apikey --auth-password ${k.prov(k.P.sendgrid(k.g), 'sendgrid')} --tls
swaks --to ops@acme.example --server mail.acme.local --auth-user relay@acme.local --auth-password '${k.hp()}'
openssl s_client -starttls smtp -connect mail.acme.local:587
AUTH PLAIN ${k.http(b64('\0relay@acme.local\0' + k.g.alnum(14)))}
${F}

Depois reprocessar a fila: \`postqueue -f\`. A senha do usuário relay foi trocada em outubro (a antiga era ${k.n('********')}).
Mosquitto (sensores do armazém): \`mosquitto_pub -h mqtt01 -u sensor -P ${k.hp()} -t armazem/temp -m 21.5\`
`,
  ),

  od(
    'ops-runbook-zh-redis-kafka',
    ['command-line', 'prose'],
    'docs/zh/middleware.md',
    (k) => `# 中间件运维手册

## Redis

${F}
redis-cli -h 10.1.2.30 -p 6379 -a '${k.hp()}' --no-auth-warning info memory
redis-cli -u redis://default:${k.cs()}@10.1.2.31:6379 config get maxmemory
${F}

## Kafka

客户端配置 \`client.properties\`（SASL/SCRAM）：

${F}
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ops" password="${k.gp()}";
ssl.truststore.password=${k.n('changeit')}
${F}

${F}
kafka-configs.sh --bootstrap-server kafka01:9093 --alter --add-config 'SCRAM-SHA-512=[password=${k.hp()}]' --entity-type users --entity-name billing
kafka-console-consumer.sh --bootstrap-server kafka01:9093 --topic orders --consumer.config client.properties
${F}

密码在堡垒机上：\`cat /root/.kafka_pass\`（不要贴到群里）
`,
  ),

  od(
    'ops-runbook-ru-ldap',
    ['command-line', 'prose'],
    'docs/ru/ldap.md',
    (k) => `# LDAP: полезные команды

Поиск пользователя:

${F}
ldapsearch -x -H ldaps://dc01.corp.local -D "CN=svc-ldap,OU=Service,DC=corp,DC=local" -w '${k.hp()}' -b "DC=corp,DC=local" "(sAMAccountName=ivanov)"
ldapsearch -x -H ldap://openldap01 -D cn=admin,dc=acme,dc=org -w ${k.lp()} -b ou=people,dc=acme,dc=org
ldappasswd -x -D cn=admin,dc=acme,dc=org -w ${k.n('"$LDAP_ADMIN_PW"')} -s ${k.hp()} uid=petrov,ou=people,dc=acme,dc=org
${F}

Хэш пароля в slapd.conf: \`rootpw ${k.n('{SSHA}' + k.g.base64(32))}\` — это не сам пароль.
`,
  ),

  od(
    'ops-runbook-pl-ftp-partner',
    ['command-line', 'prose'],
    'docs/pl/wymiana-plikow.md',
    (k) => `# Wymiana plików z partnerem (SFTP/FTP)

Konto SFTP partnera: \`acme_upload\`, hasło: ${k.hp()}

${F}
sftp -oPort=2222 acme_upload@sftp.partner.pl
lftp -e "set ftp:ssl-force true; put faktury.zip; bye" -u acme_ftp,${k.gp()} ftp.partner.pl
curl -T raport.csv ftp://acme_ftp:${k.cs()}@ftp.partner.pl/in/
ftp -n ftp.legacy.pl <<EOF
user acme ${k.lp()}
binary
put export.dat
bye
EOF
${F}

Klucz API do ich portalu (nagłówek \`X-Partner-Key\`): ${k.tok(k.g.hex(32))}
`,
  ),

  od(
    'ops-precision-gha-all-refs',
    ['config-syntax', 'precision'],
    '.github/workflows/release.yml',
    (k) => `name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: write
  id-token: write
env:
  IMAGE: ghcr.io/acme/agent
  AWS_REGION: eu-central-1
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.sha()}
      - uses: aws-actions/configure-aws-credentials@${k.sha()}
        with:
          role-to-assume: arn:aws:iam::${k.n(k.g.digits(12))}:role/gha-release
          aws-region: \${{ env.AWS_REGION }}
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: ${k.n('${{ secrets.GITHUB_TOKEN }}')}
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${k.n('${{ secrets.NPM_TOKEN }}')}
      - run: goreleaser release --clean
        env:
          GITHUB_TOKEN: ${k.n('${{ secrets.GITHUB_TOKEN }}')}
          GPG_FINGERPRINT: ${k.n(k.g.hex(40).toUpperCase())}
          COSIGN_PASSWORD: ${k.n('${{ secrets.COSIGN_PASSWORD }}')}
      - run: echo "digest=${k.n('${{ steps.build.outputs.digest }}')}" >> $GITHUB_OUTPUT
`,
  ),

  od(
    'ops-precision-ci-log-masked',
    ['logs-and-output', 'precision'],
    'logs/gitlab-job-masked.log',
    (k) => `Running with gitlab-runner 17.4.0 (${k.n(k.g.hex(8))})
Resolving secrets
Resolving secret "DATABASE_PASSWORD"...
Using "vault" secret resolver...
$ echo "connecting as $DB_USER with password $DATABASE_PASSWORD"
connecting as app with password ${k.mask()}
$ docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
$ curl -H "Authorization: Bearer $API_TOKEN" https://api.internal/v1/deploy -d "sha=$CI_COMMIT_SHA"
{"deploy_id":"${k.n(k.g.uuid())}","sha":"${k.sha()}","status":"queued"}
$ helm upgrade app ./chart --set image.tag=${k.short()} --set db.password=${k.mask()}
Release "app" has been upgraded. Happy Helming!
REVISION: ${k.n(k.g.digits(2))}
Job succeeded (duration 2m 11s, job id ${k.bid()})
`,
  ),

  od(
    'ops-precision-shell-placeholders',
    ['command-line', 'precision'],
    'docs/onboarding-commands.md',
    (k) => `# Onboarding: first commands

Replace the values in angle brackets with your own.

${F}bash
export VAULT_ADDR=https://vault.corp.example:8200
vault login -method=oidc
export GITLAB_TOKEN=${k.n('<your-personal-access-token>')}
docker login registry.corp.example -u ${k.n('<username>')} -p ${k.n('<password>')}
mysql -u ${k.n('$USER')} -p${k.n('$MYSQL_PWD')} -h db-dev
psql "postgresql://dev:${k.n('${DEV_DB_PASSWORD}')}@db-dev:5432/app"
curl -H "X-Api-Key: ${k.n('YOUR_API_KEY')}" https://api.dev.internal/v1/me
kubectl create secret generic demo --from-literal=password=${k.n('changeme')}
aws configure set aws_secret_access_key ${k.n('<aws-secret-access-key>')}
ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_acme
${F}

Your laptop's disk-encryption recovery key goes to IT, not here: ${k.n('XXXXXX-XXXXXX-XXXXXX-XXXXXX')}
`,
  ),

  od(
    'ops-precision-lockfile-build-out',
    ['logs-and-output', 'precision'],
    'logs/yarn-build.txt',
    (k) => `$ yarn install --immutable
➤ YN0000: ┌ Resolution step
➤ YN0000: └ Completed in 0s 312ms
➤ YN0000: ┌ Fetch step
➤ YN0013: │ @acme/ui@npm:${k.ver()} can't be found in the cache and will be fetched from the remote registry
➤ YN0000: └ Completed in 4s 118ms
➤ YN0000: Done with warnings in 5s 2ms
$ vite build
vite v5.4.11 building for production...
✓ 812 modules transformed.
dist/index.html                   0.61 kB │ gzip:  0.38 kB
dist/assets/index-${k.n(k.g.alnum(8))}.css   41.22 kB │ gzip:  7.91 kB
dist/assets/index-${k.n(k.g.alnum(8))}.js   512.04 kB │ gzip: 161.33 kB
✓ built in 7.42s
checksum ${k.n(k.g.hex(64))}
cache key: ${k.n('v4-deps-' + k.g.hex(40))}
nonce=${k.n(k.g.base64(24))}
`,
  ),

  od(
    'ops-notes-mixed-team-wiki',
    ['command-line', 'prose'],
    'wiki/ops-team-notes.md',
    (k) => `# Team notes (random stuff)

- Jenkins old box: \`admin\` / ${k.hp()}  (yes, still)
- grafana api key for the TV dashboard: \`${k.tok('eyJrIjoi' + k.g.base64(60).replace(/[+/=]/g, 'A'))}\`
- Uptime Kuma: ops / ${k.pp()}
- Uptime Kuma push monitor: https://status.corp.local/api/push/${k.tok(k.g.alnum(10))}?status=up&msg=OK
- Healthchecks.io ping key: ${k.tok(k.g.base64url(22))}
- portainer: \`curl -X POST https://portainer.corp.local/api/auth -d '{"Username":"admin","Password":"${k.gp()}"}'\`
- HAProxy stats: \`stats auth admin:${k.hp()}\`
- Zabbix API: \`zabbix_sender -z zbx01 -s web01 -k app.ok -o 1\` (no auth), the API token for scripts is ${k.hex(64)}
- UniFi controller SSH: \`ssh ubnt@10.0.0.2\` pw ${k.lp()}
- build number of the last good release: ${k.bid()}, image ${k.digest()}
`,
  ),
];
