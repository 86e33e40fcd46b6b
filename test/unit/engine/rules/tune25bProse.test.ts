// Prose forms found while tuning on rw-dev13 .. rw-dev24 (lane B, session 25): a value past a word the sentence rules
// step over (a mail address, a date, a ticket id, a word asked about), a password that expired and was reset, a
// request to reset it to a value, a Chinese adverb after the word, `@` for a letter, a plus after the value, an SNMP
// community in prose; with the shapes that must stay quiet there. Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(2525);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'exports/teams/chat.txt');
const chosen = () => `${g.upper(1)}${g.lower(6)}${g.digits(4)}#`;

describe('rw-dev13 .. rw-dev24 prose forms (lane B, session 25)', () => {
  it('finds a password past a mail address, a date or a word asked about in its clause', () => {
    assertFinds(
      [
        (v) => `[09:05] Eva: en het wachtwoord van de gebruiker api@bedrijf.example is ${v} (graag na vandaag wijzigen)`,
        (v) => `La contraseña del entorno de pruebas es la misma que la de producción hasta el 31/01: ${v}`,
        (v) => `[09:12] sanne: en het wachtwoord van de acceptatie-database? de pipeline gebruikt nog ${v}`,
      ],
      chosen,
    );
  });

  it('finds a token past a ticket id in its clause', () => {
    assertFinds([(v) => `> **Comment (Sec):** please also rotate the issuer API key that was pasted in FIN-${g.digits(4)} (${v}).`], () => g.alnum(40));
  });

  it('wants more of a value past a stepped-over word: a name with a number or a status code stays quiet', () => {
    assertQuiet([
      `The password of ops@example.com was reset at 10:15 by jdoe${g.digits(2)}.`,
      `Password for ops@example.com is Summer${g.digits(4)}`,
      `The password policy changed at 10:15, see INC-${g.digits(4)} by admin${g.digits(2)}.`,
      `the bot is offline btw, token got reset? here's the error: 401: Unauthorized trace ${g.hex(32)}`,
      `The API key was rotated in OPS-${g.digits(4)} (commit ${g.hex(7)}).`,
    ]);
  });

  it('finds a password that expired and was reset to a value, and one asked to be reset to it', () => {
    assertFinds(
      [
        (v) => `Resolution: Views service account password had expired; reset to ${v} and set "never expire".`,
        (v) => `Le mot de passe du compte SQL \`salto_ship\` avait expiré. Réinitialisé à ${v} et politique d'expiration désactivée.`,
        (v) => `der Benutzer RFC_EWM ist gesperrt. Bitte entsperren und das Kennwort auf\n${v} zurücksetzen, das steht auch so in SM59.`,
      ],
      chosen,
      'tickets/SM-1.txt',
    );
  });

  it('leaves expiry settings and requests to change a setting alone', () => {
    assertQuiet(
      [
        `Password expiry changed to ${g.digits(2)} days.`,
        'The password expired and was reset to the default policy.',
        `Le mot de passe a expiré. Réinitialisé à ${g.digits(2)}h${g.digits(2)} par le support.`,
        'Bitte die Passwortlänge auf 12 Zeichen ändern.',
        'Bitte das Kennwort im Portal auf der Seite Einstellungen ändern.',
      ],
      'tickets/SM-1.txt',
    );
  });

  it('finds a password after a Chinese adverb, written with `@` for a letter, or joined to the next thing by a plus', () => {
    assertFinds(
      [
        (v) => `[2025-10-08 21:20] 老王: 加了。服务器 root 密码还是 ${v}，明天改`,
        (v) => `3. 방화벽 관리자 비번 ${v}`,
        (v) => `Hyper Backup to C2: encryption password ${v} + the .pem key file on the USB stick in the drawer`,
      ],
      () => `P@${g.lower(4)}${g.digits(3)}&`,
      'notes/handover.txt',
    );
  });

  it('keeps addresses and a plus between words quiet', () => {
    assertQuiet([`The password reset mail goes to ops+${g.lower(4)}@example.com.`, 'Password + MFA are required for every login.', `Password for root@db${g.digits(2)} is in the vault.`], 'notes/handover.txt');
  });

  it("finds an SNMP community given in a network team's prose", () => {
    assertFinds(
      [
        (v) => `  { "ts": "1726131300.000300", "user": "U01NOC", "text": "thx. the community for the new PE is ${v} btw, LibreNMS can't poll it" },`,
        (v) => `- SNMP-Community für das neue CMTS habe ich noch nicht in LibreNMS eingetragen, sie lautet ${v}`,
        (v) => `The RW community configured by the provisioning template (\`${v}\`) was the same on all of them.`,
      ],
      () => `${g.upper(1)}${g.lower(1)}${g.digits(1)}_${g.upper(2)}${g.lower(1)}${g.digits(1)}${g.lower(3)}${g.upper(2)}`,
      'noc/handover.md',
    );
  });

  it("leaves the community's defaults, its other senses and questions about it quiet", () => {
    assertQuiet(
      [
        'The SNMP community is public on the lab switches.',
        'The community string is configured in LibreNMS, not here.',
        `The community edition is v${g.digits(1)}.${g.digits(1)}.${g.digits(1)}-beta.`,
        `Our community server is forum-${g.digits(2)}.example.org.`,
        'Which community do the new PEs use?',
        `The community manager is Anna${g.digits(2)}.`,
      ],
      'noc/handover.md',
    );
  });
});
