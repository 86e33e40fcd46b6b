// The notebooks the client has open (LSP 3.17 notebook sync) and which cell documents each holds, in order.
// A cell is scanned like any open document; this map says which notebook it belongs to, so its settings,
// project config and `.env` are the notebook file's, and where it stands (the saved outputs are by index).
import { uriToPath } from './workspaceFolders';

export class NotebookCells {
  /** Notebook URI → its cell document URIs in notebook order. */
  private readonly cells = new Map<string, string[]>();
  private readonly notebookByCell = new Map<string, string>();

  open(notebook: string, cells: readonly string[]): void {
    this.close(notebook);
    this.cells.set(notebook, [...cells]);
    for (const c of cells) this.notebookByCell.set(c, notebook);
  }

  /** `deleteCount` cells from `start` were replaced by `added` (the structure change of a didChange). */
  splice(notebook: string, start: number, deleteCount: number, added: readonly string[]): void {
    const list = this.cells.get(notebook);
    if (!list) return;
    for (const gone of list.splice(start, deleteCount, ...added)) if (!list.includes(gone)) this.notebookByCell.delete(gone);
    for (const c of added) this.notebookByCell.set(c, notebook);
  }

  /** Forgets the notebook; returns the cell documents it held. */
  close(notebook: string): string[] {
    const list = this.cells.get(notebook) ?? [];
    this.cells.delete(notebook);
    for (const c of list) if (this.notebookByCell.get(c) === notebook) this.notebookByCell.delete(c);
    return list;
  }

  has(notebook: string): boolean {
    return this.cells.has(notebook);
  }

  notebookOf(cell: string): string | undefined {
    return this.notebookByCell.get(cell);
  }

  cellsOf(notebook: string): readonly string[] {
    return this.cells.get(notebook) ?? [];
  }

  notebooks(): IterableIterator<string> {
    return this.cells.keys();
  }

  /** The file a document's settings, config and store files go by: a cell's notebook, else its own. */
  readonly pathOf = (uri: string): string | undefined => {
    const notebook = this.notebookByCell.get(uri);
    return uriToPath(notebook ?? uri);
  };
}
