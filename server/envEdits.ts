// The `.env`, `.env.example` and `.gitignore` part of a move or paste edit, shared by the quick fix and the
// paste guard: the files are checked for writing before anything is offered, open files get versioned
// edits (the editor rejects the edit if the buffer changed since), and `.env` names promised to edits that
// have not landed yet are reserved.
import { basename } from 'node:path';
import type { CreateFile, TextDocumentEdit } from 'vscode-languageserver';
import { LineIndex, type FileEdits, type OffsetEdit } from '../engine';
import type { EnvFileSet } from './envFiles';
import type { EnvReservations } from './envReservations';
import { whyNotWritable } from './writable';
import { pathToUri } from './workspaceFolders';

/** The store part of a move or paste plan. */
export interface StoreEdits {
  env: FileEdits;
  envExample?: FileEdits;
  gitignore?: FileEdits;
  added: Array<{ name: string; valueHash: string }>;
}

function touched(files: EnvFileSet, plan: StoreEdits, envLabel: string): Array<{ path: string; label: string }> {
  const out: Array<{ path: string; label: string }> = [];
  if (plan.env.edits.length > 0) out.push({ path: files.envPath, label: envLabel });
  if (plan.envExample) out.push({ path: files.envExamplePath, label: basename(files.envExamplePath) });
  if (plan.gitignore) out.push({ path: files.gitignorePath, label: '.gitignore' });
  return out;
}

/** Why the edit cannot be written, naming the file and the cause (`.env cannot be written (the file is read-only)`), or undefined. */
export function storeEditProblem(files: EnvFileSet, plan: StoreEdits, envLabel: string): string | undefined {
  if (files.problem) return files.problem;
  for (const { path, label } of touched(files, plan, envLabel)) {
    const why = whyNotWritable(path);
    if (why) return `${label} cannot be written (${why})`;
  }
  return undefined;
}

function textEdits(text: string, edits: OffsetEdit[]) {
  const lines = new LineIndex(text);
  return edits.map((e) => ({ range: { start: lines.position(e.start), end: lines.position(e.end) }, newText: e.newText }));
}

export function fileChanges(path: string, current: string | undefined, create: boolean, edits: OffsetEdit[], openVersion: (path: string) => number | null): Array<CreateFile | TextDocumentEdit> {
  const uri = pathToUri(path);
  const out: Array<CreateFile | TextDocumentEdit> = [];
  if (create) out.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
  out.push({ textDocument: { uri, version: create ? null : openVersion(path) }, edits: textEdits(current ?? '', edits) });
  return out;
}

/** The store files' changes; records the names the edit adds so a quick second plan picks others. */
export function storeFileChanges(files: EnvFileSet, plan: StoreEdits, openVersion: (path: string) => number | null, reservations: EnvReservations): Array<CreateFile | TextDocumentEdit> {
  const out: Array<CreateFile | TextDocumentEdit> = [];
  if (plan.env.edits.length > 0) out.push(...fileChanges(files.envPath, files.envText, plan.env.create, plan.env.edits, openVersion));
  if (plan.envExample) out.push(...fileChanges(files.envExamplePath, files.envExampleText, false, plan.envExample.edits, openVersion));
  if (plan.gitignore) out.push(...fileChanges(files.gitignorePath, files.gitignoreText, plan.gitignore.create, plan.gitignore.edits, openVersion));
  reservations.record(files.envPath, files.envText, plan.added);
  return out;
}
