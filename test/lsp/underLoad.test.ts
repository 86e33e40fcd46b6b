// The server under load (a generated 3,000-file workspace, test/support/loadWorkspace.ts): while a workspace
// scan runs, edits to an open document are still diagnosed, and a cancelled scan stops early and publishes
// nothing afterwards. Nothing here is timed: deadlines bound the waiting only (figures: `npm run bench -- load`).
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { WorkDoneProgress, type PublishDiagnosticsParams, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import type { ScanWorkspaceResult } from '../../protocol/messages';
import { generateLoadWorkspace, type LoadWorkspace } from '../support/loadWorkspace';
import { LspClient } from '../support/lspClient';
import { tempDir } from '../support/tempTree';

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

const FILES = 3000;
const g = createExampleGen(9090);

function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p.finally(() => clearTimeout(timer)), new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)))]);
}

/** Files done according to a progress report ("123/456+ files · …"). */
function filesDone(v: ProgressValue): number {
  return v.kind === 'report' ? Number(/^(\d+)\//.exec(v.message ?? '')?.[1] ?? 0) : 0;
}

describe('language server under load (3,000-file workspace)', function () {
  this.timeout(60_000);
  let ws: LoadWorkspace;
  const clients: LspClient[] = [];

  before(() => {
    ws = generateLoadWorkspace(tempDir('hush-load-'), { files: FILES, filesPerPackage: FILES, secretEvery: 1000, seed: 3 });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.dispose();
  });
  after(() => rmSync(ws.root, { recursive: true, force: true }));

  async function client(): Promise<LspClient> {
    const c = new LspClient(ws.root);
    clients.push(c);
    await c.initialize();
    return c;
  }

  it('an edit to an open document is diagnosed (with its new finding) while the scan is still running', async () => {
    const c = await client();
    const typed = join(ws.packages[0]!, 'src', 'typing.ts');
    writeFileSync(typed, 'export const ready = true;\n');
    const uri = pathToFileURL(typed).toString();
    const token = 'load-edit';
    let scanFinished = false;
    let edited: Promise<PublishDiagnosticsParams['diagnostics']> | undefined;
    let editSent = () => undefined as void;
    const editSentPromise = new Promise<void>((r) => (editSent = r));
    const value = g.crc32Token('ghp_', 30);
    c.connection.onProgress(WorkDoneProgress.type, token, (v: ProgressValue) => {
      if (v.kind === 'end') scanFinished = true;
      // The first report: the scan is under way. Type the secret now.
      if (!edited && filesDone(v) > 0) {
        edited = c
          .diagnostics(uri, (p) => p.version === 2, 20_000)
          .then((d) => {
            assert.equal(scanFinished, false, 'the edit was diagnosed only after the scan finished');
            return d;
          });
        c.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `const token = "${value}";\n` }]);
        editSent();
      }
    });
    c.open('pkg0/src/typing.ts', 'export const ready = true;\n', 'typescript', false);
    assert.deepEqual(await c.diagnosticsFor(uri, 1, 10_000), []);

    const scan = c.connection.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', { workDoneToken: token }).then((r) => ((scanFinished = true), r));
    await withDeadline(editSentPromise, 20_000, 'progress report from the scan');
    const diagnostics = await edited!;
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'github-personal-access-token');
    assert.deepEqual(diagnostics[0]!.range.start, { line: 1, character: 15 });

    const result = await withDeadline(scan, 30_000, 'scan result');
    assert.equal(result.cancelled, false);
    assert.equal(result.files + (result.skipped.binary ?? 0), FILES + 1, 'every file scanned or skipped, the gitignored ones not');
    // The planted secrets, and the typed document's copy on disk is clean: the scan found exactly those.
    assert.equal(result.findings, ws.secrets.length);
    assert.equal(c.latest.get(uri)!.version, 2, 'the scan published over the open document');
  });

  it('cancelling stops the scan before all files are done; no diagnostics arrive after the reply', async () => {
    const c = await client();
    const source = new CancellationTokenSource();
    const token = 'load-cancel';
    const progress: ProgressValue[] = [];
    let cancelledAt = 0;
    c.connection.onProgress(WorkDoneProgress.type, token, (v: ProgressValue) => {
      progress.push(v);
      if (cancelledAt === 0 && filesDone(v) > 0) {
        cancelledAt = filesDone(v);
        source.cancel();
      }
    });
    const published: string[] = [];
    let replied = false;
    const afterReply: string[] = [];
    c.publishListeners.push((p) => {
      published.push(p.uri);
      if (replied) afterReply.push(p.uri);
    });

    const result = await withDeadline(c.connection.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', { workDoneToken: token }, source.token), 30_000, 'reply to the cancelled scan');
    replied = true;
    assert.ok(cancelledAt > 0, 'no progress report before the reply');
    assert.equal(result.cancelled, true);
    assert.ok(result.files < FILES, `scanned ${result.files} of ${FILES} files`);
    assert.equal(progress.at(-1)?.kind, 'end');

    // Round trips through the server: anything it had still queued would arrive before these replies.
    const uri = c.open('pkg0/src/after.ts', 'export const after = 1;\n', 'typescript', false);
    await c.diagnosticsFor(uri, 1, 10_000);
    await c.connection.sendRequest('hush/exportSarif');
    assert.deepEqual(
      afterReply.filter((u) => u !== uri),
      [],
      'diagnostics published after the cancelled scan replied',
    );
    assert.equal(progress.filter((v) => v.kind === 'end').length, 1);
    assert.equal(progress.at(-1)?.kind, 'end', 'progress reported after the end');
    assert.ok(published.filter((u) => u !== uri).length <= ws.secrets.length);
  });
});
