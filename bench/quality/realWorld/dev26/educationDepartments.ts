// Departmental admins and research labs: lab websites, departmental servers, conference and summer-school sites,
// alumni and admissions tools, ed-tech startup code, and the config files a departmental admin inherits.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_DEPARTMENT_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-lab-website-wp-config',
    ['config-syntax', 'code', 'defaults-in-code', 'precision'],
    'lab-website/wp-config.php',
    (k) => `<?php
/** Computational Linguistics Lab website */
define( 'DB_NAME', 'cl_lab_wp' );
define( 'DB_USER', 'cl_lab' );
define( 'DB_PASSWORD', '${k.spw()}' );
define( 'DB_HOST', 'mysql.dept.example.edu' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'LOGGED_IN_KEY',    '${k.n('put your unique phrase here')}' );
define( 'NONCE_KEY',        '${k.n('put your unique phrase here')}' );

define( 'WP_MAIL_SMTP_PASS', '${k.spw()}' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  eduDoc(
    'edu-dept-server-handover',
    ['prose', 'command-line', 'precision'],
    'docs/dept-it/handover-2026.md',
    (k) => `# Physics department server handover (from Martin, leaving in March)

- **gpu01 / gpu02**: root password is ${k.gpw()} (console only, SSH root login disabled).
- **NAS (Synology)**: admin user \`physadmin\`, password ${k.hpw()}.
- **Slurm DB**: \`/etc/slurm/slurmdbd.conf\` has \`StoragePass=${k.spw()}\`.
- **Licence server** (COMSOL, MATLAB) runs on lic01; the FlexLM files are not secret (host id ${k.n(ED.mac(k.g).replace(/:/g, '').toLowerCase())}).
- The departmental GitLab runner registration token: ${k.prov('GitLab runner registration token', `GR1348941${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 20)}`)}
- Backups: \`restic -r sftp:backup@nas:/restic/phys snapshots\` with \`RESTIC_PASSWORD_FILE=${k.n('/root/.restic-pass')}\`.

Please move all of this into the department Bitwarden collection and delete this file.
`,
  ),

  eduDoc(
    'edu-summer-school-registration-settings',
    ['code', 'defaults-in-code', 'precision'],
    'summer-school/registration/settings.py',
    (k) => `"""Django settings for the summer school registration site."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}"
DEBUG = False
ALLOWED_HOSTS = ["summerschool.example.edu"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "summerschool",
        "USER": "summerschool",
        "PASSWORD": os.environ.get("DB_PASSWORD", "${k.spw()}"),
        "HOST": "db.dept.example.edu",
    }
}

# payment provider for the registration fee
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = "${k.s('token', `whsec_${k.g.alnum(32)}`)}"
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
CONFERENCE_CODE = "${k.n('SS-NLP-2026')}"
`,
  ),

  eduDoc(
    'edu-admissions-crm-sync-yaml',
    ['config-syntax', 'precision'],
    'admissions-sync/config/prod.yaml',
    (k) => `salesforce:
  login_url: https://example-uni.my.salesforce.com
  username: integration.admissions@example-uni.edu
  password: "${k.spw()}"
  security_token: "${k.s('token', k.g.alnum(24))}"
  consumer_key: "${k.n(`3MVG9${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 80)}`)}"
  consumer_secret: "${k.s('token', k.g.hex(64).toUpperCase())}"
slate:
  base_url: https://apply.example-uni.edu/manage/query/run
  query_id: "${k.n(k.g.uuid())}"
  basic_user: "admissions-api"
  basic_password: "${k.spw()}"
ucas:
  institution_code: ${k.n(`E${k.g.digits(2)}`)}
  applicant_sample: "${k.n(k.g.digits(10))}"
`,
  ),

  eduDoc(
    'edu-alumni-mailer-ruby',
    ['code', 'defaults-in-code', 'precision'],
    'alumni-newsletter/config/initializers/mail.rb',
    (k) => `# Alumni office newsletter app
ActionMailer::Base.smtp_settings = {
  address: 'smtp.sendgrid.net',
  port: 587,
  user_name: 'apikey',
  password: ENV.fetch('SENDGRID_API_KEY', '${k.prov('SendGrid API key', ED.sendgrid(k.g))}'),
  authentication: :plain,
  enable_starttls_auto: true
}

Raven.configure do |config|
  config.dsn = '${k.n(`https://${k.g.hex(32)}@sentry.example-uni.edu/${k.g.digits(2)}`)}'
end

# donor ids look like ${k.n(`D${k.g.digits(8)}`)}; graduation years ${k.n('1970..2025')}
`,
  ),

  eduDoc(
    'edu-edtech-startup-config-go',
    ['code', 'defaults-in-code', 'precision'],
    'quizly/internal/config/config.go',
    (k) => `package config

import "os"

// Defaults for local development; production reads the environment.
var (
	DatabaseURL   = getenv("DATABASE_URL", "postgres://quizly:${k.cs()}@localhost:5432/quizly?sslmode=disable")
	JWTSigningKey = getenv("JWT_SIGNING_KEY", "${k.s('token', k.g.base64(44).replace(/[+/]/g, 'Q'))}")
	LTIKeyID      = getenv("LTI_KEY_ID", "${k.n(k.g.uuid())}")
	SentryDSN     = getenv("SENTRY_DSN", "")
	AWSRegion     = "eu-central-1"
	S3Bucket      = "quizly-uploads-${k.g.lower(6)}"
	HFToken       = getenv("HF_TOKEN", "${k.prov('Hugging Face token', ED.hf(k.g))}")
)

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
`,
  ),

  eduDoc(
    'edu-conference-site-netlify-toml',
    ['config-syntax', 'precision'],
    'conference-site/netlify.toml',
    (k) => `[build]
  command = "hugo --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.139.0"
  # Algolia search-only key (public, fine in the browser)
  ALGOLIA_APP_ID = "${k.n(k.g.upper(10))}"
  ALGOLIA_SEARCH_KEY = "${k.n(k.g.hex(32))}"
  # admin key for the index upload step
  ALGOLIA_ADMIN_KEY = "${k.s('token', k.g.hex(32))}"
  PRETALX_TOKEN = "${k.s('token', k.g.hex(40))}"

[[redirects]]
  from = "/cfp"
  to = "https://pretalx.example.org/edu-conf-2026/cfp"
`,
  ),

  eduDoc(
    'edu-research-cluster-slurm-ticket',
    ['prose', 'command-line', 'precision'],
    'helpdesk/exports/RITM0098812.txt',
    (k) => `${k.n('RITM0098812')} – Cannot submit jobs to the teaching partition

Student (${k.n(ED.studentId(k.g))}) pasted this:

$ sbatch --partition=teaching job.sh
sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified
$ cat ~/.my.cnf
[client]
user=${ED.studentId(k.g).toLowerCase()}
password=${k.spw()}
host=mysql.hpc.example.edu

Resolution: added the student to the ${k.n(ED.course(k.g))} Slurm account. Asked them to change the MySQL
password they posted. Job id for reference: ${k.n(k.g.digits(7))}.
`,
  ),

  eduDoc(
    'edu-lab-instrument-share-smb',
    ['config-syntax', 'credential-file', 'precision'],
    'lab/microscope-pc/mount-share.sh',
    (k) => `#!/bin/sh
# Mount the imaging core's share on the microscope PC (Linux acquisition box)
cat > /root/.smbcredentials <<EOF
username=imaging-core
password=${k.spw()}
domain=CAMPUS
EOF
chmod 600 /root/.smbcredentials
mount -t cifs //files.bio.example.edu/imaging /mnt/imaging -o credentials=/root/.smbcredentials,vers=3.0,uid=1000
# instrument serial ${k.n(k.g.upper(3) + k.g.digits(6))}, asset tag ${k.n(`UNI-${k.g.digits(6)}`)}
`,
  ),

  eduDoc(
    'edu-mailman-list-admin-email',
    ['prose', 'precision'],
    'mail/2026-02-mailing-lists.txt',
    (k) => `Subject: mailing list admin passwords (department lists)

Hi Sophie,

As discussed, here are the Mailman list admin passwords so you can moderate while I'm on leave:

  grad-students@lists.example.edu   ${k.pw()}
  seminar-announce@lists.example.edu   ${k.pw()}
  faculty@lists.example.edu   ${k.n('(site admin only, ask central IT)')}

List ids in the archive URLs (${k.n(k.g.hex(16))}) are not passwords.

Cheers,
Tomasz
`,
  ),

  eduDoc(
    'edu-overleaf-git-token-note',
    ['prose', 'command-line', 'precision'],
    'thesis/NOTES.md',
    (k) => `# Thesis workflow

Overleaf project is synced with git:

\`\`\`
git remote add overleaf https://git:${k.s('token', `olp_${k.g.alnum(36)}`)}@git.overleaf.com/${k.g.hex(24)}
git pull overleaf master
\`\`\`

Zotero API key for the bibliography export (library ${k.n(k.g.digits(7))}): ${k.s('token', k.g.alnum(24))}
Thesis DOI once deposited: ${k.n(ED.doi(k.g))}. Supervisor ORCID ${k.n(ED.orcid(k.g))}.
`,
  ),

  eduDoc(
    'edu-school-website-ftp-filezilla',
    ['credential-file', 'config-syntax', 'precision'],
    'AppData/Roaming/FileZilla/sitemanager.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.example-primary.sch.uk</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>schoolweb</User>
      <Pass encoding="base64">${k.s('password', ED.b64(ED.safePw(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>School website</Name>
    </Server>
    <Server>
      <Host>sftp.newsletter-host.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>pta-newsletter</User>
      <Pass encoding="base64">${k.s('password', ED.b64(ED.safePw(k.g)))}</Pass>
      <Name>PTA newsletter</Name>
    </Server>
  </Servers>
</FileZilla3>
`,
  ),
];
