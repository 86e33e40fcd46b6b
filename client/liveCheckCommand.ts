// "Check if this key is live": the server plans the request (the value never reaches this side); here the
// exact endpoint is shown in a modal, and only a click on "Send request" lets the server send it. Never in
// an untrusted workspace; off unless `hush.liveCheck.enabled` (the server refuses too).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LIVE_CHECK_METHOD, LIVE_PLAN_METHOD, type LiveCheckResult, type LivePlanResult } from '../protocol/messages';
import { findingRef } from './findingAtCursor';

export const CHECK_LIVE_COMMAND = 'hush.checkLive';
const SEND = 'Send request';

/** The modal's detail: what is sent where, and what is kept. */
export function confirmationDetail(plan: Exclude<LivePlanResult, { error: string }>): string {
  return [
    `Hush will send one request to ${plan.provider}:`,
    '',
    plan.endpoint,
    plan.carries,
    ...(plan.caveat ? ['', `Note: ${plan.caveat}.`] : []),
    ...(plan.cached ? ['', `Last result: ${plan.cached.message} (${plan.cached.detail}).`] : []),
    '',
    'It is a read-only call the provider documents; it changes nothing. The result is kept for a day, with its time and this masked endpoint, never the key.',
  ].join('\n');
}

export function registerLiveCheckCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_LIVE_COMMAND, async (arg: unknown) => {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('Hush: live checks are off in an untrusted workspace.');
        return;
      }
      const ref = await findingRef(client, arg);
      if (!ref) return;
      const plan = await client.sendRequest<LivePlanResult>(LIVE_PLAN_METHOD, ref);
      if ('error' in plan) {
        void vscode.window.showWarningMessage(`Hush: cannot check this key: ${plan.error}.`);
        return;
      }
      const choice = await vscode.window.showWarningMessage(`Check whether this ${plan.provider} key is live?`, { modal: true, detail: confirmationDetail(plan) }, SEND);
      if (choice !== SEND) return;
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Hush: asking ${plan.provider}…` }, () =>
        client.sendRequest<LiveCheckResult>(LIVE_CHECK_METHOD, { ...ref, recheck: true }),
      );
      if ('error' in result) void vscode.window.showWarningMessage(`Hush: ${result.error}.`);
      else if (result.state === 'live') void vscode.window.showErrorMessage(`Hush: ${result.message} (${result.detail}).`);
      else void vscode.window.showInformationMessage(`Hush: ${result.message} (${result.detail}).`);
    }),
  );
}
