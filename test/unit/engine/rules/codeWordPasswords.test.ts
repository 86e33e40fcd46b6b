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

  it('finds a word under a VB typed constant, a Perl hash key, a Gradle signing call and a name in another language', () => {
    // Words the value check reads as words (not `walrus`, which passes as a password on its own).
    const wordy = () => g.pick(['lantern', 'biscuit', 'harbor', 'pickle', 'granite']);
    const [a, b, c, d] = [wordy().replace(/^./, (ch) => ch.toUpperCase()), wordy(), wordy().replace(/^./, (ch) => ch.toUpperCase()), wordy()];
    assert.deepEqual(found(`Module Verbindung\n    Private Const FtpPasswort As String = "${a}"\nEnd Module\n`, 'Lager/Module/Verbindung.vb'), [a]);
    assert.deepEqual(found(`my %smtp = (host => 'mail.intranet.local', user => 'reports', password => '${b}');\n`, 'cgi-bin/report.pl'), [b]);
    assert.deepEqual(found(`android {\n  signingConfigs {\n    release {\n      keyAlias "shop"\n      keyPassword "${c}"\n    }\n  }\n}\n`, 'app/build.gradle'), [c]);
    assert.deepEqual(found(`ftp_senha = "${d}"\n`, 'tools/sync.py'), [d]);
  });

  it('stays quiet on a word that only ends like a password’s name, quoted keys of a language file and the debug keystore', () => {
    // Words the value check reads as words (not `walrus`, which passes as a password on its own).
    const a = g.pick(['lantern', 'biscuit', 'harbor', 'pickle', 'granite']);
    assert.deepEqual(found(`const resenha = "${a}";\n`, 'src/review.ts'), []);
    assert.deepEqual(found(`return [\n    'password' => '${a}',\n];\n`, 'lang/nl/auth.php'), []);
    assert.deepEqual(found('android {\n  signingConfigs {\n    debug {\n      keyPassword "android"\n    }\n  }\n}\n', 'app/build.gradle'), []);
  });
});
