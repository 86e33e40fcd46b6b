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
  /** Per family, or per category for labels that have one (real-world sets). */
  byFamily: Map<string, Counts>;
  /** Per area of the files (real-world sets only). */
  byArea: Map<string, Counts>;
  total: Counts;
  misses: Miss[];
  /** Provider labels found only by another rule (usually the generic one). */
  otherRule: (Miss & { foundBy: string })[];
  falsePositives: FalsePositive[];
}

const overlaps = (f: Finding, l: Label) => f.start < l.end && l.start < f.end;
/**
 * A label is found by a finding's own value or by a sensitive part reported with it (an AWS session token beside its
 * secret key): the part is shown, moved and revoked with the finding. False positives are still the findings' own spans.
 */
const covers = (f: Finding, l: Label) => overlaps(f, l) || (f.related?.some((r) => r.sensitive && r.start < l.end && l.start < r.end) ?? false);
const empty = (): Counts => ({ labels: 0, detected: 0, exact: 0, falsePositives: 0 });

export function scoreCorpus(scanner: Scanner, files: readonly CorpusFile[]): Score {
  const byFamily = new Map<string, Counts>();
  const byArea = new Map<string, Counts>();
  const row = (family: string) => byFamily.get(family) ?? byFamily.set(family, empty()).get(family)!;
  const areaRow = (area: string) => byArea.get(area) ?? byArea.set(area, empty()).get(area)!;
  const total = empty();
  const misses: Miss[] = [];
  const otherRule: (Miss & { foundBy: string })[] = [];
  const falsePositives: FalsePositive[] = [];
  files.forEach((file, index) => {
    // Information-level notes (public-by-design identifiers) are neither detections nor false positives.
    const findings = scanner.scan(file.text, { path: file.path }).filter((f) => f.severity !== 'info');
    const areas = (file.areas ?? []).map(areaRow);
    for (const label of file.labels) {
      const hits = findings.filter((f) => covers(f, label));
      const r = row(label.category ?? label.family);
      r.labels++;
      total.labels++;
      for (const a of areas) a.labels++;
      if (hits.length > 0) {
        r.detected++;
        total.detected++;
        for (const a of areas) a.detected++;
        // Real-world labels: "by its rule" means a provider label found by a provider rule, not the generic one.
        const exact = label.category ? label.category !== 'provider' || hits.some((h) => h.family !== 'generic') : label.ruleId === 'generic' || hits.some((h) => h.ruleId === label.ruleId);
        if (exact) {
          r.exact++;
          total.exact++;
          for (const a of areas) a.exact++;
        } else otherRule.push({ index, path: file.path, template: file.template, ruleId: label.ruleId, foundBy: hits[0]!.ruleId });
      } else misses.push({ index, path: file.path, template: file.template, ruleId: label.ruleId });
    }
    for (const f of findings) {
      if (file.labels.some((l) => overlaps(f, l))) continue;
      if (file.unscored?.some(([start, end]) => f.start < end && start < f.end)) continue;
      row(file.labels.some((l) => l.category) || file.areas ? `FP by ${f.family}` : f.family).falsePositives++;
      for (const a of areas) a.falsePositives++;
      total.falsePositives++;
      falsePositives.push({ index, path: file.path, template: file.template, ruleId: f.ruleId, masked: f.masked });
    }
  });
  return { byFamily, byArea, total, misses, otherRule, falsePositives };
}

export function metrics(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.detected + c.falsePositives === 0 ? 1 : c.detected / (c.detected + c.falsePositives);
  const recall = c.labels === 0 ? 1 : c.detected / c.labels;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
