// rw-dev3 logs/files, part 5: files full of look-alikes that must stay silent (redactions, ids, digests,
// hashes, public keys, policy settings), with a few real values among them.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { gaCookie, ip, md5, red, reqId, sha1, sha256, spanId, tpw, traceId, ts, V } from './logsFilesValues';

export const PRECISION_DOCS: RealWorldDoc[] = [
  doc('redaction-styles-log', ['logs-and-output', 'precision'], 'logs/gateway-redacted.log', (k) => {
    const g = k.g;
    return [
      `${ts(g)} INFO  request method=POST path=/v1/login password=${red(k)} user=alice`,
      `${ts(g)} INFO  request headers={"Authorization":"Bearer ${red(k)}","X-Api-Key":"${red(k)}"}`,
      `${ts(g)} DEBUG upstream auth=Basic ${k.n('****')} host=billing.internal`,
      `${ts(g)} DEBUG stripe key=${k.n(`sk_live_****${g.alnum(4)}`)} mode=live`,
      `${ts(g)} DEBUG github token=${k.n('ghp_************************************')} scopes=repo`,
      `${ts(g)} INFO  config db.password=${k.n('(redacted)')} db.user=app db.host=pg-1`,
      `${ts(g)} INFO  config smtp.pass=${k.n('<masked>')} smtp.user=mailer`,
      `${ts(g)} INFO  env AWS_SECRET_ACCESS_KEY=${k.n('REDACTED')} AWS_REGION=eu-west-1`,
      `${ts(g)} INFO  client_secret=${k.n('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')} client_id=${k.n(g.uuid())}`,
      `${ts(g)} WARN  token=${k.n('•••••••••••')} expired=true`,
      `${ts(g)} WARN  refresh_token=${k.n('[filtered]')} grant=refresh_token`,
      `${ts(g)} INFO  cookie=session=${k.n('<hidden>')}; _ga=${k.n(gaCookie(g))}`,
      '',
    ].join('\n');
  }),
  doc('tracing-ids-log', ['logs-and-output', 'precision'], 'logs/otel-collector.log', (k) => {
    const g = k.g;
    return [
      `${ts(g)} info traces {"traceparent":"00-${k.n(traceId(g))}-${k.n(spanId(g))}-01","service":"checkout"}`,
      `${ts(g)} info http {"x-request-id":"${k.n(reqId(g))}","x-amzn-trace-id":"Root=1-${k.n(`${g.hex(8)}-${g.hex(24)}`)}","status":200}`,
      `${ts(g)} info http {"idempotency_key":"${k.n(g.uuid())}","correlation_id":"${k.n(g.hex(32))}"}`,
      `${ts(g)} info session {"session_id_hash":"${k.n(sha256(g))}","device_fingerprint":"${k.n(md5(g))}"}`,
      `${ts(g)} info cache {"cache_key":"v2:${k.n(sha1(g))}","etag":"${k.n(g.hex(16))}"}`,
      `${ts(g)} info kafka {"offset":${g.digits(8)},"partition":3,"message_key":"${k.n(g.base64url(22))}"}`,
      `${ts(g)} info auth {"event":"token_issued","jti":"${k.n(g.uuid())}","kid":"${k.n(g.hex(16))}","token_type":"access"}`,
      `${ts(g)} info auth {"event":"password_changed","password_changed_at":"${ts(g)}","password_expires_in_days":90}`,
      '',
    ].join('\n');
  }),
  doc('ci-cache-and-digests', ['logs-and-output', 'precision'], 'ci-logs/build-cache.log', (k) => {
    const g = k.g;
    return [
      `Run actions/cache@v4`,
      `Cache restored from key: node-modules-Linux-${k.n(sha256(g))}`,
      `Received 48234567 of 48234567 (100.0%), 45.9 MBs/sec`,
      `Cache Size: ~46 MB (48234567 B)`,
      `Run docker/build-push-action@v5`,
      `#14 pushing manifest for ghcr.io/acme/api:main@sha256:${k.n(sha256(g))} 0.6s done`,
      `ImageID: sha256:${k.n(sha256(g))}`,
      `Digest: sha256:${k.n(sha256(g))}`,
      `Metadata: {"buildx.build.ref":"builder/builder0/${k.n(g.lower(25))}","containerimage.config.digest":"sha256:${k.n(sha256(g))}"}`,
      `Run git log -1 --format=%H`,
      k.n(g.hex(40)),
      `SUBJECT: fix(auth): stop logging the password field`,
      `Uploaded artifact size 1234 bytes, artifact id ${g.digits(10)}, digest ${k.n(`sha256:${sha256(g)}`)}`,
      '',
    ].join('\n');
  }),
  doc('public-keys-and-certs', ['credential-file', 'precision'], 'keys/README-keys.txt', (k) => {
    const g = k.g;
    const dash = '-'.repeat(5);
    return [
      `Public material only; the private halves live in the vault.`,
      ``,
      k.n(`${dash}BEGIN PUBLIC KEY${dash}\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.base64(64)}\n${g.base64(64)}\n${g.base64(64)}\n${g.base64(40)}IDAQAB\n${dash}END PUBLIC KEY${dash}`),
      ``,
      k.n(`${dash}BEGIN PGP PUBLIC KEY BLOCK${dash}\n\nmQINBG${g.base64(58)}\n${g.base64(64)}\n=${g.base64(4)}\n${dash}END PGP PUBLIC KEY BLOCK${dash}`),
      ``,
      k.n(`${dash}BEGIN CERTIFICATE${dash}\nMIIDdzCCAl+gAwIBAgIE${g.base64(44)}\n${g.base64(64)}\n${dash}END CERTIFICATE${dash}`),
      ``,
      `known_hosts:`,
      `github.com ${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)}`)}`,
      `JWKS n: ${k.n(g.base64url(342))}`,
      `JWKS e: ${k.n('AQAB')}`,
      `Age recipient: ${k.n(`age1${g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`)}`,
      '',
    ].join('\n');
  }),
  doc('shadow-and-db-hashes', ['credential-file', 'precision'], 'forensics/hash-dump.txt', (k) => {
    const g = k.g;
    const cryptAlpha = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    return [
      `== /etc/shadow ==`,
      `root:${k.n(V.shaCrypt(g))}:19800:0:99999:7:::`,
      `deploy:${k.n(`$y$j9T$${g.chars(cryptAlpha, 22)}$${g.chars(cryptAlpha, 43)}`)}:19812:0:99999:7:::`,
      `nobody:*:19800:0:99999:7:::`,
      `== mysql.user ==`,
      `| app | % | ${k.n(`*${g.hex(40).toUpperCase()}`)} |`,
      `| legacy | localhost | ${k.n(`$A$005$${g.chars(cryptAlpha, 20)}${g.chars(cryptAlpha, 43)}`)} |`,
      `== pg_authid ==`,
      `app | ${k.n(`md5${md5(g)}`)}`,
      `== ldap ==`,
      `userPassword:: ${k.n(Buffer.from(V.ssha(g)).toString('base64'))}`,
      `== django ==`,
      `pbkdf2_sha256$720000$${k.n(g.alnum(22))}$${k.n(g.base64(43) + '=')}`,
      `== argon ==`,
      k.n(V.argon2(g)),
      '',
    ].join('\n');
  }),
  doc('password-policy-settings', ['config-syntax', 'precision'], 'config/security-policy.yaml', (k) => {
    return `password_policy:
  min_length: 12
  require_symbols: true
  max_age_days: 90
  history: 5
  hash_algorithm: ${k.n('argon2id')}
  reset_token_ttl: ${k.n('15m')}
login:
  passwordless: ${k.n('enabled')}
  password_field: ${k.n('password')}
  password_label: ${k.n('Passwort')}
  forgot_password_text: ${k.n('"Forgot your password?"')}
  token_header: ${k.n('X-Auth-Token')}
  api_key_param: ${k.n('api_key')}
secrets:
  provider: ${k.n('vault')}
  path: ${k.n('secret/data/app')}
  db_password: ${k.n('vault:secret/data/app#db_password')}
  api_key: ${k.n('op://Infra/API/credential')}
  smtp_password: ${k.n('{{ lookup("env", "SMTP_PASSWORD") }}')}
`;
  }),
  doc('credential-file-templates', ['credential-file', 'precision'], 'docs/templates/credential-files.md', (k) => {
    const fence = '```';
    return [
      `# Credential file templates`,
      ``,
      `Copy these and fill them in locally. Never commit the filled-in versions.`,
      ``,
      fence,
      `# ~/.netrc`,
      `machine git.acme.dev login ${k.n('<username>')} password ${k.n('<personal-access-token>')}`,
      fence,
      ``,
      fence,
      `# ~/.pgpass`,
      `db-prod-1.internal:5432:app:backup:${k.n('YOUR_PASSWORD')}`,
      fence,
      ``,
      fence,
      `# ~/.aws/credentials`,
      `[default]`,
      `aws_access_key_id = ${k.n('<access key id>')}`,
      `aws_secret_access_key = ${k.n('<secret access key>')}`,
      fence,
      ``,
      fence,
      `# ~/.npmrc`,
      `//npm.acme.dev/:_authToken=${k.n('${NPM_TOKEN}')}`,
      fence,
      ``,
      fence,
      `# ~/.docker/config.json`,
      `{ "auths": { "registry.acme.dev": { "auth": "${k.n('<base64 of user:token>')}" } } }`,
      fence,
      ``,
      fence,
      `# /etc/samba/creds`,
      `username=${k.n('%USERNAME%')}`,
      `password=${k.n('%PASSWORD%')}`,
      fence,
      ``,
      `Ask #infra for the real values; the old password \`${tpw(k)}\` for the backup role was rotated on 2026-03-01 but is still accepted by the DR replica.`,
      '',
    ].join('\n');
  }),
  doc('kubectl-describe-secret-sizes', ['logs-and-output', 'precision'], 'debug/describe-secret.txt', (k) => {
    const g = k.g;
    return [
      `Name:         api-credentials`,
      `Namespace:    prod`,
      `Labels:       app=api`,
      `Annotations:  kubectl.kubernetes.io/last-applied-configuration: ${k.n('{"apiVersion":"v1","kind":"Secret","metadata":{"name":"api-credentials"}}')}`,
      ``,
      `Type:  Opaque`,
      ``,
      `Data`,
      `====`,
      `password:  ${k.n('24 bytes')}`,
      `api-key:   ${k.n('40 bytes')}`,
      `token:     ${k.n('862 bytes')}`,
      ``,
      `---`,
      `env:`,
      `  - name: DB_PASSWORD`,
      `    valueFrom:`,
      `      secretKeyRef: { name: api-credentials, key: ${k.n('password')} }`,
      `  - name: SERVICE_ACCOUNT_TOKEN_PATH`,
      `    value: ${k.n('/var/run/secrets/kubernetes.io/serviceaccount/token')}`,
      `  - name: POD_UID`,
      `    value: ${k.n(g.uuid())}`,
      '',
    ].join('\n');
  }),
  doc('static-asset-access-log', ['logs-and-output', 'precision'], 'logs/cdn-access.log', (k) => {
    const g = k.g;
    const l = (path: string) => `${ip(g)} - - [02/Nov/2026:08:${g.digits(1)}${g.digits(1)}:1${g.digits(1)} +0000] "GET ${path} HTTP/2.0" 200 ${g.digits(5)} "https://shop.example/" "Mozilla/5.0"`;
    return [
      l(`/assets/index-${k.n(g.base64url(8))}.js`),
      l(`/assets/vendor.${k.n(g.hex(20))}.css`),
      l(`/img/hero.webp?v=${k.n(g.hex(10))}`),
      l(`/landing?utm_source=newsletter&utm_campaign=${k.n('spring-sale')}&gclid=${k.n(g.base64url(40))}`),
      l(`/api/cart?_=${k.n(`17${g.digits(11)}`)}`),
      l(`/fonts/inter.woff2?h=${k.n(md5(g))}`),
      l(`/share/${k.n(g.alnum(10))}`),
      l(`/track?fbclid=${k.n(g.base64url(60))}`),
      '',
    ].join('\n');
  }),
  doc('docker-inspect-env', ['logs-and-output', 'precision'], 'debug/docker-inspect-db.json', (k) => {
    const g = k.g;
    return `[
    {
        "Id": "${k.n(sha256(g))}",
        "Created": "${ts(g)}",
        "Image": "sha256:${k.n(sha256(g))}",
        "Name": "/stack-db-1",
        "Config": {
            "Hostname": "${k.n(g.hex(12))}",
            "Env": [
                "MYSQL_DATABASE=shop",
                "MYSQL_USER=shop",
                "MYSQL_PASSWORD=${tpw(k)}",
                "MYSQL_ROOT_PASSWORD_FILE=${k.n('/run/secrets/db_root')}",
                "MYSQL_RANDOM_ROOT_PASSWORD=${k.n('yes')}",
                "MYSQL_ALLOW_EMPTY_PASSWORD=${k.n('0')}",
                "GOSU_VERSION=1.17",
                "MYSQL_MAJOR=8.0"
            ],
            "Labels": {
                "com.docker.compose.config-hash": "${k.n(sha256(g))}",
                "com.docker.compose.project": "stack"
            }
        },
        "NetworkSettings": { "SandboxID": "${k.n(sha256(g))}", "EndpointID": "${k.n(sha256(g))}" }
    }
]
`;
  }),
];
