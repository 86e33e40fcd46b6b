// What one store move in `hush fix` plans on. Most files are planned as they are. In a Jupyter notebook the
// values in code cells are planned on the cells' code, in the kernel's language (`os.environ["X"]`, not a
// JSON placeholder), and the edits mapped back into the `.ipynb`; values elsewhere in the file (Markdown cells,
// metadata) move in a second step, planned on the file's text as it stands after the first.
import { type Finding, isNotebookPath, notebookCodeView, type OffsetEdit } from '../../engine';

export interface MoveTarget {
  /** The text the move is planned on (the file's, or its notebook code cells'). */
  text: string;
  languageId?: string;
  /** The findings this step moves, with offsets in `text`. */
  findings: Finding[];
  /** The same findings with offsets in the file (for line numbers). */
  inFile: Finding[];
  /** File edits for edits planned on `text`. */
  toFile(edits: readonly OffsetEdit[]): OffsetEdit[];
  /** Findings left for a later step, offsets in the file as it is before this step. */
  rest: Finding[];
}

type Span = { start: number; end: number };

function withSpans(f: Finding, map: (s: Span) => Span): Finding {
  return { ...f, ...map(f), ...(f.related ? { related: f.related.map((r) => ({ ...r, ...map(r) })) } : {}) };
}

/** Findings moved to the text after `edits`, none of which overlaps a finding. */
export function shiftFindings(findings: readonly Finding[], edits: readonly OffsetEdit[]): Finding[] {
  const shift = (offset: number) => edits.reduce((d, e) => (e.end <= offset ? d + e.newText.length - (e.end - e.start) : d), 0) + offset;
  return findings.map((f) => withSpans(f, (s) => ({ start: shift(s.start), end: shift(s.end) })));
}

export function nextMoveTarget(path: string, text: string, findings: readonly Finding[]): MoveTarget {
  const whole: MoveTarget = { text, findings: [...findings], inFile: [...findings], toFile: (e) => [...e], rest: [] };
  const view = isNotebookPath(path) ? notebookCodeView(text) : undefined;
  if (!view) return whole;
  const inCells: Finding[] = [];
  const mapped: Finding[] = [];
  const rest: Finding[] = [];
  for (const f of findings) {
    const spans = [f, ...(f.related ?? [])].map((s) => view.toView(s.start, s.end));
    if (spans.every((s) => s !== undefined)) {
      let i = 0;
      inCells.push(f);
      mapped.push(withSpans(f, () => spans[i++]!));
    } else rest.push(f);
  }
  if (inCells.length === 0) return whole;
  return { text: view.text, languageId: view.languageId, findings: mapped, inFile: inCells, toFile: (e) => view.toRaw(e), rest };
}
