// Classes found while tuning on rw-dev6's prose part: prose inside exports (Slack/Teams JSON with escapes and HTML,
// Jira XML with escaped HTML, CSV cells with JSON inside, quoted-printable mail), a value given before its label
// (`X ← root pw`, `X is the new wifi password`, `X es la contraseña`), and what must stay quiet in the same files
// (a thank-you reply, a WebVTT cue id, a network name, the user after `user is`, quoted-printable fragments of the
// raw mail, a bracketed stand-in, CSV rows). Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { exportViews } from '../../../../engine/detect/exportViews';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd6e0);

const { found: values } = ruleAssertions(scanner);

const words = ['copper', 'lantern', 'walrus', 'pebble', 'meadow', 'orbit', 'saffron', 'quartz', 'ember', 'ribbon'];
/** A password of two or three words run together with capitals inside (`copperMeadowEmber`). */
const camel = () => `${g.pick(words)}${g.pick(words).replace(/^./, (c) => c.toUpperCase())}${g.pick(words).replace(/^./, (c) => c.toUpperCase())}`;
const chosen = () => `${g.pick(words).replace(/^./, (c) => c.toUpperCase())}${g.digits(4)}${g.pick(['!', '#', '?'])}`;
const qp = (s: string) =>
  Array.from(Buffer.from(s, 'utf8'))
    .map((b) => (b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b)))
    .join('');

describe('rw-dev6 classes: prose inside exports', () => {
  it('reads a Slack export message (escaped slashes, \\n) as the chat line it is', () => {
    const pw = chosen();
    const text = `[\n {"type":"message","text":"which pw for the jumphost?","user":"U04ABCDEF12"},\n {"type":"message","text":"it's \`ops\` \\/ \`${pw}\`\\nchange it after","user":"U04ABCDEF13"}\n]\n`;
    assert.ok(values(text, 'exports/slack/ops/2026-03-04.json').includes(pw));
  });

  it('reads Teams HTML bodies in JSON with \\u escapes', () => {
    const pw = camel();
    const text = `{"value":[{"body":{"contentType":"html","content":"<p>contrase\\u00f1a wifi de la sala 2: ${pw}</p>"}}]}\n`;
    assert.ok(values(text, 'exports/teams/chat.json').includes(pw));
  });

  it('reads Jira XML comments whose HTML is escaped once more', () => {
    const pw = chosen();
    const text = `<rss version="0.92"><channel><item>\n<comments>\n<comment id="1" author="sven">&lt;p&gt;VPN user avries-ext, initial password: ${pw}&lt;/p&gt;</comment>\n</comments>\n</item></channel></rss>\n`;
    assert.ok(values(text, 'exports/jira/HELP-1.xml').includes(pw));
  });

  it('reads JSON inside a CSV cell (doubled quotes, \\n escapes)', () => {
    const pw = chosen();
    const text = `number,work_notes\nINC0012345,"{""entries"":[{""value"":""Unlocked, initial password\\n${pw}\\nUser informed by phone.""}]}"\n`;
    assert.ok(values(text, 'exports/servicenow/incident.csv').includes(pw));
  });

  it('reads a quoted-printable mail body, soft breaks and UTF-8 bytes decoded', () => {
    // An `=` in the password is written `=3D`: only the decoded body reads it whole (the finding spans the encoded form).
    const pw = `${chosen()}=${g.digits(2)}`;
    const body = qp(`Für das Portal wurde ein Zugang angelegt.\nKennwort für Sie: ${pw}\nMit freundlichen Grüßen`);
    const text = `From: it@example.de\nSubject: Zugang\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n${body}\n`;
    assert.deepEqual(values(text, 'mail/Zugang.eml'), [qp(pw)]);
  });

  it('maps every character of a view back to the real text', () => {
    const text = `{"text":"caf\\u00e9 \\/ ok\\nnext"}`;
    const [view] = exportViews(text, 'x.json');
    assert.ok(view);
    assert.equal(view.text, 'café / ok\nnext\n');
    assert.equal(text.slice(view.offsets[3]!, view.ends[3]!), '\\u00e9');
    assert.equal(text.slice(view.offsets[5]!, view.ends[5]!), '\\/');
  });

  it('makes no view of other JSON, XML or CSV files', () => {
    assert.deepEqual(exportViews('{"name":"hush","version":"1.0.0"}', 'package.json'), []);
    assert.deepEqual(exportViews('<project><password>${env.PW}</password></project>', 'pom.xml'), []);
    assert.deepEqual(exportViews('a,b,c\n1,2,3\n', 'data.csv'), []);
  });
});

