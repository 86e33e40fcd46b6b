import assert from 'node:assert/strict';
import { NotebookCells } from '../../../server/notebookCells';

describe('server/notebookCells: which notebook a cell document belongs to', () => {
  const nb = 'file:///work/analysis/explore.ipynb';
  const cell = (n: number) => `vscode-notebook-cell:/work/analysis/explore.ipynb#W${n}`;

  it("gives a cell its notebook's file path, and a plain file its own", () => {
    const cells = new NotebookCells();
    cells.open(nb, [cell(0), cell(1)]);
    assert.equal(cells.notebookOf(cell(1)), nb);
    assert.equal(cells.pathOf(cell(1)), '/work/analysis/explore.ipynb');
    assert.equal(cells.pathOf('file:///work/app.py'), '/work/app.py');
    assert.equal(cells.pathOf('vscode-notebook-cell:/elsewhere.ipynb#W9'), undefined, 'a cell of no open notebook has no file');
  });

  it('follows structure changes: inserted, moved and deleted cells', () => {
    const cells = new NotebookCells();
    cells.open(nb, [cell(0), cell(1), cell(2)]);
    cells.splice(nb, 1, 0, [cell(3)]);
    assert.deepEqual(cells.cellsOf(nb), [cell(0), cell(3), cell(1), cell(2)]);
    // A move arrives as one splice holding cells that stay in the notebook.
    cells.splice(nb, 0, 4, [cell(3), cell(1), cell(2), cell(0)]);
    assert.equal(cells.notebookOf(cell(0)), nb);
    cells.splice(nb, 3, 1, []);
    assert.deepEqual(cells.cellsOf(nb), [cell(3), cell(1), cell(2)]);
    assert.equal(cells.notebookOf(cell(0)), undefined, 'a deleted cell belongs to no notebook');
    assert.deepEqual(cells.close(nb), [cell(3), cell(1), cell(2)]);
    assert.equal(cells.notebookOf(cell(1)), undefined);
    assert.equal(cells.has(nb), false);
  });
});
