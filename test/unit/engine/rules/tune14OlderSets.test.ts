// Classes found while tuning on the older real-world DEV sets' remaining misses (rw-dev8, rw-dev11 to rw-dev13):
// Windows `net use` as audit and SCCM logs keep it, Oracle's user/password@db logins, a handover's mailbox lines,
// nginx checking API keys itself, CGI environment dumps, echoed password commands, wget's debug echo, binary registry
// passwords, and fastlane match's git authorization. Whole files, generated values.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7e14_0a01);
const { found } = ruleAssertions(scanner);

const human = () => `${g.pick(['Herbst', 'Sommer', 'Lager', 'Kasse'])}${g.digits(2)}${g.pick(['!', '#', '+'])}${g.digits(2)}`;

describe('tune14 classes: the older DEV sets', () => {
  it('reads net use in an audit event, an SCCM log line and a till account, not a prompt', () => {
    const [a, b, c] = [human(), human(), g.digits(4)];
    const log = `<Data Name="CommandLine">net  use \\\\fs01\\finance ${a} /user:CORP\\adm.fischer</Data>\n<![LOG[Executing command line: net use \\\\mdt01\\Deploy$ /user:CORP\\svc_mdt ${b}]LOG]!><time="08:12:45.001-60">\n`;
    assert.deepEqual(found(log, 'logs/Security-4688.xml').sort(), [a, b].sort());
    assert.deepEqual(found(`Kassen-PCs haben ein anderes PW:  net user kasse ${c}\n`, 'helpdesk/reset.txt'), [c]);
    assert.deepEqual(found('<![LOG[net use \\\\mdt01\\Deploy$ /user:CORP\\svc_mdt *]LOG]!>\nnet user kasse 12\n', 'logs/smsts.log'), []);
  });

  it("reads Oracle's user/password@db in a JDBC URL, userid= and a note naming Oracle, not a package@version", () => {
    const [a, b, c] = [human(), g.lower(14), `${g.alnum(6)}-${g.digits(2)}*`];
    const bat = `sqlldr userid=loader/${b}@DWH control=C:\\oracle\\ctl\\c.ctl log=C:\\oracle\\log\\c.log\n`;
    assert.deepEqual(found(bat, 'oracle/nightly.bat'), [b]);
    assert.deepEqual(found(`# jdbc:oracle:thin:report/${a}@//ora-dwh01:1521/dwh\n`, 'oracle/network/admin/tnsnames.ora'), [a]);
    assert.deepEqual(found(`2. 그룹웨어 DB (Oracle) 접속: gw_app/${c}@GWDB\n`, 'docs/ko/notes.txt'), [c]);
    assert.deepEqual(found('- uses: actions/checkout@v4 # builds the oracle image\n- uses: gvenzl/setup-oracle-free@v1\n', 'docs/ci.md'), []);
  });

  it("reads a handover's mailbox lines under a password heading, not a routing table", () => {
    const [a, b] = [human(), human()];
    const mail = `Kurumsal e-posta şifreleri:\n  info@      → ${a}\n  satis@     → ${b}\n  ik@        → henüz oluşturulmadı\n`;
    assert.deepEqual(found(mail, 'mail/teslim.txt').sort(), [a, b].sort());
    assert.deepEqual(found(`Mail routing\n  info@      → sales team\n  jobs@      → ${g.alnum(8)}\n`, 'docs/mail.txt'), []);
  });

  it('reads the keys of an nginx map over an API-key header and an if guarding a location', () => {
    const [a, b, c] = [g.hex(48), g.hex(48), g.alnum(32)];
    const conf = `map $http_x_api_key $api_partner {\n    default "";\n    "${a}" "reisebuero-nord";\n    "${b}" "hotelportal";\n}\nserver {\n  location /api/ {\n    if ($http_authorization != "Bearer ${c}") { return 401; }\n  }\n}\n`;
    assert.deepEqual(found(conf, 'etc/nginx/conf.d/api.conf').sort(), [a, b, c].sort());
    assert.deepEqual(found(`map $http_user_agent $bot {\n    default 0;\n    "${g.alnum(24)}" 1;\n}\n`, 'etc/nginx/conf.d/bots.conf'), []);
  });

  it('reads HTTP_AUTHORIZATION in an exception mail, echoed password commands and wget -d output', () => {
    const basic = btoa(`${g.lower(6)}:${g.alnum(16)}`);
    const [a, b] = [human(), human()];
    assert.deepEqual(found(`  * HTTP_AUTHORIZATION                              : Basic ${basic}\n`, 'mail/exception.eml'), [basic]);
    assert.deepEqual(found(`sendmail_path = "/usr/bin/msmtp -t --auth=on --user=shop@example.de --passwordeval='echo ${a}'"\n`, 'public_html/.user.ini'), [a]);
    assert.deepEqual(found(`Setting --http-password (httppassword) to ${b}\n`, 'logs/mirror-cron.log'), [b]);
    assert.deepEqual(found('  * HTTP_AUTHORIZATION   : [FILTERED]\npasswordeval "echo $SMTP_PASS"\nSetting --tries (tries) to 3\n', 'logs/x.log'), []);
  });

  it('reads binary registry passwords and fastlane git authorization', () => {
    const bytes = () => Array.from({ length: 8 }, () => g.hex(2)).join(',');
    const [a, b] = [bytes(), bytes()];
    assert.deepEqual(found(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]\n"Password"=hex:${a}\n"ControlPassword"=hex:${b}\n`, 'exports/vnc.reg').sort(), [a, b].sort());
    const auth = btoa(`ci-bot:${g.alnum(40)}`);
    assert.deepEqual(found(`match(type: "appstore", readonly: true, git_basic_authorization: "${auth}")\n`, 'fastlane/Fastfile'), [auth]);
  });
});
