// Prose forms found while tuning on rw-dev11 .. rw-dev23 (lane B): a notebook's markdown cell read as prose, a chat
// reply naming another account by ellipsis, and a login pair at a site administrator or with a generated value that
// has no digit; with the shapes that must stay quiet there. Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(2424);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'exports/whatsapp/chat.txt');
const chosen = () => `${g.upper(1)}${g.lower(6)}${g.digits(4)}#`;

/** A notebook with one markdown cell holding `line` and one code cell holding `code` (JSON-escaped as Jupyter saves them). */
const notebook = (line: string, code = 'print(1)') =>
  JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Onboarding\n', '\n', `${line}\n`] },
        { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: [code] },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );

describe('rw-dev11 .. rw-dev23 prose forms (lane B)', () => {
  it("reads a notebook's markdown cells as prose", () => {
    assertFinds(
      [(v) => notebook(`Metabase: same user, password is ${v} (ask if it was rotated)`), (v) => notebook(`The API key for the feature store is \`${v}\`.`)],
      () => g.hex(40),
      'notebooks/onboarding.ipynb',
    );
  });

  it("leaves a notebook's code cells and cell keys to the keyed rules", () => {
    assertQuiet([notebook('Run the cells below.', `# password is ${g.upper(1)}${g.lower(5)} in the docs\nx = 1`), notebook('The password is configurable.')], 'notebooks/onboarding.ipynb');
  });

  it('finds the password of another account given by ellipsis in a chat reply', () => {
    assertFinds(
      [
        (v) => `[10:12] Lucía: ¿cuál es la contraseña de Idealista?\n[10:14] Raúl: oficina@inmo.example / ${humanPassword(g)}\n[10:15] Lucía: gracias\n[10:30] Raúl: la de Fotocasa es distinta: ${v}\n`,
        (v) => `[11:02] Carla: ¿alguien tiene la contraseña de LinkedIn Recruiter?\n[11:04] Diego: y la de InfoJobs empresa es ${v}\n`,
        (v) => `Yilmaz, Deniz 08:16\nNeues Kennwort: ${humanPassword(g)}\nYilmaz, Deniz 08:16\nund für die Fachanwendung OK.VORFAHRT: ${v}\n`,
        (v) => `  {"id": 2, "text": "y la contraseña del grafana? la de siempre no va"},\n  {"id": 3, "text": "la cambié: ${v}"},\n`,
        (v) => `[10:02] Lucía: ¿alguien tiene la contraseña de Spotify?\n[10:05] Andrés: es ${humanPassword(g)}\n[10:06] Lucía: y la de Audacity Cloud / Riverside?\n[10:08] Andrés: riverside: ${v}\n`,
      ],
      chosen,
    );
  });

  it('leaves ellipses alone without a password above, with a word or a version, or mid-message', () => {
    assertQuiet([
      `[10:12] Lucía: ¿cuál es la versión de Idealista?\n[10:30] Raúl: la de Fotocasa es distinta: V${g.digits(1)}.${g.digits(1)}-rc\n`,
      `[10:12] Lucía: la contraseña de Idealista ya funciona\n[10:30] Raúl: la de Fotocasa es distinta: pregunta a Raúl\n`,
      `[10:12] Ana: the password policy changed\n[10:30] Ben: and for the VPN: Policy-${g.digits(2)}A\n`,
      `[10:12] Ana: the password of the router is in the vault\n[10:30] Ben: I checked and the one for the switch is Sw${g.digits(4)}!x too\n`,
    ]);
  });

  it('finds a login pair at a site administrator, a partner app, or a generated value without digits at a database', () => {
    assertFinds([(v) => `- Primary site administrator: \`siteadmin\` / \`${v}\` (created in Manager, also in the vault)`, (v) => `Swiggy partner app: 98${g.digits(8)} / ${v}`], chosen, 'docs/notes.md');
    assertFinds(
      [(v) => `- baza MySQL: sklepik_presta / ${v}`],
      () => `${g.lower(1)}${g.upper(2)}${g.lower(3)}-${g.upper(1)}${g.lower(2)}${g.upper(3)}-${g.upper(1)}${g.lower(1)}${g.upper(1)}${g.lower(2)}${g.upper(1)}`,
      'tickets/HOST-1.txt',
    );
  });

  it('finds passwords listed under a line ending in "Logins:", and a dashed generated value typed in a thread about a password', () => {
    assertFinds(
      [(v) => `Hey all,\n\nthe new NAS is up. Your shares are at the usual place. Logins:\n  - Priya: ${humanPassword(g)}\n  - Tom:   ${v}\n  - Me:    (not telling)\n`],
      () => humanPassword(g),
      'mail/flat-nas.eml',
    );
    assertFinds(
      [(v) => `The Veeam repository is encrypted. The encryption password is in the sealed envelope\nand in KeePass. During the test we typed: ${v}\n`],
      () => `${g.lower(2)}${g.digits(1)}${g.upper(2)}-${g.digits(1)}${g.upper(1)}${g.lower(3)}-${g.lower(2)}${g.upper(1)}${g.lower(1)}${g.upper(1)}`,
      'runbooks/dr-restore.md',
    );
  });

  it('leaves logins lists of users, numbered items and licence keys alone', () => {
    assertQuiet(
      [`Logins:\n- Admin user: admin${g.digits(2)}\n- Portal: https://portal.example.com\n- SSO: via Okta\n`, `Login works after activation; I typed ${g.upper(5)}-${g.digits(5)}-${g.upper(5)} as the licence.`],
      'mail/notes.eml',
    );
  });

  it('leaves slashes between products and words at an administrator or a database alone', () => {
    assertQuiet(['Site administrator: Microsoft / Azure-ActiveDirectory', 'MySQL backups: nightly / Point-In-Time', 'Partner app: iOS / Android-Tablet'], 'docs/notes.md');
  });
});
