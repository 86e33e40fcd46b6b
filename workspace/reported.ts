// A finding as every report shows it (CLI text / JSON / SARIF, baselines, the server's workspace scan, history):
// 1-based positions, the rule's metadata, the fingerprint and the masked value; never the value or the text.
import { LineIndex } from '../engine/lineIndex';
import { isNotebookPath, notebookOutputs, outputCellAt } from '../engine/notebook';
import type { Finding } from '../engine/types';
import type { ReportedFinding } from './types';

/** 1-based start line and column; the end column is exclusive. */
export interface ReportedSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function reportedFinding(file: string, f: Finding, span: ReportedSpan): ReportedFinding {
  return {
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    ruleId: f.ruleId,
    provider: f.provider,
    description: f.description,
    severity: f.severity,
    fingerprint: f.fingerprint,
    masked: f.masked,
  };
}

/** The findings of one scanned text, positioned in it. */
export function toReported(file: string, text: string, findings: readonly Finding[]): ReportedFinding[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  const span = (start: number, end: number): ReportedSpan => {
    const s = lines.position(start);
    const e = lines.position(end);
    return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  // In a notebook, a value in a cell's saved output is said so: clearing that output is the fix, not a code edit.
  const outputs = isNotebookPath(file) ? notebookOutputs(text) : [];
  return findings.map((f) => {
    const reported = reportedFinding(file, f, span(f.start, f.end));
    const cell = outputCellAt(outputs, f.start, f.end);
    if (cell !== undefined) reported.notebookOutput = { cell: cell + 1 };
    // The other parts of a multi-part credential, each positioned and masked like the finding itself.
    if (f.related) reported.related = f.related.map((r) => ({ label: r.label, ...span(r.start, r.end), fingerprint: r.fingerprint, masked: r.masked, envName: r.envName }));
    return reported;
  });
}
