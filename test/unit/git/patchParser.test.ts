import assert from 'node:assert/strict';
import { AddedTextCollector, positionIn, type AddedText } from '../../../git/addedText';
import { LineSplitter } from '../../../git/lineSplitter';
import { PatchParser, parseNewPath, type CommitHeader } from '../../../git/patchParser';

function parse(text: string | Buffer, chunkSize = 7) {
  const events: string[] = [];
  const commits: CommitHeader[] = [];
  const parser = new PatchParser({
    commit: (c) => {
      commits.push(c);
      events.push(`commit ${c.sha}`);
    },
    file: (p) => events.push(`file ${p}`),
    added: (t, n) => events.push(`+${n} ${t}`),
  });
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  // Feed in small chunks: lines and headers must survive any split.
  for (let i = 0; i < buf.length; i += chunkSize) parser.push(buf.subarray(i, i + chunkSize));
  parser.end();
  return { events, commits };
}

const header = (sha: string, subject = 'msg') => `\0${sha}\0${1767225600}\0Ann Author\0${subject}\n\n`;

describe('git log -p parser', () => {
  it('reports commits, new paths and added lines with their line numbers', () => {
    const log =
      header('c2', 'second | with pipe') +
      'diff --git a/f.txt b/f.txt\nindex 1..2 100644\n--- a/f.txt\n+++ b/f.txt\n@@ -2 +2,2 @@ ctx\n-old\n+new one\n+new two\n@@ -9,0 +11 @@\n+tail\n' +
      header('c1') +
      'diff --git a/f.txt b/f.txt\nnew file mode 100644\nindex 0..1\n--- /dev/null\n+++ b/f.txt\n@@ -0,0 +1 @@\n+first\n\\ No newline at end of file\n';
    const { events, commits } = parse(log);
    assert.deepEqual(events, ['commit c2', 'file null', 'file f.txt', '+2 new one', '+3 new two', '+11 tail', 'commit c1', 'file null', 'file f.txt', '+1 first']);
    assert.deepEqual(commits[0], { sha: 'c2', date: 1767225600, author: 'Ann Author', subject: 'second | with pipe' });
  });

  it('treats added lines that look like headers as content, using the hunk counts', () => {
    const log = header('c1') + 'diff --git a/x b/x\n--- /dev/null\n+++ b/x\n@@ -0,0 +1,4 @@\n++++ b/evil\n+diff --git a/y b/y\n+\0fake\0header\n+@@ -1 +1 @@\n';
    const { events } = parse(log);
    assert.deepEqual(events, ['commit c1', 'file null', 'file x', '+1 +++ b/evil', '+2 diff --git a/y b/y', '+3 \0fake\0header', '+4 @@ -1 +1 @@']);
  });

  it('reads hunk counts in every shape git writes them, whatever the function context after them', () => {
    const log =
      header('c1') + 'diff --git a/x b/x\n--- a/x\n+++ b/x\n' + '@@ -3 +3 @@ f() { @@ -9 +9 @@\n-a\n+b\n' + '@@ -10,0 +11,2 @@\n+c\n+d\n' + '@@ -20,2 +22,0 @@ ctx\n-e\n-f\n' + '@@ -30,1 +31 @@\n-g\n+h\n';
    assert.deepEqual(parse(log, 1).events, ['commit c1', 'file null', 'file x', '+3 b', '+11 c', '+12 d', '+31 h']);
  });

  it('ignores a malformed hunk header: the lines after it are not content', () => {
    for (const bad of ['@@ -1, +1 @@', '@@ -1 +1', '@@ -x +1 @@', '@@ 1 +1 @@', '@@ -1 -1 @@', '@@ -1 +,2 @@']) {
      const log = header('c1') + `diff --git a/x b/x\n--- a/x\n+++ b/x\n${bad}\n+not counted\n`;
      assert.deepEqual(parse(log).events, ['commit c1', 'file null', 'file x'], bad);
    }
  });

  it('counts context lines (a diff.interHunkContext setting) without reporting them', () => {
    const log = header('c1') + 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n-a\n+A\n same\n-c\n+C\n';
    assert.deepEqual(parse(log).events, ['commit c1', 'file null', 'file x', '+1 A', '+3 C']);
  });

  it('ignores binary files, deletions and mode changes', () => {
    const log =
      header('c1') +
      'diff --git a/img b/img\nnew file mode 100644\nindex 0..1\nBinary files /dev/null and b/img differ\n' +
      'diff --git a/gone b/gone\ndeleted file mode 100644\n--- a/gone\n+++ /dev/null\n@@ -1 +0,0 @@\n-bye\n' +
      'diff --git a/s.sh b/s.sh\nold mode 100644\nnew mode 100755\n';
    assert.deepEqual(parse(log).events, ['commit c1', 'file null', 'file null', 'file null', 'file null']);
  });

  it('unquotes paths git quotes, and drops the tab git adds after names with spaces', () => {
    assert.equal(parseNewPath('b/sp ace/a b.txt\t'), 'sp ace/a b.txt');
    assert.equal(parseNewPath('"b/tab\\tx\\""'), 'tab\tx"');
    assert.equal(parseNewPath('"b/caf\\303\\251.txt"'), 'café.txt');
    assert.equal(parseNewPath('/dev/null'), null);
  });

  it('bounds line length: an endless line is cut, the next line is intact', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((b, start, end) => lines.push(b.toString('utf8', start, end)), 10);
    splitter.push(Buffer.from('short\n' + 'x'.repeat(25)));
    splitter.push(Buffer.from('y'.repeat(25) + '\nnext'));
    splitter.end();
    assert.deepEqual(lines, ['short', 'x'.repeat(10), 'next']);
  });

  it('maps offsets in collected added text back to file lines and columns, flushing at the size bound', () => {
    const texts: AddedText[] = [];
    const collector = new AddedTextCollector((t) => texts.push(t), 12);
    collector.add('abc', 5);
    collector.add('defgh', 6);
    collector.add('ijklmnop', 40);
    collector.flush();
    assert.equal(texts.length, 2);
    assert.equal(texts[0]!.text, 'abc\ndefgh');
    assert.deepEqual(positionIn(texts[0]!, 6), { line: 6, column: 3 });
    assert.deepEqual(positionIn(texts[1]!, 2), { line: 40, column: 3 });
  });
});
