// Multi-part credentials (an access key ID and its secret key, a client ID and its secret, a database user,
// password and host) become one finding: the value's finding carries the other parts as related spans, and
// a part that another rule reported on its own (an AWS key ID) is folded into it. Pairing is done per rule
// and part, in one direction for the whole text: every part before its value (`id = …` then `secret = …`,
// the usual order) or every part after it, whichever pairs more values, so two key pairs in one file never
// swap halves.
import { envNameAt, keyNameBefore } from '../fix/envName';
import { fingerprint } from '../fingerprint';
import { maskSecret } from '../mask';
import { isPlaceholder } from '../validators/placeholder';
import type { CredentialPart, Finding, RelatedSpan, Rule } from '../types';

/** How far from its value a searched part may lie when the part does not say (a few config lines). */
export const DEFAULT_PART_REACH = 400;

const compiledParts = new WeakMap<CredentialPart, RegExp>();

function partRegex(part: CredentialPart): RegExp {
  let re = compiledParts.get(part);
  if (!re) {
    const flags = new Set(part.pattern!.flags.split(''));
    flags.add('g');
    flags.add('d');
    re = new RegExp(part.pattern!.source, [...flags].join(''));
    compiledParts.set(part, re);
  }
  return re;
}

/** The widest reach of a rule's searched parts (0 without any): how much context a rescan must include. */
export function partReach(rules: readonly Rule[]): number {
  let reach = 0;
  for (const r of rules) for (const p of r.parts ?? []) if (p.pattern) reach = Math.max(reach, p.reach ?? DEFAULT_PART_REACH);
  return reach;
}

function related(rule: Rule, part: CredentialPart, text: string, start: number, end: number, envName: string, keyName: string | undefined): RelatedSpan {
  const value = text.slice(start, end);
  return {
    part: part.id,
    label: part.label,
    start,
    end,
    fingerprint: fingerprint(`${rule.id}/${part.id}`, value),
    masked: maskSecret(value, part.maskPrefix),
    envName,
    sensitive: part.sensitive === true,
    ...(keyName ? { keyName } : {}),
  };
}

/** `DATABASE_PASSWORD` + a part named `DATABASE_USER` → `DATABASE_USER`; `REDIS_PASSWORD` → `REDIS_USER`. */
function siblingName(valueEnvName: string, partEnvName: string): string {
  const stem = /^(.*)_(?:PASSWORD|PASS|PWD|SECRET|KEY|TOKEN|URL)$/.exec(valueEnvName)?.[1];
  const word = /_([A-Z0-9]+)$/.exec(partEnvName)?.[1];
  return stem && word ? `${stem}_${word}` : partEnvName;
}

/** Parts that are named groups of the rule's own match (offsets already absolute). */
export function groupParts(rule: Rule, text: string, groups: Record<string, [number, number] | undefined> | undefined, envName: string): RelatedSpan[] | undefined {
  let out: RelatedSpan[] | undefined;
  for (const part of rule.parts ?? []) {
    if (!part.group) continue;
    const span = groups?.[part.group];
    if (!span || span[1] <= span[0]) continue;
    (out ??= []).push(related(rule, part, text, span[0], span[1], siblingName(envName, part.envName), undefined));
  }
  return out?.sort((a, b) => a.start - b.start);
}

interface Candidate {
  start: number;
  end: number;
  keyName: string | undefined;
}

/** Every match of a searched part within reach of any of the values (merged windows, one pass each). */
function candidates(part: CredentialPart, text: string, values: readonly Finding[]): Candidate[] {
  const reach = part.reach ?? DEFAULT_PART_REACH;
  const re = partRegex(part);
  const out: Candidate[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from < 0) return;
    // A margin so look-arounds at the window's edges see the real text.
    const sliceStart = Math.max(0, from - 32);
    const slice = text.slice(sliceStart, Math.min(text.length, to + 32));
    re.lastIndex = from - sliceStart;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m.index >= to - sliceStart) break;
      const span = m.indices?.groups?.secret;
      const value = m.groups?.secret;
      if (!span || !value || isPlaceholder(value)) continue;
      const start = span[0] + sliceStart;
      out.push({ start, end: span[1] + sliceStart, keyName: m.groups?.key ?? keyNameBefore(text, start) });
    }
  };
  for (const f of values) {
    const s = Math.max(0, f.start - reach);
    const e = Math.min(text.length, f.end + reach);
    if (s <= to) to = Math.max(to, e);
    else {
      flush();
      from = s;
      to = e;
    }
  }
  flush();
  return out;
}

