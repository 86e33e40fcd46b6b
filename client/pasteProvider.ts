// The paste guard in VS Code: a DocumentPasteEditProvider that asks the server (`hush/scanText`) whether
// the clipboard text holds secrets and, if so, offers the paste with each secret replaced by its reference
// and the `.env` / `.gitignore` / `.env.example` changes as the edit's additionalEdit. The clipboard is read
// only here, during a paste, and never logged.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { MAX_SCAN_TEXT_CHARS, SCAN_TEXT_METHOD, type ScanTextFinding, type ScanTextParams, type ScanTextResult } from '../protocol/messages';
import {
  IGNORE_ACTION,
  IGNORE_FIX_PREFIXES,
  MOVE_FIX_PREFIX,
  moveActionLabel,
  PASTE_MODE_SETTING,
  PLACEHOLDER_PASTE_KIND,
  REFERENCE_PASTE_KIND,
  pasteModeOf,
  pasteOffer,
  pasteWarning,
  sameText,
} from './pastePolicy';

const referenceKind = vscode.DocumentDropOrPasteEditKind.Empty.append(...REFERENCE_PASTE_KIND.split('.'));
const placeholderKind = vscode.DocumentDropOrPasteEditKind.Empty.append(...PLACEHOLDER_PASTE_KIND.split('.'));
/** How long after the provider ran the plain paste is expected to land (it lands within a second). */
const LANDING_WINDOW_MS = 10_000;
const DIAGNOSTIC_WAIT_MS = 5_000;
const MAX_DOCUMENT_CHARS = 5_000_000;
const SERVER_START_WAIT_MS = 5_000;

function runningWithin(client: LanguageClient, ms: number, token: vscode.CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      sub.dispose();
      cancel.dispose();
      resolve(client.isRunning());
    };
    const sub = client.onDidChangeState((e) => e.newState === State.Running && finish());
    const cancel = token.onCancellationRequested(finish);
    const timer = setTimeout(finish, ms);
  });
}
const DIAGNOSTIC_SOURCE = 'hush';

/** Builds the paste edit for one paste; exported so extension-host tests can drive it without a real paste. */
export async function providePasteEdits(
  client: LanguageClient,
  document: vscode.TextDocument,
  ranges: readonly vscode.Range[],
  clipboardText: string,
  token: vscode.CancellationToken,
): Promise<{ edits: vscode.DocumentPasteEdit[]; result: ScanTextResult | undefined; warnAfterPlainPaste: boolean }> {
  const none = { edits: [], result: undefined, warnAfterPlainPaste: false };
  const mode = pasteModeOf(vscode.workspace.getConfiguration('hush', document).get(PASTE_MODE_SETTING));
  if (mode === 'off' || ranges.length === 0 || clipboardText.trim().length < 8 || clipboardText.length > MAX_SCAN_TEXT_CHARS) return none;
  // A paste right after start-up: wait briefly for the server rather than let the value land.
  if (!client.isRunning() && !(await runningWithin(client, SERVER_START_WAIT_MS, token))) return none;
  // A huge document is not copied on every paste: the server then reports findings without a plan.
  const withDocument = document.getText().length <= MAX_DOCUMENT_CHARS;
  const params: ScanTextParams = {
    uri: document.uri.toString(),
    languageId: document.languageId,
    text: clipboardText,
    ...(withDocument ? { documentText: document.getText(), insertStart: document.offsetAt(ranges[0]!.start), insertEnd: document.offsetAt(ranges[0]!.end) } : {}),
  };
  let result: ScanTextResult | undefined;
  try {
    result = (await client.sendRequest<ScanTextResult | null>(SCAN_TEXT_METHOD, params, token)) ?? undefined;
  } catch {
    return none; // server busy or restarting: the plain paste goes ahead, the diagnostic follows
  }
  if (token.isCancellationRequested) return none;
  const offer = pasteOffer(mode, result);
  if (!offer.offer || !result?.plan) return { edits: [], result, warnAfterPlainPaste: offer.warnAfterPlainPaste };
  const plan = result.plan;
  const edit = new vscode.DocumentPasteEdit(plan.insertText, plan.title, plan.form === 'reference' ? referenceKind : placeholderKind);
  edit.additionalEdit = await client.protocol2CodeConverter.asWorkspaceEdit(plan.additionalEdit, token);
  if (offer.yieldToPlainText) edit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
  return { edits: [edit], result, warnAfterPlainPaste: offer.warnAfterPlainPaste };
}

