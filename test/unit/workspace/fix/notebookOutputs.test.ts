import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { planOutputClears } from '../../../../workspace/fix/notebookOutputs';
import { notebookJson } from '../../../support/notebook';

const g = createExampleGen(1804);

describe('workspace/fix/notebookOutputs: hush fix clears outputs, the rest moves', () => {
  it('clears the output cells and shifts the findings after them to the cleared text', () => {
    const printed = `sk_live_${g.alnum(32)}`;
    const later = `sk_live_${g.alnum(32)}`;
    const text = notebookJson([{ source: 'show()\n', outputs: [{ output_type: 'stream', name: 'stdout', text: `key ${printed}\n`.repeat(3) }] }, { source: `stripe_key = "${later}"\n` }]);
    const findings = createScanner().scan(text, { path: 'a.ipynb' });
    const plan = planOutputClears('nb/a.ipynb', text, findings);
    assert.ok(plan);
    assert.deepEqual([...new Set(plan.cleared.map((c) => c.cell))], [0]);
    assert.ok(!plan.text.includes(printed));
    assert.equal(plan.rest.length, 1);
    const f = plan.rest[0]!;
    assert.ok(f.start < text.indexOf(later), 'the offset moved back by what the clear removed');
    assert.equal(plan.text.slice(f.start, f.end), later, 'and points at the value in the cleared text');
  });

  it('leaves other files and notebooks without output findings to the move', () => {
    const value = `sk_live_${g.alnum(32)}`;
    const text = notebookJson([{ source: `k = "${value}"\n` }]);
    const findings = createScanner().scan(text, { path: 'a.ipynb' });
    assert.equal(planOutputClears('a.ipynb', text, findings), undefined);
    assert.equal(planOutputClears('a.json', text, findings), undefined);
  });
});