type Pairing = Map<Finding, Candidate>;

/**
 * Pairs each value with the nearest candidate on one side (before or after) that no other value of the same
 * rule lies closer to, each candidate used once.
 */
function pairOneWay(values: readonly Finding[], found: readonly Candidate[], before: boolean, reach: number): Pairing {
  const pairs: Pairing = new Map();
  const used = new Set<Candidate>();
  const order = before ? values : [...values].reverse();
  for (const v of order) {
    let best: Candidate | undefined;
    let bestDistance = Infinity;
    for (const c of found) {
      if (used.has(c) || (c.start < v.end && v.start < c.end)) continue;
      const distance = before ? v.start - c.end : c.start - v.end;
      if (distance < 0 || distance > reach || distance >= bestDistance) continue;
      // Another value of this rule between them: the candidate is that value's.
      if (values.some((o) => o !== v && (before ? o.start >= c.end && o.end <= v.start : o.start >= v.end && o.end <= c.start))) continue;
      best = c;
      bestDistance = distance;
    }
    if (best) {
      pairs.set(v, best);
      used.add(best);
    }
  }
  return pairs;
}

/**
 * Adds searched parts to the findings of rules that declare them and drops the findings those parts fold in.
 * `findings` are sorted by start and do not overlap (after resolveOverlaps).
 */
export function attachSearchedParts(text: string, findings: Finding[], ruleOf: (id: string) => Rule | undefined): Finding[] {
  const byRule = new Map<Rule, Finding[]>();
  for (const f of findings) {
    const rule = ruleOf(f.ruleId);
    if (rule?.parts?.some((p) => p.pattern)) byRule.set(rule, [...(byRule.get(rule) ?? []), f]);
  }
  if (byRule.size === 0) return findings;
  const extra = new Map<Finding, RelatedSpan[]>();
  const taken: [number, number][] = [];
  const overlapsTaken = (c: Candidate) => taken.some(([s, e]) => c.start < e && s < c.end);
  for (const [rule, all] of byRule) {
    for (const part of rule.parts!) {
      if (!part.pattern) continue;
      const values = all.filter((f) => !part.appliesTo || (f.keyName !== undefined && part.appliesTo.test(f.keyName)));
      if (values.length === 0) continue;
      const reach = part.reach ?? DEFAULT_PART_REACH;
      // Not inside another value (a part pattern may be loose enough to match the value itself).
      const found = candidates(part, text, values).filter((c) => !overlapsTaken(c) && !findings.some((f) => f.ruleId === rule.id && c.start < f.end && f.start < c.end));
      if (found.length === 0) continue;
      const before = pairOneWay(values, found, true, reach);
      const after = pairOneWay(values, found, false, reach);
      const [first, second] = after.size > before.size ? [after, before] : [before, after];
      const used = new Set(first.values());
      for (const v of values) {
        let c = first.get(v);
        if (!c) {
          c = second.get(v);
          if (!c || used.has(c)) continue;
          used.add(c);
        }
        taken.push([c.start, c.end]);
        const envName = envNameAt(text, c.start, c.keyName, { envName: part.envName, family: rule.family });
        extra.set(v, [...(extra.get(v) ?? []), related(rule, part, text, c.start, c.end, envName, c.keyName)]);
      }
    }
  }
  if (extra.size === 0) return findings;
  const within = (f: Finding) => taken.some(([s, e]) => f.start >= s && f.end <= e);
  return findings
    .filter((f) => extra.has(f) || f.related !== undefined || !within(f))
    .map((f) => {
      const more = extra.get(f);
      return more ? { ...f, related: [...(f.related ?? []), ...more].sort((a, b) => a.start - b.start) } : f;
    });
}

/** The span a finding covers with its parts: what an edit must touch for the finding to change. */
export function findingExtent(f: Pick<Finding, 'start' | 'end' | 'related'>): [number, number] {
  let start = f.start;
  let end = f.end;
  for (const r of f.related ?? []) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  return [start, end];
}
