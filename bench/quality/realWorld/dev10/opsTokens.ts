// rw-dev10 ops: token-heavy command lines and outputs (tokens without a prefix among ids, digests and shas that
// are not secrets): git/docker/kubectl listings, API CLIs, webhook and agent setups.
import type { RealWorldDoc } from '../types';
import { F, od } from './opsValues';

export const OPS_TOKENS_DOCS: RealWorldDoc[] = [
  od('ops-git-log-and-remote', ['command-line', 'logs-and-output', 'precision'], 'notes/git-debug.txt', (k) => {
    const log = Array.from(
      { length: 8 },
      () => `${k.sha()} ${k.g.pick(['fix', 'feat', 'chore', 'refactor'])}: ${k.g.pick(['retry on 502', 'bump deps', 'add metrics', 'drop py3.8', 'cache warmup', 'tidy logs'])}`,
    ).join('\n');
    return `$ git log --format='%H %s' -8
${log}
$ git remote -v
origin\thttps://ci-bot:${k.tok(k.g.alnum(32))}@git.corp.example/shop/api.git (fetch)
origin\thttps://ci-bot:${k.tok(k.g.alnum(32))}@git.corp.example/shop/api.git (push)
$ git config --get http.extraheader
AUTHORIZATION: basic ${k.basic('x-access-token')}
$ git rev-parse HEAD~1
${k.sha()}
`;
  }),

  od('ops-docker-images-listing', ['logs-and-output', 'precision'], 'notes/registry-cleanup.txt', (k) => {
    const rows = Array.from(
      { length: 9 },
      () => `registry.corp.example/shop/api   ${k.n(k.g.hex(7))}   ${k.n(k.g.hex(12))}   ${k.g.pick(['2 days', '3 weeks', '5 hours'])} ago   ${k.g.pick(['211MB', '198MB', '204MB'])}`,
    ).join('\n');
    return `$ docker images --no-trunc=false registry.corp.example/shop/api
REPOSITORY                       TAG       IMAGE ID       CREATED        SIZE
${rows}
$ cat ~/.docker/config.json
{
  "auths": {
    "registry.corp.example": { "auth": "${k.basic('cleanup-bot')}" },
    "ghcr.io": {}
  },
  "credsStore": "desktop"
}
$ reg rm -u cleanup-bot -p ${k.tok(k.g.alnum(40))} registry.corp.example/shop/api@${k.digest()}
`;
  }),

  od('ops-kubectl-get-output', ['logs-and-output', 'precision'], 'notes/pods.txt', (k) => {
    const rows = Array.from({ length: 10 }, () => `shop-api-${k.n(k.g.hex(10))}-${k.n(k.g.lower(5))}   1/1     Running   0          ${k.g.pick(['2d', '5h', '41m'])}`).join('\n');
    return `$ kubectl get pods -n shop
NAME                              READY   STATUS    RESTARTS   AGE
${rows}
$ kubectl exec -n shop deploy/shop-api -- printenv | grep -i -E 'token|key|pass'
PSP_API_KEY=${k.tok(k.g.alnum(32))}
INTERNAL_API_TOKEN=${k.hex(40)}
CACHE_PASSWORD=${k.gp()}
PUBLIC_MAPS_KEY=${k.n('AIza' + k.g.base64url(35))}
PASSWORD_MIN_LENGTH=12
`;
  }),

  od(
    'ops-webhook-setup-cli',
    ['command-line'],
    'docs/webhooks.md',
    (k) => `# Webhooks we register

${F}
# GitHub → Jenkins
gh api repos/acme/shop/hooks -f name=web -f config[url]=https://jenkins.corp.example/github-webhook/ -f config[secret]=${k.tok(k.g.hex(40))} -f config[content_type]=json
# Gitea → Drone
curl -X POST -H "Authorization: token ${k.hex(40)}" -H "Content-Type: application/json" https://gitea.corp.local/api/v1/repos/ops/infra/hooks -d '{"type":"gitea","config":{"url":"https://drone.corp.local/hook","secret":"${k.tok(k.g.alnum(32))}"}}'
# PSP → shop
psp-cli webhooks create --url https://shop.acme.example/webhooks/psp --signing-secret ${k.tok(k.g.base64(32))}
# Sentry → Slack relay
curl -s https://relay.corp.example/register --data-urlencode "token=${k.tok(k.g.hex(32))}"
${F}

Delivery ids look like ${k.uuid()} and are fine to paste in tickets.
`,
  ),

  od(
    'ops-agent-install-oneliners',
    ['command-line'],
    'docs/agents.md',
    (k) => `## Monitoring agents – install one-liners

Datadog:
${F}
DD_API_KEY=${k.hex(32)} DD_SITE="datadoghq.eu" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"
${F}

New Relic infrastructure:
${F}
echo "license_key: ${k.tok(k.g.hex(36) + 'NRAL')}" | sudo tee -a /etc/newrelic-infra.yml
${F}

Elastic agent:
${F}
sudo ./elastic-agent install --url=https://fleet.corp.example:8220 --enrollment-token=${k.tok(k.g.base64(60).replace(/[+/]/g, 'Z') + '==')}
${F}

Wazuh:
${F}
WAZUH_MANAGER='10.0.0.50' WAZUH_REGISTRATION_PASSWORD='${k.gp()}' apt-get install wazuh-agent
${F}

Tailscale:
${F}
tailscale up --authkey ${k.prov('tskey-auth-' + k.g.alnum(12) + '-' + k.g.alnum(32), 'tailscale')}
${F}

Agent versions: ${k.ver()}, ${k.ver()}; checksums in the release notes (${k.n(k.g.hex(64))}).
`,
  ),

  od(
    'ops-api-cli-tokens-fr',
    ['command-line', 'prose'],
    'docs/fr/outils-api.md',
    (k) => `# Outils en ligne de commande (API internes)

Pour interroger l'API d'inventaire :

${F}
http GET https://inventaire.corp.local/api/serveurs "Authorization:Token ${k.hex(40)}"
http -a inventaire:${k.hp()} GET https://inventaire-old.corp.local/api/serveurs
glpi-cli --app-token ${k.tok(k.g.alnum(40))} --user-token ${k.tok(k.g.alnum(40))} computers list
${F}

Jeton NetBox (lecture seule, pour les scripts) : \`${k.hex(40)}\`

Le jeton de l'API Proxmox s'écrit \`PVEAPIToken=automation@pve!ansible=${k.tok(k.g.uuid())}\`.
L'identifiant de requête affiché en cas d'erreur (ex. ${k.rid()}) peut être envoyé au support.
`,
  ),

  od(
    'ops-log-http-client-axios',
    ['logs-and-output', 'http-auth'],
    'logs/integration-debug.log',
    (k) => `[2026-11-30T11:00:01.004Z] DEBUG axios request {
  method: 'post',
  url: 'https://api.shipping.example/v3/labels',
  headers: {
    'Content-Type': 'application/json',
    'X-Client-Id': '${k.n(k.g.uuid())}',
    'X-Client-Secret': '${k.tok(k.g.alnum(40))}',
    'Idempotency-Key': '${k.n(k.g.uuid())}'
  },
  data: '{"parcel":{"weight":1.2}}'
}
[2026-11-30T11:00:01.512Z] DEBUG axios response 201 { 'x-request-id': '${k.rid()}', etag: '"${k.n(k.g.hex(32))}"' }
[2026-11-30T11:00:02.101Z] DEBUG got GET https://erp.corp.local/api/orders/88121?apikey=${k.http(k.g.alnum(32))}
[2026-11-30T11:00:02.330Z] ERROR got 403 Forbidden: {"error":"invalid signature","trace":"${k.n(k.g.hex(32))}"}
`,
  ),

  od(
    'ops-ci-env-dump-debug',
    ['logs-and-output', 'precision'],
    'logs/ci-env-dump.txt',
    (k) => `$ env | sort
CI=true
CI_COMMIT_SHA=${k.sha()}
CI_COMMIT_SHORT_SHA=${k.short()}
CI_JOB_ID=${k.bid()}
CI_JOB_TOKEN=${k.mask()}
CI_PIPELINE_ID=${k.bid()}
CI_RUNNER_ID=${k.n(k.g.digits(4))}
CI_SERVER_VERSION=${k.ver()}
DOCKER_AUTH_CONFIG=${k.mask()}
HOME=/root
HOSTNAME=runner-${k.n(k.g.alnum(8))}-project-42-concurrent-0
LEGACY_FTP_PASS=${k.hp()}
NODE_VERSION=20.11.1
SENTRY_RELEASE=${k.sha()}
SLACK_SIGNING_SECRET=${k.hex(32)}
STATUSPAGE_API_KEY=${k.tok(k.g.uuid())}
`,
  ),
];
