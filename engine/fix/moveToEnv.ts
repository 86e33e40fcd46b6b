// The one planner behind "Move to .env": given a document, the secrets to move and the current text of
// the store and its companions, it returns offset edits for every file. Pure: the server (quick fix) and
// the paste guard (clipboard text) both call it and do their own I/O.
import { appendLines, applyEdits, type OffsetEdit } from './edits';
import { flavorOf, type Flavor } from '../language';
import { enclosingLiteral } from './literalLexer';
import { dockerfileEdits, importEdits, referenceNameFor, relaxConstants, replaceSeveralWithReferences, replaceWithReference, storeKeyFor, terraformVariableEdits } from './references';
import { dotenvStore, missingExampleLines, reservationHash } from './stores/dotenv';
import type { SecretStore } from './stores/types';

export interface SecretToMove {
  /** UTF-16 offsets of the value in `text`, end exclusive (a Finding's start/end). */
  start: number;
  end: number;
  /** Suggested variable name (a Finding's envName). */
  envName: string;
}

export interface EnvFiles {
  /** Current `.env` text; undefined when the file does not exist yet. */
  envText: string | undefined;
  /** `.env.example` text when that file exists (it then gets `NAME=` lines). */
  envExampleText?: string;
  /** Current `.gitignore` text; undefined when missing. */
  gitignoreText?: string;
  /** What git says: is the `.env` path already ignored? */
  envIgnored: boolean;
  /** The `.env` path relative to the `.gitignore` folder, for the ignore line (default `.env`). */
  envPathForGitignore?: string;
  /** Shown in titles (default `.env`). */
  envLabel?: string;
  /** Names promised to edits not yet in `envText` (name → reservationHash of the value): see dotenvStore. */
  reservedNames?: ReadonlyMap<string, string>;
}

export interface MoveToEnvInput extends EnvFiles {
  text: string;
  languageId?: string;
  path?: string;
  secrets: SecretToMove[];
  /** Another store instead of `.env` (same interface); defaults to the dotenv store over `envText`. */
  store?: SecretStore;
}

export interface FileEdits {
  create: boolean;
  edits: OffsetEdit[];
}

