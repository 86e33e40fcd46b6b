// Suppression lookups that stay linear on pathological text. A minified bundle can be one 5 MB line with
// thousands of findings; testing the whole line once per finding was quadratic (minutes). Each line is
// now tested at most once and the answer reused for every finding on it.
import { LineIndex } from '../lineIndex';
import { isSuppressed } from './suppressions';

/** Returns a predicate telling whether the finding starting at `offset` is suppressed by a comment. */
export function suppressionLookup(text: string): (offset: number) => boolean {
  const lines = new LineIndex(text);
  const memo = new Map<number, boolean>();
  return (offset) => {
    const line = lines.position(offset).line;
    let verdict = memo.get(line);
    if (verdict === undefined) {
      verdict = isSuppressed(lines.lineText(line), line > 0 ? lines.lineText(line - 1) : undefined);
      memo.set(line, verdict);
    }
    return verdict;
  };
}
