// Classes of passwords and tokens in source code and infrastructure files found while tuning on rw-dev3's code/infra
// part: values aligned into a column, getters and stubs returning a literal, Android build fields, Oracle's unquoted
// IDENTIFIED BY, constants naming a setting, positional passwords of more clients, people's passwords in test
// files, Salt pillars, and i18n labels that are not tokens. Each case says what must be found and what must stay
// quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xc0de3);

const { found: values } = ruleAssertions(scanner);

/** A person's password with a digit, as people set them (`Harbor482!`). */
const pw = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Violet'])}${g.digits(3)}${g.pick(['!', '#', '&', '.'])}`;

describe('rw-dev3 classes: code and infrastructure', () => {
  describe('values aligned into a column', () => {
    it('finds gofmt-aligned struct fields and padded YAML values', () => {
      const a = g.hex(40);
      assert.deepEqual(values(`\treturn Config{\n\t\tAddr:       "redis:6379",\n\t\tAPIKey:     "${a}",\n\t}\n`, 'cmd/worker/main.go'), [a]);
      const b = pw();
      assert.deepEqual(values(`db:\n  user:        app\n  password:        "${b}"\n`, 'config/app.yml'), [b]);
    });

    it('leaves aligned references and names alone', () => {
      assert.deepEqual(values('\treturn Config{\n\t\tAPIKey:     os.Getenv("API_KEY"),\n\t\tPassword:   cfg.Password,\n\t}\n', 'cmd/worker/main.go'), []);
      assert.deepEqual(values('db:\n  password:        "${DB_PASSWORD}"\n', 'config/app.yml'), []);
    });
  });

  describe('getters and stubs returning a literal', () => {
    it('finds Java, Python, Rust, Go, Swift and TypeScript getters and Mockito/Moq/RSpec stubs', () => {
      const cases: [string, string, string][] = [];
      const a = pw();
      cases.push([`class Db {\n    public String getPassword() { return "${a}"; }\n}\n`, 'src/main/java/Db.java', a]);
      const b = g.hex(32);
      cases.push([`class Settings:\n    def api_key(self) -> str:\n        return "${b}"\n`, 'app/settings.py', b]);
      const c = g.alnum(40);
      cases.push([`fn token() -> &'static str {\n    "${c}"\n}\n`, 'src/auth.rs', c]);
      const d = pw();
      cases.push([`func (c *Config) DBPassword() string { return "${d}" }\n`, 'internal/config.go', d]);
      const e = g.alnum(32);
      cases.push([`enum Keys {\n    static var apiSecret: String { "${e}" }\n}\n`, 'Sources/Keys.swift', e]);
      const f = g.base64url(40);
      cases.push([`const secrets = {\n  getPartnerToken: async () => '${f}',\n};\n`, 'src/secrets.ts', f]);
      const h = `${g.alnum(14)}#${g.digits(2)}`;
      cases.push([`when(secrets.get("db.password")).thenReturn("${h}");\n`, 'src/test/java/ServiceTest.java', h]);
      const i = g.alnum(40);
      cases.push([`_store.Setup(s => s.Get("psp-api-key")).Returns("${i}");\n`, 'tests/Billing.Tests/InvoiceTests.cs', i]);
      const j = g.hex(40);
      cases.push([`allow(ENV).to receive(:fetch).with("STRIPE_TOKEN").and_return("${j}")\n`, 'spec/payments_spec.rb', j]);
      for (const [text, path, value] of cases) assert.deepEqual(values(text, path), [value], text);
    });

    it('leaves labels, types, references, dummies and built strings alone', () => {
      const texts: [string, string][] = [
        ['    public String getPasswordLabel() { return "Password:"; }\n', 'src/main/java/Form.java'],
        ['    String getTokenType() { return "Bearer"; }\n', 'src/main/java/Auth.java'],
        ['    def password(self):\n        return self._password\n', 'app/user.py'],
        ['    getApiKey() { return process.env.API_KEY; }\n', 'src/config.ts'],
        ['    public String getPassword() { return "changeme"; }\n', 'src/main/java/Db.java'],
        ['        when(secrets.get("db.password")).thenReturn("hunter2");\n', 'src/test/java/DbTest.java'],
        ['    get tokenUrl() { return "https://auth.example.com/oauth/token"; }\n', 'src/oauth.ts'],
        ['    String getSecretName() { return "prod/db-password"; }\n', 'src/main/java/Vault.java'],
        [`    public String getPassword() { return "${g.alnum(6)}" + suffix; }\n`, 'src/main/java/Db.java'],
        ['    getPassword() { return ""; }\n', 'src/user.ts'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('Android build fields', () => {
    it('finds buildConfigField and resValue secrets in Kotlin and Groovy DSL', () => {
      const a = g.alnum(32);
      assert.deepEqual(values(`        buildConfigField("String", "SEGMENT_KEY", "\\"${a}\\"")\n`, 'app/build.gradle.kts'), [a]);
      const b = g.hex(40);
      assert.deepEqual(values(`        buildConfigField 'String', 'API_SECRET', '"${b}"'\n`, 'app/build.gradle'), [b]);
      const c = g.alnum(40);
      assert.deepEqual(values(`        resValue("string", "maps_api_token", "${c}")\n`, 'app/build.gradle.kts'), [c]);
    });

    it('leaves properties, URLs, build ids and empty fields alone', () => {
      const texts = [
        '        buildConfigField("String", "API_KEY", "\\"${project.findProperty("apiKey")}\\"")\n',
        '        buildConfigField("String", "BASE_URL", "\\"https://api.example.com\\"")\n',
        `        buildConfigField("String", "BUILD_SHA", "\\"${g.hex(40)}\\"")\n`,
        '        buildConfigField("String", "API_TOKEN", "\\"\\"")\n',
        '        resValue("string", "password_hint", "Enter your password")\n',
      ];
      for (const text of texts) assert.deepEqual(values(text, 'app/build.gradle.kts'), [], text);
    });
  });

  describe("Oracle's unquoted IDENTIFIED BY", () => {
    it('finds the password of CREATE USER and a database link', () => {
      const a = `${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(3)}x`;
      assert.deepEqual(values(`CREATE USER etl_user IDENTIFIED BY ${a}\n  DEFAULT TABLESPACE etl_data;\n`, 'db/oracle/users.sql'), [a]);
      const b = `${g.pick(['Copper', 'Violet'])}${g.digits(4)}`;
      assert.deepEqual(values(`CREATE DATABASE LINK fin\n  CONNECT TO fin_reader IDENTIFIED BY ${b}\n  USING 'FINDB';\n`, 'db/oracle/links.sql'), [b]);
    });

    it('leaves bind variables, words and prose alone', () => {
      assert.deepEqual(values('ALTER USER bob IDENTIFIED BY :new_pw;\nCREATE USER scott IDENTIFIED BY tiger;\n', 'db/oracle/users.sql'), []);
      assert.deepEqual(values('Users are identified by SHA256 fingerprints in the audit table.\n', 'docs/audit.md'), []);
      assert.deepEqual(values('-- each row is identified by Key2024 and a date\n', 'db/notes.sql'), []);
    });
  });

  describe('a constant naming the setting, given to a setter', () => {
    it("finds Kafka's and JNDI's property constants with a literal", () => {
      const a = pw();
      assert.deepEqual(values(`props.setProperty(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "${a}");\n`, 'src/main/java/Kafka.java'), [a]);
      const b = g.alnum(32);
      assert.deepEqual(values(`env.put(Context.SECURITY_CREDENTIALS, "${b}");\n`, 'src/main/java/Ldap.java'), [b]);
    });

    it('leaves constants given a variable or a word alone', () => {
      assert.deepEqual(values('props.setProperty(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, password);\n', 'src/main/java/Kafka.java'), []);
      assert.deepEqual(values('headers.set(TOKEN_HEADER, "Authorization");\n', 'src/main/java/Http.java'), []);
    });
  });

  describe('positional passwords of more clients', () => {
    it('finds Sequelize and MATLAB database() passwords', () => {
      const a = pw();
      assert.deepEqual(values(`const sequelize = new Sequelize('crm', 'crm_app', '${a}', { dialect: 'mariadb' });\n`, 'src/db.js'), [a]);
      const b = pw();
      assert.deepEqual(values(`conn = database('PlantHistorian', 'matlab_ro', '${b}');\n`, 'matlab/load.m'), [b]);
    });

    it('leaves a variable user and words alone', () => {
      assert.deepEqual(values("const sequelize = new Sequelize(process.env.DB, user, 'Tiger123!', { dialect: 'postgres' });\n", 'src/db.js'), []);
      assert.deepEqual(values("const db = database('reports', 'Reports', 'Quarterly');\n", 'src/db.js'), []);
    });
  });

  describe("people's passwords in test files", () => {
    it('finds a chosen password under a password name in a test', () => {
      const a = `${g.pick(['coffee', 'hockey', 'walnut', 'falcon'])}${g.digits(2)}`;
      assert.deepEqual(values(`    return User.objects.create_user(username="qa", password="${a}")\n`, 'tests/conftest.py'), [a]);
      const b = `${g.pick(['Sofia', 'Lukas', 'Priya'])}.${g.pick(['1987', '1996', '2001'])}`;
      assert.deepEqual(values(`val testUser = User(\n    email = "buyer@example.com",\n    password = "${b}",\n)\n`, 'src/test/kotlin/Fixtures.kt'), [b]);
    });

    it("leaves tests' dummies alone", () => {
      for (const dummy of ['password1', 'test1234', 'foobar99', 'hunter2', 'Secret123!', 'wrongpass1', 'abc12345', 'newPass99', 'mypassw0rd', 'qwerty12']) {
        assert.deepEqual(values(`    user = create_user(username="qa", password="${dummy}")\n`, 'tests/test_login.py'), [], dummy);
      }
    });
  });

  describe('config formats', () => {
    it('reads Salt pillars (.sls) as YAML with unquoted values', () => {
      const a = humanPassword(g).replace(/[^A-Za-z0-9._-]/g, '');
      assert.deepEqual(values(`mysql:\n  server:\n    root_password: ${a}x9\n`, 'pillar/mysql/init.sls'), [`${a}x9`]);
    });
  });

  describe('a bare Key under a parent naming it', () => {
    it("finds ASP.NET's Jwt:Key and an encryption section's key", () => {
      const a = g.alnum(48);
      assert.deepEqual(values(`{\n  "Jwt": {\n    "Issuer": "https://api.acme.com",\n    "Key": "${a}"\n  }\n}\n`, 'src/Api/appsettings.json'), [a]);
      const b = g.base64(44);
      assert.deepEqual(values(`encryption:\n  algorithm: aes-256-gcm\n  key: "${b}"\n`, 'config/app.yml'), [b]);
    });

    it('leaves keys of other parents, and words, alone', () => {
      assert.deepEqual(values(`{\n  "Cache": {\n    "Key": "${g.alnum(32)}"\n  }\n}\n`, 'src/Api/appsettings.json'), []);
      assert.deepEqual(values('{\n  "Jwt": {\n    "Key": "SigningKeyFromVault"\n  }\n}\n', 'src/Api/appsettings.json'), []);
      assert.deepEqual(values('shortcuts:\n  key: ctrl+shift+alt+k\n', 'config/keys.yml'), []);
    });
  });

  describe('name/value pairs in a call', () => {
    it("finds MATLAB's weboptions and struct pairs", () => {
      const a = pw();
      assert.deepEqual(values(`opts = weboptions('Username', 'grafana', 'Password', '${a}', 'Timeout', 30);\n`, 'matlab/push.m'), [a]);
    });

    it('leaves labels and variables alone', () => {
      assert.deepEqual(values("opts = weboptions('Username', 'grafana', 'Password', pw, 'Timeout', 30);\n", 'matlab/push.m'), []);
      assert.deepEqual(values("msg = sprintf('%s', 'user', 'name', 'password', 'Enter your password');\n", 'matlab/ui.m'), []);
    });
  });

  describe('Erlang binaries and byte strings', () => {
    it('finds RabbitMQ-style binaries and a byte string in a secrets map', () => {
      const a = pw();
      assert.deepEqual(values(`[{rabbit, [{default_user, <<"app">>}, {default_pass, <<"${a}">>}]}].\n`, 'config/advanced.config'), [a]);
      const b = g.hex(64);
      assert.deepEqual(values(`{chat, [{cookie_secret, <<"${b}">>}]}\n`, 'config/sys.config'), [b]);
      const c = g.hex(40);
      assert.deepEqual(values(`WEBHOOK_SECRETS = {\n    "github": b"${c}",\n}\n`, 'webhooks/verify.py'), [c]);
    });

    it('leaves a binary placeholder alone', () => {
      assert.deepEqual(values('[{rabbit, [{default_pass, <<"changeme">>}]}].\n', 'config/advanced.config'), []);
    });
  });

  describe('login pairs in keyword tuples, option arrays and client calls', () => {
    it('finds basic_auth tuples, Guzzle auth arrays, MongoDB credentials, Spring basic auth and setdefault', () => {
      const cases: [string, string, string][] = [];
      const a = pw();
      cases.push([`es = Elasticsearch("https://es:9200", basic_auth=("elastic", "${a}"))\n`, 'app/search.py', a]);
      const b = pw();
      cases.push([`$client = new Client(['base_uri' => $url, 'auth' => ['svc', '${b}']]);\n`, 'src/Partner.php', b]);
      const c = pw();
      cases.push([`MongoCredential c = MongoCredential.createCredential("app", "admin", "${c}".toCharArray());\n`, 'src/main/java/Db.java', c]);
      const d = pw();
      cases.push([`RestTemplate rt = new RestTemplateBuilder().basicAuthentication("svc", "${d}").build();\n`, 'src/main/java/Http.java', d]);
      const e = g.hex(32);
      cases.push([`os.environ.setdefault("API_TOKEN", "${e}")\n`, 'app/settings.py', e]);
      for (const [text, path, value] of cases) assert.deepEqual(values(text, path), [value], text);
    });

    it('leaves variables and placeholders alone', () => {
      assert.deepEqual(values('es = Elasticsearch(hosts, basic_auth=("elastic", os.environ["ES_PASSWORD"]))\n', 'app/search.py'), []);
      assert.deepEqual(values("$client = new Client(['auth' => [$user, $password]]);\n", 'src/Partner.php'), []);
      assert.deepEqual(values("$client = new Client(['auth' => ['svc', 'changeme']]);\n", 'src/Partner.php'), []);
      assert.deepEqual(values('os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\n', 'manage.py'), []);
    });
  });

  describe('a user:password literal encoded into a Basic header', () => {
    it('finds the password in btoa, Buffer, b64encode, Java, .NET, PowerShell and Go encoders', () => {
      const texts: [string, string][] = [
        ["fetch(url, { headers: { Authorization: 'Basic ' + btoa('svc:PW') } });\n", 'src/api.js'],
        ["const auth = Buffer.from('svc:PW').toString('base64');\n", 'src/api.ts'],
        ['headers = {"Authorization": "Basic " + base64.b64encode(b"svc:PW").decode()}\n', 'app/api.py'],
        ['String auth = Base64.getEncoder().encodeToString("svc:PW".getBytes());\n', 'src/main/java/Api.java'],
        ['var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:PW"));\n', 'src/Api.cs'],
        ['$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("svc:PW"))\n', 'scripts/api.ps1'],
        ['auth := base64.StdEncoding.EncodeToString([]byte("svc:PW"))\n', 'internal/api.go'],
      ];
      for (const [template, path] of texts) {
        const p = pw();
        assert.deepEqual(values(template.replace('PW', p), path), [p], template);
      }
    });

    it('leaves built pairs, placeholders and other buffers alone', () => {
      const texts = [
        "const auth = btoa(user + ':' + password);\n",
        "const auth = Buffer.from('svc:changeme').toString('base64');\n",
        "const b = Buffer.from('12:30:45');\n",
        `const id = Buffer.from('order:${pw()}', 'utf8');\n`,
      ];
      for (const text of texts) assert.deepEqual(values(text, 'src/api.js'), [], text);
    });
  });

  describe('more hidden and positional forms', () => {
    it("finds java.net's PasswordAuthentication and a base64-decoded literal under a password's name", () => {
      const a = pw();
      assert.deepEqual(values(`        return new PasswordAuthentication("proxyuser", "${a}".toCharArray());\n`, 'src/main/java/Proxy.java'), [a]);
      const b = Buffer.from(pw()).toString('base64').replace(/=+$/, '');
      assert.deepEqual(values(`PASSWORD = base64.b64decode("${b}").decode()\n`, 'tools/vpn.py'), [b]);
      const c = Buffer.from(pw()).toString('base64').replace(/=+$/, '');
      assert.deepEqual(values(`const dbPassword = atob('${c}');\n`, 'src/db.js'), [c]);
    });

    it('leaves decoded references alone', () => {
      assert.deepEqual(values('PASSWORD = base64.b64decode(os.environ["PW_B64"]).decode()\n', 'tools/vpn.py'), []);
      assert.deepEqual(values('        return new PasswordAuthentication(user, password.toCharArray());\n', 'src/main/java/Proxy.java'), []);
    });
  });

  describe('public app identifiers', () => {
    it("notes the google-services plugin's Android key and RevenueCat's SDK keys as public", () => {
      const key = `AIza${g.base64url(35)}`;
      const xml = `<resources>\n    <string name="google_api_key" translatable="false">${key}</string>\n    <string name="google_app_id" translatable="false">1:${g.digits(12)}:android:${g.hex(16)}</string>\n</resources>\n`;
      assert.deepEqual(values(xml, 'app/src/main/res/values/strings.xml'), []);
      assert.deepEqual(values(`    static let revenueCatKey = "appl_${g.alnum(27)}"\n`, 'Sources/Keys.swift'), []);
    });
  });

  describe('an email and a password as a pair literal', () => {
    it('finds Python tuples, JS arrays and Go composite literals of accounts', () => {
      const a = pw();
      const b = pw();
      assert.deepEqual(values(`ACCOUNTS = [\n    ("scraper01@example.com", "${a}"),\n    ("scraper02@example.com", "${b}"),\n]\n`, 'scrapers/settings.py'), [a, b]);
      const c = pw();
      assert.deepEqual(values(`const logins = [['bot@acme.io', '${c}']];\n`, 'src/bots.js'), [c]);
      const d = pw();
      assert.deepEqual(values(`var seed = []Login{{"demo@acme.io", "${d}"}}\n`, 'cmd/seed/main.go'), [d]);
    });

    it('leaves calls, address pairs, names, references and placeholders alone', () => {
      const texts = [
        `send("noreply@acme.io", "${pw()}")\n`,
        `mail.send ("noreply@acme.io", "${pw()}")\n`,
        'RECIPIENTS = [("ops@acme.io", "ops-team@acme.io")]\n',
        'AUTHORS = [("Jane Doe", "jane@acme.io")]\n',
        'ACCOUNTS = [("bot@acme.io", os.environ["BOT_PASSWORD"])]\n',
        'ACCOUNTS = [("bot@acme.io", "changeme")]\n',
        'contacts = {"sales@acme.io", "Sales"}\n',
      ];
      for (const text of texts) assert.deepEqual(values(text, 'app/accounts.py'), [], text);
    });
  });

  describe('an Authorization credential set in code', () => {
    it("finds .NET's AuthenticationHeaderValue and PowerShell's header maps, Basic and Bearer", () => {
      const a = g.alnum(40);
      assert.deepEqual(values(`client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${a}");\n`, 'src/Api/Client.cs'), [a]);
      const b = Buffer.from(`acme:${pw()}`).toString('base64');
      assert.deepEqual(values(`http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${b}");\n`, 'tests/Api.Tests/ClientTests.cs'), [b]);
      const c = Buffer.from('deploy:vortex orbit meadow wombat').toString('base64');
      assert.deepEqual(values(`$headers = @{ Authorization = "Basic ${c}" }\n`, 'scripts/deploy.ps1'), [c]);
    });

    it('leaves variables, documented pairs and non-base64 values alone', () => {
      const texts = [
        'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);\n',
        `$headers = @{ Authorization = "Basic ${Buffer.from('user:password').toString('base64')}" }\n`,
        '$headers = @{ Authorization = "Bearer $token" }\n',
        `http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${g.alnum(20)}");\n`,
      ];
      for (const text of texts) assert.deepEqual(values(text, 'src/Api/Client.cs'), [], text);
    });
  });

  describe('labels are not tokens', () => {
    it('leaves i18n values with letters of other scripts alone', () => {
      assert.deepEqual(values('{\n  "apiKey": "API-Schlüssel",\n  "token": "Zugriffstoken-Überblick"\n}\n', 'src/locales/de.json'), []);
    });
  });
});
