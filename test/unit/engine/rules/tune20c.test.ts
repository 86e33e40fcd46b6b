// Classes found while tuning on rw-dev..rw-dev10's non-prose misses (session 20, tune20c). Each case says what must be
// found and what must stay quiet; values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7_20c);

const { found: values } = ruleAssertions(scanner);

/** A generator's output with every printable symbol, brackets at its edges. */
const bracketed = (open: string, close: string) => `${open}${g.digits(1)}<${g.upper(4)}${g.digits(1)}${g.lower(2)}_${g.upper(3)}*${g.alnum(6)}+${g.upper(2)}${g.lower(1)}${close}`;

describe('tune20c classes: rw-dev..rw-dev10 non-prose misses', () => {
  describe('generated passwords with brackets at their edges (generic assignment)', () => {
    it('finds them quoted in a JSON log and unquoted in YAML', () => {
      const [a, b] = [bracketed('(', '['), bracketed(')', '[')];
      assert.deepEqual(values(`    "module_args": {\n        "login_user": "root",\n        "login_password": "${a}",\n`, 'ci-logs/ansible-site.log'), [a]);
      assert.deepEqual(values(`spring:\n  mail:\n    username: noreply@acme.dev\n    password: ${b}\n`, 'src/main/resources/application.yml'), [b]);
    });

    it('stays quiet on calls, indexes and lambdas under a password name', () => {
      assert.deepEqual(values(`const password = "(getPassword(config))";\n`, 'src/a.ts'), []);
      assert.deepEqual(values(`password: [secrets.db, secrets.replica]\n`, 'config/x.yaml'), []);
      assert.deepEqual(values(`"password": "(value) => value.trim()",\n`, 'config/x.json'), []);
      assert.deepEqual(values(`password: passwords[${g.digits(1)}]\n`, 'config/x.yaml'), []);
    });
  });
});
