// Notebooks over LSP 3.17: which notebooks the server asks the client to sync (`notebookDocumentSync`:
// Jupyter notebooks, with the cell languages listed in protocol/notebooks.ts), and the four notebook
// notifications handed to the same open/change/close path as text documents (each cell is one), plus
// reading the saved outputs on open and save.
import type { Connection, NotebookDocumentSyncOptions, TextDocumentContentChangeEvent, TextDocumentItem } from 'vscode-languageserver';
import { NOTEBOOK_CELL_LANGUAGES, NOTEBOOK_TYPE } from '../protocol/notebooks';
import type { NotebookCells } from './notebookCells';
import type { SavedOutputs } from './notebookOutputs';
import { type Logger, runSafeAsync } from './runner';

export const NOTEBOOK_SYNC: NotebookDocumentSyncOptions = {
  notebookSelector: [{ notebook: { notebookType: NOTEBOOK_TYPE }, cells: NOTEBOOK_CELL_LANGUAGES.map((language) => ({ language })) }],
  // Save notifications re-read the file: the saved outputs are what a commit would carry.
  save: true,
};

export interface NotebookSyncDeps {
  log: Logger;
  notebooks: NotebookCells;
  savedOutputs: SavedOutputs;
  openDocument(item: TextDocumentItem): void;
  changeDocument(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  closeDocument(uri: string): void;
  /** Scans the notebook file's saved outputs and re-publishes the cells concerned. */
  refreshOutputs(notebook: string): Promise<void>;
  /** The workspace scan's diagnostics on the notebook file: hidden while it is open, back when it closes. */
  showScanned(notebook: string, open: boolean): void;
}

export function registerNotebookSync(connection: Connection, deps: NotebookSyncDeps): void {
  const { log, notebooks, savedOutputs } = deps;
  const sync = connection.notebooks.synchronization;
  sync.onDidOpenNotebookDocument((p) =>
    runSafeAsync(log, 'notebook open', () => {
      notebooks.open(
        p.notebookDocument.uri,
        p.notebookDocument.cells.map((c) => c.document),
      );
      for (const cell of p.cellTextDocuments) deps.openDocument(cell);
      deps.showScanned(p.notebookDocument.uri, true);
      return deps.refreshOutputs(p.notebookDocument.uri);
    }),
  );
  sync.onDidChangeNotebookDocument((p) =>
    runSafeAsync(log, 'notebook change', () => {
      const cells = p.change.cells;
      const structure = cells?.structure;
      if (structure) {
        notebooks.splice(p.notebookDocument.uri, structure.array.start, structure.array.deleteCount, structure.array.cells?.map((c) => c.document) ?? []);
        for (const closed of structure.didClose ?? []) deps.closeDocument(closed.uri);
        for (const opened of structure.didOpen ?? []) deps.openDocument(opened);
      }
      for (const c of cells?.textContent ?? []) deps.changeDocument(c.document.uri, c.document.version, c.changes);
    }),
  );
  sync.onDidSaveNotebookDocument((p) => runSafeAsync(log, 'notebook save', () => deps.refreshOutputs(p.notebookDocument.uri)));
  sync.onDidCloseNotebookDocument((p) =>
    runSafeAsync(log, 'notebook close', () => {
      savedOutputs.forget(p.notebookDocument.uri);
      notebooks.close(p.notebookDocument.uri);
      for (const cell of p.cellTextDocuments) deps.closeDocument(cell.uri);
      deps.showScanned(p.notebookDocument.uri, false);
    }),
  );
}
