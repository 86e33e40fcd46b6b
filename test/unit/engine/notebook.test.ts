import assert from 'node:assert/strict';
import { applyEdits, createScanner, isNotebookPath, notebookOutputs, outputCellAt, planClearOutputs } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { notebookJson } from '../../support/notebook';

const g = createExampleGen(1801);

describe('engine/notebook: saved outputs of .ipynb text', () => {
  const key = `sk_live_${g.alnum(32)}`;
  const other = `sk_live_${g.alnum(32)}`;
  const text = notebookJson([
    { source: 'import pandas as pd\n', outputs: [{ output_type: 'stream', name: 'stdout', text: 'loaded\n' }] },
    { kind: 'markdown', source: '# Notes\n' },
    { source: 'print(cfg)\n', outputs: [{ output_type: 'stream', name: 'stdout', text: `key=${key}\n` }] },
    { source: 'cfg\n', outputs: [{ output_type: 'execute_result', text: `'${other}'` }] },
    { source: 'clean()\n' },
  ]);

  it('lists each cell with outputs, by its index in `cells`, with the span of its outputs array', () => {
    const outputs = notebookOutputs(text);
    assert.deepEqual(
      outputs.map((o) => o.cell),
      [0, 2, 3],
    );
    for (const o of outputs) {
      assert.equal(text[o.start], '[');
      assert.equal(text[o.end - 1], ']');
      assert.ok(Array.isArray(JSON.parse(text.slice(o.start, o.end))));
    }
  });

  it('tells which cell output holds a finding of the raw text, and none for a finding in a source', () => {
    const outputs = notebookOutputs(text);
    const findings = createScanner().scan(text, { path: 'nb/a.ipynb' });
    const byValue = new Map(findings.map((f) => [text.slice(f.start, f.end), outputCellAt(outputs, f.start, f.end)]));
    assert.equal(byValue.get(key), 2);
    assert.equal(byValue.get(other), 3);
    const inSource = notebookJson([{ source: `stripe = "${key}"\n` }]);
    const f = createScanner()
      .scan(inSource, { path: 'a.ipynb' })
      .find((x) => inSource.slice(x.start, x.end) === key);
    assert.ok(f, 'the source value is found');
    assert.equal(outputCellAt(notebookOutputs(inSource), f.start, f.end), undefined);
  });

  it("clears one cell's outputs and leaves every other cell byte for byte", () => {
    const edit = planClearOutputs(text, 2);
    assert.ok(edit);
    const after = JSON.parse(applyEdits(text, [edit])) as { cells: Record<string, unknown>[] };
    const before = JSON.parse(text) as { cells: Record<string, unknown>[] };
    assert.deepEqual(after.cells[2]!.outputs, []);
    assert.deepEqual(after.cells[2]!.source, before.cells[2]!.source);
    for (const i of [0, 1, 3, 4]) assert.deepEqual(after.cells[i], before.cells[i]);
    assert.ok(!applyEdits(text, [edit]).includes(key));
    assert.equal(planClearOutputs(text, 4), undefined, 'a cell without outputs has nothing to clear');
  });

  it('finds nothing in text that is not a notebook (half-written, plain, another JSON shape)', () => {
    for (const t of ['', 'print(1)', '{"cells": ', '{"cells": {"outputs": [1]}}', '[1, 2]', text.slice(0, text.length / 2)]) {
      assert.doesNotThrow(() => notebookOutputs(t));
    }
    assert.deepEqual(notebookOutputs('print(1)'), []);
    assert.deepEqual(notebookOutputs('{"cells": {"outputs": [1]}}'), []);
    assert.equal(isNotebookPath('a/b.IPYNB'), true);
    assert.equal(isNotebookPath('a/b.py'), false);
  });
});
