// Secrets in the saved outputs of an open notebook. LSP notebook sync carries cell text, never outputs, so the
// `.ipynb` file is read (on open and on each save: the outputs as saved are what leaks) and scanned as the CLI
// scans it; a finding inside a cell's `outputs` becomes a diagnostic on that cell with a "Clear this output"
// action. Clearing is a notebook edit the editor makes (client/notebookOutputs.ts): LSP has no output edit.
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import { readSmallFile } from '../git/boundedRead';
import { type Finding, notebookOutputs, outputCellAt, planClearOutputs, type Scanner } from '../engine';
import { DIAGNOSTIC_SOURCE, diagnosticSeverity, findingLabel } from './diagnostics';
import type { DocumentView } from './lineDocument';
import { CLEAR_CELL_OUTPUTS_COMMAND, type ClearCellOutputsArgs } from '../protocol/notebooks';
import type { NotebookCells } from './notebookCells';
import type { HushSettings } from './settings';

export const CLEAR_OUTPUT_TITLE = 'Clear this output';

export interface OutputDiagnosticData {
  kind: 'output';
  fingerprint: string;
  notebook: string;
  cell: string;
}

export interface NotebookScan {
  path: string;
  scanner: Scanner;
  maxBytes: number;
}

export class SavedOutputs {
  /** Notebook URI → cell document URI → findings in that cell's saved outputs. */
  private readonly byNotebook = new Map<string, Map<string, Finding[]>>();

  constructor(private readonly cells: NotebookCells) {}

  /** Re-reads the notebook file; returns the cells whose output findings may have changed. `scan` undefined:
   * the notebook is skipped (disabled, excluded) or not a file. */
  refresh(notebook: string, scan: NotebookScan | undefined): string[] {
    const before = [...(this.byNotebook.get(notebook)?.keys() ?? [])];
    this.byNotebook.delete(notebook);
    if (!scan || !this.cells.has(notebook)) return before;
    const read = readSmallFile(scan.path, scan.maxBytes);
    if (!('text' in read)) return before;
    const outputs = notebookOutputs(read.text);
    if (outputs.length === 0) return before;
    // The editor's cells are the saved ones right after an open or a save: the index names the same cell.
    const cellUris = this.cells.cellsOf(notebook);
    const byCell = new Map<string, Finding[]>();
    for (const f of scan.scanner.scan(read.text, { path: scan.path })) {
      const index = outputCellAt(outputs, f.start, f.end);
      const cell = index === undefined ? undefined : cellUris[index];
      if (cell) byCell.set(cell, [...(byCell.get(cell) ?? []), f]);
    }
    if (byCell.size > 0) this.byNotebook.set(notebook, byCell);
    return [...new Set([...before, ...byCell.keys()])];
  }

  forCell(cell: string): readonly Finding[] {
    const notebook = this.cells.notebookOf(cell);
    return (notebook && this.byNotebook.get(notebook)?.get(cell)) || [];
  }

  forget(notebook: string): void {
    this.byNotebook.delete(notebook);
  }
}

/** Shown on the cell's last line, the one just above its outputs. */
export function outputDiagnostic(f: Finding, doc: DocumentView, settings: HushSettings, notebook: string): Diagnostic {
  const lastLine = doc.positionAt(doc.length).line;
  const data: OutputDiagnosticData = { kind: 'output', fingerprint: f.fingerprint, notebook, cell: doc.uri };
  return {
    range: { start: { line: lastLine, character: 0 }, end: doc.positionAt(doc.length) },
    severity: diagnosticSeverity(f.severity, settings),
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    message: `${findingLabel(f)} in this cell's saved output: clear the output and save the notebook`,
    data,
  };
}

function isOutputData(data: unknown): data is OutputDiagnosticData {
  const d = data as Partial<OutputDiagnosticData> | undefined;
  return typeof d === 'object' && d !== null && d.kind === 'output' && typeof d.notebook === 'string' && typeof d.cell === 'string';
}

/** "Clear this output" for a cell's output diagnostics (one action per cell, whatever the number of findings). */
export function clearCellOutputActions(diagnostics: readonly Diagnostic[]): CodeAction[] {
  const mine = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && isOutputData(d.data));
  const first = mine[0]?.data as OutputDiagnosticData | undefined;
  if (!first) return [];
  const args: ClearCellOutputsArgs = { notebook: first.notebook, cell: first.cell };
  return [{ title: CLEAR_OUTPUT_TITLE, kind: CodeActionKind.QuickFix, diagnostics: mine, isPreferred: true, command: { title: CLEAR_OUTPUT_TITLE, command: CLEAR_CELL_OUTPUTS_COMMAND, arguments: [args] } }];
}

/** In the raw `.ipynb` text (opened as JSON): empties the outputs of the cell holding the finding, one text edit. */
export function clearRawOutputAction(doc: DocumentView, f: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  const text = doc.getText();
  const cell = outputCellAt(notebookOutputs(text), f.start, f.end);
  const edit = cell === undefined ? undefined : planClearOutputs(text, cell);
  if (!edit) return undefined;
  return {
    title: `${CLEAR_OUTPUT_TITLE} (cell ${cell! + 1})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.newText }] }] },
  };
}
