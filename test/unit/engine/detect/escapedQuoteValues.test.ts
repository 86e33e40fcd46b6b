// A quoted value may hold its own quote escaped (`\"`, `\'`) or doubled (SQL and Pascal `''`); a value inside an
// escaped JSON string still ends at the next escaped quote. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xe5c_a9e);

const { found: values } = ruleAssertions(scanner);

const head = () => g.pick(['Quartz', 'Glacier', 'Copper', 'Harbor']);

describe('quoted values holding an escaped or doubled quote', () => {
  it('finds the whole value with a backslash-escaped quote inside', () => {
    const a = `${head()}\\"${g.digits(3)}!`;
    assert.deepEqual(values(`package config\nvar backupPassword = "${a}"\n`, 'internal/config/defaults.go'), [a]);
    const b = `${head()}\\'s${g.digits(2)}`;
    assert.deepEqual(values(`<?php\n$cfg = ['password' => '${b}'];\n`, 'config/database.php'), [b]);
  });

  it('finds the whole value with a doubled single quote inside (SQL, Pascal)', () => {
    const a = `${head()}''s${g.digits(2)}`;
    assert.deepEqual(values(`ALTER USER app PASSWORD '${a}';\n`, 'db/init/01-users.sql'), [a]);
  });

  it('ends a value inside an escaped JSON string at the next escaped quote, and a triple-quoted one at its close', () => {
    const a = g.alnum(14);
    assert.deepEqual(values(`body = "{\\"password\\": \\"${a}\\", \\"user\\": \\"bob\\"}"\n`, 'client.py'), [a]);
    const b = g.alnum(12);
    assert.deepEqual(values(`password = '''${b}'''\n`, 'settings.py'), [b]);
  });
});
