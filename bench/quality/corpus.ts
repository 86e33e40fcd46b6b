// Builds a labelled corpus from a seed and a template set: every provider format in every template that
// can hold it, generic secrets in every keyed template, and the set's hard negatives.
import { createExampleGen, unmark } from '../../engine/examples';
import { builtinRules } from '../../engine/rules';
import type { RuleFamily } from '../../engine/types';
import { FORMATS, GENERIC_NAMES, randomPassword, type TokenFormat } from './formats';
import type { CorpusFile, PositiveTemplate, TemplateSet } from './types';

export interface Corpus {
  files: CorpusFile[];
  /** Provider rules with no format in formats.ts (so no positives: reported, not hidden). */
  uncoveredRules: string[];
}

const GENERIC: TokenFormat = { ruleId: 'generic', name: 'API_KEY', keyed: true, make: randomPassword };

/** Writes a multi-line value the way the template's syntax needs, or gives up. */
function fitValue(value: string, t: PositiveTemplate): string | undefined {
  if (!value.includes('\n')) return value;
  if (t.multiline === 'none') return undefined;
  return t.multiline === 'escaped' ? value.replace(/\n/g, '\\n') : value;
}

export function buildCorpus(seed: number, set: TemplateSet, copies = 1): Corpus {
  const g = createExampleGen(seed);
  const families = new Map<string, RuleFamily>(builtinRules.map((r) => [r.id, r.family]));
  const infoRules = new Set(builtinRules.filter((r) => r.severity === 'info').map((r) => r.id));
  const files: CorpusFile[] = [];

  const place = (format: TokenFormat, t: PositiveTemplate, name: string) => {
    if (format.keyed && !t.keyed) return;
    const value = fitValue(format.make(g), t);
    if (value === undefined) return;
    const rendered = t.render({ name, value, g, mark: g.s });
    if (!rendered) return;
    const { text, spans } = unmark(rendered.text);
    const family: RuleFamily = format.ruleId === 'generic' ? 'generic' : (families.get(format.ruleId) ?? 'custom');
    // Public-by-design identifiers (information-level rules, e.g. Sentry DSNs) are not secrets: unscored.
    if (infoRules.has(format.ruleId)) files.push({ path: rendered.path, text, template: t.id, labels: [], unscored: spans });
    else files.push({ path: rendered.path, text, template: t.id, labels: spans.map(([start, end]) => ({ start, end, ruleId: format.ruleId, family })) });
  };

  for (let copy = 0; copy < copies; copy++) {
    for (const format of FORMATS) {
      if (!format.file || !families.has(format.ruleId)) continue;
      const { path, text: marked } = format.file(g);
      const { text, spans } = unmark(marked);
      if (infoRules.has(format.ruleId)) files.push({ path, text, template: 'whole-file', labels: [], unscored: spans });
      else files.push({ path, text, template: 'whole-file', labels: spans.map(([start, end]) => ({ start, end, ruleId: format.ruleId, family: families.get(format.ruleId)! })) });
    }
    for (const t of set.positives) {
      for (const format of FORMATS) if (families.has(format.ruleId) && !format.file) place(format, t, format.name);
      if (t.keyed) for (const name of GENERIC_NAMES) place({ ...GENERIC, name }, t, name);
    }
    for (const n of set.negatives) for (const f of n.render(g)) files.push({ ...f, labels: [], template: n.id });
  }
  const covered = new Set(FORMATS.map((f) => f.ruleId));
  const uncoveredRules = builtinRules.filter((r) => r.family !== 'generic' && !covered.has(r.id)).map((r) => r.id);
  return { files, uncoveredRules };
}
