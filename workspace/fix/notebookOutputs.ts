// `hush fix` on a Jupyter notebook: a value in a cell's saved output is not moved (the output is a record of a
// run, not code that reads a variable): that cell's outputs are cleared in the file's JSON instead, every
// other cell left byte for byte. The findings outside outputs are shifted to the cleared text for the move.
import { applyEdits, type Finding, isNotebookPath, notebookOutputs, type OffsetEdit, outputCellAt, planClearOutputs } from '../../engine';
import { shiftFindings } from './moveTargets';

export interface OutputClears {
  /** The text with the outputs cleared. */
  text: string;
  edits: OffsetEdit[];
  /** Each finding in an output, with its cell (0-based). */
  cleared: Array<{ finding: Finding; cell: number }>;
  /** The other findings, their offsets in `text`. */
  rest: Finding[];
}

/** Undefined when the file is not a notebook or no finding sits in an output. */
export function planOutputClears(path: string, text: string, findings: readonly Finding[]): OutputClears | undefined {
  if (!isNotebookPath(path)) return undefined;
  const outputs = notebookOutputs(text);
  const cleared = findings.flatMap((finding) => {
    const cell = outputCellAt(outputs, finding.start, finding.end);
    return cell === undefined ? [] : [{ finding, cell }];
  });
  if (cleared.length === 0) return undefined;
  const edits = [...new Set(cleared.map((c) => c.cell))].map((cell) => planClearOutputs(text, cell)!).sort((a, b) => a.start - b.start);
  // Outputs never overlap a source span, so each offset moves by what the clears before it removed.
  const rest = shiftFindings(
    findings.filter((f) => !cleared.some((c) => c.finding === f)),
    edits,
  );
  return { text: applyEdits(text, edits), edits, cleared, rest };
}
