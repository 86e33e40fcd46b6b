// For clients that cannot create files through a WorkspaceEdit (Neovim 0.7 announces no `documentChanges`, so
// no CreateFile): the server creates the missing store files itself, empty, just before it sends the text
// edits with workspace/applyEdit, and removes them again when the client refuses the edit. Only files that
// resolve inside the workspace folder are created, and never through a symbolic link (`wx` refuses one).
import { closeSync, lstatSync, mkdirSync, openSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { CreateFile, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { outsideFolder } from './storeContainment';
import { uriToPath } from './workspaceFolders';

/** What the server made on disk for one edit: files first, then the folders created for them (deepest first). */
export interface CreatedOnDisk {
  files: string[];
  folders: string[];
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Removes what `createMissingFiles` made, as long as nobody wrote to it meanwhile. */
export function removeCreated(created: CreatedOnDisk): void {
  for (const file of created.files) {
    try {
      if (statSync(file).size === 0) unlinkSync(file);
    } catch {
      /* already gone */
    }
  }
  for (const folder of created.folders) {
    try {
      rmdirSync(folder); // only when still empty
    } catch {
      /* not empty, or gone */
    }
  }
}

function createOne(folder: string, path: string, created: CreatedOnDisk): string | undefined {
  const name = relative(folder, path) || path;
  const outside = outsideFolder(folder, path);
  if (outside) return `${name} ${outside}`;
  if (exists(path)) return undefined; // as `ignoreIfExists`: the text edit that follows appends to it
  try {
    const firstMade = mkdirSync(dirname(path), { recursive: true });
    if (firstMade) {
      // Every folder from the first one made down to the file's, deepest first, for removal.
      for (let d = dirname(path); d.length >= firstMade.length; d = dirname(d)) created.folders.push(d);
    }
    // Checked again now that its folders exist: a link put in place meanwhile must not be followed.
    const stillOutside = outsideFolder(folder, path);
    if (stillOutside) return `${name} ${stillOutside}`;
    closeSync(openSync(path, 'wx'));
    created.files.push(path);
    return undefined;
  } catch (e) {
    return `${name} could not be created (${(e as { code?: string }).code ?? (e as Error).message})`;
  }
}

/**
 * Creates, empty, every file the edit's CreateFile operations name, and returns the edit without them (the
 * text edits stay, unversioned for the new files). On a problem everything made so far is removed again.
 */
export function createMissingFiles(folder: string, edit: WorkspaceEdit): { edit: WorkspaceEdit; created: CreatedOnDisk } | { problem: string } {
  const created: CreatedOnDisk = { files: [], folders: [] };
  const kept: Array<TextDocumentEdit> = [];
  for (const change of edit.documentChanges ?? []) {
    if (!('kind' in change)) {
      kept.push(change);
      continue;
    }
    const path = change.kind === 'create' ? uriToPath((change as CreateFile).uri) : undefined;
    const problem = path === undefined ? `the edit holds a ${change.kind} operation the server cannot make` : createOne(folder, path, created);
    if (problem) {
      removeCreated(created);
      return { problem };
    }
  }
  return { edit: { ...edit, documentChanges: kept }, created };
}
