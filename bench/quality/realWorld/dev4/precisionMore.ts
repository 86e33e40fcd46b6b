// rw-dev4 precision, part 9: more mixed files, where labels and values in many languages, public and private
// halves of keys, references and literals sit side by side.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { certPem, publicKeyPem, sshEd, tight, tpw, ts, upw, V } from './precisionValues';

export const MORE_DOCS: RealWorldDoc[] = [
  doc(
    'deploy-keys-md',
    ['precision', 'credential-file', 'prose'],
    'ops/deploy-keys.md',
    (k) => `# Deploy keys

The **public** half goes into GitHub (Settings → Deploy keys):

${F}
${k.n(sshEd(k.g, 'deploy@web'))}
${F}

The private half was supposed to go into the CI secret \`DEPLOY_KEY\`. For the record, this is what was generated
on the build box (delete this section after the move):

${F}
${k.key('openssh')}
${F}

Server certificate (public, safe anywhere):

${F}
${k.n(certPem(k.g))}
${F}
`,
  ),
  doc(
    'jwt-signing-config',
    ['precision', 'credential-file', 'config-syntax'],
    'config/jwt.yaml',
    (k) => `issuer: https://api.acme.dev
algorithm: RS256
# Public key for verifiers (other services copy this)
public_key: |
  ${k.n(publicKeyPem(k.g).split('\n').join('\n  '))}
# Signing key: local development only, prod mounts /etc/jwt/private.pem
private_key: |
  ${k.key('pkcs8').split('\n').join('\n  ')}
kid: ${k.n(k.g.hex(16))}
ttl: 15m
`,
  ),
  doc('jwk-private-and-public', ['precision', 'credential-file'], 'test-keys/signing.jwk.json', (k) => {
    const g = k.g;
    return `{
  "kty": "EC",
  "crv": "P-256",
  "kid": "${k.n(g.base64url(43))}",
  "use": "sig",
  "x": "${k.n(g.base64url(43))}",
  "y": "${k.n(g.base64url(43))}",
  "d": "${k.s('private-key', g.base64url(43))}"
}
`;
  }),
  doc('curl-captures-auth-headers', ['precision', 'http-auth', 'command-line'], 'debug/curl-session.md', (k) => {
    const g = k.g;
    return `# Reproducing the 403 on /exports

${F}bash
curl -v https://api.acme.dev/v2/exports \\
  -H "Authorization: Basic ${k.basic('exporter', tight(g))}" \\
  -H "X-Request-Id: ${k.n(g.uuid())}" \\
  -H "X-CSRF-Token: ${k.u(g.base64url(43))}"
< HTTP/2 403
< x-trace-id: ${k.n(g.hex(32))}
< etag: "${k.n(g.hex(32))}"
${F}

Same thing with the partner key, and with my session cookie from the browser:

${F}bash
curl -s https://api.acme.dev/v2/exports -H "X-API-Key: ${k.http(g.alnum(40))}"
curl -s https://api.acme.dev/v2/exports -H "Cookie: _ga=${k.n(`GA1.2.${g.digits(9)}.${g.digits(10)}`)}; sessionid=${k.http(g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}"
curl -s "https://api.acme.dev/v2/exports?access_token=${k.http(g.base64url(43))}&page=2"
curl -s https://api.acme.dev/v2/exports -H "Authorization: Bearer ${k.bearer()}"
${F}

All four return 403, so it is the role, not the credential. (Docs example for comparison: ${k.n('`Authorization: Bearer <token>`')}.)
`;
  }),
  doc(
    'db-client-configs',
    ['precision', 'credential-file', 'config-syntax'],
    'backup/db-client-configs.txt',
    (k) => `==> ~/.pgpass <==
# hostname:port:database:username:password
db-ro.acme.internal:5432:app:ro:${tpw(k)}
db-rw.acme.internal:5432:*:migrator:${tpw(k)}
localhost:5432:*:postgres:${k.u('postgres')}

==> ~/.my.cnf <==
[client]
user=backup
password=${tpw(k)}
# ssl-key is a path, not a key
ssl-key=/etc/mysql/client-key.pem

==> /etc/redis/redis.conf (excerpt) <==
# requirepass foobared
requirepass ${tpw(k)}
masterauth ${tpw(k)}
`,
  ),
  doc(
    'ansible-inventory-mixed',
    ['precision', 'config-syntax'],
    'ansible/inventory/legacy.ini',
    (k) => `[web]
web-01 ansible_host=10.0.1.11
web-02 ansible_host=10.0.1.12

[windows]
win-01 ansible_host=10.0.2.21

[windows:vars]
ansible_user=Administrator
ansible_password=${tpw(k)}
ansible_connection=winrm
ansible_winrm_transport=ntlm

[web:vars]
ansible_user=deploy
ansible_become_pass=${k.n('"{{ vault_become_pass }}"')}
ansible_ssh_private_key_file=${k.n('~/.ssh/deploy_ed25519')}

[legacy]
old-db ansible_host=10.0.3.5 ansible_user=root ansible_ssh_pass=${tpw(k)}
`,
  ),
  // The pasted {AQAAAB…} blob is unscored: encrypted, but with a key that sits on every controller next to the file, so
  // Hush reports it on purpose (jenkins-encrypted-credential); reviewers would dispute either label.
  doc(
    'jenkins-creds-and-pipeline',
    ['precision', 'config-syntax', 'code'],
    'jenkins/Jenkinsfile',
    (k) => `pipeline {
  agent any
  environment {
    REGISTRY_CREDS = credentials(${k.n("'registry-acme'")})
    SONAR_TOKEN    = credentials(${k.n("'sonar-token'")})
  }
  stages {
    stage('Build') {
      steps {
        sh 'docker build -t registry.acme.dev/web:$GIT_COMMIT .'
        sh 'echo $REGISTRY_CREDS_PSW | docker login registry.acme.dev -u $REGISTRY_CREDS_USR --password-stdin'
      }
    }
    stage('Smoke') {
      steps {
        withCredentials([string(credentialsId: ${k.n("'smoke-token'")}, variable: 'SMOKE_TOKEN')]) {
          sh 'curl -fsS -H "Authorization: Bearer $SMOKE_TOKEN" https://staging.acme.dev/health'
        }
        // legacy box without the credentials plugin
        sh "curl -fsS -u deploy:${tpw(k).replace(/\$/g, '')} http://legacy.acme.internal:8080/reload"
      }
    }
  }
}
// credentials.xml on the controller stores {AQAAABAAAAAQ...} blobs, which are encrypted with the controller key:
// ${k.u(`{AQAAABAAAAAQ${k.g.base64(44)}}`)}
`,
  ),
  doc(
    'multilingual-credentials-prose',
    ['precision', 'prose'],
    'docs/partner-access-i18n.md',
    (k) => `# Partner-Zugänge / Accès partenaires / Accesos

The login form shows "Passwort", "Mot de passe", "Contraseña", "Senha" depending on the browser. The values below
are the test logins each agency received by mail (copied here by the project manager):

**Deutsch**: Benutzer \`agentur-berlin\`, Passwort: ${tpw(k)}
(Hinweis: "Passwort vergessen?" funktioniert für Test-Konten nicht.)

**Français** : identifiant \`agence-lyon\`, mot de passe : ${tpw(k)}
(Le champ « Mot de passe » est sensible à la casse.)

**Español**: usuario \`agencia-madrid\`, contraseña: ${tpw(k)}

**Português**: usuário \`agencia-rio\`, senha: ${tpw(k)}

**Русский**: логин \`agency-msk\`, пароль: ${tpw(k)}

**中文**: 用户名 \`agency-sh\`，密码：${tpw(k)}

**日本語**: ユーザー名 \`agency-tokyo\`、パスワード: ${tpw(k)}

**한국어**: 아이디 \`agency-seoul\`, 비밀번호: ${tpw(k)}

Labels that are *not* passwords: "Passwort bestätigen", "Nouveau mot de passe", "Repetir contraseña", "Esqueci minha senha",
"Забыли пароль?", "忘记密码？", "パスワードを忘れた", "비밀번호 찾기".
`,
  ),
  doc(
    'powershell-setup-mixed',
    ['precision', 'command-line', 'code'],
    'scripts/setup-service.ps1',
    (k) => `param(
    [Parameter(Mandatory)] [SecureString] $ServicePassword,
    [string] $ServiceName = "AcmeAgent"
)

# Interactive path: the operator types the password
$cred = Get-Credential -UserName "ACME\\svc-agent" -Message "Service account password"

# Unattended path used by the golden image build (to be replaced by the vault agent)
$plain = ConvertTo-SecureString "${tpw(k).replace(/\$/g, '')}" -AsPlainText -Force
$imageCred = New-Object System.Management.Automation.PSCredential("ACME\\svc-image", $plain)

New-Service -Name $ServiceName -BinaryPathName "C:\\Program Files\\Acme\\agent.exe" -Credential $imageCred
Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Acme\\Agent" -Name "ApiToken" -Value "${k.tok(k.g.hex(40))}"
Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Acme\\Agent" -Name "InstallId" -Value "${k.n(k.g.uuid())}"
`,
  ),
  doc(
    'docker-run-readme',
    ['precision', 'command-line', 'prose'],
    'tools/local-stack/README.md',
    (k) => `# Local stack

${F}bash
docker run -d --name pg -e POSTGRES_PASSWORD=${tpw(k)} -p 5432:5432 postgres:16
docker run -d --name mq -e RABBITMQ_DEFAULT_USER=app -e RABBITMQ_DEFAULT_PASS=${tpw(k)} rabbitmq:3-management
docker run -d --name minio -e MINIO_ROOT_USER=minio -e MINIO_ROOT_PASSWORD=${tpw(k)} minio/minio server /data
docker run -d --name kc -e KEYCLOAK_ADMIN=admin -e KEYCLOAK_ADMIN_PASSWORD=${k.n('"$KC_PASS"')} quay.io/keycloak/keycloak start-dev
${F}

Image digests we test against: \`postgres@sha256:${k.n(k.g.hex(64))}\`, \`rabbitmq@sha256:${k.n(k.g.hex(64))}\`.
`,
  ),
  doc(
    'code-hardcoded-connections',
    ['precision', 'code', 'defaults-in-code'],
    'src/main/java/com/acme/legacy/LegacyDb.java',
    (k) => `package com.acme.legacy;

import java.sql.Connection;
import java.sql.DriverManager;

/** Access to the old order database until the migration (ORD-77) is done. */
public final class LegacyDb {
    private static final String PASSWORD_PROPERTY = ${k.n('"legacy.db.password"')};
    private static final String URL = "jdbc:sqlserver://sql-legacy:1433;databaseName=orders;user=orders_app;password=${upw(k)}";
    private static final String REPORT_PASSWORD = System.getenv().getOrDefault("LEGACY_REPORT_PASSWORD", "${k.pw(tight(k.g))}");
    private static final String HASH_ALGO = ${k.n('"PBKDF2WithHmacSHA256"')};
    private static final String SCHEMA_VERSION_HASH = ${k.n(`"${k.g.hex(40)}"`)};

    public static Connection open() throws Exception {
        String pw = System.getProperty(PASSWORD_PROPERTY);
        return pw == null ? DriverManager.getConnection(URL) : DriverManager.getConnection(URL, "orders_app", pw);
    }
}
`,
  ),
  doc(
    'build-configs-creds',
    ['precision', 'config-syntax', 'credential-file'],
    'backup/build-configs.txt',
    (k) => `==> gradle.properties <==
org.gradle.jvmargs=-Xmx2g
org.gradle.caching=true
artifactoryUser=ci
artifactoryPassword=${tpw(k)}
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${tpw(k)}
signing.secretKeyRingFile=${k.n('/home/ci/.gnupg/secring.gpg')}

==> ~/.m2/settings.xml (excerpt) <==
<server>
  <id>acme-releases</id>
  <username>ci</username>
  <password>${tpw(k)}</password>
</server>
<server>
  <id>acme-snapshots</id>
  <username>ci</username>
  <password>${k.n('{COQLCE6DU6GtcS5P=}')}</password>
</server>

==> NuGet.config (excerpt) <==
<packageSourceCredentials>
  <acme>
    <add key="Username" value="ci" />
    <add key="ClearTextPassword" value="${tpw(k)}" />
  </acme>
  <github>
    <add key="Username" value="acme-bot" />
    <add key="Password" value="${k.n('%GITHUB_PACKAGES_TOKEN%')}" />
  </github>
</packageSourceCredentials>
`,
  ),
  doc('ci-log-leaked-tokens', ['precision', 'logs-and-output'], 'ci-logs/job-88213.log', (k) => {
    const g = k.g;
    return `${ts(g)} Running with gitlab-runner 16.11.0 (${k.n(g.hex(8))})
${ts(g)} Fetching changes with git depth set to 20...
${ts(g)} Checking out ${k.n(g.hex(8))} as detached HEAD (ref is main)...
${ts(g)} $ npm config set //npm.acme.dev/:_authToken ${k.tok(g.uuid())}
${ts(g)} $ git clone https://oauth2:${k.prov('gitlab', 'gitlab')}@gitlab.acme.dev/acme/shared.git
${ts(g)} Cloning into 'shared'...
${ts(g)} $ ./deploy.sh --api-key=${k.tok(g.alnum(32))}
${ts(g)} deploy: request id ${k.n(g.uuid())} accepted, build ${k.n(g.hex(40))}
${ts(g)} $ echo "DEPLOY_PASSWORD=$DEPLOY_PASSWORD"
${ts(g)} DEPLOY_PASSWORD=${k.n('[MASKED]')}
${ts(g)} Job succeeded
`;
  }),
  doc(
    'email-thread-creds',
    ['precision', 'prose'],
    'mail/2026-03-04-vendor-access.eml',
    (k) => `From: Olga Ivanova <olga@vendor.example>
To: ops@acme.dev
Subject: Re: SFTP access for the nightly export
Date: Wed, 4 Mar 2026 09:14:22 +0100
Message-ID: <${k.n(k.g.hex(24))}@mail.vendor.example>
DKIM-Signature: v=1; a=rsa-sha256; d=vendor.example; s=sel1; bh=${k.n(k.g.base64(43) + '=')}; b=${k.n(k.g.base64(172))}

Hi,

your SFTP account is ready:

  host: sftp.vendor.example
  user: acme_export
  password: ${tpw(k)}

Please change the password after the first login (the "Change password" button in the portal). The
portal API key for the status endpoint is ${k.tok(k.g.hex(32))}.

Best, Olga
`,
  ),
  doc(
    'kubeconfig-mixed',
    ['precision', 'credential-file'],
    'ops/kubeconfig-dev.yaml',
    (k) => `apiVersion: v1
kind: Config
clusters:
  - name: dev
    cluster:
      server: https://k8s-dev.acme.internal:6443
      certificate-authority-data: ${k.n(V.b64(certPem(k.g)))}
users:
  - name: lena
    user:
      client-certificate-data: ${k.n(V.b64(certPem(k.g)))}
      client-key-data: ${k.s('private-key', V.b64(V.privateKey(k.g, 'ec')))}
  - name: ci
    user:
      token: ${k.bearerJwt()}
  - name: sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: [get-token, --oidc-issuer-url=https://auth.acme.dev, --oidc-client-id=${k.n('kubernetes')}]
contexts:
  - name: dev
    context: { cluster: dev, user: lena }
current-context: dev
`,
  ),
];
