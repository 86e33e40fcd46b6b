// Secrets given to operations tools on the command line, each by its own flag or position (found while tuning on
// rw-dev10's ops part): an SNMP v1/v2c community (`snmpwalk -c X`), a DB2 login (`db2 connect to DB user U using X`),
// a Neo4j password (`cypher-shell -p X`), a password piped to `sudo -S` (`echo X | sudo -S …`), a secret stored
// under a secret-named key in Consul or etcd (`consul kv put app/db_password X`), a secret-named environment
// variable set by PowerShell's `Set-Item -Path Env:NAME -Value X`, and an Azure VM or Entra user's password given
// to `az vm user update -p X`; a secret echoed into a secret store (`echo X | gcloud secrets versions add …`), an
// AppRole SecretID (`vault write auth/approle/login secret_id=X`), IIS appcmd's `-processModel.password:X` and
// `ngrok config add-authtoken X`, and the `user NAME X` line of a here-document fed to ftp; data tools' logins (rw-dev11):
// Hive's `beeline -p X`, `tabcmd login -p X`, `airflow users create -p X`. The tool decides: `-c`, `-p` and `using`
// mean other things elsewhere.
import type { Rule } from '../types';

/** FreeRADIUS ships `testing123` as the localhost client's secret: the default every guide uses, not one set. */
function withoutDefaultSecret(rule: Rule): Rule {
  return { ...rule, validate: (secret, ctx) => secret !== 'testing123' && (rule.validate?.(secret, ctx) ?? true) };
}
import { SNMP_COMMANDS } from '../detect/shellCommand';
import { literalOfKind, positionalRule, quotedConsistently, toolFlagRule } from './cliRuleBuilder';
import { humanPassword, passphrase } from './humanPasswords';
import { isDefaultCommunity } from '../validators/deviceSyntax';

function withoutDefaultCommunities(rule: Rule): Rule {
  const validate = rule.validate!;
  return { ...rule, validate: (secret, ctx) => !isDefaultCommunity(secret) && validate(secret, ctx) };
}

