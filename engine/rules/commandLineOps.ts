// Secrets given to operations tools on the command line, each by its own flag or position (found while tuning on
// rw-dev10's ops part): an SNMP v1/v2c community (`snmpwalk -c X`), a DB2 login (`db2 connect to DB user U using X`),
// a Neo4j password (`cypher-shell -p X`), a password piped to `sudo -S` (`echo X | sudo -S …`), a secret stored
// under a secret-named key in Consul or etcd (`consul kv put app/db_password X`), a secret-named environment
// variable set by PowerShell's `Set-Item -Path Env:NAME -Value X`, and an Azure VM or Entra user's password given
// to `az vm user update -p X`. The tool decides: `-c`, `-p` and `using` mean other things elsewhere.
import type { Rule } from '../types';
import { SNMP_COMMANDS } from '../detect/shellCommand';
import { positionalRule, toolFlagRule } from './cliRuleBuilder';
import { humanPassword, passphrase } from './humanPasswords';

/** The communities every SNMP agent ships with: defaults, not secrets. */
const DEFAULT_COMMUNITY = /^(?:public|private)$/i;

function withoutDefaultCommunities(rule: Rule): Rule {
  const validate = rule.validate!;
  return { ...rule, validate: (secret, ctx) => !DEFAULT_COMMUNITY.test(secret) && validate(secret, ctx) };
}

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
    description: 'Password given to DB2 CONNECT TO … USER … USING',
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
    id: 'cli-cypher-shell-password',
    description: 'Neo4j password given to cypher-shell (-p, --password)',
    family: 'database',
    envName: 'NEO4J_PASSWORD',
    docsUrl: 'https://neo4j.com/docs/operations-manual/current/tools/cypher-shell/',
    tools: ['cypher-shell'],
    flag: '-p|--password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`cypher-shell -a neo4j://graph01:7687 -u neo4j -p '${g.s(passphrase(g).replace(/ /g, '-'))}'`, `cypher-shell -u neo4j --password ${g.s(humanPassword(g))} "MATCH (n) RETURN count(n)"`],
    negatives: () => ['cypher-shell -u neo4j -p "$NEO4J_PASSWORD"', 'cypher-shell -a neo4j://graph01:7687 -u neo4j', 'cypher-shell -u neo4j -p <password>'],
  }),
  {
    // `echo X | sudo -S cmd`: sudo reads the password from standard input.
    ...positionalRule({
      id: 'cli-sudo-stdin-password',
      description: 'Password echoed into sudo -S (read from standard input)',
      envName: 'SUDO_PASSWORD',
      docsUrl: 'https://www.sudo.ws/docs/man/sudo.man/',
      keywords: ['sudo'],
      lead: `(?:echo|printf)[ \\t]{1,4}(?:-[en][ \\t]{1,4})?`,
      kind: 'password',
      positives: (g) => [`echo "${g.s(humanPassword(g))}" | sudo -S systemctl restart nginx`, `echo ${g.s(g.alnum(16))} | sudo -k -S apt-get update`],
      negatives: () => ['echo "$SUDO_PW" | sudo -S systemctl restart nginx', 'echo hello | sudo tee /etc/motd', 'echo "done" | mail -s sudo ops'],
    }),
    pattern: new RegExp(`(?<![\\w.-])(?:echo|printf)[ \\t]{1,4}(?:-[en][ \\t]{1,4})?["']?(?<secret>[^\\s"'\`]{1,128})(?=["']?[ \\t]{0,4}\\|[ \\t]{0,4}sudo(?:[ \\t]{1,4}-[A-Za-z]{1,3}){0,3}[ \\t]{1,4}-S\\b)`),
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
  toolFlagRule({
    id: 'cli-az-user-password',
    description: 'Password given to az vm user update / az ad user create (-p, --password)',
    family: 'cloud',
    envName: 'AZURE_USER_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/cli/azure/vm/user',
    tools: ['az'],
    keywords: ['az vm', 'az ad', 'az vmss'],
    subcommand: /^[ \t]{1,4}(?:(?:vm|vmss)[ \t]{1,4}user[ \t]{1,4}(?:update|reset-password)|ad[ \t]{1,4}user[ \t]{1,4}(?:create|update))\b/,
    flag: '-p|--password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`az vm user update -g rg-legacy -n vm-ftp01 -u ftpadmin -p ${g.s(humanPassword(g))}`, `az ad user create --display-name "Temp" --user-principal-name temp@acme.example --password '${g.s(g.alnum(16))}'`],
    negatives: () => ['az vm user update -g rg -n vm01 -u admin -p "$VM_PW"', 'az vm user update -g rg -n vm01 -u admin --ssh-key-value ~/.ssh/id_rsa.pub', 'az vm user update -g rg -n vm01 -u admin -p <password>'],
  }),
];
