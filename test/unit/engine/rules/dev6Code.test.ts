// Classes found while tuning on rw-dev6's code part: a bare `key` field beside the secret of the same record,
// passwords in rows of credentials (seed lists, account maps, parametrized tests) whose container or header names
// the column, passwords handed to password-hashing calls, and capitalised words run together as a password under a
// password's own name. Each case says what must be found and what must stay quiet; values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { isPascalPassphrase } from '../../../../engine/validators/pascalPassphrase';
import { isDottedConfigPassword } from '../../../../engine/validators/dottedPassword';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de6);

const { found: values } = ruleAssertions(scanner);

/** A person's password with a digit (`Harbor482!`). */
const pw = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Violet'])}${g.digits(3)}${g.pick(['!', '#', '&', '.'])}`;

describe('rw-dev6 classes: code', () => {
  describe('a bare key beside a secret of the same record', () => {
    it('finds the key in a Go struct literal, named arguments, an Erlang keyword list and a debug dump', () => {
      const a = g.hex(32);
      assert.ok(values(`cfg := relay.Config{\n\tListen: ":8443",\n\tKey:    "${a}",\n\tSecret: os.Getenv("RELAY_SECRET"),\n}\n`, 'cmd/relay/main.go').includes(a));
      const b = g.alnum(32);
      assert.ok(values(`val live = PspConfig(merchantId = "M-1", key = "${b}", secret = System.getenv("PSP_SECRET"))\n`, 'src/main/kotlin/Psp.kt').includes(b));
      const c = g.alnum(40);
      assert.ok(values(`{push, [{key, "${c}"}, {secret, os:getenv("PUSH_SECRET")}]}\n`, 'config/sys.config').includes(c));
      const d = g.hex(32);
      assert.ok(values(`DEBUG loaded config: {Listen::8443 Key:${d} Secret:[REDACTED] Timeout:15s}\n`, 'logs/relay.log').includes(d));
    });

    it('stays quiet on a key alone, a publishable key, a UUID, a short app key and a translation key', () => {
      assert.deepEqual(values(`cache = { key: "${g.hex(32)}", ttl: 60 }\n`, 'src/cache.js'), []);
      assert.deepEqual(values(`const stripe = { key: "pk_live_${g.alnum(32)}", secret: process.env.STRIPE_SECRET };\n`, 'src/pay.js'), []);
      assert.deepEqual(values(`const row = { key: "${g.uuid()}", secret: false };\n`, 'src/rows.js'), []);
      assert.deepEqual(values(`pusher = { key: "${g.hex(20)}", secret: ENV["PUSHER_SECRET"] }\n`, 'config/pusher.rb'), []);
      assert.deepEqual(values(`{ key: "auth.password.forgot_link", token: null }\n`, 'src/i18n.js'), []);
    });
  });

  describe('rows of credentials', () => {
    it('finds passwords in a list named for users and the loop that reads it', () => {
      const [a, b] = [pw(), pw()];
      const text = `STAGING_USERS = [\n    ("qa-lead", "${a}", Role.ADMIN),\n    ("support", "${b}", Role.VIEWER),\n]\n`;
      assert.deepEqual(values(text, 'scripts/seed_users.py'), [a, b]);
    });

    it('finds passwords in a map of logins, Kotlin pairs and a C++ brace initialiser', () => {
      const [a, b, c, d] = [pw(), pw(), pw(), pw()];
      assert.deepEqual(values(`const users = {\n  bob: '${a}',\n  'svc-e2e': '${b}',\n};\n`, 'mock/auth.js'), [a, b]);
      assert.deepEqual(values(`private val accounts = listOf(\n    "sync-eu" to "${c}",\n)\n`, 'src/Sync.kt'), [c]);
      assert.deepEqual(values(`const std::map<std::string, std::string> kUsers{\n    {"operator", "${d}"},\n};\n`, 'src/auth.cpp'), [d]);
    });

    it('finds the column a header names: pytest parameters, xUnit rows, SQL inserts', () => {
      const a = g.alnum(14);
      assert.deepEqual(values(`@pytest.mark.parametrize("username,password,ok", [\n    ("alice", "${a}", True),\n])\n`, 'tests/test_login.py'), [a]);
      const b = `${g.alnum(10)}!${g.digits(3)}`;
      const cs = `    [InlineData("finance", "${b}", HttpStatusCode.OK)]\n    public async Task Login(string user, string password, HttpStatusCode expected) {}\n`;
      assert.deepEqual(values(cs, 'tests/Api.Tests/AuthTests.cs'), [b]);
      const c = pw();
      const sql = `INSERT INTO accounts (id, login, email, password) VALUES\n  (1001, 'report_reader', 'reports@corp.example', '${c}');\n`;
      assert.deepEqual(values(sql, 'db/migrations/0042.sql'), [c]);
    });

    it('finds a token in a SQL row whose column list names the key', () => {
      const [a, b] = [g.hex(32), g.alnum(32)];
      const sql = `INSERT INTO api_keys (account_id, key, label) VALUES\n  (1002, '${a}', 'etl nightly'),\n  (1003, '${b}', 'grafana');\n`;
      assert.deepEqual(values(sql, 'db/migrations/0042.sql'), [a, b]);
      assert.deepEqual(values(`INSERT INTO cache (id, key, label) VALUES\n  (1, '${g.hex(32)}', 'page');\n`, 'db/seed.sql'), []);
    });

    it('stays quiet on rows without a password column, field maps, operations and identifiers', () => {
      assert.deepEqual(values(`@pytest.mark.parametrize("value,expected", [("abc", "${pw()}")])\n`, 'tests/test_x.py'), []);
      assert.deepEqual(values(`USERS = [("alice", "Alice Smith"), ("bob", "Bob Jones")]\n`, 'app/users.py'), []);
      assert.deepEqual(values(`const users = { alice: 'alice@example.com' };\n`, 'src/users.js'), []);
      assert.deepEqual(values(`const basicAuth = {\n  'user': 'fleet-app',\n  'host': 'db01',\n};\n`, 'lib/env.dart'), []);
      assert.deepEqual(values(`{ "ListAccounts": { "input_token": "NextToken", "output_token": "NextToken" } }\n`, 'apis/x.paginators.json'), []);
      assert.deepEqual(values(`.header("Accept", "application/json")\n  // login(String user, String password)\n`, 'src/Client.java'), []);
      assert.deepEqual(values(`accounts = {"checking": "${g.uuid()}"}\n`, 'app/ids.py'), []);
      // Rows of a test's texts and paths, with a login call's parameters nearby.
      const rows = `const texts = [\n  ['login("svc", "PW")', 'src/Api.cs'],\n];\nfor (const [template, path] of texts) check(template, path);\nfunction login(user: string, password: string) {}\n`;
      assert.deepEqual(values(rows, 'src/check.ts'), []);
    });
  });

  describe('password-hashing calls', () => {
    it('finds the plaintext handed to Hash::make, bcrypt and make_password', () => {
      const [a, b, c] = [pw(), pw(), pw()];
      assert.deepEqual(values(`'password' => Hash::make('${a}'),\n'password' => bcrypt('${b}'),\n`, 'database/seeders/UserSeeder.php'), [a, b]);
      assert.deepEqual(values(`user.password = make_password("${c}")\n`, 'app/management/seed.py'), [c]);
    });

    it('stays quiet on variables and placeholders', () => {
      assert.deepEqual(values(`'password' => Hash::make($request->password),\n'password' => bcrypt('password'),\n`, 'app/Http/Reg.php'), []);
    });
  });

  describe('capitalised words run together under a password name', () => {
    const dummy = (w: string) => /pass|secret|admin|test/.test(w);
    it('reads two or three capitalised words as a passphrase', () => {
      const words = ['Walnut', 'Badger', 'Otter', 'Lagoon', 'Kestrel', 'Velvet'];
      const v = `${g.pick(words.slice(0, 3))}${g.pick(words.slice(3))}`;
      assert.equal(isPascalPassphrase(v, dummy), true);
      assert.equal(isPascalPassphrase(`${v}Anchor`, dummy), true);
    });

    it('takes four words too (rw-dev7: MapleSunshineDragonWinter under password=), not five', () => {
      assert.equal(isPascalPassphrase('WalnutBadgerOtterLagoon', dummy), true);
      assert.equal(isPascalPassphrase('WalnutBadgerOtterLagoonKestrel', dummy), false);
    });

    it('leaves field names, dummies and repeats', () => {
      for (const v of ['EnterPassword', 'ConfirmValue', 'TestAdminUser', 'OtterOtter', 'Walnut']) assert.equal(isPascalPassphrase(v, dummy), false, v);
    });

    it('finds one quoted under a password name in code, not in a test', () => {
      const v = `${g.pick(['Walnut', 'Badger'])}${g.pick(['Otter', 'Lagoon'])}${g.pick(['Kestrel', 'Velvet'])}`;
      assert.deepEqual(values(`User.create!(email: "jane@acme.test", password: "${v}")\n`, 'db/seeds.rb'), [v]);
      assert.deepEqual(values(`label = { password: "EnterPassword" }\n`, 'app/labels.rb'), []);
    });
  });

  describe('dotted passwords in config files', () => {
    it('finds a dotted password with a digit under a password name in YAML', () => {
      const v = `${g.pick(['kestrel', 'walnut'])}_${g.pick(['lagoon', 'otter'])}.${g.pick(['anchor', 'velvet'])}${g.digits(1)}${g.pick(['badger', 'cactus'])}`;
      assert.deepEqual(values(`services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${v}\n`, 'docker-compose.yml'), [v]);
      assert.equal(isDottedConfigPassword(v, 'docker-compose.yml'), true);
    });

    it('leaves references, Terraform addresses and values without a digit', () => {
      assert.equal(isDottedConfigPassword('secrets.db9', 'ci.yml'), false);
      assert.equal(isDottedConfigPassword('module.db2.password', 'main.tf'), false);
      assert.equal(isDottedConfigPassword('random_password.replica.result', 'values.yaml'), false);
      assert.deepEqual(values(`  password: env.DB_PASSWORD9\n`, 'config/app.yml'), []);
    });
  });

  describe('Ruby block attributes', () => {
    it('finds a factory password and api key', () => {
      const [a, b] = [pw(), g.alnum(40)];
      assert.deepEqual(values(`factory :user do\n  password { "${a}" }\n  api_key { "${b}" }\nend\n`, 'spec/factories/users.rb'), [a, b]);
    });

    it('stays quiet on generated values, placeholders and other languages', () => {
      assert.deepEqual(values(`factory :user do\n  password { Faker::Internet.password }\n  api_key { "password" }\nend\n`, 'spec/factories/users.rb'), []);
      assert.deepEqual(values(`const x = password { "${pw()}" }\n`, 'src/x.swift'), []);
    });
  });
});
