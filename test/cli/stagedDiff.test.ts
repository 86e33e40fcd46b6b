// The staged scan reads each file's staged content out of one full-context `git diff --cached` (one git
// process for a hook run). It must equal what the index holds, byte for byte, and the added lines must be
// the ones a zero-context diff reports, whatever the file and the user's diff settings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { parseStagedDiff, stagedChanges } from '../../git/stagedDiff';
import { git, initRepo } from '../support/gitRepo';
import { writeFile } from '../support/tempTree';

const g = createExampleGen(31);

function indexBlob(repo: string, path: string): Buffer {
  const r = spawnSync('git', ['cat-file', 'blob', `:${path}`], { cwd: repo });
  assert.equal(r.status, 0, r.stderr.toString());
  return r.stdout;
}

/** Added line ranges per path from `git diff --cached -U0` hunk headers. */
function zeroContextAdded(repo: string): Map<string, [number, number][]> {
  const out = git(repo, '-c', 'core.quotepath=off', 'diff', '--cached', '-U0', '--text', '--no-color', '--diff-filter=ACMR', '--src-prefix=a/', '--dst-prefix=b/');
  const added = new Map<string, [number, number][]>();
  let path: string | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith('+++ ')) {
      path = line.slice(6).replace(/\t$/, '');
      added.set(path, []);
    }
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m && path) {
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) added.get(path)!.push([Number(m[1]), Number(m[1]) + count - 1]);
    }
  }
  for (const [p, ranges] of added) if (ranges.length === 0) added.delete(p);
  return added;
}

function lines(n: number, make: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => make(i)).join('\n');
}

describe('staged diff: content and added lines from one git process', () => {
  for (const suppressBlankEmpty of [false, true]) {
    it(`equals the index and a zero-context diff on tricky files (diff.suppressBlankEmpty=${suppressBlankEmpty})`, async () => {
      const repo = initRepo();
      if (suppressBlankEmpty) git(repo, 'config', 'diff.suppressBlankEmpty', 'true');
      const base: Record<string, string | Buffer> = {
        'crlf.txt': 'one\r\ntwo\r\n\r\nfour\r\n',
        'no-eol.txt': 'a\nb\nc',
        'gains-eol.txt': 'a\nb',
        'loses-eol.txt': 'a\nb\n',
        'blank.js': lines(30, (i) => (i % 3 === 0 ? '' : `const v${i} = ${i};`)) + '\n',
        'bin.dat': Buffer.from([0, 1, 2, 10, 0, 255, 10, 7]),
        'secret.env': 'KEY=1\n',
        'utf16.txt': Buffer.from('\ufeffhello\nworld\n', 'utf16le'),
        'old name.txt': lines(20, (i) => `line ${i} ${g.alnum(8)}`) + '\n',
        'deleted.txt': 'gone\n',
        '.gitattributes': '*.env -diff\n*.dat binary\n',
      };
      for (const [p, c] of Object.entries(base)) writeFile(repo, p, c as string);
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'base');
      writeFile(repo, 'crlf.txt', 'one\r\ntwo changed\r\n\r\nfour\r\nfive\r\n');
      writeFile(repo, 'no-eol.txt', 'a\nB\nc');
      writeFile(repo, 'gains-eol.txt', 'a\nb\n');
      writeFile(repo, 'loses-eol.txt', 'a\nb');
      writeFile(
        repo,
        'blank.js',
        lines(30, (i) => (i % 3 === 0 ? '' : i % 7 === 0 ? `const w${i} = "${g.hex(12)}";` : `const v${i} = ${i};`)),
      );
      writeFile(repo, 'bin.dat', Buffer.from([0, 1, 3, 10, 0, 254, 10]) as unknown as string);
      writeFile(repo, 'secret.env', 'KEY=1\nOTHER=2\n');
      writeFile(repo, 'utf16.txt', Buffer.from('\ufeffhello\nthere\nworld\n', 'utf16le') as unknown as string);
      git(repo, 'mv', 'old name.txt', 'new näme.txt');
      writeFile(repo, 'new näme.txt', lines(20, (i) => (i === 10 ? 'edited' : `line ${i}`)) + '\n');
      git(repo, 'rm', '-q', 'deleted.txt');
      writeFile(repo, 'dir/new.ts', 'export const x = 1;\n\nexport const y = 2;\n');
      writeFile(repo, 'empty.txt', '');
      if (process.platform !== 'win32') symlinkSync('crlf.txt', join(repo, 'link'));
      git(repo, 'add', '-A');

      const changes = await stagedChanges(repo);
      const expected = zeroContextAdded(repo);
      assert.deepEqual(new Map(changes.map((c) => [c.path, c.added])), expected);
      assert.ok(changes.length >= 10, `${changes.length} changes`);
      for (const c of changes) {
        assert.ok(c.content, `${c.path}: no content`);
        assert.ok(c.content.equals(indexBlob(repo, c.path)), `${c.path}: content differs from the index`);
      }
    });
  }

  it('gives no content (so the index is read) when a file is not one hunk from line 1', () => {
    const diff = ['diff --git a/f b/f', 'index 1..2 100644', '--- a/f', '+++ b/f', '@@ -3,2 +3,2 @@', ' c', '-d', '+D', '@@ -9 +9 @@', '-i', '+I', ''].join('\n');
    const [f] = parseStagedDiff(Buffer.from(diff));
    assert.deepEqual(f, {
      path: 'f',
      added: [
        [4, 4],
        [9, 9],
      ],
    });
    const whole = ['diff --git a/g b/g', 'new file mode 100644', '--- /dev/null', '+++ b/g', '@@ -0,0 +1,2 @@', '+x', '+y', '\\ No newline at end of file', ''].join('\n');
    assert.equal(parseStagedDiff(Buffer.from(whole))[0]?.content?.toString(), 'x\ny');
  });

  it('leaves a submodule without content', async () => {
    const repo = initRepo();
    writeFile(repo, 'a.txt', 'a\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${head},sub`);
    const sub = (await stagedChanges(repo)).find((c) => c.path === 'sub');
    assert.ok(sub?.gitlink);
    assert.equal(sub.content, undefined);
  });
});
