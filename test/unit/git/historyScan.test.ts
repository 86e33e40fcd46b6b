import assert from 'node:assert/strict';
import { createScanner, type Scanner } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { scanHistoryBatch, type HistoryBatch } from '../../../git/historyBatch';
import { scanHistory, type HistoryBatchScanner, type HistoryHit } from '../../../git/historyScan';
import { readTips, tipCommits } from '../../../git/refs';
import { TempRepo } from '../../support/gitRepo';

const g = createExampleGen(2212);

async function hitsOf(repo: TempRepo, scanner: Scanner | (() => Scanner | Promise<Scanner>) | HistoryBatchScanner, pendingBatches?: number): Promise<HistoryHit[]> {
  const include = tipCommits(await readTips({ cwd: repo.dir }));
  const hits: HistoryHit[] = [];
  await scanHistory({ cwd: repo.dir, scanner, include, pendingBatches }, (hit) => hits.push(hit));
  return hits;
}

const placed = (hits: HistoryHit[]) => hits.map((h) => [h.path, h.line, h.column, h.endLine, h.endColumn, h.finding.fingerprint, h.commit.sha, h.commit.subject]);

/** A worker stand-in: scans each batch later, the last one handed over first, so results arrive out of order. */
function slowBatches(scanner: Scanner, seen: HistoryBatch[]): HistoryBatchScanner {
  let delay = 40;
  return {
    scanBatch: (batch) => {
      seen.push(batch);
      delay = Math.max(0, delay - 10);
      return new Promise((resolve) => setTimeout(() => resolve(scanHistoryBatch(scanner, batch)), delay));
    },
  };
}

describe('scanHistory: the scanner built once git runs', () => {
  it('a scanner factory is called once and finds what the scanner itself finds', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hello\n').commit('init');
    repo.write('app.js', `const stripe = "sk_live_${g.alnum(24)}";\n`).commit('add payments');
    repo.write('ci.sh', `export GITHUB_TOKEN=ghp_${g.alnum(36)}\n`).commit('ci');
    let built = 0;
    const lazy = await hitsOf(repo, () => (built++, createScanner()));
    const eager = await hitsOf(repo, createScanner());
    assert.equal(built, 1);
    assert.equal(lazy.length, 2);
    assert.deepEqual(
      lazy.map((h) => [h.path, h.line, h.finding.fingerprint, h.commit.sha]),
      eager.map((h) => [h.path, h.line, h.finding.fingerprint, h.commit.sha]),
    );
  });

  it('a factory that resolves later: the log read meanwhile is scanned once it is ready, with the same hits', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hello\n').commit('init');
    repo.write('app.js', `const stripe = "sk_live_${g.alnum(24)}";\n`).commit('add payments');
    repo.write('ci.sh', `export GITHUB_TOKEN=ghp_${g.alnum(36)}\n`).commit('ci');
    // Resolved only after git has exited: every byte of the log arrives before the scanner exists.
    const late = await hitsOf(repo, () => new Promise<Scanner>((resolve) => setTimeout(() => resolve(createScanner()), 300)));
    const eager = await hitsOf(repo, createScanner());
    assert.equal(late.length, 2);
    assert.deepEqual(
      late.map((h) => [h.path, h.line, h.finding.fingerprint, h.commit.sha, h.commit.subject]),
      eager.map((h) => [h.path, h.line, h.finding.fingerprint, h.commit.sha, h.commit.subject]),
    );
  });

  it('a factory whose promise rejects fails the scan with its error', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hello\n').commit('init');
    await assert.rejects(
      hitsOf(repo, () => Promise.reject(new Error('bad custom rule'))),
      /bad custom rule/,
    );
  });

  it('a factory that throws fails the scan with its error (git is stopped)', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hello\n').commit('init');
    await assert.rejects(
      hitsOf(repo, () => {
        throw new Error('bad custom rule');
      }),
      /bad custom rule/,
    );
  });
});

describe('scanHistory: batches scanned off this thread', () => {
  const stripe = `sk_live_${g.alnum(24)}`;
  const ghp = `ghp_${g.alnum(36)}`;
  // Files of ~60,000 characters: the log's added text fills several batches.
  const filler = () => Array.from({ length: 3000 }, (_, i) => `  total += compute(${i});`).join('\n');

  it('gives the hits of the scanner on this thread, in the log order, subjects masked, with git paused between batches', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hello\n').commit('init');
    repo.write('a.js', `${filler()}\nconst stripe = "${stripe}";\n`).commit('add payments');
    repo.write('b.js', filler()).commit('more code');
    repo.write('c.js', `${filler()}\nexport GITHUB_TOKEN=${ghp}\n`).commit(`ci token ${ghp}`);
    repo.write('d.js', `${filler()}\nconst again = "${stripe}";\n`).commit('copy');
    repo.write('e.js', filler()).commit('tail');
    const scanner = createScanner();
    const eager = await hitsOf(repo, scanner);
    const seen: HistoryBatch[] = [];
    const off = await hitsOf(repo, slowBatches(scanner, seen), 1);
    assert.equal(eager.length, 3);
    assert.ok(seen.length >= 3, `${seen.length} batches`);
    assert.deepEqual(placed(off), placed(eager));
    const token = off.find((h) => h.path === 'c.js')!;
    assert.ok(!token.commit.subject.includes(ghp), 'a secret in a subject is masked');
    assert.match(token.commit.subject, /^ci token \S*…/);
  });

  it('an offload taking over from the scanner on this thread gives the same hits', async () => {
    const repo = TempRepo.init();
    repo.write('a.js', `${filler()}\nconst stripe = "${stripe}";\n`).commit('add payments');
    repo.write('b.js', `${filler()}\nconst again = "${stripe}";\n`).commit('copy');
    repo.write('c.js', `${filler()}\nexport GITHUB_TOKEN=${ghp}\n`).commit('ci');
    const scanner = createScanner();
    const include = tipCommits(await readTips({ cwd: repo.dir }));
    const seen: HistoryBatch[] = [];
    const off: HistoryHit[] = [];
    await scanHistory({ cwd: repo.dir, scanner, include, offload: { afterMs: 0, start: () => slowBatches(scanner, seen) } }, (hit) => off.push(hit));
    assert.ok(seen.length >= 2, `${seen.length} batches offloaded`);
    assert.deepEqual(placed(off), placed(await hitsOf(repo, scanner)));
  });

  it('masks only the subjects of commits with a finding in the batch', () => {
    const scanner = createScanner();
    const batch: HistoryBatch = {
      texts: ['const a = 1;', `const key = "${stripe}";`],
      paths: ['a.js', 'b.js'],
      commits: [0, 1],
      subjects: [`left ${stripe}`, `right ${stripe}`],
      suppressions: true,
    };
    const result = scanHistoryBatch(scanner, batch);
    assert.deepEqual(
      result.findings.map((f) => f.length),
      [0, 1],
    );
    assert.equal(result.subjects[0], undefined);
    assert.match(result.subjects[1]!, /^right sk_live_…/);
  });

  it('a batch that fails fails the scan with its error', async () => {
    const repo = TempRepo.init();
    repo.write('app.js', `const stripe = "${stripe}";\n`).commit('add payments');
    await assert.rejects(hitsOf(repo, { scanBatch: () => Promise.reject(new Error('scan worker exited with code 1')) }), /scan worker exited/);
  });
});
