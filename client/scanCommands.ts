// "Hush: Scan Workspace" and "Hush: Export Findings as SARIF": the work runs in the server; this side
// shows its LSP work-done progress in a cancellable notification (the language client's own progress UI
// is a status-bar item without a cancel button), the summary, and writes the SARIF file the user chose.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { type LanguageClient, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { isConnectionLost, type ServerNotices } from './serverNotices';
import { EXPORT_SARIF_METHOD, SCAN_WORKSPACE_METHOD, type ExportSarifResult, type ScanWorkspaceParams, type ScanWorkspaceResult } from '../protocol/messages';

/** `files.exclude` globs that are switched on (`true`; conditional `when` entries cannot be decided here). */
function filesExclude(): string[] {
  const globs: string[] = [];
  const folders = vscode.workspace.workspaceFolders ?? [];
  const scopes: (vscode.Uri | undefined)[] = folders.length > 0 ? folders.map((f) => f.uri) : [undefined];
  for (const scope of scopes) {
    const value = vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude') ?? {};
    for (const [glob, on] of Object.entries(value)) if (on === true && !globs.includes(glob)) globs.push(glob);
  }
  return globs;
}

export function formatSummary(r: ScanWorkspaceResult): string {
  const mb = (r.bytes / 1048576).toFixed(1);
  const providers = Object.entries(r.findingsByProvider)
    .sort((a, b) => b[1] - a[1])
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');
  const skipped = Object.entries(r.skipped)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  const head = r.cancelled ? 'Hush: workspace scan cancelled' : 'Hush: workspace scan done';
  const found = r.findings === 0 ? 'no secrets found' : `${r.findings} secret${r.findings === 1 ? '' : 's'} in ${r.filesWithFindings} file${r.filesWithFindings === 1 ? '' : 's'} (${providers})`;
  const cached = r.cachedFiles > 0 ? `, ${r.cachedFiles} unchanged` : '';
  return `${head}: ${found}; ${r.files} files, ${mb} MB in ${(r.durationMs / 1000).toFixed(1)} s${cached}${skipped ? `; skipped ${skipped}` : ''}.`;
}

export function registerScanCommands(context: vscode.ExtensionContext, client: LanguageClient, notices: ServerNotices): void {
  context.subscriptions.push(
    // Resolves to the scan's result (undefined when it failed), so other extensions and tests can use it.
    vscode.commands.registerCommand('hush.scanWorkspace', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Hush: scanning workspace', cancellable: true }, async (ui, cancel): Promise<ScanWorkspaceResult | undefined> => {
        const token = randomUUID();
        let last = 0;
        // The server reports percentages; the notification wants increments.
        const sub = client.onProgress(WorkDoneProgress.type, token, (v: WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' }) => {
          if (v.kind === 'end') return;
          const pct = v.percentage ?? last;
          ui.report({ message: v.message, increment: pct > last ? pct - last : undefined });
          last = Math.max(last, pct);
        });
        try {
          const params: ScanWorkspaceParams = { filesExclude: filesExclude(), workDoneToken: token };
          const result = await notices.duringScan(() => client.sendRequest<ScanWorkspaceResult>(SCAN_WORKSPACE_METHOD, params, cancel));
          const text = formatSummary(result);
          client.outputChannel.appendLine(`${new Date().toISOString()} ${text}`);
          void vscode.window.showInformationMessage(text, 'Show Problems').then((pick) => {
            if (pick) void vscode.commands.executeCommand('workbench.actions.view.problems');
          });
          return result;
        } catch (e) {
          if (cancel.isCancellationRequested) void vscode.window.showInformationMessage('Hush: workspace scan cancelled.');
          // The server died: its crash message already says so (and that the scan stopped); one message, not two.
          else if (isConnectionLost(e, client.isRunning())) client.outputChannel.appendLine(`${new Date().toISOString()} workspace scan stopped: the language server stopped (${(e as Error).message})`);
          else void vscode.window.showErrorMessage(notices.record(`Hush: workspace scan failed: ${(e as Error).message}`));
          return undefined;
        } finally {
          sub.dispose();
        }
      }),
    ),
    vscode.commands.registerCommand('hush.exportSarif', async () => {
      const reply = await client.sendRequest<ExportSarifResult>(EXPORT_SARIF_METHOD);
      if ('error' in reply) {
        void vscode.window.showWarningMessage(`Hush: ${reply.error}`);
        return;
      }
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'hush.sarif') : undefined,
        filters: { SARIF: ['sarif', 'json'] },
        title: 'Export Hush findings as SARIF',
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, Buffer.from(JSON.stringify(reply.sarif, null, 2) + '\n', 'utf8'));
      void vscode.window.showInformationMessage(`Hush: findings written to ${vscode.workspace.asRelativePath(target)} (masked values only).`);
    }),
  );
}
