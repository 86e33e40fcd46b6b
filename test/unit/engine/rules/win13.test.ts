// Classes found while tuning on rw-dev13's win part (Windows and enterprise administration): Group Policy
// Preferences cpassword, BitLocker recovery passwords, WinSCP stored passwords, and the look-alikes around them.
// Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { recoveryPassword } from '../../../../engine/rules/windowsAdmin';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x3e13_0a1d);

const { found, assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/x.txt');

describe('Windows administration classes (rw-dev13 win)', () => {
  it('finds a GPP cpassword in Groups.xml, ScheduledTasks.xml and Drives.xml', () => {
    assertFinds(
      [
        (v) =>
          `<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="support"><Properties action="C" fullName="Support" cpassword="${v}" changeLogon="0" userName="support"/></User></Groups>`,
        (v) => `<Properties action="U" name="Inventory Agent" runAs="CORP\\svc_inventory" cpassword="${v}" logonType="Password">`,
        (v) => `<Drive name="K:"><Properties action="U" userName="CORP\\svc_kasse" cpassword="${v}" path="\\\\fs03\\Kasse" letter="K"/></Drive>`,
      ],
      () => g.base64(g.pick([43, 64, 86])).replace(/=+$/, ''),
      'SYSVOL/corp.local/Policies/x/Machine/Preferences/Groups/Groups.xml',
    );
    assertQuiet(['<Properties action="U" userName="" cpassword="" path="\\\\fs03\\Public"/>'], 'Preferences/Drives/Drives.xml');
  });

  it('finds BitLocker recovery passwords (checked groups) in notes, CSV exports and manage-bde output', () => {
    assertFinds(
      [
        (v) => `Wiederherstellungsschlüssel Chef-Notebook (NB-GF-01): ${v}\n`,
        (v) => `ComputerName;KeyProtectorId;RecoveryPassword;Date\nNB-0101;{${g.uuid().toUpperCase()}};${v};2023-02-11\n`,
        (v) => `PS C:\\> manage-bde -protectors -get C:\n    Numerical Password:\n      ID: {${g.uuid().toUpperCase()}}\n      Password:\n        ${v}\n`,
      ],
      () => recoveryPassword(g),
    );
    // Groups that fail the check (not multiples of 11), or a format template, are not recovery passwords.
    const unchecked = Array.from({ length: 8 }, () => String(Number(recoveryPassword(g).slice(0, 6)) + 1).padStart(6, '0')).join('-');
    assertQuiet([`BitLocker recovery: ${unchecked}\n`, 'BitLocker recovery password format: 000000-000000-000000-000000-000000-000000-000000-000000\n']);
  });

  it('finds WinSCP stored passwords in WinSCP.ini and leaves host keys', () => {
    const v = 'A35C' + g.hex(76).toUpperCase();
    assert.deepEqual(found(`[Sessions\\deploy@web01]\nHostName=web01.corp.local\nUserName=deploy\nPassword=${v}\nFSProtocol=2\n`, 'tools/WinSCP/WinSCP.ini'), [v]);
    assertQuiet([`[Sessions\\x]\nHostKey=ssh-ed25519 255 ${g.base64(43)}\nPassword=\n`], 'tools/WinSCP/WinSCP.ini');
  });

  it("reads a CSV's bare `Key` column as keys, and a password column beside a salt column as hashes", () => {
    const [a, b] = [g.hex(64), g.alnum(32)];
    assert.deepEqual(found(`System;Owner;Created;Key;Notes\nVeeam ONE;backup;2023-03-14;${a};\nPaperCut;print;2021-11-02;${b};admin\nOTOBO;helpdesk;2024-02-11;(none);\n`, 'docs/api-key-register.csv'), [a, b]);
    const rows = Array.from({ length: 4 }, (_, i) => `user${i},1,${g.base64(27)}=,${g.base64(22)}==,0`).join('\n');
    assertQuiet([`UserName,PasswordFormat,Password,PasswordSalt,IsLockedOut\n${rows}\n`], 'exports/aspnet_Membership.csv');
  });

  it("leaves Windows stand-ins: cmd delayed expansion, Setup's masked unattend value, MID `encrypt:` values, PSK identities, product keys, cmdlets", () => {
    assertQuiet(
      [
        'sqlcmd -S server -U user -P !DB_PASS! -Q "select 1"\n',
        `<AutoLogon>\n  <Password><Value>*SENSITIVE*DATA*DELETED*</Value><PlainText>true</PlainText></Password>\n</AutoLogon>\n`,
        `<parameter encrypt="true" name="mid.proxy.password" value="encrypt:${g.base64(44)}"/>\n`,
        'TLSConnect=psk\nTLSPSKIdentity=PSK-FS01\n',
        '<ProductKey><Key>W269N-WFGWX-YVC9B-4J6C9-T83GX</Key><WillShowUI>OnError</WillShowUI></ProductKey>\n',
      ],
      'config/x.xml',
    );
    const pw = `Adatum@${g.digits(4)}`;
    assert.deepEqual(
      found(`Windows PowerShell transcript start\nPS C:\\Users\\adm> $pw = ConvertTo-SecureString '${pw}' -AsPlainText -Force\n`, 'logs/PowerShell_transcript.WS-114.20240312.txt').filter(
        (v) => v === 'ConvertTo-SecureString',
      ),
      [],
    );
  });

  it("reads a PowerShell hashtable named for its keys (`$BranchKeys = @{ 'HH' = '…' }`)", () => {
    const [a, b] = [g.alnum(32), g.alnum(32)];
    assert.deepEqual(found(`$BranchKeys = @{\n    'HH' = '${a}'\n    'MUC' = '${b}'\n}\n$site = $env:COMPUTERNAME.Substring(0, 3)\n`, 'scripts/Register-BranchPrinters.ps1'), [a, b]);
    assertQuiet([`$Settings = @{\n    'HH' = '${g.alnum(32)}'\n}\n`, `$BranchKeys = @{\n    'HH' = 'Hamburg'\n}\n`], 'scripts/x.ps1');
  });

  it('finds passwords and tickets given to hdbsql -p, signtool /p, ktpass /pass and icinga2 --ticket', () => {
    const pw = () => `${g.pick(['Kopernik', 'Harbor', 'Falcon'])}${g.digits(2)}${g.pick(['!', '#', '+'])}`;
    assertFinds(
      [
        (v) => `# hdbsql -n hana01:30015 -u SYSTEM -p ${v} "select count(*) from m_tables"\n`,
        (v) => `bat 'signtool sign /f C:\\\\certs\\\\codesign.pfx /p ${v} /tr http://timestamp.digicert.com /fd sha256 out\\\\*.exe'\n`,
        (v) => `ktpass /princ HTTP/intranet.corp.local@CORP.LOCAL /mapuser CORP\\svc_http /pass ${v} /crypto AES256-SHA1 /out intranet.keytab\n`,
      ],
      pw,
    );
    const t = g.hex(40);
    assert.deepEqual(found(`; icinga2 node setup --ticket ${t} --cn FS01.corp.local --endpoint icinga-master --zone FS01\n`, 'Program Files/NSClient++/nsclient.ini'), [t]);
    assertQuiet(['hdbsql -U BACKUPKEY "select 1"\n', 'signtool sign /f codesign.pfx /p %PFX_PW% app.exe\n', 'ktpass /princ HTTP/x@CORP.LOCAL /mapuser CORP\\svc /pass * /out x.keytab\n']);
  });

  it("finds an LDIF import's unicodePwd (quoted UTF-16LE password) and leaves other base64", () => {
    const pw = `Herbst${g.digits(4)}#`;
    const v = Buffer.from(`"${pw}"`, 'utf16le').toString('base64');
    assert.deepEqual(found(`dn: CN=svc_ldapbind,OU=Service,DC=corp,DC=local\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: ${v}\n-\n`, 'exports/service-accounts.ldif'), [v]);
    assertQuiet([`dn: CN=x,DC=corp,DC=local\nunicodePwd:: ${g.base64(24)}\n`, `unicodePwd:: ${Buffer.from('"<password>"', 'utf16le').toString('base64')}\n`], 'exports/x.ldif');
  });
});
