// Classes read across the oldest real-world dev sets' remaining misses (rw-dev3, rw-dev5 … rw-dev9, issue 15): each
// case says what must be found or stay quiet, with a neighbour that proves the other side. Values are generated at
// test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd1_5015);
const { found } = ruleAssertions(scanner);

const chosen = () => `${g.pick(['Kestrel', 'Walnut', 'Harbor', 'Pickle'])}${g.digits(4)}${g.pick(['!', '#', '?'])}`;

describe('old real-world dev sets: login and file classes (tune15a)', () => {
  it('reads lower-case words joined by dots as a passphrase unless a word is a secret name (compass is a word, pass is a name)', () => {
    const pw = ['kestrel', 'badger', 'compass', 'cactus'].join('.');
    assert.deepEqual(found(`REDIS_PASS=${pw}\n`, 'deploy/.env'), [pw]);
    assert.deepEqual(found('REDIS_PASS=config.redis.pass\n', 'deploy/.env'), []);
    // An environment dump in a CI log prints the same data.
    assert.deepEqual(found(`$ env | sort\nHOME=/root\nSMTP_PASS=${pw}\n`, 'ci/logs/job-8812.txt'), [pw]);
    assert.deepEqual(found(`2026-11-27T15:03:11.0191Z DEPLOY_KEY_PASSPHRASE=${pw}\n`, 'ci-logs/env-step.txt'), [pw]);
    assert.deepEqual(found('SMTP_PASS=settings.mail.password\n', 'ci/logs/job-8812.txt'), []);
  });

  it('finds a password alone on the line under its login (user: X, an e-mail address, root), a chat head between', () => {
    const a = `${g.alnum(10)}_${g.alnum(8)}7Q`;
    const chat = `Hannah Becker 3:02 PM\npartner sftp:\nuser: acme_feed\n\nHannah Becker 3:02 PM\n${a}\n`;
    assert.deepEqual(found(chat, 'notes/slack-sftp-partner.txt'), [a]);
    const b = chosen();
    assert.deepEqual(found(`- Aircall: shared login\n    - support@brightdesk.example\n    - ${b}\n`, 'exports/notion/Onboarding.md'), [b]);
    const c = chosen();
    assert.deepEqual(found(`ESXi host 3\nroot\n${c}\n`, 'AppData/StickyNotes/export.txt'), [c]);
    // A version or a host under a user line, and a column of lone values, are no login.
    assert.deepEqual(found('Maintainer:\n- jdoe@example.com\n- v2.0.1-beta\n', 'README.md'), []);
    assert.deepEqual(found(`admin\n${chosen()}\n${chosen()}\n${chosen()}\n`, 'notes/list.txt'), []);
  });

  it("finds a password after a system's superuser as its label (MySQL root: X), not a setting or a user name", () => {
    const pw = chosen();
    assert.deepEqual(found(`- MySQL root: \`${pw}\`\n`, 'docs/handover/freelancer.md'), [pw]);
    assert.deepEqual(found('document root: /var/www/html\n- Grafana admin: jdoe\nnginx root: v1.25.3-r1\n', 'docs/handover/freelancer.md'), []);
  });

  it('finds a pgpass line pasted or written by a script under a mention of ~/.pgpass, only with a port number', () => {
    const pw = chosen();
    assert.deepEqual(found(`put this in ~/.pgpass and chmod 600\n\`\`\`\ndb-replica.internal:5432:*:reporting:${pw}\n\`\`\`\n`, 'exports/slack/dm.md'), [pw]);
    assert.deepEqual(found(`replica.internal:5432:*:backup:${pw}\n`, 'docs/notes.md'), []);
  });

  it('reads a Japanese or Korean reply ending with its copula (X です, X 입니다) as the whole reply', () => {
    const pw = chosen();
    assert.deepEqual(found(`[김민준] [오후 2:01] 젠킨스 관리자 비밀번호 뭐였죠?\n[이서연] [오후 2:03] ${pw} 입니다\n`, 'exports/kakao/talk.txt'), [pw]);
    assert.deepEqual(found(`[김민준] [오후 2:01] 회의실 어디예요?\n[이서연] [오후 2:03] ${pw} 입니다\n`, 'exports/kakao/talk.txt'), []);
  });

  it('finds the new password fed to passwd or smbpasswd by a here-document, both lines, never a variable', () => {
    const pw = chosen();
    assert.deepEqual(found(`passwd builder <<EOF\n${pw}\n${pw}\nEOF\n`, 'provision/users.sh'), [pw, pw]);
    assert.deepEqual(found('passwd builder <<EOF\n$BUILDER_PW\n$BUILDER_PW\nEOF\n', 'provision/users.sh'), []);
    assert.deepEqual(found(`cat <<EOF > notes.txt\n${chosen()}\nEOF\n`, 'provision/users.sh'), []);
  });

  it('reads config lines in a here-document that ends its statement (Perl\'s print <<"EOF";) or redirects it', () => {
    const pw = chosen();
    assert.deepEqual(found(`print <<"EOF";\n[client]\nuser=app\npassword=${pw}\nEOF\n`, 'bin/make_conf.pl'), [pw]);
    assert.deepEqual(found(`cat <<EOF > /root/.my.cnf\n[client]\nuser=root\npassword=${pw}\nEOF\n`, 'setup.sh'), [pw]);
  });

  it('reads rows copied out of a spreadsheet into a text file as a TSV: the password column counts', () => {
    const pw = chosen();
    const tsv = `Kunde\tDienst\tBenutzer\tKennwort\tNotiz\nZahnarzt Berg\tRouter\tadmin\t${pw}\t\nCafe Lotte\tDrucker\t-\t-\tkein Kennwort\n`;
    assert.deepEqual(found(tsv, 'notes/accounts-from-excel.txt'), [pw]);
    assert.deepEqual(found(`Kunde\tDienst\tNotiz\nZahnarzt Berg\tRouter\t${pw}\n`, 'notes/accounts-from-excel.txt'), []);
  });
});
