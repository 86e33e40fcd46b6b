// The VS Code side, kept thin: start the language server over IPC (with an inspector port when debugging),
// show the number of findings in the status bar, and register each feature's commands (one module per feature).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FINDING_COUNT_METHOD, SETTINGS_SECTION, type FindingCountParams } from '../protocol/messages';
import { registerCopyRedacted } from './copyRedacted';
import { registerHookCommand } from './hookCommand';
import { registerIncidentCommands } from './incidentCommands';
import { registerIncidentToolCommands } from './incidentToolCommands';
import { registerLiveCheckCommand } from './liveCheckCommand';
import { MaskingOutputChannel } from './maskingOutputChannel';
import { providePasteEdits, registerPasteGuard } from './pasteProvider';
import { RestartPolicy } from './restartPolicy';
import { registerScanCommands } from './scanCommands';
import { ServerNotices } from './serverNotices';
import { NOTEBOOK_CELL_LANGUAGES, NOTEBOOK_TYPE } from '../protocol/notebooks';
import { registerNotebookOutputCommand } from './notebookOutputs';

let client: LanguageClient | undefined;

/** What `activate` returns: nothing in the VS Code API runs paste providers, so tests drive the paste guard here. */
export interface HushApi {
  /** The paste edits Hush offers for pasting `text` over `ranges` (what the provider returns on Ctrl+V). */
  pasteEditsFor(document: vscode.TextDocument, ranges: readonly vscode.Range[], text: string): Promise<vscode.DocumentPasteEdit[]>;
  /** The running server's process id (from its initialize result) and the messages about it shown so far (crashes, failed scans). */
  server(): { processId: number | undefined; running: boolean; serverMessages: readonly string[] };
}

export async function activate(context: vscode.ExtensionContext): Promise<HushApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const restarts = new RestartPolicy();
  const notices = new ServerNotices();
  const clientOptions: LanguageClientOptions = {
    // Secrets hide in every kind of file, so every file on disk and every unsaved buffer is watched.
    // Notebook cells are synced as notebooks (server: notebookDocumentSync); these filters route hover and code
    // actions for the same cells to the server.
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }, ...NOTEBOOK_CELL_LANGUAGES.map((language) => ({ notebook: NOTEBOOK_TYPE, language }))],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.hush.json,hush.config.json,.gitignore,.env,.env.example}'),
    },
    // In an untrusted workspace the server still scans but runs no git (see git/exec.ts).
    initializationOptions: { settings: vscode.workspace.getConfiguration(SETTINGS_SECTION), workspaceTrusted: vscode.workspace.isTrusted },
    outputChannelName: 'Hush',
    // Verbose traces carry document text: every line is masked before it is shown.
    traceOutputChannel: new MaskingOutputChannel(vscode.window.createOutputChannel('Hush (LSP trace)', { log: true })),
    // One clear message when the server dies (restarted quietly after that, given up after a few crashes).
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        const d = restarts.onClosed();
        const message = notices.crashMessage(d.message, d.restart);
        if (message) {
          const show = d.kind === 'error' ? vscode.window.showErrorMessage : vscode.window.showInformationMessage;
          void show(message, 'Show Output').then((choice) => choice && client?.outputChannel.show());
        }
        return { action: d.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  client = new LanguageClient('hush', 'Hush', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Hush';
  status.command = 'workbench.actions.view.problems';
  showCount(status, { total: 0, documents: 0 });
  status.show();
  context.subscriptions.push(status);

  registerIncidentCommands(context);
  registerIncidentToolCommands(context, client);
  registerLiveCheckCommand(context, client);
  registerHookCommand(context);
  registerPasteGuard(context, client);
  registerScanCommands(context, client, notices);
  registerCopyRedacted(context, client);
  registerNotebookOutputCommand(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('hush.restartServer', async () => {
      restarts.reset();
      await client?.restart();
    }),
    vscode.commands.registerCommand('hush.showOutput', () => client?.outputChannel.show()),
  );

  // Trust granted: restart so the server starts with git (incidents, .gitignore checks) enabled.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (clientOptions.initializationOptions) clientOptions.initializationOptions.workspaceTrusted = true;
      void client?.restart();
    }),
  );
  context.subscriptions.push(client.onNotification(FINDING_COUNT_METHOD, (p: FindingCountParams) => showCount(status, p)));
  await client.start();
  const started = client;
  return {
    pasteEditsFor: async (document, ranges, text) => (await providePasteEdits(started, document, ranges, text, new vscode.CancellationTokenSource().token)).edits,
    server: () => ({
      processId: (started.initializeResult?.capabilities.experimental as { processId?: number } | undefined)?.processId,
      running: started.isRunning(),
      serverMessages: [...notices.shown],
    }),
  };
}

function showCount(item: vscode.StatusBarItem, p: FindingCountParams): void {
  item.text = p.total === 0 ? '$(shield) Hush' : `$(shield) Hush: ${p.total}`;
  item.tooltip =
    p.total === 0
      ? 'Hush: no hard-coded secrets in open files or the last workspace scan'
      : `Hush: ${p.total} hard-coded secret${p.total === 1 ? '' : 's'} in ${p.documents} file${p.documents === 1 ? '' : 's'} (click for the Problems panel)`;
  item.backgroundColor = p.total > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
