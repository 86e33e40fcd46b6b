// Classes found while tuning on rw-dev12 (web back rooms, AI agents), rw-dev11 and rw-dev8 in the thirteenth session:
// password-manager exports that leave out an empty last remark cell, YAML plain scalars holding `&` or `(`,
// acronym-led password names, Valve-style `key "value"` config lines. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7e_2013);
const { found, assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/x.txt');

/** Two words run together (`copperlantern`): a password people set, which prose rules read as a word. */
const compound = () => `${g.pick(['copper', 'maple', 'tiger', 'harbor', 'velvet'])}${g.pick(['lantern', 'biscuit', 'falcon', 'meadow', 'saffron'])}`;
const human = () => `${g.pick(['Sommer', 'Harbor', 'Copper', 'Verano'])}${g.digits(4)}${g.pick(['!', '#', '.'])}`;

describe('tune13 classes', () => {
  it('reads a password-manager CSV row that leaves out its empty last remark cell', () => {
    const header = 'name,url,username,password,note\n';
    assertFinds(
      [
        (v) => `${header}wp-admin,https://shop.example/wp-login.php,admin_shop,${v}\nrouter,http://192.168.1.1/,admin,${human()},\n`,
        (v) => `name,url,username,password,notes\nmail,https://mail.example/,info@example.org,${v}\n`,
      ],
      compound,
      'Desktop/Chrome Passwords.csv',
    );
    assertFinds([(v) => `${header}cpanel,https://example.org:2083/,exampleuser,${v}\n`], () => g.alnum(16), 'Desktop/Chrome Passwords.csv');
    // A row one cell short of a header whose last column holds data (a group): the columns may have shifted.
    assertQuiet([`id,site,user,password,group\n1,https://a.example/,bob,${compound()}\n`], 'exports/accounts.csv');
  });

  it('takes a YAML plain scalar with `&`, `(` or `%` in it whole, to the end of its line', () => {
    const mixed = () => `${g.alnum(4)}&${g.alnum(5)}+${g.alnum(6)}`;
    assertFinds(
      [(v) => `mariadb:\n  auth:\n    rootPassword: ${v}\n    database: app\n`, (v) => `services:\n  db:\n    environment:\n      DB_PASSWORD: ${v}   # rotate in May\n`],
      mixed,
      'charts/app/values-prod.yaml',
    );
    assertFinds([(v) => `environment:\n  MARIADB_ROOT_PASSWORD: ${v}\n`], () => `${g.alnum(3)}%${g.alnum(5)}%2(${g.alnum(6)}_!`, 'docker-compose.yml');
    assertQuiet(
      [
        'db:\n  password: ${DB_PASSWORD}\n',
        'db:\n  password: "{{ vault_db_password }}"\n',
        'auth:\n  token: $(cat /run/secrets/token)\n',
        'auth:\n  password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n',
        'auth:\n  password: secrets.get(db)\n',
      ],
      'deploy/values.yaml',
    );
  });

  it('leaves JSON\'s separating comma out of an unquoted value under a quoted key (`"passcode": 90252079,`)', () => {
    const code = g.digits(8);
    const mixed = `${g.alnum(4)}&${g.alnum(6)}`;
    assert.deepEqual(found(`Door controller:\n\n    {\n      "passcode": ${code},\n      "zone": 3\n    }\n`, 'docs/doors.md'), [code]);
    assert.deepEqual(found(`  "password": ${mixed},\n`, 'docs/notes.md'), [mixed]);
    // Inside a YAML plain scalar a comma stays part of the value; only one ending the line is a separator.
    const inner = `${g.alnum(4)},${g.alnum(6)}`;
    assert.deepEqual(found(`db:\n  rootPassword: ${inner}\n`, 'deploy/values.yaml'), [inner]);
  });

  it('reads a password name led by an acronym (`mySQLPassword`, `SMTPPassword`) as the password own name', () => {
    assertFinds([(v) => `database:\n  mySQLPassword: '${v}'\n`, (v) => `mail:\n  SMTPPassword: '${v}'\n`], compound, 'plugins/Bridge/config.yml');
    assertQuiet(["database:\n  mySQLPassword: 'changeme'\n", "database:\n  DBPasswordMinLength: '12'\n"], 'plugins/Bridge/config.yml');
  });

  it('reads a Valve-style config line `name "word"` under a password name', () => {
    assertFinds([(v) => `hostname "Community 5v5"\nsv_password "${v}"\nsv_lan 0\n`, (v) => `rcon_password "${v}" // admins only\n`], compound, 'cs2/game/csgo/cfg/server.cfg');
    assertQuiet(['sv_password ""\nsv_lan 0\n', 'rcon_password "changeme"\n', 'sv_password "see the wiki"\n'], 'cs2/game/csgo/cfg/server.cfg');
  });
});

describe('tune13 precision classes (rw-dev12 false positives)', () => {
  it('reads "password" in other languages, and "new password" in them, as a stand-in', () => {
    assertQuiet(
      [
        ...['nowehaslo', 'neuesPasswort'].map((word) => `wp user update 1 --user_pass=${word}\n`),
        '# wput dump.sql.gz ftp://u1234:PASSWORT@backup.example.de/dumps/\n',
        'mysql -u root -pKennwort shop < dump.sql\n',
      ],
      'scripts/deploy.sh',
    );
    assertFinds([(v) => `wp user update 1 --user_pass=${v}\n`], human, 'scripts/deploy.sh');
  });

  it('reads a word ending in a colon after a password word as the rest of its label', () => {
    assertQuiet(['Login FTP: shop\nHasło FTP: takie samo jak do panelu\n', 'Passwort WLAN: siehe Aufkleber\n'], 'mail/welcome.eml');
  });

  it('leaves Stripe publishable keys and keys a bracketed remark calls public in prose', () => {
    const pk = () => `pk_test_${g.alnum(24)}`;
    assertQuiet([`- Stripe: use the key from settings instead of a hard-coded \`${pk()}\`.\n`], 'CHANGELOG.md');
    const six = () => `6L${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38)}`;
    assertQuiet([`## Formularz\nKlucz reCAPTCHA (publiczny, w HTML): \`${six()}\`\n`, `## Form\nreCAPTCHA site key (public, in the page): \`${six()}\`\n`], 'docs/handover.md');
    assertFinds([(v) => `## Formularz\nKlucz tajny reCAPTCHA: \`${v}\`\n`, (v) => `## Form\nreCAPTCHA secret key (not public!): \`${v}\`\n`], six, 'docs/handover.md');
  });

  it('leaves client keys made for the browser: Midtrans client keys, Shopify Storefront tokens', () => {
    assertQuiet([`MIDTRANS_CLIENT_KEY=Mid-client-${g.alnum(16)}\n`, `MIDTRANS_CLIENT_KEY=SB-Mid-client-${g.alnum(16)}\n`], '.env');
    assertQuiet([`export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n      shopifyStorefrontToken: '${g.hex(32)}',\n    },\n  },\n})\n`], 'nuxt.config.ts');
    assertFinds([(v) => `MIDTRANS_SERVER_KEY=${v}\n`], () => `Mid-server-${g.alnum(24)}`, '.env');
    assertFinds([(v) => `  shopifyAdminToken: '${v}',\n`], () => g.hex(32), 'nuxt.config.ts');
  });

  it('reports the Firebase web key inside its SDK storage key at information level only', () => {
    const key = `AIza${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 35)}`;
    assertQuiet([`{\n  "firebase:authUser:${key}:[DEFAULT]": "{\\"uid\\":\\"${g.alnum(28)}\\"}"\n}\n`], 'debug/localStorage-dump.json');
  });

  it('leaves a host name given under a label, and a pair whose line says where the password is', () => {
    const host = (sub: string) => `${sub}.padaria${g.lower(6)}.example.com.br`;
    for (const sub of ['ftp', 'mail']) {
      const h = host(sub);
      const text = `hospedagem: Hostgator BR\n  e-mail: loja@example.com.br\n  senha: ${human()}\n\n${h}\n  usuario: padari${g.digits(2)}\n`;
      assert.ok(!found(text, 'clientes/acessos.txt').includes(h), text);
    }
    const db = `${g.pick(['bkry', 'shop', 'cafe'])}${g.lower(4)}_wp`;
    const text = `## cPanel\n- user: \`${db}\`\n- pass: \`${human()}\`\n\n## MySQL\n- \`${db}\` / \`${db}usr\` — password is in wp-config (don't copy here)\n- phpMyAdmin via cPanel\n`;
    assert.ok(!found(text, 'docs/hosting-notes.md').includes(`${db}usr`), text);
  });
});

describe('tune13: Netlify environment export', () => {
  it('names a value in `"values": [{ "id": <uuid>, "value": … }]` by the variable\'s `"key"` above the record ids', () => {
    const entry = (name: string, values: string[]) =>
      `  {\n    "key": "${name}",\n    "scopes": ["builds", "functions"],\n    "values": [\n${values.map((v) => `      { "id": "${g.uuid()}", "value": "${v}", "context": "production" }`).join(',\n')}\n    ],\n    "is_secret": false\n  }`;
    assertFinds([(v) => `[\n${entry('BASIC_AUTH_PASSWORD', [human(), v])}\n]\n`, (v) => `[\n${entry('SITE_PASSWORD', [v])}\n]\n`], human, 'netlify-env.json');
    assertFinds(
      [(v) => `[\n  {\n    "key": "DELIVERY_TOKEN",\n    "scopes": ["builds"],\n    "values": [{ "id": "${g.uuid()}", "value": "${v}", "context": "all" }],\n    "is_secret": false\n  }\n]\n`],
      () => g.alnum(43),
      'netlify-env.json',
    );
    assertQuiet([`[\n${entry('SPACE_ID', [g.lower(12)])},\n${entry('SITE_URL', ['https://shop.example.org'])}\n]\n`], 'netlify-env.json');
  });
});
