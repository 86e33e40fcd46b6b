// Classes found among what rw-dev7 and rw-dev8 still missed: a word or a PIN given as the whole reply to a question
// asking for it, and a passphrase of plain words without quotes after its password word. Values are generated at
// test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(0xd9a1);

const found = (text: string, path = 'exports/chat.txt') =>
  scanner
    .scan(text, { path })
    .filter((f) => f.severity !== 'info')
    .map((f) => text.slice(f.start, f.end));

/** A word somebody chose as a password, in the casings people type. */
const word = () => {
  const w = g.pick(['marmot', 'quokka', 'fennel', 'heron', 'tamarind', 'sesamo', 'walrus']);
  return g.pick([w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
};
/** A PIN that is neither a year, a run nor one digit repeated. */
const pin = () => `${g.pick(['3', '7', '8'])}${g.pick(['0', '5'])}${g.pick(['9', '2'])}${g.digits(Number(g.pick(['1', '2', '3', '4', '5'])))}`;

function assertFinds(makers: readonly ((v: string) => string)[], value: () => string, path?: string): void {
  for (const make of makers) {
    const v = value();
    const text = make(v);
    assert.ok(found(text, path).includes(v), text);
  }
}

function assertQuiet(texts: readonly string[], path?: string): void {
  for (const text of texts) assert.deepEqual(found(text, path), [], text);
}

describe('rw-dev7/8 leftover classes', () => {
  describe('a word or a PIN as the whole reply to a question asking for it', () => {
    it('finds a word answering a password question, in chat heads of several apps', () => {
      assertFinds(
        [
          (v) => `Ken Ito  10:44\nwhat's the pw for the metabase admin?\n\nAiko Tanaka  15:25\n${v}\n`,
          (v) => `kestrel — Today at 17:05\nwhats the server pass for joining tho\nZed — Today at 09:17\n${v}\n`,
          (v) => `[13:48] Lukas: Wie ist nochmal das Passwort für den Drucker-Admin?\n[08:33] Marie: ${v}\n`,
          (v) => `[07:58] Paula: and the wifi password for the guests?\n[07:59] Ken: ${v}\n`,
        ],
        word,
      );
    });
    it('finds a PIN or code answering a question that names it', () => {
      assertFinds(
        [
          (v) => `cheers. And the trade show tablet PIN?\n\nAva Chen  11:05\n${v}\n`,
          (v) => `Thank you! The door badge PIN?\n\nHannah Okafor, 22:12\n${v}\n`,
          (v) => `[2024-05-21 11:27] june: ok noted. 2FA backup code?\n[2024-11-27 12:19] ren: ${v}\n`,
        ],
        pin,
      );
    });
    it('stays quiet on names, places, thanks, years and runs given as replies', () => {
      assertQuiet([
        `[09:01] ana: who has the admin password for the NAS?\n[09:02] bo: ${word().charAt(0).toUpperCase()}ichelle\n`,
        `[09:01] ana: where is the wifi password kept?\n[09:02] bo: KeePass\n`,
        `[09:01] ana: what's the wifi password?\n[09:02] bo: dunno\n`,
        `[09:01] ana: what's the wifi password?\n[09:02] bo: Thanks\n`,
        `[09:01] ana: when was the password changed?\n[09:02] bo: 2023\n`,
        `[09:01] ana: what's the door code?\n[09:02] bo: 1234\n`,
        `[09:01] ana: what's the door code?\n[09:02] bo: Marmot\n`,
        `[09:01] ana: is the password still the same?\n[09:02] bo: Nope\n`,
        `[09:01] ana: what's the password policy?\n[09:02] bo: Complexity\n`,
      ]);
      // A thank-you under an answer that itself sits under the question.
      const text = `[12:57] jo: qual a senha do painel?\n[17:13] bia: mudei pra ${g.alnum(8)}#${g.alnum(6)}\n[08:45] jo: valeu\n`;
      assert.ok(!found(text).includes('valeu'), text);
    });
  });
});
