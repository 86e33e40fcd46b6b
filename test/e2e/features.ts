// Which parts of the product are on this branch yet. Steps of the journey whose feature is missing are
// reported as pending with the reason, never faked.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

interface Manifest {
  contributes?: { commands?: { command: string; title: string; category?: string }[] };
}

function bundle(name: string): string {
  const file = join(repoRoot, 'dist', name);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function commandTitles(): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;
  return (manifest.contributes?.commands ?? []).map((c) => (c.category ? `${c.category}: ${c.title}` : c.title));
}

/** The palette title of the workspace scan command, when one is contributed. */
export function scanWorkspaceTitle(): string | undefined {
  return commandTitles().find((t) => /^Hush: Scan Workspace$/i.test(t));
}

export const features = {
  client: () => bundle('client.js').length > 0,
  /** The paste guard registers a DocumentPasteEditProvider (the API name survives minification). */
  pasteGuard: () => bundle('client.js').includes('registerDocumentPasteEditProvider'),
  workspaceScan: () => scanWorkspaceTitle() !== undefined,
  /** The incident path: a committed secret's diagnostic says it is in git history. */
  incidents: () => /in git history/i.test(bundle('server.js') + bundle('client.js')),
};
