// Precision classes read across rw-dev8 and rw-dev9 (tenth session): each case says what must stay quiet and what
// must still be found beside it. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x9ec1_0010);

/** The values reported (any rule, information-level notes left out). */
const { found: values } = ruleAssertions(scanner);

/** Every finding with its severity, information-level notes included. */
const all = (text: string, path: string) => scanner.scan(text, { path }).map((f) => ({ value: text.slice(f.start, f.end), severity: f.severity }));

/** A password with no characters that end a value in the syntaxes below, with a digit for sure. */
const pw = () => `${humanPassword(g).replace(/[\s"'#;&<>\\$`:@/()[\]{}|,]/g, '')}Q7`;
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('precision classes (rw-dev8 / rw-dev9, tenth session)', () => {
  it('reads a Vonage api key (8 hex) and a Pusher app key (20 hex) as identifiers beside their secret', () => {
    const vKey = g.hex(8);
    const vSecret = g.alnum(16);
    const pKey = g.hex(20);
    const pSecret = g.hex(20);
    const helm = `secrets:\n  vonage:\n    apiKey: "${vKey}"\n    apiSecret: "${vSecret}"\n  pusher:\n    appId: "${g.digits(7)}"\n    key: "${pKey}"\n    secret: "${pSecret}"\n`;
    assert.deepEqual(values(helm, 'helm/values.yaml'), [vSecret, pSecret]);
    const compose = `services:\n  sms:\n    environment:\n      - VONAGE_API_KEY=${vKey}\n      - VONAGE_API_SECRET=${vSecret}\n      - NEXMO_API_KEY=${g.hex(8)}\n`;
    assert.deepEqual(values(compose, 'docker-compose.override.yml'), [vSecret]);
    // A key of another shape under those names, or an 8-hex value under a name of no such provider, is still read.
    const long = g.alnum(32);
    assert.deepEqual(values(`VONAGE_API_KEY=${long}\n`, 'deploy/.env'), [long]);
    const pusherKey = g.alnum(32);
    assert.deepEqual(values(`pusher:\n  secret: "${pusherKey}"\n`, 'config/app.yml').length, 1);
  });

  it('leaves the service name of keyring.set_password alone, whatever the other arguments are', () => {
    assert.deepEqual(values(`keyring.set_password("${g.lower(5)}-vpn", user, getpass.getpass())\n`, 'tools/login.py'), []);
    assert.deepEqual(values(`keyring.set_password("${g.lower(6)}", username, pw)\n`, 'tools/login.py'), []);
    const p = pw();
    assert.deepEqual(values(`keyring.set_password("corp-vpn", "ci-runner", "${p}")\n`, 'tools/login.py'), [p]);
    const q = pw();
    assert.deepEqual(values(`ds.setPassword("${q}");\n`, 'src/Db.java'), [q]);
  });

  it('reads an instruction written where the value goes as a placeholder', () => {
    for (const v of [`generate-with-openssl-rand-hex-${g.pick(['32', '64'])}`, 'replace_with_your_own_key', 'set-a-long-random-string', `run-openssl-rand-base64-${g.pick(['32', '48'])}`]) {
      assert.deepEqual(values(`module.exports = {\n  jwtSecret: '${v}',\n};\n`, 'config/config.js'), [], v);
      assert.deepEqual(values(`SESSION_SECRET=${v}\n`, 'deploy/.env'), [], v);
    }
    // Words that do not open with an instruction stay what they are.
    const phrase = `${g.pick(['make', 'use'])}-${g.pick(['tea', 'kale'])}-not-${g.pick(['war', 'rain'])}${g.digits(2)}`;
    assert.deepEqual(values(`password: '${phrase}'\n`, 'config/app.yml'), [phrase]);
  });

  it('reads a SQL row by its column list: a client_id or a name is no password', () => {
    const secret = g.hex(40);
    const p = pw();
    const sql = `INSERT INTO users (email, password, role) VALUES ('ops@${g.lower(6)}.de', '${p}', 'owner');\nINSERT INTO api_clients (name, client_id, client_secret) VALUES ('lab-gateway', '${g.lower(3)}-gw-${g.digits(2)}', '${secret}');\n`;
    assert.deepEqual(values(sql, 'db/migrations/20240311_seed.sql'), [p, secret]);
  });

  it('reads a JWT without its signature, or for the anon role, as no credential', () => {
    const head = b64url({ alg: 'HS256', typ: 'JWT' });
    const partial = `${head}.${b64url({ role: 'anon' })}`;
    assert.deepEqual(values(`export const supabase = createClient('https://${g.lower(20)}.supabase.co', '${partial}');\n`, 'src/lib/services.ts'), []);
    const unsigned = `${head}.${b64url({ sub: g.lower(8), role: 'service_role' })}`;
    assert.deepEqual(values(`client = Client("https://api.${g.lower(6)}.io", "${unsigned}")\n`, 'app/client.py'), []);
    const anon = `${head}.${b64url({ iss: 'supabase', role: 'anon', iat: 1700000000 })}.${g.base64url(43)}`;
    assert.deepEqual(values(`export const supabase = createClient('https://${g.lower(20)}.supabase.co', '${anon}');\n`, 'src/lib/services.ts'), []);
    // A signed token of another role, and an opaque key, are still found.
    const key = g.alnum(40);
    assert.deepEqual(values(`client = Client("https://api.${g.lower(6)}.io", "${key}")\n`, 'app/client.py'), [key]);
  });

  it('reads an Algolia key whose table row or remark says search-only or public as public', () => {
    const search = g.hex(32);
    const admin = g.hex(32);
    const appId = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10);
    const row = (k: string, what: string) => `| ${what} | \`curl -H "X-Algolia-Application-Id: ${appId}" -H "X-Algolia-API-Key: ${k}" https://search.example/1/indexes\` (${what}) |\n`;
    assert.deepEqual(values(`| Use | Command |\n|---|---|\n${row(search, 'search-only key, public')}`, 'docs/integrations-curl.md'), []);
    assert.deepEqual(values(`| Use | Command |\n|---|---|\n${row(admin, 'admin key')}`, 'docs/integrations-curl.md'), [admin]);
    assert.deepEqual(values(`ALGOLIA_API_KEY=${search} # search-only, public\n`, 'web/.env'), []);
  });

  it('reads a Google key whose trailing remark says browser or referrer-restricted at information level', () => {
    const key = `AIza${g.base64url(35)}`;
    const line = `curl -s "https://maps.example.com/api/geocode/json?address=Porto&key=${key}" > /tmp/geo.json  # browser key, referrer-restricted\n`;
    assert.deepEqual(values(line, 'scripts/fetch-rates.sh'), []);
    assert.deepEqual(all(line, 'scripts/fetch-rates.sh'), [{ value: key, severity: 'info' }]);
    const server = `AIza${g.base64url(35)}`;
    assert.deepEqual(values(`curl -s "https://maps.example.com/api/geocode/json?key=${server}" > /tmp/geo.json  # server key\n`, 'scripts/fetch-rates.sh'), [server]);
  });

  it('keeps prose quiet on what a password is for, key ids, negated labels, bracketed remarks and record numbers', () => {
    const host = `${g.pick(['esx', 'srv', 'nas'])}-${g.digits(2)}`;
    const p = `${g.pick(['Mango', 'Otter', 'Cobalt'])}${g.pick(['Comet', 'River'])}${g.digits(2)}`;
    assert.deepEqual(values(`- change ilo password on ${host} (currently ${p})\n`, 'notes/todo.txt').includes(host), false);
    assert.deepEqual(values(`**reports** — owner: data — service account key id ${g.hex(40)} (the JSON key file is in the vault)\n`, 'wiki/Platform/Service-catalog.md'), []);
    assert.deepEqual(values(`Mails saying "your new password: [see attachment]" are phishing.\n`, 'docs/newsletter/tips.md'), []);
    assert.deepEqual(values(`Device serials are not secret: SN-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}-${g.digits(8)}\n`, 'docs/iot/mqtt-debug.md'), []);
    assert.deepEqual(values(`Alternativ mit Benutzer und Passwort (nur Break-Glass!):\n`, 'docs/openshift-access.md'), []);
    assert.deepEqual(values(`Requested item: New starter\nRITM${g.digits(7)} / REQ${g.digits(7)}\n\nTask notes:\n- AD account created\n`, 'exports/servicenow/RITM0044120.txt'), []);
    // The labelled forms still find their values.
    const q = pw();
    assert.deepEqual(values(`Password: ${q}\n`, 'notes/handover.txt'), [q]);
    const r = pw();
    assert.deepEqual(values(`Router login: admin / ${r}\n`, 'notes/handover.txt'), [r]);
  });

  it('reads a pair given as an example in prose, and a lookup inside a template expression, as no value', () => {
    assert.deepEqual(values(`- Secret scanning found 14 findings; 13 were test fixtures (e.g. "password": "${g.pick(['hunter2', 'letmein1'])}")\n`, 'docs/meetings/minutes.md'), []);
    const task = `  ansible.builtin.shell: psql -c "ALTER USER app PASSWORD '{{ lookup("community.hashi_vault.hashi_vault", "secret=kv/data/${g.lower(4)}:app") }}'"\n`;
    assert.deepEqual(values(task, 'roles/db/tasks/users.yml'), []);
    const p = pw();
    assert.deepEqual(values(`db_password: "${p}"\n`, 'roles/db/vars/main.yml'), [p]);
  });

  it('reads a call-shaped line in output (a SQL column heading, a man page title) as no value', () => {
    const p = pw();
    const log = `+ mysql -h db01 -u shop -p${p} shop -e 'SELECT COUNT(*) FROM migrations'\nmysql: [Warning] Using a password on the command line interface can be insecure.\nCOUNT(*)\n${g.digits(3)}\n`;
    assert.deepEqual(values(log, 'logs/deploy-2025-10-21.log'), [p]);
    assert.deepEqual(values(`SSHPASS(1)\n\nNAME\n   sshpass - noninteractive ssh password provider\n`, 'docs/cli/man-excerpts.txt'), []);
  });
});
