// Passwords given to network, hardware and host administration tools on the command line, each by its own flag
// (found while tuning on rw-dev7's command-line part): SNMPv3 pass phrases (`snmpwalk -A X -X Y`), BMC passwords
// (`ipmitool -P X`), Nagios/Icinga plugin passwords (`check_mysql -p X`), Wi-Fi pass phrases (`nmcli … password X`,
// `wpa_passphrase SSID X`), WinRS and scheduled-task passwords (`winrs -p:X`, `schtasks /RP X`), and positional
// secrets whose command says what they are (`ansible-vault encrypt_string 'X'`, `rabbitmqctl authenticate_user U X`).
// The tool decides: `-A` / `-P` / `-p` mean other things to other commands (see engine/detect/shellCommand.ts).
import { SNMP_COMMANDS } from '../detect/shellCommand';
import type { ExampleGen, Rule } from '../types';
import { positionalRule, toolFlagRule } from './cliRuleBuilder';
import { humanPassword, passphrase } from './humanPasswords';
import { passwordVerdict } from '../validators/secretValue';

const user = (g: ExampleGen) => g.pick(['admin', 'monitor', 'ops', 'nagios', 'svc_backup', 'deploy']);

/** Monitoring plugins whose `-p` is the database password (their port is `-P`). */
export const NAGIOS_DB_PLUGINS: readonly string[] = ['check_mysql', 'check_mysql_query', 'check_pgsql'];

/** SQL Server setup's account passwords (`setup.exe /SAPWD=…`, Chocolatey's `--params "'/SAPWD:…'"`). */
const SQL_SETUP_PASSWORD_FLAG = '(?:SA|SQLSVC|AGTSVC|ASSVC|RSSVC|ISSVC|FTSVC|PBENGSVC|PBDMSSVC)PASSWORD|SAPWD';

