// Passwords made of words run together, and weak passwords that start like a keyboard walk, under the password's own
// name in more syntaxes (C defines, env defaults, short `PW`/`PASS` names). Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xc0_4d);

const { found: values } = ruleAssertions(scanner);

const WORDS = ['maple', 'copper', 'quartz', 'harbor', 'lantern', 'zephyr', 'falcon', 'orchid', 'meadow', 'tundra', 'ember', 'pickle'];
/** `n` different words. */
const words = (n: number) => {
  const out: string[] = [];
  while (out.length < n) {
    const w = g.pick(WORDS);
    if (!out.includes(w)) out.push(w);
  }
  return out;
};
const lowerRun = (n: number) => words(n).join('');
const pascalRun = (n: number) =>
  words(n)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

describe('compound-word and keyboard-start passwords under the password’s own name', () => {
  it('finds words run together in a C #define, a shell PW variable, an env() default and setdefault()', () => {
    const [a, b, c, d] = [lowerRun(3), lowerRun(3), lowerRun(3), pascalRun(2)];
    assert.deepEqual(values(`#define WIFI_PASSWORD    "${a}"\n#define MQTT_PASS        "${b}"\n`, 'firmware/src/net_config.h'), [a, b]);
    assert.deepEqual(values(`<?php\nreturn [\n  'password' => env('DB_PASSWORD', '${c}'),\n];\n`, 'config/database.php'), [c]);
    assert.deepEqual(values(`os.environ.setdefault("DB_PASSWORD", "${d}")\n`, 'manage_local.py'), [d]);
    const e = lowerRun(3);
    assert.deepEqual(values(`ROOT_PW=${e}\n`, '.env'), [e]);
  });

  it('finds four capitalised words run together as a password attribute', () => {
    const a = pascalRun(4);
    assert.deepEqual(values(`msdeploy -dest:auto,userName="deploy",password="${a}",authtype="Basic"\n`, 'deploy/Deploy.ps1'), [a]);
  });

  it('finds a keyboard-walk start with a symbol and digits (Qwerty@55), not the bare dummies', () => {
    const a = `Qwerty${g.pick(['@', '^', '#'])}${g.digits(2)}`;
    assert.deepEqual(values(`local config = {\n    password = "${a}",\n}\n`, 'conf/app.lua'), [a]);
    assert.deepEqual(values(`local config = {\n    password = "qwerty123",\n    password2 = "abc123!",\n}\n`, 'conf/app.lua'), []);
  });

  it('stays quiet on field names, messages and words that are not the password’s own name', () => {
    assert.deepEqual(values(`#define PASSWORD_FIELD "userpassword"\n#define PASSWORD_HINT "EnterYourNewPassword"\n`, 'src/ui.h'), []);
    assert.deepEqual(values(`BYPASS=${lowerRun(3)}\n`, 'scripts/x.sh'), []);
    assert.deepEqual(values(`os.environ.setdefault("DB_PASSWORD", "postgres")\n`, 'manage.py'), []);
    assert.deepEqual(values(`const msg = "PasswordMustBeLongerThanEight";\nerrors.password = "PasswordMustBeLonger";\n`, 'src/form.ts'), []);
  });
});
