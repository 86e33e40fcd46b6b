// rw-dev9 logs: output where people's passwords show up in bulk — provisioning and onboarding output, test runs
// that print a failing login, FTP/IMAP/LDAP debug logs, PowerShell transcripts, router and Wi-Fi logs, migration
// tools — each next to the ids, hashes and masks that fill such output.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LC, LH } from './logsValues';

export const MORE_DOCS: RealWorldDoc[] = [
  ld(
    'onboarding-script-output-temp-passwords',
    LP,
    'ops/onboarding/2025-10-01-run.txt',
    (t) => `$ ./create_accounts.py --csv new_hires_october.csv --send-mail=false
[ok]  created user a.schmidt   uid=${t.n(t.raw.digits(5))}  temp password: ${t.hpw()}   mail: skipped
[ok]  created user m.dubois    uid=${t.n(t.raw.digits(5))}  temp password: ${t.hpw()}   mail: skipped
[ok]  created user k.sato      uid=${t.n(t.raw.digits(5))}  temp password: ${t.gpw()}   mail: skipped
[skip] user p.garcia exists (object id ${t.rid()}), password unchanged (${t.mask()})
[ok]  created user o.ivanova   uid=${t.n(t.raw.digits(5))}  temp password: ${t.pp()}   mail: skipped
[ok]  created shared mailbox  empfang@acme.de  password: ${t.hpw()}
summary: 5 created, 1 skipped, run ${t.rid()}, csv sha1 ${t.n(t.raw.hex(40))}
`,
  ),
  ld(
    'pytest-failure-login-diff',
    LO,
    'ci-logs/pytest-e2e.txt',
    (t) => `============================= test session starts ==============================
platform linux -- Python 3.12.5, pytest-8.3.3, pluggy-1.5.0
rootdir: /builds/qa/e2e
collected 42 items

tests/test_login.py::test_admin_login FAILED                              [  2%]

=================================== FAILURES ===================================
_______________________________ test_admin_login _______________________________

client = <FlaskClient <Flask 'portal'>>, creds = {'user': 'qa-admin', 'password': '${t.hpw()}'}

    def test_admin_login(client, creds):
        r = client.post('/login', data=creds)
>       assert r.status_code == 302
E       assert 401 == 302
E        +  where 401 = <WrapperTestResponse streamed [401 UNAUTHORIZED]>.status_code

tests/test_login.py:14: AssertionError
----------------------------- Captured log call ------------------------------
DEBUG    portal.auth:auth.py:55 ldap bind as cn=qa-admin with ${t.pw()} -> invalid credentials
DEBUG    portal.auth:auth.py:61 session ${t.n(t.raw.hex(32))} discarded
=========================== short test summary info ============================
FAILED tests/test_login.py::test_admin_login - assert 401 == 302
========================= 1 failed, 41 passed in 12.31s =========================
`,
  ),
  ld(
    'playwright-trace-typed-password',
    LH,
    'ci-logs/playwright-report.txt',
    (t) => `Running 18 tests using 2 workers

  ✘  3 [chromium] › checkout.spec.ts:22:7 › guest can pay with saved card (14.2s)

  1) [chromium] › checkout.spec.ts:22:7 › guest can pay with saved card ─────────────

    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()

    Call log:
      - navigating to "https://staging.shop.acme.io/login", waiting until "load"
      - locator.fill('#email', 'qa+buyer@acme.io')
      - locator.fill('#password', '${t.hpw()}')
      - locator.click('button[type=submit]')
      - waiting for getByText('Mein Konto')

    attachment #1: trace (application/zip) ────────────────────────────────────
    test-results/checkout-guest-chromium/trace-${t.n(t.raw.hex(20))}.zip

  1 failed
  17 passed (1.2m)
  storageState cookie: session=${t.bearer()}
`,
  ),
  ld(
    'vsftpd-proftpd-debug-log',
    LO,
    'var/log/proftpd/proftpd.log',
    (t) => `2025-10-01 06:00:01,120 ftp01 proftpd[4411] ftp01.corp.local (10.2.1.80[10.2.1.80]): FTP session opened.
2025-10-01 06:00:01,122 ftp01 proftpd[4411] ftp01.corp.local (10.2.1.80[10.2.1.80]): dispatching CMD command 'USER scanner'
2025-10-01 06:00:01,123 ftp01 proftpd[4411] ftp01.corp.local (10.2.1.80[10.2.1.80]): dispatching CMD command 'PASS ${t.word()}'
2025-10-01 06:00:01,130 ftp01 proftpd[4411] ftp01.corp.local (10.2.1.80[10.2.1.80]): USER scanner: Login successful.
2025-10-01 06:00:40,500 ftp01 proftpd[4420] ftp01.corp.local (10.2.1.91[10.2.1.91]): dispatching CMD command 'USER buchhaltung'
2025-10-01 06:00:40,501 ftp01 proftpd[4420] ftp01.corp.local (10.2.1.91[10.2.1.91]): dispatching CMD command 'PASS ${t.hpw()}'
2025-10-01 06:00:40,510 ftp01 proftpd[4420] ftp01.corp.local (10.2.1.91[10.2.1.91]): USER buchhaltung (Login failed): Incorrect password
2025-10-01 06:00:41,000 ftp01 proftpd[4420] ftp01.corp.local (10.2.1.91[10.2.1.91]): dispatching CMD command 'PASS (hidden)'
2025-10-01 06:01:00,000 ftp01 proftpd[4411] ftp01.corp.local (10.2.1.80[10.2.1.80]): Transfer completed: 88123 bytes in 0.41 seconds, md5 ${t.n(t.raw.hex(32))}
`,
  ),
  ld(
    'dovecot-auth-debug',
    LO,
    'var/log/mail.log',
    (
      t,
    ) => `Oct  1 07:12:01 mx01 dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsecured=tls\tsession=${t.n(t.raw.b64url(t.raw.hex(9)))}\tlip=10.0.0.5\trip=10.0.8.31\tresp=${t.s('http-auth', t.raw.b64('\0' + 'lisa@acme.de' + '\0' + t.g.pick(['Sommer', 'Herbst', 'Winter']) + t.g.pick(['2024', '2025']) + '!'))} (previous base64 data may contain sensitive data)
Oct  1 07:12:01 mx01 dovecot: auth: Debug: passwd-file(lisa@acme.de,10.0.8.31,<${t.n(t.raw.b64url(t.raw.hex(9)))}>): Password mismatch
Oct  1 07:12:01 mx01 dovecot: auth: Debug: passwd-file(lisa@acme.de,10.0.8.31): SHA512-CRYPT(${t.hpw()}) != '${t.n('$6$' + t.raw.alnum(16) + '$' + t.raw.alnum(86))}'
Oct  1 07:12:02 mx01 dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<lisa@acme.de>, method=PLAIN, rip=10.0.8.31, TLS, session=<${t.raw.b64url(t.raw.hex(9))}>
Oct  1 07:13:10 mx01 postfix/smtpd[2231]: warning: unknown[203.0.113.55]: SASL LOGIN authentication failed: UGFzc3dvcmQ6
Oct  1 07:14:00 mx01 postfix/smtp[2240]: 4BQ2x71Zq3z9t: to=<info@partner.fr>, relay=smtp.relay.net[198.51.100.9]:587, status=sent (250 2.0.0 Ok: queued as ${t.n(t.raw.alnum(12).toUpperCase())})
`,
  ),
  ld(
    'openldap-slapd-stats-bind',
    LO,
    'var/log/slapd.log',
    (t) => `Oct  1 08:00:10 ldap01 slapd[990]: conn=1041 fd=22 ACCEPT from IP=10.0.4.4:51244 (IP=0.0.0.0:389)
Oct  1 08:00:10 ldap01 slapd[990]: conn=1041 op=0 BIND dn="cn=admin,dc=acme,dc=local" method=128
Oct  1 08:00:10 ldap01 slapd[990]: conn=1041 op=0 RESULT tag=97 err=0 qtime=0.000010 etime=0.000210 text=
Oct  1 08:00:11 ldap01 slapd[990]: conn=1041 op=1 MOD dn="uid=n.kaya,ou=people,dc=acme,dc=local"
Oct  1 08:00:11 ldap01 slapd[990]: conn=1041 op=1 MOD attr=userPassword
Oct  1 08:00:11 ldap01 ldap-sync.sh[1200]: ldappasswd -H ldap://ldap01 -x -D cn=admin,dc=acme,dc=local -w ${t.gpw()} -s ${t.hpw()} uid=n.kaya,ou=people,dc=acme,dc=local
Oct  1 08:00:11 ldap01 ldap-sync.sh[1200]: new userPassword: ${t.n('{SSHA}' + t.raw.b64(t.raw.hex(15)))}
Oct  1 08:00:12 ldap01 slapd[990]: conn=1041 op=2 UNBIND
`,
  ),
  ld(
    'powershell-transcript',
    LC,
    'support/PowerShell_transcript.WS-ADM01.20251001.txt',
    (t) => `**********************
Windows PowerShell transcript start
Start time: 20251001091112
Username: CORP\\adm_mweber
Machine: WS-ADM01 (Microsoft Windows NT 10.0.20348.0)
Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe
Process ID: 8812
**********************
PS C:\\Users\\adm_mweber> $pw = ConvertTo-SecureString '${t.hpw()}' -AsPlainText -Force
PS C:\\Users\\adm_mweber> New-ADUser -Name 'svc_print' -AccountPassword $pw -Enabled $true
PS C:\\Users\\adm_mweber> Set-ADAccountPassword -Identity j.berg -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${t.hpw()}" -Force)
PS C:\\Users\\adm_mweber> Get-ADUser svc_print | Select ObjectGUID
ObjectGUID
----------
${t.rid()}
PS C:\\Users\\adm_mweber> $cred = Get-Credential
cmdlet Get-Credential at command pipeline position 1
Supply values for the following parameters:
Credential
PS C:\\Users\\adm_mweber> Invoke-RestMethod https://glpi.corp.local/apirest.php/initSession -Headers @{ 'App-Token' = '${t.tok()}'; 'Authorization' = 'user_token ${t.tok()}' }
session_token
-------------
${t.m.unscored(t.raw.alnum(26).toLowerCase())}
**********************
Windows PowerShell transcript end
End time: 20251001091544
**********************
`,
  ),
  ld(
    'router-syslog-wifi-pppoe',
    LO,
    'support/router-syslog-export.txt',
    (t) => `Oct  1 00:00:12 gw-filiale-7 pppd[1411]: Plugin rp-pppoe.so loaded.
Oct  1 00:00:13 gw-filiale-7 pppd[1411]: PAP authentication: user=acme-filiale7@t-online.de password=${t.pin(8)}
Oct  1 00:00:14 gw-filiale-7 pppd[1411]: PAP authentication succeeded
Oct  1 00:00:14 gw-filiale-7 pppd[1411]: local  IP address 87.123.4.5
Oct  1 00:01:02 gw-filiale-7 hostapd: wlan0: interface state COUNTRY_UPDATE->ENABLED
Oct  1 00:01:02 gw-filiale-7 hostapd: wlan0: config ssid=Filiale7-Gast wpa_passphrase=${t.pp()} wpa_key_mgmt=WPA-PSK
Oct  1 00:01:02 gw-filiale-7 hostapd: wlan1: config ssid=Filiale7-Kasse wpa_passphrase=${t.hpw()} wpa_key_mgmt=SAE
Oct  1 00:01:03 gw-filiale-7 hostapd: wlan0: AP-ENABLED, bssid ${t.n('a4:91:b1:' + t.raw.hex(2) + ':' + t.raw.hex(2) + ':' + t.raw.hex(2))}
Oct  1 00:05:00 gw-filiale-7 uhttpd[900]: luci: accepted login on / for root from 192.168.1.20 (sysauth=${t.n(t.raw.hex(32))})
`,
  ),
  ld(
    'flyway-liquibase-output',
    LC,
    'ci-logs/db-migrate.txt',
    (t) => `$ flyway -url=jdbc:postgresql://pg-staging:5432/shop -user=flyway -password=${t.gpw()} -locations=filesystem:sql migrate
Flyway Community Edition 10.18.0 by Redgate
Database: jdbc:postgresql://pg-staging:5432/shop (PostgreSQL 16.4)
Successfully validated 88 migrations (execution time 00:00.112s)
Current version of schema "public": 87
Migrating schema "public" to version "88 - add loyalty tables"
Successfully applied 1 migration to schema "public", now at version v88 (execution time 00:00.204s)
$ liquibase --url=jdbc:mysql://mysql-staging:3306/crm --username=liquibase --password=${t.hpw()} update
Starting Liquibase at 09:20:11 (version 4.29.2 #3683 built at 2024-08-29 16:45+0000)
Liquibase Version: 4.29.2
Running Changeset: db/changelog/2025/10/01-add-index.xml::1727773200-1::mkowalczyk
UPDATE SUMMARY
Run:                          1
Previously run:               212
Liquibase command 'update' was executed successfully. checksum ${t.n('9:' + t.raw.hex(32))}
`,
  ),
  ld(
    'ansible-debug-generated-users',
    LO,
    'ci-logs/ansible-users-debug.txt',
    (t) => `TASK [users : show generated credentials] **************************************
ok: [vpn01] => (item=anna.berg) => {
    "msg": "anna.berg / ${t.gpw()}"
}
ok: [vpn01] => (item=tomas.novak) => {
    "msg": "tomas.novak / ${t.gpw()}"
}
ok: [vpn01] => (item=deniz.arslan) => {
    "msg": "deniz.arslan / ${t.hpw()}"
}
ok: [vpn01] => (item=svc_monitor) => {
    "msg": "svc_monitor / VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
}

TASK [users : store hashes] ****************************************************
changed: [vpn01] => (item=anna.berg) => {"changed": true, "hash": "${t.n('$6$rounds=656000$' + t.raw.alnum(16) + '$' + t.raw.alnum(86))}"}

PLAY RECAP *********************************************************************
vpn01                      : ok=7    changed=3    unreachable=0    failed=0    skipped=0    rescued=0    ignored=0
`,
  ),
  ld(
    'docker-compose-up-output',
    LO,
    'notes/compose-up.log',
    (t) => `[+] Running 4/4
 ✔ Network shop_default       Created                                                  0.1s
 ✔ Container shop-db-1        Started                                                  0.6s
 ✔ Container shop-redis-1     Started                                                  0.7s
 ✔ Container shop-app-1       Started                                                  1.0s
db-1     | 2025-10-01 09:30:01+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:11.4.3+maria~ubu2404 started.
db-1     | 2025-10-01 09:30:02+00:00 [Note] [Entrypoint]: GENERATED ROOT PASSWORD: ${t.s('password', t.raw.alnum(32))}
db-1     | 2025-10-01 09:30:03+00:00 [Note] [Entrypoint]: Creating user shop
app-1    | [entrypoint] waiting for db:3306 ...
app-1    | [entrypoint] DB_PASSWORD=${t.hpw()} DB_USER=shop DB_HOST=db
app-1    | [entrypoint] REDIS_PASSWORD is empty, using no auth
app-1    | Listening on http://0.0.0.0:8000 (build ${t.short()}, image ${t.digest()})
redis-1  | 1:M 01 Oct 2025 09:30:02.412 * Ready to accept connections tcp
`,
  ),
  ld(
    'gitlab-runner-register-output',
    LC,
    'notes/runner-setup.log',
    (
      t,
    ) => `$ sudo gitlab-runner register --non-interactive --url https://gitlab.acme.io --token ${t.prov('gitlabRunner', 'GitLab runner token')} --executor docker --docker-image alpine:3.20 --description build-03
Runtime platform                                    arch=amd64 os=linux pid=8812 revision=${t.n(t.raw.hex(8))} version=17.3.1
Running in system-mode.
Verifying runner... is valid                        runner=${t.n(t.raw.alnum(8))}
Runner registered successfully. Feel free to start it, but if it's running already the config should be automatically reloaded!
Configuration (with the authentication token) was saved in "/etc/gitlab-runner/config.toml"
$ sudo grep -E 'token|password' /etc/gitlab-runner/config.toml
  token = "${t.n('glrt-****')}"
  [runners.cache.s3]
    AccessKey = "minio"
    SecretKey = "${t.gpw()}"
`,
  ),
  ld(
    'otel-collector-debug-exporter',
    LP,
    'logs/otel-collector.log',
    (t) => `${t.ts()}Z	info	TracesExporter	{"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": 1, "spans": 3}
Span #0
    Trace ID       : ${t.trace()}
    Parent ID      : ${t.span()}
    ID             : ${t.span()}
    Name           : POST /v1/checkout
    Kind           : Server
Attributes:
     -> http.request.method: Str(POST)
     -> url.full: Str(https://checkout.acme.io/v1/checkout?cart=${t.n(t.raw.hex(12))})
     -> http.request.header.authorization: Slice(["Bearer ${t.jwt()}"])
     -> http.request.header.x-request-id: Slice(["${t.rid()}"])
     -> enduser.id: Str(${t.rid()})
Span #1
    Trace ID       : ${t.trace()}
    Parent ID      : ${t.span()}
    ID             : ${t.span()}
    Name           : SELECT shop.carts
Attributes:
     -> db.system: Str(postgresql)
     -> db.connection_string: Str(postgresql://shop:${t.cs()}@pg-shop:5432/shop)
     -> db.statement: Str(SELECT * FROM carts WHERE id = $1)
Span #2
    Trace ID       : ${t.trace()}
    ID             : ${t.span()}
    Name           : redis GET
Attributes:
     -> db.system: Str(redis)
     -> net.peer.name: Str(redis-cart)
     -> cache.key: Str(cart:${t.n(t.raw.hex(32))})
`,
  ),
  ld(
    'git-push-output-token-remote',
    LC,
    'notes/mirror-job.log',
    (t) => `$ git remote -v
origin	https://x-access-token:${t.prov('githubApp', 'GitHub app token')}@github.com/acme/platform.git (fetch)
origin	https://x-access-token:${t.n('***')}@github.com/acme/platform.git (push)
mirror	https://mirror-bot:${t.cs()}@git.backup.acme.local/acme/platform.git (push)
$ git push mirror --all
Enumerating objects: 1812, done.
Counting objects: 100% (1812/1812), done.
Writing objects: 100% (1200/1200), 4.12 MiB | 8.80 MiB/s, done.
Total 1200 (delta 712), reused 0 (delta 0), pack-reused 0
To https://git.backup.acme.local/acme/platform.git
   ${t.short()}..${t.short()}  main -> main
 * [new branch]      release/3.2 -> release/3.2
 + ${t.short()}...${t.short()} feature/login (forced update)
$ git log -1 --format='%H %an'
${t.sha()} Deniz Arslan
`,
  ),
  ld(
    'ssh-vvv-sshpass',
    LC,
    'support/ssh-debug.txt',
    (t) => `$ sshpass -p '${t.hpw()}' ssh -vvv -o StrictHostKeyChecking=no pi@192.168.178.40
OpenSSH_9.6p1 Ubuntu-3ubuntu13.5, OpenSSL 3.0.13 30 Jan 2024
debug1: Connecting to 192.168.178.40 [192.168.178.40] port 22.
debug1: Connection established.
debug1: kex: algorithm: curve25519-sha256
debug1: Server host key: ssh-ed25519 SHA256:${t.n(t.raw.b64(t.raw.hex(24)).slice(0, 43))}
debug3: send packet: type 50
debug2: we sent a password packet, wait for reply
debug1: Authentication succeeded (password).
debug1: channel 0: new session [client-session] (inactive timeout: 0)
debug1: Sending environment.
debug1: Sending env LANG = de_DE.UTF-8
debug1: Sending env HOMEASSISTANT_TOKEN = ${t.jwt()}
pi@raspberrypi:~ $ cat ~/.homeassistant/secrets.yaml | grep -v '^#'
mqtt_password: ${t.word()}
latitude: ${t.n('52.52')}
influx_token: ${t.n('!secret influx')}
`,
  ),
];
