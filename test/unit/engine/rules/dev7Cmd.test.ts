// Classes of passwords and tokens on command lines and in logs found while tuning on rw-dev7's command-line part:
// administration tools' own flags (SNMPv3 pass phrases, ipmitool, monitoring plugins, nmcli and wpa_passphrase,
// winrs, schtasks), positional secrets (ansible-vault encrypt_string, rabbitmqctl authenticate_user).
// Each case says what must be found and what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de7);

const { found: values } = ruleAssertions(scanner);

/** A person's password, as people set them (`Harbor482!`). */
const pw = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Violet'])}${g.digits(3)}${g.pick(['!', '#', '%', '.'])}`;
/** One that survives unquoted in a shell word. */
const plain = () => `${g.pick(['harbor', 'falcon', 'maple', 'copper'])}_${g.pick(['glacier', 'orchid', 'tundra'])}${g.digits(2)}`;

describe('rw-dev7 classes: command lines and logs', () => {
  describe('administration tools', () => {
    it('finds SNMPv3 pass phrases given to net-snmp commands (-A, -X), spaced or attached', () => {
      const a = plain();
      const b = g.alnum(16);
      assert.deepEqual(values(`[ops@bastion ~]$ snmpwalk -v3 -l authPriv -u monitor -a SHA -A ${a} -x AES -X ${b} 10.10.0.1 ifDescr\n`, 'notes/bmc.txt'), [a, b]);
      const c = pw();
      assert.deepEqual(values(`snmpget -v3 -l authPriv -u librenms -a SHA -A'${c}' sw-core-01 sysUpTime.0\n`, 'docs/snmp.md'), [c]);
    });

    it("leaves SNMP references, communities and other tools' -A alone", () => {
      assert.deepEqual(values('snmpwalk -v3 -u monitor -a SHA -A "$SNMP_AUTH" -x AES -X "$SNMP_PRIV" 10.0.0.1\n', 'run.sh'), []);
      assert.deepEqual(values('snmpwalk -v2c -c public 10.0.0.2 sysName\n', 'run.sh'), []);
      assert.deepEqual(values(`grep -A ${g.digits(1)} error /var/log/syslog\n`, 'run.sh'), []);
    });

    it('finds BMC passwords given to ipmitool -P', () => {
      const a = plain();
      assert.deepEqual(values(`ipmitool -I lanplus -H 10.10.1.21 -U ADMIN -P ${a} chassis power status\n`, 'notes/bmc.txt'), [a]);
      const b = g.alnum(14);
      assert.deepEqual(values(`ipmitool -I lanplus -H bmc-02 -U root -P '${b}' sel list | tail -3\n`, 'notes/bmc.txt'), [b]);
      assert.deepEqual(values('ipmitool -I lanplus -H bmc-02 -U root -E sensor\n', 'notes/bmc.txt'), []);
    });

    it('finds database passwords given to monitoring plugins (-p), never their port (-P)', () => {
      const a = pw();
      assert.deepEqual(values(`define command {\n  command_name check_mysql_repl\n  command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p ${plain()} -S\n}\n`, 'nagios/commands.cfg').length, 1);
      assert.deepEqual(values(`*/5 * * * * nagios /usr/lib/nagios/plugins/check_pgsql -H db1 -l nagios -p '${a}' > /dev/null\n`, 'etc/cron.d/checks'), [a]);
      assert.deepEqual(values('command_line $USER1$/check_pgsql -H $HOSTADDRESS$ -P 5433 -l nagios\n', 'nagios/commands.cfg'), []);
      assert.deepEqual(values('command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p $USER3$\n', 'nagios/commands.cfg'), []);
    });

    it('finds Wi-Fi pass phrases given to nmcli and wpa_passphrase, never the SSID', () => {
      const a = pw();
      assert.deepEqual(values(`nmcli dev wifi connect "ACME-Staff" password "${a}"\n`, 'scripts/setup.sh'), [a]);
      const b = plain();
      assert.deepEqual(values(`nmcli con add type wifi ifname wlan0 con-name guest ssid Guest -- wifi-sec.key-mgmt wpa-psk wifi-sec.psk ${b}\n`, 'scripts/setup.sh'), [b]);
      const c = pw().replace(/[!#%]/g, '^');
      assert.deepEqual(values(`wpa_passphrase ACME-IoT ${c} >> /etc/wpa_supplicant/wpa_supplicant.conf\n`, 'scripts/setup.sh'), [c]);
      assert.deepEqual(values('wpa_passphrase ACME-IoT < /root/psk.txt\nnmcli dev wifi connect ACME --ask\n', 'scripts/setup.sh'), []);
    });

    it('finds winrs and schtasks passwords, never a prompt or a variable', () => {
      const a = plain();
      assert.deepEqual(values(`PS C:\\> winrs -r:web02 -u:CORP\\deploy -p:${a} ipconfig\n`, 'notes/winrm.txt'), [a]);
      const b = pw();
      assert.deepEqual(values(`schtasks /Create /TN "Nightly" /TR "C:\\r\\export.cmd" /SC DAILY /ST 02:00 /RU CORP\\svc_report /RP ${b}\n`, 'install.cmd'), [b]);
      assert.deepEqual(values('schtasks /Create /TN "Nightly" /TR x.cmd /SC DAILY /RU CORP\\svc /RP * /F\nschtasks /Create /TN B /RU CORP\\svc /RP %TASK_PW%\n', 'install.cmd'), []);
    });
  });

  describe('positional secrets the command names', () => {
    it('finds the clear value given to ansible-vault encrypt_string', () => {
      const a = pw();
      assert.deepEqual(values(`~/infra $ ansible-vault encrypt_string '${a}' --name 'smtp_password'\n`, 'notes/provision.txt'), [a]);
      assert.deepEqual(values("ansible-vault encrypt_string --stdin-name 'smtp_password'\n", 'notes/provision.txt'), []);
    });

    it('finds the password given to rabbitmqctl authenticate_user', () => {
      const a = g.alnum(20);
      assert.deepEqual(values(`root@mq-1:~# rabbitmqctl authenticate_user orders ${a}\nSuccess\n`, 'docs/runbooks/broker.md'), [a]);
      assert.deepEqual(values('rabbitmqctl authenticate_user orders "$ORDERS_PW"\n', 'docs/runbooks/broker.md'), []);
    });
  });
  describe('variables set by name and value', () => {
    it('finds fish set -x / -gx, csh setenv and launchctl setenv under a secret name', () => {
      const a = pw();
      assert.deepEqual(values(`- cmd: set -x PGPASSWORD ${a}\n  when: 1764500112\n- cmd: psql -h db -U etl etl\n  when: 1764500120\n`, '.local/share/fish/fish_history'), [a]);
      const b = g.alnum(32);
      assert.deepEqual(values(`set -gx API_TOKEN ${b}\n`, '.config/fish/config.fish'), [b]);
      const c = plain();
      assert.deepEqual(values(`setenv DB_PASSWORD ${c}\n`, '.cshrc'), [c]);
    });

    it('leaves references, erased variables, paths and bash options alone', () => {
      assert.deepEqual(values('set -x PGPASSWORD (pass show db/prod)\nset -e GITHUB_TOKEN\nset -gx API_TOKEN $API_TOKEN\nset -x PATH $HOME/bin $PATH\nset -euo pipefail\n', 'config.fish'), []);
    });
  });

  describe('commands that take NAME=value pairs', () => {
    it('finds secrets given to heroku / dokku config:set, fly secrets set and vault write', () => {
      const a = pw();
      assert.deepEqual(values(`: 1764770300:0;heroku config:set DATABASE_PASSWORD=${a} -a acme-api\n`, '.zsh_history'), [a]);
      const b = pw();
      assert.deepEqual(values(`vault write database/config/pg plugin_name=postgresql-database-plugin username=vault password=${b}\n`, '.bash_history'), [b]);
      const c = plain();
      assert.deepEqual(values(`dokku config:set api SMTP_PASSWORD=${c} MAIL_HOST=smtp.example.com\n`, 'deploy.sh'), [c]);
    });

    it('leaves references and non-secret names alone', () => {
      assert.deepEqual(values('heroku config:set DATABASE_PASSWORD=$DB_PW -a acme-api\nvault write auth/approle/login role_id=$ROLE secret_id=$SECRET_ID\nheroku config:set LOG_LEVEL=debug\n', 'deploy.sh'), []);
    });
  });

  describe('look-alikes in logs and help text', () => {
    it('leaves a Vault lease id printed by vault read -field=lease_id alone, and finds a password field', () => {
      assert.deepEqual(values(`$ vault read -field=lease_id database/creds/readonly\ndatabase/creds/readonly/${g.alnum(24)}\n`, 'notes/vault.txt'), []);
      const a = g.alnum(24);
      assert.deepEqual(values(`$ vault read -field=password database/creds/readonly\n${a}\n`, 'notes/vault.txt'), [a]);
    });

    it('leaves a stand-in followed by a comma in openssl help text alone', () => {
      assert.deepEqual(values('Examples: -passin pass:yourpassword, -passout env:P12_PASS, -passin file:/run/secrets/p12\n', 'docs/cli/help.txt'), []);
      const a = pw();
      assert.deepEqual(values(`openssl pkcs12 -in api.p12 -nodes -passin pass:${a} | openssl x509 -noout\n`, 'notes/tls.md'), [a]);
    });
  });
  describe('more tool forms', () => {
    it('finds words run together in SQL password clauses (IDENTIFIED BY, WITH PASSWORD), in any file', () => {
      const a = `${g.pick(['Dragon', 'Maple', 'Harbor'])}${g.pick(['Juniper', 'Orchid', 'Tundra'])}${g.pick(['Banana', 'Pickle', 'Falcon'])}`;
      assert.deepEqual(values(`before_script:\n  - mysql -u root -e "GRANT ALL ON app.* TO 'app'@'localhost' IDENTIFIED BY '${a}'"\n`, '.travis.yml'), [a]);
      const b = `${g.pick(['Hazel', 'Cobalt', 'Raven'])}${g.pick(['Monkey', 'Meadow', 'Rocket'])}`;
      assert.deepEqual(values(`postgres=# ALTER ROLE metabase WITH PASSWORD '${b}';\nALTER ROLE\n`, 'notes/session.log'), [b]);
    });

    it("finds monitoring plugins' basic auth (check_http -a user:password)", () => {
      const a = plain();
      assert.deepEqual(values(`  command_line $USER1$/check_http -H $HOSTADDRESS$ -a monitor:${a} -u /status\n`, 'nagios/commands.cfg'), [a]);
      assert.deepEqual(values('  command_line $USER1$/check_http -H $HOSTADDRESS$ -a $USER5$ -u /status\n', 'nagios/commands.cfg'), []);
    });

    it('finds a here-string into vncpasswd -f', () => {
      const a = pw();
      assert.deepEqual(values(`$ vncpasswd -f <<< '${a}' > ~/.vnc/passwd\n`, 'notes/vnc.txt'), [a]);
      assert.deepEqual(values(`$ vncpasswd -f <<< "$VNC_PW" > ~/.vnc/passwd\n`, 'notes/vnc.txt'), []);
    });

    it('finds an API key in an appid query parameter', () => {
      const a = g.alnum(32);
      assert.deepEqual(values(`curl "https://api.weather.example/v1/forecast?city=Oslo&appid=${a}"\n`, '.bash_history'), [a]);
      assert.deepEqual(values('curl "https://api.weather.example/v1/forecast?city=Oslo&appid={API_KEY}"\n', '.bash_history'), []);
    });

    it('finds repository credentials given to composer config and bundle config', () => {
      const a = plain();
      assert.deepEqual(values(`composer config --global http-basic.repo.acme.io ci ${a}\n`, 'notes/registries.txt'), [a]);
      const b = pw();
      assert.deepEqual(values(`bundle config set --global gems.acme.io ci:${b}\n`, 'notes/registries.txt'), [b]);
      assert.deepEqual(values('bundle config set path vendor/bundle\ncomposer config --global http-basic.repo.acme.io ci "$COMPOSER_PW"\n', 'notes/registries.txt'), []);
    });
  });
});
