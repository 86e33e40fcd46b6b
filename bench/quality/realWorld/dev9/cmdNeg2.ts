// rw-dev9 cmd part: more precision — long command-line files where almost everything random-looking is public
// (commit shas, digests, request ids, lockfile hashes, key fingerprints, templated values), with a few leaks.
import type { RealWorldDoc } from '../types';
import { cdoc, type CmdKit } from './cmdValues';

const shas = (c: CmdKit, n: number) => Array.from({ length: n }, () => c.sha());

export const CMD_NEG2_DOCS: RealWorldDoc[] = [
  cdoc('cmd-neg2-git-log-bisect', ['command-line', 'precision'], 'notes/bisect-session.txt', (c) => {
    const s = shas(c, 6);
    return `$ git bisect start
$ git bisect bad HEAD
$ git bisect good v2.8.0
Bisecting: 41 revisions left to test after this (roughly 5 steps)
[${s[0]}] build: bump esbuild
$ git bisect good
[${s[1]}] auth: cache tokens in memory
$ git bisect bad
[${s[2]}] auth: read token from env
$ git bisect bad
${s[3]} is the first bad commit
$ git show --stat ${s[4]}
$ git revert ${s[5]}
$ git push https://bisect-bot:${c.prov('github')}@github.com/example/auth.git HEAD:revert-cache
`;
  }),

  cdoc(
    'cmd-neg2-lockfile-install',
    ['command-line', 'precision'],
    'logs/npm-install.log',
    (c) => `$ npm ci --registry https://registry.npmjs.org/
npm http fetch GET 200 https://registry.npmjs.org/esbuild/-/esbuild-0.24.0.tgz 41ms (cache hit)
npm info lifecycle esbuild@0.24.0~postinstall: integrity ${c.n('sha512-' + c.g.base64(86) + '==')}
npm info lifecycle mocha@10.7.3: integrity ${c.n('sha512-' + c.g.base64(86) + '==')}
npm info lifecycle typescript@5.6.3: integrity ${c.n('sha512-' + c.g.base64(86) + '==')}
npm verb cache key ${c.n('make-fetch-happen:request-cache:' + c.g.hex(40))}
npm verb correlation ${c.reqId()}
npm verb session ${c.n(c.g.hex(16))}
added 412 packages, and audited 413 packages in 9s
$ pip download corp-utils==1.4.0 --require-hashes --hash=${c.n('sha256:' + c.g.hex(64))}
`,
  ),

  cdoc(
    'cmd-neg2-ssh-keygen-output',
    ['command-line', 'precision', 'logs-and-output'],
    'docs/ssh-keys.md',
    (c) => `## Creating a deploy key

\`\`\`
$ ssh-keygen -t ed25519 -f deploy_ed25519 -N '' -C deploy@ci
Generating public/private ed25519 key pair.
Your identification has been saved in deploy_ed25519
Your public key has been saved in deploy_ed25519.pub
The key fingerprint is:
${c.n('SHA256:' + c.g.base64(43).replace(/[+/]/g, 'x'))} deploy@ci
$ cat deploy_ed25519.pub
ssh-ed25519 ${c.n('AAAAC3NzaC1lZDI1NTE5AAAAI' + c.g.base64(43))} deploy@ci
$ ssh-keyscan github.com | ssh-keygen -lf -
256 ${c.n('SHA256:' + c.g.base64(43).replace(/[+/]/g, 'q'))} github.com (ED25519)
\`\`\`

With a passphrase instead (the team key):

\`\`\`
$ ssh-keygen -t ed25519 -f team_ed25519 -N '${c.pp()}' -C team@corp
$ ssh-keygen -p -f team_ed25519 -P '${c.n('old passphrase')}' -N '${c.n('new passphrase')}'
\`\`\`
`,
  ),

  cdoc(
    'cmd-neg2-templated-ansible',
    ['command-line', 'precision'],
    'roles/db/tasks/users.yml',
    (c) => `- name: create replication user
  ansible.builtin.command: >
    mysql -u root -p{{ ${c.n('mysql_root_password')} }} -e
    "CREATE USER 'repl'@'%' IDENTIFIED BY '{{ ${c.n('vault_repl_password')} }}'"
  no_log: true

- name: set postgres password
  ansible.builtin.shell: psql -c "ALTER USER app PASSWORD '{{ ${c.n('lookup("community.hashi_vault.hashi_vault", "secret=kv/data/db:app")')} }}'"
  become_user: postgres

- name: template env file
  ansible.builtin.template:
    src: app.env.j2
    dest: /etc/app/app.env
    mode: "0600"
  vars:
    api_token: "{{ ${c.n("lookup('env', 'API_TOKEN')")} }}"
    smtp_password: !vault |
      ${c.n('$ANSIBLE_VAULT;1.1;AES256')}
      ${c.n(c.g.digits(64).replace(/./g, (d) => '0123456789abcdef'[Number(d)]!))}
      ${c.n(c.g.hex(64))}
`,
  ),

  cdoc(
    'cmd-neg2-bash-history-clean',
    ['command-line', 'precision'],
    'home/nina/.bash_history',
    (c) => `cd ~/work/shop
git pull
git checkout -b fix/${c.n('JIRA-4421')}
npm test
docker compose up -d db
docker compose exec db mysql -u root -p
cat .env.example
cp .env.example .env
vim .env
export AWS_PROFILE=${c.n('shop-dev')}
aws sts get-caller-identity
aws s3 cp s3://shop-dev-assets/${c.n(c.g.uuid())}.png .
curl -H "Authorization: Bearer $(gcloud auth print-identity-token)" https://shop-api-dev.example.run.app/health
kubectl config use-context ${c.n('gke_shop-dev_europe-west1_main')}
op read op://${c.n('Private/Shop DB/password')}
PGPASSWORD=$(op read "op://Private/Shop DB/password") psql -h localhost -U shop
git commit -m "fix rounding (${c.n('JIRA-4421')})"
git push -u origin HEAD
`,
  ),

  cdoc(
    'cmd-neg2-docker-build-log',
    ['command-line', 'precision', 'logs-and-output'],
    'logs/docker-build.txt',
    (c) => `#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 1.21kB done
#2 [internal] load metadata for docker.io/library/node:20-alpine
#3 [build 1/6] FROM docker.io/library/node:20-alpine@${c.n('sha256:' + c.g.hex(64))}
#4 [build 2/6] RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
#4 CACHED
#7 exporting layers
#7 writing image ${c.n('sha256:' + c.g.hex(64))} done
#7 naming to registry.example.com/web:${c.n(c.g.hex(7))} done
#8 pushing layers ${c.n('sha256:' + c.g.hex(64))}
#8 pushing manifest for registry.example.com/web:${c.n(c.g.hex(7))}@${c.n('sha256:' + c.g.hex(64))}
WARNING: build arg DB_PASSWORD set with --build-arg is visible in image history: ${c.u('--build-arg DB_PASSWORD=...')}
`,
  ),

  cdoc(
    'cmd-neg2-curl-public',
    ['command-line', 'precision', 'http-auth'],
    'docs/public-api.md',
    (c) => `## Public API – curl examples

No authentication for the read endpoints:

    curl https://api.example.org/v1/status
    curl "https://api.example.org/v1/items?page=2&per_page=50&sort=-created"
    curl -H "Accept: application/vnd.example.v1+json" -H "X-Request-Id: ${c.reqId()}" https://api.example.org/v1/items/${c.n(c.g.uuid())}

Write endpoints need a token from your account page:

    curl -X POST -H "Authorization: Bearer ${c.n('$EXAMPLE_TOKEN')}" -d name=test https://api.example.org/v1/items
    curl -X POST -H "Authorization: Bearer ${c.n('<token>')}" https://api.example.org/v1/items
    curl -u ${c.n('"$USER:$PASS"')} https://api.example.org/v1/export

The jwt.io sample (${c.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}) will be rejected.
`,
  ),

  cdoc(
    'cmd-neg2-systemd-credential',
    ['command-line', 'precision'],
    'etc/systemd/system/backup.service',
    (c) => `[Unit]
Description=restic backup
[Service]
Type=oneshot
LoadCredential=restic-password:${c.n('/etc/credstore/restic-password')}
Environment=RESTIC_REPOSITORY=${c.n('s3:https://s3.example.com/backups')}
Environment=RESTIC_PASSWORD_FILE=${c.n('%d/restic-password')}
EnvironmentFile=${c.n('/etc/restic/s3.env')}
ExecStart=/usr/bin/restic backup /srv --tag ${c.n('nightly')} --exclude-file=${c.n('/etc/restic/excludes')}
ExecStartPost=/usr/bin/restic forget --keep-daily 7 --prune
# id of the repo: ${c.n(c.g.hex(64))}
`,
  ),
  cdoc(
    'cmd-neg2-env-dump-masked',
    ['command-line', 'precision', 'logs-and-output'],
    'tickets/SUP-877-env.txt',
    (c) => `$ printenv | sort | grep -Ei 'pass|token|key|secret'
API_KEY=${c.n('********')}
AWS_SECRET_ACCESS_KEY=${c.n('****************************************')}
DB_PASSWORD=${c.n('<redacted>')}
GITHUB_TOKEN=${c.n('ghp_************************************')}
JWT_PUBLIC_KEY_PATH=${c.n('/etc/app/jwt.pub')}
KEYCLOAK_CLIENT_ID=${c.n('shop-frontend')}
NPM_TOKEN=${c.n('[MASKED]')}
PASSWORD_MIN_LENGTH=${c.n('12')}
SECRET_NAME=${c.n('prod/shop/db')}
SESSION_COOKIE_NAME=${c.n('__Host-sid')}
TOKEN_TTL=${c.n('3600')}
$ echo $REDIS_PASSWORD | wc -c
33
$ env | grep SMTP
SMTP_PASSWORD=${c.bpw()}
`,
  ),

  cdoc(
    'cmd-neg2-makefile-refs',
    ['command-line', 'precision'],
    'build/Makefile',
    (c) => `VERSION    ?= $(shell git describe --tags --always)
COMMIT     := ${c.sha()}
REGISTRY   ?= ghcr.io/example
TOKEN_FILE ?= ${c.n('$(HOME)/.config/example/token')}
PASSWORD   ?= ${c.n('$(shell pass show example/registry)')}
API_KEY    ?= ${c.n('$(EXAMPLE_API_KEY)')}
CHECKSUM   := ${c.n(c.g.hex(64))}

login:
\t@echo "$(PASSWORD)" | docker login $(REGISTRY) -u ci --password-stdin

release: login
\tcurl -fsS -H "Authorization: token $$(cat $(TOKEN_FILE))" -X POST https://api.github.com/repos/example/app/releases -d '{"tag_name":"$(VERSION)"}'
\tcosign sign --key ${c.n('env://COSIGN_PRIVATE_KEY')} $(REGISTRY)/app:$(VERSION)
\tgh release upload $(VERSION) dist/*.tar.gz --clobber

verify:
\techo "$(CHECKSUM)  dist/app.tar.gz" | sha256sum -c -
`,
  ),

  cdoc(
    'cmd-neg2-winget-choco',
    ['command-line', 'precision'],
    'scripts/Install-DevTools.ps1',
    (c) => `# installs dev tools on a fresh Windows box
winget install --id Git.Git -e --source winget
winget install --id ${c.n('Microsoft.VisualStudioCode')} -e
choco install -y nodejs-lts --version=${c.n('20.18.0')}
choco install -y postgresql16 --params '/Password:${c.hpw()}'
$chocoChecksum = '${c.n(c.g.hex(64).toUpperCase())}'
Install-Module -Name Az -Scope CurrentUser -RequiredVersion ${c.n('12.4.0')}
[Environment]::SetEnvironmentVariable('NUGET_PACKAGES', 'D:\\nuget', 'User')
Register-PSRepository -Name Corp -SourceLocation https://nuget.corp.example/v2 -InstallationPolicy Trusted
New-ItemProperty -Path HKCU:\\Software\\Corp -Name InstallId -Value '${c.reqId()}'
# product key is on the sticker, not here: ${c.n('XXXXX-XXXXX-XXXXX-XXXXX-XXXXX')}
`,
  ),
  cdoc(
    'cmd-neg2-git-log-oneline',
    ['command-line', 'precision'],
    'notes/release-3.4-changes.txt',
    (c) => `$ git log --oneline v3.3.0..v3.4.0
${c.n(c.g.hex(9))} (tag: v3.4.0) release 3.4.0
${c.n(c.g.hex(9))} ci: pin actions to shas
${c.n(c.g.hex(9))} fix(auth): do not log the bearer token
${c.n(c.g.hex(9))} feat: rotate api keys from the admin page
${c.n(c.g.hex(9))} chore(deps): bump jsonwebtoken
${c.n(c.g.hex(9))} docs: password reset flow
${c.n(c.g.hex(9))} refactor: move secrets to vault
${c.n(c.g.hex(9))} test: fixtures without real passwords
$ git show ${c.n(c.g.hex(9))} | grep -n password
41:-  mysql -u app -p${c.bpw()} app < seed.sql
42:+  mysql -u app -p"$APP_DB_PASSWORD" app < seed.sql
$ git log -S '${c.n('AKIA')}' --all --oneline
${c.n(c.g.hex(9))} add s3 upload script
`,
  ),

  cdoc(
    'cmd-neg2-docker-images',
    ['command-line', 'precision', 'logs-and-output'],
    'notes/cleanup-images.txt',
    (c) => `$ docker images --digests | head
REPOSITORY                 TAG       DIGEST                                                                    IMAGE ID       SIZE
registry.corp.example/api  3.4.0     ${c.n('sha256:' + c.g.hex(64))}   ${c.n(c.g.hex(12))}   212MB
registry.corp.example/api  3.3.2     ${c.n('sha256:' + c.g.hex(64))}   ${c.n(c.g.hex(12))}   209MB
registry.corp.example/web  latest    ${c.n('sha256:' + c.g.hex(64))}   ${c.n(c.g.hex(12))}   88MB
postgres                   16        ${c.n('sha256:' + c.g.hex(64))}   ${c.n(c.g.hex(12))}   432MB
$ docker rmi ${c.n(c.g.hex(12))} ${c.n(c.g.hex(12))}
$ docker history --no-trunc registry.corp.example/api:3.3.2 | grep ARG
ARG DB_PASSWORD=${c.bpw()}
$ docker system prune -af --filter "until=720h"
Deleted Images:
deleted: ${c.n('sha256:' + c.g.hex(64))}
deleted: ${c.n('sha256:' + c.g.hex(64))}
deleted: ${c.n('sha256:' + c.g.hex(64))}
untagged: registry.corp.example/api@${c.n('sha256:' + c.g.hex(64))}
Deleted build cache objects:
${c.n(c.g.lower(25))}
${c.n(c.g.lower(25))}
${c.n(c.g.lower(25))}
Total reclaimed space: 1.41GB
`,
  ),
];
