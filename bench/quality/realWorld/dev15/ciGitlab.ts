// GitLab CI: .gitlab-ci.yml variables and before_script, includes, runner config.toml, CI/CD variable exports
// from the API, and job traces.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_GITLAB_DOCS: RealWorldDoc[] = [
  ciDoc(
    'gitlab-ci-variables-before-script',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, test, deploy]

variables:
  DOCKER_DRIVER: overlay2
  DOCKER_TLS_CERTDIR: "/certs"
  MAVEN_OPTS: "-Dmaven.repo.local=$CI_PROJECT_DIR/.m2/repository"
  POSTGRES_DB: orders
  POSTGRES_USER: orders
  POSTGRES_PASSWORD: "${k.hpw()}"
  NEXUS_USER: ci-deployer
  NEXUS_PASS: "${k.gpw()}"

default:
  image: maven:3.9-eclipse-temurin-17
  before_script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - mkdir -p ~/.m2 && cp ci/settings.xml ~/.m2/settings.xml

build:
  stage: build
  script:
    - mvn -B -s ci/settings.xml package -DskipTests
  artifacts:
    paths: [target/*.jar]

test:
  stage: test
  services:
    - postgres:15
  script:
    - mvn -B verify -Dspring.datasource.url=jdbc:postgresql://postgres:5432/orders -Dspring.datasource.password=$POSTGRES_PASSWORD

deploy:
  stage: deploy
  image: alpine:3.19
  only: [main]
  script:
    - apk add --no-cache openssh-client sshpass
    - sshpass -p '${k.spw()}' ssh -o StrictHostKeyChecking=no deploy@10.20.1.15 "sudo /opt/orders/deploy.sh $CI_COMMIT_SHORT_SHA"
`,
  ),

  ciDoc(
    'gitlab-ci-job-token-refs',
    ['config-syntax', 'precision'],
    'packages/ui/.gitlab-ci.yml',
    (k) => `include:
  - project: 'platform/ci-templates'
    ref: ${k.n(V.sha1(k.g))}
    file: '/templates/node.yml'

publish:
  stage: deploy
  script:
    - echo "@nordlicht:registry=https://\${CI_SERVER_HOST}/api/v4/projects/\${CI_PROJECT_ID}/packages/npm/" > .npmrc
    - echo "//\${CI_SERVER_HOST}/api/v4/projects/\${CI_PROJECT_ID}/packages/npm/:_authToken=${k.n('${CI_JOB_TOKEN}')}" >> .npmrc
    - npm publish
  rules:
    - if: $CI_COMMIT_TAG

trigger-docs:
  stage: deploy
  script:
    - 'curl -X POST --fail -F token=${k.n('$CI_JOB_TOKEN')} -F ref=main https://gitlab.nordlicht.de/api/v4/projects/412/trigger/pipeline'
    - 'curl --header "PRIVATE-TOKEN: ${k.n('$RELEASE_BOT_TOKEN')}" "https://gitlab.nordlicht.de/api/v4/projects/$CI_PROJECT_ID/releases"'
  cache:
    key: ${k.n(`npm-${V.sha1(k.g).slice(0, 16)}`)}
    paths: [.npm/]
`,
  ),

  ciDoc(
    'gitlab-ci-trigger-token-inline',
    ['config-syntax', 'command-line', 'http-auth'],
    'ci/downstream.gitlab-ci.yml',
    (k) => `# Triggers the e2e project after every merge to main.
# The trigger token belongs to project 1187 (Settings > CI/CD > Pipeline trigger tokens).
trigger_e2e:
  stage: .post
  image: curlimages/curl:8.5.0
  script:
    - >
      curl --fail --request POST
      --form token=${k.prov('GitLab pipeline trigger token', V.glTrigger(k.g))}
      --form ref=main
      --form "variables[UPSTREAM_SHA]=$CI_COMMIT_SHA"
      https://gitlab.kairos.dev/api/v4/projects/1187/trigger/pipeline
    - >
      curl --fail --header "PRIVATE-TOKEN: ${k.prov('GitLab personal access token', V.glPat(k.g))}"
      "https://gitlab.kairos.dev/api/v4/projects/1187/pipelines?per_page=1"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
`,
  ),

  ciDoc(
    'gitlab-runner-config-toml',
    ['config-syntax', 'credential-file', 'precision'],
    'ops/gitlab-runner/config.toml',
    (k) => `concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "bld-02-docker"
  url = "https://gitlab.kairos.dev/"
  id = ${k.n(k.g.digits(3))}
  token = "${k.prov('GitLab runner authentication token', V.glRunner(k.g))}"
  token_obtained_at = 2026-03-14T08:11:42Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.cache]
    Type = "s3"
    Shared = true
    [runners.cache.s3]
      ServerAddress = "minio.kairos.internal:9000"
      AccessKey = "gitlab-runner"
      SecretKey = "${k.s('token', k.g.alnum(40))}"
      BucketName = "runner-cache"
      Insecure = true
  [runners.docker]
    tls_verify = false
    image = "alpine:3.19"
    privileged = true
    volumes = ["/certs/client", "/cache"]
    shm_size = 0
`,
  ),

  ciDoc(
    'gitlab-runner-register-history',
    ['command-line', 'precision'],
    'ops/notes/runner-register.txt',
    (k) => `# how bld-03 was registered (copied from my shell history, Jan)
sudo gitlab-runner register \\
  --non-interactive \\
  --url "https://gitlab.kairos.dev/" \\
  --registration-token "${k.prov('GitLab runner registration token', V.glRunnerReg(k.g))}" \\
  --executor "docker" \\
  --docker-image alpine:latest \\
  --description "bld-03-docker" \\
  --tag-list "docker,linux" \\
  --run-untagged="true"

# new flow (16.x): create the runner in the UI, then
sudo gitlab-runner register --non-interactive --url https://gitlab.kairos.dev --token ${k.ph()} --executor docker
sudo gitlab-runner verify
sudo gitlab-runner list
# Listing configs  ConfigFile=/etc/gitlab-runner/config.toml
# bld-03-docker  Executor=docker Token=${k.n('glrt-' + '*'.repeat(8))} URL=https://gitlab.kairos.dev/
`,
  ),

  ciDoc(
    'gitlab-variables-api-export',
    ['logs-and-output', 'config-syntax', 'precision'],
    'ops/migration/variables-export.json',
    (k) => `[
  {
    "variable_type": "env_var",
    "key": "AWS_ACCESS_KEY_ID",
    "value": "${k.u(V.awsId(k.g))}",
    "protected": true,
    "masked": false,
    "raw": false,
    "environment_scope": "production",
    "description": null
  },
  {
    "variable_type": "env_var",
    "key": "AWS_SECRET_ACCESS_KEY",
    "value": "${k.prov('AWS secret access key', V.awsSecret(k.g))}",
    "protected": true,
    "masked": true,
    "raw": false,
    "environment_scope": "production",
    "description": null
  },
  {
    "variable_type": "env_var",
    "key": "SMTP_PASSWORD",
    "value": "${k.pw()}",
    "protected": false,
    "masked": true,
    "raw": true,
    "environment_scope": "*",
    "description": "mailjet relay"
  },
  {
    "variable_type": "file",
    "key": "KUBECONFIG_PROD",
    "value": "apiVersion: v1\\nkind: Config\\nclusters:\\n- cluster:\\n    server: https://10.0.0.1:6443\\n  name: prod\\nusers:\\n- name: ci\\n  user:\\n    token: ${k.s('token', k.g.base64url(40))}\\n",
    "protected": true,
    "masked": false,
    "raw": false,
    "environment_scope": "production",
    "description": null
  },
  {
    "variable_type": "env_var",
    "key": "SENTRY_DSN",
    "value": "${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}",
    "protected": false,
    "masked": false,
    "raw": false,
    "environment_scope": "*",
    "description": "public DSN"
  },
  {
    "variable_type": "env_var",
    "key": "DEPLOY_WEBHOOK_SECRET",
    "value": "${k.tok()}",
    "protected": true,
    "masked": true,
    "raw": false,
    "environment_scope": "*",
    "description": null
  }
]
`,
  ),

  ciDoc(
    'gitlab-job-trace-set-x',
    ['logs-and-output', 'command-line'],
    'logs/gitlab-job-55120931.log',
    (k) => `Running with gitlab-runner 16.8.0 (c72a09b6)
  on bld-02-docker ${k.n('x7Ybq2Lc')}, system ID: ${k.n('s_' + k.g.hex(12))}
Preparing the "docker" executor
Using Docker executor with image registry.nordlicht.de/ci/deployer:3 ...
Pulling docker image registry.nordlicht.de/ci/deployer:3 ...
Using docker image ${k.n(V.digest(k.g))} for registry.nordlicht.de/ci/deployer:3 with digest registry.nordlicht.de/ci/deployer@${k.n(V.digest(k.g))} ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${k.n(V.short(k.g) + 'a')} as detached HEAD (ref is main)...
Executing "step_script" stage of the job script
$ set -x
$ ./deploy/push-config.sh prod
+ ENV=prod
+ CONSUL_HTTP_ADDR=https://consul.nordlicht.internal:8501
+ CONSUL_HTTP_TOKEN=${k.s('token', k.g.uuid())}
+ consul kv put config/orders/prod/db_password ${k.hpw()}
Success! Data written to: config/orders/prod/db_password
+ consul kv put config/orders/prod/feature_flags @flags.json
Success! Data written to: config/orders/prod/feature_flags
+ vault kv get -field=password secret/orders/prod/rabbitmq
${k.gpw()}
+ echo done
done
Cleaning up project directory and file based variables
Job succeeded
`,
  ),

  ciDoc(
    'gitlab-ci-helm-deploy',
    ['config-syntax', 'command-line', 'precision'],
    'deploy/.gitlab-ci.deploy.yml',
    (k) => `.deploy_template: &deploy
  image: alpine/helm:3.14.0
  before_script:
    - kubectl config set-credentials ci --token="$KUBE_TOKEN"
  script:
    - >
      helm upgrade --install orders ./chart
      --namespace orders-$CI_ENVIRONMENT_NAME
      --set image.tag=$CI_COMMIT_SHORT_SHA
      --set postgresql.auth.password=${k.hpw()}
      --set rabbitmq.auth.erlangCookie=${k.s('token', k.g.upper(20))}
      --set secrets.jwtSigningKey=${k.tok()}
      --set-string ingress.annotations."cert-manager\\.io/cluster-issuer"=letsencrypt
      --wait --timeout 10m

deploy_staging:
  <<: *deploy
  environment: { name: staging, url: https://orders.staging.nordlicht.de }
  variables:
    KUBE_TOKEN: $KUBE_TOKEN_STAGING

deploy_prod:
  <<: *deploy
  environment: { name: production, url: https://orders.nordlicht.de }
  when: manual
  variables:
    KUBE_TOKEN: ${k.n('$KUBE_TOKEN_PROD')}
`,
  ),

  ciDoc(
    'gitlab-deploy-token-readme',
    ['prose', 'command-line', 'precision'],
    'docs/ci/deploy-tokens.md',
    (k) => `# Deploy tokens for the k3s edge nodes

The edge nodes pull images and Helm charts with a **deploy token** (read_registry, read_package_registry).
Tokens are created in *Settings → Repository → Deploy tokens*.

| Node group | Username | Token |
|---|---|---|
| edge-eu | gitlab+deploy-token-${k.n(k.g.digits(4))} | ${k.prov('GitLab deploy token', V.glDeploy(k.g))} |
| edge-us | gitlab+deploy-token-${k.n(k.g.digits(4))} | stored in Vault at \`${k.n('kv/edge/us/gitlab-deploy')}\` |

\`\`\`bash
docker login registry.nordlicht.de -u gitlab+deploy-token-1201 -p ${k.prov('GitLab deploy token', V.glDeploy(k.g))}
helm repo add --username gitlab+deploy-token-1201 --password ${k.ph()} orders https://gitlab.nordlicht.de/api/v4/projects/88/packages/helm/stable
\`\`\`

Do not use \`CI_DEPLOY_PASSWORD\` outside of jobs; it is only injected when a token named
\`gitlab-deploy-token\` exists.
`,
  ),

  ciDoc(
    'gitlab-ci-python-pypi',
    ['config-syntax', 'precision'],
    'libs/pyclient/.gitlab-ci.yml',
    (k) => `image: python:3.12-slim

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  TWINE_USERNAME: __token__
  TWINE_PASSWORD: ${k.prov('PyPI API token', V.pypi(k.g))}
  TWINE_REPOSITORY_URL: https://upload.pypi.org/legacy/

cache:
  paths: [.cache/pip]

test:
  script:
    - pip install -e .[test]
    - pytest -q --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml

publish:internal:
  script:
    - pip install build twine
    - python -m build
    - twine upload --repository-url https://nexus.nordlicht.internal/repository/pypi-internal/ -u ci -p ${k.spw()} dist/*
  only: [tags]

publish:pypi:
  script:
    - twine upload dist/*
  only: [tags]
  when: manual
`,
  ),

  ciDoc(
    'gitlab-ci-sast-dast-vars',
    ['config-syntax', 'precision'],
    'security/.gitlab-ci.security.yml',
    (k) => `include:
  - template: Security/SAST.gitlab-ci.yml
  - template: DAST.gitlab-ci.yml

variables:
  SAST_EXCLUDED_PATHS: "spec, test, tests, tmp"
  DAST_WEBSITE: https://review-$CI_COMMIT_REF_SLUG.apps.nordlicht.de
  DAST_AUTH_URL: https://review-$CI_COMMIT_REF_SLUG.apps.nordlicht.de/login
  DAST_USERNAME: dast-scanner@nordlicht.de
  DAST_PASSWORD: ${k.hpw()}
  DAST_USERNAME_FIELD: "css:input[name=email]"
  DAST_PASSWORD_FIELD: "css:input[name=password]"
  DAST_SUBMIT_FIELD: "css:button[type=submit]"
  DAST_EXCLUDE_URLS: https://review-$CI_COMMIT_REF_SLUG.apps.nordlicht.de/logout
  SECURE_LOG_LEVEL: info
`,
  ),

  ciDoc(
    'gitlab-ci-k8s-agent-and-vault',
    ['config-syntax', 'precision'],
    'infra/.gitlab-ci.yml',
    (k) => `variables:
  VAULT_SERVER_URL: https://vault.nordlicht.internal
  VAULT_AUTH_ROLE: infra-ci

plan:
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.nordlicht.internal
  secrets:
    DATABASE_PASSWORD:
      vault: ${k.n('infra/db/prod/password@kv')}
      file: false
    TF_CLOUD_TOKEN:
      vault: ${k.n('infra/terraform/token@kv')}
  script:
    - terraform init -backend-config="token=$TF_CLOUD_TOKEN"
    - terraform plan
  # earlier attempt, leaving here until Vault is stable:
  # variables:
  #   VAULT_TOKEN: ${k.prov('HashiCorp Vault token', V.vaultToken(k.g))}
`,
  ),
];
