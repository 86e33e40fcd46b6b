// Classes found while tuning on rw-dev10's app part: PINs under a name ending in `pin` in code and config, Rust
// byte-slice constants, and Helm's `existingSecret` (a Secret's name, not a value). Values are generated from a
// seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0d1a);

const { found: values } = ruleAssertions(scanner);

/** A PIN someone set: no run, no repeated digit. */
const pin = () => g.pick(['4', '7', '2', '9']) + g.pick(['81', '06', '53', '39']) + g.digits(g.pick([1, 2, 3]));

describe('rw-dev10 classes: applications', () => {
  describe('a PIN under a name that ends in pin', () => {
    it('reads it in INI, .env, Kotlin and Rust defaults and an Android string resource', () => {
      const [a, b, c, d, e] = [pin(), pin(), pin(), pin(), pin()];
      assert.deepEqual(values(`[admin]\n; PIN für das Kassenterminal\nkassen_pin = ${a}\n`, 'config/app.ini'), [a]);
      assert.deepEqual(values(`NODE_ENV=staging\nADMIN_PIN = ${b}\n`, 'api/.env'), [b]);
      assert.deepEqual(values(`    val bankIdPin = System.getProperty("bankid.test.pin") ?: "${c}"\n`, 'src/main/kotlin/Env.kt'), [c]);
      assert.deepEqual(values(`    let admin_pin = option_env!("ADMIN_PIN").unwrap_or("${d}");\n`, 'src/main.rs'), [d]);
      assert.deepEqual(values(`<resources>\n  <string name="debug_backdoor_pin" translatable="false">${e}</string>\n</resources>\n`, 'app/src/main/res/values/strings.xml'), [e]);
    });

    it('leaves runs, repeats, wires, postal codes, lengths and other words ending in pin', () => {
      assert.deepEqual(values('ADMIN_PIN = 0000\nkiosk_pin = 123456\nLED_PIN = 13\npin_length = 6\n', 'config/app.ini'), []);
      assert.deepEqual(values('spin = 4500\npinned_version = 2024\n', 'config/app.ini'), []);
      assert.deepEqual(values(`{"address": "12 MG Road", "city": "Bengaluru", "pin": "${g.pick(['560001', '560034'])}"}\n`, 'data/branches.json'), []);
    });
  });

  describe('Rust byte-slice constants', () => {
    it("reads a key or password typed `&[u8]` or `&'static [u8]`", () => {
      const a = g.hex(32);
      const b = `${g.pick(['Winter', 'Sommer'])}20${g.digits(2)}!${g.lower(2)}`;
      assert.deepEqual(values(`const HMAC_KEY: &[u8] = b"${a}";\n`, 'src/main.rs'), [a]);
      assert.deepEqual(values(`pub const DB_PASSWORD: &'static [u8] = b"${b}";\n`, 'src/lib.rs'), [b]);
    });
  });

  describe('qwerty with digits someone picked', () => {
    it('reads `qwerty43?` and `Qwerty853` under a password name, not the count `qwerty123`', () => {
      const a = `qwerty${g.pick(['43', '85', '71'])}?`;
      const b = `Qwerty${g.pick(['853', '947', '602'])}`;
      assert.deepEqual(values(`    val dbPassword: String = System.getenv("DB_PASSWORD") ?: "${a}"\n`, 'src/main/kotlin/Env.kt'), [a]);
      assert.deepEqual(values(`let ok = try await API.login(email: "ci@example.org", password: "${b}")\n`, 'Tests/LoginTests.swift'), [b]);
      assert.deepEqual(values('password = "qwerty123"\npassword = "qwerty000"\n', 'src/settings.py'), []);
    });
  });

  describe('a reference in parentheses after a password word', () => {
    it('is a commit or ticket, not the password', () => {
      assert.deepEqual(values(`## 2.14.1\n- Rotate the leaked SMTP password (${g.hex(7)}); the old value is revoked.\n`, 'CHANGELOG.md'), []);
    });
  });

  describe('base64 of dummy words', () => {
    it('is a placeholder in a test profile; a base64 key beside it is not', () => {
      const dummy = Buffer.from(`test-secret-for-${g.pick(['unit', 'integration'])}-tests-only`).toString('base64');
      const real = g.base64(44);
      assert.deepEqual(values(`jwt.secret=${dummy}\n`, 'src/test/resources/application-test.properties'), []);
      assert.deepEqual(values(`jwt.secret=${real}\n`, 'src/main/resources/application.properties'), [real]);
    });
  });

  describe('pydantic Field defaults and Java base64 decoders', () => {
    it("reads the literal given to `Field(` or `Base64.getDecoder().decode(` under a secret's name", () => {
      const a = g.base64(43) + '=';
      const b = g.base64(44);
      assert.deepEqual(values(`class Settings(BaseSettings):\n    signing_secret: str = Field("${a}", alias="INGEST_SIGNING_SECRET")\n`, 'src/settings.py'), [a]);
      assert.deepEqual(values(`    private static final byte[] AES_SECRET_KEY = Base64.getDecoder().decode("${b}");\n`, 'src/main/java/Crypto.java'), [b]);
    });
  });

  describe('a remark that the value is for tests only', () => {
    it('leaves a key its line calls test-only, not the same key without the remark', () => {
      const a = g.hex(128);
      const b = g.hex(128);
      assert.deepEqual(values(`test:\n  secret_key_base: ${a}  # test only, regenerated every run\n`, 'config/secrets.yml'), []);
      assert.deepEqual(values(`development:\n  secret_key_base: ${b}\n`, 'config/secrets.yml'), [b]);
    });
  });

  describe("Shopify's Storefront access token header", () => {
    it('is public by design; the private Storefront token header is not', () => {
      const pub = g.hex(32);
      const priv = 'shpat_' + g.hex(32);
      assert.deepEqual(values(`schema:\n  - https://shop.example/graphql:\n      headers:\n        X-Shopify-Storefront-Access-Token: ${pub}\n`, 'codegen.yml'), []);
      assert.ok(values(`headers:\n  Shopify-Storefront-Private-Token: ${priv}\n`, 'codegen.yml').includes(priv));
    });
  });

  describe("the shell's `${NAME-default}`", () => {
    it('reads the default given without a colon, not an empty one, a variable or a dashed word', () => {
      const a = g.alnum(12) + '_' + g.alnum(3);
      assert.deepEqual(values(`#!/bin/sh\nexport ADMIN_PASSWORD=\${ADMIN_PASSWORD-${a}}\n`, 'docker/entrypoint.sh'), [a]);
      assert.deepEqual(values('#!/bin/sh\necho "${DB_PASSWORD-}"\nx=${API_TOKEN-$OTHER}\npassword-reset = 1\n', 'docker/entrypoint.sh'), []);
    });
  });

  describe('Helm existingSecret', () => {
    it('is the name of a Secret to read, not a value', () => {
      assert.deepEqual(values('postgresql:\n  auth:\n    existingSecret: checkout-postgresql\n    existingSecretName: checkout-pg\n', 'charts/checkout/values.yaml'), []);
    });
  });
});
