// The assertions the rule-class suites share: which values a scan reports (information-level notes left out),
// that each generated case is found, and that each text stays quiet. One place, so every suite asks the same question.
import assert from 'node:assert/strict';
import type { Scanner } from '../../engine';

export interface RuleAssertions {
  /** The values reported in `text` (any rule, information-level notes left out). */
  found(text: string, path?: string): string[];
  /** Each maker, given a fresh value, builds a text in which that value must be reported. */
  assertFinds(makers: readonly ((v: string) => string)[], value: () => string, path?: string): void;
  /** Each `[text, value]` pair: the value must be reported in the text. */
  assertFindsPairs(cases: readonly (readonly [string, string])[], path?: string): void;
  /** Nothing may be reported in any of the texts. */
  assertQuiet(texts: readonly string[], path?: string): void;
}

/** `defaultPath` is the path scanned when a call names none (suites that always name one leave it out). */
export function ruleAssertions(scanner: Scanner, defaultPath = 'notes/notes.txt'): RuleAssertions {
  const found = (text: string, path = defaultPath): string[] =>
    scanner
      .scan(text, { path })
      .filter((f) => f.severity !== 'info')
      .map((f) => text.slice(f.start, f.end));
  return {
    found,
    assertFinds(makers, value, path) {
      for (const make of makers) {
        const v = value();
        const text = make(v);
        assert.ok(found(text, path).includes(v), text);
      }
    },
    assertFindsPairs(cases, path) {
      for (const [text, value] of cases) assert.ok(found(text, path).includes(value), text);
    },
    assertQuiet(texts, path) {
      for (const text of texts) assert.deepEqual(found(text, path), [], text);
    },
  };
}
