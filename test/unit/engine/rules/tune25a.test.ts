// Classes found while tuning on the prose misses of rw-dev..rw-dev12 (session 25, tune25a). Each case says what must
// be found and what must stay quiet; values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x7_25a);

const { found: values, assertQuiet } = ruleAssertions(scanner);

/** Small words run together, as people choose them for a shared login. */
const runTogether = () => `${g.pick(['walnut', 'pelican', 'meadow'])}${g.pick(['lantern', 'gravel', 'marmalade'])}${g.pick(['otter', 'canyon', 'pickle'])}`;
/** Six to eight digits that are no date, run or walk. */
const digits = (n: number) => `${g.pick(['4', '5', '7'])}${g.digits(n - 1)}`;

describe('tune25a classes: prose of rw-dev..rw-dev12', () => {
  describe('small words run together after a login (prose-credential-pair)', () => {
    it('reads the login inside a CSV export of JSON comments', () => {
      const pw = runTogether();
      const csv = `Issue key,Summary,Comments (JSON)\nDATA-${g.digits(4)},Looker service account,"[{""author"":""sven"",""created"":""2026-04-15T09:00:00.000+0000"",""body"":""svc_looker / ${pw}\\nrotate in Q3""}]"\n`;
      assert.deepEqual(values(csv, 'exports/jira/jira-issues-with-comments.csv'), [pw]);
    });

    it('takes the login word from the line above, and leaves words of a sentence or a list of teams', () => {
      const pw = runTogether();
      assert.deepEqual(values(`Zugangsdaten WordPress\n  (Redakteurin: "anna" / ${pw})\n`, 'Kunden/Huber/Zugangsdaten.txt'), [pw]);
      assertQuiet(['Teams: platform / walnutmeadowotter\n', 'Sign in with github / pelicanmarmalade\n', 'Login flow: session / authentication\n']);
    });
  });

  describe('Turkish possessive password words (proseWords)', () => {
    it('reads şifremiz as the password word and leaves a policy about şifreniz', () => {
      const pw = humanPassword(g);
      assert.deepEqual(values(`Panel şifremiz ${pw} (muhasebe de aynı şifreyi kullanıyor).\n`, 'support/tickets/tr-entegrasyon.txt'), [pw]);
      assertQuiet(['Şifreniz en az 8 karakter olmalı ve bir rakam içermelidir.\n'], 'support/tickets/tr-entegrasyon.txt');
    });
  });

  describe('digits alone after the password word (prose-sentence-password)', () => {
    it('finds a numeric password that ends its clause', () => {
      const pin = digits(6);
      assert.deepEqual(values(`To exit kiosk mode enter the maintenance password ${pin}.\n`, 'tickets/support-kiosk.txt'), [pin]);
    });

    it('leaves dates, runs, walks, tickets and questions', () => {
      assertQuiet(
        [
          'Enter the maintenance password 147258369.\n',
          'Enter the maintenance password 123321.\n',
          'The password was last changed 20261101.\n',
          `The password for ticket ${g.digits(7)} is in the vault.\n`,
          `Is the maintenance password ${digits(8)}?\n`,
        ],
        'tickets/support-kiosk.txt',
      );
    });
  });

  describe('a top-posted mail reply (prose-thread-tried-password)', () => {
    const reply = (v: string, question: string) =>
      `Worked, thanks!\n\nOn Mon, Nov 9, 2026 at 4:12 PM Ben Harlow <ben@contoso.example> wrote:\n> Sorry, typo. It's ${v}\n>\n> On Mon, Nov 9, 2026 at 4:05 PM Deepa Iyer <deepa@contoso.example> wrote:\n>> ${question}\n`;

    it('finds the value when the quoted message names the password', () => {
      const pw = `${g.upper(1)}${g.digits(1)}${g.lower(3)}!${g.digits(2)}`;
      assert.deepEqual(values(reply(pw, "The password you sent doesn't work."), 'docs/mail/Re_ staging access.txt'), [pw]);
    });

    it('stays quiet when the quoted message is about something else', () => {
      assertQuiet([reply(`${g.upper(1)}${g.digits(1)}${g.lower(3)}!${g.digits(2)}`, 'Which room is the meeting in?')], 'docs/mail/Re_ meeting.txt');
    });
  });
});
