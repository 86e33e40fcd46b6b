// Scores a scanner on a labelled corpus (matching rules in LABELLING.md): a finding matches a label when
// their spans overlap; a label is detected when any finding matches it; a finding matching no label is a
// false positive. Rows are per family: labels by the label's family, false positives by the rule's.
import type { Finding, Scanner } from '../../engine';
import type { CorpusFile, Label } from './types';

export interface Counts {
  labels: number;
  detected: number;
  /** Detected by the rule the label names (provider labels), not only by another rule. */
  exact: number;
  falsePositives: number;
}

export interface Miss {
  /** Index of the file in the corpus (its folder under quality-corpus/ with --write). */
  index: number;
  path: string;
  template: string;
  ruleId: string;
}

export interface FalsePositive {
  index: number;
  path: string;
  template: string;
  ruleId: string;
  masked: string;
}

export interface Score {
  byFamily: Map<string, Counts>;
  total: Counts;
  misses: Miss[];
  /** Provider labels found only by another rule (usually the generic one). */
  otherRule: (Miss & { foundBy: string })[];
  falsePositives: FalsePositive[];
}

const overlaps = (f: Finding, l: Label) => f.start < l.end && l.start < f.end;
const empty = (): Counts => ({ labels: 0, detected: 0, exact: 0, falsePositives: 0 });

export function scoreCorpus(scanner: Scanner, files: readonly CorpusFile[]): Score {
  const byFamily = new Map<string, Counts>();
  const row = (family: string) => byFamily.get(family) ?? byFamily.set(family, empty()).get(family)!;
  const total = empty();
  const misses: Miss[] = [];
  const otherRule: (Miss & { foundBy: string })[] = [];
  const falsePositives: FalsePositive[] = [];
  files.forEach((file, index) => {
    const findings = scanner.scan(file.text, { path: file.path });
    for (const label of file.labels) {
      const hits = findings.filter((f) => overlaps(f, label));
      const r = row(label.family);
      r.labels++;
      total.labels++;
      if (hits.length > 0) {
        r.detected++;
        total.detected++;
        if (label.ruleId === 'generic' || hits.some((h) => h.ruleId === label.ruleId)) {
          r.exact++;
          total.exact++;
        } else otherRule.push({ index, path: file.path, template: file.template, ruleId: label.ruleId, foundBy: hits[0]!.ruleId });
      } else misses.push({ index, path: file.path, template: file.template, ruleId: label.ruleId });
    }
    for (const f of findings) {
      if (file.labels.some((l) => overlaps(f, l))) continue;
      row(f.family).falsePositives++;
      total.falsePositives++;
      falsePositives.push({ index, path: file.path, template: file.template, ruleId: f.ruleId, masked: f.masked });
    }
  });
  return { byFamily, total, misses, otherRule, falsePositives };
}

export function metrics(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.detected + c.falsePositives === 0 ? 1 : c.detected / (c.detected + c.falsePositives);
  const recall = c.labels === 0 ? 1 : c.detected / c.labels;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
