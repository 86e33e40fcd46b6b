// "Hush: Scan Workspace" throughput, measured from a client over stdio, next to the CLI on the same tree:
// the first scan, then a second one with nothing changed (served by the content-hash cache).
// `npm run bench -- wsscan [DIR]` (default: this repository's node_modules). Prints figures; never asserts.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ScanWorkspaceResult } from '../protocol/messages';
import { LspClient, ROOT } from '../test/support/lspClient';

const root = resolve(process.argv[2] ?? 'node_modules');
const dist = resolve(ROOT, 'dist');

async function main(): Promise<void> {
  // Same scope as `hush scan --no-gitignore`.
  const client = new LspClient(root, { settings: { scanGitignored: true }, inheritStderr: true });
  await client.initialize();
  const line = (what: string, ms: number, r: ScanWorkspaceResult) =>
    console.log(
      `${what.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${r.files} files  ${(r.bytes / 1048576).toFixed(1)} MB  ${(r.bytes / 1048576 / (ms / 1000)).toFixed(1)} MB/s  ${r.findings} findings  cached ${r.cachedFiles}`,
    );
  console.log(`workspace scan of ${root}`);
  for (const what of ['server: first scan', 'server: second (unchanged)']) {
    const t = performance.now();
    const r = await client.connection.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', {});
    line(what, performance.now() - t, r);
  }
  await client.dispose(5000);
  const t = performance.now();
  const cli = spawnSync(process.execPath, [resolve(dist, 'cli.js'), 'scan', root, '--no-gitignore', '--format', 'json'], { maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const report = JSON.parse(cli.stdout.toString()) as { findings: unknown[]; stats?: { files: number; bytes: number } };
  const mb = (report.stats?.bytes ?? 0) / 1048576;
  console.log(
    `${'cli: hush scan --no-gitignore'.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${report.stats?.files ?? '?'} files  ${mb.toFixed(1)} MB  ${(mb / (ms / 1000)).toFixed(1)} MB/s  ${report.findings.length} findings`,
  );
}

void main();
