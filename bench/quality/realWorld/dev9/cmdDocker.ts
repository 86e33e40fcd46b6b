// rw-dev9 cmd part: Dockerfiles (RUN/ENV/ARG), docker run and compose command lines, registry logins with
// docker/podman/skopeo/crane, as they end up in repos and wiki pages.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_DOCKER_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-dockerfile-env-arg',
    ['command-line'],
    'services/api/Dockerfile',
    (c) => `FROM node:20-bookworm-slim AS build
ARG NPM_TOKEN=${c.prov('npm')}
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \\
    PORT=8080 \\
    SESSION_SECRET=${c.tok()} \\
    DB_PASSWORD=${c.bpw()}
ENV SENTRY_RELEASE=${c.n(c.g.hex(40))}
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
`,
  ),

  cdoc(
    'cmd-dockerfile-run-creds',
    ['command-line'],
    'docker/legacy-php/Dockerfile',
    (c) => `FROM php:7.4-apache
# install oracle client from internal artifact server (basic auth, sorry)
RUN curl -fsSL -u artifacts:${c.bpw()} https://artifacts.corp.example/oracle/instantclient-basic-linux.x64-21.zip -o /tmp/ic.zip \\
 && unzip /tmp/ic.zip -d /opt/oracle && rm /tmp/ic.zip
RUN pip install --index-url https://pypi-user:${c.cs()}@pypi.corp.example/simple/ internal-tools==2.3.1
RUN git clone https://oauth2:${c.prov('gitlab')}@gitlab.corp.example/web/legacy-theme.git /var/www/html/theme
RUN echo "machine git.corp.example login ci password ${c.bpw()}" > /root/.netrc
ENV APACHE_DOCUMENT_ROOT=/var/www/html/public
RUN sed -ri -e 's!/var/www/html!\${APACHE_DOCUMENT_ROOT}!g' /etc/apache2/sites-available/*.conf
EXPOSE 80
`,
  ),

  cdoc(
    'cmd-dockerfile-secret-mount-neg',
    ['command-line', 'precision'],
    'Dockerfile',
    (c) => `# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
ARG PIP_INDEX_URL
ARG ${c.n('GITHUB_TOKEN')}
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
RUN --mount=type=secret,id=pip_token,env=PIP_TOKEN \\
    pip install --extra-index-url "https://__token__:${c.n('${PIP_TOKEN}')}@pkgs.example.com/simple" internal-sdk
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
ENV DATABASE_URL=${c.n('postgres://app:${DB_PASSWORD}@db:5432/app')}
ENV API_KEY=${c.ph()}
HEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1
# image digest: ${c.n('sha256:' + c.g.hex(64))}
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]
`,
  ),

  cdoc(
    'cmd-docker-run-readme',
    ['command-line'],
    'docs/local-setup.md',
    (c) => `# Local setup

Start the dependencies:

\`\`\`sh
docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=${c.bpw()} -e MYSQL_DATABASE=crm -p 3306:3306 mysql:8.4
docker run -d --name rabbit -e RABBITMQ_DEFAULT_USER=crm -e RABBITMQ_DEFAULT_PASS=${c.bpw()} -p 5672:5672 rabbitmq:3-management
docker run -d --name minio -e MINIO_ROOT_USER=minioadmin -e MINIO_ROOT_PASSWORD=${c.gbpw()} -p 9000:9000 minio/minio server /data
docker run --rm -it -e PGPASSWORD=${c.bpw()} postgres:16 psql -h host.docker.internal -U crm
\`\`\`

Then copy \`.env.example\` to \`.env\` and fill in \`CRM_API_KEY=${c.ph()}\`.
`,
  ),

  cdoc(
    'cmd-docker-login-registries',
    ['command-line'],
    'ops/registry-login.sh',
    (c) => `#!/bin/bash
# log in to every registry we mirror from (runs on the mirror host)
docker login -u svc-mirror -p ${c.gbpw()} registry.corp.example
docker login --username exampleorg --password ${c.prov('dockerHub')}
echo '${c.prov('github')}' | docker login ghcr.io -u example-bot --password-stdin
podman login quay.io --username example+mirror --password ${c.tok(c.g.upper(64).replace(/[^A-Z0-9]/g, '7'))}
skopeo login -u mirror -p '${c.pw()}' harbor.corp.example
skopeo copy --src-creds partner:${c.bpw()} docker://registry.partner.example/app:1.9 docker://harbor.corp.example/partner/app:1.9
crane auth login registry.gitlab.com -u deploy-token-12 -p ${c.tok(c.g.base64url(20).replace(/^[-_]/, 'x'))}
aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com
`,
  ),

  cdoc(
    'cmd-compose-cli-override',
    ['command-line'],
    'docs/ops/compose.md',
    (c) => `## Running the stack on a fresh host

\`\`\`bash
export COMPOSE_PROJECT_NAME=billing
POSTGRES_PASSWORD=${c.bpw()} REDIS_PASSWORD=${c.gbpw()} docker compose -f compose.prod.yml up -d
docker compose exec db psql -U billing -c '\\l'
docker compose run --rm -e STRIPE_SECRET_KEY=${c.prov('stripe')} api ./manage.py sync_invoices
\`\`\`

If the worker does not start, check \`docker compose logs worker\`. The \`SECRET_KEY_BASE\` is read from
\`${c.n('/run/secrets/secret_key_base')}\` (${c.n('$(cat /run/secrets/secret_key_base)')}), do not pass it with \`-e\`.
`,
  ),

  cdoc(
    'cmd-kubectl-docker-secret',
    ['command-line'],
    'k8s/README.md',
    (c) => `Create the pull secret once per namespace:

    kubectl create secret docker-registry regcred \\
      --docker-server=registry.corp.example \\
      --docker-username=k8s-puller \\
      --docker-password='${c.pw()}' \\
      --docker-email=platform@example.com -n shop

    kubectl create secret generic shop-env -n shop \\
      --from-literal=JWT_SECRET=${c.tok()} \\
      --from-literal=SMTP_PASSWORD=${c.bpw()} \\
      --from-file=tls.key=./certs/shop.key

Check it: \`kubectl get secret regcred -n shop -o yaml\` (the data is base64, not encryption).
`,
  ),

  cdoc(
    'cmd-dockerfile-windows',
    ['command-line'],
    'build/windows/Dockerfile',
    (c) => `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
ARG SA_PASSWORD=${c.bpw()}
ENV ACCEPT_EULA=Y
RUN net user builder ${c.bpw()} /add ; \`
    net localgroup Administrators builder /add
RUN Invoke-WebRequest -Uri https://nuget.corp.example/v3/index.json -Headers @{ 'X-NuGet-ApiKey' = '${c.tok()}' } -UseBasicParsing
RUN nuget sources add -Name corp -Source https://nuget.corp.example/v3/index.json -Username build -Password ${c.gbpw()}
`,
  ),
];
