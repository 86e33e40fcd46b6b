// Which notebooks the server asks the client to sync (LSP 3.17 `notebookDocumentSync`): Jupyter notebooks,
// with the cell languages listed in protocol/notebooks.ts. Other cells are not sent.
import type { NotebookDocumentSyncOptions } from 'vscode-languageserver';
import { NOTEBOOK_CELL_LANGUAGES, NOTEBOOK_TYPE } from '../protocol/notebooks';

export const NOTEBOOK_SYNC: NotebookDocumentSyncOptions = {
  notebookSelector: [{ notebook: { notebookType: NOTEBOOK_TYPE }, cells: NOTEBOOK_CELL_LANGUAGES.map((language) => ({ language })) }],
  // Save notifications re-read the file: the saved outputs are what a commit would carry.
  save: true,
};
