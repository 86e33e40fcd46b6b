// One word as a password assigned with `=` to a variable or constant of the password's own name in code (rw-dev9:
// firmware defines, VB constants, PowerShell defaults), and what stays quiet: object keys whose value describes
// the field, documented defaults, tests. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const g = createExampleGen(0xc0_de_17);
const { found } = ruleAssertions(createScanner());

const word = () => g.pick(['walrus', 'granite', 'thistle', 'juniper', 'pretzel', 'glacier']);
const capitalised = () => {
  const w = word();
  return w[0]!.toUpperCase() + w.slice(1);
};

describe('single-word passwords under the password’s own name in code', () => {
  it('finds a word in a C #define, a constant, a PowerShell variable and a Go assignment', () => {
    const [a, b, c, d] = [word(), capitalised(), word(), capitalised()];
    assert.deepEqual(found(`#define OTA_PASSWORD   "${a}"\n`, 'firmware/src/wifi_config.h'), [a]);
    assert.deepEqual(found(`const SMTP_PASSWORD = '${b}';\n`, 'src/mail.ts'), [b]);
    assert.deepEqual(found(`$ftp_password = "${c}"\n`, 'scripts/Upload.ps1'), [c]);
    assert.deepEqual(found(`\tdbPassword := "${d}"\n`, 'cmd/sync/main.go'), [d]);
  });

  it('stays quiet on object keys, field settings, documented defaults and tests', () => {
    const a = word();
    assert.deepEqual(found(`const schema = {\n  password: "${a}",\n};\n`, 'src/schema.ts'), []);
    assert.deepEqual(found('let password = "visible";\nconst newPassword = "confirm";\n', 'src/form.ts'), []);
    assert.deepEqual(found('storePassword = "android"\nkeyPassword = "android"\n', 'app/build.gradle.kts'), []);
    assert.deepEqual(found(`const DB_PASSWORD = "${a}";\n`, 'src/db.test.ts'), []);
    assert.deepEqual(found(`#define PASSWORD_LABEL "${a}"\n`, 'src/ui.h'), []);
  });
});
