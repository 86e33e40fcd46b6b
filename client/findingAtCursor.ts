// Which finding an incident command is about: the one its code action named, or, from the command palette,
// the one under the cursor (asked of the server: the client never holds a value).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_FINDINGS_METHOD, type DocumentFindingsResult, type FindingRefParams } from '../protocol/messages';

export function isFindingRef(v: unknown): v is FindingRefParams {
  const o = v as Partial<FindingRefParams> | null;
  return typeof o === 'object' && o !== null && typeof o.uri === 'string' && typeof o.fingerprint === 'string';
}

export async function findingRef(client: LanguageClient, arg: unknown): Promise<FindingRefParams | undefined> {
  if (isFindingRef(arg)) return { uri: arg.uri, fingerprint: arg.fingerprint };
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Hush: put the cursor on a secret Hush found, then run this again.');
    return undefined;
  }
  const uri = editor.document.uri.toString();
  const found = await client.sendRequest<DocumentFindingsResult | null>(DOCUMENT_FINDINGS_METHOD, { uri });
  const at = editor.selection.active;
  const hit = found?.findings.find((f) => {
    const r = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
    return r.contains(at);
  });
  if (!hit) {
    void vscode.window.showInformationMessage('Hush: no secret under the cursor.');
    return undefined;
  }
  return { uri, fingerprint: hit.fingerprint };
}
