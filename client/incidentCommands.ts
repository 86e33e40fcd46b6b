// Client side of committed-secret incidents: the commands the server's code actions invoke.
import * as vscode from 'vscode';

/** Must match server/incidents.ts INCIDENT_COMMANDS. */
export const OPEN_REVOCATION_PAGE = 'hush.openRevocationPage';
export const OPEN_INCIDENT_CHECKLIST = 'hush.openIncidentChecklist';

export function registerIncidentCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_REVOCATION_PAGE, async (url: unknown) => {
      if (typeof url !== 'string' || !/^https:\/\//.test(url)) {
        void vscode.window.showErrorMessage('Hush: no revocation page for this secret (see the incident checklist).');
        return;
      }
      await vscode.env.openExternal(vscode.Uri.parse(url));
    }),
    vscode.commands.registerCommand(OPEN_INCIDENT_CHECKLIST, async (args: unknown) => {
      const content = typeof args === 'object' && args !== null && typeof (args as { content?: unknown }).content === 'string' ? (args as { content: string }).content : undefined;
      if (content === undefined) return;
      // Untitled: nothing is written to disk unless the user saves it.
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      await vscode.window.showTextDocument(doc, { preview: false });
    }),
  );
}
