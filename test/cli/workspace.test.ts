import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../engine';
import { createExampleGen } from '../../engine/examples';
import { MemoryScanCache, scanWorkspace, SMALL_TREE_FILES, type FileResult, type ReportedFinding, type ScanProgress, type WorkspaceScanOptions } from '../../workspace';
import { PathRules } from '../../workspace/walk';
import { tempTree } from '../support/tempTree';

const WORKER = resolve(__dirname, '../../../dist/scanWorker.js');
const g = createExampleGen(41);

/** A tree big enough to go parallel: many clean files, a secret every 37th, a binary and a big file. */
function bigTree(): { root: string; secretFiles: number } {
  const files: Record<string, string | Buffer> = {};
  let secretFiles = 0;
  for (let i = 0; i < SMALL_TREE_FILES + 150; i++) {
    const dir = `pkg${i % 7}/src${i % 3}`;
    if (i % 37 === 0) {
      files[`${dir}/f${i}.js`] = `// file ${i}\nconst token = "${g.crc32Token('ghp_', 30)}";\nexport const n = ${i};\n`;
      secretFiles++;
    } else files[`${dir}/f${i}.js`] = `// file ${i}\nexport function f${i}(token) { return token + ${i}; }\n`.repeat(20);
  }
  files['assets/logo.png'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]);
  files['big/data.txt'] = 'y'.repeat(300_000);
  return { root: tempTree(files), secretFiles };
}

async function collect(root: string, extra: Partial<WorkspaceScanOptions>) {
  const findings: ReportedFinding[] = [];
  const summary = await scanWorkspace([root], {
    config: DEFAULT_CONFIG,
    workerScript: WORKER,
    maxFileBytes: 200_000,
    ...extra,
    onFile: (r: FileResult) => {
      findings.push(...r.findings);
      extra.onFile?.(r);
    },
  });
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { summary, findings };
}

describe('workspace/ scanner', () => {
  const tree = bigTree();

  it('finds the same on worker threads as on one thread, and lists skipped files with reasons', async () => {
    const single = await collect(tree.root, { threads: 1 });
    const parallel = await collect(tree.root, { threads: 2 });
    assert.equal(single.summary.threads, 1);
    assert.equal(parallel.summary.threads, 2);
    assert.equal(single.findings.length, tree.secretFiles);
    assert.deepEqual(parallel.findings, single.findings);
    assert.equal(parallel.summary.stats.files, single.summary.stats.files);
    assert.equal(parallel.summary.stats.bytes, single.summary.stats.bytes);
    const reasons = (s: typeof single) => s.summary.stats.skipped.map((x) => `${x.file}:${x.reason}`).sort();
    assert.deepEqual(reasons(parallel), ['assets/logo.png:binary', 'big/data.txt:too-large']);
    assert.deepEqual(reasons(single), reasons(parallel));
  });

  it('scans a small tree on the calling thread (no worker start-up)', async () => {
    const small = tempTree({ 'a.js': `const token = "${g.crc32Token('ghp_', 30)}";\n` });
    const r = await collect(small, {});
    assert.equal(r.summary.threads, 1);
    assert.equal(r.findings.length, 1);
  });

  it('reports progress: files done / total, current folder, and a final call with the walk complete', async () => {
    const seen: ScanProgress[] = [];
    const r = await collect(tree.root, { threads: 2, progressIntervalMs: 0, onProgress: (p) => seen.push(p) });
    assert.ok(seen.length > 10, `only ${seen.length} progress calls`);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i]!.filesDone >= seen[i - 1]!.filesDone, 'filesDone went back');
    for (const p of seen) assert.ok(p.filesDone <= p.filesTotal);
    assert.ok(
      seen.some((p) => /^pkg\d\/src\d$/.test(p.currentFolder)),
      'no current folder reported',
    );
    const last = seen[seen.length - 1]!;
    assert.equal(last.walkComplete, true);
    assert.equal(last.filesDone, last.filesTotal);
    assert.equal(last.filesDone, r.summary.stats.files + r.summary.stats.skipped.length);
  });

  for (const threads of [1, 2]) {
    it(`stops when cancelled (${threads === 1 ? 'one thread' : 'workers'}) and says so`, async () => {
      const controller = new AbortController();
      let after = 0;
      const r = await collect(tree.root, {
        threads,
        signal: controller.signal,
        onFile: () => {
          if (controller.signal.aborted) after++;
          controller.abort();
        },
      });
      assert.equal(r.summary.cancelled, true);
      assert.equal(after, 0, 'results were delivered after the abort');
      assert.ok(r.summary.stats.files < SMALL_TREE_FILES, `scanned ${r.summary.stats.files} files after cancel`);
    });
  }

  it('re-scans incrementally with a content-hash cache', async () => {
    const cache = new MemoryScanCache();
    const first = await collect(tree.root, { threads: 2, cache });
    assert.equal(first.summary.cachedFiles, 0);
    const second = await collect(tree.root, { threads: 2, cache });
    assert.equal(second.summary.cachedFiles, second.summary.stats.files);
    assert.deepEqual(second.findings, first.findings);
    // One changed file (a new secret): only it is rescanned, and its new finding shows.
    writeFileSync(join(tree.root, 'pkg1/src1/f1.js'), `const token = "${g.crc32Token('ghp_', 30)}";\n`);
    const third = await collect(tree.root, { threads: 2, cache });
    assert.equal(third.summary.cachedFiles, third.summary.stats.files - 1);
    assert.equal(third.findings.length, first.findings.length + 1);
  });
});

describe('workspace scan memory bounds', () => {
  it('the cache keeps clean files as a bare hash, findings as entries, and evicts the oldest beyond its bound', () => {
    const cache = new MemoryScanCache(3);
    const finding: ReportedFinding = { file: 'a.js', line: 1, column: 1, endLine: 1, endColumn: 5, ruleId: 'r', provider: 'P', description: 'd', severity: 'error', fingerprint: 'f', masked: 'm…' };
    cache.set('/a', { hash: 'ha', findings: [finding] });
    cache.set('/b', { hash: 'hb', findings: [] });
    cache.set('/c', { hash: 'hc', findings: [] });
    assert.deepEqual(cache.get('/a'), { hash: 'ha', findings: [finding] });
    assert.deepEqual(cache.get('/b'), { hash: 'hb', findings: [] });
    cache.set('/a', { hash: 'ha2', findings: [] }); // rewritten: now the newest
    cache.set('/d', { hash: 'hd', findings: [] });
    assert.equal(cache.size, 3);
    assert.equal(cache.get('/b'), undefined, 'the oldest entry stays beyond the bound');
    assert.deepEqual(cache.get('/a'), { hash: 'ha2', findings: [] });
    assert.ok(cache.get('/c') && cache.get('/d'));
  });

  it('path rules give the same answers after their lookup cache is renewed', () => {
    const rules = new PathRules('node_modules/\n*.log\n!keep.log\n');
    for (let i = 0; i < 10_000; i++) {
      assert.equal(rules.ignores(`src/m${i}/file.ts`), false);
      assert.equal(rules.ignores(`node_modules/m${i}/`), true);
      assert.equal(rules.ignores(`logs/run${i}.log`), true);
    }
    assert.equal(rules.ignores('logs/keep.log'), false);
  });
});
