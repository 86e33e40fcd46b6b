// "Clear this output": the server finds secrets in a cell's saved outputs, but LSP cannot edit outputs, so its
// action runs this command, which replaces that one cell with itself minus its outputs (a notebook edit: one
// undo step, other cells untouched). Saving the notebook then takes the value out of the file.
import * as vscode from 'vscode';
import { CLEAR_CELL_OUTPUTS_COMMAND, type ClearCellOutputsArgs } from '../protocol/notebooks';

function isArgs(a: unknown): a is ClearCellOutputsArgs {
  const x = a as Partial<ClearCellOutputsArgs> | undefined;
  return typeof x === 'object' && x !== null && typeof x.notebook === 'string' && typeof x.cell === 'string';
}

/** The same cell, source, metadata and execution summary kept, outputs gone. */
function withoutOutputs(cell: vscode.NotebookCell): vscode.NotebookCellData {
  const data = new vscode.NotebookCellData(cell.kind, cell.document.getText(), cell.document.languageId);
  data.metadata = cell.metadata;
  if (cell.executionSummary) data.executionSummary = cell.executionSummary;
  data.outputs = [];
  return data;
}

export async function clearCellOutputs(args: unknown): Promise<boolean> {
  if (!isArgs(args)) return false;
  const notebook = vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === args.notebook);
  const cell = notebook?.getCells().find((c) => c.document.uri.toString() === args.cell);
  if (!notebook || !cell) {
    void vscode.window.showWarningMessage('Hush: that notebook cell is no longer open. Nothing was changed.');
    return false;
  }
  if (cell.outputs.length === 0) return true;
  const edit = new vscode.WorkspaceEdit();
  edit.set(notebook.uri, [vscode.NotebookEdit.replaceCells(new vscode.NotebookRange(cell.index, cell.index + 1), [withoutOutputs(cell)])]);
  return vscode.workspace.applyEdit(edit);
}

export function registerNotebookOutputCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(CLEAR_CELL_OUTPUTS_COMMAND, clearCellOutputs));
}
