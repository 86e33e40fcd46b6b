// Classes found while tuning on rw-dev11's data part: R's `.Renviron` read as an env file, a passphrase in lower
// camelCase under a password's own name, blank-separated properties (spark-defaults.conf), Kaggle's
// `{"username", "key"}`, data tools' login flags (beeline, tabcmd, airflow users create), Python's
// `quote_plus(…)` around a literal and the mongo shell's `changeUserPassword`. Values are
// generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0d11);

const { found: values } = ruleAssertions(scanner);

const WORDS = ['violet', 'harbor', 'ember', 'lantern', 'biscuit', 'falcon', 'meadow', 'quartz', 'walrus', 'tundra'];
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** Two distinct words in lower camelCase (`violetBiscuit`). */
const camel = () => {
  const a = g.pick(WORDS);
  const b = g.pick(WORDS.filter((w) => w !== a));
  return a + cap(b);
};

describe('rw-dev11 classes: data work', () => {
  it("reads R's .Renviron as an env file", () => {
    const [pw, key] = [`${g.pick(['Summer', 'Winter'])}20${g.digits(2)}!`, g.hex(40)];
    assert.deepEqual(values(`R_LIBS_USER=~/R/library\nDB_PASS=${pw}\nCENSUS_API_KEY=${key}\n`, 'home/.Renviron'), [pw, key]);
    assert.deepEqual(values(`DB_PASS=${pw}\n`, 'etc/R/Renviron.site'), [pw]);
  });

  it('reads a lower camelCase passphrase under a password name as data, not code or field words', () => {
    const [a, b, c] = [camel(), camel(), camel()];
    assert.deepEqual(values(`{"username": "airbyte", "password": "${a}"}\n`, 'exports/source.json'), [a]);
    assert.deepEqual(values(`DB_USER=carla\nDB_PASS=${b}\n`, 'deploy/.env'), [b]);
    assert.deepEqual(values(`  username: ge\n  password: ${c}\n`, 'config/vars.yml'), [c]);
    assert.deepEqual(values('password: readFromFile\npassword: userPassword\npassword: inputValue\nDB_PASSWORD=changeMe\n', 'config/vars.yml'), []);
    assert.deepEqual(values('  admin-password: {{ .Values.admin.password | default (randAlphaNum 16) | quote }}\n', 'charts/x/templates/secret.yaml'), []);
    assert.deepEqual(values('<unattend>\n  <settings pass="oobeSystem">\n  </settings>\n</unattend>\n', 'deploy/autounattend.xml'), []);
  });

  it('reads a secret of a blank-separated property in spark-defaults.conf, not a path or a reference', () => {
    const [tok, pw] = [g.alnum(40), `${cap(g.pick(WORDS))}${g.digits(4)}#`];
    const text = `spark.master                     yarn\nspark.authenticate.secret        ${tok}\nspark.ssl.keyStorePassword       ${pw}\nspark.ssl.trustStorePassword     \${TRUSTSTORE_PASSWORD}\nspark.authenticate.secret.file   /etc/spark/secret\n`;
    assert.deepEqual(values(text, 'spark/conf/spark-defaults.conf'), [tok, pw]);
    assert.deepEqual(values(text, 'docs/spark.md'), []);
  });

  it("reads Kaggle's key beside its username", () => {
    const [a, b] = [g.hex(32), g.hex(32)];
    assert.deepEqual(values(`{"username":"${g.lower(6)}","key":"${a}"}\n`, 'home/.kaggle/kaggle.json'), [a]);
    assert.deepEqual(values(`    json.dump({"username": "hana", "key": "${b}"}, f)\n`, 'scripts/load.py'), [b]);
  });

  it('reads the login flags of beeline, tabcmd and airflow users create', () => {
    const [a, b, c] = [`${cap(g.pick(WORDS))}${g.digits(4)}%`, `${cap(g.pick(WORDS))}_${g.digits(4)}`, `${g.pick(WORDS)}+${cap(g.pick(WORDS))}+${g.pick(WORDS)}2`];
    assert.deepEqual(values(`beeline -u jdbc:hive2://hs2:10000/default -n etl -p ${a} -f refresh.hql\n`, 'jobs/run.sh'), [a]);
    assert.deepEqual(values(`%TABCMD% login -s https://tableau.corp.local -t Finance -u svc -p ${b}\n`, 'scripts/refresh.bat'), [b]);
    assert.deepEqual(values(`airflow users create -u admin -p ${c} -f Ada -l Admin -r Admin -e ops@example.com\n`, 'docs/setup.sh'), [c]);
    assert.deepEqual(values('tabcmd refreshextracts -p "Sales"\nairflow dags trigger -p my_dag\n', 'scripts/x.sh'), []);
  });

  it('reads a literal wrapped in quote_plus, and the password of changeUserPassword', () => {
    const [pw, pw2] = [camel(), `${cap(g.pick(WORDS))}${g.digits(4)}!`];
    assert.deepEqual(values(`PW = urllib.parse.quote_plus("${pw}")\n`, 'etl/extract.py'), [pw]);
    assert.deepEqual(values(`db.getSiblingDB('admin').changeUserPassword('etl', '${pw2}');\n`, 'mongo/users.js'), [pw2]);
  });
});
