// "Find every place this secret is used" and "Export incident report": the server searches (workspace
// folder, hush.incident.otherClones, git histories) and answers with masked Markdown/JSON; here the places
// open as a Markdown document and the report is written where the user chooses (the .md and a .json beside it).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIND_PLACES_METHOD, INCIDENT_REPORT_METHOD, type FindPlacesResult, type IncidentReportResult } from '../protocol/messages';
import { findingRef } from './findingAtCursor';

export const FIND_PLACES_COMMAND = 'hush.findPlaces';
export const EXPORT_INCIDENT_REPORT_COMMAND = 'hush.exportIncidentReport';

export function registerIncidentToolCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FIND_PLACES_COMMAND, async (arg: unknown) => {
      const ref = await findingRef(client, arg);
      if (!ref) return;
      const reply = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Hush: searching the workspace, other clones and git histories…', cancellable: true },
        (_p, token) => client.sendRequest<FindPlacesResult>(FIND_PLACES_METHOD, ref, token),
      );
      if ('error' in reply) {
        void vscode.window.showWarningMessage(`Hush: ${reply.error}.`);
        return;
      }
      // Untitled: nothing is written unless the user saves it.
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: reply.markdown });
      await vscode.window.showTextDocument(doc, { preview: false });
    }),
    vscode.commands.registerCommand(EXPORT_INCIDENT_REPORT_COMMAND, async (arg: unknown) => {
      const ref = await findingRef(client, arg);
      if (!ref) return;
      const reply = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Hush: gathering the incident evidence…', cancellable: true }, (_p, token) =>
        client.sendRequest<IncidentReportResult>(INCIDENT_REPORT_METHOD, ref, token),
      );
      if ('error' in reply) {
        void vscode.window.showWarningMessage(`Hush: ${reply.error}.`);
        return;
      }
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(ref.uri))?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${reply.fileStem}.md`) : undefined,
        filters: { Markdown: ['md'] },
        title: 'Export incident report (a .json is written beside it)',
      });
      if (!target) return;
      const json = target.with({ path: target.path.replace(/\.md$/i, '') + '.json' });
      await vscode.workspace.fs.writeFile(target, Buffer.from(reply.markdown, 'utf8'));
      await vscode.workspace.fs.writeFile(json, Buffer.from(reply.json, 'utf8'));
      const pick = await vscode.window.showInformationMessage(`Hush: incident report written to ${vscode.workspace.asRelativePath(target)} and .json (masked values only).`, 'Open');
      if (pick) await vscode.window.showTextDocument(target);
    }),
  );
}
