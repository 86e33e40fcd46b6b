// What client and server agree on for Jupyter notebooks: which notebooks and cell languages are synced
// (the server declares them in `notebookDocumentSync`, the client routes its language features to the
// same cells), and the client command that clears a cell's outputs (LSP has no notebook output edit).

export const NOTEBOOK_TYPE = 'jupyter-notebook';

/** Cell languages people put code, shell and prose in; other cells are not sent. */
export const NOTEBOOK_CELL_LANGUAGES = ['python', 'markdown', 'shellscript', 'sql', 'r', 'julia', 'javascript', 'typescript', 'raw', 'plaintext'] as const;

/** Registered by the client; the server's "Clear this output" action runs it. */
export const CLEAR_CELL_OUTPUTS_COMMAND = 'hush.clearCellOutputs';

export interface ClearCellOutputsArgs {
  /** The notebook's URI. */
  notebook: string;
  /** The cell's text document URI (stable while cells move). */
  cell: string;
}
