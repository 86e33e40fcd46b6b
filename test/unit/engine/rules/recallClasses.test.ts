// Secrets whose name is not next to them: in a map named for them, passed by position to a signing call, or in
// a row of (name, value) pairs. Each case says what must be found and what must stay quiet; values are generated
// from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(77);

const { found: values } = ruleAssertions(scanner);

describe('secrets named by where they are', () => {
  describe('a map named for its secrets', () => {
    it('finds every entry of SERVICE_TOKENS, whatever each entry is called', () => {
      const tokens = [g.alnum(40), g.hex(40), g.uuid(), `${g.base64url(43)}`];
      const text = `"""Service tokens."""\n\nSERVICE_TOKENS = {\n${tokens.map((t, i) => `    "svc${i}": "${t}",`).join('\n')}\n}\n\nTOKEN_HEADER = "X-Service-Token"\n`;
      assert.deepEqual(values(text, 'platform/clients/tokens.py'), tokens);
    });

    it('finds entries of JS, PHP, JSON and Go maps', () => {
      const a = g.alnum(32);
      const b = humanPassword(g);
      const c = g.alnum(36);
      const d = g.alnum(32);
      assert.deepEqual(values(`const partnerApiKeys = {\n  acme: '${a}',\n};\n`, 'src/partners.js'), [a]);
      assert.deepEqual(values(`return [\n  'passwords' => [\n    'reporting' => '${b}',\n  ],\n];\n`, 'config/app.php'), [b]);
      assert.deepEqual(values(`{\n  "webhookSecrets": {\n    "github": "${c}"\n  }\n}\n`, 'config/hooks.json'), [c]);
      assert.deepEqual(values(`var signingSecrets = map[string]string{\n\t"stripe": "${d}",\n}\n`, 'internal/hooks/secrets.go'), [d]);
    });

    it('leaves maps of other things, attributes and stand-ins alone', () => {
      const texts: [string, string][] = [
        [`config = {\n    "billing": "${g.alnum(40)}",\n}\n`, 'app/config.py'],
        [`KEYS = {\n    "up": "ArrowUp",\n    "down": "ArrowDown",\n}\n`, 'app/keys.py'],
        [`public_keys = {\n    "kid-1": "${g.alnum(40)}",\n}\n`, 'app/jwks.py'],
        [`SERVICE_TOKENS = {\n    "billing": "changeme",\n    "search": "your-token-here",\n    "type": "bearer",\n}\n`, 'app/tokens.py'],
        [`const cacheKeys = {\n  user: 'user:profile:v2',\n};\n`, 'src/cache.js'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('a key passed to a signing call', () => {
    it('finds the key of jwt.sign, createHmac, jwt.encode, hmac.new and hash_hmac', () => {
      const keys = [g.alnum(32), g.hex(40), g.alnum(40), g.alnum(32), g.alnum(32)];
      const cases: [string, string][] = [
        [`  return jwt.sign({ sub: user.id, role: user.role }, '${keys[0]}', { expiresIn: ACCESS_TTL });`, 'src/auth/tokens.js'],
        [`  const expected = crypto.createHmac('sha256', '${keys[1]}').update(body).digest('hex');`, 'src/hooks.js'],
        [`token = jwt.encode(payload, "${keys[2]}", algorithm="HS256")`, 'app/auth.py'],
        [`digest = hmac.new(b"${keys[3]}", body, hashlib.sha256).hexdigest()`, 'app/hooks.py'],
        [`$sig = hash_hmac('sha256', $payload, '${keys[4]}');`, 'src/Webhook.php'],
      ];
      cases.forEach(([text, path], i) => assert.deepEqual(values(text, path), [keys[i]], text));
    });

    it('leaves keys read from elsewhere and stand-ins alone', () => {
      const texts: [string, string][] = [
        ['return jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: "15m" });', 'src/auth.js'],
        ["jwt.sign(payload, 'secret')", 'src/auth.js'],
        ["crypto.createHmac('sha256', 'your-signing-secret-here')", 'src/hooks.js'],
        ['token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")', 'app/auth.py'],
      ];
      for (const [text, path] of texts) assert.deepEqual(values(text, path), [], text);
    });
  });

  describe('a row of (name, value) pairs', () => {
    it('finds the value whose name is a secret in an INSERT … VALUES list', () => {
      const pw = humanPassword(g);
      const text = `INSERT INTO settings (key, value) VALUES\n  ('password.min_length', '12'),\n  ('api.key_prefix', 'acme_live_'),\n  ('smtp.password', '${pw}');\n`;
      assert.deepEqual(values(text, 'db/migrations/0001.sql'), [pw]);
    });

    it('leaves a call with the same shape alone', () => {
      assert.deepEqual(values(`log.info('password', '${humanPassword(g)}')`, 'app/x.py'), []);
    });
  });

  describe("a PostgreSQL dump's rows", () => {
    it('finds the values of the column named for a secret (or `key` in a table of keys), not the hashes', () => {
      const keys = [`ak_${g.alnum(32)}`, `ak_${g.alnum(32)}`];
      const rows = keys.map((k, i) => `${i + 1}\tsvc${i}@acme.example\t${k}\t${g.hex(64)}\t2024-0${i + 1}-10 10:00:00+00`);
      const text = `--\n-- PostgreSQL database dump\n--\nCOPY public.api_keys (id, owner, key, key_hash, created_at) FROM stdin;\n${rows.join('\n')}\n3\tnew@acme.example\t\\N\t${g.hex(64)}\t2024-05-01 09:00:00+00\n\\.\n\n${g.alnum(40)}\n`;
      assert.deepEqual(values(text, 'db/dumps/api_keys.sql'), keys);
    });

    it('leaves a table of settings alone', () => {
      const text = `COPY public.settings (id, key, value) FROM stdin;\n1\tsession.cookie_name\tacme_session_v2\n2\tmax_upload_bytes\t10485760\n\\.\n`;
      assert.deepEqual(values(text, 'db/dumps/settings.sql'), []);
    });
  });

  describe('names and values the generic rule now reads', () => {
    it("ASP.NET's machineKey validationKey and decryptionKey", () => {
      const validation = g.chars('0123456789ABCDEF', 128);
      const decryption = g.chars('0123456789ABCDEF', 64);
      const text = `<system.web>\n  <machineKey validationKey="${validation}" decryptionKey="${decryption}" validation="HMACSHA256" decryption="AES" />\n</system.web>\n`;
      assert.deepEqual(values(text, 'src/Portal/Web.config'), [validation, decryption]);
    });

    it("FileZilla's saved passwords, base64 or with an XML entity, and not the encrypted ones", () => {
      const a = humanPassword(g);
      const b = `${g.pick(['Laker', 'Tiger'])}${g.digits(1)}&amp;${g.digits(1)}`;
      const text = `<Servers>\n  <Server><User>a</User><Pass encoding="base64">${btoa(a)}</Pass></Server>\n  <Server><User>b</User><Pass>${b}</Pass></Server>\n  <Server><User>c</User><Pass encoding="crypt">${g.base64(64)}</Pass></Server>\n</Servers>\n`;
      assert.deepEqual(values(text, 'AppData/Roaming/FileZilla/sitemanager.xml'), [btoa(a), b]);
    });

    it('a keyboard walk that turns onto another row is a password; a straight run is filler', () => {
      assert.deepEqual(values('production:\n  password: zaq12wsx\n', 'config/database.yml'), ['zaq12wsx']);
      assert.deepEqual(values('production:\n  password: qwertyuiop\n', 'config/database.yml'), []);
      assert.deepEqual(values('production:\n  password: 12345678\n', 'config/database.yml'), []);
    });
  });
});

describe('a key/value table of credential headers', () => {
  it("finds each header's value under a `Value …` column, and leaves a row that says its key is public", () => {
    const keys = [g.alnum(50), g.hex(32), g.hex(40), g.hex(32)];
    const names = ['X-RapidAPI-Key', 'Ocp-Apim-Subscription-Key', 'X-Auth-Token', 'Authorization: OAuth'];
    const rows = names.map((n, i) => `| Vendor${i} | \`${n}\` | \`${keys[i]}\` |`);
    const text = ['| Vendor | Header | Value we use |', '|---|---|---|', ...rows, `| Search (public) | \`X-Algolia-API-Key\` (search-only) | \`${g.hex(32)}\` |`, ''].join('\n');
    assert.deepEqual(values(text, 'docs/integrations.md'), keys);
  });

  it('leaves a value column beside a header that names no credential', () => {
    const text = ['| Vendor | Header | Value we use |', '|---|---|---|', `| Tracing | \`X-Request-Id\` | \`${g.hex(32)}\` |`, `| Cache | \`X-Cache-Key\` (no secret) | \`${g.lower(8)}\` |`, ''].join('\n');
    assert.deepEqual(values(text, 'docs/integrations.md'), []);
  });
});
