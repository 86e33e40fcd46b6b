import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeHush, stripeKey, waitFor, writeWorkspaceFile } from './support';

interface CopyRedactedResult {
  text: string;
  masked: number;
}

describe('Copy Without Secrets (hush.copyRedacted)', function () {
  this.timeout(60_000);

  it('copies the selection with each secret masked and the rest byte for byte; an empty selection copies its line', async function () {
    await activeHush(this);
    const secret = stripeKey(951);
    const text = `const a = 1;\nconst stripeKey = "${secret.value}";\nconst b = 2;\n`;
    const document = await vscode.workspace.openTextDocument(writeWorkspaceFile('copy/app.js', text));
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 3, 0);
    // The server answers once it is up; retry until it has.
    const all = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<CopyRedactedResult | undefined>('hush.copyRedacted');
      return r && r.masked > 0 ? r : undefined;
    }, 'a masked copy');
    assert.equal(all.masked, 1);
    assert.equal(all.text, text.replace(secret.value, secret.masked));
    assert.ok(!all.text.includes(secret.value));
    const clipboard = await vscode.env.clipboard.readText().then(
      (t) => t,
      () => undefined,
    );
    if (clipboard) assert.equal(clipboard, all.text);

    editor.selection = new vscode.Selection(2, 3, 2, 3);
    const line = await vscode.commands.executeCommand<CopyRedactedResult>('hush.copyRedacted');
    assert.deepEqual(line, { text: 'const b = 2;\n', masked: 0 });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
