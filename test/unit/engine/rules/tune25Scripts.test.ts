// Passwords admins leave in scripts and config files (tune25, lane D): a sentence in a comment line of a code or
// config file, a literal echoed into a file named for a password, sp_addlinkedsrvlogin's fifth argument and ERP
// admin commands' positional passwords. The rules depend on the path (comment lines of code and config files only)
// or on the file name written, so the same text under another path or name is checked too. Values at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x25_0d);
const { found } = ruleAssertions(scanner);
const chosen = () => `${g.pick(['Harbor', 'Lantern', 'Walrus', 'Granit'])}${g.digits(3)}${g.pick(['!', '#', '%', '*'])}`;

describe('tune25 lane D: passwords in scripts and config files', () => {
  it('finds a literal echoed into a file named for a password, not into other files or from a variable', () => {
    const pw = chosen();
    assert.deepEqual(found(`echo "${pw}" > /data/geth/pw.txt && chmod 600 /data/geth/pw.txt\n`, 'root/.bash_history'), [pw]);
    const pw2 = g.alnum(16);
    assert.deepEqual(found(`echo '${pw2}' > /tmp/ks_pass\n`, 'ops/import-keys.sh'), [pw2]);
    assert.deepEqual(found(`echo "${g.alnum(16)}" > build/version.txt\n`, 'ops/build.sh'), []);
    assert.deepEqual(found('echo "$KS_PASS" > /tmp/ks_pass\n', 'ops/import-keys.sh'), []);
  });

  it("finds sp_addlinkedsrvlogin's fifth argument by position, in code and in a comment", () => {
    const pw = chosen();
    assert.deepEqual(found(`EXEC master.dbo.sp_addlinkedsrvlogin N'MESDB', 'false', NULL, N'erp_link', N'${pw}';\n`, 'sql/setup.sql'), [pw]);
    const pw2 = g.alnum(24);
    assert.deepEqual(found(`-- EXEC sp_addlinkedsrvlogin 'INSQL', 'false', NULL, 'hist_reader', '${pw2}';\n`, 'sql/query.sql'), [pw2]);
    assert.deepEqual(found("EXEC sp_addlinkedsrvlogin 'MESDB', 'true';\nEXEC sp_addlinkedsrvlogin 'MESDB', 'false', NULL, 'erp_link', @pw;\n", 'sql/setup.sql'), []);
  });

  it('finds the positional passwords of hdbuserstore, sapcontrol, FNDCPASS and bench', () => {
    const [a, b, c, d] = [g.alnum(20), chosen(), g.alnum(14), chosen()];
    const history = [
      `hdbuserstore SET BACKUP hanaprd01:30015 BACKUP_OPERATOR ${a}`,
      `sapcontrol -nr 00 -user hdbadm ${b} -function StopSystem HDB`,
      `FNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD USER SYSADMIN ${c}`,
      `bench --site erp.example.com set-admin-password ${d}`,
      'hdbuserstore SET BACKUPKEY hana01:30015 BACKUP_OP <password>',
      'sapcontrol -nr 00 -user $adm $pw -function RestartInstance',
      'FNDCPASS apps/$APPS_PWD 0 Y system/$SYSTEM_PWD SYSTEM APPLSYS <new-apps-pw>',
      '',
    ].join('\n');
    // (FNDCPASS's own `apps/$APPS_PWD` is another rule's question: only these four values and no stand-in are asked.)
    const values = found(history, 'home/hdbadm/.bash_history');
    for (const v of [a, b, c, d]) assert.ok(values.includes(v), v);
    for (const v of ['<password>', '$pw', '<new-apps-pw>']) assert.ok(!values.includes(v), v);
  });
});
