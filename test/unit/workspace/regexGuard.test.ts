// The time budget behind custom rules (workspace/regexGuard.ts): a hung regex is stopped at the deadline, the
// jobs of other rules still run (in a fresh worker), and the results match what the scan loop finds in-thread.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { collectHits, type RegexJob } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { RegexGuard } from '../../../workspace/regexGuard';
import { ROOT } from '../../support/paths';

const SCRIPT = join(ROOT, 'dist', 'regexWorker.js');

describe('custom rules under a time budget (RegexGuard)', function () {
  this.timeout(30_000);
  const guard = new RegexGuard(SCRIPT, 300);
  after(() => guard.stop());

  const acme = { source: 'acme_(?<secret>[a-z0-9]{8})', flags: '' };
  // Exponential on V8 (the static proof refuses it; the guard does not rely on that).
  const hang = { source: 'zz(?<secret>(?:a|aa){1,1000})b', flags: '' };

  // Random values: a placeholder such as 12345678 is rejected before a hit is returned.
  const g = createExampleGen(4242);
  const [v1, v2, v3, v4] = [g.alnum(8).toLowerCase(), g.alnum(8).toLowerCase(), g.alnum(8).toLowerCase(), g.alnum(8).toLowerCase()];

  it('returns the same hits as the in-thread scan loop, windows included', () => {
    const text = `x acme_${v1} y acme_${v2} z`;
    const jobs: RegexJob[] = [
      { rule: 0, ...acme, text: 0, from: 0, to: text.length },
      { rule: 0, ...acme, text: 0, from: 16, to: 32 },
    ];
    const [all, window] = guard.run([text], jobs);
    assert.deepEqual(all, collectHits(new RegExp(acme.source, 'gd'), text, 0, text.length));
    assert.deepEqual(
      (all as { secretStart: number }[]).map((h) => text.slice(h.secretStart, h.secretStart + 8)),
      [v1, v2],
    );
    assert.deepEqual(window, collectHits(new RegExp(acme.source, 'gd'), text, 16, 32));
  });

  it('stops the rule that runs past the deadline, drops its other jobs, and runs the other rules', () => {
    const slow = `zz${'a'.repeat(60)}`;
    const text = `acme_${v1} ${slow}`;
    const jobs: RegexJob[] = [
      { rule: 0, ...acme, text: 0, from: 0, to: text.length },
      { rule: 1, ...hang, text: 0, from: 0, to: text.length },
      { rule: 1, ...hang, text: 1, from: 0, to: 4 },
      { rule: 2, ...acme, text: 1, from: 0, to: 13 },
    ];
    const results = guard.run([text, `acme_${v3}`], jobs);
    assert.equal(results[0] === 'timeout' ? 'timeout' : results[0]!.length, 1);
    assert.equal(results[1], 'timeout');
    assert.equal(results[2], 'timeout');
    assert.notEqual(results[3], 'timeout');
    assert.equal((results[3] as unknown[]).length, 1);
    // And the guard goes on working with a new worker.
    assert.equal((guard.run([`acme_${v4}`], [{ rule: 0, ...acme, text: 0, from: 0, to: 13 }])[0] as unknown[]).length, 1);
  });
});