describe('rw-dev6 classes: a value before its label', () => {
  it('finds the value that opens a message or line, its password or token word after it', () => {
    const cases: [string, string][] = [];
    for (const make of [
      (v: string) => `07.02.26, 19:21 - Lena: ${v} is the new wifi password`,
      (v: string) => `- ${v} ← root pw on the old NAS`,
      (v: string) => `09:55 < maren> ${v} <- that's the smb share pw for the scanner`,
      (v: string) => `3/4/26, 21:03 - Álvaro: ${v} es la contraseña, no la cambiéis`,
      (v: string) => `${v} = Kennwort für alle Schulungskonten`,
    ]) {
      const a = camel();
      const b = chosen();
      cases.push([make(a), a], [make(b), b]);
    }
    const phrase = `${g.pick(words)} ${g.pick(words)} ${g.pick(words)}`;
    cases.push([`Omar: ${phrase} is the kiosk pw, all lowercase`, phrase]);
    const token = g.alnum(32);
    cases.push([`- ${token} is the home assistant long-lived token`, token]);
    for (const [text, value] of cases) assert.ok(values(text, 'notes/chat.txt').includes(value), text);
  });

  it('stays quiet on sentences that only name a password after a word', () => {
    for (const text of [
      'Attached is the password policy for 2026.',
      'Everything is the password manager’s job now.',
      'this one is not the password, it is the user name',
      `- ${g.hex(40)} is the commit that changed the password hash`,
      'and this one is the password',
      'Below is the password reset link sent to the user.',
    ])
      assert.deepEqual(values(text, 'notes/chat.txt'), [], text);
  });
});

describe('rw-dev6 classes: small words run together', () => {
  const run = () => `${g.pick(words)}${g.pick(words)}${g.pick(words)}`;
  it('finds them alone on a line under the question, a few messages later', () => {
    const c = run();
    assert.ok(values(`07.02.26, 18:40 - Oma: Wie war nochmal das Passwort für Netflix?\n07.02.26, 19:20 - Lena: Moment\n07.02.26, 19:21 - Lena: ${c}\n`, 'chat.txt').includes(c));
  });

  it('leaves long words of the sentence alone', () => {
    for (const text of [
      'The password is automatically generated and sent by mail.',
      'Das Passwort ist selbstverständlich geheim.',
      'Le mot de passe est automatiquement envoyé.',
      'what is the wifi password?\ncongratulations\n',
    ])
      assert.deepEqual(values(text, 'notes/chat.txt'), [], text);
  });
});

describe('rw-dev6 classes: what is no value in chats and exports', () => {
  it('stays quiet on thank-you replies, cue ids, network names, users, QP fragments, stand-ins and CSV rows', () => {
    const quiet: [string, string][] = [
      ['14.01.26, 19:41 - Karl: Benutzer ist vorstand, Kennwort kommt gleich\n14.01.26, 19:42 - Jürgen: Danke!\n', 'notes/chat.txt'],
      [`WEBVTT\n\n${g.uuid()}/14-0\n00:00:15.900 --> 00:00:19.030\n<v Maren>Can you put the password on the sign?</v>\n`, 'recordings/sync.vtt'],
      ["[12/01/2026 20:31:11] Julien: la clé wifi est sur la box\n[12/01/2026 20:31:20] Julien: c'est la clé wifi, le réseau c'est Livebox-9A6F\n", 'notes/chat.txt'],
      ['Omar: the kiosk pw is in the vault, user is kiosk-3f\n', 'notes/chat.txt'],
      ['Content-Transfer-Encoding: quoted-printable\n\nDas Kennwort f=C3=BCr die Gehaltsabrechnungen erhalten Sie separat.\n', 'mail/x.eml'],
      ['- Every entry whose password is [removido] (they were placeholders).\n', 'notes/notes.md'],
      ['Summary,Issue key,Description\nGuest wifi for board meeting,IT-4635,903163,Task,Done,"Board meeting, 12 guests"\n', 'exports/jira.csv'],
      ['Does anyone have the password for the old Nagios box (mon-01)? I need the configs.\n', 'mail/list.mbox'],
    ];
    for (const [text, path] of quiet) assert.deepEqual(values(text, path), [], text);
  });
});
