import assert from 'node:assert/strict';
import { createScanner, type Scanner } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { scanHistory, type HistoryHit } from '../../../git/historyScan';
import { readTips, tipCommits } from '../../../git/refs';
import { TempRepo } from '../../support/gitRepo';

const g = createExampleGen(2212);

async function hitsOf(repo: TempRepo, scanner: Scanner | (() => Scanner | Promise<Scanner>)): Promise<HistoryHit[]> {
  const include = tipCommits(await readTips({ cwd: repo.dir }));
  const hits: HistoryHit[] = [];
  await scanHistory({ cwd: repo.dir, scanner, include }, (hit) => hits.push(hit));
  return hits;
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
