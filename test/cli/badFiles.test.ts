// Bad bytes through the built CLI: every kind of awkward file is scanned or skipped with a reason, the
// scan never crashes and reports secrets at the right place. (The 50 MB file lives in npm run bench -- fuzz.)
import assert from 'node:assert/strict';
import { createExampleGen } from '../../engine/examples';
import { INVALID_UTF8, minifiedLine, randomBytes, utf16WithBom } from '../support/bytes';
import { runCli } from './runCli';
import { tempTree } from '../support/tempTree';

const g = createExampleGen(31337);

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

describe('hush scan on bad files', () => {
  const t = Array.from({ length: 10 }, () => g.crc32Token('ghp_', 30));
  const files: Record<string, string | Buffer> = {
    'random.bin': randomBytes(7, 64 * 1024),
    'invalid-utf8.txt': Buffer.concat([INVALID_UTF8, Buffer.from(`\nkey = "${t[0]}"\n`), INVALID_UTF8]),
    'utf16le.txt': utf16WithBom(`line one\r\ntoken: ${t[1]}\r\n`, 'le'),
    'utf16be.txt': utf16WithBom(`line one\ntoken: ${t[2]}\n`, 'be'),
    'utf16-no-bom.txt': Buffer.from(`token: ${t[3]}\n`, 'utf16le'),
    'bom.js': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`const t = "${t[4]}";\n`)]),
    'crlf.py': `a = 1\r\nb = 2\r\nc = "${t[5]}"\r\n`,
    'cr-only.txt': `a = 1\rb = 2\rc = "${t[6]}"\r`,
    'nul-after-8k.log': Buffer.concat([Buffer.from('x'.repeat(9000) + '\n'), Buffer.from([0]), Buffer.from(`\nk = "${t[7]}"\n`)]),
    'bundle.min.js': minifiedLine(1 << 20) + `;var k="${t[8]}";`,
    'big.log': Buffer.concat([Buffer.from(`k = "${t[9]}"\n`), Buffer.alloc(3 << 20, 'a')]),
    'empty.txt': '',
  };

  let root = '';
  before(() => {
    root = tempTree(files);
  });

  it('scans what is text, skips binaries and too-large files with a reason, and exits 1 without crashing', () => {
    const r = runCli(['scan', '.', '--format', 'json', '--max-file-size', '2.5'], root);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as { findings: JsonFinding[]; stats: { files: number; skipped: { file: string; reason: string }[] } };
    const at = (file: string) => out.findings.filter((f) => f.file === file).map((f) => [f.line, f.column]);
    assert.deepEqual(at('invalid-utf8.txt'), [[2, 8]]);
    assert.deepEqual(at('utf16le.txt'), [[2, 8]]);
    assert.deepEqual(at('utf16be.txt'), [[2, 8]]);
    assert.deepEqual(at('bom.js'), [[1, 12]], 'a BOM does not shift columns');
    assert.deepEqual(at('crlf.py'), [[3, 6]]);
    assert.deepEqual(at('cr-only.txt'), [[3, 6]]);
    assert.deepEqual(at('nul-after-8k.log'), [[3, 6]]);
    assert.deepEqual(at('bundle.min.js'), [[1, (1 << 20) + 9]]);
    const skipped = Object.fromEntries(out.stats.skipped.map((s) => [s.file, s.reason]));
    assert.deepEqual(skipped, { 'random.bin': 'binary', 'utf16-no-bom.txt': 'binary', 'big.log': 'too-large' });
    assert.equal(out.stats.files, Object.keys(files).length - 3);
  });

  it('text output counts the skipped files by reason', () => {
    const r = runCli(['scan', '.', '--max-file-size', '2.5'], root);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /Skipped: (?=.*\b2 binary\b)(?=.*\b1 too-large\b)/);
  });
});