export function registerPasteGuard(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider: vscode.DocumentPasteEditProvider = {
    async provideDocumentPasteEdits(document, ranges, dataTransfer, pasteContext, token) {
      if (pasteContext.only && !pasteContext.only.intersects(referenceKind) && !pasteContext.only.intersects(placeholderKind)) return undefined;
      const text = await dataTransfer.get('text/plain')?.asString();
      if (text === undefined) return undefined;
      const { edits, result, warnAfterPlainPaste } = await providePasteEdits(client, document, ranges, text, token);
      if (warnAfterPlainPaste && result) {
        const store = result.noPlanReason === 'store-needs-command' ? result.noPlanDetail : undefined;
        warnWhenLanded(document, text, result.findings, result.plan !== undefined, store ? undefined : result.noPlanDetail, store);
      }
      return edits;
    },
  };
  context.subscriptions.push(
    vscode.languages.registerDocumentPasteEditProvider({ pattern: '**' }, provider, {
      providedPasteEditKinds: [referenceKind, placeholderKind],
      pasteMimeTypes: ['text/plain'],
    }),
  );
}

/** Once the plain text is in the document, a notification says what that means and offers the fixes. */
function warnWhenLanded(document: vscode.TextDocument, text: string, findings: readonly ScanTextFinding[], hasPlan: boolean, blocked: string | undefined, store?: string): void {
  const uri = document.uri.toString();
  const done = () => {
    clearTimeout(timer);
    listener.dispose();
  };
  const listener = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document.uri.toString() !== uri) return;
    const change = e.contentChanges.find((c) => sameText(c.text, text));
    if (!change) return;
    done();
    const start = change.range.start;
    const range = new vscode.Range(start, e.document.positionAt(e.document.offsetAt(start) + change.text.length));
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || 'this document';
    const move = moveActionLabel(store);
    void vscode.window.showWarningMessage(pasteWarning(findings, name, hasPlan, blocked, store), move, IGNORE_ACTION).then((choice) => {
      if (choice === move) void runFixes(document.uri, range, [MOVE_FIX_PREFIX]);
      else if (choice === IGNORE_ACTION) void runFixes(document.uri, range, IGNORE_FIX_PREFIXES);
    });
  });
  const timer = setTimeout(done, LANDING_WINDOW_MS);
}

function hushDiagnosticsIn(uri: vscode.Uri, range: vscode.Range): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && range.intersection(d.range) !== undefined);
}

/** Resolves with the diagnostics once some exist in the range, or with none at the deadline. */
function waitForDiagnostics(uri: vscode.Uri, range: vscode.Range): Promise<vscode.Diagnostic[]> {
  const now = hushDiagnosticsIn(uri, range);
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = (found: vscode.Diagnostic[]) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const found = hushDiagnosticsIn(uri, range);
      if (found.length > 0) finish(found);
    });
    const timer = setTimeout(() => finish([]), DIAGNOSTIC_WAIT_MS);
  });
}

/** Runs the server's quick fix (first title prefix that matches) on each Hush finding in the pasted range. */
async function runFixes(uri: vscode.Uri, range: vscode.Range, prefixes: readonly string[]): Promise<void> {
  let applied = 0;
  // One at a time: each fix changes the document, the next diagnostic is fetched fresh.
  for (let i = 0; i < 20; i++) {
    const [diagnostic] = await waitForDiagnostics(uri, range);
    if (!diagnostic) break;
    // Resolved: the server computes the Move edit only when an action is chosen (see docs/editors.md, "What never happens to .env").
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10)) ?? [];
    const action = prefixes.map((p) => actions.find((a) => a.title.startsWith(p) && !a.disabled)).find((a) => a !== undefined);
    if (!action) break;
    if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) break;
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    applied++;
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) {
          sub.dispose();
          clearTimeout(t);
          resolve();
        }
      });
      const t = setTimeout(() => (sub.dispose(), resolve()), DIAGNOSTIC_WAIT_MS);
    });
  }
  if (applied === 0) void vscode.window.showInformationMessage('Hush: no fix available for the pasted text any more (it changed, or the file has no folder for .env).');
}
