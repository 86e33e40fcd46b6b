// Where the saved outputs of a Jupyter notebook (`.ipynb`, nbformat 4) sit in its raw JSON text, so a finding
// in the file can be told apart as "in the saved output of cell N", and that cell's outputs cleared with one
// text edit that leaves every other cell as it is. Offsets point into the text as it stands.
import { findNodeAtLocation, type Node as JsonNode, parseTree } from 'jsonc-parser';
import type { OffsetEdit } from './fix/edits';

/** One cell that has saved outputs: its index in `cells` (0-based, as notebook editors count) and where its
 * `outputs` array (brackets included) sits in the text. */
export interface NotebookOutputs {
  cell: number;
  start: number;
  end: number;
}

/** Whether a path names a Jupyter notebook. */
export function isNotebookPath(path: string | undefined): boolean {
  return path !== undefined && /\.ipynb$/i.test(path);
}

/** The cells with a non-empty `outputs` array, in order; [] for text that is not a notebook. */
export function notebookOutputs(text: string): NotebookOutputs[] {
  // A notebook is a JSON object with a `cells` array: anything else (a half-written file, plain text) has no outputs.
  if (!text.trimStart().startsWith('{')) return [];
  let root: JsonNode | undefined;
  try {
    root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return [];
  }
  const cells = root && findNodeAtLocation(root, ['cells']);
  if (!cells || cells.type !== 'array') return [];
  const out: NotebookOutputs[] = [];
  (cells.children ?? []).forEach((cell, index) => {
    const outputs = cell.type === 'object' ? findNodeAtLocation(cell, ['outputs']) : undefined;
    if (outputs?.type === 'array' && (outputs.children?.length ?? 0) > 0) out.push({ cell: index, start: outputs.offset, end: outputs.offset + outputs.length });
  });
  return out;
}

/** The cell whose saved outputs hold the span [start, end), if any. */
export function outputCellAt(outputs: readonly NotebookOutputs[], start: number, end: number): number | undefined {
  return outputs.find((o) => o.start <= start && end <= o.end)?.cell;
}

/** Empties one cell's `outputs` array; undefined when that cell has no saved outputs. */
export function planClearOutputs(text: string, cell: number): OffsetEdit | undefined {
  const o = notebookOutputs(text).find((x) => x.cell === cell);
  return o ? { start: o.start, end: o.end, newText: '[]' } : undefined;
}
