// "Hush: Scan Workspace" throughput, measured from a client over stdio, next to the CLI on the same tree:
// the first scan, then a second one with nothing changed (served by the content-hash cache).
// `npm run bench:wsscan [DIR]` (default: this repository's node_modules). Prints figures; never asserts.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { ScanWorkspaceResult } from '../protocol/messages';

const root = resolve(process.argv[2] ?? 'node_modules');
const dist = resolve(__dirname, '../../dist');

async function main(): Promise<void> {
  const proc = spawn(process.execPath, [resolve(dist, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  // Same scope as `hush scan --no-gitignore`.
  const settings = { scanGitignored: true };
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  c.onRequest('client/registerCapability', () => null);
  c.onNotification('textDocument/publishDiagnostics', () => undefined);
  c.listen();
  await c.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).toString(),
    workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'bench' }],
    capabilities: { workspace: { configuration: true } },
  });
  await c.sendNotification('initialized', {});
  const line = (what: string, ms: number, r: ScanWorkspaceResult) =>
    console.log(`${what.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${r.files} files  ${(r.bytes / 1048576).toFixed(1)} MB  ${(r.bytes / 1048576 / (ms / 1000)).toFixed(1)} MB/s  ${r.findings} findings  cached ${r.cachedFiles}`);
  console.log(`workspace scan of ${root}`);
  for (const what of ['server: first scan', 'server: second (unchanged)']) {
    const t = performance.now();
    const r = await c.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', {});
    line(what, performance.now() - t, r);
  }
  await c.sendRequest('shutdown');
  const exited = new Promise((r) => proc.once('exit', r));
  await c.sendNotification('exit');
  await exited;
  c.dispose();
  const t = performance.now();
  const cli = spawnSync(process.execPath, [resolve(dist, 'cli.js'), 'scan', root, '--no-gitignore', '--format', 'json'], { maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const report = JSON.parse(cli.stdout.toString()) as { findings: unknown[]; stats?: { files: number; bytes: number } };
  const mb = (report.stats?.bytes ?? 0) / 1048576;
  console.log(`${'cli: hush scan --no-gitignore'.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${report.stats?.files ?? '?'} files  ${mb.toFixed(1)} MB  ${(mb / (ms / 1000)).toFixed(1)} MB/s  ${report.findings.length} findings`);
}

void main();
