// Classes found missing (or falsely reported) by rw-dev3's logs/files documents: session cookies under upper-case
// and suffixed names, .netrc lines echoed from scripts, `npm config set …:_authToken`, output pasted into .txt
// files, tool-specific config syntaxes (fetchmail, Redis Sentinel, WildFly credential references, RubyGems
// credentials, Google app passwords, OpenVPN static keys, curl's proxy-user) and the look-alikes around them
// (the shell's PWD, CI cache keys, anonymous FTP, GPG key ids, Stripe publishable keys, Tomcat digests,
// PowerShell cmdlets). Each case says what must be found and what must stay quiet; values come from a seed.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd3f11e5);

const { found: values } = ruleAssertions(scanner);

/** A password with no characters that end a value in the syntaxes below. */
const pw = () => `${humanPassword(g).replace(/[\s"'#;&<>\\$`]/g, '')}Q7`;
const dashes = '-'.repeat(5);

describe('logs and files classes (rw-dev3)', () => {
  describe('HTTP captures', () => {
    it('finds session cookies under upper-case and suffixed names, with percent-encoded padding', () => {
      const a = g.base64url(32);
      const b = g.base64url(40);
      assert.deepEqual(values(`< HTTP/2 302\n< set-cookie: SESSION=${a}; Path=/; HttpOnly; Secure\n`, 'docs/debug/trace.txt'), [a]);
      assert.deepEqual(values(`Cookie: SAP_SESSIONID_PRD_100=${b}%3d; sap-usercontext=sap-client=100\r\n`, 'captures/session.txt'), [`${b}%3d`]);
    });

    it("finds Laravel's remember-me cookie and a Basic blob whose password is a spaced passphrase", () => {
      const remember = `${g.digits(4)}%7C${g.alnum(60)}`;
      assert.deepEqual(values(`curl 'https://app.example.com/me' -H 'cookie: remember_web_${g.hex(40)}=${remember}'\n`, 'qa/replay.md'), [remember]);
      const blob = btoa(`proxyuser:${g.lower(7)} ${g.lower(6)} ${g.lower(5)} ${g.digits(3)}`);
      assert.deepEqual(values(`CONNECT api.example.com:443 HTTP/1.1\nProxy-Authorization: Basic ${blob}\n`, 'captures/raw.txt'), [blob]);
      assert.deepEqual(values(`Authorization: Basic ${btoa(`user:${g.lower(6)}\n${g.lower(6)}`)}\n`, 'captures/raw.txt'), []);
    });

    it('leaves analytics cookies and cookie names without a session alone', () => {
      assert.deepEqual(values(`< set-cookie: _ga=GA1.2.${g.digits(9)}.${g.digits(10)}; Path=/\n< set-cookie: THEME_ID=${g.alnum(20)}; Path=/\n`, 'docs/debug/trace.txt'), []);
    });
  });

  describe('credential files written from scripts and tool configs', () => {
    it('finds a .netrc line echoed by a build step and an npm token set with `npm config set`', () => {
      const p = `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`;
      const t = g.uuid();
      assert.deepEqual(values(`#9 RUN echo "machine git.example.com login ci password ${p}" > ~/.netrc && git clone https://git.example.com/a.git\n`, 'ci/docker-build.log'), [p]);
      assert.deepEqual(values(`#7 RUN npm config set //npm.example.com/:_authToken ${t} && npm ci\n`, 'ci/docker-build.log'), [t]);
    });

    it('leaves anonymous FTP and prose about _authToken alone', () => {
      assert.deepEqual(values('machine ftp.example.org login anonymous password guest@example.org\n', 'home/.netrc'), []);
      assert.deepEqual(values('Put the token in the _authToken setting of your .npmrc file.\n', 'docs/npm.md'), []);
    });

    it("finds fetchmail, Redis Sentinel, WildFly, RubyGems, curl's proxy-user and Google app passwords", () => {
      const fm1 = pw();
      const fm2 = g.alnum(14);
      assert.deepEqual(
        values(
          `poll imap.example.org protocol IMAP\n  user "alerts@example.org" there with password "${fm1}" is ops here\npoll pop.example.org proto pop3 user "archive" pass ${fm2} keep\n`,
          'home/ops/.fetchmailrc',
        ),
        [fm1, fm2],
      );
      const sp = pw();
      assert.deepEqual(values(`sentinel monitor mymaster 10.0.0.11 6379 2\nsentinel auth-pass mymaster ${sp}\n`, 'redis/sentinel.conf'), [sp]);
      const wf = `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`;
      assert.deepEqual(values(`<credential-store name="cs" location="cred.store">\n  <credential-reference clear-text="${wf}"/>\n</credential-store>\n`, 'standalone/configuration/standalone.xml'), [wf]);
      const gem = g.hex(32);
      assert.deepEqual(values(`---\n:internal: ${gem}\n`, 'home/release/.gem/credentials'), [gem]);
      const px = pw();
      assert.deepEqual(values(`proxy-user = "mirror:${px}"\n`, 'dotfiles/curlrc-notes.txt'), [px]);
      const app = `${g.lower(4)} ${g.lower(4)} ${g.lower(4)} ${g.lower(4)}`;
      assert.deepEqual(values(`account gmail\nhost smtp.gmail.com\nuser ops@example.com\npassword       ${app}\n`, 'etc/msmtprc'), [app]);
    });

    it('finds an OpenVPN static key inline in a profile', () => {
      const key = `${dashes}BEGIN OpenVPN Static key V1${dashes}\n${Array.from({ length: 16 }, () => g.hex(32)).join('\n')}\n${dashes}END OpenVPN Static key V1${dashes}`;
      assert.deepEqual(values(`client\ndev tun\n<tls-auth>\n${key}\n</tls-auth>\nkey-direction 1\n`, 'vpn/office.ovpn'), [key]);
    });

    it('leaves references, sentences and hashes in those syntaxes alone', () => {
      const texts: [string, string][] = [
        ['sentinel auth-pass mymaster ${REDIS_PASSWORD}\n', 'redis/sentinel.conf'],
        ['<credential-reference clear-text="${env.KEYSTORE_PASSWORD}"/>\n', 'standalone.xml'],
        ['<credential-reference store="cs" alias="ks-pw"/>\n', 'standalone.xml'],
        ['You can pass this down from here when the job is done.\n', 'docs/notes.md'],
        ['poll imap.example.org protocol IMAP\n  user "ops" there with password "changeme"\n', 'home/.fetchmailrc'],
        [`:internal: ${g.hex(32)}\n`, 'config/settings.yml'],
        [`  <user username="hashed" password="${g.hex(16)}$100000$${g.hex(64)}" roles="manager-status"/>\n`, 'conf/tomcat-users.xml'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('values held by a sibling name, JSON logs, remotes and keyfiles', () => {
    it('finds the password of a HAR form body written on one line, after the user field', () => {
      const p = pw();
      assert.deepEqual(values(`{"postData": {"params": [{"name": "username", "value": "qa"}, {"name": "password", "value": "${p}"}]}}\n`, 'bugs/login.har'), [p]);
    });

    it('finds a key in a compact JSON log line and a Spring Actuator env dump saved as JSON', () => {
      const key = `ak_live_${g.alnum(32)}`;
      assert.deepEqual(values(`{"ts":"2024-05-11T08:03:10Z","msg":"api key created","key_id":"key_${g.alnum(12)}","key":"${key}"}\n`, 'logs/app.jsonl'), [key]);
      const p = pw();
      assert.deepEqual(values(`{\n  "activeProfiles": ["prod"],\n  "spring.mail.password": { "value": "${p}", "origin": "class path resource [application.yml]" }\n}\n`, 'support/actuator-env.json'), [p]);
    });

    it("finds an rclone remote's storage key and a NetworkManager keyfile's PSK without an extension", () => {
      const key = `K00${g.alnum(28)}`;
      assert.deepEqual(values(`[b2]\ntype = b2\naccount = ${g.hex(12)}\nkey = ${key}\n`, 'home/k/.config/rclone/rclone.conf'), [key]);
      const psk = pw();
      assert.deepEqual(values(`[wifi-security]\nkey-mgmt=wpa-psk\npsk=${psk}\n`, 'etc/NetworkManager/system-connections/Home'), [psk]);
    });

    it('leaves placeholders in rclone.conf and cache keys in JSON logs alone', () => {
      assert.deepEqual(values('[b2]\ntype = b2\nkey = YOUR_APPLICATION_KEY\n', 'rclone.conf'), []);
      assert.deepEqual(values(`{"ts":"2024-05-11T08:03:10Z","msg":"cache hit","key":"orders:${g.digits(6)}"}\n`, 'logs/app.jsonl'), []);
    });
  });

  describe('output pasted into text files', () => {
    it('reads kubectl describe and env dumps in .txt files as output', () => {
      const key = g.alnum(32);
      const redis = `${humanPassword(g).replace(/\s/g, '')}`;
      const text = `Name:             checkout-7d9f8c6b5-x2kqp\nNamespace:        shop\nContainers:\n  checkout:\n    Environment:\n      PAYMENT_API_KEY:         ${key}\n      REDIS_PASSWORD:          ${redis}\n      LOG_LEVEL:               info\n`;
      assert.deepEqual(values(text, 'incident/INC-1/describe-pod.txt'), [key, redis]);
    });

    it('finds a secret printed by the command that reads it, in a pasted terminal session', () => {
      const a = pw();
      const b = g.alnum(32);
      assert.deepEqual(values(`$ kubectl get secret billing-db -o jsonpath='{.data.password}' | base64 -d\n${a}\n$ exit\n`, 'debug/kubectl.txt'), [a]);
      assert.deepEqual(values(`ops@bastion:~$ vault kv get -field=api_token secret/partner\n${b}\n`, 'docs/runbook.md'), [b]);
      assert.deepEqual(values("kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\necho done\n", 'scripts/show.sh'), []);
      assert.deepEqual(values('$ echo aGVsbG8= | base64 -d\nhello\n', 'docs/base64.md'), []);
    });

    it("finds PHP's var_dump of a config array and HikariCP's dot-leader config dump", () => {
      const p = pw();
      assert.deepEqual(values(`array(3) {\n  ["host"]=>\n  string(2) "db"\n  ["password"]=>\n  string(${new TextEncoder().encode(p).length}) "${p}"\n}\n`, 'tickets/debug.txt'), [p]);
      const h = pw();
      assert.deepEqual(values(`10:00:01.120 [main] DEBUG com.zaxxer.hikari.HikariConfig - password........................"${h}"\n`, 'logs/app.log'), [h]);
      assert.deepEqual(values('10:00:01.120 [main] DEBUG com.zaxxer.hikari.HikariConfig - password........................<masked>\n', 'logs/app.log'), []);
      assert.deepEqual(values('array(1) {\n  ["password"]=>\n  string(8) "********"\n}\n', 'tickets/debug.txt'), []);
    });

    it('reads aligned `Name     = value` settings in crash reports', () => {
      const p = pw();
      assert.deepEqual(values(`--- Settings snapshot ---\nSyncServer       = https://sync.example.com\nProxyPassword    = ${p}\nLicenseKey       = XXXXX-XXXXX-XXXXX\n`, 'crash-reports/desktop.txt'), [p]);
    });

    it('leaves prose in .txt files, masked values, the working directory and CI cache keys alone', () => {
      assert.deepEqual(values(`Notes from the call\n\nREDIS_PASSWORD: ask Maria, she has it\nAPI key: in the vault\n`, 'notes/call.txt'), []);
      assert.deepEqual(
        values(`Name:             api\nNamespace:        prod\n    Environment:\n      DB_PASSWORD:   <set to the key 'password' in secret 'db'>\n      API_KEY:       ***\n`, 'incident/describe.txt'),
        [],
      );
      assert.deepEqual(values('Jul 14 03:12:44 web-02 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/id\n', 'incident/syslog.log'), []);
      assert.deepEqual(values(`Run actions/cache@v4\nCache restored from key: node-modules-Linux-${g.hex(64)}\n`, 'ci-logs/build.log'), []);
    });
  });

  describe('passwords people choose, as data under a password name', () => {
    const compound = () => `${g.pick(['madrid', 'autumn', 'kawasaki', 'arsenal', 'winter'])}${g.pick(['monkey', 'rosebud', 'snowball', 'january', 'falcon'])}`;

    it('finds words run together as quoted data (JSON, PHP arrays, dicts in a log) and dotted passphrases in config files', () => {
      const a = compound();
      const b = compound();
      const c = compound();
      const d = `${g.lower(5)}.${g.lower(7)}.${g.lower(6)}.${g.lower(5)}`;
      assert.deepEqual(values(`{\n  "prod": {\n    "user": "api",\n    "password": "${a}"\n  }\n}\n`, 'http-client.private.env.json'), [a]);
      assert.deepEqual(values(`<?php\n$CONFIG = array (\n  'dbuser' => 'nextcloud',\n  'dbpassword' => '${b}',\n);\n`, 'nextcloud/config/config.php'), [b]);
      assert.deepEqual(values(`changed: [db01] => (item={'name': 'shop', 'password': '${c}', 'db': 'shop'})\n`, 'ci-logs/deploy.txt'), [c]);
      assert.deepEqual(values(`[vpn-secrets]\npassword=${d}\n`, 'etc/NetworkManager/system-connections/Office.nmconnection'), [d]);
    });

    it('leaves single long words, dummies, field names, tests and code member chains alone', () => {
      const texts: [string, string][] = [
        ['{ "password": "unencrypted" }\n', 'config/app.json'],
        ['{ "password": "mysecretpassword" }\n', 'config/app.json'],
        ['{ "password": "testuserlogin" }\n', 'config/app.json'],
        ['{ "password": "passwordInput" }\n', 'config/app.json'],
        [`{ "password": "${compound()}" }\n`, 'test/fixtures/users.json'],
        ['  "password_hint": "favouritecolour",\n', 'config/app.json'],
        [`password = ${g.lower(5)}.${g.lower(6)}.${g.lower(5)}\n`, 'src/app.py'],
        ['password: spring.datasource.password\n', 'src/main/resources/application.yml'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });

    it('finds the password of a PDO constructor printed in a PHP stack trace', () => {
      const p = pw();
      assert.deepEqual(values(`Stack trace:\n#0 /var/www/shop/lib/db.php(14): PDO->__construct('mysql:host=loca...', 'shop', '${p}', Array)\n#1 {main}\n`, 'logs/apache2/error.log'), [p]);
    });
  });

  describe('look-alikes under secret names', () => {
    it('leaves GPG key ids, Stripe publishable keys and PowerShell cmdlets alone, and finds the cmdlet argument', () => {
      assert.deepEqual(values(`[user]\n\tname = Dev\n\tsigningkey = ${g.hex(16).toUpperCase()}\n`, 'home/dev/.gitconfig'), []);
      assert.deepEqual(values(`signing.keyId=${g.hex(8).toUpperCase()}\n`, 'gradle.properties'), []);
      assert.deepEqual(values(`STRIPE_KEY=pk_live_${g.alnum(99)}\n`, 'services/api/.env'), []);
      const secure = pw();
      assert.deepEqual(values(`$pw = ConvertTo-SecureString '${secure}' -AsPlainText -Force\n`, 'ConsoleHost_history.txt'), [secure]);
    });

    it('still finds a signing secret under the same kind of name', () => {
      const hmac = g.hex(64);
      assert.deepEqual(values(`WEBHOOK_SIGNING_KEY=${hmac}\n`, 'services/api/.env'), [hmac]);
    });
  });
});
