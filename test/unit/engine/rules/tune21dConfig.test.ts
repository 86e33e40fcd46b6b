// Classes found while tuning the non-prose misses of rw-dev11 .. rw-dev20 (session 21, tuner D). Values are
// generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x21d0_c0f9);

const { found: values } = ruleAssertions(scanner);

const WORDS = ['turbine', 'substation', 'harbor', 'imaging', 'lantern', 'walrus', 'meadow', 'quartz', 'feeder', 'tundra'];
/** `n` distinct words joined by blanks. */
const phrase = (n: number) => {
  const out: string[] = [];
  while (out.length < n) {
    const w = g.pick(WORDS);
    if (!out.includes(w)) out.push(w);
  }
  return out.join(' ');
};

describe('rw-dev11..20 non-prose classes (tuner D)', () => {
  it('reads an unquoted passphrase of plain words under a password name in YAML, dotenv and print_r', () => {
    const [a, b, c, d] = [phrase(3), phrase(4), phrase(3), `${phrase(3)}${g.digits(1)}`];
    assert.deepEqual(values(`login_gov:\n  client_id: urn:gov:sp:city\n  private_key_passphrase: ${a}\n`, 'tmp/credentials.yml.decrypted'), [a]);
    assert.deepEqual(values(`partners:\n  - id: retail\n    private_key_passphrase: ${b}\n`, 'mft/partners/retail.yaml'), [b]);
    assert.deepEqual(values(`DB_USERNAME=clinica\nDB_PASSWORD=${c}\n`, 'clinica-app/.env'), [c]);
    assert.deepEqual(values(`Array\n(\n    [username] => shop\n    [password] => ${d}\n)\n`, 'wp-content/debug.log'), [d]);
  });

  it('leaves labels, messages, translations, comments and code alone', () => {
    const words = phrase(3);
    assert.deepEqual(values('password: enter your new password\npassword_hint: the name of your first pet\n', 'config/app.yml'), []);
    assert.deepEqual(values('password: length requirement failed\nnew_password: minimum eight characters\n', 'config/app.yml'), []);
    assert.deepEqual(values(`password: ${words}\n`, 'config/locales/en.yml'), []);
    assert.deepEqual(values(`password: ${words}\n`, 'src/i18n/de.json'), []);
    assert.deepEqual(values(`auth:\n  password: ${phrase(2)}\n`, 'config/app.yml'), []);
    assert.deepEqual(values('password: Passwords Do Not Match\n', 'config/app.yml'), []);
    assert.deepEqual(values(`api_key: ${words}\n`, 'config/app.yml'), []);
  });

  it("reads ManageEngine's technician key (a UUID) under techKey / TECHNICIAN_KEY, not a tech stack's name", () => {
    const [a, b] = [g.uuid().toUpperCase(), g.uuid()];
    assert.deepEqual(values(`$techKey = '${a}'\n$sdp = 'https://sdp.corp.local:8080'\n`, 'scripts/Create-SDPTicket.ps1'), [a]);
    assert.deepEqual(values(`@{\n    SdpUrl    = 'https://sdp.corp.local'\n    TechKey   = '${b}'\n}\n`, 'modules/CorpTools/CorpTools.config.psd1'), [b]);
    assert.deepEqual(values("const techKey = 'react';\nexport const TECH_KEY = 'frontend-stack';\n", 'src/stack.ts'), []);
  });
});
