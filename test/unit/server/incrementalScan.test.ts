import assert from 'node:assert/strict';
import { createScanner, type Finding } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { TrackedDocument } from '../../../server/incrementalScan';
import { LineDocument } from '../../../server/lineDocument';

const scanner = createScanner();
const key = (fs: Finding[]) => fs.map((f) => `${f.ruleId}@${f.start}-${f.end} ${f.envName}`).join(' ');

describe('TrackedDocument (incremental rescans)', () => {
  it('after every random edit, including edits to PEM markers, finds exactly what a full scan finds', function () {
    // About 1,200 scans: a safety net for a loaded machine, not a speed check (speed lives in bench/).
    this.timeout(180_000);
    const g = createExampleGen(11);
    const pem = () => `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 6 }, () => g.base64(64)).join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
    const pieces = [
      () => 'let x = 1;\n',
      () => `const token = "${g.crc32Token('ghp_', 30)}";\n`,
      () => `stripe = "sk_live_${g.alnum(32)}"\n`,
      // The name comes from a block opened lines above the value (SMTP_PASSWORD), beyond a rescan's window.
      () => 'const mail = {\n  smtp: {\n\n\n',
      () => `    password: "${g.alnum(12)}${g.digits(3)}${g.upper(3)}",\n`,
      () => '  },\n};\n',
      pem,
      () => '-----BEGIN ',
      () => '-----END RSA PRIVATE KEY-----\n',
      () => '\n',
      () => 'x',
      () => '',
    ];
    let checks = 0;
    for (let round = 0; round < 12; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += g.pick(pieces)();
      const t = new TrackedDocument(new LineDocument('file:///a.js', 'javascript', 1, text));
      t.rescan(scanner, '/a.js', 'javascript', 2e6);
      for (let v = 2; v < 50; v++) {
        const len = t.doc.length;
        const a = Math.floor(g.pick([0, 0.1, 0.3, 0.5, 0.7, 0.9, 1]) * len);
        const b = Math.min(len, a + g.pick([0, 0, 1, 3, 12, 40]));
        t.applyChanges([{ range: { start: t.doc.positionAt(a), end: t.doc.positionAt(b) }, text: g.pick(pieces)() }], v);
        t.rescan(scanner, '/a.js', 'javascript', 2e6);
        assert.equal(key(t.findings), key(scanner.scan(t.doc.getText(), { path: '/a.js', language: 'javascript' })), `round ${round} v${v}`);
        checks++;
      }
    }
    assert.equal(checks, 12 * 48);
  });
});
