// The documents the client has open, by URI, and the two questions other features ask of them by path:
// the editor's unsaved text (it wins over the disk) and the version a versioned edit must name.
import type { TrackedDocument } from './incrementalScan';
import { uriToPath } from './workspaceFolders';

export class OpenDocuments {
  private readonly byUri = new Map<string, TrackedDocument>();

  get(uri: string): TrackedDocument | undefined {
    return this.byUri.get(uri);
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  set(uri: string, t: TrackedDocument): void {
    this.byUri.set(uri, t);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  entries(): IterableIterator<[string, TrackedDocument]> {
    return this.byUri.entries();
  }

  values(): IterableIterator<TrackedDocument> {
    return this.byUri.values();
  }

  /** The unsaved text of the open document at `path`, if any. */
  readonly textByPath = (path: string): string | undefined => this.byPath(path)?.doc.getText();

  /** The version of the open document at `path`; null when it is not open. */
  readonly versionByPath = (path: string): number | null => this.byPath(path)?.doc.version ?? null;

  private byPath(path: string): TrackedDocument | undefined {
    for (const t of this.byUri.values()) if (uriToPath(t.doc.uri) === path) return t;
    return undefined;
  }
}
