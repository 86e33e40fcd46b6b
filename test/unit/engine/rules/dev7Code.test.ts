// Classes found while tuning on rw-dev7's code part. Each case says what must be found and what must stay quiet;
// values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de7);

const { found: values } = ruleAssertions(scanner);

/** A person's password with a digit (`Harbor482!`). */
const pw = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Violet'])}${g.digits(3)}${g.pick(['!', '#', '&', '.'])}`;

describe('rw-dev7 classes: code', () => {
  describe('YAML keys namespaced by colons (Puppet Hiera, Pulumi stack config)', () => {
    it('finds a password and a token under a Hiera class parameter and a Pulumi project key', () => {
      const [a, b, c, d] = [pw(), g.alnum(40), pw(), g.hex(32)];
      assert.deepEqual(values(`---\nmysql::server::root_password: '${a}'\nprofile::backup::s3_secret_key: '${b}'\n`, 'hieradata/nodes/db01.yaml'), [a, b]);
      assert.deepEqual(values(`config:\n  aws:region: eu-central-1\n  acme:dbPassword: ${c}\n  acme:webhookSecret: "${d}"\n`, 'Pulumi.dev.yaml'), [c, d]);
    });

    it('stays quiet on an ARN in a value, a Pulumi secure value and a Hiera lookup', () => {
      assert.deepEqual(values(`target: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password\n`, 'config/x.yaml'), []);
      assert.deepEqual(values(`config:\n  acme:dbPassword:\n    secure: AAABA${g.base64(48)}\n`, 'Pulumi.prod.yaml'), []);
      assert.deepEqual(values(`mysql::server::root_password: "%{lookup('vault_mysql_root')}"\n`, 'hieradata/common.yaml'), []);
    });
  });
  describe('setting calls: Go capitalised setters (viper Set / SetDefault), setDefault, Julia get(ENV, …)', () => {
    it('finds the value given to a dotted setting name', () => {
      const [a, b, c] = [pw(), g.alnum(48), g.hex(40)];
      const go = `func initConfig() {\n\tviper.SetDefault("db.password", "${a}")\n\tviper.Set("auth.jwt_secret", "${b}")\n}\n`;
      assert.deepEqual(values(go, 'cmd/server/config.go'), [a, b]);
      assert.deepEqual(values(`const API_TOKEN = get(ENV, "API_TOKEN", "${c}")\n`, 'scripts/load.jl'), [c]);
    });

    it('stays quiet on numbers, field names and empty defaults', () => {
      const go = `viper.SetDefault("auth.token_ttl", 3600)\nviper.SetDefault("auth.password_field", "passwd")\nviper.SetDefault("db.password", "")\n`;
      assert.deepEqual(values(go, 'cmd/server/config.go'), []);
      assert.deepEqual(values(`const API_TOKEN = get(ENV, "API_TOKEN", "")\n`, 'scripts/load.jl'), []);
    });
  });
  describe('Map.of pairs past the first 60 characters or one pair a line', () => {
    it('finds the password of a long one-line Map.of and of a Map.of written a pair a line', () => {
      const [a, b] = [pw(), pw()];
      const one = `static final Map<String, String> ARCHIVE = Map.of("url", "jdbc:mysql://archive.internal:3306/arc", "user", "arc_rw", "password", "${a}");\n`;
      assert.deepEqual(values(one, 'src/main/java/DataSources.java'), [a]);
      const lines = `static final Map<String, String> REPORTING = Map.of(\n        "url", "jdbc:postgresql://reports-db:5432/reports",\n        "username", "report_reader",\n        "password", "${b}",\n        "maximumPoolSize", "8");\n`;
      assert.deepEqual(values(lines, 'src/main/java/DataSources.java'), [b]);
    });

    it('stays quiet on a list of field names and a map of labels', () => {
      assert.deepEqual(values(`static final List<String> FIELDS = List.of("username", "email",\n        "password", "confirm_password");\n`, 'src/main/java/Form.java'), []);
      assert.deepEqual(values(`static final Map<String, String> LABELS = Map.of(\n        "user", "User name",\n        "password", "Password");\n`, 'src/main/java/Form.java'), []);
    });
  });
  describe('declarations of Zig and Nim, and more languages read as code', () => {
    it("finds a value under Zig's slice type and Nim's export marker", () => {
      const [a, b, c, d] = [pw(), g.alnum(40), pw(), g.hex(64)];
      const zig = `pub const Config = struct {\n    user: []const u8 = "svc",\n    password: []const u8 = "${a}",\n};\npub const api_token: []const u8 = "${b}";\n`;
      assert.deepEqual(values(zig, 'src/config.zig'), [a, b]);
      assert.deepEqual(values(`const\n  dbUser* = "nimapp"\n  dbPassword* = "${c}"\n  sessionSecret* = "${d}"\n`, 'src/settings.nim'), [c, d]);
    });

    it('stays quiet on a Zig type read as a prose label, an OCaml getenv and a Nim reference', () => {
      assert.deepEqual(values(`pub const Config = struct {\n    password: []const u8 = "",\n};\n`, 'src/config.zig'), []);
      assert.deepEqual(values(`let from_env () =\n  { host = Sys.getenv "DB_HOST"; password = Sys.getenv "DB_PASSWORD" }\n`, 'bin/config.ml'), []);
      assert.deepEqual(values(`let dbPassword* = getEnv("DB_PASSWORD")\n`, 'src/settings.nim'), []);
    });
  });
  describe('Procfile lines and typed account maps', () => {
    it("finds a value set before a Procfile process's command", () => {
      const [a, b] = [`${g.lower(6)}-${g.lower(6)}-${g.lower(6)}7`, g.alnum(50)];
      const text = `web: DJANGO_SECRET_KEY=${b} gunicorn shop.wsgi --bind 0.0.0.0:$PORT\nworker: REDIS_PASSWORD=${a} celery -A shop worker\n`;
      assert.deepEqual(values(text, 'Procfile'), [b, a]);
    });

    it('stays quiet on a Procfile reference and a flag value', () => {
      assert.deepEqual(values(`release: DB_PASSWORD=$DATABASE_PASSWORD python manage.py migrate\nclock: python manage.py run --token-ttl 900\n`, 'Procfile'), []);
    });

    it('finds passwords in a Dart map of accounts typed <String, String>', () => {
      const [a, b] = [pw(), pw()];
      assert.deepEqual(values(`final testAccounts = <String, String>{\n  'qa1@acme.example': '${a}',\n  'qa2@acme.example': '${b}',\n};\n`, 'lib/config/env.dart'), [a, b]);
      assert.deepEqual(values(`final labels = <String, String>{'password': 'Password', 'user': 'User name'};\n`, 'lib/l10n.dart'), []);
    });
  });
  describe("JAAS login modules' user declarations and Sentinel's sentinel-pass", () => {
    it('finds user_<name> passwords under a PlainLoginModule and a DigestLoginModule', () => {
      const [a, b, c] = [pw(), g.alnum(18), pw()];
      const kafka = `listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\\n    username="broker" \\\n    user_broker="${a}" \\\n    user_ingest="${b}";\n`;
      assert.deepEqual(values(kafka, 'config/server.properties'), [a, b]);
      assert.deepEqual(values(`Server {\n    org.apache.zookeeper.server.auth.DigestLoginModule required\n    user_super="${c}";\n};\n`, 'conf/zk_jaas.conf'), [c]);
    });

    it('finds the password Sentinels share', () => {
      const a = `${g.alnum(10)}.${g.alnum(5)}`;
      assert.deepEqual(values(`port 26379\nsentinel sentinel-pass ${a}\n`, 'deploy/redis/sentinel.conf'), [a]);
    });

    it('stays quiet on user_ settings outside a login module and on references', () => {
      assert.deepEqual(values(`user_name="alice"\nuser_role="${g.alnum(16)}"\n`, 'config/app.properties'), []);
      assert.deepEqual(values(`KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_admin="\${ADMIN_PASSWORD}";\n};\n`, 'config/jaas.conf'), []);
      assert.deepEqual(values(`sentinel sentinel-pass \${SENTINEL_PASSWORD}\n`, 'deploy/redis/sentinel.conf'), []);
    });
  });
  describe('pytest.param rows', () => {
    it('finds the password of a pytest.param row whose trailing keyword arguments are no columns', () => {
      const a = g.alnum(16);
      const text = `@pytest.mark.parametrize(\n    "username,password",\n    [\n        pytest.param("legacy", "${a}", id="legacy-account"),\n    ],\n)\ndef test_known(username, password):\n    assert login(username, password)\n`;
      assert.deepEqual(values(text, 'tests/test_login.py'), [a]);
    });

    it('stays quiet on a pytest.param row without a password column', () => {
      const text = `@pytest.mark.parametrize("value,expected", [pytest.param("abc", "${g.alnum(16)}", id="upper")])\ndef test_x(value, expected):\n    pass\n`;
      assert.deepEqual(values(text, 'tests/test_x.py'), []);
    });
  });
  describe('JUnit @CsvSource rows under a password parameter', () => {
    it('finds the password cells of string rows and of a text block with its own delimiter', () => {
      const [a, b, c] = [pw(), g.alnum(16), `${g.lower(6)}_${g.lower(6)}_${g.digits(2)}`];
      const rows = `    @ParameterizedTest\n    @CsvSource({\n        "ops.admin,     ${a}",\n        "billing.batch, ${b}",\n        "'qa runner',   '${c}'"\n    })\n    void knownUsersSignIn(String user, String password) {\n        assertThat(service.login(user, password)).isTrue();\n    }\n`;
      assert.deepEqual(values(rows, 'src/test/java/com/acme/LoginTest.java'), [a, b, c]);
      const d = pw();
      const block = `    @ParameterizedTest\n    @CsvSource(delimiter = '|', textBlock = """\n        # user        | password\n        svc-reporting | ${d}\n        """)\n    void serviceAccounts(String user, String password) {}\n`;
      assert.deepEqual(values(block, 'src/test/java/com/acme/LoginTest.java'), [d]);
    });

    it('stays quiet on rows without a password column, weak candidates and a column count that does not fit', () => {
      assert.deepEqual(values(`    @CsvSource({"abc, ${g.alnum(16)}", "def, ${g.alnum(16)}"})\n    void upper(String input, String expected) {}\n`, 'src/test/java/X.java'), []);
      assert.deepEqual(values(`    @CsvSource({"alice, ''", "bob, password"})\n    void rejectsWeak(String user, String password) {}\n`, 'src/test/java/X.java'), []);
      assert.deepEqual(values(`    @CsvSource({"alice, ${pw()}, extra"})\n    void login(String user, String password) {}\n`, 'src/test/java/X.java'), []);
    });
  });
  describe('a string type after the name (Go var, Bicep param) and Jsonnet hidden fields', () => {
    it('finds the values', () => {
      const [a, b, c, d] = [pw(), g.hex(40), `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}-${g.digits(2)}`, pw()];
      assert.deepEqual(values(`var dbPassword string = "${a}"\nvar apiToken []byte = []byte("${b}")\n`, 'internal/config/defaults.go'), [a, b]);
      assert.deepEqual(values(`@secure()\nparam sqlAdminPassword string = '${c}'\nparam sqlAdminLogin string = 'sqladmin'\n`, 'infra/main.bicep'), [c]);
      assert.deepEqual(values(`{\n  smtp+: {\n    password:: '${d}',\n  },\n}\n`, 'deploy/app.libsonnet'), [d]);
    });

    it('stays quiet on references, field names, numbers and a Haskell type signature', () => {
      assert.deepEqual(values(`var passwordField string = "passwd"\nvar secret string = os.Getenv("SECRET")\n`, 'internal/config/defaults.go'), []);
      assert.deepEqual(values(`param passwordExpiryDays int = 90\nparam adminPassword string = kv.getSecret('admin')\n`, 'infra/main.bicep'), []);
      assert.deepEqual(values(`{\n  passwordField:: 'pass',\n  password:: std.extVar('DB_PASSWORD'),\n}\n`, 'deploy/app.libsonnet'), []);
      assert.deepEqual(values(`dbPassword :: Text\n`, 'docs/config.md'), []);
    });
  });
  describe('reading calls on a secret holder are no setters', () => {
    it('stays quiet on a token parsed in a test', () => {
      assert.deepEqual(values(`    assertRejected(tokens.parse("eyJhbGciOiJub25lIn0"));\n`, 'src/test/java/TokenTest.java'), []);
    });

    it('still finds a builder setter and a hard-coded comparison', () => {
      const [a, b] = [pw(), pw()];
      assert.deepEqual(values(`    builder.password("${a}");\n    if (password.equals("${b}")) {}\n`, 'src/main/java/Smtp.java'), [a, b]);
    });
  });
  describe('Plug and Phoenix salts beside secret_key_base', () => {
    it('stays quiet on signing_salt and encryption_salt, still finds secret_key_base and a salt of its own', () => {
      const [a, b] = [g.base64(64).replace(/[+/=]/g, 'x'), g.alnum(24)];
      const text = `config :shop, ShopWeb.Endpoint,\n  secret_key_base: "${a}",\n  live_view: [signing_salt: "${g.alnum(8)}"]\nconfig :shop, :session, encryption_salt: "${g.alnum(8)}"\nAUTH_SALT = "${b}"\n`;
      assert.deepEqual(values(text, 'config/config.exs'), [a, b]);
    });
  });
  describe('Java maps named for their secrets: Map.ofEntries(entry(…)) and Map.of pairs', () => {
    it('finds each entry, padded into a column or not', () => {
      const [a, b, c, d] = [g.hex(40), g.base64(44), g.alnum(40), g.hex(32)];
      const entries = `public static final Map<String, String> WEBHOOK_SECRETS = Map.ofEntries(\n    entry("northwind", "${a}"),\n    entry("contoso",   "${b}"));\n`;
      assert.deepEqual(values(entries, 'src/main/java/Partners.java'), [a, b]);
      const pairs = `static final Map<String, String> PARTNER_TOKENS = Map.of(\n    "acme", "${c}",\n    "globex", "${d}");\n`;
      assert.deepEqual(values(pairs, 'src/main/java/Partners.java'), [c, d]);
    });

    it('stays quiet on a list named for tokens and a map of another name', () => {
      assert.deepEqual(values(`static final List<String> PARTNER_TOKENS = List.of(\n    "acme", "${g.alnum(40)}");\n`, 'src/main/java/Partners.java'), []);
      assert.deepEqual(values(`static final Map<String, String> ROUTES = Map.of(\n    "acme", "${g.alnum(40)}");\n`, 'src/main/java/Partners.java'), []);
    });
  });
  describe('a quoted value on the line after its name', () => {
    it('finds it after an argument, a builder call, an object field and a Map.of pair with a number beside', () => {
      const [a, b, c, d, e] = [g.alnum(24), pw(), pw(), `${g.lower(6)}.${g.lower(5)}.${g.lower(6)}.${g.lower(6)}`, g.alnum(16)];
      assert.deepEqual(values(`\tviper.SetDefault("redis.password",\n\t\t"${a}")\n`, 'cmd/server/config.go'), [a]);
      assert.deepEqual(values(`    os.environ.setdefault(\n        "EMAIL_HOST_PASSWORD",\n        "${b}",\n    )\n`, 'manage_local.py'), [b]);
      assert.deepEqual(values(`        return SmtpClient.builder()\n                .password(\n                        "${c}")\n                .build();\n`, 'src/main/java/Mail.java'), [c]);
      assert.deepEqual(values(`  {\n    email: 'viewer@acme.example',\n    password:\n      '${d}',\n  },\n`, 'scripts/seed.mjs'), [d]);
      const map = `static final Map<String, Object> CACHE = Map.of(\n        "host", "cache-1.internal",\n        "port", 6379,\n        "password",\n            "${e}");\n`;
      assert.deepEqual(values(map, 'src/main/java/DataSources.java'), [e]);
    });

    it('stays quiet on a translation call, a list of names and a YAML map under the name', () => {
      assert.deepEqual(values(`t('password',\n  'Password')\n`, 'src/i18n.js'), []);
      assert.deepEqual(values(`const FIELDS = ['password',\n  'confirm_password'];\n`, 'src/form.js'), []);
      assert.deepEqual(values(`password:\n  min_length: 12\n  history: 5\n`, 'config/security.yml'), []);
    });
  });
  describe("Redis's password names anywhere, and flags in YAML flow sequences", () => {
    it('finds requirePass in NixOS and --requirepass in a plain or quoted flow sequence', () => {
      const [a, b, c] = [`${g.alnum(10)}.${g.alnum(5)}`, `${g.alnum(6)}.${g.alnum(10)}+r`, pw()];
      assert.deepEqual(values(`  services.redis.servers.cache = {\n    enable = true;\n    requirePass = "${a}";\n  };\n`, 'hosts/builder/configuration.nix'), [a]);
      assert.deepEqual(values(`      containers:\n        - name: redis\n          args: [--requirepass, ${b}, --appendonly, "yes"]\n`, 'k8s/redis.yaml'), [b]);
      assert.deepEqual(values(`          command: [--db-password, "${c}"]\n`, 'k8s/api.yaml'), [c]);
    });

    it('stays quiet on a switch, a reference and a plain flag outside YAML', () => {
      assert.deepEqual(values(`requirePassword: true\nrequirePass: true\n`, 'config/auth.yml'), []);
      assert.deepEqual(values(`          args: [--requirepass, $(REDIS_PASSWORD), --appendonly, "yes"]\n`, 'k8s/redis.yaml'), []);
      assert.deepEqual(values(`run([--password, ${g.alnum(12)}])\n`, 'src/run.js'), []);
    });
  });
  describe('#define values aligned into a column', () => {
    it('finds a password and a token after more than four blanks', () => {
      const [a, b] = [pw(), g.hex(32)];
      assert.deepEqual(values(`#define MQTT_HOST        "mqtt.acme.internal"\n#define MQTT_PASS        "${a}"\n#define OTA_TOKEN        "${b}"\n`, 'firmware/src/net_config.h'), [a, b]);
    });

    it('stays quiet on numbers, header names and prose', () => {
      assert.deepEqual(values(`#define PASSWORD_MAX_LEN 64\n#define TOKEN_HEADER     "X-Device-Token"\n`, 'firmware/src/net_config.h'), []);
      assert.deepEqual(values(`The password          "${pw()}" is wrong.\n`, 'docs/notes.md'), []);
    });
  });
});
