// Prose forms found while tuning on rw-dev21: a list of passwords under the line that announces them, a value that
// opens the next line of a hard-wrapped paragraph, a login as `service: user, password X`, and the shapes that must
// stay quiet there (requirements lists, reference numbers, deposit addresses). Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(2121);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'mail/2026-02-notes.txt');
const pw = () => humanPassword(g);

describe('rw-dev21 prose forms', () => {
  it('finds each item of a list announced as new passwords, however many items come before it', () => {
    assertFinds(
      [
        (v) => `Hej!\nEfter incidenten har vi bytt lösenord på följande:\n- Microsoft 365 för receptionen: ${v}\nMvh Erik\n`,
        (v) => `Hej!\nEfter incidenten har vi bytt lösenord på följande:\n- Intranät: ${pw()}\n- Skrivaren (plan 2): ${pw()}\n- Ärendesystemet (som test): ${v}\n`,
        (v) => `New passwords after the reset:\n* Wiki: ${v}\n`,
      ],
      pw,
    );
  });

  it('leaves lists under other lines alone: requirements, users, a list with a blank line above', () => {
    assertQuiet([
      `Password requirements:\n- Length: 12\n- Symbols: yes\n`,
      `New passwords after the reset:\n- Username: admin${g.digits(2)}\n- Login URL: https://portal.example.com\n`,
      `Release notes:\n- Build: Rel${g.digits(3)}x\n`,
      // The announcement must be the line right above the items, not a paragraph away.
      `We changed passwords on the following:\n\n- Wiki: Wk${g.digits(4)}zz\n`,
    ]);
  });

  it('finds a value that opens the next line of a wrapped paragraph, and a login after its user and a comma', () => {
    assertFinds(
      [
        (v) => `The shared account of the treasury system uses the password\n${v}, which was found on the run sheet.`,
        (v) => `- Bouwcamera's: beheerder, wachtwoord ${v}`,
        (v) => `ti ho creato l'utenza: utente m.ferri, password provvisoria ${v}.`,
      ],
      () => `${g.lower(6)}${g.digits(2)}#`,
    );
  });

  it('leaves wrapped reference numbers, placeholders and deposit addresses alone', () => {
    assertQuiet([
      `If you lose the password\nINC-${g.digits(6)} documents the recovery.`,
      'Account: admin, password changeme',
      `[09:15] Rafael: the API secret is in the vault\n[09:16] Beatriz: ok. deposit address is still 0x${g.hex(40)}?\n`,
    ]);
  });
});
