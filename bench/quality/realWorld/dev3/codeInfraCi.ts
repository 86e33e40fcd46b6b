// rw-dev3 code/infra: CI pipelines, framework configs, and documents that must stay silent.
import type { RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { dqPassword, plainPassword, sha256 } from './codeInfraValues';

const ppw = (k: Kit) => k.s('password', plainPassword(k.g));
const dpw = (k: Kit) => k.s('password', dqPassword(k.g));

export const CI_DOCS: RealWorldDoc[] = [
  doc('gha-integration-tests', ['config-syntax', 'command-line'], '.github/workflows/integration.yml', (k) => {
    return `name: integration
on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: ci
          POSTGRES_PASSWORD: ${ppw(k)}
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s
    env:
      DATABASE_URL: postgres://ci:${k.n('${{ env.PGPASS }}')}@localhost:5432/ci
      SONAR_TOKEN: ${k.n('${{ secrets.SONAR_TOKEN }}')}
      CYPRESS_RECORD_KEY: ${k.tok(k.g.uuid())}
    steps:
      - uses: actions/checkout@${k.n(k.g.hex(40))} # v4.1.7
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npm test
      - name: Publish coverage
        run: |
          curl -s -u "ci-bot:${dpw(k)}" -F file=@coverage/lcov.info https://coverage.internal.acme.io/upload
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${k.n('${{ github.actor }}')}
          password: ${k.n('${{ secrets.GITHUB_TOKEN }}')}
`;
  }),

  doc('gitlab-ci-deploy', ['config-syntax', 'command-line'], '.gitlab-ci.yml', (k) => {
    return `stages: [test, build, deploy]

variables:
  MYSQL_DATABASE: app_test
  MYSQL_ROOT_PASSWORD: ${ppw(k)}
  DOCKER_DRIVER: overlay2
  REGISTRY_PASSWORD: ${k.n('$CI_REGISTRY_PASSWORD')}

test:
  stage: test
  services: [mysql:8]
  script:
    - mysql -h mysql -uroot ${k.n('-p"$MYSQL_ROOT_PASSWORD"')} -e "CREATE USER 'app'@'%' IDENTIFIED BY '${k.pw()}'"
    - bundle exec rspec

build:
  stage: build
  script:
    - docker login -u deploy-bot -p ${k.prov('gitlab', 'GitLab')} registry.gitlab.com
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - sshpass -p '${k.pw()}' ssh -o StrictHostKeyChecking=no deploy@app01.acme.io "sudo systemctl restart app"
  only: [main]
`;
  }),

  doc('jenkinsfile-declarative', ['code', 'command-line'], 'Jenkinsfile', (k) => {
    return `pipeline {
    agent any
    environment {
        NEXUS_USER = 'jenkins'
        NEXUS_PASS = '${k.pw()}'
        SONAR = ${k.n("credentials('sonar-token')")}
    }
    stages {
        stage('Build') {
            steps {
                sh './mvnw -B -s settings.xml -Dnexus.user=${k.n('$NEXUS_USER')} -Dnexus.password=${k.n('$NEXUS_PASS')} deploy'
            }
        }
        stage('DB migrate') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'db-migrate', ${k.n("usernameVariable: 'U'")}, ${k.n("passwordVariable: 'P'")})]) {
                    sh 'flyway ${k.n('-user=$U')} ${k.n('-password=$P')} migrate'
                }
                sh "flyway -url=jdbc:postgresql://qa-db:5432/app -user=qa -password=${dpw(k)} info"
            }
        }
        stage('Notify') {
            steps {
                sh "curl -X POST -H 'X-Auth-Token: ${k.http(k.g.hex(32))}' https://chat.acme.io/hooks/build"
            }
        }
    }
}
`;
  }),

  doc('circleci-config', ['config-syntax'], '.circleci/config.yml', (k) => {
    return `version: 2.1
jobs:
  build:
    docker:
      - image: acme/ci-node:20
        auth:
          username: acmeci
          password: ${k.prov('dockerHub', 'Docker Hub')}
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: circle
          POSTGRES_PASSWORD: ${ppw(k)}
    environment:
      CC_TEST_REPORTER_ID: ${k.tok(k.g.hex(64))}
    steps:
      - checkout
      - restore_cache:
          keys: [v1-deps-{{ checksum "package-lock.json" }}]
      - run: npm ci && npm test
workflows:
  main:
    jobs: [build]
`;
  }),

  doc('azure-pipelines-sql', ['config-syntax', 'command-line'], 'azure-pipelines.yml', (k) => {
    return `trigger:
  - main

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  sqlPassword: '${k.pw()}'
  serviceConnection: acme-prod-sc

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: '--configuration $(buildConfiguration)'
  - script: sqlcmd -S tcp:acme-sql.database.windows.net -d orders -U deployer -P ${k.n('$(sqlPassword)')} -i migrations.sql
  - script: sqlcmd -S tcp:acme-sql-dr.database.windows.net -d orders -U deployer -P "${dpw(k)}" -i migrations.sql
    displayName: DR copy
  - task: AzureCLI@2
    inputs:
      azureSubscription: $(serviceConnection)
      scriptType: pscore
      inlineScript: az webapp config appsettings set -n acme-api -g rg-prod --settings Jwt__Key=${k.tok(k.g.alnum(40))}
`;
  }),

  doc('bitbucket-pipelines', ['config-syntax'], 'bitbucket-pipelines.yml', (k) => {
    return `image: python:3.12

definitions:
  services:
    postgres:
      image: postgres:15
      variables:
        POSTGRES_DB: pipelines
        POSTGRES_USER: test_user
        POSTGRES_PASSWORD: ${ppw(k)}
    redis:
      image: redis:7

pipelines:
  default:
    - step:
        services: [postgres, redis]
        script:
          - pip install -r requirements.txt
          - export DJANGO_SECRET_KEY='${k.tok(k.raw.djangoKey(k.g).replace(/[$'()&*!^%#]/g, 'x'))}'
          - python manage.py test
  branches:
    main:
      - step:
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_USER: deploy
                SERVER: web01.acme.io
                COMMAND: ./deploy.sh
`;
  }),

  doc('drone-yml', ['config-syntax'], '.drone.yml', (k) => {
    return `kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.22
    environment:
      DB_DSN: "root:${k.cs()}@tcp(database:3306)/test?parseTime=true"
    commands:
      - go test ./...

  - name: publish
    image: plugins/docker
    settings:
      repo: registry.acme.io/api
      registry: registry.acme.io
      username: drone
      password: ${ppw(k)}

  - name: publish-hub
    image: plugins/docker
    settings:
      username: acme
      password:
        ${k.n('from_secret: docker_password')}

services:
  - name: database
    image: mysql:8
    environment:
      ${k.n('MYSQL_ALLOW_EMPTY_PASSWORD: "yes"')}
      MYSQL_DATABASE: test
`;
  }),

  doc('buildkite-pipeline', ['config-syntax', 'command-line'], '.buildkite/pipeline.yml', (k) => {
    return `env:
  DOCKER_BUILDKIT: "1"
  ARTIFACTORY_API_KEY: "${k.prov('jfrog', 'JFrog')}"

steps:
  - label: ":hammer: build"
    command: make build
    plugins:
      - docker-login#v3.0.0:
          username: buildkite
          ${k.n('password-env: DOCKER_PASSWORD')}

  - label: ":rocket: upload"
    command: "curl -u buildkite:${dpw(k)} -T dist/app.tgz https://artifacts.acme.io/releases/"

  - wait
  - label: ":slack:"
    command: 'curl -d "{\\"text\\":\\"done\\"}" ${k.n('"$SLACK_WEBHOOK"')}'
`;
  }),

  doc('travis-yml', ['config-syntax', 'command-line'], '.travis.yml', (k) => {
    return `language: ruby
rvm: [3.2]
services: [mysql]
env:
  global:
    - DB_USER=travis
    - secure: "${k.n(k.g.base64(340) + '=')}"
    - COVERALLS_REPO_TOKEN=${k.tok(k.g.alnum(32))}
before_script:
  - mysql -u root -e "CREATE USER 'app'@'localhost' IDENTIFIED BY '${k.pw(dqPassword(k.g))}'; GRANT ALL ON *.* TO 'app'@'localhost';"
  - cp config/database.travis.yml config/database.yml
script: bundle exec rake
deploy:
  provider: heroku
  api_key: ${k.tok(k.g.uuid())}
  app: acme-shop-staging
`;
  }),

  doc('spring-application-yml', ['config-syntax', 'defaults-in-code'], 'src/main/resources/application-dev.yml', (k) => {
    const g = k.g;
    return `server:
  port: 8081

spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/catalog
    username: catalog
    password: \${DB_PASSWORD:${k.s('password', plainPassword(g))}}
  rabbitmq:
    host: localhost
    username: catalog
    password: ${ppw(k)}
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: ${k.prov('sendgrid', 'SendGrid')}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: catalog-service
            client-secret: ${k.tok(g.alnum(32))}

management:
  endpoints.web.exposure.include: health,info

app:
  jwt:
    secret: ${k.n('${JWT_SECRET}')}
    expiration: 86400
  password-reset:
    token-validity: 3600
`;
  }),

  doc('express-dotenv-defaults', ['code', 'defaults-in-code'], 'src/config/index.ts', (k) => {
    const g = k.g;
    return `import 'dotenv/config';

const required = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(\`Missing env \${name}\`);
  return v;
};

export const config = {
  port: Number(process.env.PORT ?? 8080),
  db: {
    url: process.env.DATABASE_URL ?? 'postgres://api:${k.cs()}@localhost:5432/api',
    password: ${k.n("required('DB_PASSWORD')")},
  },
  jwt: {
    accessSecret: process.env.JWT_ACCESS_SECRET ?? '${k.tok(g.base64url(48))}',
    refreshSecret: process.env.JWT_REFRESH_SECRET || '${k.n('dev-refresh-secret')}',
  },
  s3: {
    bucket: process.env.S3_BUCKET ?? 'api-uploads',
    region: 'eu-west-1',
  },
  admin: {
    email: 'admin@api.local',
    initialPassword: ${k.n('process.env.ADMIN_PASSWORD')} ?? '${k.pw()}',
  },
};
`;
  }),

  doc('kotlin-ktor-test-double', ['code'], 'src/test/kotlin/com/acme/PaymentGatewayFake.kt', (k) => {
    const g = k.g;
    return `package com.acme

class PaymentGatewayFake : PaymentGateway {
    // real sandbox credentials so the contract tests can hit the provider's mock server too
    private val sandboxKey = "${k.prov('stripeTest', 'Stripe')}"
    private val webhookSecret = "${k.prov('stripeWebhook', 'Stripe')}"

    override fun charge(amount: Long, card: String): ChargeResult =
        ChargeResult(id = "ch_${k.n(g.alnum(24))}", status = "succeeded")
}

val testUser = User(
    email = "buyer@example.com",
    password = "${k.hpw()}",
    passwordHash = "${k.n(k.raw.argon2(g))}",
)
`;
  }),

  doc('csharp-unit-test-httpclient', ['code', 'http-auth'], 'tests/Acme.Api.Tests/PartnerClientTests.cs', (k) => {
    return `using System.Net.Http.Headers;
using Xunit;

public class PartnerClientTests
{
    private const string ApiKey = "${k.tok(k.g.hex(32))}";

    [Fact]
    public async Task GetsCatalog()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://partner-sandbox.example.com") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${k.basic('acme')}");
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var res = await http.GetAsync("/catalog");
        Assert.True(res.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("${k.n('short')}")]
    public void RejectsWeakPasswords(string pw) => Assert.False(PasswordPolicy.IsStrong(pw));
}
`;
  }),

  doc('python-settings-dict-list', ['code'], 'scrapers/settings.py', (k) => {
    const g = k.g;
    return `# rotating proxy accounts (bought in bulk, shared by all spiders)
PROXIES = [
    "http://user-${g.lower(5)}:${k.cs()}@gate.proxyprovider.example:7000",
    "http://user-${g.lower(5)}:${k.cs()}@gate.proxyprovider.example:7000",
]

ACCOUNTS = [
    ("scraper01@example.com", "${k.hpw()}"),
    ("scraper02@example.com", "${k.hpw()}"),
]

CAPTCHA_API_KEY = "${k.tok(g.hex(32))}"
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"
DOWNLOAD_DELAY = 1.5
`;
  }),

  doc('go-grpc-interceptor-metadata', ['code', 'http-auth'], 'internal/client/auth.go', (k) => {
    return `package client

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
)

// internal service-to-service token; rotate with the inventory team
var serviceToken = "${k.tok(k.g.base64url(43))}"

func authInterceptor(ctx context.Context, method string, req, reply interface{}, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	ctx = metadata.AppendToOutgoingContext(ctx, "authorization", ${k.n('"Bearer "+serviceToken')})
	return invoker(ctx, method, req, reply, cc, opts...)
}

const headerAuthorization = "${k.n('authorization')}"
`;
  }),

  // Documents that must stay silent.
  doc('precision-python-crypto-tests', ['precision', 'code'], 'tests/test_crypto_vectors.py', (k) => {
    const g = k.g;
    return `import hashlib

import pytest

from app.crypto import derive_key, hash_password, verify_password

# NIST / RFC test vectors: published, not secrets
PBKDF2_VECTORS = [
    # (password, salt, iterations, dklen, expected)
    (b"password", b"salt", 1, 20, "${k.n('0c60c80f961f0e71f3a9b524af6012062fe037a6')}"),
    (b"password", b"salt", 2, 20, "${k.n('ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957')}"),
]

EMPTY_SHA256 = "${k.n('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')}"


@pytest.mark.parametrize("pw,salt,it,dklen,expected", PBKDF2_VECTORS)
def test_pbkdf2(pw, salt, it, dklen, expected):
    assert hashlib.pbkdf2_hmac("sha1", pw, salt, it, dklen).hex() == expected


def test_roundtrip():
    stored = hash_password("${k.n('correct horse battery staple')}")
    assert verify_password(stored, "correct horse battery staple")
    assert not verify_password(stored, "${k.n('wrong')}")


def test_known_hash():
    assert verify_password("${k.n(k.raw.argon2(g))}", "hunter2") in (True, False)


def test_request_id():
    assert len("${k.n(g.uuid())}") == 36
`;
  }),

  doc('precision-java-password-validator', ['precision', 'code'], 'src/main/java/com/acme/auth/PasswordPolicy.java', (k) => {
    return `package com.acme.auth;

import java.util.regex.Pattern;

public final class PasswordPolicy {
    public static final String PASSWORD_PARAM = "${k.n('password')}";
    public static final String PASSWORD_CONFIRM_PARAM = "${k.n('passwordConfirm')}";
    public static final String MSG_TOO_SHORT = "${k.n('Password must be at least 12 characters')}";
    public static final String MSG_MISMATCH = "${k.n('Passwords do not match')}";
    public static final String TOKEN_HEADER = "${k.n('X-Auth-Token')}";
    private static final Pattern STRONG = Pattern.compile("${k.n('^(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{12,}$')}");

    public static boolean isStrong(String password) {
        return password != null && STRONG.matcher(password).matches();
    }

    public static char[] read(java.io.Console console) {
        return console.readPassword("${k.n('Password: ')}");
    }

    private PasswordPolicy() {}
}
`;
  }),

  doc('precision-terraform-refs-only', ['precision', 'config-syntax'], 'infra/modules/db/main.tf', (k) => {
    const g = k.g;
    return `variable "password" {
  type      = string
  sensitive = true
}

resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "${k.n('!#$%&*()-_=+[]{}<>:?')}"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "app", password = random_password.master.result })
}

resource "aws_db_instance" "this" {
  username = "app"
  password = ${k.n('coalesce(var.password, random_password.master.result)')}
  kms_key_id = "arn:aws:kms:eu-west-1:${k.n(g.digits(12))}:key/${k.n(g.uuid())}"
}

data "aws_ssm_parameter" "api_key" {
  name = "/prod/api/key"
}

locals {
  api_key  = ${k.n('data.aws_ssm_parameter.api_key.value')}
  password = ${k.n('"${var.password}"')}
}
`;
  }),

  doc('precision-gha-secrets-refs', ['precision', 'config-syntax'], '.github/workflows/release.yml', (k) => {
    const g = k.g;
    return `name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: write
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.n(g.hex(40))}
      - uses: actions/setup-node@${k.n(g.hex(40))}
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish --provenance
        env:
          NODE_AUTH_TOKEN: ${k.n('${{ secrets.NPM_TOKEN }}')}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::${k.n(g.digits(12))}:role/release
          aws-region: eu-west-1
      - run: echo "password=${k.n('${{ secrets.DEPLOY_PASSWORD }}')}" >> "$GITHUB_OUTPUT"
      - run: ./scripts/upload.sh --token "$UPLOAD_TOKEN" --checksum ${k.n(sha256(g))}
        env:
          UPLOAD_TOKEN: ${k.n('${{ secrets.UPLOAD_TOKEN }}')}
`;
  }),

  doc('precision-k8s-sealed-and-refs', ['precision', 'config-syntax'], 'k8s/base/deployment.yaml', (k) => {
    const g = k.g;
    return `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: api
spec:
  encryptedData:
    DB_PASSWORD: ${k.n('Ag' + g.base64(340) + '==')}
    JWT_SECRET: ${k.n('Ag' + g.base64(340) + '==')}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  annotations:
    checksum/config: ${k.n(sha256(g))}
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.acme.io/api@sha256:${k.n(sha256(g))}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: api, key: DB_PASSWORD }
            - name: PASSWORD_MIN_LENGTH
              value: "12"
            - name: SESSION_COOKIE
              value: "${k.n('__Host-session')}"
`;
  }),

  doc('precision-android-strings-firebase', ['precision', 'config-syntax'], 'app/src/main/res/values/strings.xml', (k) => {
    const g = k.g;
    return `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Acme Shop</string>
    <string name="hint_password">${k.n('Password')}</string>
    <string name="error_password_short">${k.n('Password is too short')}</string>
    <string name="action_forgot_password">${k.n('Forgot password?')}</string>
    <string name="google_api_key" translatable="false">${k.n(k.raw.googleBrowserKey(g))}</string>
    <string name="gcm_defaultSenderId" translatable="false">${k.n(g.digits(12))}</string>
    <string name="google_app_id" translatable="false">${k.n(`1:${g.digits(12)}:android:${g.hex(16)}`)}</string>
    <string name="default_web_client_id" translatable="false">${k.n(`${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`)}</string>
    <string name="token_label">${k.n('Access token')}</string>
</resources>
`;
  }),

  doc('precision-go-bcrypt-handler', ['precision', 'code'], 'internal/http/login.go', (k) => {
    return `package http

import (
	"net/http"
	"os"

	"golang.org/x/crypto/bcrypt"
)

const (
	passwordField  = "${k.n('password')}"
	tokenCookie    = "${k.n('session_token')}"
	defaultCost    = bcrypt.DefaultCost
)

var adminHash = []byte(${k.n('os.Getenv("ADMIN_PASSWORD_HASH")')})

func login(w http.ResponseWriter, r *http.Request) {
	password := ${k.n('r.FormValue(passwordField)')}
	if err := bcrypt.CompareHashAndPassword(adminHash, []byte(password)); err != nil {
		http.Error(w, "${k.n('invalid username or password')}", http.StatusUnauthorized)
		return
	}
	token := newSessionToken()
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: token, HttpOnly: true})
}
`;
  }),

  doc('precision-webpack-lock-integrity', ['precision', 'config-syntax'], 'package-lock.json', (k) => {
    const g = k.g;
    return `{
  "name": "acme-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@babel/core": {
      "version": "7.24.0",
      "resolved": "https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz",
      "integrity": "${k.n(k.raw.integrity(g))}"
    },
    "node_modules/password-validator": {
      "version": "5.3.0",
      "resolved": "https://registry.npmjs.org/password-validator/-/password-validator-5.3.0.tgz",
      "integrity": "${k.n(k.raw.integrity(g))}"
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "${k.n('sha1-' + g.base64(27) + '=')}"
    }
  }
}
`;
  }),

  doc('precision-ansible-vault-sops', ['precision', 'config-syntax'], 'group_vars/prod/secrets.yml', (k) => {
    const g = k.g;
    return `# encrypted with sops (age recipient ops-2024)
db_password: ${k.n(k.raw.sopsValue(g))}
api_token: ${k.n(k.raw.sopsValue(g))}
smtp_password: ${k.n(k.raw.sopsValue(g))}
sops:
  age:
    - recipient: ${k.n('age1' + g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}
  lastmodified: "2026-11-02T10:14:55Z"
  mac: ${k.n(`ENC[AES256_GCM,data:${g.base64(43)}=,iv:${g.base64(43)}=,tag:${g.base64(22)}==,type:str]`)}
  version: 3.9.0
`;
  }),

  doc('precision-ruby-rspec-factories', ['precision', 'code'], 'spec/factories/users.rb', (k) => {
    return `FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "user#{n}@example.com" }
    password { "${k.n('password')}" }
    password_confirmation { password }
    api_token { ${k.n('SecureRandom.hex(20)')} }
    encrypted_password { ${k.n('Devise::Encryptor.digest(User, password)')} }

    trait :admin do
      role { :admin }
      password { ${k.n('Faker::Internet.password(min_length: 12)')} }
    end
  end
end
`;
  }),

  doc('precision-bash-env-refs', ['precision', 'command-line'], 'scripts/restore.sh', (k) => {
    return `#!/bin/sh
set -e
: "\${PGPASSWORD:?set PGPASSWORD first}"
DB_PASS=${k.n('"$(cat /run/secrets/db_password)"')}
API_TOKEN=${k.n('$(vault kv get -field=token secret/restore)')}
mysql -u restore -p"$DB_PASS" shop < dump.sql
curl -H "Authorization: Bearer $API_TOKEN" https://api.internal/restore/done
psql "postgresql://restore:${k.n('${PGPASSWORD}')}@db:5432/app" -c 'select 1'
echo "password: ${k.n('********')}"
export AWS_SECRET_ACCESS_KEY=${k.n('"$(op read op://ops/aws/secret)"')}
`;
  }),
];