/** An ftp command feeding a here-document (`ftp -n host <<EOF`, `ftp -inv host << 'END'`); group 1 is the delimiter. */
const FTP_HEREDOC = /(?:^|[\s;|&])ftp(?:[ \t]{1,4}-\w{1,6}){0,3}[ \t]{1,4}[^\s<]{1,100}[ \t]{0,4}<<-?[ \t]{0,2}["']?(\w{1,20})["']?[ \t]*\r?\n/g;

/** A secret's name at the end of a key path (`config/shop/db_password`, `/app/api-token`). */
const SECRET_KEY_PATH = `[\\w./-]{0,120}(?:password|passwd|passphrase|secret|token|api[_-]?key|pass|pwd)[\\w-]{0,20}`;

export const commandLineOpsRules: Rule[] = [
  withoutDefaultCommunities(
    toolFlagRule({
      id: 'cli-snmp-community',
      description: 'SNMP v1/v2c community string given to a net-snmp command (-c)',
      family: 'infrastructure',
      envName: 'SNMP_COMMUNITY',
      docsUrl: 'https://www.net-snmp.org/docs/man/snmpcmd.html',
      tools: SNMP_COMMANDS,
      keywords: ['snmp'],
      flag: '-c',
      value: 'either',
      kind: 'password',
      positives: (g) => [`snmpwalk -v2c -c ${g.s(humanPassword(g))} 10.0.9.1 1.3.6.1.2.1.1`, `snmpget -v 2c -c '${g.s(g.alnum(14))}' sw-core-01 sysUpTime.0`],
      negatives: () => ['snmpwalk -v2c -c public 10.0.0.2 sysName', 'snmpset -v2c -c private 10.0.0.2 sysContact.0 s ops', 'snmpwalk -v2c -c "$SNMP_COMMUNITY" 10.0.0.2', 'snmpwalk -v2c -c <community> host'],
    }),
  ),
  positionalRule({
    id: 'cli-db2-connect-using',
    description: 'DB2 login given in CONNECT TO … USER … USING',
    family: 'database',
    envName: 'DB2_PASSWORD',
    docsUrl: 'https://www.ibm.com/docs/en/db2/11.5?topic=statements-connect-type-1',
    keywords: ['using'],
    ignoreCase: true,
    lead: `connect[ \\t]{1,4}to[ \\t]{1,4}[\\w.-]{1,64}[ \\t]{1,4}user[ \\t]{1,4}[\\w.@$-]{1,64}[ \\t]{1,4}using[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`db2 connect to SALES user db2inst1 using ${g.s(humanPassword(g))}`, `db2 "CONNECT TO PRODDB USER etl USING ${g.s(g.alnum(14))}"`],
    negatives: () => ['db2 connect to SALES user db2inst1 using $DB2_PW', 'db2 connect to SALES user db2inst1', 'db2 connect to SALES user db2inst1 using <password>'],
  }),
  toolFlagRule({
    // Found while tuning on rw-dev11's data part: Hive's JDBC shell takes its login as `-n USER -p PASSWORD`.
    id: 'cli-beeline-password',
    description: 'Hive login of beeline given on its command line (-p)',
    family: 'database',
    envName: 'HIVE_PASSWORD',
    docsUrl: 'https://cwiki.apache.org/confluence/display/Hive/HiveServer2+Clients#HiveServer2Clients-BeelineCommandOptions',
    tools: ['beeline'],
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`beeline -u jdbc:hive2://hs2:10000/default -n etl -p ${g.s(humanPassword(g))} -f refresh.hql`, `beeline -u jdbc:hive2://hs2:10000 -n hive -p '${g.s(g.alnum(16))}'`],
    negatives: () => ['beeline -u jdbc:hive2://hs2:10000 -n etl -p "$HIVE_PASSWORD" -f x.hql', 'beeline -u jdbc:hive2://hs2:10000 -n etl -w /etc/hive/pw.txt', 'beeline -n etl -p <password>'],
  }),
  toolFlagRule({
    // Tableau Server's command line logs in with `tabcmd login -s URL -u USER -p PASSWORD` (also called through a
    // batch variable, `%TABCMD% login …`).
    id: 'cli-tabcmd-password',
    description: 'Tableau Server password given to tabcmd login (-p, --password)',
    family: 'generic',
    envName: 'TABCMD_PASSWORD',
    docsUrl: 'https://help.tableau.com/current/server/en-us/tabcmd_cmd.htm',
    tools: ['tabcmd'],
    subcommand: /^%?[ \t]{1,4}login\b/,
    flag: '-p|--password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`tabcmd login -s https://tableau.corp.local -t Finance -u svc_tab -p ${g.s(humanPassword(g))}`, `%TABCMD% login -s https://bi.example.com -u admin --password "${g.s(g.alnum(18))}"`],
    negatives: () => [
      'tabcmd login -s https://bi.example.com -u admin -p %TABLEAU_PW%',
      'tabcmd login -s https://bi.example.com -u admin --password-file C:\\secrets\\tab.txt',
      'tabcmd refreshextracts -p "Sales"',
    ],
  }),
  toolFlagRule({
    // `airflow users create … -p PASSWORD` sets a web UI login (the bootstrap admin of most compose files).
    id: 'cli-airflow-user-password',
    description: 'Airflow web login set by airflow users create (-p, --password)',
    family: 'generic',
    envName: 'AIRFLOW_ADMIN_PASSWORD',
    docsUrl: 'https://airflow.apache.org/docs/apache-airflow/stable/cli-and-env-variables-ref.html#create_repeat1',
    tools: ['airflow'],
    subcommand: /^[ \t]{1,4}users[ \t]{1,4}create\b/,
    flag: '-p|--password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `airflow users create -u admin -p ${g.s(humanPassword(g))} -f Ada -l Admin -r Admin -e ops@example.com`,
      `airflow users create --username ops --password '${g.s(g.alnum(20))}' --role Admin --email ops@example.com --firstname O --lastname P`,
    ],
    negatives: () => [
      'airflow users create -u admin -p "$AIRFLOW_PASSWORD" -r Admin -e a@b.c -f A -l B',
      'airflow users create -u admin --use-random-password -r Admin -e a@b.c -f A -l B',
      'airflow dags trigger -p my_dag',
    ],
  }),
  toolFlagRule({
    id: 'cli-cypher-shell-password',
    description: 'Neo4j login of cypher-shell given on its command line (-p, --password)',
    family: 'database',
    envName: 'NEO4J_PASSWORD',
    docsUrl: 'https://neo4j.com/docs/operations-manual/current/tools/cypher-shell/',
    tools: ['cypher-shell'],
    flag: '-p|--password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `cypher-shell -a neo4j://graph01:7687 -u neo4j -p '${g.s(passphrase(g).replace(/ /g, '-'))}'`,
      `cypher-shell -u neo4j --password ${g.s(humanPassword(g))} "MATCH (n) RETURN count(n)"`,
      // A passphrase of words quoted as one argument (rw-dev10).
      `cypher-shell -a neo4j://graph01:7687 -u neo4j -p '${g.s(`${g.pick(['granite', 'copper', 'walnut'])} ${g.pick(['lantern', 'harbor', 'otter'])} ${g.pick(['meadow', 'ember', 'comet'])}!`)}'`,
    ],
    negatives: () => [
      'cypher-shell -u neo4j -p "$NEO4J_PASSWORD"',
      'cypher-shell -a neo4j://graph01:7687 -u neo4j',
      'cypher-shell -u neo4j -p <password>',
      "cypher-shell -u neo4j -p 'not set yet'",
      'cypher-shell -u neo4j -p "ask the on call person"',
    ],
  }),
  {
    // `echo X | sudo -S cmd`: sudo reads the password from standard input.
    ...positionalRule({
      id: 'cli-sudo-stdin-password',
      description: 'Password echoed into sudo -S (read from standard input)',
      envName: 'SUDO_PASSWORD',
      docsUrl: 'https://www.sudo.ws/docs/man/sudo.man/',
      keywords: ['sudo'],
      // `printf '%s\\n' X` prints its argument as echo does.
      lead: `(?:echo|printf)[ \\t]{1,4}(?:-[en][ \\t]{1,4})?(?:'%s(?:\\\\n)?'[ \\t]{1,4}|"%s(?:\\\\n)?"[ \\t]{1,4})?`,
      kind: 'password',
      positives: (g) => [
        `echo "${g.s(humanPassword(g))}" | sudo -S systemctl restart nginx`,
        `echo ${g.s(g.alnum(16))} | sudo -k -S apt-get update`,
        `printf '%s\\n' '${g.s(g.alnum(20))}' | sudo -S apt-get update`,
      ],
      negatives: () => ['echo "$SUDO_PW" | sudo -S systemctl restart nginx', 'echo hello | sudo tee /etc/motd', 'echo "done" | mail -s sudo ops'],
    }),
    // sudo comes after the echoed value: look back from it.
    keywordWindow: { before: 200, after: 0 },
    pattern: new RegExp(
      `(?<![\\w.-])(?:echo|printf)[ \\t]{1,4}(?:-[en][ \\t]{1,4})?(?:'%s(?:\\\\n)?'[ \\t]{1,4}|"%s(?:\\\\n)?"[ \\t]{1,4})?["']?(?<secret>[^\\s"'\`]{1,128})(?=["']?[ \\t]{0,4}\\|[ \\t]{0,4}sudo(?:[ \\t]{1,4}-[A-Za-z]{1,3}){0,3}[ \\t]{1,4}-S\\b)`,
    ),
  },
  positionalRule({
    id: 'cli-kv-store-secret',
    description: 'Secret stored under a secret-named key with consul kv put or etcdctl put',
    envName: 'KV_SECRET',
    docsUrl: 'https://developer.hashicorp.com/consul/commands/kv/put',
    keywords: ['kv put', 'etcdctl'],
    ignoreCase: true,
    lead: `(?:consul[ \\t]{1,4}kv[ \\t]{1,4}put|etcdctl(?:[ \\t]{1,4}--[\\w-]{1,30}(?:=[^\\s]{1,100})?){0,4}[ \\t]{1,4}put)[ \\t]{1,4}["']?${SECRET_KEY_PATH}["']?[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`consul kv put config/shop/db_password '${g.s(humanPassword(g))}'`, `etcdctl put /app/api_token ${g.s(g.hex(40))}`],
    negatives: () => ['consul kv put config/shop/db_password "$DB_PW"', 'consul kv put config/shop/db_host db01', 'etcdctl put /app/api_token -', 'consul kv put config/shop/db_password <password>'],
  }),
  positionalRule({
    id: 'powershell-set-item-env-secret',
    description: 'Secret-named environment variable set by PowerShell Set-Item Env:NAME -Value X',
    envName: 'API_TOKEN',
    docsUrl: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables',
    keywords: ['env:'],
    ignoreCase: true,
    lead: `(?:Set-Item|New-Item|si|ni)[ \\t]{1,4}(?:-Path[ \\t]{1,4})?["']?Env:[A-Za-z_]\\w{0,60}(?:PASSWORD|PASSWD|PASS|PWD|TOKEN|SECRET|API_?KEY|KEY)\\w{0,20}["']?[ \\t]{1,4}-Value[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`Set-Item -Path Env:SNYK_TOKEN -Value ${g.s(g.uuid())}`, `Set-Item Env:DEPLOY_API_KEY -Value "${g.s(g.alnum(32))}"`],
    negatives: () => ['Set-Item -Path Env:SNYK_TOKEN -Value $token', 'Set-Item -Path Env:PATH -Value "C:\\tools;$env:PATH"', 'Set-Item -Path Env:API_TOKEN -Value (Get-Secret ApiToken -AsPlainText)'],
  }),
  {
    // `echo X | gcloud secrets versions add NAME --data-file=-`, `printf X | docker secret create NAME -`: the value
    // echoed into a secret store is the secret.
    ...positionalRule({
      id: 'cli-secret-store-stdin',
      description: 'Secret echoed into a secret store (gcloud secrets, docker/podman secret create, kubectl create secret)',
      envName: 'SECRET_VALUE',
      docsUrl: 'https://cloud.google.com/sdk/gcloud/reference/secrets/versions/add',
      keywords: ['gcloud secrets', 'secret create', 'create secret'],
      lead: `(?:echo|printf)[ \\t]{1,4}(?:-[en][ \\t]{1,4})?`,
      kind: 'token',
      positives: (g) => [`echo -n "${g.s(g.alnum(40))}" | gcloud secrets versions add partner-api-key --data-file=-`, `printf '${g.s(g.hex(32))}' | docker secret create webhook_secret -`],
      negatives: () => ['echo -n "$API_KEY" | gcloud secrets versions add partner-api-key --data-file=-', 'echo "done" | gcloud secrets list', 'printf "%s" "$TOKEN" | docker secret create t -'],
    }),
    // The store's command comes after the echoed value: look back from it.
    keywordWindow: { before: 200, after: 0 },
    pattern: new RegExp(
      `(?<![\\w.-])(?:echo|printf)[ \\t]{1,4}(?:-[en][ \\t]{1,4})?["']?(?<secret>[^\\s"'\`]{1,128})(?=["']?[ \\t]{0,4}\\|[ \\t]{0,4}(?:gcloud[ \\t]{1,4}secrets[ \\t]{1,4}(?:create|versions[ \\t]{1,4}add)|(?:docker|podman)[ \\t]{1,4}secret[ \\t]{1,4}create|kubectl[ \\t]{1,4}create[ \\t]{1,4}secret)\\b)`,
    ),
  },
  positionalRule({
    id: 'cli-vault-approle-secret-id',
    description: 'AppRole SecretID given to vault write auth/…/login secret_id=X',
    family: 'infrastructure',
    envName: 'VAULT_SECRET_ID',
    docsUrl: 'https://developer.hashicorp.com/vault/docs/auth/approle',
    keywords: ['vault write'],
    lead: `vault[ \\t]{1,4}write(?:[ \\t]{1,4}-[\\w-]{1,30}(?:=[^\\s]{1,100})?){0,4}[ \\t]{1,4}auth/[\\w-]{1,40}/login(?:[ \\t]{1,4}[\\w-]{1,40}=[^\\s]{1,200}){0,4}[ \\t]{1,4}secret_id=`,
    kind: 'token',
    positives: (g) => [`vault write auth/approle/login role_id=${g.uuid()} secret_id=${g.s(g.uuid())}`, `vault write -format=json auth/ci-approle/login secret_id=${g.s(g.uuid())} role_id=${g.uuid()}`],
    negatives: (g) => [`vault write auth/approle/login role_id=${g.uuid()} secret_id="$SECRET_ID"`, `vault write auth/approle/login role_id=${g.uuid()} secret_id=-`, 'vault read auth/approle/role/ci/role-id'],
  }),
  positionalRule({
    id: 'cli-appcmd-password',
    description: 'Password set by IIS appcmd (-processModel.password:X, /[…].password:X)',
    envName: 'IIS_APPPOOL_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/iis/get-started/getting-started-with-iis/getting-started-with-appcmdexe',
    keywords: ['appcmd'],
    ignoreCase: true,
    lead: `appcmd(?:\\.exe)?[ \\t][^\\n]{0,300}?[ \\t][-/](?:[\\w\\[\\]'=.@-]{0,120}\\.)?(?:password|userPass)[:=]`,
    kind: 'password',
    positives: (g) => [
      `appcmd set apppool "Intranet" -processModel.userName:CORP\\svc_web -processModel.password:${g.s(humanPassword(g))}`,
      `%windir%\\system32\\inetsrv\\appcmd.exe set vdir "Default Web Site/share" -userName:CORP\\svc -password:${g.s(g.alnum(16))}`,
    ],
    negatives: () => [
      'appcmd set apppool "Intranet" -processModel.userName:CORP\\svc_web -processModel.password:%APPPOOL_PW%',
      'appcmd list apppool',
      'appcmd set apppool "Intranet" -processModel.identityType:ApplicationPoolIdentity',
    ],
  }),
  positionalRule({
    id: 'cli-ngrok-authtoken',
    description: 'ngrok authtoken given to ngrok config add-authtoken / ngrok authtoken',
    family: 'infrastructure',
    envName: 'NGROK_AUTHTOKEN',
    docsUrl: 'https://ngrok.com/docs/agent/cli/#ngrok-config-add-authtoken',
    keywords: ['ngrok'],
    lead: `ngrok[ \\t]{1,4}(?:config[ \\t]{1,4}add-authtoken|authtoken)[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`ngrok config add-authtoken ${g.s(g.alnum(27) + '_' + g.alnum(21))}`, `ngrok authtoken ${g.s(g.alnum(43))}`],
    negatives: () => ['ngrok config add-authtoken $NGROK_AUTHTOKEN', 'ngrok config add-authtoken <token>', 'ngrok http 8080'],
  }),
  {
    // `ftp -n host <<EOF` then `user NAME PASSWORD`: the scripted login of the classic ftp client (and its `quote
    // USER`/`PASS` cousins are protocolTranscripts.ts's). Only inside a here-document fed to ftp.
    ...positionalRule({
      id: 'cli-ftp-heredoc-user',
      description: 'Password of an ftp here-document login line (ftp -n host <<EOF / user NAME PASSWORD)',
      envName: 'FTP_PASSWORD',
      docsUrl: 'https://linux.die.net/man/1/ftp',
      keywords: ['user '],
      multiline: true,
      lead: `^[ \\t]{0,8}user[ \\t]{1,4}[^\\s"']{1,64}[ \\t]{1,4}`,
      kind: 'password',
      positives: (g) => [
        `ftp -n ftp.legacy.example <<EOF\nuser acme ${g.s(humanPassword(g))}\nbinary\nput export.dat\nbye\nEOF`,
        `ftp -inv 10.0.0.5 << 'END'\n  user backup ${g.s(g.alnum(14))}\n  mput *.gz\nEND`,
      ],
      negatives: () => ['ftp -n ftp.example <<EOF\nuser acme $FTP_PW\nbye\nEOF', 'ftp -n ftp.example <<EOF\nbye\nEOF\nuser john smith\n', 'cat <<EOF\nuser alice admins\nEOF'],
    }),
    // The validator wants `ftp` opening the here-document: a text without the word (most with `user `) is skipped.
    contextKeywords: ['ftp'],
    validate: (secret, ctx) => {
      if (!quotedConsistently(ctx) || !literalOfKind(secret, 'password')) return false;
      // Inside a here-document an ftp command opened at most 400 characters before, and not closed since.
      const before = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
      let open: RegExpMatchArray | null = null;
      for (const m of before.matchAll(FTP_HEREDOC)) open = m;
      if (!open) return false;
      const body = before.slice(open.index! + open[0].length);
      return !body
        .split('\n')
        .slice(0, -1)
        .some((line) => line.trim() === open![1]);
    },
  },
  toolFlagRule({
    id: 'cli-az-user-password',
    description: 'Password given to az vm user update / az ad user create / az sql server create (-p, --password, --admin-password)',
    family: 'cloud',
    envName: 'AZURE_USER_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/cli/azure/vm/user',
    tools: ['az'],
    keywords: ['az vm', 'az ad', 'az vmss', 'az sql'],
    // `az sql server create -u ADMIN -p X`: -p is the server admin's password (--admin-password).
    subcommand: /^[ \t]{1,4}(?:(?:vm|vmss)[ \t]{1,4}user[ \t]{1,4}(?:update|reset-password)|ad[ \t]{1,4}user[ \t]{1,4}(?:create|update)|sql[ \t]{1,4}(?:server|mi)[ \t]{1,4}(?:create|update))\b/,
    flag: '-p|--password|--admin-password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `az vm user update -g rg-legacy -n vm-ftp01 -u ftpadmin -p ${g.s(humanPassword(g))}`,
      `az ad user create --display-name "Temp" --user-principal-name temp@acme.example --password '${g.s(g.alnum(16))}'`,
      `az sql server create -g rg-data -n acme-sql -l westeurope -u sqladmin -p '${g.s(humanPassword(g))}'`,
    ],
    negatives: () => [
      'az vm user update -g rg -n vm01 -u admin -p "$VM_PW"',
      'az vm user update -g rg -n vm01 -u admin --ssh-key-value ~/.ssh/id_rsa.pub',
      'az vm user update -g rg -n vm01 -u admin -p <password>',
      'az sql server create -g rg -n acme-sql -u sqladmin -p "$SQL_ADMIN_PW"',
    ],
  }),
  // FreeRADIUS's test client: `radtest USER PASSWORD SERVER[:PORT] NAS-PORT SECRET` (the RADIUS shared secret last).
  positionalRule({
    id: 'cli-radtest-password',
    description: 'User password given to radtest USER PASSWORD SERVER NAS-PORT SECRET',
    envName: 'RADIUS_TEST_PASSWORD',
    docsUrl: 'https://freeradius.org/radiusd/man/radtest.html',
    keywords: ['radtest'],
    lead: 'radtest(?:[ \t]{1,4}-[tPx46](?:[ \t]{1,4}[\\w-]{1,20})?){0,3}[ \t]{1,4}[^\\s"\'`-][^\\s"\'`]{0,100}[ \t]{1,4}',
    kind: 'password',
    positives: (g) => [`radtest ${g.lower(6)} ${g.s(humanPassword(g))} 127.0.0.1 0 testing123`, `radtest -t mschap ${g.lower(6)} '${g.s(g.alnum(14))}' radius01:1812 10 ${g.alnum(20)}`],
    negatives: () => ['radtest "$USER" "$PASS" 127.0.0.1 0 "$SECRET"', 'radtest alice <password> localhost 0 <secret>'],
  }),
  positionalRule({
    id: 'cli-radtest-secret',
    description: 'RADIUS shared secret given to radtest USER PASSWORD SERVER NAS-PORT SECRET',
    envName: 'RADIUS_SECRET',
    docsUrl: 'https://freeradius.org/radiusd/man/radtest.html',
    keywords: ['radtest'],
    lead: 'radtest(?:[ \t]{1,4}-[tPx46](?:[ \t]{1,4}[\\w-]{1,20})?){0,3}[ \t]{1,4}[^\\s"\'`-][^\\s"\'`]{0,100}[ \t]{1,4}["\']?[^\\s"\'`]{1,128}["\']?[ \t]{1,4}[\\w.:\\[\\]-]{1,100}[ \t]{1,4}\\d{1,5}[ \t]{1,4}',
    kind: 'password',
    positives: (g) => [`radtest ${g.lower(6)} ${humanPassword(g)} 127.0.0.1 0 ${g.s(g.alnum(24))}`, `radtest -t pap ${g.lower(6)} '${g.alnum(12)}' radius.corp.example:1812 10 '${g.s(humanPassword(g))}'`],
    negatives: () => ['radtest alice "$PASS" 127.0.0.1 0 "$RADIUS_SECRET"', 'radtest alice pw 127.0.0.1 0 <secret>'],
  }),
  // FreeRADIUS's packet client: `radclient [options] SERVER[:PORT] auth|acct|status|coa|disconnect|auto SECRET`
  // (the shared secret last; the attributes come on standard input, rw-dev15).
  withoutDefaultSecret(
    positionalRule({
      id: 'cli-radclient-secret',
      description: 'RADIUS shared secret given to radclient SERVER COMMAND SECRET',
      envName: 'RADIUS_SECRET',
      docsUrl: 'https://freeradius.org/radiusd/man/radclient.html',
      keywords: ['radclient'],
      lead: 'radclient(?:[ \t]{1,4}-[A-Za-z46](?:[ \t]{1,4}[^\\s"\'`-][^\\s"\'`]{0,100})?){0,6}[ \t]{1,4}[\\w.:\\[\\]-]{1,100}[ \t]{1,4}(?:auth|acct|status|coa|disconnect|auto)[ \t]{1,4}',
      kind: 'password',
      positives: (g) => [
        `echo "User-Name=monitor,User-Password=${humanPassword(g)}" | radclient -x 10.0.5.20:1812 auth ${g.s(g.alnum(32))}`,
        `radclient -f req.txt -r 2 radius.corp.example acct '${g.s(humanPassword(g))}'`,
      ],
      negatives: () => ['echo "User-Name=bob" | radclient -x localhost auth testing123', 'radclient 10.0.0.1 auth "$RADIUS_SECRET"', 'radclient 10.0.0.1 auth <secret>'],
    }),
  ),
  toolFlagRule({
    id: 'cli-ascp-transfer-token',
    description: 'Aspera transfer token given to ascp -W (Faspex and Shares packages, rw-dev19)',
    envName: 'ASPERA_TOKEN',
    docsUrl: 'https://www.ibm.com/docs/en/ahts/4.4?topic=linux-ascp-command-reference',
    tools: ['ascp'],
    flag: '-W',
    value: 'either',
    kind: 'token',
    positives: (g) => [
      `ascp --mode=send -W '${g.s(`ATV7_${g.base64url(60)}`)}' --host=faspex.vendor.example --user=xfer /mnt/out /`,
      `ascp -W ${g.s(`ATM2_${g.alnum(48)}`)} -P 33001 -l 500m ./deliv xfer@ats.example:/`,
    ],
    negatives: () => ['ascp -W "$ASPERA_TOKEN" --host=faspex.vendor.example /mnt/out /', 'ascp -P 33001 -l 100m -k 2 ./deliv xfer@host:/', 'ascp -W <token> --host=h /a /'],
  }),
];
