// Adversarial inputs built from a rule's own pattern: long runs of the characters its quantifiers accept,
// its keywords and literal prefixes repeated, prefixes followed by long runs, and near misses of its own
// true-positive examples repeated. Shared by the unit test (small sizes) and `npm run bench -- fuzz` (1 MB).
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { createExampleGen, unmark } from '../../engine/examples';
import type { Rule } from '../../engine/types';

export interface AdversarialInput {
  /** What the input is made of, for reports (never contains generated secret values). */
  label: string;
  /** Builds the input at about `size` characters. */
  build(size: number): string;
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).concat(['\t', '\n']);

/** Repeats `unit` until the result is `size` characters long. */
export function repeatTo(unit: string, size: number): string {
  if (unit.length === 0) return '';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Characters (printable ASCII, tab, newline) a quantified element accepts: first, middle and last. */
function acceptedChars(element: AST.QuantifiableElement, flags: string): string[] {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${element.raw})$`, flags.replace(/[gdy]/g, ''));
  } catch {
    return []; // elements with group references cannot stand alone
  }
  const ok = PRINTABLE.filter((c) => re.test(c));
  if (ok.length === 0) return [];
  return [...new Set([ok[0]!, ok[Math.floor(ok.length / 2)]!, ok[ok.length - 1]!])];
}

/** Runs of literal characters of two or more (prefixes such as `ghp_`, `-----BEGIN `). */
function literals(pattern: AST.Pattern): string[] {
  const out: string[] = [];
  visitRegExpAST(pattern, {
    onAlternativeEnter: (alt) => {
      let run = '';
      for (const el of alt.elements) {
        if (el.type === 'Character') run += String.fromCodePoint(el.value);
        else {
          if (run.length >= 2) out.push(run);
          run = '';
        }
      }
      if (run.length >= 2) out.push(run);
    },
  });
  return out;
}

function hashSeed(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function adversarialInputs(rule: Rule): AdversarialInput[] {
  const { source, flags } = rule.pattern;
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  const runChars = new Set<string>();
  visitRegExpAST(pattern, {
    onQuantifierEnter: (q) => {
      if (q.max >= 8) for (const c of acceptedChars(q.element, flags)) runChars.add(c);
    },
  });
  const prefixes = [...new Set([...rule.keywords, ...literals(pattern)])].slice(0, 3);
  const inputs: AdversarialInput[] = [];
  for (const c of runChars) inputs.push({ label: `run of ${JSON.stringify(c)}`, build: (n) => c.repeat(n) });
  for (const p of prefixes) {
    inputs.push({ label: `${JSON.stringify(p)} repeated`, build: (n) => repeatTo(p, n) });
    inputs.push({ label: `${JSON.stringify(p)} + "=" repeated`, build: (n) => repeatTo(`${p}=`, n) });
    // Key, blank, value-looking word, on one long line: validators that look back over the line go quadratic.
    inputs.push({ label: `(${JSON.stringify(p)} + " aB3dEf9hQ2x ") repeated`, build: (n) => repeatTo(`${p} aB3dEf9hQ2x `, n) });
    for (const c of [...runChars].slice(0, 2)) {
      inputs.push({ label: `${JSON.stringify(p)} + one long run of ${JSON.stringify(c)}`, build: (n) => p + c.repeat(Math.max(0, n - p.length)) });
      inputs.push({ label: `(${JSON.stringify(p)} + 300×${JSON.stringify(c)}) repeated`, build: (n) => repeatTo(p + c.repeat(300), n) });
    }
  }
  // Near misses of the rule's own true positives: the value one character short, repeated with and
  // without separators (every repetition starts a match attempt that fails late).
  const g = createExampleGen(hashSeed(rule.id));
  rule.examples
    .positives(g)
    .slice(0, 2)
    .forEach((marked, i) => {
      const { text, spans } = unmark(marked);
      const end = spans[0]?.[1] ?? text.length;
      const nearMiss = text.slice(0, end - 1) + text.slice(end);
      const withoutTail = text.slice(0, end - 1);
      inputs.push({ label: `near miss of example #${i + 1}, lines`, build: (n) => repeatTo(nearMiss + '\n', n) });
      inputs.push({ label: `near miss of example #${i + 1}, one line`, build: (n) => repeatTo(nearMiss + ' ', n) });
      inputs.push({ label: `example #${i + 1} cut before its end, run together`, build: (n) => repeatTo(withoutTail, n) });
      inputs.push({ label: `example #${i + 1} repeated on one line`, build: (n) => repeatTo(text.replace(/[\r\n]+/g, ' ') + ' ', n) });
    });
  return inputs;
}
