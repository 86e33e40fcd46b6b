import assert from 'node:assert/strict';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activeHush, hushDiagnostics, quickFixesAt, stripeKey, waitFor, workspaceDir, withHushSetting, writeWorkspaceFile } from './support';

/** Runs `fn` with `hush.envFile` pointing at a folder of its own, so other suites' .env stays out of it. */
const withEnvFile = <T>(envFile: string, fn: () => Promise<T>): Promise<T> => withHushSetting('envFile', envFile, fn);

/** The quick fixes for the file's first Hush diagnostic, resolved as the lightbulb would when one is chosen. */
async function quickFixes(uri: vscode.Uri): Promise<vscode.CodeAction[]> {
  const [diagnostic] = await hushDiagnostics(uri);
  return quickFixesAt(uri, diagnostic!.range, 10);
}

describe('quick fix keeps .env intact', function () {
  this.timeout(60_000);

  it('.env open with unsaved lines: the move lands in that buffer, the unsaved lines stay, nothing is saved behind the user', async function () {
    await activeHush(this);
    const secret = stripeKey(811);
    const envUri = writeWorkspaceFile('dirtyenv/.env', 'ON_DISK=1\n');
    // VS Code in the browser saves after a delay by default; the buffer must stay unsaved for this test.
    const files = () => vscode.workspace.getConfiguration('files');
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    await withEnvFile('dirtyenv/.env', async () => {
      const envDoc = await vscode.workspace.openTextDocument(envUri);
      const typed = new vscode.WorkspaceEdit();
      typed.insert(envUri, envDoc.positionAt(envDoc.getText().length), 'DRAFT=unsaved\n');
      assert.equal(await vscode.workspace.applyEdit(typed), true);
      assert.ok(envDoc.isDirty, 'the .env buffer has unsaved changes');

      const uri = writeWorkspaceFile('dirtyenv/billing.js', `const stripeKey = "${secret.value}";\n`);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const move = (await quickFixes(uri)).find((a) => /^Move to dirtyenv\/\.env as /.test(a.title));
      assert.ok(move, 'a Move action');
      const name = /as ([A-Z0-9_]+)/.exec(move.title)![1]!;
      if (move.edit) assert.equal(await vscode.workspace.applyEdit(move.edit), true);
      if (move.command) await vscode.commands.executeCommand(move.command.command, ...(move.command.arguments ?? []));

      await waitFor(() => document.getText().includes(`process.env.${name}`), `process.env.${name} in the file`);
      const env = envDoc.getText();
      assert.ok(env.startsWith('ON_DISK=1\nDRAFT=unsaved\n'), `the unsaved lines stay first:\n${env.replace(secret.value, '<value>')}`);
      assert.ok(env.split('\n').includes(`${name}=${secret.value}`), 'the value is appended to the buffer');
      assert.equal(readFileSync(envUri.fsPath, 'utf8'), 'ON_DISK=1\n', 'the disk copy is left for the user to save');
      await vscode.window.showTextDocument(envDoc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }).finally(() => files().update('autoSave', undefined, vscode.ConfigurationTarget.Workspace));
  });

  it('read-only .env: the Move action is not applicable (greyed out with the reason) and the source keeps its literal', async function () {
    await activeHush(this);
    const secret = stripeKey(812);
    const envUri = writeWorkspaceFile('readonlyenv/.env', 'KEEP=1\n');
    chmodSync(envUri.fsPath, 0o444);
    try {
      await withEnvFile('readonlyenv/.env', async () => {
        const uri = writeWorkspaceFile('readonlyenv/billing.js', `const stripeKey = "${secret.value}";\n`);
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        const actions = await quickFixes(uri);
        assert.ok(
          actions.some((a) => a.title.startsWith('Ignore')),
          `the other fixes are there: ${actions.map((a) => a.title).join(', ')}`,
        );
        const moves = actions.filter((a) => a.title.startsWith('Move to '));
        assert.ok(
          moves.every((a) => a.disabled !== undefined && !a.edit && !a.command),
          'no Move action that could run',
        );
        for (const m of moves) assert.equal(m.disabled!.reason, 'readonlyenv/.env cannot be written (the file is read-only)');
        assert.equal(document.getText(), `const stripeKey = "${secret.value}";\n`);
        assert.equal(readFileSync(join(workspaceDir(), 'readonlyenv/.env'), 'utf8'), 'KEEP=1\n');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      });
    } finally {
      chmodSync(envUri.fsPath, 0o644);
    }
  });
});
