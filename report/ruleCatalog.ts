// The rule catalogue: one plain entry per rule, the data behind `hush rules` (text and JSON) and the
// generated docs/rules.md, so the three can never disagree.
import { rulePriority } from '../engine/detect/rulePriority';
import type { Rule, RuleFamily, RulePriority } from '../engine/types';

export interface RuleEntry {
  id: string;
  provider: string;
  family: RuleFamily;
  description: string;
  priority: RulePriority;
  severity: 'error' | 'warning' | 'info';
  /** The variable name Move to .env proposes. */
  envName: string;
  keywords: string[];
  docsUrl: string;
  /** Where to revoke or rotate; null when there is no such page (then `revocationNote` says what to do). */
  revocationUrl: string | null;
  revocationNote?: string;
  /** The other parts of a multi-part credential (label and variable name). */
  parts?: { id: string; label: string; envName: string }[];
}

/** Families in the order reports list them, with their titles. */
export const FAMILY_TITLES: readonly [RuleFamily, string][] = [
  ['cloud', 'Cloud platforms'],
  ['source-hosting', 'Source hosting'],
  ['payments', 'Payments and commerce'],
  ['messaging', 'Messaging and email'],
  ['ai', 'AI and ML'],
  ['package-registry', 'Package registries'],
  ['observability', 'Observability'],
  ['infrastructure', 'Infrastructure and platforms'],
  ['saas', 'SaaS'],
  ['database', 'Databases'],
  ['private-key', 'Private keys'],
  ['credential-file', 'Credential files'],
  ['token-format', 'Token formats'],
  ['generic', 'Generic'],
  ['custom', 'Custom (.hush.json)'],
];

const familyOrder = new Map(FAMILY_TITLES.map(([f], i) => [f, i]));

export function ruleEntry(r: Rule): RuleEntry {
  return {
    id: r.id,
    provider: r.provider,
    family: r.family,
    description: r.description,
    priority: rulePriority(r),
    severity: r.severity ?? (r.family === 'generic' ? 'warning' : 'error'),
    envName: r.envName,
    keywords: [...r.keywords],
    docsUrl: r.docsUrl,
    revocationUrl: r.revocationUrl,
    ...(r.revocationNote ? { revocationNote: r.revocationNote } : {}),
    ...(r.parts && r.parts.length > 0 ? { parts: r.parts.map((p) => ({ id: p.id, label: p.label, envName: p.envName })) } : {}),
  };
}

/** Every rule, by family (report order), then provider, then id. */
export function ruleCatalog(rules: readonly Rule[]): RuleEntry[] {
  return rules.map(ruleEntry).sort((a, b) => (familyOrder.get(a.family) ?? 99) - (familyOrder.get(b.family) ?? 99) || a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));
}

export function formatRulesJson(entries: readonly RuleEntry[]): string {
  return JSON.stringify({ rules: entries }, null, 2) + '\n';
}

/** One line per rule (grep-friendly): id, family, provider, variable name(s), where to revoke it. */
export function formatRulesText(entries: readonly RuleEntry[], color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const rows = entries.map((e) => [e.id, e.family, e.provider, [e.envName, ...(e.parts ?? []).map((p) => p.envName)].join('+'), e.revocationUrl ?? `(no revocation page) ${e.revocationNote ?? ''}`]);
  const widths = [0, 1, 2, 3].map((i) => Math.min(44, Math.max(0, ...rows.map((r) => r[i]!.length))));
  const lines = [c('1', ['ID', 'FAMILY', 'PROVIDER', 'ENV', 'REVOKE'].map((h, i) => (i < 4 ? h.padEnd(widths[i]!) : h)).join('  '))];
  for (const r of rows) lines.push(r.map((v, i) => (i < 4 ? v.padEnd(widths[i]!) : c('2', v))).join('  '));
  const providers = entries.filter((e) => e.family !== 'generic' && e.family !== 'custom').length;
  lines.push('', `${entries.length} rule${entries.length === 1 ? '' : 's'}, ${providers} provider rule${providers === 1 ? '' : 's'} (hush rules --format json for every field)`);
  return lines.join('\n') + '\n';
}
