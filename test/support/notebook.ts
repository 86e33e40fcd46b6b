// Jupyter notebooks (nbformat 4, written as Jupyter writes them: one-space indent, sources as line arrays)
// built at test time, so the secrets in them come from the seeded generator and never sit in the repository.

export type NotebookOutput =
  { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string } | { output_type: 'execute_result'; text: string } | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

export interface NotebookCellSpec {
  kind?: 'code' | 'markdown';
  source: string;
  outputs?: NotebookOutput[];
}

/** Jupyter's line arrays: each line keeps its break. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l.length > 0);
}

function output(o: NotebookOutput, count: number): Record<string, unknown> {
  if (o.output_type === 'stream') return { name: o.name, output_type: 'stream', text: lines(o.text) };
  if (o.output_type === 'execute_result') return { data: { 'text/plain': lines(o.text) }, execution_count: count, metadata: {}, output_type: 'execute_result' };
  return { ename: o.ename, evalue: o.evalue, output_type: 'error', traceback: o.traceback };
}

export function notebookJson(cells: NotebookCellSpec[]): string {
  let count = 0;
  const nb = {
    cells: cells.map((c) => {
      if (c.kind === 'markdown') return { cell_type: 'markdown', metadata: {}, source: lines(c.source) };
      count++;
      return { cell_type: 'code', execution_count: count, metadata: {}, outputs: (c.outputs ?? []).map((o) => output(o, count)), source: lines(c.source) };
    }),
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb, null, 1) + '\n';
}
