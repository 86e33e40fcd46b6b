// rw-dev10 ops: listings and traces full of ids, digests and request ids, with the odd token pasted among them
// (aws/az/gcloud outputs, terraform state, npm audit, HTTP traces, API-key listings).
import type { RealWorldDoc } from '../types';
import { F, od } from './opsValues';

export const OPS_LISTINGS_DOCS: RealWorldDoc[] = [
  od('ops-aws-describe-output', ['logs-and-output', 'precision'], 'notes/aws-iam-keys.txt', (k) => {
    const keys = Array.from(
      { length: 4 },
      () => `        {
            "UserName": "${k.g.pick(['ci-deploy', 'backup', 'metrics'])}",
            "AccessKeyId": "${k.u('AKIA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}",
            "Status": "Active",
            "CreateDate": "2026-0${k.g.pick(['3', '5', '8'])}-1${k.g.digits(1)}T09:12:44+00:00"
        }`,
    ).join(',\n');
    return `$ aws iam list-access-keys --user-name ci-deploy
{
    "AccessKeyMetadata": [
${keys}
    ]
}
$ aws iam create-access-key --user-name ci-deploy
{
    "AccessKey": {
        "UserName": "ci-deploy",
        "AccessKeyId": "${k.u(k.P.awsId(k.g))}",
        "Status": "Active",
        "SecretAccessKey": "${k.prov(k.P.awsSecret(k.g), 'aws')}"
    }
}
RequestId: ${k.rid()}
$ aws apigateway get-api-key --api-key ${k.n(k.g.alnum(10).toLowerCase())} --include-value
{ "id": "${k.n(k.g.alnum(10).toLowerCase())}", "value": "${k.tok(k.g.alnum(40))}", "name": "partner-acme", "enabled": true }
`;
  }),

  od('ops-terraform-state-list', ['logs-and-output', 'precision'], 'notes/tf-state.txt', (k) => {
    const ids = Array.from(
      { length: 8 },
      () => `${k.g.pick(['aws_instance.web', 'aws_security_group.app', 'aws_subnet.private', 'aws_route_table.main'])}[${k.g.digits(1)}]  id=${k.n(k.g.pick(['i-', 'sg-', 'subnet-', 'rtb-']) + k.g.hex(17))}`,
    ).join('\n');
    return `$ terraform state list -id
${ids}
$ terraform output -json | jq -r '.db_password.value, .api_token.value'
${k.gp()}
${k.tok(k.g.alnum(48))}
$ terraform state show random_id.bucket_suffix
# random_id.bucket_suffix:
resource "random_id" "bucket_suffix" {
    b64_std     = "${k.n(k.g.base64(11) + '=')}"
    dec         = "${k.n(k.g.digits(20))}"
    hex         = "${k.n(k.g.hex(16))}"
    id          = "${k.n(k.g.base64url(11))}"
}
`;
  }),

  od('ops-npm-audit-output', ['logs-and-output', 'precision'], 'logs/npm-audit.txt', (k) => {
    const rows = Array.from(
      { length: 6 },
      () =>
        `${k.g.pick(['semver', 'ws', 'cookie', 'path-to-regexp', 'braces', 'micromatch'])}  <${k.ver()}\nSeverity: ${k.g.pick(['moderate', 'high'])}\nhttps://github.com/advisories/GHSA-${k.n(k.g.lower(4) + '-' + k.g.lower(4) + '-' + k.g.lower(4))}\nfix available via \`npm audit fix\``,
    ).join('\n\n');
    return `$ npm audit
# npm audit report

${rows}

6 vulnerabilities (4 moderate, 2 high)
$ npm whoami --registry https://npm.corp.example/
ci-publisher
$ cat ~/.npmrc
@acme:registry=https://npm.corp.example/
//npm.corp.example/:_authToken=${k.tok(k.g.uuid())}
//npm.corp.example/:always-auth=true
`;
  }),

  od('ops-http-trace-har-like', ['logs-and-output', 'http-auth', 'precision'], 'notes/http-trace.txt', (k) => {
    const reqs = Array.from({ length: 6 }, () => `GET /api/v1/items/${k.g.digits(5)} 200 ${k.g.digits(2)}ms traceparent=00-${k.n(k.g.hex(32))}-${k.n(k.g.hex(16))}-01`).join('\n');
    return `--- mitmproxy dump (staging) ---
${reqs}
POST /api/v1/session 200
  cookie: _ga=${k.n('GA1.2.' + k.g.digits(9) + '.' + k.g.digits(10))}; csrftoken=${k.u(k.g.alnum(32))}; sessionid=${k.http(k.g.lower(32))}
  x-api-key: ${k.tok(k.g.alnum(40))}
POST /oauth/token 200
  body: grant_type=password&username=qa-user&password=${k.hp()}&client_id=web
  response: {"access_token":"${k.jwt()}","refresh_token":"${k.tok(k.g.alnum(48))}"}
`;
  }),

  od('ops-api-keys-admin-listing', ['logs-and-output', 'precision'], 'notes/apikeys-rotation.md', (k) => {
    const rows = Array.from(
      { length: 6 },
      () => `| ${k.n(k.g.uuid())} | ${k.g.pick(['mobile', 'partner-x', 'cron', 'looker'])} | ${k.n(k.g.alnum(4) + '…' + k.g.alnum(4))} | 2026-${k.g.pick(['06', '09', '11'])}-0${k.g.digits(1)} |`,
    ).join('\n');
    return `# API key rotation (November)

Current keys (the admin UI only shows prefix…suffix):

| Key id | Client | Preview | Created |
|---|---|---|---|
${rows}

New key for partner-x, created via CLI and sent to them by Signal:

${F}
$ acme-admin apikeys create --client partner-x --scopes orders:read
id:     ${k.uuid()}
secret: ${k.tok(k.g.base64url(32))}
(shown once)
${F}

Old key ${k.n(k.g.alnum(4) + '…' + k.g.alnum(4))} revoked on 2026-11-28.
`;
  }),

  od(
    'ops-systemd-unit-env',
    ['config-syntax', 'command-line'],
    'deploy/systemd/metrics-exporter.service',
    (k) => `[Unit]
Description=Acme metrics exporter
After=network-online.target

[Service]
User=exporter
Environment=EXPORTER_DB_DSN=postgres://exporter:${k.cs()}@127.0.0.1:5432/metrics?sslmode=disable
Environment="PUSHGATEWAY_TOKEN=${k.hex(40)}"
Environment=LOG_LEVEL=info BUILD_SHA=${k.sha()}
EnvironmentFile=-/etc/default/metrics-exporter
ExecStart=/usr/local/bin/metrics-exporter --listen :9187 --api-token ${k.tok(k.g.alnum(32))} --instance-id ${k.n(k.g.uuid())}
Restart=on-failure

[Install]
WantedBy=multi-user.target
`,
  ),

  od(
    'ops-cron-crontab',
    ['command-line', 'config-syntax'],
    'deploy/crontab.txt',
    (k) => `# m h dom mon dow command
MAILTO=ops@acme.example
SHELL=/bin/bash
*/5 * * * * curl -fsS -m 10 --retry 3 https://hc-ping.com/${k.tok(k.g.uuid())} > /dev/null
15 2 * * * /opt/backup/dump.sh --password '${k.hp()}' >> /var/log/dump.log 2>&1
30 3 * * 0 /usr/local/bin/certbot renew --quiet
0 6 * * 1-5 /opt/reports/send.py --smtp-pass ${k.gp()} --to finance@acme.example
0 * * * * curl -s "https://api.statuscake.com/v1/Tests?API=${k.tok(k.g.alnum(20))}&Username=acmeops" > /tmp/sc.json
# healthcheck for job ${k.n(k.g.uuid())} is paused
`,
  ),

  od(
    'ops-cli-config-files-dump',
    ['command-line', 'logs-and-output'],
    'notes/cli-configs.txt',
    (k) => `$ cat ~/.config/gh/hosts.yml
github.com:
    user: acme-ops
    oauth_token: ${k.prov(k.P.githubOauth(k.g), 'github')}
    git_protocol: https
$ cat ~/.config/hub
github.com:
- user: acme-ops
  oauth_token: ${k.n('gho_' + 'x'.repeat(36))}
$ cat ~/.netrc
machine api.heroku.com
  login ops@acme.example
  password ${k.tok(k.g.uuid())}
machine git.corp.example login ci password ${k.tok(k.g.alnum(20))}
$ cat ~/.pypirc
[distutils]
index-servers = corp
[corp]
repository = https://pypi.corp.example/
username = uploader
password = ${k.hp()}
$ cat ~/.s3cfg | grep -E 'access_key|secret_key'
access_key = ${k.u(k.P.awsId(k.g))}
secret_key = ${k.prov(k.P.awsSecret(k.g), 'aws')}
`,
  ),
];
