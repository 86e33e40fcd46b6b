// Passwords and tokens typed on command lines: in scripts, READMEs, CI files, Dockerfiles, Makefiles, shell
// history, PowerShell and batch files. The flag (or the tool's syntax) says the value is a password, so human
// passwords count (a word-and-digits password after `mysql -u root -p`); precision comes from knowing which tool a flag belongs to
// (`-p` is a password for mysql and sshpass, a port for psql, ssh and docker) and from refusing references,
// prompts and stand-ins (`$PASS`, `%PASS%`, `$(cat file)`, `${{ secrets.X }}`, `-p` alone, `<password>`).
import { lineStartNear } from '../detect/lineStartNear';
import { ownString } from '../detect/ownString';
import { commandBefore, commandStart, LDAP_TOOLS, MONGO_TOOLS, MYSQL_TOOLS, POSTGRES_TOOLS } from '../detect/shellCommand';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { readSecretName } from '../validators/secretName';
import { isWorkingDirectory, refersElsewhere } from '../validators/secretValue';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { ARG_VALUE, FLAG_VALUE, flagLiteral, flagStartBefore, positionalRule, quotedConsistently, toolFlagRule } from './cliRuleBuilder';
import { dottedPassphrase, humanPassword, passphrase } from './humanPasswords';

