// The server never dies on bad input: binary-ish documents, a huge one, and a burst of rapid edits; it
// keeps answering, and the last diagnostics match the last version.
import assert from 'node:assert/strict';
import { createExampleGen } from '../../engine/examples';
import { INVALID_UTF8, minifiedLine, randomBytes } from '../support/bytes';
import { LspClient } from '../support/lspClient';
import { tempTree } from '../support/tempTree';

const g = createExampleGen(99);

describe('language server under bad input', function () {
  this.timeout(60_000);

  it('survives binary-ish text, a 3 MB document and 300 rapid edits, and publishes for the last version', async () => {
    const c = new LspClient(tempTree());
    try {
      await c.initialize();
      for (let seed = 1; seed <= 5; seed++) {
        c.open(`bin${seed}.txt`, randomBytes(seed, 64 * 1024).toString('utf8') + INVALID_UTF8.toString('utf8') + '\0\uD800', 'plaintext', false);
      }
      const huge = c.open(
        'huge.min.js',
        minifiedLine(3 << 20, () => `"${g.crc32Token('ghp_', 30)}",`),
        'javascript',
        false,
      );
      const uri = c.open('typing.js', 'const a = 1;\n', 'javascript', false);
      let version = 1;
      const secret = g.crc32Token('ghp_', 30);
      const line = `const t = "${secret}";\n`;
      for (let i = 0; i < 300; i++) {
        const at = c.text(uri).length;
        version = i % 3 === 2 ? c.edit(uri, 0, at, 'const a = 1;\n') : c.edit(uri, at, at, i % 3 === 0 ? line : '\0\r\n');
      }
      version = c.edit(uri, c.text(uri).length, c.text(uri).length, line);
      const last = await c.diagnosticsFor(uri, version, 20_000);
      assert.ok(
        last.some((d) => d.code === 'github-personal-access-token'),
        JSON.stringify(last.map((d) => d.code)),
      );
      const onHuge = await c.diagnostics(huge, (p) => p.diagnostics.length > 0, 30_000);
      assert.ok(onHuge.length > 0);
      const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: last[0]!.range.start });
      assert.ok(hover, 'still answering');
      assert.equal(c.stderr.includes('Error'), false, c.stderr.slice(0, 500));
    } finally {
      await c.dispose();
    }
  });
});
