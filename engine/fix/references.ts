// Language-aware references to an environment variable, and the source edits that put one in place of a
// secret literal while keeping the file compiling (imports added, `const` relaxed where a call is not constant).
import type { OffsetEdit } from './edits';
import { detectEol } from './edits';
import type { Flavor } from '../language';
import { isCodeFlavor } from '../language';
import type { LiteralSpan } from './literalLexer';
import { enclosingLiteral } from './literalLexer';

/** The expression that reads NAME at run time, or undefined where the format has none. */
export function referenceExpression(flavor: Flavor, name: string): string | undefined {
  switch (flavor) {
    case 'javascript':
    case 'typescript':
      return `process.env.${name}`;
    case 'python':
      return `os.environ["${name}"]`;
    case 'go':
      return `os.Getenv("${name}")`;
    case 'java':
    case 'kotlin':
      return `System.getenv("${name}")`;
    case 'csharp':
      return `Environment.GetEnvironmentVariable("${name}")`;
    case 'ruby':
      return `ENV["${name}"]`;
    case 'php':
      return `getenv('${name}')`;
    case 'rust':
      // `&String` coerces to `&str` wherever a string literal was used; `let x = &…` extends the temporary.
      return `&std::env::var("${name}").unwrap_or_default()`;
    case 'shell':
    case 'dockerfile':
      return `"$${name}"`;
    case 'yaml':
    case 'properties':
      return `\${${name}}`;
    case 'github-actions':
      return `\${{ secrets.${name} }}`;
    case 'terraform':
      return `var.${name}`;
    case 'dotenv':
      return '';
    default:
      return undefined;
  }
}

/** The form used inside an interpolating string of the flavor (`${…}` in a template literal), if any. */
function interpolation(flavor: Flavor, name: string, literal: LiteralSpan): string | undefined {
  switch (flavor) {
    case 'javascript':
    case 'typescript':
      return literal.open === '`' ? `\${process.env.${name}}` : undefined;
    case 'python':
      return literal.interpolating ? `{os.environ[${literal.close.includes('"') ? `'${name}'` : `"${name}"`}]}` : undefined;
    case 'kotlin':
      return literal.interpolating ? `\${System.getenv("${name}")}` : undefined;
    case 'ruby':
      return literal.interpolating ? `#{ENV["${name}"]}` : undefined;
    case 'shell':
    case 'dockerfile':
      return literal.interpolating ? `\${${name}}` : undefined;
    case 'terraform':
      return `\${var.${name}}`;
    default:
      return undefined;
  }
}

/** The key the value is stored under: Terraform reads `TF_VAR_<variable>` from the environment. */
export function storeKeyFor(flavor: Flavor, name: string): string {
  if (flavor === 'terraform') return `TF_VAR_${name.toLowerCase()}`;
  // GitHub reserves the GITHUB_ prefix for its own secrets.
  if (flavor === 'github-actions') return name.replace(/^GITHUB_/, 'GH_');
  return name;
}

/** The name the source refers to, given the key chosen in the store. */
export function referenceNameFor(flavor: Flavor, storeKey: string): string {
  return flavor === 'terraform' ? storeKey.replace(/^TF_VAR_/, '') : storeKey;
}

export interface LiteralReplacement {
  edit: OffsetEdit;
  /** Extra context for the action title when the format needs explaining. */
  note?: string;
}

function concat(flavor: Flavor, literal: LiteralSpan, text: string, start: number, end: number, ref: string): string {
  const pre = text.slice(literal.contentStart, start);
  const post = text.slice(end, literal.contentEnd);
  const piece = (s: string) => literal.open + s + literal.close;
  if (flavor === 'rust') {
    const parts = [pre && piece(pre), ref.replace(/^&/, ''), post && piece(post)].filter(Boolean);
    return `&format!("${'{}'.repeat(parts.length)}", ${parts.join(', ')})`;
  }
  const op = flavor === 'php' ? ' . ' : ' + ';
  return `(${[pre && piece(pre), ref, post && piece(post)].filter(Boolean).join(op)})`;
}

