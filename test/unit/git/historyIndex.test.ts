import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createScanner } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { collectFirstHits } from '../../../git/firstHits';
import { HistoryIndex } from '../../../git/historyIndex';
import { readTips, tipCommits } from '../../../git/refs';
import { BASE_DATE, TempRepo } from '../../support/gitRepo';
import { tempDir } from '../../support/tempTree';

const scanner = createScanner();
const g = createExampleGen(71);

/** The fingerprint the editor would compute for the only finding in `text`. */
function fingerprintIn(text: string): string {
  const findings = scanner.scan(text);
  assert.equal(findings.length, 1, 'expected exactly one finding');
  return findings[0]!.fingerprint;
}

const stripeLine = (value: string) => `const stripe = "${value}";\n`;
const newStripe = () => `sk_live_${g.alnum(24)}`;

describe('git history index and incident status', () => {
  it('is absent outside a git repository (no incident path)', async () => {
    const dir = tempDir('hush-nogit-');
    assert.equal(await HistoryIndex.open(dir, { scanner }), undefined);
  });

  for (const [title, history] of [
    ['uncommitted: a secret only in the working tree', (repo: TempRepo) => void repo.write('README.md', 'hello\n').commit('init')],
    ['works in a repository with no commit yet', () => undefined],
  ] as const) {
    it(title, async () => {
      const repo = TempRepo.init();
      history(repo);
      const value = newStripe();
      repo.write('app.js', stripeLine(value));
      const index = (await HistoryIndex.open(repo.dir, { scanner }))!;
      assert.deepEqual(await index.status(fingerprintIn(stripeLine(value))), { state: 'uncommitted' });
    });
  }

  it('committed: the first commit that added it, with date, author and the line', async () => {
    const repo = TempRepo.init();
    const value = newStripe();
    repo.write('README.md', 'hello\n').commit('init');
    const first = repo.write('src/app.js', `// app\n${stripeLine(value)}`).commit('add payments', 'Alice Example');
    // The same value added again elsewhere later does not move the first commit.
    repo.write('other.js', stripeLine(value)).commit('copy it', 'Bob Example');
    const index = (await HistoryIndex.open(join(repo.dir, 'src'), { scanner }))!;
    const status = await index.status(fingerprintIn(stripeLine(value)));
    assert.equal(status.state, 'committed');
    assert.ok(status.state === 'committed');
    assert.deepEqual(status.commit, { sha: first, date: BASE_DATE + 86400, author: 'Alice Example', subject: 'add payments' });
    assert.equal(status.path, 'src/app.js');
    assert.equal(status.line, 2);
  });

  it('pushed: committed and reachable from a remote-tracking branch of a local bare remote', async () => {
    const repo = TempRepo.init();
    const pushedValue = newStripe();
    const localValue = newStripe();
    repo.write('a.js', stripeLine(pushedValue)).commit('pushed secret');
    repo.pushToBareRemote('origin', 'main');
    repo.write('b.js', stripeLine(localValue)).commit('local secret');
    const index = (await HistoryIndex.open(repo.dir, { scanner }))!;
    const [pushed, local] = await index.statuses([fingerprintIn(stripeLine(pushedValue)), fingerprintIn(stripeLine(localValue))]);
    assert.equal(pushed!.state, 'pushed');
    assert.ok(pushed!.state === 'pushed');
    assert.equal(pushed!.remoteBranch, 'origin/main');
    assert.equal(local!.state, 'committed');
  });

  it('committed then removed: found in history, and committed again when the value reappears', async () => {
    const repo = TempRepo.init();
    const value = newStripe();
    const added = repo.write('config.js', stripeLine(value)).commit('add key');
    repo.remove('config.js').commit('remove key');
    const { hits } = await collectFirstHits({ cwd: repo.dir, scanner, include: tipCommits(await readTips({ cwd: repo.dir })) });
    assert.equal(hits.size, 1);
    assert.equal([...hits.values()][0]!.commit.sha, added);

    // The user pastes it back in a new file: the editor's finding is an incident, not a lint warning.
    repo.write('new.js', stripeLine(value));
    const index = (await HistoryIndex.open(repo.dir, { scanner }))!;
    const status = await index.status(fingerprintIn(stripeLine(value)));
    assert.equal(status.state, 'committed');
    assert.ok(status.state === 'committed' && status.commit.sha === added);
  });

  it('refreshes incrementally on new commits, rebuilds when commits are dropped, and follows new pushes', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hello\n').commit('init');
    const index = (await HistoryIndex.open(repo.dir, { scanner, tipsMaxAgeMs: 0 }))!;
    assert.equal((await index.refresh()).kind, 'full');
    assert.equal((await index.refresh()).kind, 'unchanged');

    const value = newStripe();
    const fp = fingerprintIn(stripeLine(value));
    repo.write('x.js', stripeLine(value));
    assert.equal((await index.status(fp)).state, 'uncommitted');

    repo.commit('add key');
    const r = await index.refresh();
    assert.equal(r.kind, 'incremental');
    assert.equal(r.stats!.commits, 1, 'only the new commit is scanned');
    assert.equal((await index.status(fp)).state, 'committed');

    repo.pushToBareRemote();
    assert.equal((await index.status(fp)).state, 'pushed');

    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.git('push', '-q', '--force', 'origin', 'main');
    repo.write('x.js', stripeLine(value));
    assert.equal((await index.refresh()).kind, 'full');
    assert.deepEqual(await index.status(fp), { state: 'uncommitted' });
  });

  it('walks merges, odd paths and binary files: each secret once, at the commit that added it', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hi\n').commit('init');
    repo.git('checkout', '-q', '-b', 'feature');
    const onBranch = newStripe();
    const added = repo.write('dir with space/café "q".js', `// x\n${stripeLine(onBranch)}`).commit('feature key');
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(stripeLine(newStripe()))])).commit('binary');
    repo.git('checkout', '-q', 'main');
    repo.write('main.txt', 'main\n').commit('main work');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    const { hits, stats } = await collectFirstHits({ cwd: repo.dir, scanner, include: tipCommits(await readTips({ cwd: repo.dir })) });
    assert.equal(stats.commits, 5);
    assert.deepEqual(
      [...hits.values()].map((h) => [h.path, h.line, h.commit.sha]),
      [['dir with space/café "q".js', 2, added]],
    );
  });

  it('masks a secret written in a commit subject', async () => {
    const repo = TempRepo.init();
    const value = newStripe();
    repo.write('a.js', stripeLine(value)).commit(`add ${value}`);
    const index = (await HistoryIndex.open(repo.dir, { scanner }))!;
    const status = await index.status(fingerprintIn(stripeLine(value)));
    assert.ok(status.state === 'committed');
    assert.ok(!status.commit.subject.includes(value));
    assert.match(status.commit.subject, /^add sk_live_…/);
  });
});
