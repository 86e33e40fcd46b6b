// Classes found among the prose misses of rw-dev7 … rw-dev9: notes kept as lists of logins (sticky notes, a
// passwords file with aligned columns). Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x10a5);

const { found } = ruleAssertions(scanner);

/** Passwords people write on a note: a word with digits and a symbol, words run together, a generated run. */
const pw = () =>
  g.pick([
    `${g.pick(['Pickle', 'Glacier', 'Kedicik', 'Saffron'])}${g.pick(['@', '#', '*'])}${g.digits(3)}`,
    `${g.pick(['Garden', 'Falcon', 'Basket'])}${g.pick(['Honey', 'Comet'])}${g.pick(['Dragon', 'Tractor'])}`,
    `${g.lower(6)}-${g.lower(6)}-${g.lower(4)}${g.digits(2)}`,
  ]);
/** A PIN that is neither a year, a run nor one digit repeated. */
const pin = (n: number) => `${g.pick(['3', '7', '8'])}${g.pick(['0', '5'])}${g.digits(n - 2)}`;

describe('notes kept as lists of logins (rw-dev7 … rw-dev9)', () => {
  it('finds the values of a sticky note of service / value lines named by its credential words', () => {
    const v = [pw(), pw(), pw(), pin(6)];
    const text = `wifi: ${v[0]}\nrouter admin ${v[1]}\nnetflix - ${v[2]}\nbank pin ${pin(4)}\nkids ipad ${v[3]}\nwifi name FRITZ!Box 7590 ${g.upper(2)}\nprinter ink model HP 305XL\n`;
    const f = found(text, 'notes/home.txt');
    for (const x of v) assert.ok(f.includes(x), `${x} in\n${text}`);
    assert.ok(!f.includes('305XL') && !f.some((x) => x.startsWith('FRITZ')), text);
  });

  it('finds them after a bullet, a user, an arrow, or in a to-do list with two login lines', () => {
    const cases: [string, string, string][] = [
      ['notes/desk-notes.txt', "TODO\n- call bank re card\n- router login: admin %\n- NAS: %%\n- mum's ipad PIN %p\n- renew domain before 2026-05-01\n", pw()],
      ['scans/whiteboard.txt', 'WHITEBOARD\nGuest wifi -> %\nSprint goal: ship export\nDemo acct pw: %%\n', pw()],
      ['home/house-info.md', '# House info\n\n- Wifi "Bramble": %\n- Shed padlock: %%\n- Vet: +49 151 85241039\n', pw()],
    ];
    for (const [path, template, v] of cases) {
      const other = path.includes('house') ? pin(4) : `${g.alnum(6)}-${g.alnum(6)}7`;
      const text = template.replace('%%', other).replace('%p', pin(6)).replace('%', v);
      assert.ok(found(text, path).includes(v), text);
    }
  });

  it('finds the lines of a passwords file whose names have several words or whose columns are aligned', () => {
    const v = [humanPassword(g) + '7', pw(), `${g.lower(6)}-${g.lower(6)}-${g.lower(4)}${g.digits(2)}`, pw()];
    const text = `work laptop   ${v[0]}\nvpn           same as laptop\noutlook       ${v[1]}\njira          sso\naws console   marek.n  ${v[2]}\ngithub        ${v[3]}   (2fa on phone)\nold laptop serial ${g.upper(3)}${g.digits(7)}\n`;
    const f = found(text, 'Desktop/passwords (dont delete).txt');
    for (const x of v) assert.ok(f.includes(x), `${x} in\n${text}`);
    assert.equal(f.length, v.length, text);
  });

  it('stays quiet on notes, configs, dumps and logs of name: value lines', () => {
    const quiet: [string, string][] = [
      ['notes/servers.txt', `Server inventory\nweb-01: ${g.upper(3)}${g.digits(6)}\nweb-02: ${g.upper(3)}${g.digits(6)}\nadmin ui: enabled\nroot disk: 40GB\n`],
      ['notes/aws.md', `[profile dev]\nsso_region = eu-west-1\nregion = eu-central-1\nrole_arn = arn:aws:iam::${g.digits(12)}:role/Dev\nlogin: sso\n`],
      ['crash/report.txt', `Release: sync@${g.hex(12)}\nMinidump SHA1: ${g.hex(40)}\nTelemetry.InstallId = ${g.uuid()}\nExit code: 3\nLogin state: signed out\n`],
      ['docs/git-log.txt', `commit ${g.hex(12)}\nAuthor: Ana <ana@example.com>\n\n    fix login redirect\n\ncommit ${g.hex(40)}\n    admin: tidy code\n`],
      ['notes/wifi.txt', `wifi name: FRITZ!Box ${g.digits(4)}\nwifi ssid: ${g.alnum(6)}7${g.upper(2)}\nrouter serial: ${g.alnum(10)}7\nrouter model: ${g.upper(3)}${g.digits(3)}\n`],
      ['notes/codes.txt', `codes\nstaff ID: 4471\nroom code: ${g.upper(2)}-${g.digits(3)}\nphone 0171 2345678\nwifi: ask reception\n`],
      ['notes/builds.md', `Build matrix\n- node: v${g.digits(2)}.1.0\n- python: 3.12\n- admin ui: enabled\n- login page: v2-beta\n`],
    ];
    for (const [path, text] of quiet) assert.deepEqual(found(text, path), [], text);
  });

  describe('a value alone on its chat line under the question asking for it', () => {
    it('reads a CJK chat head ending in a full-width colon, a question that says the device forgot it, a creds question', () => {
      const texts: ((v: string) => string)[] = [
        (v) => `08:12 张伟：收到。Wi-Fi 密码呢？\n15:16 李娜：${v}\n13:19 王强：密码请放到密码库里\n`,
        (v) => `12/04/2026, 18:31 - Mom: Whats the wifi password again?? the tablet forgot it\n12/04/2026, 18:33 - Diego: ${v}\n`,
        (v) =>
          `[09:12] priya.n: morning! anyone have the staging db creds? the vault path gives me 403\n[09:13] marek.w: which one, the old pg or aurora\n[09:13] priya.n: aurora\n[09:14] marek.w: user is app_rw\n[09:14] marek.w: ${v}\n[09:14] marek.w: pls don't paste it in #general again lol\n`,
      ];
      for (const make of texts) {
        const v = g.pick([`${g.pick(['Yankees', 'Jonas', 'Marmot'])}${g.digits(4)}`, `${g.alnum(12)}{${g.alnum(6)}^${g.alnum(4)}`]);
        const text = make(v);
        assert.ok(found(text, 'exports/chat.txt').includes(v), text);
      }
    });
    it('stays quiet under a forgotten-password link', () => {
      for (const text of ['Forgot your password?\nReset-Link\n', 'Passwort vergessen?\nZuruecksetzen2\n', `Forgot password?\n${g.lower(6)}${g.digits(2)}\n`])
        assert.deepEqual(found(text, 'exports/chat.txt'), [], text);
    });
  });
});
