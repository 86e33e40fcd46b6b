// The language server process killed in the middle of "Hush: Scan Workspace", under the real VS Code client:
// it is restarted, the open file's diagnostics come back from the new process, the user sees exactly one
// message about it, and the scan command runs again to completion. Waits have deadlines; nothing is timed.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { HushApi } from '../../client/extension';
import type { ScanWorkspaceResult } from '../../protocol/messages';
import { generateLoadWorkspace } from '../support/loadWorkspace';
import { activeHush, hushDiagnostics, stripeKey, waitFor, workspaceDir, writeWorkspaceFile } from './support';

/** Big enough that a scan takes a few seconds (as the crash must land in the middle of it). */
const FILES = 15_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function hushCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => /hush/i.test(d.source ?? '')).length;
}

describe('server crash', () => {
  it('a server killed mid-scan is restarted: one message, diagnostics come back, the scan runs again', async function () {
    this.timeout(150_000);
    const api = (await activeHush(this)).exports as HushApi;
    const root = join(workspaceDir(), 'crash-load');
    try {
      const ws = generateLoadWorkspace(root, { files: FILES, filesPerPackage: FILES, secretEvery: 1000, seed: 77 });
      const first = stripeKey(4711);
      const uri = writeWorkspaceFile('crash-load/open.js', `const stripe = "${first.value}";\n`);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.equal((await hushDiagnostics(uri)).length, 1);
      const pid = await waitFor(() => api.server().processId, 'the server process id');
      const messagesBefore = api.server().serverMessages.length;

      const scan = vscode.commands.executeCommand<ScanWorkspaceResult | undefined>('hush.scanWorkspace');
      // Under way once a planted secret in an unopened file reaches the Problems panel.
      const planted = ws.secrets.map((s) => vscode.Uri.file(join(root, s.file)));
      await waitFor(() => planted.some((u) => hushCount(u) > 0), 'the first findings of the workspace scan', 60_000);
      process.kill(pid, 'SIGKILL');
      assert.equal(await scan, undefined, 'the scan finished before the server was killed: make the workspace bigger');

      const restarted = await waitFor(
        () => {
          const s = api.server();
          return s.running && s.processId !== undefined && s.processId !== pid && s.processId;
        },
        'a restarted server',
        60_000,
      );
      assert.ok(alive(restarted), 'the new server process is not running');
      assert.ok(!alive(pid), 'the killed server is still running');

      // The new process serves the open document: an edit adding a second secret is diagnosed.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(1, 0), `const other = "${stripeKey(4712).value}";\n`);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(() => hushCount(uri) === 2, 'diagnostics from the restarted server', 30_000);

      const again = await vscode.commands.executeCommand<ScanWorkspaceResult | undefined>('hush.scanWorkspace');
      assert.ok(again, 'the scan command failed after the restart');
      assert.equal(again.cancelled, false);
      assert.ok(again.files >= FILES - ws.binaries, `scanned ${again.files} files`);
      // Planted ones plus the file on disk (its unsaved second secret is the editor's, not the disk's).
      assert.ok(again.findings >= ws.secrets.length + 1, `findings: ${again.findings}`);

      const messages = api.server().serverMessages.slice(messagesBefore);
      assert.equal(messages.length, 1, `messages about the server: ${JSON.stringify(messages)}`);
      assert.match(messages[0]!, /stopped unexpectedly and was restarted/);
      assert.match(messages[0]!, /Scan Workspace/, 'the message should say the running scan stopped');
      assert.equal(api.server().processId, restarted, 'the server restarted again');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      rmSync(root, { recursive: true, force: true });
    }
  });
});
