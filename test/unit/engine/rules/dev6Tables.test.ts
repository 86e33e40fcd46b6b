// rw-dev6 tuning (second round): codes under a password or PIN column of a CSV sheet (a numeric Wi-Fi key, a till
// PIN, an alarm code), and columns whose header the rule did not wake on (`bios_pw`, Turkish `Şifre`). What must stay
// quiet: digits under other columns, a postal `PIN code`, placeholder runs (`0000`). Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd6f2);

const { found: values } = ruleAssertions(scanner);

/** A code that is not one digit repeated. */
const code = (n: number) => {
  for (;;) {
    const c = g.digits(n);
    if (!/^(\d)\1+$/.test(c)) return c;
  }
};
const chosen = () => `${g.pick(['Anneke', 'Tulpe', 'Marmot', 'Lantern'])}${g.digits(2)}${g.pick(['!', '#', '?'])}`;

describe('rw-dev6 classes: codes in sheet columns', () => {
  it('reads digits under a Wi-Fi password column and a PIN column as codes', () => {
    const key = code(12);
    const pin = code(6);
    const text = `Filiale,SSID,WLAN-Kennwort,Kassen-PIN\nBremen,FIL-BRE,${key},${pin}\nKassel,FIL-KAS,${code(12)},${code(6)}\n`;
    const found = values(text, 'Downloads/WLAN Filialen.csv');
    assert.ok(found.includes(key));
    assert.ok(found.includes(pin));
  });

  it('reads a PIN under a Passwort column, and wakes on Şifre and bios_pw headers', () => {
    const pin = code(6);
    assert.ok(values(`Dienst,Benutzer,Passwort,Notiz\nAlarmanlage,,${pin},Tür hinten\n`, 'Zugangsdaten.csv').includes(pin));
    const tr = code(4);
    assert.ok(values(`Şube,Sistem,Kullanıcı,Şifre,Açıklama\nKadıköy,POS,kasiyer1,${tr},\n`, 'muhasebe/sube.csv').includes(tr));
    const bios = chosen();
    assert.ok(values(`asset_tag,model,owner,bios_pw,notes\nAT-${g.digits(5)},Latitude 5440,l.koch,${bios},\n`, 'IT/inventory.csv').includes(bios));
  });

  it('stays quiet on digits under other columns, a postal PIN code, and placeholder runs', () => {
    const text = `Name,City,PIN code,Password\nA Rao,Pune,${code(6)},0000\nB Iyer,Delhi,${code(6)},********\n`;
    assert.deepEqual(values(text, 'contacts.csv'), []);
    const other = `Filiale,SSID,Kassen-PIN,Telefon\nBremen,FIL-BRE,${'1'.repeat(6)},${code(9)}\n`;
    assert.deepEqual(values(other, 'filialen.csv'), []);
    // A PIN column holds codes: its letters are labels, not passwords.
    assert.deepEqual(values(`Gerät,PIN,Admin-PIN\nDrucker,vergessen,siehe Tresor\n`, 'pins.csv'), []);
  });

  it('reads door, locker and key-safe codes named in prose', () => {
    const cases = [
      (c: string) => `[2026-02-14 19:30] Ines: the door code is still ${c} right?`,
      (c: string) => `<p>Türcode: <strong>${c}</strong></p>`,
      (c: string) => `Kod do szafki z pilotami: ${c}`,
      (c: string) => `- Boîte à clés : code ${c}`,
      (c: string) => `17.01.26, 10:00 - Petra: Schlüsseltresor Halle: ${c}`,
      (c: string) => `| Alarm system | — | code ${c} |`,
    ];
    for (const make of cases) {
      const c = code(g.pick([4, 6, 8]));
      assert.ok(values(make(c), 'notes/handover.md').includes(c), make('…'));
    }
  });

  it('stays quiet on device error codes, years and lengths near a door word', () => {
    const text = `Door sensor error code ${code(4)}: check the wiring.\nThe gate code changed in 2024.\nThe door code must have ${g.pick([4, 6])} digits, e.g. 123456.\n`;
    assert.deepEqual(values(text, 'notes/handover.md'), []);
  });
});
