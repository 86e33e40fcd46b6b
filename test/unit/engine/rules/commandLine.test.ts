// Command-line secrets in whole files as people write them: every marked value is found (by any rule), and
// nothing else in the file is. Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { humanPassword, passphrase } from '../../../../engine/rules/humanPasswords';
import { flagValueKind } from '../../../../engine/rules/commandLine';
import { commandBefore, commandStart } from '../../../../engine/detect/shellCommand';
import { isLiteralPassword, isLiteralToken } from '../../../../engine/validators/literalArgument';

const scanner = createScanner();
const g = createExampleGen(15);
const pw = () => humanPassword(g);

/** Scans the unmarked text and compares the findings' spans with the marked ones. */
function expectExactly(marked: string, path: string): void {
  const { text, spans } = unmark(marked);
  const found = scanner.scan(text, { path }).map((f) => [f.start, f.end, f.ruleId] as const);
  const missing = spans.filter(([s, e]) => !found.some(([fs, fe]) => fs === s && fe === e)).map(([s, e]) => text.slice(Math.max(0, s - 30), e));
  const extra = found.filter(([fs, fe]) => !spans.some(([s, e]) => fs === s && fe === e)).map(([s, , id]) => `${id}: ${text.slice(Math.max(0, s - 30), s)}…`);
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
}

