// rw-dev3 logs/files, part 3: per-user credential and client config files people commit by mistake.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { b64, md5, sha256, thpw, tight, tpw, upw, V } from './logsFilesValues';

export const CRED_DOCS: RealWorldDoc[] = [
  doc('netrc-multi-machine', ['credential-file', 'precision'], 'dotfiles/.netrc', (k) => {
    return [
      `machine github.com`,
      `  login maria-dev`,
      `  password ${k.prov('githubClassic', 'GitHub')}`,
      ``,
      `machine ftp.partner.example login acme password ${tpw(k)}`,
      `machine api.heroku.com`,
      `  login maria@example.com`,
      `  password ${k.prov('herokuKey', 'Heroku')}`,
      `machine example.invalid login anonymous password ${k.n('anonymous@')}`,
      `default login guest password ${k.u('guest')}`,
      '',
    ].join('\n');
  }),
  doc('pgpass', ['credential-file', 'precision'], 'ops/backup-host/.pgpass', (k) => {
    const g = k.g;
    const esc = (s: string) => s.replace(/:/g, '\\:');
    return [
      `# hostname:port:database:username:password`,
      `db-prod-1.internal:5432:app:backup:${k.pw(esc(tight(g)))}`,
      `db-prod-1.internal:5432:*:replicator:${tpw(k)}`,
      `localhost:*:*:postgres:${thpw(k)}`,
      `*:*:*:readonly:${k.n('*')}`,
      '',
    ].join('\n');
  }),
  doc('my-cnf-client', ['credential-file', 'config-syntax'], 'etc/mysql/conf.d/backup.cnf', (k) => {
    return [
      `[client]`,
      `user = backup`,
      `password = "${tpw(k)}"`,
      `host = 127.0.0.1`,
      ``,
      `[mysqldump]`,
      `user=dumper`,
      `password=${tpw(k)}`,
      `single-transaction`,
      ``,
      `[mysqld]`,
      `innodb_buffer_pool_size = 2G`,
      `ssl-key = /etc/mysql/certs/server-key.pem`,
      '',
    ].join('\n');
  }),
  doc('pypirc', ['credential-file'], 'home/ci/.pypirc', (k) => {
    return [
      `[distutils]`,
      `index-servers =`,
      `    pypi`,
      `    internal`,
      ``,
      `[pypi]`,
      `username = __token__`,
      `password = ${k.prov('pypi', 'PyPI')}`,
      ``,
      `[internal]`,
      `repository = https://pkgs.acme.dev/pypi/`,
      `username = release-bot`,
      `password = ${tpw(k)}`,
      '',
    ].join('\n');
  }),
  doc('pip-conf', ['credential-file', 'precision'], 'etc/pip.conf', (k) => {
    const g = k.g;
    return [
      `[global]`,
      `index-url = https://build:${upw(k)}@artifactory.acme.dev/artifactory/api/pypi/pypi-virtual/simple`,
      `extra-index-url = https://${k.n('${PIP_USER}')}:${k.n('${PIP_TOKEN}')}@pkgs.partner.example/simple`,
      `trusted-host = artifactory.acme.dev`,
      `timeout = 60`,
      `# mirror sha: ${k.n(g.hex(40))}`,
      '',
    ].join('\n');
  }),
  doc('npmrc-mixed', ['credential-file', 'precision'], 'frontend/.npmrc', (k) => {
    const g = k.g;
    return [
      `registry=https://registry.npmjs.org/`,
      `@acme:registry=https://npm.pkg.github.com/`,
      `//npm.pkg.github.com/:_authToken=${k.prov('githubClassic', 'GitHub')}`,
      `//nexus.acme.dev/repository/npm-private/:_auth=${k.basic('npm-reader')}`,
      `//gitlab.acme.dev/api/v4/projects/42/packages/npm/:_authToken=${k.n('${CI_JOB_TOKEN}')}`,
      `//artifactory.acme.dev/api/npm/npm/:username=deploy`,
      `//artifactory.acme.dev/api/npm/npm/:_password=${k.pw(b64(tight(g)))}`,
      `//artifactory.acme.dev/api/npm/npm/:email=deploy@acme.dev`,
      `always-auth=true`,
      `save-exact=true`,
      '',
    ].join('\n');
  }),
  doc('yarnrc-yml', ['credential-file', 'precision'], '.yarnrc.yml', (k) => {
    const g = k.g;
    return [
      `nodeLinker: node-modules`,
      `yarnPath: .yarn/releases/yarn-4.1.0.cjs`,
      `npmScopes:`,
      `  acme:`,
      `    npmRegistryServer: "https://npm.acme.dev"`,
      `    npmAuthToken: "${k.tok(g.uuid())}"`,
      `    npmAlwaysAuth: true`,
      `  partner:`,
      `    npmRegistryServer: "https://npm.partner.example"`,
      `    npmAuthIdent: "acme:${tpw(k)}"`,
      `  oss:`,
      `    npmAuthToken: "${k.n('${NPM_TOKEN}')}"`,
      `checksumBehavior: update`,
      `cacheKey: ${k.n(g.digits(2))}`,
      '',
    ].join('\n');
  }),
  doc('gem-credentials', ['credential-file'], 'home/release/.gem/credentials', (k) => {
    const g = k.g;
    return [`---`, `:rubygems_api_key: ${k.prov('rubygems', 'RubyGems')}`, `:github: Bearer ${k.prov('githubClassic', 'GitHub')}`, `:internal: ${k.tok(g.hex(32))}`, ''].join('\n');
  }),
  doc('maven-settings-xml', ['credential-file', 'precision'], 'ci/maven/settings.xml', (k) => {
    const g = k.g;
    return `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployer</username>
      <password>${tpw(k)}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>\${env.NEXUS_USER}</username>
      <password>${k.n('${env.NEXUS_PASSWORD}')}</password>
    </server>
    <server>
      <id>legacy</id>
      <username>build</username>
      <password>${k.n(`{${g.base64(44)}}`)}</password>
    </server>
    <server>
      <id>signing</id>
      <passphrase>${thpw(k)}</passphrase>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>sonar</id>
      <properties>
        <sonar.login>${k.tok(`squ_${g.hex(40)}`)}</sonar.login>
        <sonar.host.url>https://sonar.acme.dev</sonar.host.url>
      </properties>
    </profile>
  </profiles>
</settings>
`;
  }),
  doc('nuget-config', ['credential-file', 'precision'], 'NuGet.Config', (k) => {
    return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="acme" value="https://pkgs.dev.azure.com/acme/_packaging/acme/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${tpw(k)}" />
    </acme>
    <telerik>
      <add key="Username" value="dev@acme.dev" />
      <add key="Password" value="${k.n(`AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${k.g.base64(120)}`)}" />
    </telerik>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org" value="${k.prov('nuget', 'NuGet')}" />
  </apikeys>
</configuration>
`;
  }),
  doc('gradle-properties-user', ['credential-file', 'config-syntax', 'precision'], 'gradle.properties', (k) => {
    const g = k.g;
    return [
      `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8`,
      `org.gradle.parallel=true`,
      `android.useAndroidX=true`,
      `artifactoryUser=ci`,
      `artifactoryPassword=${tpw(k)}`,
      `signing.keyId=${k.n(g.hex(8).toUpperCase())}`,
      `signing.password=${thpw(k)}`,
      `signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg`,
      `MYAPP_UPLOAD_STORE_PASSWORD=${tpw(k)}`,
      `MYAPP_UPLOAD_KEY_ALIAS=upload`,
      `mapsApiKey=${k.n(V.googleBrowserKey(g))}`,
      `systemProp.https.proxyPassword=${tpw(k)}`,
      '',
    ].join('\n');
  }),
  doc('docker-config-json', ['credential-file', 'precision'], 'home/ci/.docker/config.json', (k) => {
    const g = k.g;
    return `{
\t"auths": {
\t\t"https://index.docker.io/v1/": {
\t\t\t"auth": "${k.basic('acmeci', k.raw.p.dockerHub(g))}"
\t\t},
\t\t"registry.acme.dev": {
\t\t\t"auth": "${k.basic('robot$ci')}"
\t\t},
\t\t"${g.digits(12)}.dkr.ecr.eu-west-1.amazonaws.com": {}
\t},
\t"credsStore": "desktop",
\t"currentContext": "default",
\t"plugins": { "-x-cli-hints": { "enabled": "true" } },
\t"HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)", "X-Meta-Source-Client": "${k.n(g.uuid())}" }
}
`;
  }),
  doc('kubeconfig-token-and-keydata', ['credential-file', 'precision'], 'clusters/staging/kubeconfig.yaml', (k) => {
    const g = k.g;
    return `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${k.n(g.base64(120))}
    server: https://k8s-staging.acme.dev:6443
  name: staging
users:
- name: ci-deployer
  user:
    token: ${k.bearerJwt()}
- name: admin
  user:
    client-certificate-data: ${k.n(g.base64(160))}
    client-key-data: ${k.s('private-key', b64(k.raw.privateKey(g, 'ec')))}
- name: oidc
  user:
    auth-provider:
      name: oidc
      config:
        client-id: ${k.n('kubectl')}
        client-secret: ${k.tok(g.alnum(32))}
        id-token: ${k.bearerJwt()}
        idp-issuer-url: https://sso.acme.dev/realms/infra
contexts:
- context: { cluster: staging, user: ci-deployer }
  name: staging
current-context: staging
`;
  }),
  doc('aws-credentials-and-config', ['credential-file', 'precision'], 'dotfiles/aws/credentials', (k) => {
    const g = k.g;
    return [
      `[default]`,
      `aws_access_key_id = ${k.u(k.raw.p.awsId(g))}`,
      `aws_secret_access_key = ${k.prov('awsSecret', 'AWS')}`,
      ``,
      `[legacy-ci]`,
      `aws_access_key_id=${k.u(k.raw.p.awsId(g))}`,
      `aws_secret_access_key=${k.prov('awsSecret', 'AWS')}`,
      `aws_session_token=${k.tok(`IQoJb3JpZ2luX2VjE${g.base64(300)}`)}`,
      ``,
      `[docs-example]`,
      `aws_access_key_id = ${k.n(V.AWS_EXAMPLE_ID)}`,
      `aws_secret_access_key = ${k.n(V.AWS_EXAMPLE_SECRET)}`,
      ``,
      `[profile sso-dev]`,
      `sso_start_url = https://acme.awsapps.com/start`,
      `sso_account_id = ${k.n(g.digits(12))}`,
      `role_arn = arn:aws:iam::${g.digits(12)}:role/Dev`,
      '',
    ].join('\n');
  }),
  doc('boto-config', ['credential-file'], 'home/analytics/.boto', (k) => {
    const g = k.g;
    return [
      `[Credentials]`,
      `gs_access_key_id = ${k.u(`GOOG1E${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 55)}`)}`,
      `gs_secret_access_key = ${k.tok(g.base64(40))}`,
      `aws_access_key_id = ${k.u(k.raw.p.awsId(g))}`,
      `aws_secret_access_key = ${k.prov('awsSecret', 'AWS')}`,
      ``,
      `[Boto]`,
      `https_validate_certificates = True`,
      `[GSUtil]`,
      `default_project_id = analytics-${g.digits(6)}`,
      '',
    ].join('\n');
  }),
  doc('rclone-conf', ['credential-file', 'precision'], 'home/kenji/.config/rclone/rclone.conf', (k) => {
    const g = k.g;
    return [
      `[b2]`,
      `type = b2`,
      `account = ${k.n(g.hex(12))}`,
      `key = ${k.tok(`K00${g.alnum(28)}`)}`,
      ``,
      `[wasabi]`,
      `type = s3`,
      `provider = Wasabi`,
      `access_key_id = ${k.n(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}`,
      `secret_access_key = ${k.tok(g.alnum(40))}`,
      `endpoint = s3.eu-central-1.wasabisys.com`,
      ``,
      `[nas]`,
      `type = webdav`,
      `url = https://nas.home/dav`,
      `user = kenji`,
      `pass = ${k.u(g.base64url(40))}`,
      ``,
      `[gdrive]`,
      `type = drive`,
      `token = {"access_token":"${k.http(`ya29.${g.base64url(120)}`)}","token_type":"Bearer","refresh_token":"${k.tok(`1//${g.base64url(60)}`)}","expiry":"2026-03-14T11:02:19.1+01:00"}`,
      '',
    ].join('\n');
  }),
  doc('s3cfg', ['credential-file', 'precision'], 'home/backup/.s3cfg', (k) => {
    return [
      `[default]`,
      `access_key = ${k.u(k.raw.p.awsId(k.g))}`,
      `secret_key = ${k.prov('awsSecret', 'AWS')}`,
      `bucket_location = EU`,
      `host_base = s3.amazonaws.com`,
      `gpg_passphrase = ${thpw(k)}`,
      `access_token = `,
      `proxy_host = `,
      `signature_v2 = False`,
      `use_https = True`,
      '',
    ].join('\n');
  }),
  doc('git-credentials', ['credential-file'], 'home/dev/.git-credentials', (k) => {
    const g = k.g;
    return [
      `https://maria-dev:${k.prov('githubClassic', 'GitHub')}@github.com`,
      `https://oauth2:${k.prov('gitlab', 'GitLab')}@gitlab.com`,
      `https://jenkins:${upw(k)}@git.acme.local`,
      `https://x-token-auth:${k.cs(g.base64url(32))}@bitbucket.org`,
      '',
    ].join('\n');
  }),
  doc('gitconfig-url-tokens', ['credential-file', 'config-syntax', 'precision'], 'home/dev/.gitconfig', (k) => {
    const g = k.g;
    return [
      `[user]`,
      `\tname = Maria Dev`,
      `\temail = maria@example.com`,
      `\tsigningkey = ${k.n(g.hex(16).toUpperCase())}`,
      `[url "https://${k.prov('githubClassic', 'GitHub')}@github.com/acme/"]`,
      `\tinsteadOf = https://github.com/acme/`,
      `[url "https://ci:${upw(k)}@git.acme.local/"]`,
      `\tinsteadOf = git@git.acme.local:`,
      `[http "https://git.partner.example"]`,
      `\textraHeader = Authorization: Basic ${k.basic('partner-ro')}`,
      `[credential]`,
      `\thelper = osxkeychain`,
      `[commit]`,
      `\tgpgsign = true`,
      '',
    ].join('\n');
  }),
  doc('wgetrc-curlrc', ['credential-file'], 'dotfiles/wget-curl/README-rc-files.txt', (k) => {
    return [
      `==> .wgetrc <==`,
      `user = mirror`,
      `password = ${tpw(k)}`,
      `http_proxy = http://proxy.corp:3128/`,
      `proxy_user = CORP\\mirror`,
      `proxy_password = ${tpw(k)}`,
      `timestamping = on`,
      ``,
      `==> .curlrc <==`,
      `--user "mirror:${tpw(k)}"`,
      `proxy-user = "mirror:${tpw(k)}"`,
      `header = "X-Api-Key: ${k.http(k.g.hex(32))}"`,
      `silent`,
      `show-error`,
      '',
    ].join('\n');
  }),
  doc('fetchmailrc', ['credential-file'], 'home/ops/.fetchmailrc', (k) => {
    return [
      `set daemon 300`,
      `set logfile ~/.fetchmail.log`,
      `poll imap.mailhost.example protocol IMAP`,
      `  user "alerts@acme.dev" there with password "${tpw(k)}" is ops here`,
      `  ssl sslcertck`,
      `poll pop.legacy.example proto pop3 user "archive" pass ${tpw(k)} keep`,
      '',
    ].join('\n');
  }),
  doc('msmtprc', ['credential-file', 'precision'], 'etc/msmtprc', (k) => {
    return [
      `defaults`,
      `auth           on`,
      `tls            on`,
      `tls_trust_file /etc/ssl/certs/ca-certificates.crt`,
      `logfile        /var/log/msmtp.log`,
      ``,
      `account        gmail`,
      `host           smtp.gmail.com`,
      `port           587`,
      `from           monitor@acme.dev`,
      `user           monitor@acme.dev`,
      `password       ${k.pw(`${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)}`)}`,
      ``,
      `account        relay`,
      `host           relay.acme.dev`,
      `user           cron`,
      `passwordeval   ${k.n('"gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-password.gpg"')}`,
      ``,
      `account default : gmail`,
      '',
    ].join('\n');
  }),
  doc('muttrc', ['credential-file'], 'dotfiles/mutt/muttrc', (k) => {
    return [
      `set realname = "Jonas Weber"`,
      `set from = "jonas@weber.example"`,
      `set imap_user = "jonas@weber.example"`,
      `set imap_pass = "${tpw(k)}"`,
      `set smtp_url = "smtps://jonas@weber.example@smtp.weber.example:465/"`,
      `set smtp_pass = '${tpw(k)}'`,
      `set folder = "imaps://imap.weber.example:993"`,
      `set spoolfile = "+INBOX"`,
      `set sort = threads`,
      '',
    ].join('\n');
  }),
  doc('env-variants', ['credential-file', 'config-syntax', 'precision'], 'services/api/.env.production.local', (k) => {
    const g = k.g;
    return [
      `# generated by setup.sh on 2026-03-14`,
      `APP_ENV=production`,
      `APP_KEY=base64:${k.tok(g.base64(43) + '=')}`,
      `DB_CONNECTION=pgsql`,
      `DB_PASSWORD="${tpw(k)}"`,
      `export REDIS_PASSWORD='${tpw(k)}'`,
      `MAIL_PASSWORD=${tpw(k)} # rotated in March`,
      `PUSHER_APP_SECRET=${k.tok(g.hex(20))}`,
      `PUSHER_APP_KEY=${k.n(g.hex(20))}`,
      `VITE_PUSHER_APP_KEY="${k.n('${PUSHER_APP_KEY}')}"`,
      `STRIPE_KEY=${k.n(V.stripePublishable(g))}`,
      `SENTRY_LARAVEL_DSN=${k.n(V.sentryDsn(g))}`,
      `AWS_SECRET_ACCESS_KEY=`,
      `JWT_SECRET=${k.tok(g.base64url(64))}`,
      `LOG_LEVEL=debug`,
      '',
    ].join('\n');
  }),
  doc('env-example-placeholders', ['precision', 'config-syntax'], '.env.example', (k) => {
    return [
      `APP_ENV=local`,
      `DB_PASSWORD=${k.n('changeme')}`,
      `REDIS_PASSWORD=${k.n('null')}`,
      `MAIL_PASSWORD=${k.n('<smtp password>')}`,
      `API_KEY=${k.n('your-api-key-here')}`,
      `JWT_SECRET=${k.n('replace-with-64-random-chars')}`,
      `STRIPE_SECRET=${k.n('sk_test_...')}`,
      `OAUTH_CLIENT_SECRET=${k.n('xxxxxxxxxxxxxxxx')}`,
      `ADMIN_PASSWORD=${k.n('${ADMIN_PASSWORD:?set me}')}`,
      `SESSION_SECRET=${k.n('[REDACTED]')}`,
      '',
    ].join('\n');
  }),
  doc('filezilla-sitemanager', ['credential-file', 'precision'], 'Users/anna/AppData/Roaming/FileZilla/sitemanager.xml', (k) => {
    const g = k.g;
    return `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.shop-hosting.example</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>shopftp</User>
      <Pass encoding="base64">${k.pw(b64(tight(g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Shop live</Name>
    </Server>
    <Server>
      <Host>sftp.partner.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>acme</User>
      <Pass encoding="crypt" pubkey="${k.n(g.base64(60))}">${k.n(g.base64(80))}</Pass>
      <Name>Partner</Name>
    </Server>
  </Servers>
</FileZilla3>
`;
  }),
  doc('winscp-ini', ['credential-file', 'precision'], 'tools/WinSCP.ini', (k) => {
    const g = k.g;
    return [
      `[Configuration\\Interface]`,
      `RandomSeedFile=%APPDATA%\\winscp.rnd`,
      `[Sessions\\deploy@web-prod]`,
      `HostName=web-prod.acme.dev`,
      `UserName=deploy`,
      `Password=${k.u(`A35C${g.hex(60).toUpperCase()}`)}`,
      `PublicKeyFile=C:%5CUsers%5Canna%5C.ssh%5Cdeploy.ppk`,
      `[Sessions\\ftp-legacy]`,
      `HostName=ftp.legacy.example`,
      `FSProtocol=5`,
      `UserName=legacy`,
      `Password=`,
      `ProxyPasswordEnc=${k.u(`A35C${g.hex(40).toUpperCase()}`)}`,
      `[SshHostKeys]`,
      `ssh-ed25519@22:web-prod.acme.dev=${k.n(`0x${g.hex(64)},0x${g.hex(64)}`)}`,
      '',
    ].join('\n');
  }),
  doc('putty-reg-export', ['credential-file', 'precision'], 'backup/putty-sessions.reg', (k) => {
    const g = k.g;
    return [
      `Windows Registry Editor Version 5.00`,
      ``,
      `[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\jump-host]`,
      `"HostName"="jump.acme.dev"`,
      `"UserName"="anna"`,
      `"PortNumber"=dword:00000016`,
      `"ProxyMethod"=dword:00000003`,
      `"ProxyHost"="proxy.corp"`,
      `"ProxyUsername"="CORP\\\\anna"`,
      `"ProxyPassword"="${tpw(k)}"`,
      `"PublicKeyFile"="C:\\\\Users\\\\anna\\\\.ssh\\\\jump.ppk"`,
      ``,
      `[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]`,
      `"ssh-ed25519@22:jump.acme.dev"="${k.n(`0x${g.hex(64)},0x${g.hex(64)}`)}"`,
      '',
    ].join('\r\n');
  }),
  doc('openvpn-client-inline', ['credential-file', 'precision'], 'vpn/office.ovpn', (k) => {
    const g = k.g;
    const lines: string[] = [];
    for (let i = 0; i < 16; i++) lines.push(g.hex(32));
    const dash = '-'.repeat(5);
    return [
      `client`,
      `dev tun`,
      `proto udp`,
      `remote vpn.acme.dev 1194`,
      `auth-user-pass creds.txt`,
      `cipher AES-256-GCM`,
      `<ca>`,
      `${dash}BEGIN CERTIFICATE${dash}`,
      k.n(g.base64(64)),
      `${dash}END CERTIFICATE${dash}`,
      `</ca>`,
      `<key>`,
      k.key('pkcs8'),
      `</key>`,
      `<tls-auth>`,
      k.s('private-key', `${dash}BEGIN OpenVPN Static key V1${dash}\n${lines.join('\n')}\n${dash}END OpenVPN Static key V1${dash}`),
      `</tls-auth>`,
      `key-direction 1`,
      `# creds.txt holds two lines: username, then password`,
      `# anna.k`,
      `# ${tpw(k)}`,
      '',
    ].join('\n');
  }),
  doc('wireguard-conf', ['credential-file', 'precision'], 'etc/wireguard/wg0.conf', (k) => {
    const g = k.g;
    return [
      `[Interface]`,
      `Address = 10.8.0.2/24`,
      `PrivateKey = ${k.s('private-key', g.base64(43) + '=')}`,
      `DNS = 1.1.1.1`,
      ``,
      `[Peer]`,
      `PublicKey = ${k.n(g.base64(43) + '=')}`,
      `PresharedKey = ${k.tok(g.base64(43) + '=')}`,
      `Endpoint = vpn.home.example:51820`,
      `AllowedIPs = 0.0.0.0/0, ::/0`,
      `PersistentKeepalive = 25`,
      '',
    ].join('\n');
  }),
  doc('wpa-supplicant', ['credential-file', 'precision'], 'rpi/boot/wpa_supplicant.conf', (k) => {
    const g = k.g;
    return [
      `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev`,
      `update_config=1`,
      `country=DE`,
      ``,
      `network={`,
      `    ssid="FRITZ!Box 7590 XY"`,
      `    psk="${thpw(k)}"`,
      `    key_mgmt=WPA-PSK`,
      `}`,
      ``,
      `network={`,
      `    ssid="Werkstatt"`,
      `    psk=${k.pw(g.hex(64))}`,
      `}`,
      ``,
      `network={`,
      `    ssid="eduroam"`,
      `    key_mgmt=WPA-EAP`,
      `    eap=PEAP`,
      `    identity="jonas@uni.example"`,
      `    password="${tpw(k)}"`,
      `    ca_cert="/etc/ssl/certs/ca.pem"`,
      `    phase2="auth=MSCHAPV2"`,
      `}`,
      '',
    ].join('\n');
  }),
  doc('networkmanager-keyfile', ['credential-file', 'precision'], 'etc/NetworkManager/system-connections/Office.nmconnection', (k) => {
    const g = k.g;
    return [
      `[connection]`,
      `id=Office`,
      `uuid=${k.n(g.uuid())}`,
      `type=wifi`,
      ``,
      `[wifi]`,
      `mode=infrastructure`,
      `ssid=Office`,
      ``,
      `[wifi-security]`,
      `key-mgmt=wpa-psk`,
      `psk=${thpw(k)}`,
      ``,
      `[vpn]`,
      `service-type=org.freedesktop.NetworkManager.openconnect`,
      ``,
      `[vpn-secrets]`,
      `password=${tpw(k)}`,
      ``,
      `[ipv4]`,
      `method=auto`,
      '',
    ].join('\n');
  }),
  doc('samba-credentials-fstab', ['credential-file', 'precision'], 'etc/samba/creds-nas', (k) => {
    return [
      `username=mediauser`,
      `password=${tpw(k)}`,
      `domain=WORKGROUP`,
      ``,
      `# /etc/fstab line using it:`,
      `# //nas/media /mnt/media cifs credentials=/etc/samba/creds-nas,uid=1000,vers=3.0 0 0`,
      `# older box, inline:`,
      `# //nas/backup /mnt/backup cifs username=backup,password=${tpw(k)},iocharset=utf8 0 0`,
      '',
    ].join('\n');
  }),
  doc('htpasswd-and-userlist', ['credential-file', 'precision'], 'deploy/nginx/htpasswd', (k) => {
    const g = k.g;
    return [`admin:${k.n(`$apr1$${g.alnum(8)}$${g.alnum(22)}`)}`, `metrics:${k.n(V.bcrypt(g))}`, `legacy:${k.n(`{SHA}${g.base64(27)}=`)}`, `# plain for the old box (htpasswd -p): ops:${tpw(k)}`, ''].join('\n');
  }),
  doc('ssh-dir-leak', ['credential-file', 'precision'], 'backup/home-anna/.ssh/id_ed25519', (k) => {
    return `${k.key('openssh')}\n`;
  }),
  doc('ssh-pubkey-authorized', ['precision'], 'backup/home-anna/.ssh/authorized_keys', (k) => {
    const g = k.g;
    return [
      k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} anna@laptop`),
      k.n(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.base64(500)} ci@build`),
      k.n(`ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY${g.base64(130)}= backup`),
      `# fingerprint SHA256:${k.n(g.base64(43))}`,
      '',
    ].join('\n');
  }),
  doc('checksums-file', ['precision'], 'release/SHA256SUMS', (k) => {
    const g = k.g;
    return [`${k.n(sha256(g))}  hush-1.4.0-linux-x64.tar.gz`, `${k.n(sha256(g))}  hush-1.4.0-darwin-arm64.tar.gz`, `${k.n(sha256(g))}  hush-1.4.0-win-x64.zip`, `# md5 ${k.n(md5(g))}`, ''].join('\n');
  }),
];
