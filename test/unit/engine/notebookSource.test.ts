// The code cells of an `.ipynb` as one program: offsets map from the raw JSON into the joined code and edits map
// back as one rewrite of each changed cell's `source`, unchanged lines kept byte for byte.
import assert from 'node:assert/strict';
import { applyEdits, notebookCodeView } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { notebookJson } from '../../support/notebook';

const g = createExampleGen(2112);

describe('engine/notebookSource: code cells as one program', () => {
  const value = g.alnum(30);
  const text = notebookJson([{ kind: 'markdown', source: `# Notes\nkey "${g.alnum(8)}"\n` }, { source: 'import json\nprint("héllo")\n' }, { source: `cfg = {"k": "${value}"}\nrun(cfg)` }]);

  it('joins only code cells, decoded, each ending in a line break, and names the kernel language', () => {
    const view = notebookCodeView(text)!;
    assert.equal(view.text, `import json\nprint("héllo")\n\ncfg = {"k": "${value}"}\nrun(cfg)\n`);
    assert.equal(view.languageId, 'python');
  });

  it('maps a raw span inside an escaped JSON string to the decoded code, and nothing outside code cells', () => {
    const view = notebookCodeView(text)!;
    const raw = text.indexOf(value);
    const span = view.toView(raw, raw + value.length)!;
    assert.equal(view.text.slice(span.start, span.end), value);
    // The quote before the value is `\"` in the raw text: the span widened over it still maps to `"value"`.
    const quoted = view.toView(raw - 2, raw + value.length + 2)!;
    assert.equal(view.text.slice(quoted.start, quoted.end), `"${value}"`);
    assert.equal(view.toView(text.indexOf('# Notes'), text.indexOf('# Notes') + 7), undefined, 'a Markdown cell');
    assert.equal(view.toView(text.indexOf('nbformat'), text.indexOf('nbformat') + 8), undefined, 'metadata');
  });

  it('maps edits back to a rewrite of the changed cell only, keeping its other lines and the file valid JSON', () => {
    const view = notebookCodeView(text)!;
    const at = view.text.indexOf(`"${value}"`);
    const edits = view.toRaw([
      { start: at, end: at + value.length + 2, newText: 'os.environ["K"]' },
      { start: 0, end: 0, newText: 'import os\n' },
    ]);
    assert.equal(edits.length, 2, 'one rewrite per changed cell');
    const after = applyEdits(text, edits);
    const cells = (JSON.parse(after) as { cells: { source: string[] }[] }).cells;
    assert.deepEqual(cells[1]!.source, ['import os\n', 'import json\n', 'print("héllo")\n']);
    assert.deepEqual(cells[2]!.source, ['cfg = {"k": os.environ["K"]}\n', 'run(cfg)']);
    assert.ok(after.includes('"print(\\"héllo\\")\\n"'), 'an unchanged line keeps its raw form');
    assert.deepEqual(JSON.parse(after).cells[0], JSON.parse(text).cells[0]);
  });

  it('keeps a single-string source a string, and reads \\u escapes', () => {
    // Written with a \u escape, as some tools write non-ASCII text.
    const nb = JSON.stringify({ cells: [{ cell_type: 'code', source: `x = "é${value}"\n`, outputs: [] }], metadata: { kernelspec: { language: 'R' } } }).replace('é', '\\u00e9');
    const view = notebookCodeView(nb)!;
    assert.equal(view.languageId, 'r');
    assert.equal(view.text, `x = "\u00e9${value}"\n\n`);
    const at = view.text.indexOf(value);
    const raw = nb.indexOf(value);
    assert.deepEqual(view.toView(raw - 6, raw + value.length), { start: at - 1, end: at + value.length }, 'the escape counts as one character');
    const after = applyEdits(nb, view.toRaw([{ start: at, end: at + value.length, newText: 'Y' }]));
    assert.equal((JSON.parse(after) as { cells: { source: string }[] }).cells[0]!.source, 'x = "éY"\n');
  });

  it('is undefined for text that is not a notebook or has no code cell', () => {
    assert.equal(notebookCodeView('not json'), undefined);
    assert.equal(notebookCodeView('{"cells": "x"}'), undefined);
    assert.equal(notebookCodeView(notebookJson([{ kind: 'markdown', source: 'hi\n' }])), undefined);
    assert.equal(notebookCodeView('{"cells": [{"cell_type": "code", "source": ["bad \\q"]}]}'), undefined, 'a malformed escape');
  });
});
