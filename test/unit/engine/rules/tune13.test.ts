// Classes found while tuning on rw-dev12 (web back rooms, AI agents), rw-dev11 and rw-dev8 in the thirteenth session:
// password-manager exports that leave out an empty last remark cell, YAML plain scalars holding `&` or `(`,
// acronym-led password names, Valve-style `key "value"` config lines. Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7e_2013);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/x.txt');

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

  it('reads a password name led by an acronym (`mySQLPassword`, `SMTPPassword`) as the password own name', () => {
    assertFinds([(v) => `database:\n  mySQLPassword: '${v}'\n`, (v) => `mail:\n  SMTPPassword: '${v}'\n`], compound, 'plugins/Bridge/config.yml');
    assertQuiet(["database:\n  mySQLPassword: 'changeme'\n", "database:\n  DBPasswordMinLength: '12'\n"], 'plugins/Bridge/config.yml');
  });

  it('reads a Valve-style config line `name "word"` under a password name', () => {
    assertFinds([(v) => `hostname "Community 5v5"\nsv_password "${v}"\nsv_lan 0\n`, (v) => `rcon_password "${v}" // admins only\n`], compound, 'cs2/game/csgo/cfg/server.cfg');
    assertQuiet(['sv_password ""\nsv_lan 0\n', 'rcon_password "changeme"\n', 'sv_password "see the wiki"\n'], 'cs2/game/csgo/cfg/server.cfg');
  });
});