/** How the secret at text[start, end) is replaced by a reference to `name`. */
export function replaceWithReference(text: string, flavor: Flavor, start: number, end: number, name: string): LiteralReplacement {
  const literal = enclosingLiteral(text, start, end, flavor);
  const ref = referenceExpression(flavor, name);
  if (ref === undefined) {
    // No reference syntax (JSON, TOML, plain text): leave a placeholder the loader can substitute.
    return { edit: { start, end, newText: `\${${name}}` }, note: 'this format cannot read environment variables: the value becomes the placeholder ${' + name + '}' };
  }
  if (flavor === 'dotenv') {
    return { edit: { start: literal.start, end: literal.end, newText: '' } };
  }
  if (isCodeFlavor(flavor)) {
    if (literal.kind === 'bare' || literal.whole) return { edit: { start: literal.start, end: literal.end, newText: ref } };
    const inner = interpolation(flavor, name, literal);
    if (inner) return { edit: { start, end, newText: inner } };
    return { edit: { start: literal.start, end: literal.end, newText: concat(flavor, literal, text, start, end, ref) } };
  }
  if (flavor === 'shell' || flavor === 'dockerfile') {
    const standalone = !/[A-Za-z0-9_]/.test(text[literal.end] ?? '');
    if (literal.kind === 'quoted' && literal.interpolating) return { edit: { start, end, newText: standalone && end === literal.contentEnd ? `$${name}` : `\${${name}}` } };
    if (literal.kind === 'quoted' && !literal.whole) {
      // Close the single-quoted string, splice a double-quoted expansion, reopen it.
      return { edit: { start, end, newText: `'"\${${name}}"'` } };
    }
    return { edit: { start: literal.start, end: literal.end, newText: standalone ? ref : `"\${${name}}"` } };
  }
  if (flavor === 'terraform') {
    if (literal.kind === 'quoted' && literal.whole) return { edit: { start: literal.start, end: literal.end, newText: ref } };
    return { edit: { start, end, newText: interpolation(flavor, name, literal)! } };
  }
  // YAML, workflows, properties: substitution happens inside the string, so the quotes stay.
  return { edit: { start, end, newText: ref } };
}

/**
 * Several secrets in one literal (a connection URL's user, password and host): one replacement each when
 * those do not overlap, else one edit for the whole literal with every piece kept in order.
 */
export function replaceSeveralWithReferences(text: string, flavor: Flavor, spans: readonly { start: number; end: number; name: string }[]): LiteralReplacement[] {
  const single = spans.map((s) => replaceWithReference(text, flavor, s.start, s.end, s.name));
  const edits = single.map((r) => r.edit).sort((a, b) => a.start - b.start);
  if (edits.every((e, i) => i === 0 || e.start >= edits[i - 1]!.end)) return single;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const literal = enclosingLiteral(text, sorted[0]!.start, sorted[0]!.end, flavor);
  if (isCodeFlavor(flavor) && literal.kind === 'quoted') {
    const piece = (from: number, to: number) => (to > from ? literal.open + text.slice(from, to) + literal.close : '');
    const parts: string[] = [];
    let at = literal.contentStart;
    for (const s of sorted) {
      parts.push(piece(at, s.start), referenceExpression(flavor, s.name)!);
      at = s.end;
    }
    parts.push(piece(at, literal.contentEnd));
    const kept = parts.filter(Boolean);
    const newText = flavor === 'rust' ? `&format!("${'{}'.repeat(kept.length)}", ${kept.map((p) => p.replace(/^&/, '')).join(', ')})` : `(${kept.join(flavor === 'php' ? ' . ' : ' + ')})`;
    return [{ edit: { start: literal.start, end: literal.end, newText } }];
  }
  // Shell words and double-quoted strings expand `${NAME}` in place; elsewhere it is the loader's placeholder.
  const quotedSingle = (flavor === 'shell' || flavor === 'dockerfile') && literal.kind === 'quoted' && !literal.interpolating;
  return sorted.map((s) => ({ edit: { start: s.start, end: s.end, newText: quotedSingle ? `'"\${${s.name}}"'` : `\${${s.name}}` } }));
}