describe('command-line secrets in whole files', () => {
  it('a README with setup commands', () => {
    expectExactly(
      [
        '# Inventory service',
        '',
        '## Getting started',
        '',
        'Start the database and load the fixtures:',
        '',
        '```bash',
        `docker run -d --name inv-db -e MYSQL_ROOT_PASSWORD=${g.s(pw())} -p 3306:3306 mysql:8.0`,
        `mysql -h 127.0.0.1 -P 3306 -u root -p${g.s(pw())} inventory < fixtures.sql`,
        '```',
        '',
        'Connect to the cache with `redis-cli -h localhost -p 6379 ping` (no password locally).',
        '',
        'For staging, ask in #ops for the password, then:',
        '',
        '```bash',
        'mysql -h staging-db -u app -p inventory',
        'PGPASSWORD=$STAGING_PG psql -h staging-pg -p 5432 -U app',
        '```',
        '',
        'Upload a build:',
        '',
        `    curl -u ci:${g.s(pw())} -T build.zip https://artifacts.example.com/upload/`,
        '',
      ].join('\n'),
      'README.md',
    );
  });

  it('a deploy script', () => {
    expectExactly(
      [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        '',
        `export PGPASSWORD='${g.s(pw())}'`,
        'DB_HOST=${DB_HOST:-db.internal}',
        'psql -h "$DB_HOST" -p 5432 -U deploy -c "select 1"',
        `sshpass -p '${g.s(pw())}' rsync -az ./dist/ deploy@web01:/srv/app/`,
        'ssh -p 2222 deploy@web01 "sudo systemctl restart app"',
        `redis-cli -h cache01 -a ${g.s(pw())} FLUSHDB`,
        'for host in web01 web02; do',
        '  scp -P 2222 release.tar.gz "$host":/tmp/',
        'done',
        `kubectl create secret generic app-db --from-literal=username=app --from-literal=password='${g.s(pw())}' --dry-run=client -o yaml | kubectl apply -f -`,
        'mkdir -p /var/log/app && cp -p app.conf /etc/app/',
        '',
      ].join('\n'),
      'scripts/deploy.sh',
    );
  });

  it('a GitLab CI file: variables and references are not secrets, a literal is', () => {
    expectExactly(
      [
        'stages: [build, deploy]',
        '',
        'build:',
        '  stage: build',
        '  script:',
        '    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY',
        '    - docker build --build-arg NPM_TOKEN=${NPM_TOKEN} -t $CI_REGISTRY_IMAGE .',
        '    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin',
        '',
        'deploy:',
        '  stage: deploy',
        '  script:',
        `    - docker login -u deployer -p ${g.s(pw())} registry.example.com`,
        `    - helm upgrade --install web ./chart --set image.tag=$CI_COMMIT_SHA --set postgresql.auth.password=${g.s(pw())}`,
        '    - helm upgrade --install api ./chart --set postgresql.auth.password=$PG_PASSWORD',
        '',
      ].join('\n'),
      '.gitlab-ci.yml',
    );
  });

  it('a Dockerfile', () => {
    expectExactly(
      [
        'FROM mysql:8.0',
        `ENV MYSQL_ROOT_PASSWORD=${g.s(pw())}`,
        'ENV MYSQL_DATABASE=shop',
        'COPY schema.sql /docker-entrypoint-initdb.d/',
        `RUN htpasswd -bc /etc/nginx/.htpasswd admin ${g.s(pw())}`,
        'EXPOSE 3306',
        '',
      ].join('\n'),
      'Dockerfile',
    );
  });

  it('a PowerShell script and a batch file', () => {
    expectExactly(
      [
        `$secure = ConvertTo-SecureString "${g.s(pw())}" -AsPlainText -Force`,
        '$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_sql", $secure)',
        `Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password '${g.s(pw())}' -Query "SELECT @@VERSION"`,
        '$other = ConvertTo-SecureString $env:SQL_PW -AsPlainText -Force',
        '',
      ].join('\n'),
      'ops/Setup-Sql.ps1',
    );
    expectExactly(
      [
        '@echo off',
        `net use Z: \\\\fs01\\finance ${g.s(pw())} /user:CORP\\backup /persistent:no`,
        'net use Y: \\\\fs01\\public /user:CORP\\backup %BACKUP_PW%',
        `sqlcmd -S sql01 -U sa -P ${g.s(pw())} -i nightly.sql`,
        'set BACKUP_DIR=Z:\\nightly',
        '',
      ].join('\n'),
      'ops/nightly.bat',
    );
  });

  it('shell history', () => {
    expectExactly(
      [
        'ls -la',
        'cd /srv/app',
        `mongosh "mongodb://db01:27017/admin" -u admin -p ${g.s(pw())}`,
        `ldapsearch -x -H ldap://dc01 -D "cn=reader,dc=corp" -w ${g.s(pw())} -b "dc=corp" "(uid=jdoe)"`,
        `smbclient //fs01/share -U 'CORP\\jdoe%${g.s(pw())}' -c 'ls'`,
        `openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.p12 -passout pass:${g.s(pw())}`,
        `gpg --batch --passphrase '${g.s(passphrase(g))}' -d backup.tar.gpg | tar x`,
        'git status',
        'ssh -p 22 admin@10.0.0.4',
        'history | grep mysql',
        '',
      ].join('\n'),
      '.bash_history',
    );
  });

  it('zsh extended history with ops tools (rw-dev10 ops classes)', () => {
    expectExactly(
      [
        `: ${g.digits(10)}:0;kubectl get pods -n payments`,
        `: ${g.digits(10)}:0;export API_TOKEN=${g.s(g.hex(40))}`,
        `: ${g.digits(10)}:0;snmpwalk -v2c -c ${g.s(pw())} 10.0.9.1 1.3.6.1.2.1.1`,
        `: ${g.digits(10)}:0;snmpwalk -v2c -c public 10.0.9.2 system`,
        `: ${g.digits(10)}:0;db2 connect to SALES user db2inst1 using ${g.s(pw())}`,
        `: ${g.digits(10)}:0;cypher-shell -a neo4j://graph01:7687 -u neo4j -p '${g.s(pw())}'`,
        `: ${g.digits(10)}:0;echo "${g.s(pw())}" | sudo -S systemctl restart nginx`,
        `: ${g.digits(10)}:0;consul kv put config/shop/db_password '${g.s(pw())}'`,
        `: ${g.digits(10)}:0;az vm user update -g rg-legacy -n vm-ftp01 -u ftpadmin -p ${g.s(pw())}`,
        `: ${g.digits(10)}:0;curl -u :${g.s(g.lower(52))} https://dev.azure.com/acme/_apis/projects`,
        `: ${g.digits(10)}:0;git log --oneline -5`,
        '',
      ].join('\n'),
      '.zsh_history',
    );
  });

  it('PowerShell sets a secret-named environment variable with Set-Item', () => {
    expectExactly(
      ['Set-PSReadLineOption -EditMode Emacs', `Set-Item -Path Env:SNYK_TOKEN -Value ${g.s(g.uuid())}`, 'Set-Item -Path Env:EDITOR -Value code', ''].join('\n'),
      'Documents/WindowsPowerShell/profile.ps1',
    );
  });

  it("Drone's from_secret names a secret, it is no value", () => {
    expectExactly(
      ['steps:', '  - name: s3', '    image: plugins/s3', '    settings:', '      access_key:', '        from_secret: s3_access_key', '      secret_key:', '        from_secret: s3_secret_key', ''].join('\n'),
      '.drone.yml',
    );
  });

  it('leaves documentation of flags alone', () => {
    expectExactly(
      [
        '## Options',
        '',
        '| Flag | Meaning |',
        '|---|---|',
        '| `-p, --password` | Password to use when connecting to the server |',
        '| `--password-file FILE` | Read the password from FILE |',
        '',
        'Usage: tool login --username USER --password PASSWORD',
        '       tool login --token <token>',
        '       tool push --api-key $API_KEY',
        '',
        '    -p, --password string   the password (env: TOOL_PASSWORD)',
        '    -a, --auth string       user:password for basic auth',
        '',
        'Example: `mysql -u root -p` prompts for the password; `psql -p 5433` uses another port.',
        'Run `docker run -p 8080:80 web` and `ssh -p 2222 host`.',
        '',
      ].join('\n'),
      'docs/cli.md',
    );
  });

  it('finds tokens under token flags only when they look generated', () => {
    const token = g.alnum(40);
    const text = `gh auth login --hostname ghe.example.com --with-token\n./publish --api-key ${token}\n./publish --api-key ${g.lower(9)}\n`;
    const found = scanner.scan(text, { path: 'scripts/publish.sh' });
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      [token],
    );
  });
});

