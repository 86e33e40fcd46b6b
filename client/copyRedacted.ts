// "Hush: Copy Without Secrets": the selection goes to the clipboard with every secret masked, for pasting
// code into a ticket, a chat or an assistant. Detection is the server's (hush/scanText), so what is masked
// is what the squiggles show. Nothing is copied when the text cannot be checked.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { applyMasks } from '../engine/redactText';
import { MAX_SCAN_TEXT_CHARS, SCAN_TEXT_METHOD, type ScanTextParams, type ScanTextResult } from '../protocol/messages';

export interface CopyRedactedResult {
  /** What went to the clipboard. */
  text: string;
  masked: number;
}

/** As VS Code's own copy: the selections joined by line breaks, and an empty selection copies its line. */
export function selectedText(document: vscode.TextDocument, selections: readonly vscode.Selection[]): string {
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  if (selections.every((s) => s.isEmpty)) {
    const lines = [...new Set(selections.map((s) => s.active.line))].sort((a, b) => a - b);
    return lines.map((l) => document.lineAt(l).text + eol).join('');
  }
  const sorted = selections.filter((s) => !s.isEmpty).sort((a, b) => a.start.compareTo(b.start));
  return sorted.map((s) => document.getText(s)).join(eol);
}

export function registerCopyRedacted(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    // A plain command (a text-editor command drops its result and closes its edit builder before any await).
    vscode.commands.registerCommand('hush.copyRedacted', async (): Promise<CopyRedactedResult | undefined> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      const text = selectedText(editor.document, editor.selections);
      if (text.length > MAX_SCAN_TEXT_CHARS) {
        void vscode.window.showWarningMessage(`Hush: the selection is over ${MAX_SCAN_TEXT_CHARS / 1_000_000} MB, too large to check; nothing was copied.`);
        return undefined;
      }
      const params: ScanTextParams = { uri: editor.document.uri.toString(), languageId: editor.document.languageId, text };
      let result: ScanTextResult | null;
      try {
        result = await client.sendRequest<ScanTextResult | null>(SCAN_TEXT_METHOD, params);
      } catch {
        result = null;
      }
      if (!result) {
        void vscode.window.showErrorMessage('Hush: the language server could not check the selection, so nothing was copied. Try again, or run "Hush: Restart Server".');
        return undefined;
      }
      const findings = [...result.findings].sort((a, b) => a.start - b.start);
      // Parts of a credential that are secrets on their own (an AWS key ID) are masked with it.
      const spans = findings.flatMap((f) => [f, ...(f.related ?? []).filter((r) => r.sensitive)]).sort((a, b) => a.start - b.start);
      const redacted = applyMasks(text, spans);
      await vscode.env.clipboard.writeText(redacted);
      const n = findings.length;
      vscode.window.setStatusBarMessage(n === 0 ? 'Hush: copied; no secrets in the selection' : `Hush: copied with ${n} secret${n === 1 ? '' : 's'} masked`, 5000);
      return { text: redacted, masked: n };
    }),
  );
}
