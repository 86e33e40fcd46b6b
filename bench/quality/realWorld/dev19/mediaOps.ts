// Operations around media systems: compose files for the newsroom stack, Dockerfiles of the transcoder, systemd units
// for stream relays, crontabs, PowerShell on Windows playout and graphics machines (Vizrt, CasparCG, TriCaster),
// Jenkins and GitLab CI for the CMS deploy, Terraform for media buckets, MySQL/Postgres client files.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_OPS_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-newsroom-compose',
    ['config-syntax', 'precision'],
    'deploy/newsroom/docker-compose.yml',
    (k) => `services:
  ghost:
    image: ghost:5-alpine
    environment:
      url: https://blog.redaktion.example
      database__client: mysql
      database__connection__host: db
      database__connection__user: ghost
      database__connection__password: ${k.spw()}
      mail__options__auth__pass: ${k.spw()}
  db:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: ${k.spw()}
      MYSQL_DATABASE: ghost
  superdesk:
    image: sourcefabric/superdesk:2.7
    environment:
      MONGO_URI: mongodb://superdesk:${k.cs()}@mongo/superdesk
      SECRET_KEY: ${k.s('token', k.g.base64url(50))}
      AMAZON_SECRET_ACCESS_KEY: \${${k.n('SUPERDESK_S3_SECRET')}}
      REDIS_URL: redis://:${k.cs()}@redis:6379/1
  mongo:
    image: mongo:6
`,
  ),

  mDoc(
    'media-transcoder-dockerfile',
    ['config-syntax', 'command-line'],
    'transcoder/Dockerfile',
    (k) => `FROM jrottenberg/ffmpeg:6.1-ubuntu2204
RUN apt-get update && apt-get install -y python3-pip && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip3 install --index-url https://pypi-proxy:${k.cs()}@nexus.sender.example/repository/pypi/simple -r requirements.txt
COPY . .
ENV S3_BUCKET=vod-renditions \\
    S3_SECRET=${k.s('token', V.awsSecret(k.g))} \\
    CALLBACK_TOKEN=${k.s('token', k.g.hex(40))}
ENTRYPOINT ["python3", "worker.py"]
`,
  ),

  mDoc(
    'media-srt-relay-systemd',
    ['config-syntax', 'command-line'],
    'etc/systemd/system/srt-relay@.service',
    (k) => `[Unit]
Description=SRT relay %i (contribution -> playout)
After=network-online.target

[Service]
Environment=PASSPHRASE=${k.s('password', k.g.alnum(24))}
ExecStart=/usr/local/bin/srt-live-transmit "srt://:700%i?mode=listener&passphrase=\${PASSPHRASE}" "udp://239.10.0.%i:5000"
Restart=always
User=srt

[Install]
WantedBy=multi-user.target
`,
  ),

  mDoc(
    'media-crontab-archive',
    ['command-line', 'config-syntax'],
    'etc/cron.d/archive-jobs',
    (k) => `# m h dom mon dow user command
15 3 * * * archive /usr/local/bin/mysqldump -u archive -p'${k.spw()}' cms | gzip > /backup/cms-$(date +\\%F).sql.gz
30 3 * * * archive rclone sync /backup archive-s3:backups --transfers 4
*/10 * * * * www-data curl -fsS "https://cms.zeitung.example/cron.php?key=${k.s('token', k.g.alnum(32))}" >/dev/null
0 4 * * 1 archive PGPASSWORD='${k.spw()}' pg_dump -h pg-dam -U dam dam > /backup/dam.sql
`,
  ),

  mDoc(
    'media-vizrt-powershell-setup',
    ['code', 'command-line', 'precision'],
    'scripts/windows/Setup-VizEngine.ps1',
    (k) => `# Prepares a Viz Engine render box after imaging. Run as admin.
$GraphicHub = "gh-main.gfx.local"
$GhUser = "Admin"
$GhPassword = "${k.pw()}"
$SecurePw = ConvertTo-SecureString "${k.pw()}" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential ("GFX\\svc_viz", $SecurePw)
New-PSDrive -Name G -PSProvider FileSystem -Root "\\\\gfx-nas\\media" -Credential $Cred -Persist
& "C:\\Program Files\\vizrt\\Viz Engine\\viz.exe" -n -y -g $GraphicHub -u1 $GhUser -p1 $GhPassword
# license server: ${k.n('27000@lic01.gfx.local')}
$SecureFromVault = Get-Secret -Name ${k.n('VizGhAdmin')} -AsPlainText
`,
  ),

  mDoc(
    'media-casparcg-client-config',
    ['config-syntax'],
    'casparcg/casparcg-client.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <devices>
    <device name="PGM" address="${V.ipv4(k.g, '10.40')}" port="5250" />
    <device name="PVW" address="${V.ipv4(k.g, '10.40')}" port="5250" />
  </devices>
  <database>
    <connection>Server=${V.ipv4(k.g, '10.40')};Port=3306;Database=caspar_rundown;Uid=caspar;Pwd=${k.cs()};</connection>
  </database>
  <tricaster host="tc-studio2.local" user="admin" password="${k.spw()}" />
  <atem host="${V.ipv4(k.g, '10.40')}" />
</configuration>
`,
  ),

  mDoc(
    'media-jenkinsfile-cms-deploy',
    ['code', 'config-syntax', 'precision'],
    'Jenkinsfile',
    (k) => `pipeline {
  agent { label 'php' }
  environment {
    DEPLOY_HOST = 'web01.tageblatt.internal'
    SENTRY_DSN = '${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}'
    AKAMAI_PURGE_SECRET = credentials('${k.n('akamai-purge')}')
  }
  stages {
    stage('Build') { steps { sh 'composer install --no-dev && npm ci && npm run build' } }
    stage('Deploy') {
      steps {
        sh "rsync -az --delete ./ deploy@\${DEPLOY_HOST}:/var/www/tageblatt/"
        sh "curl -s -X POST https://cms.tageblatt.example/wp-json/cache/v1/flush -H 'X-Flush-Token: ${k.s('http-auth', k.g.alnum(32))}'"
      }
    }
    stage('Smoke') { steps { sh "curl -fsS -u qa:${k.spw()} https://staging.tageblatt.example/health" } }
  }
}
`,
  ),

  mDoc(
    'media-gitlab-ci-app-release',
    ['config-syntax', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, build, release]
variables:
  APP_ID: de.sender.mediathek
  FASTLANE_USER: appstore@sender.example
  FASTLANE_PASSWORD: $${k.n('APPSTORE_PASSWORD')}
  FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}
  MATCH_PASSWORD: ${k.pw()}
  GOOGLE_PLAY_JSON: $GOOGLE_PLAY_SERVICE_ACCOUNT
test:
  stage: test
  script: [./gradlew test]
release_android:
  stage: release
  script:
    - echo "$KEYSTORE_B64" | base64 -d > release.keystore
    - ./gradlew assembleRelease -Pandroid.injected.signing.store.password=${k.spw()} -Pandroid.injected.signing.key.password=${k.spw()}
`,
  ),

  mDoc(
    'media-terraform-media-buckets',
    ['config-syntax', 'code', 'precision'],
    'infra/terraform/media-buckets.tf',
    (k) => `provider "aws" {
  region     = "eu-central-1"
  access_key = "${k.u(V.awsId(k.g))}"
  secret_key = "${k.prov('AWS secret access key', V.awsSecret(k.g))}"
}

resource "aws_s3_bucket" "vod_masters" {
  bucket = "sender-vod-masters"
}

resource "aws_cloudfront_public_key" "vod" {
  name        = "vod-premium-2025"
  encoded_key = <<-EOT
${k.n(V.publicPem(k.g))}
EOT
}

resource "aws_db_instance" "dam" {
  identifier = "dam-postgres"
  engine     = "postgres"
  username   = "dam"
  password   = "${k.pw()}"
}
`,
  ),

  mDoc(
    'media-my-cnf-stats',
    ['credential-file'],
    'home/statsbot/.my.cnf',
    (k) => `[client]
user=stats_ro
password=${k.pw()}
host=stats-db.sender.internal

[mysqldump]
user=backup
password="${k.spw()}"
`,
  ),

  mDoc(
    'media-vizrt-graphic-hub-properties',
    ['config-syntax'],
    'vizrt/pilot-data-server/application.properties',
    (k) => `# Viz Pilot Data Server
server.port=8177
spring.datasource.url=jdbc:postgresql://pilotdb.gfx.local:5432/pilot
spring.datasource.username=pilot
spring.datasource.password=${k.pw()}
viz.graphichub.url=http://gh-main.gfx.local:19398
viz.graphichub.user=Admin
viz.graphichub.password=${k.spw()}
mos.ncs.id=ENPS_PROD
media.sequencer.url=http://mse.gfx.local:8580
`,
  ),

  mDoc(
    'media-ssh-config-ob-van',
    ['config-syntax', 'precision'],
    'ops/ssh/config',
    (k) => `Host ob2-router
  HostName ${V.ipv4(k.g, '10.99')}
  User admin
  IdentityFile ~/.ssh/ob2_ed25519

Host enc-*
  User streamops
  ProxyJump bastion.sender.example
  # fingerprint ${k.n('SHA256:' + k.g.base64(43))}

# authorized key on the encoders (public):
# ${k.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43) + ' streamops@laptop')}
`,
  ),
];
