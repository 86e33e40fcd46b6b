// Files whose whole format is a credential, known by their path: an OpenVPN auth-user-pass file, a vsftpd virtual
// users' list, a file named for one secret. The same paths holding a placeholder, a hash, a reference or a comment
// only, and the same text under another path, give nothing. Values at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x16_0d);
const { found: values } = ruleAssertions(scanner);
const human = () => `${g.pick(['Harbor', 'Lantern', 'Walrus'])}${g.digits(4)}${g.pick(['!', '#', '%'])}`;

describe('bare-line credential files known by their path', () => {
  it('an OpenVPN auth-user-pass file: line 2 is the password', () => {
    const pw = human();
    assert.deepEqual(values(`p${g.digits(7)}\n${pw}\n`, 'etc/openvpn/client/auth.txt'), [pw]);
    const pw2 = human();
    assert.deepEqual(values(`noc-fra-tunnel\n${pw2}\n`, 'vpn/noc-fra.auth'), [pw2]);
  });

  it('a vsftpd virtual users’ list: every second line is a password', () => {
    const [a, b] = [human(), g.digits(6)];
    assert.deepEqual(values(`scanner\n${a}\nkamera-hof\n${b}\n`, 'etc/vsftpd/virtual_users.txt'), [a, b]);
  });

  it('a file named for one secret holding it alone', () => {
    const pw = human();
    assert.deepEqual(values(`${pw}\n`, 'secrets/db_password.txt'), [pw]);
    assert.deepEqual(values(`${pw}\n`, 'config/rcon.pass'), [pw]);
    // lnd's wallet unlock file and a validator client's keystore password (rw-dev24).
    assert.deepEqual(values(`${pw}\n`, 'home/lnd/.lnd/unlock.pw'), [pw]);
    const key = `${g.alnum(16)}${g.digits(2)}-${g.alnum(4)}`;
    assert.deepEqual(values(`${key}\n`, 'teku/validator/passwords/keystore-m_12381_3600_0_0_0.txt'), [key]);
  });

  it('leaves placeholders, hashes, references and comments on those paths', () => {
    assert.deepEqual(values('vpnuser\n${VPN_PASSWORD}\n', 'etc/openvpn/auth.txt'), []);
    assert.deepEqual(values(`vpnuser\n$6$${g.alnum(8)}$${g.alnum(43)}\n`, 'vpn/site.auth'), []);
    assert.deepEqual(values('# line 1 user, line 2 password\n', 'vpn/site.auth'), []);
    assert.deepEqual(values('scanner\n<password>\nsupplier\nchangeme\n', 'etc/vsftpd/virtual_users.txt'), []);
    assert.deepEqual(values('${DB_PASSWORD}\n', 'secrets/db_password.txt'), []);
    assert.deepEqual(values(`$2y$10$${g.alnum(53)}\n`, 'secrets/db_password.txt'), []);
    assert.deepEqual(values('# put the password here\n', 'secrets/db_password.txt'), []);
    assert.deepEqual(values('/run/secrets/db_password\n', 'config/db.pass'), []);
  });

  it('leaves the same text under another path, and a file that is more than the credential', () => {
    const pw = human();
    assert.deepEqual(values(`vpnuser\n${pw}\n`, 'docs/auth.txt'), []);
    assert.deepEqual(values(`${pw}\n`, 'notes/todo.txt'), []);
    assert.deepEqual(values(`vpnuser\n${pw}\nthird line\n`, 'vpn/site.auth'), []);
    assert.deepEqual(values(`the password is in the vault\n`, 'secrets/db_password.txt'), []);
    // A list of passwords (a cracking word list) is no one secret's file.
    assert.deepEqual(values(`${human()}\n${human()}\n${human()}\n`, 'data/passwords/common.txt'), []);
  });
});
