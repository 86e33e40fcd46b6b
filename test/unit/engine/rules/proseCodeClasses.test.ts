// Classes of passwords and tokens in prose and code found while tuning on rw-dev2: config text inside a multi-line
// string literal, C defines, module attributes and keywords, `to`/`->` pairs, Map.of pairs, positional passwords,
// field lists, next-line values, arrows, wiki-markup tables and labels in more languages. Each case says what
// must be found and what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword, passphrase } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(4242);

const { found: values } = ruleAssertions(scanner);

describe('rw-dev2 classes: code', () => {
  describe('config text inside a multi-line string literal', () => {
    it('finds unquoted values in Python, JS, Go, PHP and Ruby literals', () => {
      const pw = () => humanPassword(g);
      const cases: [string, string, string][] = [];
      const a = pw();
      cases.push([`CONFIG = """\n[source]\nhost = crm.internal\npassword = ${a}\n"""\n`, 'etl/jobs/nightly.py', a]);
      const b = g.alnum(40);
      cases.push([`const ini = \`\n[api]\nsecret = ${b}\n\`;\n`, 'scripts/render.mjs', b]);
      const c = pw();
      cases.push([`const seed = \`\nadmin_user: seed\nadmin_password: ${c}\n\`\n`, 'cmd/seed/main.go', c]);
      const d = pw();
      cases.push([`$ini = <<<INI\n[soap]\nlogin = shop\npassword = ${d}\nINI;\n`, 'config/services.php', d]);
      const e = pw();
      cases.push([`  def conf\n    <<~CONF\n      user = sync\n      password = ${e}\n    CONF\n  end\n`, 'lib/sync.rb', e]);
      for (const [text, path, value] of cases) assert.deepEqual(values(text, path), [value], text);
    });

    it('leaves code assignments, templates and references alone', () => {
      const texts: [string, string][] = [
        ['password = get_password()\ntoken = next_token\n', 'app/x.py'],
        ['CONFIG = """\n[target]\npassword = {target_password}\n"""\n', 'etl/x.py'],
        ['const tpl = `\n[mysql]\npassword = ${process.env.MYSQL_PASSWORD}\n`;\n', 'scripts/x.mjs'],
        // A line that is not config text ends the literal's reach: the assignment below is code.
        [`const s = \`\nhello \${name}, welcome\n\`;\nconst x = 1;\npassword = readPassword\n`, 'src/x.js'],
        ['query = """\nSELECT * FROM users\nWHERE password = crypt(:pw, password)\n"""\n', 'app/q.py'],
        // A literal closed on its own line, or opened and closed on one line, holds nothing below it.
        [`s = """\na = 1\n"""\npassword = ${humanPassword(g)}\n`, 'app/c.py'],
        [`doc = """Docstring."""\npassword = ${humanPassword(g)}\n`, 'app/d.py'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('keyed forms without = or :', () => {
    it('finds C defines, Elixir/Ruby module attributes and Clojure keywords', () => {
      const a = humanPassword(g);
      const b = g.hex(32);
      const c = g.alnum(24);
      const d = passphrase(g).replace(/ /g, '-');
      assert.deepEqual(values(`#define MQTT_PASSWORD "${a}"\n#define PASSWORD_MAX_LEN 64\n`, 'src/net.c'), [a]);
      assert.deepEqual(values(`defmodule Acme.Conf do\n  @api_key "${b}"\nend\n`, 'lib/conf.ex'), [b]);
      assert.deepEqual(values(`(def db {:dbtype "postgresql" :user "acme" :password "${c}"})\n`, 'src/db.clj'), [c]);
      assert.deepEqual(values(`#  define WIFI_PASS "${d}"\n`, 'firmware/wifi.h'), [d]);
    });

    it('leaves labels, references and messages in those forms alone', () => {
      const texts: [string, string][] = [
        ['#define PASSWORD_PROMPT "Password: "\n#define PASSWORD_ENV "DB_PASSWORD"\n', 'src/x.c'],
        ['  @password_error "is invalid"\n', 'lib/x.ex'],
        ['{:password "changeme" :token "your-token-here"}\n', 'src/x.clj'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('a signing key given to SymmetricSecurityKey', () => {
    it('finds the key inside Encoding.UTF8.GetBytes, not a configuration lookup', () => {
      const a = g.alnum(48);
      assert.deepEqual(values(`o.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${a}"));\n`, 'src/Program.cs'), [a]);
      assert.deepEqual(values('o.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]));\n', 'src/Program.cs'), []);
    });
  });

  describe('pairs written with to, -> and Map.of', () => {
    it('finds the value of a secret-named pair', () => {
      const a = humanPassword(g);
      const b = g.hex(32);
      const c = `${g.alnum(12)}#${g.digits(2)}`;
      const d = humanPassword(g);
      assert.deepEqual(values(`val creds = mapOf("user" to "sync", "password" to "${a}")\n`, 'app/Conf.kt'), [a]);
      assert.deepEqual(values(`val headers = mapOf("X-Api-Key" to "${b}", "Accept" to "application/json")\n`, 'app/Api.kt'), [b]);
      assert.deepEqual(values(`val conf = Map("user" -> "etl", "password" -> "${c}")\n`, 'src/Conf.scala'), [c]);
      assert.deepEqual(values(`static final Map<String, String> AUTH = Map.of("user", "producer", "password", "${d}");\n`, 'src/Kafka.java'), [d]);
    });

    it('leaves labels, references and other pairs alone', () => {
      const texts: [string, string][] = [
        ['val labels = mapOf("password" to "Password", "token" to "Access token")\n', 'app/L.kt'],
        ['val env = mapOf("password" to System.getenv("DB_PASSWORD"))\n', 'app/E.kt'],
        [`val ids = mapOf("tenant" to "${g.uuid()}", "region" to "eu-west-1")\n`, 'app/I.kt'],
        ['Map.of("user", "producer", "password", "changeme")\n', 'src/M.java'],
        [`Map.of("mode", "password", "realm", "${g.alnum(24)}")\n`, 'src/N.java'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('passwords passed by position', () => {
    it('finds the password of Credentials.basic, mysql_real_connect and a creds tuple, not the user', () => {
      const a = humanPassword(g);
      const b = humanPassword(g);
      const c = humanPassword(g);
      assert.deepEqual(values(`svc_creds = ("bridge", "${c}")\n`, 'tools/bridge.py'), [c]);
      assert.deepEqual(values(`.header("Authorization", Credentials.basic("sync-bot", "${a}"))\n`, 'app/Http.kt'), [a]);
      assert.deepEqual(values(`mysql_real_connect(conn, "10.0.0.5", "telemetry", "${b}", "telemetry", 3306, NULL, 0);\n`, 'src/db.c'), [b]);
    });

    it('leaves variables and empty passwords alone', () => {
      assert.deepEqual(values('mysql_real_connect(conn, host, user, pass, "app", 0, NULL, 0);\n', 'src/db.c'), []);
      assert.deepEqual(values('Credentials.basic(user, password)\n', 'app/Http.kt'), []);
      assert.deepEqual(values('public const string PasswordClaim = "pwd_changed_at";\n', 'src/Claims.cs'), []);
      assert.deepEqual(values(`  tokenFingerprint: '${g.hex(40)}',\n`, 'src/fixtures.ts'), []);
    });
  });
});

describe('rw-dev2 classes: prose', () => {
  it('finds field lists, double colons, arrows and next-line values', () => {
    const a = humanPassword(g);
    const b = humanPassword(g);
    const c = g.alnum(48);
    const d = humanPassword(g);
    const e = humanPassword(g);
    assert.deepEqual(values(`Staging\n-------\n\n:username: stg\n:password: ${a}\n`, 'docs/source/deploy.rst'), [a]);
    assert.deepEqual(values(`[horizontal]\nBind DN:: cn=svc\nBind password:: ${b}\n`, 'docs/ldap.adoc'), [b]);
    assert.deepEqual(values(`- Session secret → ${c}\n`, 'docs/setup.md'), [c]);
    assert.deepEqual(values(`RabbitMQ\n  user:\n    dev\n  password:\n    ${d}\n\nNext section\n`, 'docs/services.txt'), [d]);
    assert.deepEqual(values(`[{"text": "new db password:\\n${e}", "ts": "1714640300.0006"}]\n`, 'exports/slack/x.json'), [e]);
  });

  it('finds labels with a parenthesised qualifier and in more languages', () => {
    const a = g.base64(44);
    const b = humanPassword(g);
    const c = humanPassword(g);
    const d = g.alnum(32);
    const e = humanPassword(g);
    assert.deepEqual(values(`- JWT signing secret (HS256): ${a}\n`, 'docs/setup.md'), [a]);
    assert.deepEqual(values(`Administratörskontot: admin, lösenordet är ${b}\n`, 'docs/se.md'), [b]);
    assert.deepEqual(values(`Użytkownik \`raporty\`, hasło ${c} (tylko odczyt).\n`, 'docs/pl.md'), [c]);
    assert.deepEqual(values(`Français : le jeton d'accès : ${d}\n`, 'docs/fr.md'), [d]);
    assert.deepEqual(values(`初始密码为${e}，登录后请立即修改。\n`, 'docs/zh.md'), [e]);
  });

  it('finds the password of an identifiant / mdp pair, not the user name', () => {
    const a = `${humanPassword(g)}7`;
    assert.deepEqual(values(`- compte Jenkins → identifiant / mdp : jenkins_svc / ${a}\n`, 'docs/fr.md'), [a]);
  });

  it('finds a password set with "set … password to X", not a sentence', () => {
    const a = humanPassword(g);
    assert.deepEqual(values(`- Ivan set the owner password to ${a} for now.\n`, 'docs/notes.md'), [a]);
    assert.deepEqual(values('- Use the password to access the server. We set the password to expire after 90 days.\n', 'docs/notes.md'), []);
  });

  it('finds the password column of a CSV export, nothing else', () => {
    const a = humanPassword(g);
    const b = humanPassword(g);
    const text = `name,url,username,password,note\nGrafana,https://grafana.int,viewer,${a},\nRouter,http://192.168.1.1,admin,"${b}",office\nWiki,https://wiki.int,,,SSO only\nVPN,https://vpn.int,jdoe,********,\n`;
    assert.deepEqual(values(text, 'exports/passwords.csv'), [a, b]);
    assert.deepEqual(values(`id,token,count\n1,the,42\n2,${g.lower(7)},7\n`, 'data/tokens.csv'), []);
    // A row longer than a table row (a minified line) is no table: its cells are not read against the header.
    assert.deepEqual(values(`name,user,password\n${'x,'.repeat(3000)}${humanPassword(g)}\n`, 'exports/long.csv'), []);
  });

  it('finds a quoted password in a parenthesised remark and a Cisco enable secret', () => {
    const a = humanPassword(g);
    const b = humanPassword(g);
    assert.deepEqual(values(`* Correo compartido: soporte@ejemplo.es (contraseña "${a}")\n`, 'docs/es.md'), [a]);
    assert.deepEqual(values(`- Switch enable secret: ${b}\n`, 'handover/network.md'), [b]);
    assert.deepEqual(values('- Switch enable secret: see the vault\n- the password ("Password") field is required\n', 'handover/network.md'), []);
  });

  it('finds KEY: value in a Markdown code span, not a reference or a placeholder', () => {
    const a = humanPassword(g);
    assert.deepEqual(values(`The debug sidecar still has \`ADMIN_PASSWORD: ${a}\` inline (OPS-912).\n`, 'deploy/notes.md'), [a]);
    assert.deepEqual(values('Set `ADMIN_PASSWORD: ${ADMIN_PASSWORD}` and `API_TOKEN: <token>` in the chart.\n', 'deploy/notes.md'), []);
  });

  it('finds passwords in a Confluence wiki-markup table', () => {
    const a = humanPassword(g);
    const b = humanPassword(g);
    const text = `h1. Environments\n\n||Environment||Host||User||Password||\n|DEV|dev-app01|deploy|${a}|\n|UAT|uat-app01|deploy|${b}|\n|PROD|prod-app01|deploy|{color:red}see CyberArk{color}|\n`;
    assert.deepEqual(values(text, 'exports/confluence/Envs.txt'), [a, b]);
  });

  it('leaves sentences after a label, user names of pairs and paragraphs after a colon alone', () => {
    const texts: [string, string][] = [
      ['- Passwort: mindestens 14 Zeichen\n- Contraseña: mínimo 14 caracteres\n- Hasło: zapytaj administratora\n', 'docs/policy.md'],
      ['Password:\n\nThe password must be rotated every 90 days, see the policy.\n', 'docs/policy.md'],
      ['Password:\n    see the vault entry\n', 'docs/policy.md'],
      ['MDP: a tuple (S, A, P, R) of states and actions\n', 'docs/rl.md'],
      ['const ok = a || b;\n', 'docs/snippet.md'],
    ];
    for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
  });
});