const REGISTRY_LOGIN_TOOLS = ['docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'oras', 'crane', 'helm'];

const LOGIN = /(?:^|\s)login(?:\s|$)/;
const user = (g: ExampleGen) => g.pick(['root', 'admin', 'deploy', 'app', 'svc_backup', 'jenkins']);

export const commandLineRules: Rule[] = [
  toolFlagRule({
    id: 'mysql-cli-password',
    description: 'MySQL / MariaDB client password on the command line (-p…)',
    family: 'database',
    envName: 'MYSQL_PWD',
    docsUrl: 'https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html',
    tools: MYSQL_TOOLS,
    keywords: ['mysql', 'mariadb', 'mydumper', 'myloader'],
    flag: '-p',
    // `-p X` prompts for the password and X is the database: only the attached form carries one.
    value: 'attached',
    kind: 'password',
    positives: (g) => [
      `mysqldump -u root -p${g.s(g.alnum(16))} app > app.sql`,
      `RUN mysql -h db -u app -p${g.s(g.alnum(12))} -e "select 1"`,
      `mysql -u ${user(g)} -p${g.s(humanPassword(g))} shop < dump.sql`,
      `docker exec -i db mysql -uroot -p'${g.s(`${humanPassword(g)}&x`)}' app`,
      `subprocess.run(["mysqldump", "-uroot", "-p${g.s(humanPassword(g))}", "app"])`,
      `mysql \\\n  -h 10.0.0.5 \\\n  -u ${user(g)} \\\n  -p${g.s(humanPassword(g))} \\\n  analytics`,
      // `ping` is a command of its own elsewhere; after mysqladmin it is its subcommand.
      `until mysqladmin ping -h 127.0.0.1 -uroot -p${g.s(humanPassword(g))} --silent; do sleep 1; done`,
    ],
    negatives: (g) => [
      'mysql -u root -p app',
      'mysql -u root -p$MYSQL_PASSWORD app',
      'mysql -u root -p"${MYSQL_ROOT_PASSWORD}" app',
      'mysql -uroot -p%DB_PASS% app',
      'mysql -uroot -p<password>',
      'mysql -uroot -pPASSWORD',
      'mysql -uroot -p[password] mydb',
      'mysql -uroot -pyour_password',
      `docker run --name mysql -p3306:3306 -d mysql:8`,
      `psql -h db -p5432 -U app`,
      `mysql -uroot -p"$(cat /run/secrets/db)" app`,
      `f"mysql -u root -p{password} {db}"`,
      `cmd = "mysql -uroot -p" + password`,
      `ssh -p${g.digits(4)} ${user(g)}@bastion mysqlcheck --all-databases`,
    ],
  }),
  toolFlagRule({
    id: 'cli-sshpass-password',
    description: 'SSH password given to sshpass -p',
    envName: 'SSHPASS',
    docsUrl: 'https://linux.die.net/man/1/sshpass',
    tools: ['sshpass'],
    flag: '-p',
    value: 'either',
    kind: 'password',
    positives: (g) => [`sshpass -p '${g.s(humanPassword(g))}' ssh ${user(g)}@10.1.2.3 uptime`, `rsync -e "sshpass -p ${g.s(g.alnum(14))} ssh" -az dist/ ${user(g)}@nas:/vol1`],
    negatives: () => ['sshpass -p "$SSH_PASS" ssh admin@host', 'sshpass -e ssh admin@host', 'sshpass -f ~/.pw ssh admin@host', 'sshpass -p <password> ssh user@host'],
  }),
  toolFlagRule({
    id: 'cli-redis-password',
    description: 'Redis password given to redis-cli -a (--pass is password-flag)',
    envName: 'REDISCLI_AUTH',
    docsUrl: 'https://redis.io/docs/latest/develop/tools/cli/',
    tools: ['redis-cli', 'keydb-cli', 'valkey-cli'],
    keywords: ['redis-cli', 'keydb-cli', 'valkey-cli'],
    flag: '-a',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`redis-cli -h cache.internal -p 6379 -a ${g.s(humanPassword(g))} ping`, `redis-cli --user default -a "${g.s(g.alnum(24))}" info`],
    negatives: () => ['redis-cli -a "$REDIS_PASSWORD" ping', 'redis-cli -p 6379 ping', 'redis-cli --askpass', 'redis-cli -a <password> ping'],
  }),
  toolFlagRule({
    id: 'cli-redis-server-password',
    description: 'Redis password set on the server command line (redis-server --requirepass / --masterauth)',
    envName: 'REDIS_PASSWORD',
    docsUrl: 'https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/',
    tools: ['redis-server', 'keydb-server', 'valkey-server'],
    // Every redis.conf directive is also a flag; compose files and Kubernetes args start the server this way.
    keywords: ['--requirepass', '--masterauth'],
    flag: '--(?:requirepass|masterauth)',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`    command: redis-server --requirepass ${g.s(humanPassword(g))} --appendonly yes`, `args: ["redis-server", "--port", "6380", "--masterauth", "${g.s(g.alnum(24))}"]`],
    negatives: () => ['command: redis-server --requirepass "$REDIS_PASSWORD"', 'command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]', 'redis-server /etc/redis/redis.conf --port 6380'],
  }),
  toolFlagRule({
    id: 'cli-ncftp-password',
    description: 'FTP password given to ncftp / ncftpput / ncftpget / ncftpls -p',
    envName: 'FTP_PASSWORD',
    docsUrl: 'https://www.ncftp.com/ncftp/doc/ncftpput.html',
    tools: ['ncftp', 'ncftpput', 'ncftpget', 'ncftpls'],
    keywords: ['ncftp'],
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`ncftpput -u ${user(g)} -p ${g.s(humanPassword(g))} ftp.example.com /incoming report.csv`, `ncftpget -u ${user(g)} -p '${g.s(g.alnum(16))}' ftp.example.com . /out/*.csv`],
    negatives: () => ['ncftpput -u uploader -p "$FTP_PASS" ftp.example.com /in a.csv', 'ncftpput -f ~/.ncftp/login.cfg ftp.example.com /in a.csv'],
  }),
  toolFlagRule({
    id: 'cli-nuget-source-password',
    description: 'Feed password given to dotnet nuget add/update source -p',
    envName: 'NUGET_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-add-source',
    tools: ['dotnet'],
    keywords: ['nuget'],
    subcommand: /nuget[ \t]{1,4}(?:add|update)[ \t]{1,4}source\b/,
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `dotnet nuget add source https://nuget.example.com/v3/index.json -n acme -u ${user(g)} -p ${g.s(g.alnum(20))} --store-password-in-clear-text`,
      `dotnet nuget update source acme -u ${user(g)} -p '${g.s(humanPassword(g))}' --store-password-in-clear-text`,
    ],
    negatives: () => ['dotnet nuget add source https://nuget.example.com/v3/index.json -n acme -u ci -p "$NUGET_PASSWORD"', 'dotnet run -p src/App'],
  }),
  positionalRule({
    id: 'cli-poetry-http-basic',
    description: 'Repository password given to poetry config http-basic.NAME USER PASSWORD',
    envName: 'POETRY_HTTP_BASIC_PASSWORD',
    docsUrl: 'https://python-poetry.org/docs/repositories/#configuring-credentials',
    keywords: ['http-basic.'],
    lead: 'poetry[ \\t]{1,4}config[ \\t]{1,4}http-basic\\.[\\w-]{1,60}[ \\t]{1,4}[^\\s"\'`]{1,100}[ \\t]{1,4}',
    kind: 'password',
    positives: (g) => [`poetry config http-basic.acme ${user(g)} ${g.s(humanPassword(g))}`, `poetry config http-basic.pypi-mirror ci '${g.s(g.alnum(24))}'`],
    negatives: () => ['poetry config http-basic.acme ci "$POETRY_PASSWORD"', 'poetry config http-basic.acme ci', 'poetry config http-basic.acme __token__ ${{ secrets.PYPI }}'],
  }),
  positionalRule({
    id: 'cli-composer-auth',
    description: 'Repository password or token given to composer config (http-basic.HOST USER PASSWORD, github-oauth.HOST / gitlab-token.HOST TOKEN)',
    envName: 'COMPOSER_AUTH',
    docsUrl: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md',
    keywords: ['http-basic.', 'github-oauth.', 'gitlab-token.', 'gitlab-oauth.', 'bitbucket-oauth.'],
    lead: 'composer[ \\t]{1,4}config(?:[ \\t]{1,4}-(?:-(?:global|auth)|[ga])){0,2}[ \\t]{1,4}(?:http-basic\\.[\\w.-]{1,100}[ \\t]{1,4}[^\\s"\'`]{1,100}|(?:github-oauth|gitlab-token|gitlab-oauth)\\.[\\w.-]{1,100})[ \\t]{1,4}',
    kind: 'password',
    positives: (g) => [`composer config --global http-basic.repo.example.com ${user(g)} ${g.s(humanPassword(g))}`, `composer config -g github-oauth.github.com ${g.s(g.alnum(40))}`],
    negatives: () => [
      'composer config --global http-basic.repo.example.com ci "$COMPOSER_PASSWORD"',
      'composer config --global http-basic.repo.example.com ci',
      'composer config repositories.acme composer https://repo.example.com',
    ],
  }),
  positionalRule({
    id: 'cli-bundler-credentials',
    description: 'Gem source password given to bundle config HOST USER:PASSWORD',
    envName: 'BUNDLE_GEMS__EXAMPLE__COM',
    docsUrl: 'https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES',
    keywords: ['bundle config'],
    // The host has a dot (`gems.example.com`): `bundle config set path vendor/bundle` sets no credentials.
    lead: 'bundle[ \\t]{1,4}config(?:[ \\t]{1,4}set)?(?:[ \\t]{1,4}--(?:global|local))?[ \\t]{1,4}(?:https?://)?[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,6}/?[ \\t]{1,4}["\']?[^\\s:"\'`]{1,100}:',
    kind: 'password',
    positives: (g) => [`bundle config set --global gems.example.com ${user(g)}:${g.s(humanPassword(g))}`, `bundle config https://gems.example.com/ '${user(g)}:${g.s(g.alnum(20))}'`],
    negatives: () => ['bundle config set --global gems.example.com "$GEM_USER:$GEM_PASSWORD"', 'bundle config set path vendor/bundle', 'bundle config set --local without development:test'],
  }),
  toolFlagRule({
    id: 'cli-mongo-password',
    description: 'MongoDB password given to mongo / mongosh / mongodump -p',
    envName: 'MONGO_PASSWORD',
    docsUrl: 'https://www.mongodb.com/docs/mongodb-shell/reference/options/',
    tools: MONGO_TOOLS,
    keywords: ['mongo'],
    flag: '-p',
    value: 'either',
    kind: 'password',
    positives: (g) => [`mongosh --host db -u ${user(g)} -p ${g.s(humanPassword(g))} --authenticationDatabase admin`, `mongodump -u backup -p'${g.s(g.alnum(18))}' --out /backups`],
    negatives: () => ['mongosh -u admin -p --authenticationDatabase admin', 'mongo -u admin -p', 'mongosh -u admin -p "$MONGO_PASS"', 'mongodump --port 27017 -d app'],
  }),
  toolFlagRule({
    id: 'cli-ldap-bind-password',
    description: 'LDAP bind password given to ldapsearch / ldapmodify -w',
    envName: 'LDAP_BIND_PASSWORD',
    docsUrl: 'https://www.openldap.org/software/man.cgi?query=ldapsearch',
    tools: LDAP_TOOLS,
    keywords: ['ldap'],
    flag: '-w',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `ldapsearch -x -H ldaps://dc1.corp.example -D "cn=svc,dc=corp" -w ${g.s(humanPassword(g))} -b "dc=corp" "(uid=*)"`,
      `ldapmodify -x -D cn=admin,dc=example,dc=org -w '${g.s(g.alnum(16))}' -f change.ldif`,
    ],
    negatives: () => ['ldapsearch -x -D cn=admin -W -b dc=corp', 'ldapsearch -x -D cn=admin -w "$LDAP_PW"', 'ldapsearch -x -D cn=admin -y /etc/ldap.secret'],
  }),
  toolFlagRule({
    id: 'cli-ldappasswd-password',
    description: 'New or old password given to ldappasswd -s / -a',
    envName: 'LDAP_USER_PASSWORD',
    docsUrl: 'https://www.openldap.org/software/man.cgi?query=ldappasswd',
    tools: ['ldappasswd'],
    flag: '-s|-a',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `ldappasswd -x -H ldap://ldap01 -D "cn=admin,dc=corp" -W -s ${g.s(humanPassword(g))} "uid=jdoe,ou=people,dc=corp"`,
      `ldappasswd -H ldaps://dir.corp -x -D cn=admin,dc=corp -w "$ADMIN_PW" -a ${g.s(humanPassword(g))} uid=svc-backup,ou=svc,dc=corp`,
    ],
    negatives: () => ['ldappasswd -x -D cn=admin -W -S "uid=jdoe,dc=corp"', 'ldappasswd -x -D cn=admin -W -s "$NEW_PW" uid=jdoe'],
  }),
  toolFlagRule({
    id: 'cli-influx-token',
    description: 'InfluxDB token given to the influx CLI (-t)',
    envName: 'INFLUX_TOKEN',
    docsUrl: 'https://docs.influxdata.com/influxdb/v2/reference/cli/influx/',
    tools: ['influx'],
    flag: '-t',
    value: 'spaced',
    kind: 'token',
    positives: (g) => [`influx config create -n prod -u http://metrics:8086 -o acme -t ${g.s(`${g.base64url(86)}==`)}`, `influx write -b sensors -o acme -t ${g.s(`${g.base64url(86)}==`)} -f readings.lp`],
    negatives: () => ['influx write -b app -o acme -t "$INFLUX_TOKEN" -f data.lp', 'influx query -t <token> from-bucket'],
  }),
  toolFlagRule({
    id: 'cli-sqlserver-password',
    description: 'SQL Server password given to sqlcmd / bcp / osql -P',
    envName: 'SQLCMDPASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility',
    tools: ['sqlcmd', 'bcp', 'osql', 'isql'],
    flag: '-P',
    value: 'either',
    kind: 'password',
    positives: (g) => [
      `sqlcmd -S localhost,1433 -U sa -P "${g.s(humanPassword(g))}" -Q "SELECT @@VERSION"`,
      `/opt/mssql-tools18/bin/sqlcmd -S db -U sa -P ${g.s(g.alnum(16))} -C -i init.sql`,
      // A passphrase of words quoted as one argument, after PowerShell's call operator (rw-dev3).
      `& sqlcmd -S $Server -U sa -P '${g.s(`${g.pick(['Granite', 'Copper', 'Walnut'])} ${g.pick(['lantern', 'harbor', 'otter'])} ${g.pick(['meadow', 'ember', 'comet'])}`)}' -Q "EXEC dbo.RefreshSnapshots"`,
    ],
    negatives: () => [
      'sqlcmd -S db -U sa -P "$SA_PASSWORD" -Q "select 1"',
      'sqlcmd -S db -U sa -P %SA_PASSWORD%',
      'sqlcmd -S db -E -Q "select 1"',
      'sqlcmd -S db -U sa -P <YourStrong@Passw0rd>',
      'sqlcmd -S db -U sa -P "Enter your password" -Q "select 1"',
      'sqlcmd -S db -U sa -P "see the vault entry" -Q "select 1"',
    ],
  }),
  toolFlagRule({
    id: 'cli-archive-password',
    description: 'Archive password given to zip / unzip -P or 7z / rar -p',
    envName: 'ARCHIVE_PASSWORD',
    docsUrl: 'https://linux.die.net/man/1/zip',
    tools: ['zip', 'unzip', '7z', '7za', '7zz', 'rar', 'unrar'],
    keywords: ['zip', '7z ', '7za', '7zz', 'rar'],
    // zip and unzip: `-P X`; 7z and rar: `-pX` (a bare `-p` asks).
    flag: '-P[ \\t]{1,4}|-p(?=[^\\s])',
    value: 'attached',
    kind: 'password',
    positives: (g) => [`zip -r -P ${g.s(humanPassword(g))} export.zip ./reports`, `7z a -p${g.s(g.alnum(16))} -mhe=on backup.7z data/`],
    negatives: () => ['unzip -P "$ZIP_PW" export.zip', '7z a -p backup.7z data/', 'zip -r export.zip ./reports'],
  }),
  toolFlagRule({
    id: 'cli-mqtt-password',
    description: 'MQTT password given to mosquitto_pub / mosquitto_sub -P',
    envName: 'MQTT_PASSWORD',
    docsUrl: 'https://mosquitto.org/man/mosquitto_pub-1.html',
    tools: ['mosquitto_pub', 'mosquitto_sub', 'mosquitto_rr'],
    keywords: ['mosquitto_'],
    flag: '-P',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `mosquitto_pub -h broker.lan -u sensor -P ${g.s(humanPassword(g))} -t home/temp -m 21`,
      `mosquitto_sub -h mqtt.example.net -p 8883 -u dashboard -P ${g.s(humanPassword(g))} -t 'plant/#' -v`,
    ],
    negatives: () => ['mosquitto_sub -h broker -u sensor -P "$MQTT_PW" -t "#"', 'mosquitto_sub -h broker -p 1883 -t "#"'],
  }),
  toolFlagRule({
    id: 'cli-login-password',
    description: 'Password given to a login command (docker / podman / helm registry / az / cf / oc login -p)',
    envName: 'LOGIN_PASSWORD',
    docsUrl: 'https://docs.docker.com/reference/cli/docker/login/',
    tools: [...REGISTRY_LOGIN_TOOLS, 'az', 'cf', 'oc'],
    keywords: ['login'],
    subcommand: LOGIN,
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `docker login -u ${user(g)} -p ${g.s(humanPassword(g))} registry.example.com`,
      `az login --service-principal -u ${g.uuid()} -p ${g.s(g.alnum(34))} --tenant ${g.uuid()}`,
      `cf login -a https://api.cf.example.com -u ${user(g)} -p '${g.s(humanPassword(g))}' -o org -s dev`,
      `oc login https://api.ocp.example:6443 -u ${user(g)} -p ${g.s(humanPassword(g))}`,
      // A Makefile's recipe: the registry in a make variable.
      `deploy:\n\tdocker login $(REGISTRY) -u ${user(g)} -p ${g.s(g.alnum(14))}\n`,
    ],
    negatives: () => [
      'docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY',
      'docker login -u ${{ secrets.DOCKER_USER }} -p ${{ secrets.DOCKER_PASS }}',
      'echo "$PASS" | docker login -u me --password-stdin',
      'docker run -p 8080:80 nginx',
      'az login -u user@example.com -p <password>',
    ],
  }),
  toolFlagRule({
    id: 'cli-remote-admin-password',
    description: 'Password given to a remote administration tool (psexec, rdesktop, rabbitmqadmin, cqlsh, twine, hydra, evil-winrm -p)',
    envName: 'REMOTE_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/sysinternals/downloads/psexec',
    tools: ['psexec', 'psexec64', 'paexec', 'rdesktop', 'rabbitmqadmin', 'cqlsh', 'twine', 'hydra', 'evil-winrm', 'nxc', 'netexec', 'crackmapexec'],
    keywords: ['psexec', 'paexec', 'rdesktop', 'rabbitmqadmin', 'cqlsh', 'twine', 'hydra', 'evil-winrm', 'nxc', 'netexec', 'crackmapexec'],
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `psexec \\\\srv01 -u CORP\\${user(g)} -p ${g.s(humanPassword(g))} cmd /c ipconfig`,
      `rdesktop -u Administrator -p '${g.s(humanPassword(g))}' 10.0.0.12`,
      `cqlsh cassandra.internal -u ${user(g)} -p ${g.s(g.alnum(14))}`,
      `rabbitmqadmin -H mq -u ${user(g)} -p ${g.s(humanPassword(g))} list queues`,
    ],
    negatives: () => ['psexec \\\\srv01 -u admin -p %ADMIN_PW% cmd', 'twine upload -u __token__ -p "$PYPI_TOKEN" dist/*', 'cqlsh -u cassandra -p $CQL_PW'],
  }),
  toolFlagRule({
    id: 'cli-keytool-password',
    description: 'Keystore password given to keytool / jarsigner (-storepass / -keypass)',
    envName: 'KEYSTORE_PASSWORD',
    docsUrl: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html',
    tools: ['keytool', 'jarsigner'],
    flag: '-(?:src|dest)?(?:storepass|keypass)',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `keytool -importcert -alias ca -file ca.pem -keystore truststore.jks -storepass ${g.s(humanPassword(g))} -noprompt`,
      `jarsigner -keystore release.jks -storepass "${g.s(g.alnum(16))}" app.apk release`,
    ],
    negatives: () => ['keytool -list -keystore ks.jks -storepass:env KS_PASS', 'keytool -list -keystore ks.jks -storepass "$KS_PASS"', 'keytool -list -keystore cacerts -storepass changeit'],
  }),
  toolFlagRule({
    id: 'cli-openssl-key-password',
    description: 'Encryption password given to openssl -k',
    envName: 'OPENSSL_PASSWORD',
    docsUrl: 'https://docs.openssl.org/master/man1/openssl-enc/',
    tools: ['openssl'],
    flag: '-k',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `openssl enc -aes-256-cbc -salt -in db.sql -out db.sql.enc -k ${g.s(humanPassword(g))}`,
      `openssl enc -d -aes-256-cbc -pbkdf2 -in backup.tar.enc -out backup.tar -k ${g.s(humanPassword(g))}`,
    ],
    negatives: () => ['openssl enc -aes-256-cbc -in a -out b -kfile key.txt', 'openssl enc -aes-256-cbc -in a -out b -k "$ENC_KEY"', 'curl -k https://localhost'],
  }),
  toolFlagRule({
    id: 'cli-rdp-password',
    description: 'Password given to xfreerdp (/p:) or cmdkey (/pass:)',
    envName: 'RDP_PASSWORD',
    docsUrl: 'https://github.com/FreeRDP/FreeRDP/wiki/CommandLineInterface',
    tools: ['xfreerdp', 'wlfreerdp', 'cmdkey'],
    keywords: ['freerdp', 'cmdkey'],
    flag: '/p:|/password:|/pass:',
    value: 'attached',
    kind: 'password',
    positives: (g) => [`xfreerdp /v:10.0.0.20 /u:${user(g)} /p:${g.s(humanPassword(g))} /cert:ignore`, `cmdkey /generic:TERMSRV/srv01 /user:CORP\\${user(g)} /pass:"${g.s(humanPassword(g))}"`],
    negatives: () => ['xfreerdp /v:host /u:admin /p:%RDP_PW%', 'xfreerdp /v:host /u:admin /p:$RDP_PW'],
  }),
  positionalRule({
    id: 'cli-rabbitmqctl-password',
    description: 'Password given to rabbitmqctl add_user / change_password',
    envName: 'RABBITMQ_PASSWORD',
    docsUrl: 'https://www.rabbitmq.com/docs/man/rabbitmqctl.8',
    keywords: ['rabbitmqctl'],
    lead: `rabbitmqctl(?:\\.bat)?(?:[ \\t]{1,4}-[nqt](?:[ \\t]{1,4}[^\\s-][^\\s]{0,100})?){0,3}[ \\t]{1,4}(?:add_user|change_password)[ \\t]{1,4}["']?[^\\s"']{1,100}["']?[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`rabbitmqctl add_user orders '${g.s(humanPassword(g))}'`, `docker exec mq rabbitmqctl change_password guest ${g.s(g.alnum(16))}`],
    negatives: () => ['rabbitmqctl add_user orders "$ORDERS_PW"', 'rabbitmqctl list_users', 'rabbitmqctl delete_user guest'],
  }),
  positionalRule({
    id: 'cli-grafana-admin-password',
    description: 'Admin password given to grafana-cli admin reset-admin-password',
    envName: 'GF_SECURITY_ADMIN_PASSWORD',
    docsUrl: 'https://grafana.com/docs/grafana/latest/cli/',
    keywords: ['reset-admin-password'],
    lead: `reset-admin-password(?:[ \\t]{1,4}--[\\w-]{1,30}(?:[ =][^\\s-][^\\s]{0,100})?){0,2}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`grafana-cli admin reset-admin-password ${g.s(humanPassword(g))}`, `grafana cli --homepath /usr/share/grafana admin reset-admin-password '${g.s(passphrase(g))}'`],
    negatives: () => ['grafana-cli admin reset-admin-password "$GF_ADMIN_PW"', 'grafana-cli admin reset-admin-password --password-from-stdin'],
  }),
  positionalRule({
    id: 'cli-neo4j-initial-password',
    description: 'Initial password given to neo4j-admin dbms set-initial-password',
    envName: 'NEO4J_PASSWORD',
    docsUrl: 'https://neo4j.com/docs/operations-manual/current/configuration/set-initial-password/',
    keywords: ['set-initial-password'],
    lead: `set-initial-password(?:[ \\t]{1,4}--[\\w-]{1,30}(?:=[^\\s]{1,100})?){0,2}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`neo4j-admin dbms set-initial-password ${g.s(humanPassword(g))}`, `bin/neo4j-admin set-initial-password '${g.s(g.alnum(16))}' --require-password-change`],
    negatives: () => ['neo4j-admin dbms set-initial-password "$NEO4J_PASSWORD"', 'neo4j-admin dbms set-initial-password --help'],
  }),
  positionalRule({
    id: 'cli-drush-user-password',
    description: 'Password given to drush user:password (upwd)',
    envName: 'DRUPAL_USER_PASSWORD',
    docsUrl: 'https://www.drush.org/latest/commands/user_password/',
    keywords: ['drush'],
    lead: `drush(?:[ \\t]{1,4}(?:-[\\w-]{1,30}(?:=[^\\s]{1,100})?|@[\\w.-]{1,60})){0,3}[ \\t]{1,4}(?:user:password|user-password|upwd)[ \\t]{1,4}["']?[^\\s"']{1,100}["']?[ \\t]{1,4}(?:--password=)?`,
    kind: 'password',
    positives: (g) => [`drush user:password admin "${g.s(humanPassword(g))}"`, `vendor/bin/drush @prod upwd editor ${g.s(g.alnum(14))}`],
    negatives: () => ['drush user:password admin "$ADMIN_PASS"', 'drush user:login admin', 'drush upwd admin --help'],
  }),
  positionalRule({
    id: 'cli-yarn-npm-auth-token',
    description: 'Registry token given to yarn config set npmAuthToken',
    envName: 'YARN_NPM_AUTH_TOKEN',
    docsUrl: 'https://yarnpkg.com/configuration/yarnrc#npmAuthToken',
    keywords: ['npmauthtoken'],
    lead: `yarn[ \\t]{1,4}config[ \\t]{1,4}set[ \\t]{1,4}(?:-H[ \\t]{1,4})?["']?(?:(?:npmScopes|npmRegistries)\\.[^\\s"']{1,160}\\.)?npmAuthToken["']?[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`yarn config set npmAuthToken ${g.s(g.alnum(36))}`, `yarn config set -H 'npmScopes.acme.npmAuthToken' "${g.s(g.uuid())}"`],
    negatives: () => ['yarn config set npmAuthToken "$NPM_TOKEN"', 'yarn config set npmAuthToken ${NODE_AUTH_TOKEN}', 'yarn config get npmAuthToken'],
  }),
  positionalRule({
    id: 'cli-vault-login-token',
    description: 'Token given to vault login as an argument',
    envName: 'VAULT_TOKEN',
    docsUrl: 'https://developer.hashicorp.com/vault/docs/commands/login',
    keywords: ['vault login'],
    lead: `vault[ \\t]{1,4}login(?:[ \\t]{1,4}-[\\w-]{1,30}(?:=[^\\s]{1,100})?){0,3}[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`vault login ${g.s(`s.${g.alnum(24)}`)}`, `vault login -address=https://vault.example:8200 ${g.s(g.alnum(26))}`],
    negatives: () => ['vault login -method=oidc', 'vault login "$VAULT_TOKEN"', 'vault login -', 'vault login -method=userpass username=ci'],
  }),
  positionalRule({
    id: 'cli-minio-access-key',
    description: 'Access key given to the MinIO client (mc alias set NAME URL ACCESS_KEY SECRET_KEY)',
    envName: 'MINIO_ACCESS_KEY',
    docsUrl: 'https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html',
    keywords: ['alias set', 'host add'],
    lead: `mc[ \\t]{1,4}(?:alias[ \\t]{1,4}set|config[ \\t]{1,4}host[ \\t]{1,4}add)[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}[^\\s]{1,300}[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`mc alias set prod https://s3.example.internal ${g.s(g.upper(20))} ${g.base64(40)}`, `mc alias set backup http://10.0.4.12:9000 ${g.s(g.upper(20))} ${g.base64(40)} --api S3v4`],
    negatives: () => ['mc alias set prod https://s3.example.internal "$MINIO_AK" "$MINIO_SK"', 'mc alias set local http://localhost:9000 minioadmin minioadmin'],
  }),
  positionalRule({
    id: 'cli-minio-secret-key',
    description: 'Secret key given to the MinIO client (mc alias set NAME URL ACCESS_KEY SECRET_KEY)',
    envName: 'MINIO_SECRET_KEY',
    docsUrl: 'https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html',
    keywords: ['alias set', 'host add'],
    lead: `mc[ \\t]{1,4}(?:alias[ \\t]{1,4}set|config[ \\t]{1,4}host[ \\t]{1,4}add)[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}[^\\s]{1,300}[ \\t]{1,4}[^\\s]{1,128}[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`mc alias set prod https://s3.example.internal ${g.upper(20)} ${g.s(g.base64(40))}`, `mc alias set backup http://10.0.4.12:9000 ${g.upper(20)} ${g.s(g.base64(40))} --api S3v4`],
    negatives: () => ['mc alias set prod https://s3.example.internal "$MINIO_AK" "$MINIO_SK"', 'mc alias set local http://localhost:9000 minioadmin minioadmin'],
  }),
  positionalRule({
    id: 'cli-aws-configure-secret',
    description: 'AWS secret given to aws configure set',
    provider: 'AWS',
    family: 'cloud',
    envName: 'AWS_SECRET_ACCESS_KEY',
    docsUrl: 'https://docs.aws.amazon.com/cli/latest/reference/configure/set.html',
    keywords: ['configure set'],
    lead: `aws[ \\t]{1,4}configure[ \\t]{1,4}set[ \\t]{1,4}(?:[\\w.-]{1,40}\\.)?(?:aws_secret_access_key|aws_session_token)[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`aws configure set aws_secret_access_key ${g.s(g.base64(40))} --profile ci`, `#!/bin/sh\nset -e\naws configure set aws_secret_access_key ${g.s(g.base64(40))} --profile deploy\n`],
    negatives: () => ['aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"', 'aws configure set region eu-west-1'],
  }),
  positionalRule({
    id: 'redis-auth-command',
    description: 'Password given to the Redis AUTH command (redis-cli session or script)',
    envName: 'REDIS_PASSWORD',
    docsUrl: 'https://redis.io/docs/latest/commands/auth/',
    keywords: ['auth '],
    // At a line start or after a redis-cli prompt (`host:6379> AUTH …`); an optional user name first.
    wordStart: false,
    lead: `(?:^[ \\t]{0,8}|[0-9]>[ \\t]{0,2})AUTH[ \\t]{1,4}(?:[A-Za-z0-9_.-]{1,64}[ \\t]{1,4})?`,
    multiline: true,
    kind: 'password',
    positives: (g) => [
      `cache.internal:6379> AUTH ${g.s(humanPassword(g))}
OK`,
      `redis:6379> AUTH reporting ${g.s(g.alnum(18))}`,
    ],
    negatives: () => ['127.0.0.1:6379> AUTH', 'AUTH <password>', 'AUTH $REDIS_PASSWORD', 'Auth is handled by the gateway.'],
  }),
  positionalRule({
    id: 'redis-acl-password',
    description: 'Password set with Redis ACL SETUSER (>password)',
    envName: 'REDIS_PASSWORD',
    docsUrl: 'https://redis.io/docs/latest/commands/acl-setuser/',
    keywords: ['setuser'],
    lead: `ACL[ \\t]{1,4}SETUSER[ \\t]{1,4}[^\\s]{1,64}(?:[ \\t]{1,4}[^\\s>][^\\s]{0,64}){0,8}[ \\t]{1,4}>`,
    ignoreCase: true,
    kind: 'password',
    positives: (g) => [`ACL SETUSER reporting on >${g.s(humanPassword(g))} ~report:* +get`, `ACL SETUSER worker on >${g.s(humanPassword(g))} ~jobs:* +@list`],
    negatives: () => ['ACL SETUSER reporting on #4c8d1a9bd4e2 ~report:* +get', 'ACL SETUSER reporting on >$REPORT_PW ~*'],
  }),
  makefileVariableRule(),
  passwordFlagRule(),
  secretAssignmentRule(),
  basicCredentialsArgRule(),
  smbCredentialsRule(),
  opensslPassArgRule(),
  htpasswdRule(),
  netUseRule(),
  secureStringRule(),
  pipedPasswordRule(),
  hereStringPasswordRule(),
  secretStoreValueRule(),
  sqlplusRule(),
];

