// Shared by the extension-host suites: the extension under test, the workspace folder the runner opened,
// secrets built at run time, and waiting with deadlines.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { createExampleGen } from '../../engine/examples';
import { maskSecret } from '../../engine/mask';

export const EXTENSION_ID = 'hush-dev.hush';

export interface Manifest {
  main?: string;
  contributes?: {
    commands?: { command: string; title: string }[];
    configuration?: { properties?: Record<string, { type?: string | string[]; default?: unknown; enum?: unknown[] }> } | { properties?: Record<string, unknown> }[];
  };
}

export function hush(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded in this extension host`);
  return extension;
}

export function manifest(): Manifest {
  return hush().packageJSON as Manifest;
}

/** Skips the running test with a reason the runner reports (mocha itself keeps none). */
export function skipBecause(context: Mocha.Context, reason: string): never {
  if (context.test) (context.test as Mocha.Runnable & { skipReason?: string }).skipReason = reason;
  context.skip();
}

/** Activates Hush, or skips when the extension has no entry point yet (the client is not on main). */
export async function activeHush(context: Mocha.Context): Promise<vscode.Extension<unknown>> {
  const extension = hush();
  const main = manifest().main;
  if (!main || !existsSync(join(extension.extensionPath, main))) skipBecause(context, 'the extension has no client bundle yet (client/extension.ts is not on main)');
  await extension.activate();
  return extension;
}

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the runner must open a workspace folder');
  return folder.uri.fsPath;
}

export function writeWorkspaceFile(relative: string, text: string): vscode.Uri {
  const file = join(workspaceDir(), relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/** Runs `fn` with the workspace setting `hush.<key>` set to `value`, then removes it again, whatever happens. */
export async function withHushSetting<T>(key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const config = () => vscode.workspace.getConfiguration('hush');
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await fn();
  } finally {
    await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

/** A Stripe live key shaped value, different for every seed; never a committed literal. */
export function stripeKey(seed: number): { value: string; masked: string } {
  const value = `sk_live_${createExampleGen(seed).alnum(32)}`;
  return { value, masked: maskSecret(value, /^sk_live_/) };
}

export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Hush's diagnostics for a document, once it has published some. */
export function hushDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => /hush/i.test(d.source ?? ''));
    return found.length > 0 && found;
  }, `Hush diagnostics on ${uri.fsPath}`);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code ?? '');
}

/** The text of a file as VS Code sees it (an open, unsaved document wins over the disk). */
export async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  } catch {
    return undefined;
  }
}

/** The quick fixes at a range (resolved up to `resolveCount`, as the lightbulb does for a chosen one). Under
 * load the editor may cancel such a request and simply ask again; so does this, until a deadline. */
export function quickFixesAt(uri: vscode.Uri, range: vscode.Range, resolveCount?: number): Promise<vscode.CodeAction[]> {
  return waitFor(
    async () => {
      try {
        const args: unknown[] = [uri, range, vscode.CodeActionKind.QuickFix.value];
        if (resolveCount !== undefined) args.push(resolveCount);
        return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ...args)) ?? [];
      } catch (e) {
        if ((e as Error).name === 'Canceled' || (e as Error).message === 'Canceled') return undefined;
        throw e;
      }
    },
    'a code-action reply that was not canceled',
    30_000,
  );
}