export const commandLineAdminRules: Rule[] = [
  {
    id: 'cli-sqlserver-setup-password',
    provider: 'Generic',
    family: 'generic',
    priority: 'context',
    severity: 'error',
    description: 'SQL Server setup password flag (`/SAPWD=`, `/SQLSVCPASSWORD=`, also inside Chocolatey `--params`)',
    keywords: ['sapwd', 'svcpassword'],
    keywordWindow: { before: 12, after: 140 },
    // The flags are setup.exe's alone; the value, maybe in double quotes, runs to a blank or a quote.
    pattern: new RegExp(`(?<![\\w])[/-](?:${SQL_SETUP_PASSWORD_FLAG})[=:]"?(?<secret>[^\\s"']{4,128})`, 'i'),
    // Not a variable (`%SA_PASSWORD%`, `$env:SA_PASSWORD`) or a placeholder in brackets.
    validate: (value) => !/^(?:[<{[$]|%\w+%$)/.test(value) && passwordVerdict(value, 'password', { compoundWords: true }) === undefined,
    skipPlaceholderCheck: true,
    envName: 'MSSQL_SA_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/sql/database-engine/install-windows/install-sql-server-from-the-command-prompt',
    revocationUrl: null,
    revocationNote: 'Change the sa (or service account) password on the instance (ALTER LOGIN sa WITH PASSWORD = …) and pass it from a prompt or a secret store.',
    examples: {
      positives: (g) => [
        `setup.exe /Q /ACTION=Install /FEATURES=SQLENGINE /SECURITYMODE=SQL /SAPWD=${g.s(g.alnum(16))} /IACCEPTSQLSERVERLICENSETERMS`,
        `choco install sql-server-express -y --params="'/SAPWD:${g.s(humanPassword(g))} /SECURITYMODE:SQL'"`,
      ],
      negatives: () => ['setup.exe /Q /ACTION=Install /SAPWD=%SA_PASSWORD%', 'setup.exe /SAPWD=<StrongPassword> /SECURITYMODE=SQL', 'setup.exe /Q /SQLSVCPASSWORD=$env:SVC_PW'],
    },
  },
  toolFlagRule({
    id: 'cli-snmpv3-passphrase',
    description: 'SNMPv3 authentication or privacy pass phrase given to a net-snmp command (-A / -X)',
    family: 'infrastructure',
    envName: 'SNMP_AUTH_PASSPHRASE',
    docsUrl: 'https://www.net-snmp.org/docs/man/snmpcmd.html',
    tools: SNMP_COMMANDS,
    keywords: ['snmp'],
    flag: '-[AX]',
    value: 'either',
    kind: 'password',
    positives: (g) => [
      `snmpwalk -v3 -l authPriv -u ${user(g)} -a SHA -A ${g.s(humanPassword(g))} -x AES -X ${g.s(g.alnum(16))} 10.0.0.1 ifDescr`,
      `snmpget -v3 -l authNoPriv -u ${user(g)} -a SHA -A '${g.s(passphrase(g))}' sw-core-01 sysUpTime.0`,
      `snmpbulkwalk -v3 -u ${user(g)} -l authPriv -a SHA -A${g.s(humanPassword(g))} -x AES -X${g.s(humanPassword(g))} 10.1.1.1`,
    ],
    negatives: () => [
      'snmpwalk -v3 -l authPriv -u monitor -a SHA -A "$SNMP_AUTH" -x AES -X "$SNMP_PRIV" 10.0.0.1',
      'snmpwalk -v2c -c public 10.0.0.2 sysName',
      'snmpwalk -v3 -l authPriv -u monitor -a SHA -A <auth-pass> -x AES -X <priv-pass> host',
      'grep -A 3 error /var/log/snmpd.log',
    ],
  }),
  toolFlagRule({
    id: 'cli-ipmitool-password',
    description: 'BMC password given to ipmitool -P',
    family: 'infrastructure',
    envName: 'IPMI_PASSWORD',
    docsUrl: 'https://linux.die.net/man/1/ipmitool',
    tools: ['ipmitool'],
    flag: '-P',
    value: 'either',
    kind: 'password',
    positives: (g) => [`ipmitool -I lanplus -H 10.10.1.21 -U ADMIN -P ${g.s(humanPassword(g))} chassis power status`, `ipmitool -I lanplus -H bmc-04 -U root -P '${g.s(g.alnum(14))}' sel list`],
    negatives: () => [
      'ipmitool -I lanplus -H 10.10.1.21 -U ADMIN -E sensor',
      'ipmitool -I lanplus -H bmc -U root -P "$IPMI_PASSWORD" power on',
      'ipmitool -I lanplus -H bmc -U root -f /root/.ipmipass sel list',
    ],
  }),
  toolFlagRule({
    id: 'cli-monitoring-plugin-password',
    description: 'Database password given to a Nagios / Icinga monitoring plugin (check_mysql, check_pgsql -p)',
    family: 'database',
    envName: 'CHECK_PASSWORD',
    docsUrl: 'https://www.monitoring-plugins.org/doc/man/check_mysql.html',
    tools: NAGIOS_DB_PLUGINS,
    keywords: ['check_mysql', 'check_pgsql'],
    flag: '-p|--password',
    value: 'either',
    kind: 'password',
    positives: (g) => [
      `command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u ${user(g)} -p ${g.s(humanPassword(g))} -S`,
      `/usr/lib/nagios/plugins/check_pgsql -H db1 -l ${user(g)} -p '${g.s(humanPassword(g))}' -d app`,
    ],
    negatives: () => ['command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p $USER3$', '/usr/lib/nagios/plugins/check_pgsql -H db1 -P 5433 -l nagios', 'check_mysql -H db1 -u nagios -p "$MYSQL_PW"'],
  }),
  toolFlagRule({
    id: 'cli-nmcli-wifi-passphrase',
    description: 'Wi-Fi pass phrase given to nmcli (password X, wifi-sec.psk X)',
    family: 'infrastructure',
    envName: 'WIFI_PASSPHRASE',
    docsUrl: 'https://networkmanager.dev/docs/api/latest/nmcli.html',
    tools: ['nmcli'],
    // A field named after `-g`/`-f` (`nmcli -s -g 802-11-wireless-security.psk connection show X`) is one to print, not a value given.
    flag: '(?<!(?:-g|-f|--fields|--get-values)[ \\t])(?:password|wifi-sec\\.psk|802-11-wireless-security\\.psk)',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `nmcli dev wifi connect "Office-5G" password "${g.s(humanPassword(g))}"`,
      `nmcli con add type wifi ifname wlan0 con-name guest ssid Guest -- wifi-sec.key-mgmt wpa-psk wifi-sec.psk ${g.s(passphrase(g).replace(/ /g, '-'))}`,
    ],
    negatives: () => [
      'nmcli dev wifi connect "Office-5G" password "$WIFI_PSK"',
      'nmcli dev wifi connect Office --ask',
      'nmcli -s con show guest | grep psk',
      'nmcli -s -g 802-11-wireless-security.psk connection show "Kamer 12"',
    ],
  }),
  positionalRule({
    id: 'cli-wpa-passphrase',
    description: 'Wi-Fi pass phrase given to wpa_passphrase SSID PASSPHRASE',
    family: 'infrastructure',
    envName: 'WIFI_PASSPHRASE',
    docsUrl: 'https://w1.fi/cgit/hostap/plain/wpa_supplicant/README',
    keywords: ['wpa_passphrase'],
    lead: `wpa_passphrase[ \\t]{1,4}(?:"[^"\\n]{1,64}"|'[^'\\n]{1,64}'|[^\\s"'|;&<>]{1,64})[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`wpa_passphrase Office-IoT ${g.s(humanPassword(g))} >> /etc/wpa_supplicant/wpa_supplicant.conf`, `wpa_passphrase "Lab WiFi" '${g.s(passphrase(g))}'`],
    negatives: () => ['wpa_passphrase Office-IoT', 'wpa_passphrase Office-IoT < passphrase.txt', 'wpa_passphrase "$SSID" "$PSK"'],
  }),
  toolFlagRule({
    id: 'cli-hdbsql-password',
    description: 'SAP HANA password given to hdbsql -p (the user store key, -U, is the safe form)',
    family: 'database',
    envName: 'HANA_PASSWORD',
    docsUrl: 'https://help.sap.com/docs/SAP_HANA_PLATFORM/f1b440ded6144a54ada97ff95dac7adf/c22c67c3bb571014afebeb4a76c3d95d.html',
    tools: ['hdbsql'],
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `hdbsql -n hana01:30015 -u SYSTEM -p ${g.s(humanPassword(g))} "select count(*) from m_tables"`,
      `hdbsql -i 00 -d SYSTEMDB -u BACKUP_OP -p '${g.s(g.alnum(16))}' -I backup.sql`,
      // The tool called through a batch variable holding its path.
      `set HDB="C:\\Program Files\\sap\\hdbclient\\hdbsql.exe"\r\n%HDB% -n hana01:30013 -d SYSTEMDB -u BACKUP_OP -p ${g.s(`${g.alnum(12)}#${g.digits(3)}`)} "BACKUP DATA USING FILE ('daily')"\r\n`,
    ],
    negatives: (g) => [
      'hdbsql -U BACKUPKEY "BACKUP DATA USING FILE (\'daily\')"',
      'hdbsql -n hana01:30015 -u SYSTEM -p "$HANA_PW" "select 1"',
      // A variable holding another program.
      `set TOOL="C:\\Tools\\report.exe"\r\n%TOOL% -n hana01 -u BACKUP_OP -p ${g.alnum(14)}\r\n`,
    ],
  }),
  toolFlagRule({
    id: 'cli-ktpass-password',
    description: "Service account password given to ktpass /pass (it sets the account's password and writes the keytab)",
    envName: 'KEYTAB_ACCOUNT_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ktpass',
    tools: ['ktpass'],
    // `+rndPass` asks ktpass to set a random password: no value given.
    flag: '[/-]pass(?![ \\t]{1,4}\\+rndPass)',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `ktpass /princ HTTP/web.corp.local@CORP.LOCAL /mapuser CORP\\svc_web /pass ${g.s(passphrase(g).replace(/ /g, '-'))} /crypto AES256-SHA1 /out web.keytab`,
      `ktpass -princ host/app01.corp.local@CORP.LOCAL -mapuser svc_app@corp.local -pass ${g.s(humanPassword(g))} -ptype KRB5_NT_PRINCIPAL -out app01.keytab`,
    ],
    negatives: () => ['ktpass /princ HTTP/web.corp.local@CORP.LOCAL /mapuser CORP\\svc_web /pass * /crypto AES256-SHA1 /out web.keytab', 'ktpass -princ HTTP/web@CORP.LOCAL -pass +rndPass -out web.keytab'],
  }),
  // `icinga2 node setup`: `node` is also Node.js's command, so the tool's words lead the match instead of a flag rule.
  positionalRule({
    id: 'cli-icinga2-ticket',
    description: 'Icinga 2 agent setup ticket given to icinga2 node setup --ticket (a PKI signing ticket derived from the TicketSalt)',
    family: 'infrastructure',
    envName: 'ICINGA2_TICKET',
    docsUrl: 'https://icinga.com/docs/icinga-2/latest/doc/06-distributed-monitoring/',
    keywords: ['icinga2'],
    lead: 'icinga2(?:\\.exe)?[ \\t]{1,4}node[ \\t]{1,4}setup[ \\t](?:[^\\n-]|-(?!-ticket[ \\t])){0,300}--ticket[ \\t]{1,4}',
    kind: 'token',
    positives: (g) => [
      `icinga2 node setup --ticket ${g.s(g.hex(40))} --cn agent01.corp.local --endpoint icinga-master --zone agent01 --parent_zone master`,
      `icinga2 node setup --cn agent01 --zone agent01 --ticket ${g.s(g.hex(40))} --accept-config`,
    ],
    negatives: () => ['icinga2 node setup --ticket $TICKET --cn agent01 --endpoint master', 'icinga2 pki ticket --cn agent01.corp.local'],
  }),
  toolFlagRule({
    id: 'cli-winrs-password',
    description: 'Password given to winrs (-p: / -password:)',
    envName: 'WINRM_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/winrs',
    tools: ['winrs'],
    flag: '-p:|-password:|/p:|/password:',
    value: 'attached',
    kind: 'password',
    positives: (g) => [`winrs -r:web02 -u:CORP\\${user(g)} -p:${g.s(humanPassword(g))} ipconfig`, `winrs /r:https://web03:5986 /u:${user(g)} /p:"${g.s(g.alnum(14))}" hostname`],
    negatives: () => ['winrs -r:web02 -u:CORP\\deploy -p:%WINRM_PW% ipconfig', 'winrs -r:web02 ipconfig'],
  }),
  toolFlagRule({
    id: 'cli-schtasks-password',
    description: 'Run-as password given to schtasks (/RP, /P)',
    envName: 'TASK_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks-create',
    tools: ['schtasks'],
    flag: '/RP|/rp|/P|/p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `schtasks /Create /TN "Nightly Export" /TR "C:\\Reports\\export.cmd" /SC DAILY /ST 02:00 /RU CORP\\${user(g)} /RP ${g.s(humanPassword(g))}`,
      `schtasks /Change /TN Backup /RU CORP\\${user(g)} /RP "${g.s(g.alnum(16))}"`,
    ],
    negatives: () => ['schtasks /Create /TN Backup /TR backup.cmd /SC DAILY /RU SYSTEM', 'schtasks /Create /TN Backup /RU CORP\\svc /RP *', 'schtasks /Create /TN Backup /RU CORP\\svc /RP %TASK_PW%'],
  }),
  positionalRule({
    id: 'cli-ansible-vault-encrypt-string',
    description: 'Secret given in clear to ansible-vault encrypt_string',
    envName: 'VAULT_SECRET',
    docsUrl: 'https://docs.ansible.com/ansible/latest/cli/ansible-vault.html#encrypt-string',
    keywords: ['encrypt_string'],
    // Flags may come first; the value is the first positional argument.
    lead: `ansible-vault[ \\t]{1,4}encrypt_string(?:[ \\t]{1,4}--?[\\w-]{1,30}(?:[ =](?:"[^"\\n]{0,60}"|'[^'\\n]{0,60}'|[^\\s"'-][^\\s"']{0,60}))?){0,4}[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`ansible-vault encrypt_string '${g.s(humanPassword(g))}' --name 'smtp_password'`, `ansible-vault encrypt_string --vault-id prod@prompt '${g.s(g.alnum(20))}' --name db_password`],
    negatives: () => ['ansible-vault encrypt_string --stdin-name db_password', 'ansible-vault encrypt_string "$DB_PASSWORD" --name \'db_password\'', 'ansible-vault encrypt group_vars/prod.yml'],
  }),
  positionalRule({
    id: 'cli-rabbitmqctl-authenticate',
    description: 'Password given to rabbitmqctl authenticate_user (a password check on the command line)',
    envName: 'RABBITMQ_PASSWORD',
    docsUrl: 'https://www.rabbitmq.com/docs/man/rabbitmqctl.8',
    keywords: ['authenticate_user'],
    lead: `rabbitmqctl(?:\\.bat)?(?:[ \\t]{1,4}-[nqt](?:[ \\t]{1,4}[^\\s-][^\\s]{0,100})?){0,3}[ \\t]{1,4}authenticate_user[ \\t]{1,4}["']?[^\\s"']{1,100}["']?[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`rabbitmqctl authenticate_user orders ${g.s(humanPassword(g))}`, `docker exec mq rabbitmqctl authenticate_user guest '${g.s(g.alnum(16))}'`],
    negatives: () => ['rabbitmqctl authenticate_user orders "$ORDERS_PW"', 'rabbitmqctl authenticate_user orders'],
  }),
];
