// The shared key/value grammar (engine/detect/keyedSyntax.ts): which syntax a candidate is written in, and
// which names enclose a key (YAML, JSON, XML, INI/TOML sections, dotted keys) — the key path that can name a
// provider (`[mailgun]\napi_key = …`) or a value holder's secret (`{ "key": "password", "value": … }`).
import assert from 'node:assert/strict';
import { holderNames, keyPathAt, readKeyed } from '../../../../engine/detect/keyedSyntax';

/** readKeyed on the value marked ⟦…⟧ with the given key. */
function read(marked: string, key: string) {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  const text = marked.replace('⟦', '').replace('⟧', '');
  return readKeyed(text, key, start, end);
}

describe('keyed syntax', () => {
  it('tells the syntaxes apart', () => {
    const cases: [string, string, string, string][] = [
      ['password = "⟦v1⟧"', 'password', 'assignment', '"'],
      ['"password": "⟦v1⟧"', 'password', 'assignment', '"'],
      ['val password: String = "⟦v1⟧"', 'password', 'assignment', '"'],
      ['password <- "⟦v1⟧"', 'password', 'assignment', '"'],
      ['DB_PASSWORD=⟦v1⟧', 'DB_PASSWORD', 'assignment', ''],
      ['if (password === "⟦v1⟧")', 'password', 'comparison', '"'],
      ["define('DB_PASSWORD', '⟦v1⟧');", 'DB_PASSWORD', 'argument', "'"],
      ['ds.setPassword("⟦v1⟧");', 'ds.setPassword', 'setter', '"'],
      ['os.environ.get("PW") or "⟦v1⟧"', 'PW', 'default', '"'],
      ['process.env.PW ?? "⟦v1⟧"', 'process.env.PW', 'default', '"'],
      ['${PW:-⟦v1⟧}', 'PW', 'default', ''],
      ['<password>⟦v1⟧</password>', 'password', 'element', ''],
      ['<add key="Password" value="⟦v1⟧" />', 'Password', 'value-attribute', '"'],
      ["CREATE USER app WITH PASSWORD '⟦v1⟧';", 'PASSWORD', 'space', "'"],
      ['db_password = SecretStr("⟦v1⟧")', 'db_password', 'assignment', '"'],
      ['password = """⟦v1⟧"""', 'password', 'assignment', '"'],
      ['raw = "{\\"apiToken\\": \\"⟦v1⟧\\"}"', 'apiToken', 'assignment', '"'],
      ['GetValue<string>("Partner:ApiKey", "⟦v1⟧")', 'ApiKey', 'argument', '"'],
    ];
    for (const [text, key, syntax, quote] of cases) {
      const kv = read(text, key);
      assert.equal(kv?.syntax, syntax, text);
      assert.equal(kv?.quote, quote, text);
    }
  });

  it('knows a key inside a string literal (connection strings) from a key in code', () => {
    assert.equal(read('conn = "host=db password=⟦v1⟧ dbname=app"', 'password')?.inString, true);
    assert.equal(read("it's a password=⟦v1⟧", 'password')?.inString, false);
  });

  it('names the parents of a key in YAML, JSON, XML, INI/TOML and dotted keys', () => {
    const at = (text: string, key: string) => keyPathAt(text, text.indexOf(key), key);
    assert.deepEqual(at('monitoring:\n  datadog:\n    api_key: x\n', 'api_key').slice(0, 2), ['datadog', 'monitoring']);
    assert.deepEqual(at('{ "datadog": { "app_key": "x" } }', 'app_key')[0], 'datadog');
    assert.deepEqual(at('[mailgun]\nregion = eu\napi_key = x\n', 'api_key'), ['mailgun']);
    assert.deepEqual(at('<servers><server><password>x</password></server></servers>', 'password').slice(0, 2), ['server', 'servers']);
    assert.deepEqual(at('spring.datasource.password=x', 'spring.datasource.password').slice(0, 2), ['datasource', 'spring']);
    assert.deepEqual(at('datadog:\n  enabled: true\nother:\n  api_key: x\n', 'api_key')[0], 'other');
  });

  it('finds the name a value holder stands for', () => {
    const names = (text: string, key: string) => {
      const keyStart = text.indexOf(key);
      return holderNames(text, key, keyStart, text.length);
    };
    assert.deepEqual(names('{ "key": "password", "value": "x" }', 'value'), ['password']);
    assert.deepEqual(names('env:\n  - name: API_TOKEN\n    value: x\n', 'value'), ['API_TOKEN']);
    assert.deepEqual(names('variable "db_password" {\n  default = "x"\n}', 'default'), ['db_password']);
    assert.equal(names('p.add_argument("--password", default="x")', 'default')[0], 'password');
    assert.deepEqual(names('<key>ApiToken</key>\n<string>x</string>', 'string'), ['ApiToken']);
    assert.deepEqual(names('<Password>\n  <Value>x</Value>\n</Password>', 'Value'), ['Password']);
  });
});
