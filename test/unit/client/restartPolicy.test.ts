// The client's answer to a dying server: restart with one message, then quietly, and give up (one error)
// after more than three crashes in three minutes; a manual restart gives a fresh budget.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RestartPolicy } from '../../../client/restartPolicy';
import { ROOT } from '../../support/paths';

describe('server restart policy', () => {
  it('restarts with one message, then quietly, and gives up with one clear error', () => {
    let now = 0;
    const p = new RestartPolicy(3, 180_000, () => now);
    const decisions = [0, 10_000, 20_000, 30_000, 40_000].map((t) => {
      now = t;
      return p.onClosed();
    });
    assert.deepEqual(
      decisions.map((d) => d.restart),
      [true, true, true, false, false],
    );
    const messages = decisions.filter((d) => d.message);
    assert.equal(messages.filter((d) => d.kind === 'info').length, 1);
    assert.match(decisions[3]!.message ?? '', /stopped 4 times in 3 minutes and was not restarted/);
    // The commands it names are the ones the palette shows.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string; title: string; category?: string }[] } };
    const shown = (id: string) => manifest.contributes.commands.filter((c) => c.command === id).map((c) => `"${c.category}: ${c.title}"`)[0];
    for (const id of ['hush.restartServer', 'hush.showOutput']) assert.ok(decisions[3]!.message!.includes(shown(id)!), `${id} is not named as the palette shows it: ${decisions[3]!.message}`);
  });

  it('crashes spread out over time keep being restarted, without further messages', () => {
    let now = 0;
    const p = new RestartPolicy(3, 180_000, () => now);
    const decisions = Array.from({ length: 10 }, (_, i) => {
      now = i * 100_000;
      return p.onClosed();
    });
    assert.ok(decisions.every((d) => d.restart));
    assert.equal(decisions.filter((d) => d.message).length, 1);
  });

  it('a manual restart resets the budget', () => {
    let now = 0;
    const p = new RestartPolicy(1, 180_000, () => now);
    assert.equal(p.onClosed().restart, true);
    now = 1;
    assert.equal(p.onClosed().restart, false);
    p.reset();
    now = 2;
    assert.equal(p.onClosed().restart, true);
  });
});
