// Workspace folders and URI ↔ path conversion: the only place that knows how documents map to folders.
import { URI } from 'vscode-uri';

export class WorkspaceFolders {
  private folders: string[] = [];

  set(uris: string[]): void {
    this.folders = uris.map((u) => uriToPath(u)).filter((p): p is string => p !== undefined);
  }

  add(uri: string): void {
    const p = uriToPath(uri);
    if (p && !this.folders.includes(p)) this.folders.push(p);
  }

  remove(uri: string): void {
    const p = uriToPath(uri);
    this.folders = this.folders.filter((f) => f !== p);
  }

  /** Every folder's path, in the order the client gave them. */
  list(): readonly string[] {
    return this.folders;
  }

  /** The innermost folder containing the path. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      if ((path === f || path.startsWith(f.endsWith('/') || f.endsWith('\\') ? f : f + (f.includes('\\') ? '\\' : '/'))) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }
}

/** File-system path of a `file:` URI; undefined for untitled and virtual documents. */
export function uriToPath(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return URI.file(path).toString();
}
