// Secrets given in comments of config files and scripts in the forms rw-dev15, rw-dev18, rw-dev24 and rw-dev25 use:
// a password after what it is for (`password (login prompt): V`, `; pw for the 3PL …: V`, `# mgmt-pw.txt contains: V`)
// and a generated value pasted on the comment line under the one that names it (`# forwarding.secret …` ⏎ `# V`).
// What stays quiet: remarks that say the value is not one, public or derived values, tests and prose. Values are
// generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';
import { ruleAssertions } from '../../../support/ruleAssertions';

const g = createExampleGen(0xd2_6d_c0);
const only = (id: string) => ruleAssertions(createScanner({ rules: builtinRules.filter((r) => r.id === id) }));
const described = only('comment-described-password');
const pasted = only('comment-pasted-secret');
const chosen = () => `${g.pick(['Harbor', 'Walrus', 'Thistle', 'Pepper'])}${g.digits(3)}${g.pick(['!', '#', '?'])}`;

describe('passwords described in comments, and secrets pasted under a comment that names them', () => {
  it('finds a password after a bracketed remark, a clause or a password file named before the colon', () => {
    const [a, b, c, d] = [chosen(), `${g.alnum(13)}${g.digits(3)}`, `${g.alnum(10)}${g.digits(2)}`, `${g.digits(2)}${g.alnum(10)}`];
    assert.deepEqual(described.found(`api_key: ${g.alnum(12)}\n# client password (login prompt): ${a}\n`, 'conf/gate_io.yml'), [a]);
    assert.deepEqual(described.found(`UserName=edi\n; pw for the 3PL stored in clear by the old script: ${b}\nFSProtocol=5\n`, 'WinSCP.ini'), [b]);
    assert.deepEqual(described.found(`management 127.0.0.1 7505 mgmt-pw.txt\n# mgmt-pw.txt contains: ${c}\n`, 'openvpn/server.conf'), [c]);
    assert.deepEqual(described.found(`<!-- etc/authd.pass on the manager: ${d} -->\n`, 'wazuh/ossec.conf'), [d]);
  });

  it('stays quiet on remarks that give no password, in tests and in prose', () => {
    const a = chosen();
    described.assertQuiet(
      [
        `# password (hashed with bcrypt): ${a}\n`,
        `// password (optional): ${a}\n`,
        `# password for the demo account (e.g. in the README): ${a}\n`,
        `# password policy (min length 12): ${a}\n`,
        '# password for the admin user: see the vault\n',
        '# password for the keystore: ${KEYSTORE_PASSWORD}\n',
      ],
      'config/app.yml',
    );
    for (const path of ['test/fixtures/app.yml', 'docs/setup.md']) described.assertQuiet([`# client password (login prompt): ${a}\n`], path);
  });

  it('finds a generated value alone (or after a short lead) on the comment line under the one naming it', () => {
    const [a, b] = [`${g.alnum(30)}${g.digits(2)}`, g.hex(64)];
    assert.deepEqual(pasted.found(`# ---- forwarding.secret (pasted here so admins can copy it) ----\n# ${a}\n`, 'proxy/velocity.toml'), [a]);
    assert.deepEqual(pasted.found(`# jwtsecret.hex was created with: openssl rand -hex 32\n# contents (for teku on the other box): ${b}\n`, 'ops/run.sh'), [b]);
  });

  it('stays quiet on public or derived values, examples, lone keys and words', () => {
    pasted.assertQuiet(
      [
        `# public key of the signing secret:\n# ${g.alnum(44)}\n`,
        `# sha256 of the token file:\n# ${g.hex(64)}\n`,
        `// commit that rotated the api_key:\n// ${g.hex(40)}\n`,
        `# secret goes here, for example:\n# ${g.alnum(32)}\n`,
        `# secret settings\n# client_id: ${g.alnum(20)}\n`,
        `# token helpers\n# ${g.lower(8)}_${g.lower(8)}_${g.lower(8)}\n`,
      ],
      'config/app.conf',
    );
    pasted.assertQuiet([`# forwarding.secret\n# ${g.alnum(32)}\n`], 'tests/fixtures/velocity.toml');
  });
});
