// Classes found while tuning the non-prose misses of rw-dev11 .. rw-dev22 (session 23, tuner D). Values are
// generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x23d0_c0f9);

const { found: values } = ruleAssertions(scanner);

describe('rw-dev11..22 non-prose classes (tuner D, session 23)', () => {
  it('reads a delimited export in a .txt file whose header follows a comment or a sheet title', () => {
    const [a, b] = [humanPassword(g), humanPassword(g)];
    assert.deepEqual(values(`# which app sends through which relay\napp;relay;user;secret\nHR;smtp.example.net;hr@corp.example;${a}\nScanner;relay.local;(anonymous);-\n`, 'C/inetpub/mailroot/relay-apps.txt'), [
      a,
    ]);
    assert.deepEqual(
      values(`Sheet: Logins (exported with xlsx2csv)\n"Tool","URL","Login","PW","Owner"\n"Hotjar","https://insights.hotjar.com","growth@acme.example","${b}","Sofia"\n`, 'exports/Team_Logins.xlsx.txt'),
      [b],
    );
  });

  it('leaves .txt files whose first lines are prose, and comments above a header, alone', () => {
    const pw = humanPassword(g);
    assert.deepEqual(values(`# notes\nWe keep the password, the login and the URL in the vault.\nWiki, ${pw}, admin, done\n`, 'notes/todo.txt'), []);
    assert.deepEqual(values(`Meeting notes, Monday, password rotation\nAlice, Bob, Carol\nrotated, ${pw}, later\n`, 'notes/meeting.txt'), []);
    assert.deepEqual(values(`# password;${pw};old\nname;login;password\nWiki;jdoe;\n`, 'exports/logins.csv'), []);
  });

  it("reads `user:secret` lines of rsyncd.secrets and SmokePing's smokeping_secrets, not their hashes or references", () => {
    const [a, b] = [g.alnum(24), humanPassword(g)];
    assert.deepEqual(values(`speedtest-rec:${a}\nspeedtest-for:${b}\n`, 'smokeping/smokeping_secrets'), [a, b]);
    assert.deepEqual(values(`backup:${a}\n`, 'etc/rsyncd.secrets'), [a]);
    assert.deepEqual(values(`backup:\${RSYNC_SECRET}\nprobe:$6$${g.alnum(8)}$${g.alnum(43)}\n`, 'etc/rsyncd.secrets'), []);
    assert.deepEqual(values(`backup:${a}\n`, 'docs/notes.md'), []);
  });

  it('reads both the password and the enable secret of an Oxidized router.db line', () => {
    const [a, b] = [humanPassword(g), humanPassword(g)];
    assert.deepEqual(values(`rtr-ber-01:ios:oxidized:${a}:${b}\n`, 'oxidized/router.db'), [a, b]);
  });

  it("reads a lower-case hex HMAC key under .NET's PascalCase SigningKey, not a git signing key id", () => {
    const a = g.hex(40);
    assert.deepEqual(values(`{\n  "Jwt": {\n    "Issuer": "https://auth.example.com",\n    "SigningKey": "${a}"\n  }\n}\n`, 'services/Inventory/appsettings.json'), [a]);
    assert.deepEqual(values(`[user]\n\tsigningkey = ${g.hex(40).toUpperCase()}\n`, '.gitconfig'), []);
  });
});