describe('command-line helpers', () => {
  it('flagValueKind reads a flag or variable name', () => {
    const cases: [string, string | undefined][] = [
      ['password', 'password'],
      ['db-password', 'password'],
      ['Password', 'password'],
      ['http-password', 'password'],
      ['PGPASSWORD', 'password'],
      ['MYSQL_PWD', 'password'],
      ['passphrase', 'password'],
      ['storepass', 'password'],
      ['api-key', 'token'],
      ['NUGET_API_KEY', 'token'],
      ['token', 'token'],
      ['client-secret', 'token'],
      ['password-file', undefined],
      ['password-stdin', undefined],
      ['no-password', undefined],
      ['ask-vault-pass', undefined],
      ['key', undefined],
      ['key-file', undefined],
      ['secret-name', undefined],
      ['TOKEN_URL', undefined],
    ];
    for (const [name, kind] of cases) assert.equal(flagValueKind(name), kind, name);
  });

  it('commandBefore finds the command an argument belongs to', () => {
    const line = 'docker exec -it db mysql -uroot -pX app';
    assert.equal(commandBefore(line, line.indexOf('-pX')).command, 'mysql');
    const run = 'docker run --name mysql -p3306:3306 mysql:8';
    assert.equal(commandBefore(run, run.indexOf('-p3306')).command, 'mysql');
    const piped = 'cat dump.sql | psql -h db -p 5432';
    assert.equal(commandStart(piped, piped.indexOf('-p 5432')), piped.indexOf('|') + 1);
    const continued = 'mysql \\\n  -u root \\\n  -pX';
    assert.equal(commandBefore(continued, continued.indexOf('-pX')).command, 'mysql');
    assert.equal(commandBefore('x 2>&1 mysql -pX', 13).command, 'mysql');
    // A closed `$(…)` before the flag (a Makefile's variable, a command substitution) is an argument, no subshell.
    const make = '\tdocker login $(REGISTRY) -u ci -p X';
    assert.equal(commandBefore(make, make.indexOf('-p X')).command, 'docker');
    const subshell = '(cd app; mysql -pX)';
    assert.equal(commandBefore(subshell, subshell.indexOf('-pX')).command, 'mysql');
    assert.equal(commandStart(subshell, subshell.indexOf('-pX')), subshell.indexOf(';') + 1);
  });

  it('tells literal passwords and tokens from references and stand-ins', () => {
    for (const v of [humanPassword(g), 'hunter2!', 'Pa$$w0rd2024', passphrase(g)]) assert.ok(isLiteralPassword(v), v);
    for (const v of ['$PASS', '${PASS}', '%PASS%', '$(cat f)', '<password>', '[password]', 'PASSWORD', 'your_password', '****', 'changeme', 'password1', '{{ pw }}', '5432', '3306:3306', '${{ secrets.X }}'])
      assert.ok(!isLiteralPassword(v), v);
    assert.ok(isLiteralToken(g.alnum(32)));
    for (const v of ['my-api-token-here', 'YOUR_API_KEY', 'id=npmrc,src=$HOME/.npmrc', g.lower(6)]) assert.ok(!isLiteralToken(v), v);
  });
});