// ---------------------------------------------------------------------------------------------------------
// Long flags named for a password or token, any tool: `--password=X`, `--db-password X`, `-Password X` (PowerShell),
// `--api-key X`, `--token=X`, `--passphrase X`, `-storepass`… A password flag takes any literal; a token or key
// flag only a random-looking one.

/** Words before the secret word that make the flag a switch or a pointer: `--no-password`, `--ask-pass`. */
const SWITCH_WORDS = new Set([
  'no',
  'ask',
  'prompt',
  'use',
  'require',
  'requires',
  'show',
  'hide',
  'reset',
  'forgot',
  'forget',
  'generate',
  'gen',
  'random',
  'skip',
  'disable',
  'enable',
  'save',
  'keep',
  'remember',
  'change',
  'read',
  'stdin',
  'empty',
  'allow',
  'with',
]);

/** A flag's or a variable's words: `--dbAdminPassword` → db, admin, password; `NUGET_API_KEY` → nuget, api, key. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * What a flag's or variable's value is: a password (`--db-password`, `-storepass`, `MYSQL_PWD`), a token
 * (`--api-key`, `--token`, `CLIENT_SECRET`), or neither (`--password-file`, `--no-password`, `--ask-pass`,
 * `--key`, `TOKEN_URL`, `--credentials`, which is usually a file). The shared classifier reads the name; the
 * switch words are what makes a flag a switch rather than a value.
 */
