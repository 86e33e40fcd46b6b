// Classes of rw-dev14's students-and-teaching part (course projects, LMS tools, class rosters): each case says what
// must be found or stay quiet, with a neighbour that proves the other side. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { spellsAlphabet } from '../../../../engine/validators/placeholder';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xed_0014);
const { found } = ruleAssertions(scanner);

const initial = () => g.chars('abcdefghjkmnpqrstuvwxyz', 4) + g.chars('23456789', 4);

describe('rw-dev14 students and teaching classes', () => {
  it("reads a teacher's roster column headed by a German compound (Startpasswort, Erstkennwort) as passwords", () => {
    const a = initial();
    const b = initial();
    const csv = `Klasse;Vorname;Benutzername;Startpasswort\n7b;Anna;7b-01@schule.example;${a}\n7b;Ben;7b-02@schule.example;${b}\n`;
    assert.deepEqual(found(csv, 'klasse-7b/erstanmeldung.csv'), [a, b]);
    const c = initial();
    assert.deepEqual(found(`Name;Login;Erstkennwort\nAnna;anna.k;${c}\n`, 'accounts.csv'), [c]);
    // A compound that is about the password, not the password itself, stays a column of dates.
    assert.deepEqual(found(`Name;Login;Passwortwechsel\nAnna;anna.k;${initial()}\n`, 'accounts.csv'), []);
  });

  it("reads an LTI 1.1 consumer key beside its shared secret as the tool's name, and finds the secret", () => {
    const secret = g.alnum(40);
    const json = `{\n  "lti11": {\n    "consumer_key": "quiz-tool-${g.lower(6)}",\n    "shared_secret": "${secret}"\n  }\n}\n`;
    assert.deepEqual(found(json, 'config/lti.json'), [secret]);
    // Alone, a consumer key is still a key.
    const alone = g.alnum(32);
    assert.deepEqual(found(`CONSUMER_KEY=${alone}\n`, 'deploy/.env'), [alone]);
  });

  it('reads the alphabet spelt out (a bot token tutorial stand-in) as a placeholder, not a generated value', () => {
    assert.ok(spellsAlphabet('123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ'));
    assert.ok(spellsAlphabet('abcdefghijklmnop'));
    assert.ok(!spellsAlphabet(g.alnum(40)));
    assert.ok(!spellsAlphabet('qwerty0123456789'));
    assert.deepEqual(found(`BOT_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ\n`, 'quizbot/.env.sample'), []);
  });

  it("finds Moodle's site-wide password pepper ($CFG->passwordsaltmain), a secret and not a stored salt", () => {
    const pepper = g.alnum(40);
    const cfg = `<?php\n$CFG->dbname = 'moodle';\n$CFG->passwordsaltmain = '${pepper}';\n`;
    assert.deepEqual(found(cfg, 'moodle/config.php'), [pepper]);
  });

  it('finds a password in a phpMyAdmin dump row whose columns are quoted in backticks, never the hashes beside it (bcrypt, md5 hex)', () => {
    const pw = `Falafel#${g.digits(3)}`;
    const sql = `INSERT INTO \`users\` (\`id\`, \`username\`, \`password\`, \`role\`) VALUES\n(1, 'admin', '$2b$10$${g.alnum(53)}', 'admin'),\n(2, 'teacher1', '${g.hex(32)}', 'teacher'),\n(3, 'student1', '${pw}', 'student');\n`;
    assert.deepEqual(found(sql, 'database/school_db.sql'), [pw]);
  });

  it('finds a JDBC password when the call wraps after its parenthesis, and a Paho MQTT login', () => {
    const pw = `Penguin#${g.digits(4)}`;
    const java = `try (Connection con = DriverManager.getConnection(\n        "jdbc:oracle:thin:@db.lab:1521:orcl", "s${g.digits(7)}", "${pw}")) {\n}\n`;
    assert.deepEqual(found(java, 'Lab7/src/Main.java'), [pw]);
    const mqtt = `Tiger!${g.digits(3)}`;
    assert.deepEqual(found(`client.username_pw_set("group${g.digits(2)}", "${mqtt}")\n`, 'iot/publisher.py'), [mqtt]);
    assert.deepEqual(found(`client.username_pw_set(MQTT_USER, os.environ["MQTT_PASSWORD"])\n`, 'iot/publisher.py'), []);
  });

  it("reads Safe Exam Browser's keys in a note as the hashes they are", () => {
    const md = `# SEB settings\n\n- Browser exam key: \`${g.hex(64)}\`\n- Quit URL: https://elearn.example.org/seb-quit\n`;
    assert.ok(!found(md, 'exams/seb-settings.md').some((v) => /^[0-9a-f]{64}$/.test(v)));
  });

  it("finds DOMjudge's judgehost password by the file's name, and not a four-column table elsewhere", () => {
    const pw = g.alnum(32);
    const line = `default\thttp://domjudge.local/domjudge/api\tjudgehost\t${pw}\n`;
    assert.deepEqual(found(line, 'etc/restapi.secret'), [pw]);
    assert.deepEqual(found(line, 'notes/hosts.tsv'), []);
  });
});
