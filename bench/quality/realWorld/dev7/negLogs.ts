// rw-dev7 look-alikes, logs and output: CI logs with masked values, redacted application logs, signed URLs and
// request signatures (AWS SigV4, GCS, HTTP Signatures, mitmproxy dumps), audit trails full of ids; one or two
// lines where a real value got through.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { awsAcct, b64, ip, md5, pv, sha256, tightPw, tok, traceId, ts } from './negValues';

export const NEG_LOG_DOCS: RealWorldDoc[] = [
  doc(
    'neg-gha-masked-log',
    ['precision', 'logs-and-output'],
    'ci/logs/deploy-1893.txt',
    (k) => `2026-03-04T10:02:11.1234567Z ##[group]Run ./scripts/deploy.sh
2026-03-04T10:02:11.1235012Z env:
2026-03-04T10:02:11.1235330Z   AWS_ACCESS_KEY_ID: ${k.n('***')}
2026-03-04T10:02:11.1235640Z   AWS_SECRET_ACCESS_KEY: ${k.n('***')}
2026-03-04T10:02:11.1235901Z   DEPLOY_TOKEN: ${k.n('***')}
2026-03-04T10:02:11.1236190Z   PASSWORD_FILE: ${k.n('/home/runner/work/_temp/pw')}
2026-03-04T10:02:11.1236500Z   PWD: ${k.n('/home/runner/work/app/app')}
2026-03-04T10:02:11.1236800Z ##[endgroup]
2026-03-04T10:02:12.4410000Z + aws sts get-caller-identity
2026-03-04T10:02:13.0120000Z {"UserId": "${k.n('AROA' + k.g.upper(17))}:gha-${k.n(k.g.digits(10))}", "Account": "${k.n(awsAcct(k.g))}", "Arn": "arn:aws:sts::${k.n(awsAcct(k.g))}:assumed-role/deploy/gha"}
2026-03-04T10:02:15.9000000Z + helm upgrade api ./chart --set image.digest=sha256:${k.n(sha256(k.g))} --set db.password=${k.n('***')}
2026-03-04T10:02:41.2000000Z Release "api" has been upgraded. Happy Helming!
2026-03-04T10:02:41.2100000Z + curl -fsS -u deploy:${k.cs(tightPw(k.g))} https://status.internal/api/deployments
`,
  ),
  doc(
    'neg-gitlab-ci-log',
    ['precision', 'logs-and-output'],
    'ci/logs/gitlab-job-552.txt',
    (k) => `Running with gitlab-runner 17.2.0 (${k.n(k.g.hex(8))})
  on docker-runner-02 ${k.n(k.g.alnum(8))}, system ID: ${k.n('s_' + k.g.hex(12))}
Preparing the "docker" executor
Using docker image sha256:${k.n(sha256(k.g))} for node:20 with digest node@sha256:${k.n(sha256(k.g))} ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${k.n(k.g.hex(8))} as detached HEAD (ref is main)...
$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
WARNING! Your password will be stored unencrypted in /root/.docker/config.json.
Login Succeeded
$ npm config set //registry.npmjs.org/:_authToken "[MASKED]"
$ npm publish
+ @acme/sdk@${k.n('4.2.0')}
Job succeeded
`,
  ),
  doc('neg-redacted-app-log', ['precision', 'logs-and-output'], 'logs/auth-service.log', (k) => {
    const g = k.g;
    const lines = [
      `${ts(g)} INFO  login ok user=${k.n(g.uuid())} ip=${ip(g)} password=${k.n('[REDACTED]')}`,
      `${ts(g)} INFO  token issued sub=${k.n(g.uuid())} jti=${k.n(g.uuid())} exp=${k.n('900')} token=${k.n('eyJ***')}`,
      `${ts(g)} WARN  invalid password attempt=${k.n('3')} user=${k.n(g.uuid())} lockout_in=2`,
      `${ts(g)} INFO  api key used key_id=${k.n('ak_' + g.alnum(8))} key_hash=${k.n(sha256(g).slice(0, 12))} secret=${k.n('****')}`,
      `${ts(g)} DEBUG password reset requested token_hash=${k.n(sha256(g))} ttl=3600`,
      `${ts(g)} INFO  session created sid_hash=${k.n(md5(g))} trace=${k.n(traceId(g))}`,
      `${ts(g)} ERROR smtp auth failed user=noreply@example.org pass=${k.n('<hidden>')} code=535`,
      `${ts(g)} DEBUG upstream config loaded redis_password=${k.pw(tightPw(g))} (debug logging on by mistake, see INC-221)`,
    ];
    return lines.join('\n') + '\n';
  }),
  doc('neg-sigv4-docs', ['precision', 'prose', 'http-auth'], 'docs/s3-presigned-urls.md', (k) => {
    const g = k.g;
    return `# Presigned download links

The API returns links like this one (expires after 15 minutes, signature is per-URL and useless afterwards):

    https://exports.s3.eu-west-1.amazonaws.com/reports/2026-03.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${k.u('ASIA' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}%2F20260304%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260304T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${k.n(sha256(g))}

A signed API request (SigV4) carries the same parts in a header:

    Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260304/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${k.n(sha256(g))}
    x-amz-content-sha256: ${k.n(sha256(g))}

GCS signed URLs look similar (\`X-Goog-Signature=${k.n(g.hex(512).slice(0, 256))}\`).
None of these is a credential on its own; the key that signs them is. For the export job that key is in
the role, except on the old cron box where it is still in \`/etc/export.env\`:
\`AWS_SECRET_ACCESS_KEY=${pv(k, 'awsSecret', 'aws')}\`.
`;
  }),
  doc('neg-mitmproxy-dump', ['precision', 'logs-and-output', 'http-auth'], 'debug/mitm-flows.txt', (k) => {
    const g = k.g;
    return `127.0.0.1:53122: GET https://cdn.example.org/media/v/${g.hex(12)}.mp4?exp=1772618400&sig=${k.n(g.hex(64))}
              << 206 Partial Content 1.2m
127.0.0.1:53122: GET https://images.example.net/u/avatar.jpg?w=96&s=${k.n(md5(g))}&ts=1772618400
              << 200 OK 8.1k
127.0.0.1:53130: POST https://api.example.org/v1/events
    Signature-Input: sig1=("@method" "@path" "content-digest");created=1772618400;keyid="${k.n('client-2026-01')}"
    Signature: sig1=:${k.n(g.base64(86) + '==')}:
    Content-Digest: sha-256=:${k.n(g.base64(43) + '=')}:
              << 202 Accepted 0b
127.0.0.1:53144: GET https://api.example.org/v1/me
    Cookie: session=${k.http(g.base64url(43))}; theme=dark
              << 200 OK 412b
`;
  }),
  doc('neg-audit-trail-csv', ['precision', 'logs-and-output'], 'exports/audit-2026-03.csv', (k) => {
    const g = k.g;
    const acts = ['api_key.created', 'api_key.revoked', 'password.changed', 'token.refreshed', 'secret.read', 'mfa.enrolled'];
    return `timestamp,actor_id,action,target_id,request_id,key_fingerprint\n${acts.map((a) => `${ts(g)},${k.n(g.uuid())},${a},${k.n(g.uuid())},${k.n(g.hex(32))},${k.n(g.hex(16))}`).join('\n')}\n`;
  }),
  doc(
    'neg-kubectl-output',
    ['precision', 'logs-and-output', 'command-line'],
    'notes/kubectl-session.txt',
    (k) => `$ kubectl get secrets -n payments
NAME                  TYPE                                  DATA   AGE
payments-db           Opaque                                2      41d
payments-api-token    Opaque                                1      41d
default-token-${k.n(k.g.lower(5))}   kubernetes.io/service-account-token   3      212d
$ kubectl describe secret payments-db -n payments
Name:         payments-db
Type:  Opaque
Data
====
password:  ${k.n('24 bytes')}
username:  ${k.n('8 bytes')}
$ kubectl get secret payments-api-token -o jsonpath='{.data.token}' | base64 -d
${tok(k)}
$ kubectl get pods -n payments -o wide | head -3
NAME                           READY   STATUS    RESTARTS   AGE
payments-api-${k.n(k.g.lower(10))}-${k.n(k.g.lower(5))}   1/1     Running   0          2d
`,
  ),
  doc(
    'neg-terraform-plan',
    ['precision', 'logs-and-output'],
    'ci/logs/tf-plan.txt',
    (k) => `Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                = "${k.n('db-' + k.g.upper(26))}"
      ~ password          = (sensitive value)
        kms_key_id        = "${k.n('arn:aws:kms:eu-west-1:' + awsAcct(k.g) + ':key/' + k.g.uuid())}"
        master_user_secret_kms_key_id = "${k.n(k.g.uuid())}"
        # (41 unchanged attributes hidden)
    }

  # random_password.api will be created
  + resource "random_password" "api" {
      + bcrypt_hash = (sensitive value)
      + id          = (known after apply)
      + length      = ${k.n('32')}
      + result      = (sensitive value)
    }

Plan: 1 to add, 1 to change, 0 to destroy.
`,
  ),
  doc(
    'neg-npm-debug-log',
    ['precision', 'logs-and-output'],
    'npm-debug.log',
    (k) => `0 verbose cli /usr/local/bin/node /usr/local/bin/npm
1 info using npm@10.8.1
2 verbose config Using //registry.npmjs.org/:_authToken=${k.n('(protected)')}
3 silly logfile start cleaning logs, removing 1 files
4 http fetch GET 200 https://registry.npmjs.org/jsonwebtoken 112ms (cache revalidated)
5 silly audit bulk request {"jsonwebtoken":["9.0.2"]}
6 verbose etag ${k.n('"' + k.g.hex(40) + '"')}
7 verbose shasum ${k.n(k.g.hex(40))}
8 verbose integrity ${k.n('sha512-' + k.g.base64(86) + '==')}
9 verbose stack HttpErrorGeneral: 401 Unauthorized - PUT https://npm.example.org/@acme%2fsdk - auth required
10 verbose headers {"authorization":"Basic ${k.http(b64('ci-publisher:' + tightPw(k.g)))}"}
`,
  ),
  doc(
    'neg-docker-inspect',
    ['precision', 'logs-and-output'],
    'debug/docker-inspect.json',
    (k) => `[
  {
    "Id": "${k.n(sha256(k.g))}",
    "Created": "2026-03-02T09:14:02.51Z",
    "Image": "sha256:${k.n(sha256(k.g))}",
    "Config": {
      "Env": [
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "PWD=${k.n('/app')}",
        "SECRETS_PATH=${k.n('/run/secrets')}",
        "TOKEN_TTL=${k.n('900')}",
        "PGPASSWORD=${k.pw(tightPw(k.g))}"
      ],
      "WorkingDir": "${k.n('/app')}",
      "Labels": { "org.opencontainers.image.revision": "${k.n(k.g.hex(40))}" }
    },
    "NetworkSettings": { "SandboxID": "${k.n(sha256(k.g))}", "EndpointID": "${k.n(sha256(k.g))}" }
  }
]
`,
  ),
  doc(
    'neg-vault-cli-output',
    ['precision', 'logs-and-output', 'command-line'],
    'notes/vault-session.txt',
    (k) => `$ vault token lookup
Key                 Value
---                 -----
accessor            ${k.n(k.g.alnum(24))}
creation_ttl        ${k.n('768h')}
display_name        oidc-ana
entity_id           ${k.n(k.g.uuid())}
id                  ${k.n('hvs.**********')}
policies            [default ops]
ttl                 ${k.n('767h59m')}
$ vault kv metadata get secret/app
======= Metadata =======
Key                Value
---                -----
created_time       2026-01-12T10:00:00Z
current_version    ${k.n('7')}
custom_metadata    map[owner:payments]
$ vault kv get -field=password secret/app/db
${k.pw(tightPw(k.g))}
`,
  ),
  doc(
    'neg-stack-trace',
    ['precision', 'logs-and-output'],
    'logs/crash-report.txt',
    (k) => `Traceback (most recent call last):
  File "/srv/app/auth/tokens.py", line 88, in verify_token
    payload = jwt.decode(token, key=signing_key, algorithms=["RS256"])
  File "/usr/lib/python3.12/site-packages/jwt/api_jwt.py", line 210, in decode
    raise ExpiredSignatureError("Signature has expired")
jwt.exceptions.ExpiredSignatureError: Signature has expired
  locals: token='${k.n('<elided 812 chars>')}' signing_key=<RSAPublicKey kid=${k.n(k.g.base64url(43))}> request_id='${k.n(k.g.uuid())}'
  password_field='${k.n('password')}' secret_name='${k.n('prod/jwt-public')}' cache_key='${k.n('jwks:' + k.g.hex(16))}'
`,
  ),
  doc(
    'neg-ci-secret-scan-report',
    ['precision', 'logs-and-output'],
    'reports/secret-scan.sarif.txt',
    (k) => `Secret scan summary (values masked)
  src/config.ts:14      generic-api-key     ${k.n('ak_l************3f2a')}  fingerprint ${k.n(k.g.hex(16))}
  deploy/.env:3         database-password   ${k.n('Su*********!')}          fingerprint ${k.n(k.g.hex(16))}
  README.md:88          github-token        ${k.n('ghp_****************************Xy12')} fingerprint ${k.n(k.g.hex(16))}
3 findings, 0 new since baseline ${k.n(k.g.hex(40))}
`,
  ),
];