export function flagValueKind(name: string): 'password' | 'token' | undefined {
  // Names repeat a lot (every `NAME=value` near a keyword asks): readings kept, bounded, cleared when full.
  const known = flagKinds.get(name);
  if (known !== undefined || flagKinds.has(name)) return known;
  if (flagKinds.size >= 4096) flagKinds.clear();
  const kind = readFlagValueKind(name);
  flagKinds.set(ownString(name), kind);
  return kind;
}

const flagKinds = new Map<string, 'password' | 'token' | undefined>();

function readFlagValueKind(name: string): 'password' | 'token' | undefined {
  const words = nameWords(name);
  if (words.slice(0, -1).some((w) => SWITCH_WORDS.has(w))) return undefined;
  const reading = readSecretName(name);
  if (!reading || reading.kind === 'credential') return undefined;
  return reading.kind === 'password' ? 'password' : 'token';
}

/** Tools whose `--password` is an option without a value when spaced (the next word is a database or an argument). */
const OPTIONAL_VALUE_TOOLS = new Set([...MYSQL_TOOLS, ...POSTGRES_TOOLS, 'mycli', 'pgcli']);

function passwordFlagRule(): Rule {
  const words = ['password', 'passwd', 'pass', 'pwd', 'passphrase', 'storepass', 'keypass', 'token', 'secret', 'apikey', 'api-key', 'api_key', 'key', 'passwort', 'kennwort'];
  return {
    id: 'password-flag',
    provider: 'Command line',
    family: 'generic',
    // Exact ties go to generic-secret-assignment (a random value it also finds): this rule adds the human passwords.
    priority: 'generic',
    description: 'Password or token given to a command-line flag (--password=…, --api-key …, -Password …)',
    keywords: words,
    keywordWindow: { before: 48, after: 160 },
    // `--name=value`, `--name value`, `-Name value` (PowerShell), `-name value` (Java and Go tools). The first dash comes
    // before the look-behind on what precedes it, so V8 skips to the next `-` instead of trying the look-behind at every
    // position (the same matches, 3x faster on the tree).
    pattern: new RegExp(`(?<flag>-(?<=[\\s"'\\[,(]-)-?)(?<key>[A-Za-z][A-Za-z0-9]{0,30}(?:[-_][A-Za-z0-9]{1,30}){0,5})(?<sep>=|[ \\t]{1,4})["']?(?<secret>${FLAG_VALUE})`),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => validatePasswordFlag(secret, ctx),
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://owasp.org/www-community/vulnerabilities/Password_Plaintext_Storage',
    revocationUrl: null,
    revocationNote:
      'Change this password (or revoke the token) where it was issued; pass it from an environment variable, a file or a prompt instead of the command line, where shell history and process lists keep it.',
    examples: {
      // Values the generic assignment rule leaves (it reads a dotted word chain as code); it reports the rest of the
      // flags itself and wins exact ties (see test/unit/engine/rules/commandLine.test.ts for flags in whole files).
      positives: (g) => [
        `wget --user=${user(g)} --password=${g.s(dottedPassphrase(g))} ftp://files.example.com/export.csv`,
        `gpg --batch --yes --passphrase ${g.s(dottedPassphrase(g))} -c backup.tar`,
        `Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password ${g.s(dottedPassphrase(g))} -Query "SELECT 1"`,
        `java -jar tool.jar -password ${g.s(dottedPassphrase(g))} -host db`,
      ],
      negatives: (g) => [
        'echo "$PW" | docker login --username me --password-stdin',
        'gpg --batch --passphrase-file /run/secrets/gpg -c backup.tar',
        'mysql --user=root --password app',
        'psql -h db -U app --password mydb', // hush:allow: a negative example the generic assignment rule misreads
        'ansible-playbook site.yml --ask-vault-pass --ask-become-pass inventory', // hush:allow: a negative example the generic assignment rule misreads
        'wget --user=bob --password=$FTP_PASS ftp://host/file',
        'tool --password ${{ secrets.TOOL_PASSWORD }}',
        'tool --password "$(pass show tool/prod)"',
        'tool --password <password>',
        'tool --token YOUR_TOKEN',
        'tool --api-key $API_KEY',
        `tool --token ${g.lower(8)}`,
        'New-LocalUser -Name svc -Password $secure',
        'tool --password=********',
        'docker buildx build --secret id=npmrc,src=$HOME/.npmrc .', // hush:allow: a negative example the generic assignment rule misreads
        'ssh-keygen -t ed25519 -f ~/.ssh/id -N ""',
        'tool --secret-name prod-db --key-file key.pem',
      ],
    },
  };
}

