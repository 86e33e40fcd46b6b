// Bad bytes: the engine never throws and keeps exact offsets on random bytes, invalid UTF-8, NULs, lone
// surrogates, CRLF / lone CR, BOMs, UTF-16 and pathological single lines. (Long runs: npm run bench -- fuzz.)
import assert from 'node:assert/strict';
import { createScanner, LineIndex, type Finding } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { decode } from '../../../workspace';
import { INVALID_UTF8, minifiedLine, randomBytes, utf16WithBom } from '../../support/bytes';

const g = createExampleGen(2024);
const scanner = createScanner();
const ghp = () => g.crc32Token('ghp_', 30);

function assertSpans(text: string, findings: Finding[]): void {
  for (const f of findings) assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `bad span ${f.start}-${f.end} of ${text.length}`);
}

function githubFindings(text: string): string[] {
  return scanner
    .scan(text)
    .filter((f) => f.ruleId === 'github-personal-access-token')
    .map((f) => text.slice(f.start, f.end));
}

describe('bad input', () => {
  it('never throws on random bytes decoded as UTF-8, Latin-1 and UTF-16 (40 × 64 KB)', () => {
    let decoded = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const bytes = randomBytes(seed, 64 * 1024);
      for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le'), decode(bytes) ?? '']) {
        assertSpans(text, scanner.scan(text, { path: `random-${seed}.bin` }));
        decoded++;
      }
    }
    assert.equal(decoded, 160);
  });

  it('finds a secret embedded in random bytes and invalid UTF-8, at its exact offset', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const token = ghp();
      const buf = Buffer.concat([randomBytes(seed, 4096), INVALID_UTF8, Buffer.from(`\ntoken = "${token}"\n`), INVALID_UTF8, randomBytes(seed + 100, 4096)]);
      const text = buf.toString('utf8');
      assert.deepEqual(githubFindings(text), [token]);
    }
  });

  it('handles NUL bytes, lone surrogates and astral characters around a secret', () => {
    const token = ghp();
    for (const [before, after] of [
      ['\0', '\0'],
      ['\0\0\0 ', ' \0'],
      ['\uD800 ', ' \uDC00'],
      ['😀😀 ', ' 😀'],
      ['\uFFFD', '\uFFFD'],
      ['\u2028', '\u2029'],
    ]) {
      const text = `${before}${token}${after}`;
      assert.deepEqual(githubFindings(text), [token], JSON.stringify(before));
    }
  });

  it('reports the right line for CRLF, lone CR and mixed line breaks, and honours next-line suppressions across them', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const token = ghp();
      const text = ['a = 1', 'b = 2', `c = "${token}"`, ''].join(eol);
      const [f] = scanner.scan(text);
      assert.ok(f, JSON.stringify(eol));
      assert.equal(new LineIndex(text).position(f.start).line, 2, JSON.stringify(eol));
      const suppressed = ['# hush:allow-next-line', `c = "${token}"`].join(eol);
      assert.equal(scanner.scan(suppressed).length, 0, JSON.stringify(eol));
    }
    const token = ghp();
    const mixed = `a\r\nb\rc\n\r\nd = "${token}"`;
    assert.equal(new LineIndex(mixed).position(scanner.scan(mixed)[0]!.start).line, 4);
  });

  it('decodes UTF-8 with BOM and UTF-16 LE/BE with BOM to the same text; UTF-16 without BOM counts as binary', () => {
    const token = ghp();
    const text = `// config\r\nconst t = "${token}";\n`;
    const variants = [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), utf16WithBom(text, 'le'), utf16WithBom(text, 'be')];
    for (const buf of variants) {
      const decoded = decode(buf);
      assert.equal(decoded, text);
      assert.deepEqual(githubFindings(decoded!), [token]);
    }
    assert.equal(decode(Buffer.from(text, 'utf16le')), undefined);
    assert.equal(decode(Buffer.from([0xff, 0xfe, 0x41])), '', 'odd-length UTF-16 drops the dangling byte');
  });

  it('scans degenerate texts: empty, one character, only line breaks, only NULs', () => {
    for (const text of ['', 'a', '\n'.repeat(100_000), '\r'.repeat(50_000), '\r\n'.repeat(50_000), '\0'.repeat(100_000), '"'.repeat(100_000), '='.repeat(100_000)]) {
      assert.deepEqual(scanner.scan(text), [], `${JSON.stringify(text.slice(0, 2))} × ${text.length}`);
    }
  });

  describe('a 1 MB single minified line', () => {
    const tokens: string[] = [];
    const line = minifiedLine(1 << 20, () => {
      const t = ghp();
      tokens.push(t);
      return `"${t}",`;
    });
    const found = tokens.filter((t) => line.includes(t));

    it('finds every planted secret with exact offsets', () => {
      assert.ok(found.length > 1000, `${found.length} planted`);
      const hits = githubFindings(line);
      assert.equal(hits.length, found.length);
      assert.deepEqual(hits, found);
    });

    it('one suppression marker on the line covers all its findings (each line is checked once)', () => {
      assert.equal(scanner.scan(line + ' // hush:allow').length, 0);
      assert.equal(scanner.scan(line + '\n// hush:allow').filter((f) => f.ruleId === 'github-personal-access-token').length, found.length);
    });
  });
});
