// rw-dev10 ops: Makefiles, Dockerfiles, compose commands, Ansible/Terraform/Packer/Helm invocations.
import type { RealWorldDoc } from '../types';
import { F, od } from './opsValues';

export const OPS_BUILD_DOCS: RealWorldDoc[] = [
  od(
    'ops-makefile-deploy',
    ['command-line', 'config-syntax'],
    'Makefile',
    (k) => `IMAGE ?= registry.corp.example/shop/api
TAG   ?= $(shell git rev-parse --short HEAD)
REGISTRY_USER = ci-push
REGISTRY_PASS = ${k.tok(k.g.alnum(32))}
SENTRY_AUTH_TOKEN ?= ${k.hex(64)}
DB_URL = postgres://shop:${k.cs()}@localhost:5432/shop_dev?sslmode=disable

.PHONY: build push migrate release

build:
\tdocker build -t $(IMAGE):$(TAG) .

push: build
\techo ${k.n('$(REGISTRY_PASS) |')} docker login registry.corp.example -u $(REGISTRY_USER) --password-stdin
\tdocker push $(IMAGE):$(TAG)

migrate:
\tmigrate -path ./migrations -database "$(DB_URL)" up

release:
\tsentry-cli ${k.n('--auth-token $(SENTRY_AUTH_TOKEN)')} releases new $(TAG)
\tsentry-cli releases set-commits $(TAG) --commit "shop/api@${k.sha()}"

test-db:
\tdocker run --rm -d -p 5433:5432 -e POSTGRES_PASSWORD=${k.n('postgres')} postgres:16
`,
  ),

  od(
    'ops-dockerfile-legacy',
    ['command-line', 'config-syntax'],
    'legacy/Dockerfile',
    (k) => `FROM php:8.2-apache@${k.digest()}
LABEL maintainer="infra@acme.example" version="${k.ver()}"

ENV APP_ENV=production \\
    DB_HOST=mysql-legacy \\
    DB_USER=legacy \\
    DB_PASSWORD=${k.hp()} \\
    MAIL_API_KEY=${k.tok(k.g.hex(32) + '-' + k.g.hex(8) + '-' + k.g.hex(8))}

ARG COMPOSER_AUTH='{"http-basic":{"repo.packagist.com":{"username":"token","password":"${k.tok(k.g.hex(40))}"}}}'
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${k.n('${NPM_TOKEN}')}" > ~/.npmrc
RUN composer config -g github-oauth.github.com ${k.prov(k.P.githubClassic(k.g), 'github')} \\
 && composer install --no-dev --prefer-dist
RUN echo "root:${k.hp()}" | chpasswd
COPY . /var/www/html
HEALTHCHECK CMD curl -f http://localhost/health || exit 1
`,
  ),

  od(
    'ops-compose-commands-readme',
    ['command-line', 'prose'],
    'README.md',
    (k) => `# local stack

Start everything:

${F}sh
docker compose up -d
docker compose exec db psql -U postgres -c "ALTER USER app WITH PASSWORD '${k.hp()}';"
docker compose run --rm -e STRIPE_KEY=${k.prov(k.P.stripeTest(k.g), 'stripe')} worker python manage.py sync_plans
${F}

Run a throwaway MySQL and Mongo:

${F}sh
docker run -d --name mysql8 -e MYSQL_ROOT_PASSWORD=${k.gp()} -e MYSQL_PASSWORD=${k.hp()} -p 3306:3306 mysql:8.4
docker run -d --name mongo -e MONGO_INITDB_ROOT_USERNAME=root -e MONGO_INITDB_ROOT_PASSWORD=${k.pp()} mongo:7
docker run -e "ELASTIC_PASSWORD=${k.n('changeme')}" docker.elastic.co/elasticsearch/elasticsearch:8.15.0
${F}

Keycloak admin for local dev is \`admin\` / \`${k.u('admin')}\`. The staging one is different: ${k.hp()} (ask before using it).
`,
  ),

  od(
    'ops-ansible-invocations',
    ['command-line', 'prose'],
    'docs/ansible-howto.md',
    (k) => `## Déploiement avec Ansible

Inventaire de prod, avec le mot de passe sudo (à remplacer par le vault un jour) :

${F}
ansible-playbook -i inventories/prod site.yml -e "ansible_become_pass=${k.hp()}"
ansible-playbook -i inventories/prod db.yml --extra-vars 'mysql_root_password=${k.gp()} replication_password=${k.gp()}'
ansible all -i hosts.ini -m ping -u deploy --extra-vars "ansible_password=${k.hp()}"
ansible-playbook site.yml --vault-password-file ~/.vault_pass.txt
ansible-playbook site.yml -e @secrets.yml --ask-vault-pass
${F}

Le fichier \`~/.vault_pass.txt\` contient juste : \`${k.pp()}\`

Chiffrer une nouvelle variable :

${F}
ansible-vault encrypt_string '${k.gp()}' --name 'smtp_password'
smtp_password: !vault |
          ${k.n('$ANSIBLE_VAULT;1.1;AES256')}
          ${k.n(k.g.hex(64))}
          ${k.g.hex(64)}
${F}
`,
  ),

  od(
    'ops-terraform-invocations',
    ['command-line'],
    'infra/README.md',
    (k) => `# infra

Plan/apply (creds from the vault normally — this is what we used during the migration weekend):

${F}bash
export TF_VAR_db_password='${k.hp()}'
export TF_VAR_cloudflare_api_token=${k.tok(k.g.base64url(40).replace(/[-_]/g, 'Q'))}
terraform plan -var "admin_password=${k.gp()}" -var-file=prod.tfvars -out prod.plan
terraform apply -var='grafana_admin_password=${k.pp()}' prod.plan
terraform import aws_db_instance.main shop-prod
terraform apply -var "datadog_api_key=${k.n('$DD_API_KEY')}" -var "datadog_app_key=${k.n('$DD_APP_KEY')}"
${F}

State backend uses the TFC token in \`~/.terraformrc\`:

${F}hcl
credentials "app.terraform.io" {
  token = "${k.prov(k.P.terraformCloud(k.g), 'terraform-cloud')}"
}
${F}

Last applied: run ${k.n('run-' + k.g.alnum(16))} / commit ${k.short()}
`,
  ),

  od(
    'ops-packer-helm-invocations',
    ['command-line'],
    'ci/scripts/bake-and-ship.sh',
    (k) => `#!/usr/bin/env bash
set -eux
packer build -var "ssh_password=${k.hp()}" -var "vsphere_password=${k.gp()}" -var 'vsphere_user=administrator@vsphere.local' ubuntu-2404.pkr.hcl

helm repo add acme https://charts.corp.example --username charts --password ${k.tok(k.g.alnum(32))}
helm upgrade --install grafana grafana/grafana -n monitoring --set adminPassword='${k.hp()}' --set persistence.enabled=true
helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword=${k.gp()},auth.password=${k.hp()},auth.database=app
helm upgrade --install redis bitnami/redis --set auth.password=${k.n('${REDIS_PASSWORD}')}
helm registry login harbor.corp.example -u robot\\$ci --password ${k.tok(k.g.alnum(32))}
echo "chart digest ${k.digest()}"
`,
  ),

  od(
    'ops-compose-override-cmds',
    ['command-line', 'config-syntax'],
    'docker-compose.override.yml',
    (k) => `# local overrides – NOT for prod
services:
  api:
    command: ["./api", "--db-password", "${k.hp()}", "--jwt-secret", "${k.tok(k.g.alnum(48))}"]
    environment:
      - LOG_LEVEL=debug
      - API_KEY=\${API_KEY}
  worker:
    command: celery -A app worker --broker amqp://app:${k.cs()}@rabbit:5672//
  pgadmin:
    image: dpage/pgadmin4:8
    environment:
      PGADMIN_DEFAULT_EMAIL: dev@acme.example
      PGADMIN_DEFAULT_PASSWORD: ${k.lp()}
  minio:
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: ${k.u('minioadmin')}
`,
  ),

  od(
    'ops-makefile-release-go',
    ['command-line'],
    'tools/release.mk',
    (k) => `# release helpers (included from the main Makefile)
GITHUB_TOKEN ?= $(shell cat ~/.config/acme/gh-token)
GPG_PASSPHRASE := ${k.pp()}
CODECOV_TOKEN := ${k.tok(k.g.uuid())}

release-sign:
\t@echo ${k.n('"$(GPG_PASSPHRASE)"')} | gpg --batch --pinentry-mode loopback --passphrase-fd 0 --detach-sign dist/checksums.txt

release-upload:
\tGITHUB_TOKEN=$(GITHUB_TOKEN) goreleaser release --clean

coverage:
\tcurl -s https://codecov.io/bash | bash -s -- ${k.n('-t $(CODECOV_TOKEN)')}

notify:
\tcurl -X POST -H 'Content-type: application/json' --data '{"text":"released $(VERSION)"}' https://hooks.slack.com/services/${k.prov(k.P.slackWebhookPath(k.g), 'slack-webhook')}
`,
  ),

  od(
    'ops-dockerfile-java-build',
    ['command-line', 'config-syntax'],
    'services/billing/Dockerfile',
    (k) => `# syntax=docker/dockerfile:1.7
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -s /usr/share/maven/ref/settings-docker.xml -Dnexus.user=deploy -Dnexus.password=${k.hp()} dependency:go-offline
RUN --mount=type=secret,id=mvnsettings,target=/root/.m2/settings.xml mvn -B package -DskipTests
COPY src src
RUN mvn -B package -Dsonar.login=${k.hex(40)} -DskipTests

FROM eclipse-temurin:21-jre
COPY --from=build /src/target/billing.jar /app/billing.jar
ENV JAVA_OPTS="-Djavax.net.ssl.keyStorePassword=${k.gp()} -Djavax.net.ssl.trustStorePassword=${k.n('changeit')}"
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app/billing.jar"]
`,
  ),

  od(
    'ops-keytool-openssl-notes',
    ['command-line', 'prose'],
    'docs/tls/keystores.md',
    (k) => `# Keystores (Tomcat / Kafka)

証明書の更新手順（毎年11月）:

${F}
openssl pkcs12 -export -in server.crt -inkey server.key -out server.p12 -name tomcat -passout pass:${k.hp()}
keytool -importkeystore -srckeystore server.p12 -srcstoretype PKCS12 -srcstorepass ${k.n('"$P12_PASS"')} -destkeystore server.jks -deststorepass ${k.gp()}
keytool -genkeypair -alias kafka-broker -keyalg RSA -keystore kafka.keystore.jks -storepass ${k.pin()} -keypass ${k.pin()} -dname "CN=kafka01"
keytool -list -keystore $JAVA_HOME/lib/security/cacerts -storepass changeit
openssl rsa -in old.key -out old-nopass.key -passin pass:${k.lp()}
${F}

Fingerprint of the new cert: \`${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(':'))}\`
`,
  ),
];
