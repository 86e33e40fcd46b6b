// rw-held-out2 files part: more credential files (wp-config, database.yml, FileZilla, WinSCP, VPN, service
// accounts, SSH keys, composer/yarn/terraform/gh/cargo/gem credentials, Android keystore properties).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CREDS2_DOCS: RealWorldDoc[] = [
  fdoc('wp-config-php', ['credential-file', 'code'], 'wp-config.php', (k) => {
    const salt = () => k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@*()-_[]{}<>~+=,.;:/?|', 64));
    return `<?php
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '${k.hpw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${salt()}' );
define( 'SECURE_AUTH_KEY',  '${salt()}' );
define( 'LOGGED_IN_KEY',    '${salt()}' );
define( 'NONCE_KEY',        '${salt()}' );
define( 'AUTH_SALT',        '${k.n('put your unique phrase here')}' );

define( 'WP_MAIL_SMTP_PASS', '${k.gpw()}' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`;
  }),

  fdoc(
    'rails-database-yml',
    ['credential-file', 'config-syntax'],
    'config/database.yml',
    (k) => `default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shop_development
  username: shop
  password: ${k.n('shop')}

test:
  <<: *default
  database: shop_test

production:
  <<: *default
  database: shop_production
  username: shop_prod
  password: ${k.n('<%= ENV["SHOP_DATABASE_PASSWORD"] %>')}

legacy:
  adapter: mysql2
  host: legacy-db.acme.lan
  username: rails_ro
  password: "${k.hpw()}"
  url: mysql2://rails_ro:${k.cs()}@legacy-db.acme.lan/shop_legacy
`,
  ),

  fdoc(
    'filezilla-sitemanager',
    ['credential-file'],
    'AppData/Roaming/FileZilla/sitemanager.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.clientsite.example</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>clientsite</User>
      <Pass encoding="base64">${k.sec('password', k.r.b64(k.r.humanPassword(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Client site (prod)</Name>
    </Server>
    <Server>
      <Host>sftp.hosting.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>u48213</User>
      <Pass encoding="base64">${k.sec('password', k.r.b64(k.r.generatedPassword(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Hosting</Name>
    </Server>
  </Servers>
</FileZilla3>
`,
  ),

  fdoc(
    'winscp-ini',
    ['credential-file'],
    'WinSCP.ini',
    (k) => `[Configuration\\Interface]
RandomSeedFile=%APPDATA%\\winscp.rnd

[Sessions\\deploy@web01]
HostName=web01.acme.lan
UserName=deploy
PortNumber=22
Password=${k.u('A35C' + k.g.hex(60).toUpperCase())}
PublicKeyFile=C:%5CUsers%5Cjdoe%5C.ssh%5Cid_ed25519.ppk

[SshHostKeys]
ssh-ed25519@22:web01.acme.lan=${k.n('0x' + k.g.hex(64))}
`,
  ),

  fdoc(
    'openvpn-client',
    ['credential-file'],
    'vpn/office.ovpn',
    (k) => `client
dev tun
proto udp
remote vpn.acme.example 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth-user-pass ${k.n('creds.txt')}
verb 3
<ca>
${k.n(k.r.publicPem(k.g, 'cert'))}
</ca>
<key>
${k.key('pkcs8')}
</key>
<tls-crypt>
#
# 2048 bit OpenVPN static key
#
${k.sec('private-key', `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => k.g.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`)}
</tls-crypt>
`,
  ),

  fdoc(
    'wireguard-conf',
    ['credential-file'],
    'etc/wireguard/wg0.conf',
    (k) => `[Interface]
Address = 10.8.0.2/24
PrivateKey = ${k.sec('private-key', k.g.base64(43) + '=')}
DNS = 1.1.1.1

[Peer]
PublicKey = ${k.n(k.g.base64(43) + '=')}
PresharedKey = ${k.tok(k.g.base64(43) + '=')}
Endpoint = vpn.acme.example:51820
AllowedIPs = 0.0.0.0/0
PersistentKeepalive = 25
`,
  ),

  fdoc(
    'gcp-service-account-json',
    ['credential-file'],
    'keys/ci-deployer.json',
    (k) => `{
  "type": "service_account",
  "project_id": "acme-prod-381210",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key('pkcs8').replace(/\n/g, '\\n')}\\n",
  "client_email": "ci-deployer@acme-prod-381210.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ci-deployer%40acme-prod-381210.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),

  fdoc(
    'ssh-dir-keys',
    ['credential-file'],
    'deploy/ssh/id_ed25519',
    (k) => `${k.key('openssh')}
`,
  ),

  fdoc(
    'htpasswd-and-shadow',
    ['credential-file', 'precision'],
    'etc/nginx/.htpasswd',
    (k) => `admin:${k.n('$apr1$' + k.g.alnum(8) + '$' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 22))}
grafana:${k.nBcrypt()}
metrics:${k.n('{SHA}' + k.g.base64(28))}
jenkins:${k.n('$6$' + k.g.alnum(16) + '$' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 86))}
`,
  ),

  fdoc(
    'composer-auth-json',
    ['credential-file'],
    'auth.json',
    (k) => `{
    "http-basic": {
        "repo.magento.com": {
            "username": "${k.n(k.g.hex(32))}",
            "password": "${k.tok(k.g.hex(32))}"
        },
        "satis.acme.internal": { "username": "composer", "password": "${k.gpw()}" }
    },
    "github-oauth": {
        "github.com": "${k.prov('githubOauth', 'GitHub OAuth token')}"
    },
    "gitlab-token": {
        "gitlab.acme.internal": "${k.prov('gitlabPat', 'GitLab')}"
    },
    "bearer": {
        "packages.example.org": "${k.http()}"
    }
}
`,
  ),

  fdoc(
    'yarnrc-yml',
    ['credential-file'],
    '.yarnrc.yml',
    (k) => `nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.1.1.cjs
npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "${k.prov('githubPat', 'GitHub')}"
  internal:
    npmRegistryServer: "https://nexus.acme.internal/repository/npm/"
    npmAuthIdent: "${k.sec('http-auth', 'yarn-ci:' + k.r.generatedPassword(k.g))}"
    npmAlwaysAuth: true
npmRegistries:
  "https://registry.npmjs.org":
    npmAuthToken: "${k.n('${NPM_TOKEN}')}"
`,
  ),

  fdoc(
    'terraformrc-and-gh-hosts',
    ['credential-file'],
    'home/dev/.terraformrc',
    (k) => `plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  token = "${k.prov('terraformCloud', 'Terraform Cloud token')}"
}

credentials "tfe.acme.internal" {
  token = "${k.prov('terraformCloud', 'Terraform Cloud token')}"
}

# gh CLI (copied from ~/.config/gh/hosts.yml when setting up the new laptop)
# github.com:
#     user: jdoe
#     oauth_token: ${k.prov('githubOauth', 'GitHub OAuth token')}
#     git_protocol: ssh
`,
  ),

  fdoc(
    'cargo-gem-credentials',
    ['credential-file'],
    'home/dev/.cargo/credentials.toml',
    (k) => `[registry]
token = "${k.tok('cio' + k.g.alnum(32))}"

[registries.acme]
token = "Bearer ${k.http()}"

# ~/.gem/credentials
# ---
# :rubygems_api_key: ${k.prov('rubygems', 'RubyGems API key')}
`,
  ),

  fdoc(
    'android-keystore-properties',
    ['credential-file'],
    'android/keystore.properties',
    (k) => `storeFile=../keys/release.jks
storePassword=${k.hpw()}
keyAlias=release
keyFingerprint=${k.n(Array.from({ length: 20 }, () => k.g.hex(2).toUpperCase()).join(':'))}
keyPassword=${k.hpw()}
# Play Console upload: service account json lives in keys/play.json
`,
  ),

  fdoc(
    'boto-and-azure-creds',
    ['credential-file'],
    'home/analyst/.boto',
    (k) => `[Credentials]
gs_access_key_id = ${k.u('GOOG1E' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 55))}
gs_secret_access_key = ${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40))}

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = acme-analytics
encryption_key_sha256 = ${k.nSha()}
`,
  ),

  fdoc(
    'pulumi-credentials-json',
    ['credential-file'],
    'home/dev/.pulumi/credentials.json',
    (k) => `{
    "current": "https://api.pulumi.com",
    "accessTokens": {
        "https://api.pulumi.com": "${k.prov('pulumi', 'Pulumi access token')}"
    },
    "accounts": {
        "https://api.pulumi.com": {
            "accessToken": "${k.prov('pulumi', 'Pulumi access token')}",
            "username": "jdoe",
            "organizations": ["acme"],
            "lastValidatedAt": "2026-11-28T09:14:51.2Z",
            "tokenInformation": { "name": "${k.n('laptop-2026')}", "fingerprint": "${k.n(k.g.hex(16))}" }
        }
    }
}
`,
  ),
];
