// What the paste guard offers for clipboard text that holds secrets: the pasted text with each secret
// replaced by the language's reference (the Move-to-.env planner, run on the document as it would be after
// the paste), or, where the format cannot read the environment, a `${NAME}` placeholder for a loader.
// Pure: the server scans and reads the files, the client decides how the offer is shown.
import { detectEol } from './edits';
import { envNameAt, NAME_CONTEXT_CHARS } from './envName';
import { flavorOf } from '../language';
import { planPasteAsReference, type PasteInput, type PastePlan } from './moveToEnv';
import { referenceExpression } from './references';
import type { Scanner } from '../detect/scan';
import type { Finding } from '../types';

/** The document before the paste, the selection it replaces, the clipboard text and the secrets in it. */
export type PasteGuardInput = PasteInput;

export type PasteForm = 'reference' | 'placeholder';

export interface PasteGuardPlan extends PastePlan {
  /** `reference`: the code reads the variable itself; `placeholder`: the format has no way to (JSON, Markdown, text). */
  form: PasteForm;
  /** The paste edit's title, e.g. `Paste as reference to .env (GITHUB_TOKEN)`. */
  pasteTitle: string;
}

/** Undefined when there is nothing to guard: no secret, or the paste goes into a `.env` file itself. */
export function planPasteGuard(input: PasteGuardInput): PasteGuardPlan | undefined {
  if (input.secrets.length === 0) return undefined;
  const flavor = flavorOf(input.languageId, input.path);
  if (flavor === 'dotenv') return undefined;
  const plan = planPasteAsReference(input);
  const form: PasteForm = referenceExpression(flavor, 'NAME') === undefined ? 'placeholder' : 'reference';
  const names = [...new Set(plan.names)];
  const label = input.envLabel ?? '.env';
  let pasteTitle: string;
  if (form === 'placeholder') {
    pasteTitle = `Paste as placeholder ${names.map((n) => '${' + n + '}').join(', ')} (value${names.length > 1 ? 's' : ''} to ${label})`;
  } else {
    // The planner's notes say what else the format needs (a build secret, the repository secrets).
    const note = plan.note ? `; ${plan.note}` : '';
    pasteTitle = `Paste as reference${names.length > 1 ? 's' : ''} to ${label} (${names.join(', ')}${note})`;
  }
  return { ...plan, form, pasteTitle };
}

/** The pasted text with the document's line breaks, as the editor will insert it (offsets then agree). */
export function normalizePastedText(documentText: string, pastedText: string): string {
  if (!/[\r\n]/.test(documentText)) return pastedText;
  return pastedText.replace(/\r\n?|\n/g, detectEol(documentText));
}

export interface PasteScanInput {
  pastedText: string;
  /** The document before the paste; without it the pasted text is scanned on its own. */
  documentText?: string;
  insertStart?: number;
  insertEnd?: number;
  path?: string;
  languageId?: string;
}

/** How much of the surrounding lines is scanned with the paste (a minified one-line file stays cheap). */
const CONTEXT_CHARS = 4096;

function lineStartBefore(text: string, at: number): number {
  const i = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1));
  return i + 1;
}

function lineEndAfter(text: string, at: number): number {
  const m = /[\r\n]/.exec(text.slice(at, at + CONTEXT_CHARS));
  return m ? at + m.index : Math.min(text.length, at + CONTEXT_CHARS);
}

/**
 * Secrets lying wholly inside the pasted text, offsets relative to it. The paste is scanned with the lines
 * around it (from the line before, for `hush:allow-next-line`), so `password = "` typed before a pasted
 * value gives the key name, and suppression comments there count.
 */
export function findPastedSecrets(scanner: Scanner, input: PasteScanInput): Finding[] {
  const opts = { path: input.path, language: input.languageId };
  if (input.documentText === undefined) return scanner.scan(input.pastedText, opts);
  const doc = input.documentText;
  const start = Math.max(0, Math.min(input.insertStart ?? doc.length, doc.length));
  const end = Math.max(start, Math.min(input.insertEnd ?? start, doc.length));
  const lineStart = lineStartBefore(doc, start);
  const from = Math.max(lineStart > 0 ? lineStartBefore(doc, lineStart - (doc[lineStart - 2] === '\r' ? 2 : 1)) : 0, start - CONTEXT_CHARS);
  const before = doc.slice(from, start);
  const window = before + input.pastedText + doc.slice(end, lineEndAfter(doc, end));
  const lo = before.length;
  const hi = lo + input.pastedText.length;
  // Names read the blocks above the value (`smtp: {` lines up), beyond the scanned window: name them over
  // the document as it will be after the paste.
  const nameContext = doc.slice(Math.max(0, start - NAME_CONTEXT_CHARS), start);
  return scanner
    .scan(window, opts)
    .filter((f) => f.start >= lo && f.end <= hi)
    .map((f) => {
      const rule = scanner.rules.find((r) => r.id === f.ruleId);
      const textBefore = nameContext + input.pastedText.slice(0, f.start - lo);
      const envName = rule ? envNameAt(textBefore, textBefore.length, f.keyName, rule) : f.envName;
      // Parts of the credential pasted with it travel with it; parts already in the document stay there.
      const related = f.related?.filter((r) => r.start >= lo && r.end <= hi).map((r) => ({ ...r, start: r.start - lo, end: r.end - lo }));
      const { related: _all, ...rest } = f;
      void _all;
      return { ...rest, start: f.start - lo, end: f.end - lo, envName, ...(related && related.length > 0 ? { related } : {}) };
    });
}
