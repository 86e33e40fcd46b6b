// Build metadata and artifacts: credential files a CI step writes (.npmrc, .pypirc, settings.xml,
// gradle.properties, .docker/config.json, .netrc), Docker image history/inspect with build args, SBOM and
// provenance files carrying the build environment, buildinfo JSON, Artifactory/Nexus configs.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_ARTIFACT_DOCS: RealWorldDoc[] = [
  ciDoc(
    'artifact-maven-settings-xml',
    ['credential-file', 'config-syntax', 'precision'],
    'ci/settings.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by the "Prepare Maven" step; copied to ~/.m2/settings.xml -->
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>ci-deployer</username>
      <password>${k.gpw()}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>ci-deployer</username>
      <password>\${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>gpg.passphrase</id>
      <passphrase>${k.phrase()}</passphrase>
    </server>
    <server>
      <id>github</id>
      <username>quanto-bot</username>
      <password>${k.prov('GitHub personal access token', V.ghPat(k.g))}</password>
    </server>
    <server>
      <id>encrypted-example</id>
      <username>ops</username>
      <password>${k.n(`{${k.g.base64(44)}=}`)}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.quanto.io/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
`,
  ),

  ciDoc(
    'artifact-gradle-properties',
    ['credential-file', 'config-syntax', 'precision'],
    'gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4g -XX:+UseParallelGC
org.gradle.caching=true
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official

# publishing (CI overwrites these with ORG_GRADLE_PROJECT_* env vars)
ossrhUsername=kraken-release
ossrhPassword=${k.hpw()}
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${k.phrase()}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
artifactory_user=ci
artifactory_password=${k.prov('JFrog Artifactory API key', V.artifactoryKey(k.g))}
sonar.token=${k.n('${SONAR_TOKEN}')}
RELEASE_STORE_PASSWORD=${k.hpw()}
RELEASE_KEY_PASSWORD=${k.hpw()}
`,
  ),

  ciDoc(
    'artifact-pypirc',
    ['credential-file', 'precision'],
    'ci/.pypirc',
    (k) => `[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = __token__
password = ${k.prov('PyPI API token', V.pypi(k.g))}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${k.ph()}

[internal]
repository = https://nexus.orbitly.internal/repository/pypi-internal/
username = ci-pypi
password = ${k.spw()}
`,
  ),

  ciDoc(
    'artifact-docker-config-json',
    ['credential-file', 'precision'],
    'ci/docker/config.json',
    (k) => `{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${k.basic('orbitlyci')}"
    },
    "harbor.quanto.io": {
      "auth": "${k.basic('robot$ci')}"
    },
    "ghcr.io": {
      "auth": "${k.s('http-auth', V.b64(`quanto-bot:${V.ghPat(k.g)}`))}"
    },
    "112233445566.dkr.ecr.eu-central-1.amazonaws.com": {}
  },
  "credHelpers": {
    "112233445566.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login",
    "europe-docker.pkg.dev": "gcloud"
  },
  "currentContext": "default"
}
`,
  ),

  ciDoc(
    'artifact-netrc-and-git-credentials',
    ['credential-file', 'command-line', 'precision'],
    'ci/scripts/setup-git-auth.sh',
    (k) => `#!/bin/sh
# Runs in the "checkout private submodules" step
set -e
cat > "$HOME/.netrc" <<EOF
machine github.com
  login quanto-bot
  password ${k.prov('GitHub personal access token', V.ghPat(k.g))}
machine gitlab.kairos.dev
  login gitlab-ci-token
  password \${CI_JOB_TOKEN}
machine api.heroku.com
  login ops@quanto.io
  password ${k.prov('Heroku API key', V.herokuKey(k.g))}
EOF
chmod 600 "$HOME/.netrc"

git config --global credential.helper store
echo "https://x-token-auth:${k.s('token', k.g.base64url(40))}@bitbucket.org" > "$HOME/.git-credentials"
git config --global url."https://oauth2:\${GITLAB_TOKEN}@gitlab.kairos.dev/".insteadOf "https://gitlab.kairos.dev/"
git submodule update --init --recursive
`,
  ),

  ciDoc(
    'artifact-docker-history-build-args',
    ['logs-and-output', 'precision'],
    'audit/docker-history-api-1.42.txt',
    (k) => `$ docker history --no-trunc orbitly/api:1.42.0
IMAGE                                                                     CREATED        CREATED BY                                                                                                   SIZE
${k.n(V.digest(k.g))}   3 days ago     CMD ["node" "dist/server.js"]                                                                                0B
<missing>                                                                 3 days ago     RUN |2 NPM_TOKEN=${k.prov('npm access token', V.npm(k.g))} SENTRY_AUTH_TOKEN=${k.prov('Sentry user auth token', V.sentryUser(k.g))} /bin/sh -c npm ci && npm run build && npx sentry-cli sourcemaps upload dist   214MB
<missing>                                                                 3 days ago     ARG SENTRY_AUTH_TOKEN                                                                                        0B
<missing>                                                                 3 days ago     ARG NPM_TOKEN                                                                                                0B
<missing>                                                                 3 days ago     ENV DB_PASSWORD=${k.hpw()}                                                                                       0B
<missing>                                                                 3 days ago     COPY package*.json ./ # buildkit                                                                             412kB
<missing>                                                                 3 weeks ago    /bin/sh -c #(nop)  CMD ["node"]                                                                              0B
`,
  ),

  ciDoc(
    'artifact-docker-inspect-env',
    ['logs-and-output', 'precision'],
    'audit/docker-inspect-worker.json',
    (k) => `[
    {
        "Id": "${k.n(V.digest(k.g))}",
        "RepoTags": ["harbor.quanto.io/quanto/worker:2.8.1"],
        "RepoDigests": ["harbor.quanto.io/quanto/worker@${k.n(V.digest(k.g))}"],
        "Created": "2026-11-21T09:44:12.118471312Z",
        "Config": {
            "User": "app",
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_VERSION=jdk-17.0.9+9",
                "AMQP_URL=amqps://worker:${k.cs()}@mq.quanto.io:5671/prod",
                "S3_SECRET_KEY=${k.s('token', k.g.alnum(40))}",
                "HEALTHCHECK_TOKEN=${k.tok()}",
                "LANG=en_US.UTF-8"
            ],
            "Labels": {
                "org.opencontainers.image.revision": "${k.n(V.sha1(k.g))}",
                "org.opencontainers.image.source": "https://github.com/quanto/worker",
                "com.quanto.build-id": "${k.n(V.buildId(k.g))}"
            }
        },
        "Architecture": "amd64",
        "Os": "linux",
        "Size": 318224113
    }
]
`,
  ),

  ciDoc(
    'artifact-provenance-slsa',
    ['logs-and-output', 'precision'],
    'dist/api-1.42.0.intoto.jsonl',
    (k) => `{
  "_type": "https://in-toto.io/Statement/v0.1",
  "predicateType": "https://slsa.dev/provenance/v0.2",
  "subject": [{ "name": "orbitly/api", "digest": { "sha256": "${k.n(V.sha256(k.g))}" } }],
  "predicate": {
    "builder": { "id": "https://github.com/orbitly/api/.github/workflows/release.yml@refs/tags/v1.42.0" },
    "buildType": "https://mobyproject.org/buildkit@v1",
    "invocation": {
      "configSource": { "entryPoint": "Dockerfile" },
      "parameters": {
        "frontend": "dockerfile.v0",
        "args": {
          "build-arg:GIT_SHA": "${k.n(V.sha1(k.g))}",
          "build-arg:NPM_TOKEN": "${k.prov('npm access token', V.npm(k.g))}",
          "build-arg:LICENSE_SERVER_KEY": "${k.tok()}",
          "label:org.opencontainers.image.version": "1.42.0"
        },
        "locals": [{ "name": "context" }, { "name": "dockerfile" }]
      },
      "environment": { "platform": "linux/amd64" }
    },
    "metadata": { "buildInvocationID": "${k.n(k.g.lower(25))}", "buildStartedOn": "2026-12-01T10:12:44Z", "completeness": { "parameters": true, "environment": true, "materials": false } },
    "materials": [
      { "uri": "pkg:docker/node@20-alpine", "digest": { "sha256": "${k.n(V.sha256(k.g))}" } }
    ]
  }
}
`,
  ),

  ciDoc(
    'artifact-jfrog-buildinfo',
    ['logs-and-output', 'precision'],
    'build/buildinfo.json',
    (k) => `{
  "version": "1.0.1",
  "name": "kraken-core",
  "number": "${k.n(V.buildId(k.g))}",
  "buildAgent": { "name": "GENERIC", "version": "2.52.8" },
  "agent": { "name": "jfrog-cli-go", "version": "2.52.8" },
  "started": "2026-11-30T08:02:11.118+0000",
  "durationMillis": 98412,
  "vcs": [{ "url": "https://github.com/kraken/core.git", "revision": "${k.n(V.sha1(k.g))}", "branch": "main" }],
  "properties": {
    "buildInfo.env.JAVA_HOME": "/opt/java/openjdk",
    "buildInfo.env.CI": "true",
    "buildInfo.env.GITHUB_RUN_ID": "${k.n(V.runId(k.g))}",
    "buildInfo.env.SIGNING_KEY_PASSWORD": "${k.hpw()}",
    "buildInfo.env.KRAKEN_LICENSE_TOKEN": "${k.s('token', k.g.hex(48))}",
    "buildInfo.env.JFROG_CLI_BUILD_URL": "https://github.com/kraken/core/actions/runs/${k.n(V.runId(k.g))}"
  },
  "modules": [
    {
      "type": "maven",
      "id": "com.kraken:core:2.0.0",
      "artifacts": [
        { "type": "jar", "sha1": "${k.n(V.sha1(k.g))}", "sha256": "${k.n(V.sha256(k.g))}", "md5": "${k.n(k.g.hex(32))}", "name": "core-2.0.0.jar" }
      ]
    }
  ]
}
`,
  ),

  ciDoc(
    'artifact-jfrog-cli-config',
    ['credential-file', 'command-line', 'precision'],
    'ops/jfrog/setup.sh',
    (k) => `#!/usr/bin/env bash
# JFrog CLI on the build agents
jf config add kraken --url=https://artifactory.kraken.lan --user=ci-maven --password=${k.spw()} --interactive=false
jf config add kraken-token --url=https://artifactory.kraken.lan --access-token=${k.s('token', V.jwt(k.g, { sub: 'jfac@01/users/ci', scp: 'applied-permissions/user', aud: '*@*', iss: 'jfac@01' }))} --interactive=false
jf rt ping --server-id=kraken
jf rt bp kraken-core "$BUILD_NUMBER" --server-id=kraken
# export for the other agents (base64 server config, contains the credentials!)
# jf config export kraken  ->  ${k.n('eyJ2ZXJzaW9uIjoyLCJ1cmwiOiI8dXJsPiJ9')}
`,
  ),

  ciDoc(
    'artifact-nexus-repo-admin-json',
    ['config-syntax', 'precision'],
    'ops/nexus/repositories/docker-proxy.json',
    (k) => `{
  "name": "docker-hub-proxy",
  "online": true,
  "storage": { "blobStoreName": "docker", "strictContentTypeValidation": true },
  "proxy": { "remoteUrl": "https://registry-1.docker.io", "contentMaxAge": 1440, "metadataMaxAge": 1440 },
  "negativeCache": { "enabled": true, "timeToLive": 1440 },
  "httpClient": {
    "blocked": false,
    "autoBlock": true,
    "authentication": {
      "type": "username",
      "username": "krakenmirror",
      "password": "${k.prov('Docker Hub personal access token', V.dockerPat(k.g))}"
    }
  },
  "docker": { "v1Enabled": false, "forceBasicAuth": true, "httpPort": 8083 },
  "dockerProxy": { "indexType": "HUB" }
}
`,
  ),

  ciDoc(
    'artifact-sbom-cyclonedx-env',
    ['logs-and-output', 'precision'],
    'dist/sbom.cdx.json',
    (k) => `{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:${k.n(k.g.uuid())}",
  "version": 1,
  "metadata": {
    "timestamp": "2026-12-01T10:14:02Z",
    "tools": [{ "vendor": "anchore", "name": "syft", "version": "0.98.0" }],
    "component": { "type": "container", "name": "orbitly/api", "version": "${k.n(V.digest(k.g))}" },
    "properties": [
      { "name": "syft:image:labels:org.opencontainers.image.revision", "value": "${k.n(V.sha1(k.g))}" },
      { "name": "syft:image:env:REDIS_PASSWORD", "value": "${k.gpw()}" },
      { "name": "syft:image:env:NODE_ENV", "value": "production" }
    ]
  },
  "components": [
    {
      "type": "library",
      "name": "express",
      "version": "4.18.2",
      "purl": "pkg:npm/express@4.18.2",
      "hashes": [{ "alg": "SHA-512", "content": "${k.n(k.g.hex(128))}" }]
    },
    {
      "type": "library",
      "name": "jsonwebtoken",
      "version": "9.0.2",
      "purl": "pkg:npm/jsonwebtoken@9.0.2",
      "hashes": [{ "alg": "SHA-1", "content": "${k.n(V.sha1(k.g))}" }]
    }
  ]
}
`,
  ),

  ciDoc(
    'artifact-package-lock-and-npmrc-ci',
    ['credential-file', 'precision'],
    '.npmrc',
    (k) => `# CI writes this file before "npm ci"; the local one uses npm login
registry=https://registry.npmjs.org/
@kairos:registry=https://gitlab.kairos.dev/api/v4/projects/88/packages/npm/
//gitlab.kairos.dev/api/v4/projects/88/packages/npm/:_authToken=${k.prov('GitLab personal access token', V.glPat(k.g))}
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
//npm.fontawesome.com/:_authToken=${k.s('token', `${k.g.hex(8)}-${k.g.hex(4)}-${k.g.hex(4)}-${k.g.hex(4)}-${k.g.hex(12)}`.toUpperCase())}
@fortawesome:registry=https://npm.fontawesome.com/
engine-strict=true
`,
  ),

  ciDoc(
    'artifact-gcp-sa-key-written-by-ci',
    ['credential-file', 'precision'],
    'ci/gcloud/key.json',
    (k) => `{
  "type": "service_account",
  "project_id": "orbitly-ci",
  "private_key_id": "${k.n(V.gcpKeyId(k.g))}",
  "private_key": "${k.key(V.pem(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}\\n",
  "client_email": "gha-deployer@orbitly-ci.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gha-deployer%40orbitly-ci.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),

  ciDoc(
    'artifact-kaniko-and-dockerfile',
    ['config-syntax', 'command-line', 'precision'],
    'Dockerfile.ci',
    (k) => `# syntax=docker/dockerfile:1.6
FROM node:20-alpine@${k.n(V.digest(k.g))} AS build
ARG NPM_TOKEN
ARG BUILD_SHA
WORKDIR /src
COPY package*.json .npmrc ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 \\
    ANALYZE_API_KEY=${k.tok()} \\
    PGPASSWORD=${k.hpw()}
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /src/out /usr/share/nginx/html
# kaniko in GitLab: /kaniko/executor --context $CI_PROJECT_DIR --dockerfile Dockerfile.ci --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA --build-arg NPM_TOKEN=$NPM_TOKEN
LABEL org.opencontainers.image.revision=$BUILD_SHA
`,
  ),
];
