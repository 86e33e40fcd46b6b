// A password given right after its word in a comment of a config file or script (rw-dev11's compose file, rw-dev12's
// OpenCart config and maubot config), and what stays quiet: the same comment in tests and examples, comments about a
// policy, a hash, an example or where the password lives. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';
import { ruleAssertions } from '../../../support/ruleAssertions';

const g = createExampleGen(0xc0_33_e7);
const { found } = ruleAssertions(createScanner());
// The quiet cases ask this rule alone (a prose rule reads some of these comments in a test file on its own terms).
const alone = ruleAssertions(createScanner({ rules: builtinRules.filter((r) => r.id === 'comment-given-password') }));

const chosen = () => `${g.pick(['Harbor', 'walrus', 'Thistle', 'pepper'])}${g.digits(3)}${g.pick(['', '!', '#'])}`;

describe('passwords given in comments of config files and scripts', () => {
  it('finds the value after the word, a colon or a copula, at the end of the comment or its clause', () => {
    const [a, b, c, d] = [chosen(), chosen(), chosen(), chosen()];
    assert.deepEqual(found(`  adguard:\n    image: adguard/adguardhome\n    # initial password was ${a} - change it after setup\n`, 'docker/compose.yml'), [a]);
    assert.deepEqual(found(`define('DB_HOSTNAME', 'localhost'); // eski şifre: ${b} (değiştirildi mi?)\n`, 'admin/config.php'), [b]);
    assert.deepEqual(found(`logging:\n  version: 1\n# bot account for the bridge: @gpt:chat.example.org password ${c}\n`, 'maubot/config.yaml'), [c]);
    assert.deepEqual(found(`#!/bin/sh\n# Kennwort: ${d}\nrsync -a /srv backup:/srv\n`, 'scripts/backup.sh'), [d]);
  });

  it('stays quiet in tests, examples and prose, and on comments that give no password', () => {
    const a = chosen();
    assert.deepEqual(alone.found(`# initial password was ${a} - change it after setup\n`, 'docker/compose.yml'), [a]);
    for (const path of ['tests/fixtures/compose.yml', '.env.example', 'docs/setup.md']) alone.assertQuiet([`# initial password was ${a} - change it after setup\n`], path);
    alone.assertQuiet(
      [
        '# password must be at least 12 characters and contain 1 digit\n',
        '// password is hashed with argon2id before it is stored\n',
        `# e.g. password: ${a}\n`,
        '# password: ${ADMIN_PASSWORD:?set in .env}\n',
        '// password = md5(salt + pw)\n',
        '# the password for svc01 is read from vault\n',
        '# default password: admin123\n',
        `# password is in /etc/app/secret${g.digits(2)}.txt\n`,
        `// login with alice@example.com, password see 1Password\n`,
      ],
      'deploy/app.yml',
    );
  });
});
