// A real `.ipynb` (built here, secrets generated at run time) opened in the notebook editor: the language
// server gets its cells through LSP notebook sync, a secret in a cell's saved output is shown on that cell
// with "Clear this output" (one cell's outputs cleared, the others untouched), and a secret typed into a cell
// gets Move to .env with Python's reference and a `.env` beside the notebook.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { notebookJson } from '../support/notebook';
import { activeHush, quickFixesAt, stripeKey, textOf, waitFor, writeWorkspaceFile } from './support';

const isHush = (d: vscode.Diagnostic) => /hush/i.test(d.source ?? '');

function hushOn(cell: vscode.NotebookCell, predicate: (d: vscode.Diagnostic) => boolean, what: string): Promise<vscode.Diagnostic> {
  return waitFor(() => vscode.languages.getDiagnostics(cell.document.uri).find((d) => isHush(d) && predicate(d)), what, 30_000);
}

async function run(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.equal(await vscode.workspace.applyEdit(action.edit), true);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('Jupyter notebook in the notebook editor', function () {
  this.timeout(120_000);

  it('a saved output with a secret: diagnostic on its cell, "Clear this output" clears that cell only; a typed secret moves to .env beside the notebook', async function () {
    await activeHush(this);
    const inOutput = stripeKey(1811);
    const typed = stripeKey(1812);
    const uri = writeWorkspaceFile(
      'notebooks/explore.ipynb',
      notebookJson([
        { source: 'import pandas as pd\n', outputs: [{ output_type: 'stream', name: 'stdout', text: 'ready\n' }] },
        { source: 'print(settings)\n', outputs: [{ output_type: 'stream', name: 'stdout', text: `{'stripe': '${inOutput.value}'}\n` }] },
        { source: 'x = 1\n' },
      ]),
    );
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    assert.equal(notebook.notebookType, 'jupyter-notebook');
    await vscode.window.showNotebookDocument(notebook);

    // The saved output: shown on cell 2 (masked), with a clear action that is a notebook edit.
    const outputDiagnostic = await hushOn(notebook.cellAt(1), (d) => /saved output/.test(d.message), 'the saved-output diagnostic on cell 2');
    assert.ok(outputDiagnostic.message.includes(inOutput.masked), outputDiagnostic.message);
    assert.ok(!outputDiagnostic.message.includes(inOutput.value));
    for (const i of [0, 2]) assert.ok(!vscode.languages.getDiagnostics(notebook.cellAt(i).document.uri).some(isHush), `no diagnostic on cell ${i + 1}`);
    const clear = (await quickFixesAt(notebook.cellAt(1).document.uri, outputDiagnostic.range)).find((a) => a.title === 'Clear this output');
    assert.ok(clear, 'a "Clear this output" quick fix');
    await run(clear);
    await waitFor(() => notebook.cellAt(1).outputs.length === 0, 'cell 2 outputs cleared');
    assert.equal(notebook.cellAt(1).document.getText(), 'print(settings)\n', 'its source kept');
    assert.equal(notebook.cellAt(0).outputs.length, 1, 'cell 1 keeps its output');
    assert.equal(notebook.cellCount, 3);
    await waitFor(() => !vscode.languages.getDiagnostics(notebook.cellAt(1).document.uri).some(isHush), 'the output diagnostic gone');

    // Typing a secret into cell 3: a diagnostic as soon as it is there, and Move to .env with os.environ.
    const cell = notebook.cellAt(2);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(cell.document.uri, new vscode.Range(0, 0, cell.document.lineCount, 0), `stripe_key = "${typed.value}"\n`);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const diagnostic = await hushOn(cell, (d) => d.range.start.line === 0 && !/saved output/.test(d.message), 'the typed secret diagnosed in cell 3');
    const move = (await quickFixesAt(cell.document.uri, diagnostic.range, 10)).find((a) => /^Move to \.env as /.test(a.title));
    assert.ok(move, 'a Move to .env quick fix in the cell');
    const name = /^Move to \.env as ([A-Z0-9_]+)/.exec(move.title)![1]!;
    await run(move);
    await waitFor(() => cell.document.getText().includes(`os.environ["${name}"]`), `os.environ["${name}"] in the cell`);
    assert.match(cell.document.getText(), /^import os$/m, 'import os added to the cell');
    assert.ok(!cell.document.getText().includes(typed.value));
    assert.equal(notebook.cellAt(0).document.getText(), 'import pandas as pd\n', 'cell 1 untouched');
    const env = await waitFor(async () => textOf(vscode.Uri.joinPath(uri, '..', '.env')), '.env beside the notebook');
    assert.ok(
      env.split(/\r?\n/).some((line) => new RegExp(`^${name}=["']?${typed.value}["']?$`).test(line)),
      '.env holds NAME=value',
    );
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
  });
});