/** `import os` for Python, the `os` import for Go; nothing when already present. */
export function importEdits(text: string, flavor: Flavor): OffsetEdit[] {
  const eol = detectEol(text);
  if (flavor === 'python') {
    if (/^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os\b(?![.\w])/m.test(text)) return [];
    return [{ ...pythonImportPoint(text), newText: `import os${eol}` }];
  }
  if (flavor === 'go') {
    // Blanks, not \s: \s* crossing line breaks retried from every line start (quadratic on blank lines).
    if (/^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"os"[ \t]*\r?$/m.test(text)) return [];
    const block = /^import[ \t]*\([ \t]*\r?\n/m.exec(text);
    if (block) {
      const at = block.index + block[0].length;
      return [{ start: at, end: at, newText: `\t"os"${eol}` }];
    }
    const single = /^import[ \t]+(?:\w+[ \t]+)?"[^"\n]*"[ \t]*\r?$/m.exec(text);
    if (single) {
      const at = single.index + single[0].length;
      return [{ start: at, end: at, newText: `${eol}import "os"` }];
    }
    const pkg = /^package[ \t]+\w+[ \t]*$/m.exec(text);
    const at = pkg ? pkg.index + pkg[0].length : 0;
    return [{ start: at, end: at, newText: pkg ? `${eol}${eol}import "os"` : `import "os"${eol}` }];
  }
  return [];
}

/** After a shebang, encoding line, module docstring and `from __future__` imports; before other code. */
function pythonImportPoint(text: string): { start: number; end: number } {
  let at = 0;
  const lineEnd = (i: number) => {
    const n = text.indexOf('\n', i);
    return n < 0 ? text.length : n + 1;
  };
  while (at < text.length && /^(#.*|[ \t]*)\r?$/.test(text.slice(at, lineEnd(at)).replace(/\n$/, ''))) at = lineEnd(at);
  const doc = /^[rRuU]?("""|''')/.exec(text.slice(at));
  if (doc) {
    const close = text.indexOf(doc[1]!, at + doc[0].length);
    if (close >= 0) at = lineEnd(close + 3);
  }
  const future = /^from[ \t]+__future__[ \t]+import[^\n]*\n/gm;
  future.lastIndex = at;
  let m: RegExpExecArray | null;
  while ((m = future.exec(text)) !== null) at = Math.max(at, m.index + m[0].length);
  return { start: at, end: at };
}

/** Go `const x = "…"` cannot hold a call: the single-line declaration becomes `var`. */
export function relaxConstants(text: string, flavor: Flavor, start: number): OffsetEdit[] {
  if (flavor !== 'go') return [];
  let ls = start;
  while (ls > 0 && text[ls - 1] !== '\n') ls--;
  const m = /^([ \t]*)const\b/.exec(text.slice(ls, start));
  return m ? [{ start: ls + m[1]!.length, end: ls + m[1]!.length + 5, newText: 'var' }] : [];
}

/** A Terraform `variable` block marked sensitive, appended when the file does not declare it yet. */
export function terraformVariableEdits(text: string, names: string[]): OffsetEdit[] {
  const eol = detectEol(text);
  const missing = names.filter((n) => !new RegExp(`^\\s*variable\\s+"${n}"`, 'm').test(text));
  if (missing.length === 0) return [];
  const blocks = missing.map((n) => `${eol}variable "${n}" {${eol}  type      = string${eol}  sensitive = true${eol}}${eol}`).join('');
  const sep = text.length > 0 && !text.endsWith('\n') ? eol : '';
  return [{ start: text.length, end: text.length, newText: sep + blocks }];
}

/** Dockerfile: a RUN instruction gets a build-secret mount; other instructions lose the baked-in value. */
export function dockerfileEdits(text: string, start: number, name: string): { edits: OffsetEdit[]; inRun: boolean } {
  // Walk back over continuation lines to the instruction's first line.
  let ls = start;
  while (ls > 0 && text[ls - 1] !== '\n') ls--;
  while (ls > 0) {
    let prev = ls - 1;
    while (prev > 0 && text[prev - 1] !== '\n') prev--;
    if (!/\\\r?\n$/.test(text.slice(prev, ls))) break;
    ls = prev;
  }
  const run = /^[ \t]*RUN[ \t]+/i.exec(text.slice(ls, ls + 200));
  if (!run) return { edits: [], inRun: false };
  const at = ls + run[0].length;
  const edits: OffsetEdit[] = [{ start: at, end: at, newText: `--mount=type=secret,id=${name},env=${name} ` }];
  if (!/^#[ \t]*syntax[ \t]*=/im.test(text.slice(0, 500))) edits.push({ start: 0, end: 0, newText: `# syntax=docker/dockerfile:1${detectEol(text)}` });
  return { edits, inRun: true };
}
