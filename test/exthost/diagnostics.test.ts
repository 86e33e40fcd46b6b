import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeHush, codeOf, hushDiagnostics, stripeKey, writeWorkspaceFile } from './support';

describe('diagnostics', () => {
  it('an opened file with a hard-coded key gets a diagnostic: rule id, provider, masked value, never the raw value', async function () {
    await activeHush(this);
    const secret = stripeKey(801);
    const text = `// payments\nconst stripeKey = "${secret.value}";\nmodule.exports = { stripeKey };\n`;
    const uri = writeWorkspaceFile('diagnostics/payments.js', text);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);

    const [diagnostic, ...rest] = await hushDiagnostics(uri);
    assert.equal(rest.length, 0, 'one secret, one diagnostic');
    const shown = `${diagnostic!.message} ${codeOf(diagnostic!)}`;
    assert.match(codeOf(diagnostic!), /^stripe-live-secret-key$/);
    assert.ok(shown.includes('Stripe'), `provider missing from: ${shown}`);
    assert.ok(shown.includes(secret.masked), 'masked value missing from the diagnostic');
    assert.ok(!shown.includes(secret.value), 'the diagnostic must not show the raw value');
    const start = text.indexOf(secret.value);
    assert.deepEqual(diagnostic!.range, new vscode.Range(document.positionAt(start), document.positionAt(start + secret.value.length)));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