export interface MoveToEnvPlan {
  /** Chosen name per secret (the store key, e.g. `TF_VAR_x` for Terraform). */
  names: string[];
  /** Action title, e.g. `Move to .env as STRIPE_SECRET_KEY`. */
  title: string;
  flavor: Flavor;
  sourceEdits: OffsetEdit[];
  env: FileEdits;
  /** Present only when `.env.example` exists and lacks a name. */
  envExample?: FileEdits;
  /** Present only when `.env` is not ignored yet. */
  gitignore?: FileEdits;
  /** Why the format needs explaining (no reference syntax, a build secret, …). */
  note?: string;
  /** The entries this plan adds to the store (name and reservationHash of the value), for reservations. */
  added: Array<{ name: string; valueHash: string }>;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'", '`': '`', '/': '/', $: '$' };

/** The value the program sees: source escapes (`\n` in a JS PEM string) decoded where the literal has them. */
export function runtimeValue(text: string, start: number, end: number, flavor: Flavor): string {
  const raw = text.slice(start, end);
  const literal = enclosingLiteral(text, start, end, flavor);
  if (literal.kind === 'bare' || flavor === 'properties') return raw;
  if (['yaml', 'github-actions', 'dotenv'].includes(flavor) && literal.open !== '"') return raw;
  const rawString =
    /^[rR]|@|^r#/.test(literal.open) ||
    (flavor === 'go' && literal.open === '`') ||
    (['shell', 'dockerfile', 'toml'].includes(flavor) && literal.open.startsWith("'")) ||
    (flavor === 'csharp' && literal.open.endsWith('"""'));
  if (rawString) return raw;
  return raw.replace(/\\(.)/g, (m, c: string) => SIMPLE_ESCAPES[c] ?? m);
}

export function planMoveToEnv(input: MoveToEnvInput): MoveToEnvPlan {
  const flavor = flavorOf(input.languageId, input.path);
  const label = input.envLabel ?? '.env';
  const secrets = [...input.secrets].sort((a, b) => a.start - b.start);
  const entries = secrets.map((s) => ({ preferredName: storeKeyFor(flavor, s.envName), value: runtimeValue(input.text, s.start, s.end, flavor) }));
  const store = input.store ?? dotenvStore(input.envText, label, input.reservedNames);
  const put = store.planPut(entries);
  const added = entries.flatMap((e, i) => (put.reused[i] ? [] : [{ name: put.names[i]!, valueHash: reservationHash(e.value) }]));
  const sourceEdits: OffsetEdit[] = [];
  const notes = new Set<string>();
  const refNames: string[] = [];
  let runMountAdded = false;
  // Secrets that share a literal (the parts of one connection URL) are replaced together.
  const literalOf = secrets.map((s) => enclosingLiteral(input.text, s.start, s.end, flavor));
  const sharing = secrets.map((_, i) => secrets.filter((__, j) => j !== i && literalOf[j]!.start === literalOf[i]!.start && literalOf[j]!.end === literalOf[i]!.end).length > 0);
  const shared = new Map<number, { start: number; end: number; name: string }[]>();
  secrets.forEach((s, i) => {
    const refName = referenceNameFor(flavor, put.names[i]!);
    refNames.push(refName);
    if (flavor === 'dockerfile') {
      const docker = dockerfileEdits(input.text, s.start, refName);
      if (!docker.inRun) {
        const literal = enclosingLiteral(input.text, s.start, s.end, flavor);
        sourceEdits.push({ start: literal.start, end: literal.end, newText: '""' });
        notes.add(`removed from the image: pass it at run time with docker run --env-file ${label}`);
        return;
      }
      for (const e of docker.edits) {
        if (e.start === 0 && runMountAdded) continue;
        sourceEdits.push(e);
      }
      runMountAdded = runMountAdded || docker.edits.some((e) => e.start === 0);
      notes.add(`as a build secret: docker build --secret id=${refName},env=${refName}`);
    }
    if (sharing[i]) {
      const key = literalOf[i]!.start;
      shared.set(key, [...(shared.get(key) ?? []), { start: s.start, end: s.end, name: refName }]);
    } else {
      const replacement = replaceWithReference(input.text, flavor, s.start, s.end, refName);
      sourceEdits.push(replacement.edit);
      if (replacement.note) notes.add(replacement.note);
    }
    sourceEdits.push(...relaxConstants(input.text, flavor, s.start));
  });
  for (const spans of shared.values()) {
    for (const replacement of replaceSeveralWithReferences(input.text, flavor, spans)) {
      sourceEdits.push(replacement.edit);
      if (replacement.note) notes.add(replacement.note);
    }
  }
  sourceEdits.push(...importEdits(input.text, flavor));
  if (flavor === 'terraform') {
    if (/\.tfvars$/i.test(input.path ?? '')) notes.add('Terraform reads TF_VAR_ variables from the environment');
    else sourceEdits.push(...terraformVariableEdits(input.text, [...new Set(refNames)]));
  }
  if (flavor === 'github-actions') notes.add(`add it to the repository secrets: gh secret set -f ${label}`);

  const env: FileEdits = { create: put.create, edits: put.edits };
  let envExample: FileEdits | undefined;
  if (input.envExampleText !== undefined) {
    const lines = missingExampleLines(input.envExampleText, put.names);
    if (lines.length > 0) envExample = { create: false, edits: [appendLines(input.envExampleText, lines)] };
  }
  let gitignore: FileEdits | undefined;
  if (!input.envIgnored) {
    gitignore = { create: input.gitignoreText === undefined, edits: [appendLines(input.gitignoreText, [input.envPathForGitignore ?? '.env'])] };
  }
  const uniqueNames = [...new Set(put.names)];
  const target = flavor === 'github-actions' ? `secret ${uniqueNames.join(', ')}` : uniqueNames.join(', ');
  if (store.runNote) notes.add(store.runNote);
  const head = store.title && flavor !== 'github-actions' ? store.title(uniqueNames) : `Move to ${input.store ? store.label : label} as ${target}`;
  const title = `${head}${notes.size > 0 ? ` (${[...notes].join('; ')})` : ''}`;
  return { names: put.names, added, title, flavor, sourceEdits: dedupe(sourceEdits), env, envExample, gitignore, note: notes.size > 0 ? [...notes].join('; ') : undefined };
}

function dedupe(edits: OffsetEdit[]): OffsetEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = `${e.start}:${e.end}:${e.newText}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface PasteInput extends EnvFiles {
  /** The document before the paste. */
  documentText: string;
  /** Where the paste goes (a selection being replaced is [insertStart, insertEnd)). */
  insertStart: number;
  insertEnd?: number;
  pastedText: string;
  /** Secrets found in the pasted text, offsets relative to `pastedText`. */
  secrets: SecretToMove[];
  languageId?: string;
  path?: string;
  store?: SecretStore;
}

export interface PastePlan extends Omit<MoveToEnvPlan, 'sourceEdits'> {
  /** What to insert instead of the clipboard text: each secret replaced by its reference. */
  insertText: string;
  /** Edits elsewhere in the document (imports, declarations), offsets in the document before the paste. */
  documentEdits: OffsetEdit[];
}

/**
 * "Paste as secret reference": the same planner, run on the document as it would be after the paste.
 * An edit that reaches outside the pasted text (the quotes typed around the paste are replaced with the
 * reference) widens the pasted region: `insertText` then holds the region's new text and document edits
 * delete the parts of it that were already in the document, so no edit overlaps the paste.
 */
export function planPasteAsReference(input: PasteInput): PastePlan {
  const insertEnd = input.insertEnd ?? input.insertStart;
  const before = input.documentText.slice(0, input.insertStart);
  const after = input.documentText.slice(insertEnd);
  const text = before + input.pastedText + after;
  const pasteStart = before.length;
  const pasteEnd = pasteStart + input.pastedText.length;
  const plan = planMoveToEnv({ ...input, text, secrets: input.secrets.map((s) => ({ ...s, start: s.start + pasteStart, end: s.end + pasteStart })) });
  let lo = pasteStart;
  let hi = pasteEnd;
  // Insertions exactly at the region's edges (imports, declarations) belong to the document.
  const inRegion = (e: OffsetEdit) => (e.start === e.end ? e.start > lo && e.start < hi : e.start < hi && e.end > lo);
  for (let grown = true; grown;) {
    grown = false;
    for (const e of plan.sourceEdits) {
      if (!inRegion(e) || (e.start >= lo && e.end <= hi)) continue;
      lo = Math.min(lo, e.start);
      hi = Math.max(hi, e.end);
      grown = true;
    }
  }
  const shift = insertEnd - input.insertStart - input.pastedText.length;
  const inside: OffsetEdit[] = [];
  const documentEdits: OffsetEdit[] = [];
  for (const e of plan.sourceEdits) {
    if (inRegion(e)) inside.push({ ...e, start: e.start - lo, end: e.end - lo });
    else if (e.end <= lo) documentEdits.push(e);
    else documentEdits.push({ ...e, start: e.start + shift, end: e.end + shift });
  }
  if (lo < pasteStart) documentEdits.push({ start: lo, end: input.insertStart, newText: '' });
  if (hi > pasteEnd) documentEdits.push({ start: insertEnd, end: hi + shift, newText: '' });
  const { sourceEdits: _ignored, ...rest } = plan;
  void _ignored;
  return { ...rest, insertText: applyEdits(text.slice(lo, hi), inside), documentEdits };
}
