// Classes found while tuning on rw-dev7's code part. Each case says what must be found and what must stay quiet;
// values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de7);

/** The values found (any rule, information-level notes left out). */
const values = (text: string, path: string) =>
  scanner
    .scan(text, { path })
    .filter((f) => f.severity !== 'info')
    .map((f) => text.slice(f.start, f.end));

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
});
