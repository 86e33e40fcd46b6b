import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeHush, hushDiagnostics, quickFixesAt, skipBecause, stripeKey, textOf, waitFor, workspaceDir, writeWorkspaceFile } from './support';

describe('quick fix', function () {
  // Opening the document, the first diagnostics and three file edits: over 30 s once on a loaded 2-core machine.
  this.timeout(90_000);

  it('"Move to .env as NAME" edits the file, .env and .gitignore in one applied WorkspaceEdit', async function () {
    await activeHush(this);
    const secret = stripeKey(802);
    const uri = writeWorkspaceFile('quickfix/billing.js', `const stripeKey = "${secret.value}";\n`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await hushDiagnostics(uri);

    const actions = await quickFixesAt(uri, diagnostic!.range, 10);
    const move = actions.find((a) => /^Move to \.env as /.test(a.title));
    if (!move) skipBecause(this, `no "Move to .env" quick fix yet (offered: ${actions.map((a) => a.title).join(', ') || 'none'})`);
    const name = /^Move to \.env as ([A-Z0-9_]+)/.exec(move.title)?.[1];
    assert.ok(name, `title names the variable: ${move.title}`);
    assert.ok(move.kind && vscode.CodeActionKind.QuickFix.contains(move.kind), `a quick fix, not a ${move.kind?.value ?? 'kind-less'} action`);

    if (move.edit) assert.equal(await vscode.workspace.applyEdit(move.edit), true);
    if (move.command) await vscode.commands.executeCommand(move.command.command, ...(move.command.arguments ?? []));

    await waitFor(() => document.getText().includes(`process.env.${name}`), `process.env.${name} in the file`);
    assert.ok(!document.getText().includes(secret.value), 'the raw value left the source file');
    const root = vscode.Uri.file(workspaceDir());
    const env = await waitFor(async () => textOf(vscode.Uri.joinPath(root, '.env')), '.env');
    assert.ok(
      env.split(/\r?\n/).some((line) => new RegExp(`^${name}=["']?${secret.value}["']?$`).test(line)),
      '.env holds NAME=value',
    );
    const gitignore = await waitFor(async () => textOf(vscode.Uri.joinPath(root, '.gitignore')), '.gitignore');
    assert.ok(
      gitignore.split(/\r?\n/).some((line) => /^\/?\.env$/.test(line.trim())),
      '.gitignore covers .env',
    );
    await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => /hush/i.test(d.source ?? '')), 'the diagnostic to clear after the fix');
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
  });
});
