// Passwords in code and on command lines (eleventh session): a constant-time comparison against a literal
// (`secure_compare(password, "v")`), lftp's `-u user,pass` inside or after a quoted script, what an expect script sends
// after a password prompt, radtest's password and shared secret, `az sql server create -p`, the else branch of an if/else
// fallback, Lua's bracketed map keys and basic-auth users tables, and the Erlang cookie in sys.config terms and vm.args.
// Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xc0de_0011);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/x.txt');

/** A password someone chose: a word, digits and a symbol. */
const human = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Tundra'])}${g.digits(4)}${g.pick(['!', '%', '+', '#'])}`;
const generated = () => g.alnum(22);

describe('code and command lines (eleventh session)', () => {
  it('reads a constant-time comparison of a secret name against a literal', () => {
    assertFinds(
      [
        (v) => `  def authorized?(password)\n    ActiveSupport::SecurityUtils.secure_compare(password, "${v}")\n  end\n`,
        (v) => `    Rack::Utils.secure_compare(params[:password], "${v}")\n`,
        (v) => `if (hash_equals($password, '${v}')) {\n    login();\n}\n`,
      ],
      human,
      'app/controllers/admin.rb',
    );
    assertFinds([(v) => `    return hmac.compare_digest(token, "${v}")\n`], generated, 'app/auth.py');
    assertQuiet(
      [
        '    ActiveSupport::SecurityUtils.secure_compare(password, ENV["ADMIN_PASSWORD"])\n',
        '    ActiveSupport::SecurityUtils.secure_compare(password, "changeme")\n',
        `    ActiveSupport::SecurityUtils.secure_compare(digest, "${g.hex(8)}")\n`,
      ],
      'app/controllers/admin.rb',
    );
  });

  it("finds lftp's user,password inside a -c script and after a quoted -e script", () => {
    assertFinds(
      [
        (v) => `lftp -c "set ftp:ssl-allow no; open -u webmaster,${v} ftp.example-hosting.net; mirror -R dist /www"\n`,
        (v) => `lftp -e "set ftp:ssl-force true; put export.zip; bye" -u acme_ftp,${v} ftp.partner.example\n`,
      ],
      human,
      'scripts/upload.sh',
    );
    assertQuiet(['lftp -c "open -u webmaster,$FTP_PASS ftp.example.net; mirror -R dist /www"\n', 'lftp -e "put a.zip; bye" -u "$FTP_USER,$FTP_PASS" ftp.example.net\n'], 'scripts/upload.sh');
  });

  it('finds what an expect script sends after a password prompt', () => {
    assertFinds(
      [
        (v) => `#!/usr/bin/expect -f\nset timeout 20\nset user netops\nset enable "${v}"\nspawn ssh $user@10.0.0.1\nexpect ">"\nsend "enable\\r"\nexpect "Password:"\nsend "$enable\\r"\nexpect "#"\n`,
        (v) => `#!/usr/bin/expect -f\nspawn ssh backup@nas.local\nexpect "*assword:"\nsend "${v}\\r"\nexpect "$ "\nsend "exit\\r"\n`,
      ],
      human,
      'tools/switch-backup.exp',
    );
    assertQuiet(
      [
        `#!/usr/bin/expect -f\nset host "${g.alnum(12)}"\nset cmd "${human()}"\nspawn ssh admin@$host\nexpect ">"\nsend "$cmd\\r"\nexpect "Password:"\nsend "$env(SW_PASS)\\r"\n`,
        `#!/usr/bin/expect -f\nspawn telnet 10.0.0.1\nexpect "Username:"\nsend "${human()}\\r"\n`,
      ],
      'tools/switch-backup.exp',
    );
  });

  it("finds radtest's password and shared secret, and az sql server create's -p", () => {
    assertFinds([(v) => `    radtest monitor ${v} 127.0.0.1 0 "$RADIUS_SECRET"\n`], human, 'notes/radius.md');
    assertFinds([(v) => `    radtest monitor "$PW" 127.0.0.1 0 ${v}\n`], generated, 'notes/radius.md');
    assertFinds([(v) => `az sql server create -g rg-data -n acme-sql -l westeurope -u sqladmin -p '${v}'\n`], human, 'infra/new-env.sh');
    assertQuiet(['radtest "$USER" "$PASS" 127.0.0.1 0 "$SECRET"\n', 'az sql server create -g rg -n acme-sql -u sqladmin -p "$SQL_PW"\n'], 'notes/radius.md');
  });

  it('reads the else branch of an if/else fallback under a secret name', () => {
    assertFinds(
      [(v) => `$ApiKey = if ($env:CORP_API_KEY) { $env:CORP_API_KEY } else { '${v}' }\n`, (v) => `    $pat = if ($env:ADO_PAT) { $env:ADO_PAT } else { "${v}" }\n`],
      () => g.hex(32),
      'Modules/CorpTools/CorpTools.psm1',
    );
    assertFinds([(v) => `val dbPassword = if (env["DB_PASSWORD"] != null) env["DB_PASSWORD"]!! else "${v}"\n`], human, 'src/main/kotlin/Config.kt');
    assertQuiet(
      ["$ApiKey = if ($env:CORP_API_KEY) { $env:CORP_API_KEY } else { throw 'CORP_API_KEY is not set' }\n", `$Mode = if ($Prod) { 'live' } else { '${g.alnum(20)}' }\n`],
      'Modules/CorpTools/CorpTools.psm1',
    );
  });

  it("reads Lua's bracketed keys in a map named for secrets, and a basic-auth users table", () => {
    assertFinds([(v) => `local API_TOKENS = {\n  ["ci"] = "${v}",\n  ["deploy"] = "${g.alnum(32)}",\n}\n`], () => g.alnum(32), 'nginx/lua/gate.lua');
    assertFinds([(v) => `local BASIC_USERS = {\n  ["ops"] = "${v}",\n}\nif BASIC_USERS[user] == pass then return end\n`], human, 'nginx/lua/gate.lua');
    assertQuiet([`local BASIC_USERS = {\n  ["ops"] = "operator",\n  ["support"] = "read-only",\n}\n`, `local ROUTES = {\n  ["ci"] = "${g.alnum(32)}",\n}\n`], 'nginx/lua/gate.lua');
  });

  it('finds the Erlang distribution cookie in sys.config terms and vm.args', () => {
    assertFinds([(v) => `[{kernel, [\n   {cluster_cookie, '${v}'},\n   {node_id, "n1"}\n]}].\n`, (v) => `[{chat, [\n   {cookie, '${v}'}\n]}].\n`], () => g.alnum(20), 'config/sys.config');
    assertFinds([(v) => `-name chat@10.0.0.5\n-setcookie ${v}\n+K true\n`], () => g.upper(20), 'rel/vm.args');
    assertQuiet(["[{chat, [{cookie, 'changeme'}, {cookie_file, '/var/lib/chat/.erlang.cookie'}]}].\n", '-setcookie ${RELEASE_COOKIE}\n'], 'config/sys.config');
  });

  it("reads a COBOL data item's VALUE under a password name, and Oracle's bare IDENTIFIED BY", () => {
    assertFinds(
      [(v) => `       WORKING-STORAGE SECTION.\n       01  WS-DB-PASSWORD    PIC X(12) VALUE '${v}'.\n`, (v) => `       05  WS-FTP-PASS       PICTURE X(10) VALUE "${v}".\n`],
      () => `${g.upper(3)}@${g.digits(4)}`,
      'legacy/PAYBATCH.cbl',
    );
    assertQuiet([`       01  WS-DB-USER        PIC X(10) VALUE '${g.upper(7)}'.\n       01  WS-PASSWORD       PIC X(12) VALUE SPACES.\n`], 'legacy/PAYBATCH.cbl');
    assertFinds(
      [(v) => `ALTER USER app_reader IDENTIFIED BY ${v};\n`, (v) => `CREATE USER app_owner IDENTIFIED BY ${v} DEFAULT TABLESPACE users;\n`],
      () => `${g.pick(['harbor', 'pepper', 'falcon'])}${g.pick(['meadow', 'copper', 'willow'])}${g.pick(['tundra', 'orchid', 'sparrow'])}`,
      'db/oracle/create_schema.sql',
    );
    assertQuiet(['CREATE USER app_owner IDENTIFIED BY password;\n', 'CREATE USER ops IDENTIFIED EXTERNALLY;\n', 'ALTER USER app IDENTIFIED BY &new_password;\n'], 'db/oracle/create_schema.sql');
  });

  it('reads letters of mixed case between two % of a generated password as part of it, not a %NAME% reference', () => {
    const percented = () => `${g.alnum(3)}%${g.lower(1)}${g.upper(1)}${g.digits(1)}${g.upper(1)}%${g.alnum(4)}%${g.alnum(2)}`;
    assertFinds([(v) => `unrar x -p${v} scans_archive.rar\n`, (v) => `unzip -P ${v} export_clients.zip\n`], percented, 'home/acct/.bash_history');
    assertQuiet(['unzip -P %ZIP_PASS% export.zip\n', 'unzip -P x%zipPass%y export.zip\n', 'unzip -P %ProgramData% export.zip\n'], 'scripts/unpack.bat');
  });
});
