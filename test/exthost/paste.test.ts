import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeHush, skipBecause, stripeKey, waitFor, withHushSetting, writeWorkspaceFile } from './support';

interface HushApi {
  pasteEditsFor(document: vscode.TextDocument, ranges: readonly vscode.Range[], text: string): Promise<vscode.DocumentPasteEdit[]>;
}

/** The paste guard's edits, built by the provider itself (a real Ctrl+V is the journey's job). */
async function pasteInto(context: Mocha.Context, relative: string, textWithCursor: string, clip: string): Promise<{ edits: vscode.DocumentPasteEdit[]; document: vscode.TextDocument }> {
  const api = (await activeHush(context)).exports as Partial<HushApi> | undefined;
  if (!api?.pasteEditsFor) skipBecause(context, 'the extension does not expose pasteEditsFor');
  const at = textWithCursor.indexOf('|');
  const uri = writeWorkspaceFile(relative, textWithCursor.replace('|', ''));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const position = document.positionAt(at);
  // The server answers once it has the document; retry while it is still starting.
  const edits = await waitFor(async () => {
    const e = await api.pasteEditsFor!(document, [new vscode.Range(position, position)], clip);
    return e.length > 0 || clip.includes('hello') ? e : undefined;
  }, `paste edits for ${relative}`);
  return { edits, document };
}

const withPasteMode = <T>(mode: string | undefined, fn: () => Promise<T>): Promise<T> => withHushSetting('paste.mode', mode, fn);

describe('paste guard (provider in the extension host)', function () {
  this.timeout(60_000);

  it('reference mode: "Paste as reference to .env (NAME)" is the default edit; its additional edit carries .env', async function () {
    const secret = stripeKey(901);
    const { edits } = await pasteInto(this, 'paste/billing.py', 'import sys\n\nSTRIPE_KEY = |\n', `"${secret.value}"`);
    const [edit, ...rest] = edits;
    assert.equal(rest.length, 0);
    assert.equal(edit!.title, 'Paste as reference to .env (STRIPE_KEY)');
    assert.equal(edit!.kind.value, 'hush.secretReference');
    assert.equal(edit!.insertText, 'os.environ["STRIPE_KEY"]');
    assert.equal(edit!.yieldTo, undefined, 'not yielding: applied at once on Ctrl+V');
    // The additional edit, read rather than applied: .env gets NAME=value, the document `import os`.
    const byFile = new Map(edit!.additionalEdit!.entries().map(([uri, edits]) => [uri.path.slice(uri.path.lastIndexOf('/') + 1), edits.map((e) => e.newText).join('')]));
    assert.deepEqual([...byFile.keys()].sort(), ['.env', '.gitignore', 'billing.py'].filter((f) => byFile.has(f)).sort());
    assert.ok(byFile.get('.env')?.includes(`STRIPE_KEY=${secret.value}`), '.env gets STRIPE_KEY=<value>');
    assert.equal(byFile.get('billing.py'), 'import os\n');
    assert.ok(!edit!.title.includes(secret.value) && !String(edit!.insertText).includes(secret.value));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('ask mode yields to plain text; off mode offers nothing; no secret offers nothing', async function () {
    const secret = stripeKey(902);
    const ask = await withPasteMode('ask', () => pasteInto(this, 'paste/ask.js', 'const stripeKey = "|";\n', secret.value));
    assert.equal(ask.edits[0]!.yieldTo?.[0]?.value, vscode.DocumentDropOrPasteEditKind.Text.value);
    const off = await withPasteMode('off', async () => {
      const api = (await activeHush(this)).exports as HushApi;
      return api.pasteEditsFor(ask.document, [new vscode.Range(0, 19, 0, 19)], secret.value);
    });
    assert.deepEqual(off, []);
    const plain = await pasteInto(this, 'paste/plain.js', 'const s = |;\n', '"hello world, nothing secret"');
    assert.deepEqual(plain.edits, []);
  });

  it('JSON has no reference: a placeholder edit that waits behind the plain paste', async function () {
    const secret = stripeKey(903);
    const { edits } = await pasteInto(this, 'paste/config.json', '{ "stripeKey": "|" }\n', secret.value);
    assert.equal(edits[0]!.kind.value, 'hush.secretPlaceholder');
    assert.match(String(edits[0]!.insertText), /^\$\{STRIPE_KEY(_\d+)?\}$/);
    assert.equal(edits[0]!.yieldTo?.[0]?.value, vscode.DocumentDropOrPasteEditKind.Text.value);
  });
});