function validatePasswordFlag(secret: string, ctx: MatchContext): boolean {
  const flag = ctx.keyName ?? '';
  const kind = flagValueKind(flag);
  // `-passin pass:X` / `env:VAR` / `file:path` are OpenSSL's pass phrase arguments (their own rule).
  if (!kind || secret.startsWith('-') || /^(?:pass|env|file|fd|stdin):/.test(secret)) return false;
  const flagStart = flagStartBefore(ctx);
  const spaced = !ctx.text.slice(flagStart, ctx.start).includes('=');
  // `-name value` with one dash and a lower-case name is a Java/Go tool's flag or a PowerShell parameter; with
  // an upper-case letter it is PowerShell. Either way a command line, not prose (`a well-known password`).
  if (!/^--?[A-Za-z]/.test(ctx.text.slice(flagStart, flagStart + 3))) return false;
  if (!quotedConsistently(ctx, flagStart)) return false;
  if (!flagLiteral(secret, kind)) return false;
  if (spaced) {
    const command = commandBefore(ctx.text, flagStart);
    if (command.command !== undefined && OPTIONAL_VALUE_TOOLS.has(command.command)) return false;
    // A spaced value that is a file or URL is an argument, not the password (`--password prompt.txt`).
    if (/^(?:https?:\/\/|\/|\.\/|~\/)|\.(?:txt|json|ya?ml|pem|key|sql|tar|gz|zip|csv|conf|cfg|ini)$/.test(secret)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// `NAME=value` on a command line where NAME names a secret: `PGPASSWORD=X psql`, `export DB_PASSWORD=X`,
// `docker run -e POSTGRES_PASSWORD=X`, `--build-arg NPM_TOKEN=X`, `kubectl create secret … --from-literal=password=X`,
// `helm install --set db.password=X`, `java -Dspring.datasource.password=X`, Dockerfile `ENV`, batch `set`,
// PowerShell `$env:NAME = "X"`.

/** Tool-defined variables whose value is always a password, whatever the key classifier says. */
export const PASSWORD_VARIABLES = new Set(['PGPASSWORD', 'MYSQL_PWD', 'REDISCLI_AUTH', 'SSHPASS', 'SQLCMDPASSWORD', 'ISQL_PASSWORD', 'LFTP_PASSWORD', 'RCLONE_CONFIG_PASS', 'SMBPASSWD', 'NEO4J_AUTH']);

/**
 * What may introduce an assignment on a command line (checked by the validator on the text before the name); a `;` ends
 * the command before (`cd app;export K=v`, zsh history heads `: 1764412101:0;export K=v`), a `(` opens a subshell
 * (`(export K=v; make)`) or an agent transcript's tool call (`⏺ Bash(export K=v && curl …)`).
 */
const ASSIGNMENT_LEAD =
  /(?:^|[\s"';(])(?:(?:export|set|setx|ENV|ARG|declare[ \t]+-x|-e|--env|--build-arg|--set|--set-string|--from-literal|--conf|-c|--var|-var|--extra-vars|--set-env-vars|--update-env-vars|--env-vars|--parameter-overrides|--parameters|--property|--define|--opt|-o)[ \t=]{1,4}["']?|-D|\$env:)$/;

/** A later pair of a list given to one flag: `-o user=u,password=X`, `-e "user=u password=X"`, `--set a=1,b.password=X`. */
const ASSIGNMENT_LIST = /(?:(?:-o|-e|--extra-vars|--set|--set-string|--opt)[ \t=]{1,4}["']?[^"'\s]{0,200},|(?:-e|--extra-vars)[ \t=]{1,4}["'][^"'\n]{1,200}[ \t])$/;

/**
 * Commands that take `NAME=value` pairs as their arguments, after a path or app name: `heroku config:set K=v`,
 * `dokku config:set app K=v`, `fly secrets set K=v`, `vault write PATH k=v`, `vault kv put PATH k=v`.
 */
const PAIRS_COMMAND =
  /(?:^|[\s"';&|])(?:(?:heroku|dokku)[ \t]{1,4}config:(?:set|add)|fly(?:ctl)?[ \t]{1,4}secrets[ \t]{1,4}(?:set|import)|vault[ \t]{1,4}(?:write|kv[ \t]{1,4}(?:put|patch)))(?:[ \t]{1,4}[^\s]{1,200}){0,8}[ \t]{1,4}$/;

function secretAssignmentRule(): Rule {
  return {
    id: 'shell-secret-assignment',
    provider: 'Command line',
    family: 'generic',
    // Exact ties go to generic-secret-assignment (a random value it also finds): this rule adds the human passwords.
    priority: 'generic',
    description: 'Password or token assigned on a command line (VAR=… before a command, export, -e, --build-arg, --from-literal, --set, -D)',
    keywords: ['password', 'passwd', 'pass', 'pwd', 'passphrase', 'token', 'secret', 'api_key', 'apikey', 'api-key', 'mysql_pwd', 'sshpass', 'rediscli_auth', 'neo4j_auth', '_key', '.key', '-key'],
    keywordWindow: { before: 96, after: 200 },
    pattern: new RegExp(`(?<=[\\s"',:(=]|^|-D)(?<key>[A-Za-z_][A-Za-z0-9_.\\-\\[\\]]{0,79})[ \\t]{0,2}=[ \\t]{0,2}["']?(?<secret>${ARG_VALUE})`, 'm'),
    skipPlaceholderCheck: true,
    validate: validateAssignment,
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://owasp.org/www-community/vulnerabilities/Password_Plaintext_Storage',
    revocationUrl: null,
    revocationNote: 'Change this password (or revoke the token) where it was issued; read it from a secret store or an environment the CI provides instead of writing it on the command line.',
    examples: {
      // Values the generic assignment rule leaves (a dotted word chain, parentheses); it reports the others itself
      // and wins exact ties (see test/unit/engine/rules/commandLine.test.ts for assignments in whole files).
      positives: (g) => [
        `docker run -d --name pg -e POSTGRES_PASSWORD=${g.s(dottedPassphrase(g))} -p 5432:5432 postgres:16`,
        `kubectl create secret generic db --from-literal=username=app --from-literal=password=${g.s(dottedPassphrase(g))}`,
        `MYSQL_PWD=${g.s(`${g.pick(['Sunny', 'Harbor', 'Maple'])}(${g.digits(2)})x`)} mysqldump -u root app > app.sql`,
        `helm upgrade --install app ./chart --set postgresql.auth.password=${g.s(dottedPassphrase(g))} --set image.tag=1.4.2`,
        `⏺ Bash(export PGPASSWORD=${g.s(dottedPassphrase(g))} && psql -h db01 -U app -c 'select 1')`,
        `(export DB_PASSWORD=${g.s(dottedPassphrase(g))} && ./migrate.sh)`,
      ],
      negatives: (g) => [
        'PGPASSWORD=$DB_PASS psql -h db -U app',
        'export DB_PASSWORD="${DB_PASSWORD:?required}"',
        'docker run -e POSTGRES_PASSWORD -p 5432:5432 postgres',
        'docker run -e POSTGRES_PASSWORD=${{ secrets.PG_PASS }} postgres',
        'kubectl create secret generic db --from-literal=password="$(openssl rand -base64 24)"',
        'helm install app ./chart --set postgresql.auth.password=$PG_PASSWORD',
        'export PASSWORD_FILE=/run/secrets/db',
        'set DB_PASSWORD=%1',
        'ENV DB_PASSWORD=changeme',
        `docker run -e POSTGRES_USER=app -e POSTGRES_DB=${g.lower(6)} postgres`,
        `export GITHUB_TOKEN=ghp_${'x'.repeat(36)}`,
        `export TOKEN_URL=https://auth.example.com/token`,
        `--set ingress.tls.secretName=web-tls`,
        '[d3_hostimport]\nuser=d3_import\npassword=siehe Passwortsafe',
        '⏺ Bash(export DEPLOY_HOOK_TOKEN=$(cat ~/.hook-token) && curl -s https://deploy.example.io/hooks/web)',
        `fn(export_token=${g.uuid()})`,
      ],
    },
  };
}

function validateAssignment(secret: string, ctx: MatchContext): boolean {
  const key = ctx.keyName ?? '';
  const keyAt = ctx.text.lastIndexOf(key, ctx.start);
  if (keyAt < 0) return false;
  const lineStart = lineStartNear(ctx.text, keyAt, keyAt - 200);
  const before = ctx.text.slice(lineStart, keyAt);
  const variable = key.replace(/^.*[.[\]]/, '');
  const kind = PASSWORD_VARIABLES.has(key.toUpperCase()) ? 'password' : (flagValueKind(variable) ?? secretLiteralKind(ctx.text, keyAt, before));
  if (!kind || isWorkingDirectory(variable, secret)) return false;
  // A note where the value would be (`password=siehe Passwortsafe`, `password=see vault`), not a password.
  if (refersElsewhere(ctx.text.slice(ctx.start, ctx.start + 40))) return false;
  // How the assignment is introduced: a flag or keyword, another pair in the same quoted list, or a command after it.
  // Tool variables are passwords wherever they are set; other names need a command-line context.
  const led = PASSWORD_VARIABLES.has(key.toUpperCase()) || ASSIGNMENT_LEAD.test(before) || ASSIGNMENT_LIST.test(before) || PAIRS_COMMAND.test(before) || continuesAssignments(ctx.text, keyAt, before);
  if (!led && !prefixesACommand(ctx)) return false;
  if (!quotedConsistently(ctx, keyAt)) return false;
  // An unquoted member chain of names is a reference in code or HCL (`var.db_password`, `random_password.db.result`);
  // lower-case words joined by dots are a passphrase (`raven.harbor.maple`).
  if (
    !/["']/.test(ctx.text.charAt(ctx.start - 1)) &&
    /^[A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60}){1,6}$/.test(secret) &&
    (/_|[A-Z]/.test(secret) || /^(?:var|local|module|data|self|this|config|settings|env|process|os|app|spring)\./.test(secret))
  )
    return false;
  return kind === 'password' ? isLiteralPassword(secret) : isLiteralToken(secret);
}

/**
 * `kubectl create secret generic NAME --from-literal=KEY=v`: whatever the key is called (`key`, `dsn`, `creds`), the
 * value goes into a Secret; a random one is a token (a user name or a word is no random value and stays quiet).
 */
function secretLiteralKind(text: string, keyAt: number, before: string): 'token' | undefined {
  if (!/--from-literal[ \t=]{1,4}["']?$/.test(before)) return undefined;
  const command = text.slice(Math.max(0, commandStart(text, keyAt), keyAt - 400), keyAt);
  return /\bkubectl\b[^]{0,200}?\bcreate[ \t]{1,4}secret\b/.test(command) ? 'token' : undefined;
}

/** A continuation line of `ENV A=1 \\` / `export A=1 \\` / `docker run -e A=1 \\`: the logical line decides. */
function continuesAssignments(text: string, keyAt: number, before: string): boolean {
  if (!/^[ \t]{0,40}(?:(?:-e|--env|--build-arg|--set|--set-string|--from-literal)[ \t=]{1,4}["']?)?$/.test(before)) return false;
  const start = commandStart(text, keyAt);
  if (start >= keyAt - before.length) return false;
  const head = text.slice(start, Math.min(keyAt, start + 80));
  return /^[ \t]{0,8}(?:ENV|ARG|export|declare[ \t]{1,4}-x|RUN[ \t]{1,4}export)[ \t]/.test(head) || /(?:-e|--env|--build-arg|--set|--from-literal)[ \t=]/.test(before);
}

/** `NAME=value some-command …` at the start of a command: a variable set for one command only. */
function prefixesACommand(ctx: MatchContext): boolean {
  const keyAt = ctx.text.lastIndexOf(ctx.keyName ?? '', ctx.start);
  // Only other assignments, a prompt or `sudo`/`env` may come before it on the line.
  const before = ctx.text.slice(lineStartNear(ctx.text, keyAt, keyAt - 200), keyAt);
  if (!/^[ \t]*["'`]?(?:[$#>][ \t]{1,2}|-[ \t]|RUN[ \t]|run:[ \t]|script:[ \t])?(?:(?:sudo|env)[ \t]{1,4})?(?:[A-Za-z_][A-Za-z0-9_]{0,60}=[^\s]{0,200}[ \t]{1,4}){0,4}$/.test(before)) return false;
  let end = ctx.end;
  if (/["']/.test(ctx.text.charAt(end))) end++;
  const after = ctx.text.slice(end, Math.min(ctx.text.length, end + 200));
  return /^[ \t]{1,4}(?:[A-Za-z_][A-Za-z0-9_]{0,60}=[^\s]{0,200}[ \t]{1,4}){0,4}[.~/A-Za-z][\w./-]{0,80}(?=[ \t\r\n]|$)/.test(after);
}

// ---------------------------------------------------------------------------------------------------------
// Makefile variables: `REGISTRY_PASSWORD ?= X` anywhere (`?=` is make's own operator), `NAME := X` / `NAME = X`
// in Makefiles and *.mk files.

const MAKEFILE_PATH = /(?:^|[\\/])(?:GNUmakefile|[Mm]akefile|[^\\/]+\.mk)$/;

function makefileVariableRule(): Rule {
  return {
    id: 'makefile-secret-variable',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password or token in a Makefile variable (NAME ?= …, NAME := …)',
    keywords: ['pass', 'pwd', 'token', 'secret', 'key'],
    keywordWindow: { before: 96, after: 160 },
    pattern: new RegExp(
      `^[ \\t]{0,4}(?:(?:export|override)[ \\t]{1,4})?(?<key>[A-Za-z_][A-Za-z0-9_.-]{0,79})[ \\t]{0,4}(?<op>(?<!\\?)\\?=|::?=|=)[ \\t]{0,4}["']?(?<secret>[^\\s"'#]{1,128})["']?[ \\t]{0,4}(?:#[^\\n]{0,200})?$`,
      'm',
    ),
    skipPlaceholderCheck: true,
    // Outside a Makefile only `?=` counts (below): a text without one is skipped before the line regex runs.
    appliesToText: (text, path) => (path !== undefined && MAKEFILE_PATH.test(path)) || text.includes('?='),
    validate: (secret, ctx) => {
      const kind = flagValueKind(ctx.keyName ?? '');
      if (!kind) return false;
      const op = /(\?=|::?=|=)[ \t]{0,4}["']?$/.exec(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))?.[1];
      if (op !== '?=' && !(ctx.path !== undefined && MAKEFILE_PATH.test(ctx.path))) return false;
      return kind === 'password' ? isLiteralPassword(secret) : isLiteralToken(secret);
    },
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.gnu.org/software/make/manual/html_node/Setting.html',
    revocationUrl: null,
    revocationNote: 'Change this password (or revoke the token); let make read it from the environment (`NAME ?=` with no value in the file).',
    examples: {
      positives: (g) => [`REGISTRY ?= registry.example.com\nREGISTRY_PASSWORD ?= ${g.s(humanPassword(g))}\n\npush:\n\tdocker push $(REGISTRY)/app`, `export DEPLOY_TOKEN ?= ${g.s(g.alnum(32))}`],
      negatives: () => ['REGISTRY_PASSWORD ?= $(shell cat .registry-pw)', 'DB_PASSWORD ?=', 'PASSWORD_FILE ?= secrets/pw.txt', 'x ??= password123', 'DB_PASSWORD := hunter2'], // hush:allow: a negative example the generic assignment rule misreads
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// `user:password` arguments: curl -u / --user / --proxy-user, httpie and xh -a, hey -a, ab -A, lftp -u user,pass.

/**
 * The flag and user name before the password of a `user:password` argument (what the rule's pattern matched). The
 * user may be empty: `curl -u :TOKEN` is how Azure DevOps and other PAT APIs are called.
 */
const USER_ARGUMENT_BEFORE = /(?:^|[\s"'[,])(-u|--user|-U|--proxy-user|-a|--auth|-A)(?:=|[ \t]{0,4})["']?([^\s:,"'`]{0,100})([:,])$/;

/** lftp started earlier on the line (read on at most 300 characters before a `-u`). */
const LFTP_ON_LINE = /\blftp[ \t][^\n]{0,300}$/;

function basicCredentialsArgRule(): Rule {
  return {
    id: 'cli-user-password-argument',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'user:password given to curl -u, httpie -a, lftp -u and similar',
    keywords: ['curl', 'http ', 'https ', 'xh ', 'hey ', 'ab ', 'lftp', 'check_http'],
    keywordWindow: { before: 0, after: 760 },
    pattern: new RegExp(`(?<=[\\s"'\\[,])(?:-u|--user|-U|--proxy-user|-a|--auth|-A)(?:=|[ \\t]{0,4})["']?(?<user>[^\\s:,"'\`]{0,100})[:,](?<secret>${ARG_VALUE})`),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => {
      const head = ctx.text.slice(Math.max(0, ctx.start - 140), ctx.start);
      const m = USER_ARGUMENT_BEFORE.exec(head);
      if (!m) return false;
      const [, flag, userName, sep] = m;
      const flagStart = ctx.start - head.length + m.index + m[0].indexOf(flag!);
      if (!quotedConsistently(ctx, flagStart) || !isLiteralPassword(secret)) return false;
      // A variable user before a literal password is still that password (`lftp -u "$FTP_USER,X"`, rw-dev23).
      if (/^\$|%[A-Za-z_]|\{\{|\$\{/.test(userName!) && !(sep === ',' && /^\$[A-Za-z_]\w{0,60}$/.test(userName!))) return false;
      // lftp's `-u user,pass` after a quoted `-e "…; bye"` script, or on the `open` command inside a `-c "…"` script:
      // the quoted `;` ends the shell command, so lftp is found earlier on the line.
      if (sep === ',' && flag === '-u' && LFTP_ON_LINE.test(ctx.text.slice(Math.max(0, flagStart - 300), flagStart))) return true;
      const { command } = commandBefore(ctx.text, flagStart);
      if (command === 'curl') return sep === ':' && /^(?:-u|--user|-U|--proxy-user)$/.test(flag!);
      if (command === 'http' || command === 'https' || command === 'xh' || command === 'hey') return sep === ':' && /^(?:-a|--auth)$/.test(flag!);
      if (command === 'ab') return sep === ':' && flag === '-A';
      if (command === 'lftp') return sep === ',' && flag === '-u';
      // Monitoring plugins' basic auth: `check_http -a user:password`, `check_curl --authorization=user:password`.
      if (command === 'check_http' || command === 'check_curl') return sep === ':' && flag === '-a';
      return false;
    },
    envName: 'HTTP_PASSWORD',
    severity: 'error',
    docsUrl: 'https://everything.curl.dev/http/auth.html',
    revocationUrl: null,
    revocationNote: 'Change the password at the service; give curl a .netrc file (--netrc) or read the credentials from the environment instead.',
    examples: {
      positives: (g) => [
        `curl -u ${user(g)}:${g.s(humanPassword(g))} https://jenkins.example.com/api/json`,
        `curl -s --user "${user(g)}:${g.s(g.alnum(20))}" -X POST https://api.example.com/v1/jobs`,
        `http -a ${user(g)}:${g.s(humanPassword(g))} GET https://intranet.example.com/status`,
        `lftp -u ${user(g)},${g.s(humanPassword(g))} sftp://files.example.com`,
        `lftp -u "$FTP_USER,${g.s(humanPassword(g))}" -e "mirror -R dist/ /htdocs; quit" $FTP_HOST`,
        `lftp -c "set ftp:ssl-allow no; open -u ${user(g)},${g.s(humanPassword(g))} ftp.example.net; mirror -R dist /www"`,
        `curl -u :${g.s(g.lower(52))} https://dev.azure.com/acme/_apis/projects?api-version=7.1`,
      ],
      negatives: () => [
        'curl -u "$USER:$PASS" https://api.example.com',
        'lftp -u "$FTP_USER,$FTP_PASS" -e "mirror -R dist/ /htdocs; quit" $FTP_HOST',
        'curl -u admin https://api.example.com',
        'curl -u user:password https://api.example.com',
        'curl -u ${{ secrets.USER }}:${{ secrets.PASS }} https://x',
        'curl -u "$API_KEY:" https://api.example.com',
        'curl -u admin:<password> https://api.example.com',
        'curl -U proxyuser:%PROXY_PW% https://api.example.com',
        'git log -u a:b',
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Samba tools: `smbclient //srv/share -U user%password`, `rpcclient -U 'DOM\user%pass'`, `net rpc … -U user%pass`.

function smbCredentialsRule(): Rule {
  return {
    id: 'cli-smb-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password in a Samba -U user%password argument (smbclient, rpcclient, net rpc)',
    keywords: ['smbclient', 'rpcclient', 'smbcacls', 'smbget', 'smbmap', 'net rpc', 'net ads', 'net sam', 'nxc', 'netexec', 'crackmapexec'],
    keywordWindow: { before: 0, after: 760 },
    pattern: new RegExp(`(?<=[\\s"'])(?:-U|--user(?:name)?=)[ \\t]{0,4}["']?(?:[^\\s%"'\`]{1,100})%(?<secret>${ARG_VALUE})`),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => {
      const flagStart = flagStartBefore(ctx);
      if (!quotedConsistently(ctx, flagStart) || !isLiteralPassword(secret)) return false;
      const { command } = commandBefore(ctx.text, flagStart);
      return command !== undefined && ['smbclient', 'rpcclient', 'smbcacls', 'smbget', 'smbmap', 'net', 'nxc', 'netexec', 'crackmapexec'].includes(command);
    },
    envName: 'SMB_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.samba.org/samba/docs/current/man-html/smbclient.1.html',
    revocationUrl: null,
    revocationNote: 'Change the account password in the domain or on the file server; use an authentication file (-A) instead.',
    examples: {
      positives: (g) => [`smbclient //fs01/finance -U CORP\\\\${user(g)}%${g.s(humanPassword(g))} -c 'ls'`, `rpcclient -U '${user(g)}%${g.s(humanPassword(g))}' 10.0.0.5`],
      negatives: () => ['smbclient //fs01/finance -U admin -c ls', 'smbclient //fs01/x -U "admin%$SMB_PW"', 'smbclient //fs01/x -A ~/.smbcred'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// OpenSSL pass phrase arguments: `-passin pass:X`, `-passout pass:X`, `-pass pass:X`, `-password pass:X`.

function opensslPassArgRule(): Rule {
  return {
    id: 'cli-openssl-pass-argument',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Pass phrase in an OpenSSL pass:… argument (-passin / -passout / -pass)',
    keywords: ['pass:'],
    keywordWindow: { before: 24, after: 140 },
    // OpenSSL's -passin/-passout/-pass, and tools that copied the syntax (apksigner --ks-pass, --key-pass).
    pattern: new RegExp(`(?<=[\\s"'])--?(?:[A-Za-z]{1,10}-)?pass(?:in|out|word)?[ \\t=]{1,4}["']?pass:(?<secret>${ARG_VALUE})`),
    skipPlaceholderCheck: true,
    // A comma or full stop ending the word is the sentence's when what comes before it is a stand-in (`pass:yourpassword,`).
    validate: (secret, ctx) => quotedConsistently(ctx) && isLiteralPassword(secret) && isLiteralPassword(secret.replace(/[,.;]$/, '')),
    envName: 'OPENSSL_PASSPHRASE',
    severity: 'error',
    docsUrl: 'https://docs.openssl.org/master/man1/openssl-passphrase-options/',
    revocationUrl: null,
    revocationNote: 'Re-encrypt the key or keystore with a new pass phrase; pass it as env:VAR or file:path instead of pass:.',
    examples: {
      positives: (g) => [
        `openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${g.s(humanPassword(g))}`,
        `openssl rsa -in enc.key -out plain.key -passin 'pass:${g.s(g.alnum(14))}'`,
        `apksigner sign --ks upload.jks --ks-pass pass:${g.s(humanPassword(g))} app-release.apk`,
      ],
      negatives: () => [
        'openssl rsa -in enc.key -passin env:KEY_PASS',
        'openssl rsa -in enc.key -passin file:/run/secrets/pass',
        'openssl rsa -in k -passin pass:$KEY_PASS',
        'openssl pkcs12 -export -passout pass: -out a.p12',
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// `htpasswd -b[c] file user password` and `htpasswd -nb user password`: the password is the last argument.

function htpasswdRule(): Rule {
  return {
    id: 'cli-htpasswd-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password given to htpasswd -b (batch mode)',
    keywords: ['htpasswd'],
    keywordWindow: { before: 0, after: 400 },
    pattern: new RegExp(
      `(?<![\\w-])htpasswd(?<flags>(?:[ \\t]{1,4}-[A-Za-z]{1,8}(?:[ \\t]{1,4}[0-9]{1,2})?){1,4})(?<args>(?:[ \\t]{1,4}["']?[^\\s"'|;&<>-][^\\s"'|;&<>]{0,200}["']?){1,2})[ \\t]{1,4}["']?(?<secret>[^\\s"'\`|;&<>]{1,128})`,
    ),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => {
      const head = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
      // The command, not a `.htpasswd` file named after it.
      let at = -1;
      for (const m of head.matchAll(/(?:^|[^.\w-])htpasswd(?=[ \t])/g)) at = m.index;
      if (at < 0) return false;
      const words = head
        .slice(at)
        .trimStart()
        .split(/[ \t]+/)
        .slice(1, -1);
      const flags = words.filter((w) => w.startsWith('-')).join('');
      // Positionals before the password: file and user (-b), or user only (-nb); a -C cost takes a number.
      const positionals = words.filter((w) => !w.startsWith('-') && !/^[0-9]{1,2}$/.test(w)).length;
      if (!flags.includes('b') || positionals !== (flags.includes('n') ? 1 : 2)) return false;
      return quotedConsistently(ctx) && isLiteralPassword(secret);
    },
    envName: 'HTPASSWD_PASSWORD',
    severity: 'error',
    docsUrl: 'https://httpd.apache.org/docs/current/programs/htpasswd.html',
    revocationUrl: null,
    revocationNote: 'Set a new password for that user in the password file (htpasswd without -b prompts for it).',
    examples: {
      positives: (g) => [
        `htpasswd -bc /etc/nginx/.htpasswd ${user(g)} ${g.s(humanPassword(g))}`,
        `htpasswd -nbB ${user(g)} '${g.s(humanPassword(g))}' > auth/htpasswd`,
        `RUN htpasswd -b -c /etc/apache2/.htpasswd ${user(g)} ${g.s(g.alnum(12))}`,
      ],
      negatives: () => ['htpasswd -c /etc/nginx/.htpasswd admin', 'htpasswd -bc /etc/nginx/.htpasswd admin "$ADMIN_PW"', 'htpasswd -nb admin $PASS'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Windows `net use \\server\share PASSWORD /user:DOMAIN\name` (the password is the word after the share) and
// `net user NAME PASSWORD /add`; also `net1` (the binary `net` hands over to, seen in process logs) and two blanks
// after `net` (audit logs keep the command line as typed). SCCM/MDT logs wrap each message in `<![LOG[…]LOG]!>`:
// the value stops before that closing marker.

function netUseRule(): Rule {
  return {
    id: 'cli-net-use-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password given to Windows net use / net user',
    keywords: ['net use', 'net user', 'net.exe use', 'net.exe user', 'net  use', 'net  user', 'net1 use', 'net1 user'],
    keywordWindow: { before: 0, after: 400 },
    pattern: new RegExp(
      `(?<![\\w-])net(?:\\.exe|1)?[ \\t]{1,4}(?:use(?:[ \\t]{1,4}(?:[A-Za-z]:|\\*))?[ \\t]{1,4}(?:"\\\\\\\\[^"\\n]{1,200}"|'\\\\\\\\[^'\\n]{1,200}'|\\\\\\\\[^\\s"']{1,200}|%[A-Za-z_][\\w.-]{0,40}%)(?:[ \\t]{1,4}/[A-Za-z]{1,12}(?::[^\\s]{0,100})?){0,3}|user[ \\t]{1,4}["']?[A-Za-z0-9._$-]{1,64}["']?)[ \\t]{1,4}["']?(?<secret>[^\\s"'\`/*](?:(?!\\]LOG\\])[^\\s"'\`]){0,127})`,
      'i',
    ),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => {
      if (!ctx.text.startsWith(']LOG]', ctx.end) && !quotedConsistently(ctx)) return false;
      // `net user NAME PASSWORD` needs /add or a change; `net user NAME /delete` has no password.
      const line = ctx.text.slice(ctx.start, Math.min(ctx.text.length, ctx.start + 300)).split('\n')[0]!;
      const head = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
      if (/net(?:\.exe|1)?[ \t]{1,4}user[ \t]/i.test(head.slice(head.lastIndexOf('net')))) {
        // A PIN-like number is a password in this position too (a till's local account given a four-digit PIN with net user).
        const literal = isLiteralPassword(secret) || /^[0-9]{4,5}$/.test(secret);
        return literal && !/^[A-Za-z]:$/.test(secret) && /\/add|\/domain|^\S+\s*$/i.test(line);
      }
      return isLiteralPassword(secret) && !/^[A-Za-z]:$/.test(secret);
    },
    envName: 'WINDOWS_PASSWORD',
    severity: 'error',
    docsUrl: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use',
    revocationUrl: null,
    revocationNote: 'Change the account password in the domain; map the drive with stored credentials (cmdkey) or prompt with *.',
    examples: {
      positives: (g) => [
        `net use Z: \\\\fs01\\finance ${g.s(humanPassword(g))} /user:CORP\\${user(g)} /persistent:no`,
        `net use \\\\10.0.0.5\\c$ /user:Administrator ${g.s(humanPassword(g))}`,
        `net user svc_backup ${g.s(humanPassword(g))} /add`,
        `<Data Name="CommandLine">net  use \\\\fs01\\finance ${g.s(humanPassword(g))} /user:CORP\\${user(g)}</Data>`,
        `net1 use \\\\fs01\\scans /user:CORP\\${user(g)} ${g.s(humanPassword(g))}`,
        `<![LOG[Executing command line: net use \\\\mdt01\\Deploy$ /user:CORP\\${user(g)} ${g.s(humanPassword(g))}]LOG]!><time="08:12:45.001-60" component="TSManager">`,
        `Kassen-PCs: net user kasse ${g.s(g.digits(4))}`,
        // Quoted in a Markdown code span in a report (rw-dev25): the closing backtick is no part of the password.
        `  \`net use Z: \\\\FS02\\dane /user:CORP\\svc_skaner ${g.s(humanPassword(g))}\``,
        // The share kept in a batch variable (rw-dev26).
        `net use Z: %NAS% /user:NAS-STAFF\\backup ${g.s(humanPassword(g))} /persistent:no`,
      ],
      negatives: () => [
        'net use z: "\\\\vmware-host\\Shared Folders"',
        'net use Z: \\\\fs01\\finance * /user:CORP\\bob',
        'net use Z: \\\\fs01\\finance /user:CORP\\bob %PASSWORD%',
        'net use Z: /delete',
        'net user bob /delete',
        'net user bob 2024 /active:no',
        'net1 user bob 123',
        '<![LOG[net use \\\\mdt01\\Deploy$ /user:CORP\\bob *]LOG]!>',
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// PowerShell: `ConvertTo-SecureString "X" -AsPlainText -Force` (any argument order) and `"X" | ConvertTo-SecureString -AsPlainText`.

const SECURE_STRING_BEFORE = /ConvertTo-SecureString(?:[ \t]{1,4}-(?:AsPlainText|Force|String)(?::\$true)?){0,3}[ \t]{1,4}\(?$/i;
const SECURE_STRING_AFTER = /^[ \t]{0,4}\|[ \t]{0,4}ConvertTo-SecureString/i;

function secureStringRule(): Rule {
  return {
    id: 'powershell-plaintext-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Plain-text password turned into a SecureString (ConvertTo-SecureString -AsPlainText)',
    keywords: ['convertto-securestring'],
    keywordWindow: { before: 160, after: 200 },
    // Every quoted string near the cmdlet; the validator keeps the one it converts (before it, or piped into it).
    pattern: /["'](?<secret>[^"'\n]{1,128})["']/,
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 100), ctx.start - 1);
      const after = ctx.text.slice(ctx.end + 1, Math.min(ctx.text.length, ctx.end + 60));
      const converted = SECURE_STRING_BEFORE.test(before) || SECURE_STRING_AFTER.test(after);
      const line = ctx.text.slice(Math.max(0, ctx.start - 160), Math.min(ctx.text.length, ctx.end + 160));
      return converted && /-AsPlainText/i.test(line) && isLiteralPassword(secret);
    },
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring',
    revocationUrl: null,
    revocationNote: 'Change the account password; read it with Get-Credential, a SecretManagement vault or an encrypted file instead.',
    examples: {
      positives: (g) => [
        `$secure = ConvertTo-SecureString "${g.s(humanPassword(g))}" -AsPlainText -Force`,
        `$pw = ConvertTo-SecureString -String '${g.s(g.alnum(16))}' -AsPlainText -Force`, // hush:allow: a negative example the generic assignment rule misreads
        `$cred = New-Object PSCredential ("CORP\\svc", (ConvertTo-SecureString -AsPlainText -Force "${g.s(humanPassword(g))}"))`,
      ],
      negatives: () => ['$secure = ConvertTo-SecureString $env:ADMIN_PW -AsPlainText -Force', '$s = Read-Host -AsSecureString', '$secure = ConvertTo-SecureString "<password>" -AsPlainText -Force'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// A literal piped to a command that reads a password on stdin: `echo "X" | docker login --password-stdin`,
// `echo 'user:X' | chpasswd`, `echo X | passwd --stdin user`.

function pipedPasswordRule(): Rule {
  return {
    id: 'cli-piped-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password echoed into a command that reads it on stdin (--password-stdin, chpasswd, passwd --stdin, openfortivpn, smbpasswd -s)',
    keywords: ['password-stdin', 'chpasswd', 'passwd --stdin', 'token-stdin', 'with-token', 'passphrase-fd', 'passwd-on-stdin', 'openfortivpn', 'smbpasswd'],
    keywordWindow: { before: 400, after: 40 },
    // `printf '%s' X` writes X as echo does. openfortivpn reads its password from stdin when no terminal asks for it,
    // `smbpasswd -s` likewise (twice: new and again).
    pattern:
      /(?<![\w-])(?:echo|printf(?:[ \t]{1,4}["']%s(?:\\n)?["'])?)(?:[ \t]{1,4}-[neE]{1,3})?[ \t]{1,4}["']?(?:[A-Za-z0-9._-]{1,64}:)?(?<secret>[^\s"'`|;&<>]{1,128})["']?[ \t]{0,4}\|[ \t]{0,4}(?:sudo[ \t]{1,4})?(?:chpasswd|passwd[ \t]{1,4}--stdin|openfortivpn[ \t]|smbpasswd[ \t][^\n|;&]{0,80}?-[a-z]{0,3}s\b|[\w./-]{1,40}[ \t][^\n|;&]{0,160}?(?:--password-stdin|--passwd-on-stdin|--token-stdin|--with-token|--passphrase-fd[ \t=]{1,4}0))/,
    skipPlaceholderCheck: true,
    validate: (secret) => isLiteralPassword(secret),
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.docker.com/reference/cli/docker/login/#password-stdin',
    revocationUrl: null,
    revocationNote: 'Change the password (or revoke the token); pipe it from a file or a variable the CI provides, not from a literal.',
    examples: {
      positives: (g) => [
        `echo "${g.s(humanPassword(g))}" | docker login -u ${user(g)} --password-stdin registry.example.com`,
        `echo '${user(g)}:${g.s(humanPassword(g))}' | sudo chpasswd`,
        `echo ${g.s(g.alnum(40))} | gh auth login --with-token`,
        `echo ${g.s(passphrase(g))} | gpg --batch --passphrase-fd 0 -c backup.tar`,
        `echo '${g.s(humanPassword(g))}' | sudo openfortivpn fw.example.io:443 -u contractor --pinentry=none`,
        `printf '%s' '${g.s(g.alnum(24))}' | helm registry login ghcr.io -u bot --password-stdin`,
      ],
      negatives: () => [
        'echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin',
        'echo ${{ secrets.GH_TOKEN }} | gh auth login --with-token',
        'cat ~/pw.txt | docker login --password-stdin',
        'echo "$VPN_PASSWORD" | sudo openfortivpn fw.example.io:443 -u contractor',
        'printf \'%s\' "$TOKEN" | helm registry login ghcr.io --password-stdin',
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The same, given as a here-string: `openconnect --passwd-on-stdin vpn <<< 'X'`, `docker login --password-stdin <<< X`,
// `gcloud secrets versions add NAME --data-file=- <<< 'X'` (the secret's new value).

/** Flags that make a command read its password, token or secret value from stdin (a function: the rules above are built first). */
function stdinSecretFlag(): string {
  return '(?:vncpasswd[ \\t]{1,4}-f|--password-stdin|--passwd-on-stdin|--token-stdin|--with-token|--passphrase-fd[ \\t=]{1,4}0|--data-file[ \\t=]{1,4}-(?=[\\s\'"])|passwd[ \\t]{1,4}--stdin|chpasswd|(?<![\\w-])password_stdin\\b)';
}

function hereStringPasswordRule(): Rule {
  return {
    id: 'cli-here-string-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Password or secret given as a here-string to a command that reads it on stdin (<<< after --password-stdin, --passwd-on-stdin, --data-file=-)',
    keywords: ['<<<'],
    keywordWindow: { before: 260, after: 140 },
    pattern: new RegExp(`${stdinSecretFlag()}[^\\n|;&<]{0,160}<<<[ \\t]{0,4}["']?(?<secret>[^\\s"'\`|;&<>]{1,128})`),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => quotedConsistently(ctx) && isLiteralPassword(secret),
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Strings',
    revocationUrl: null,
    revocationNote: 'Change the password (or rotate the secret); a here-string is written in the script and kept in shell history like any argument.',
    examples: {
      positives: (g) => [
        `sudo openconnect vpn.example.com --user=${user(g)} --passwd-on-stdin <<< '${g.s(humanPassword(g))}'`,
        `docker login -u ${user(g)} --password-stdin registry.example.com <<< ${g.s(g.alnum(32))}`,
        `gcloud secrets versions add api-key --data-file=- <<< "${g.s(g.base64url(40))}"`,
        // sshfs's mount option (`-o password_stdin`, or among others: `-o allow_other,password_stdin`), rw-dev23.
        `sshfs -o allow_other,password_stdin backup@nas.example.net:/data /mnt/nas <<< '${g.s(humanPassword(g))}'`,
      ],
      negatives: () => [
        'docker login -u ci --password-stdin registry.example.com <<< "$REGISTRY_PASSWORD"',
        'openconnect vpn --passwd-on-stdin <<< "$(pass show vpn)"',
        'gcloud secrets versions add k --data-file=- <<< ${{ secrets.K }}',
        'grep -c x <<< "hello world"',
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Secret managers' "set" commands with the value on the command line: `az keyvault secret set --value X`,
// `aws ssm put-parameter --type SecureString --value X`, `gh secret set NAME --body X`. The command says the value
// is a secret; a parameter store's plain `String` parameters are configuration.

function secretStoreSet(): string {
  return '(?:az[ \\t]{1,4}keyvault[ \\t]{1,4}secret[ \\t]{1,4}set|aws[ \\t]{1,4}ssm[ \\t]{1,4}put-parameter|gh[ \\t]{1,4}secret[ \\t]{1,4}set|glab[ \\t]{1,4}variable[ \\t]{1,4}(?:set|update)|aws[ \\t]{1,4}secretsmanager[ \\t]{1,4}(?:create-secret|put-secret-value|update-secret))';
}

function secretStoreValueRule(): Rule {
  return {
    id: 'cli-secret-store-value',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    description: 'Secret value written to a secret manager on the command line (az keyvault secret set --value, aws ssm put-parameter --value, gh secret set --body)',
    keywords: ['keyvault', 'put-parameter', 'secret set', 'variable set', 'variable update', 'secretsmanager'],
    keywordWindow: { before: 8, after: 420 },
    pattern: new RegExp(`${secretStoreSet()}[^\\n|;&]{0,240}?[ \\t](?:--value|--body|-b|--secret-string)(?:=|[ \\t]{1,4})["']?(?<secret>${ARG_VALUE})`),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => {
      if (secret.startsWith('-') || secret.startsWith('{') || /^(?:file|fileb):\/\//.test(secret) || !quotedConsistently(ctx) || !isLiteralPassword(secret)) return false;
      // A parameter store holds plain configuration too: only its SecureString parameters are secrets.
      const line = ctx.text.slice(commandStart(ctx.text, ctx.start), ctx.text.indexOf('\n', ctx.end) < 0 ? ctx.text.length : ctx.text.indexOf('\n', ctx.end));
      return !/put-parameter/.test(line) || /SecureString/.test(line);
    },
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://learn.microsoft.com/en-us/cli/azure/keyvault/secret#az-keyvault-secret-set',
    revocationUrl: null,
    revocationNote: 'The value was typed on a command line (shell history, CI logs): rotate it and set it from a file or stdin instead.',
    examples: {
      positives: (g) => [
        `az keyvault secret set --vault-name kv-prod --name db-password --value '${g.s(humanPassword(g))}'`,
        `aws ssm put-parameter --name /prod/api/token --type SecureString --value ${g.s(g.alnum(40))} --overwrite`,
        `gh secret set DEPLOY_TOKEN --repo acme/app --body "${g.s(g.alnum(36))}"`,
      ],
      negatives: () => [
        'az keyvault secret set --vault-name kv --name db-password --value "$DB_PASSWORD"',
        'aws ssm put-parameter --name /prod/region --type String --value eu-west-1',
        'gh secret set DEPLOY_TOKEN --body "${{ secrets.DEPLOY_TOKEN }}"',
        'az keyvault secret set --vault-name kv --name cert --file cert.pem',
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Oracle tools: `sqlplus user/password@db`, `expdp user/password@db`, `rman target sys/password@db`.

function sqlplusRule(): Rule {
  return {
    id: 'cli-oracle-password',
    provider: 'Command line',
    family: 'database',
    priority: 'context',
    description: 'Oracle password in a user/password@db argument (sqlplus, expdp, impdp, sqlldr, rman)',
    keywords: ['sqlplus', 'expdp', 'impdp', 'sqlldr', 'rman', 'exp ', 'imp '],
    keywordWindow: { before: 0, after: 240 },
    pattern:
      /(?<![\w-])(?:sqlplus|expdp|impdp|sqlldr|exp|imp|rman)(?:[ \t]{1,4}(?:-[A-Za-z]{1,2}|target|auxiliary|catalog|userid=)){0,4}[ \t]{1,4}["']?[A-Za-z][A-Za-z0-9_$#]{0,29}\/(?<secret>[^\s"'@/`]{1,128})(?=@|["']?(?:\s|$))/i,
    skipPlaceholderCheck: true,
    validate: (secret) => isLiteralPassword(secret),
    envName: 'ORACLE_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html',
    revocationUrl: null,
    revocationNote: 'Change the database user password (ALTER USER … IDENTIFIED BY …); use an Oracle wallet or /nolog and CONNECT instead.',
    examples: {
      positives: (g) => [`sqlplus -s ${user(g)}/${g.s(humanPassword(g))}@//db.example.com:1521/ORCLPDB1 @report.sql`, `expdp system/${g.s(g.alnum(12))}@prod schemas=APP directory=DP dumpfile=app.dmp`],
      negatives: () => ['sqlplus / as sysdba', 'sqlplus -s "$DB_USER/$DB_PASS@$DB"', 'sqlplus scott/<password>@orcl', 'sqlplus /nolog'],
    },
  };
}
