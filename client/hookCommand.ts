// "Hush: Install Git Pre-commit Hook": the same installer as `hush hook install`, run for a workspace
// folder. Commits made from the Source Control view run git's hooks too, so they are blocked with the
// hook's message (VS Code shows it in its git error dialog).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import * as vscode from 'vscode';
import { installHook } from '../git/hookInstaller';

/** A `node` on PATH: the extension host's own binary is VS Code, which git hooks cannot run as node. */
function nodeOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of process.platform === 'win32' ? ['node.exe', 'node.cmd'] : ['node']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here: keep looking
      }
    }
  }
  return undefined;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Install the Hush pre-commit hook in which repository?' });
}

export function registerHookCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('hush.installHook', async () => {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('Hush: installing a git hook runs git in this folder. Trust the workspace first.');
        return;
      }
      const folder = await pickFolder();
      if (!folder) {
        void vscode.window.showWarningMessage('Hush: open a folder (a git repository) to install the pre-commit hook.');
        return;
      }
      const node = nodeOnPath();
      if (!node) {
        void vscode.window.showErrorMessage('Hush: no `node` on PATH, which the git hook needs. Install Node.js, or run `npx hush hook install` in a terminal.');
        return;
      }
      try {
        const outcome = installHook({ cwd: folder.uri.fsPath, node, script: context.asAbsolutePath(join('dist', 'cli.js')) }, false);
        void vscode.window.showInformationMessage(`Hush: ${outcome.messages.join(' ')}`);
      } catch (e) {
        void vscode.window.showErrorMessage(`Hush: could not install the pre-commit hook: ${(e as Error).message}`);
      }
    }),
  );
}
