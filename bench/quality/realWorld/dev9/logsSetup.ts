// rw-dev9 logs: installer and setup output that prints the credentials it just made — GitLab's initial root
// password, Jenkins' unlock password, elasticsearch-setup-passwords, Nextcloud occ, wp-cli, mongosh sessions —
// copied into notes and tickets with the ids and versions around them.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LC } from './logsValues';

export const SETUP_DOCS: RealWorldDoc[] = [
  ld(
    'gitlab-reconfigure-initial-root',
    LC,
    'notes/gitlab-install.md',
    (t) => `Install notes gitlab.acme.local (omnibus 17.4.1, installed by Piotr)

\`\`\`
$ sudo EXTERNAL_URL="https://gitlab.acme.local" apt-get install gitlab-ee
...
Notes:
Default admin account has been configured with following details:
Username: root
Password: You didn't opt-in to print initial root password to STDOUT.
Password stored to /etc/gitlab/initial_root_password. This file will be cleaned up in first reconfigure run after 24 hours.

$ sudo cat /etc/gitlab/initial_root_password
# WARNING: This value is valid only in the following conditions
#          1. If provided manually (either via \`GITLAB_ROOT_PASSWORD\` environment variable or via \`gitlab_rails['initial_root_password']\` setting in \`gitlab.rb\`, it was provided before database was seeded for the first time (usually, the first reconfigure run).
Password: ${t.s('password', t.g.base64(43) + '=')}
\`\`\`

Changed it right after to ${t.hpw()} (will move to the team vault). Runner registration token in Admin > CI/CD is ${t.mask()}.
Installed version hash: ${t.n(t.raw.hex(40))}
`,
  ),
  ld(
    'jenkins-first-start-log',
    LO,
    'var/log/jenkins/jenkins.log',
    (t) => `${t.ts(' ')}+0000 [id=32]	INFO	jenkins.InitReactorRunner$1#onAttained: Started initialization
${t.ts(' ')}+0000 [id=41]	INFO	jenkins.install.SetupWizard#init:

*************************************************************
*************************************************************
*************************************************************

Jenkins initial setup is required. An admin user has been created and a password generated.
Please use the following password to proceed to installation:

${t.s('password', t.g.hex(32))}

This may also be found at: /var/jenkins_home/secrets/initialAdminPassword

*************************************************************
*************************************************************
*************************************************************

${t.ts(' ')}+0000 [id=32]	INFO	jenkins.InitReactorRunner$1#onAttained: Completed initialization
${t.ts(' ')}+0000 [id=24]	INFO	hudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running
${t.ts(' ')}+0000 [id=58]	INFO	h.m.DownloadService$Downloadable#load: Obtained the updated data file for hudson.tasks.Maven.MavenInstaller (etag ${t.n(t.raw.hex(32))})
`,
  ),
  ld(
    'elasticsearch-setup-passwords',
    LC,
    'notes/elk-setup.txt',
    (t) => `root@elk01:/usr/share/elasticsearch# bin/elasticsearch-setup-passwords auto -b
Changed password for user apm_system
PASSWORD apm_system = ${t.s('password', t.g.alnum(20))}

Changed password for user kibana_system
PASSWORD kibana_system = ${t.s('password', t.g.alnum(20))}

Changed password for user logstash_system
PASSWORD logstash_system = ${t.s('password', t.g.alnum(20))}

Changed password for user elastic
PASSWORD elastic = ${t.s('password', t.g.alnum(20))}

root@elk01:/usr/share/elasticsearch# bin/elasticsearch-create-enrollment-token -s kibana
${t.s('token', t.raw.b64(JSON.stringify({ ver: '8.15.1', adr: ['10.0.9.4:9200'], fgr: t.g.hex(64), key: t.g.alnum(20) + ':' + t.g.base64url(22) })))}
root@elk01:/usr/share/elasticsearch# curl -s -u elastic https://localhost:9200 --cacert config/certs/http_ca.crt | jq .version.build_hash
"${t.n(t.raw.hex(40))}"
`,
  ),
  ld(
    'nextcloud-occ-install',
    LC,
    'notes/nextcloud-setup.txt',
    (
      t,
    ) => `www-data@cloud:/var/www/nextcloud$ php occ maintenance:install --database "mysql" --database-name "nextcloud" --database-user "nc" --database-pass "${t.hpw()}" --admin-user "admin" --admin-pass "${t.pp()}"
Nextcloud was successfully installed
www-data@cloud:/var/www/nextcloud$ php occ config:system:get passwordsalt
${t.s('token', t.g.base64(30))}
www-data@cloud:/var/www/nextcloud$ php occ config:system:get secret
${t.s('token', t.g.base64(48))}
www-data@cloud:/var/www/nextcloud$ php occ config:system:get instanceid
${t.n('oc' + t.raw.alnum(10).toLowerCase())}
www-data@cloud:/var/www/nextcloud$ php occ status
  - installed: true
  - version: 30.0.0.14
  - versionstring: 30.0.0
www-data@cloud:/var/www/nextcloud$ php occ user:resetpassword anna --password-from-env   # OC_PASS=${t.hpw()}
Successfully reset password for anna
`,
  ),
  ld(
    'wp-cli-install-and-config',
    LP,
    'notes/wp-staging.txt',
    (t) => `$ wp core install --url=staging.bakery.example --title="Bäckerei Staging" --admin_user=admin --admin_password=${t.hpw()} --admin_email=web@bakery.example
Success: WordPress installed successfully.
$ wp config list --fields=name,value --format=table | grep -E 'DB_|KEY|SALT'
DB_NAME           wp_staging
DB_USER           wp
DB_PASSWORD       ${t.pw()}
DB_HOST           localhost
AUTH_KEY          ${t.s('token', t.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#^&*()-_[]{}<>~+=,.;:/?|', 64))}
SECURE_AUTH_KEY   put your unique phrase here
NONCE_SALT        ${t.n('put your unique phrase here')}
$ wp user list --fields=ID,user_login,user_pass
ID  user_login  user_pass
1   admin       ${t.n('$P$B' + t.raw.alnum(30))}
2   editor      ${t.n('$wp$2y$10$' + t.raw.alnum(53))}
`,
  ),
  ld(
    'mongosh-session-create-user',
    LO,
    'notes/mongo-admin-session.txt',
    (t) => `$ mongosh "mongodb://root:${t.cs()}@mongo01:27017/?authSource=admin"
Current Mongosh Log ID:\t${t.n(t.raw.hex(24))}
Connecting to:\t\tmongodb://<credentials>@mongo01:27017/?authSource=admin&appName=mongosh+2.3.1
Using MongoDB:\t\t7.0.14
Using Mongosh:\t\t2.3.1
rs0 [direct: primary] test> use reporting
switched to db reporting
rs0 [direct: primary] reporting> db.createUser({ user: "metabase", pwd: "${t.hpw()}", roles: [ { role: "read", db: "reporting" } ] })
{ ok: 1, '$clusterTime': { clusterTime: Timestamp({ t: 1759300000, i: 1 }), signature: { hash: Binary.createFromBase64('${t.n(t.raw.b64(t.raw.hex(10)))}', 0), keyId: Long('${t.n(t.raw.digits(19))}') } }, operationTime: Timestamp({ t: 1759300000, i: 1 }) }
rs0 [direct: primary] reporting> db.changeUserPassword("etl", passwordPrompt())
Enter password
****************
{ ok: 1 }
`,
  ),
];
