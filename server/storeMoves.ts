// The quick fix for a store other than `.env` (dotenvx, pass, gopass): the title names the store, and the
// move runs as a server command because the value must reach the store before the source loses it:
// `.gitignore` lines first (one edit), then the store write (workspace/fix), then one edit for the source,
// `.envrc` and `.env.example`. A store that fails changes nothing in the editor and says why.
import { basename, dirname } from 'node:path';
import { type CodeAction, CodeActionKind, type Connection, type CreateFile, MessageType, ShowMessageNotification, type TextDocumentEdit } from 'vscode-languageserver';
import type { StoreId } from '../engine';
import { FileProblem, readUtf8 } from '../workspace/fix/fileWrites';
import { planStoreMove, type StoreMove } from '../workspace/fix/storeMove';
import { openStore, StoreError, type OpenedStore } from '../workspace/fix/storeWriters';
import { MOVE_COMMAND, type ActionContext, type MoveActionData, type MoveCapabilities } from './codeActions';
import { fileChanges } from './envEdits';
import { outsideFolder } from './storeContainment';

/** The store a document's move goes to: the project's `.hush.json` "store", else the `hush.store` setting. */
export function storeIdFor(configStore: StoreId | undefined, setting: StoreId): StoreId {
  return configStore ?? setting;
}

interface PlannedStoreMove {
  opened: OpenedStore;
  move: StoreMove;
}

async function plan(ctx: ActionContext): Promise<PlannedStoreMove | { problem: string } | undefined> {
  const files = ctx.envFiles;
  if (!files || ctx.path === undefined || ctx.path === files.envPath) return undefined;
  if (files.problem) return { problem: files.problem };
  const root = ctx.root ?? dirname(ctx.path);
  // The editor's text wins over the file's for every file the plan reads.
  const readText = (p: string) => ctx.openText(p) ?? readUtf8(p);
  try {
    const opened = await openStore(ctx.storeId, { root, envPath: files.envPath });
    const f = ctx.finding;
    const secrets = [{ start: f.start, end: f.end, envName: f.envName }, ...(f.related ?? []).map((r) => ({ start: r.start, end: r.end, envName: r.envName }))];
    const move = await planStoreMove({ text: ctx.doc.getText(), path: ctx.path, languageId: ctx.doc.languageId, secrets, opened, root, envPath: files.envPath, readText });
    // Every file the move writes must resolve inside the folder: a committed `.envrc` or `.env.keys` symlink
    // must not make the fix append to a file elsewhere on the machine.
    const written = [...(move.ignoreEdit ? [move.ignoreEdit.path] : []), ...move.companions.map((c) => c.path), ...opened.writes];
    for (const p of written) {
      const outside = outsideFolder(root, p);
      if (outside) return { problem: `${basename(p)} ${outside}` };
    }
    return { opened, move };
  } catch (e) {
    // Whatever the store did (a corrupt .env.keys, a library error), the action list must still come back.
    return { problem: e instanceof StoreError || e instanceof FileProblem ? e.message : `the ${ctx.storeId} store failed (${(e as Error).message})` };
  }
}

/** The Move action for a non-dotenv store: a command (the store is written when chosen), or greyed out with the reason. */
export async function storeMoveAction(ctx: ActionContext, caps: MoveCapabilities): Promise<CodeAction | undefined> {
  const planned = await plan(ctx);
  if (!planned) return undefined;
  const base: CodeAction = { title: 'problem' in planned ? `Move to ${ctx.storeId}` : planned.move.plan.title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic] };
  const blocked = 'problem' in planned ? planned.problem : caps.mode !== 'command' ? 'this editor cannot run the command that writes to the store' : undefined;
  if (blocked !== undefined) {
    if (caps.disabled) return { ...base, disabled: { reason: blocked } };
    caps.onBlocked(blocked);
    return undefined;
  }
  const data: MoveActionData = { kind: 'hush/move', uri: ctx.doc.uri, version: ctx.doc.version, start: ctx.finding.start, fingerprint: ctx.finding.fingerprint };
  return { ...base, isPreferred: true, command: { title: base.title, command: MOVE_COMMAND, arguments: [data] } };
}

function textEditChanges(ctx: ActionContext, edits: StoreMove['companions']): Array<CreateFile | TextDocumentEdit> {
  return edits.flatMap((e) => fileChanges(e.path, e.current, e.current === undefined, e.edits, ctx.openVersion));
}

/** Runs the chosen move: ignores, store, then the source. Every failure is said, naming what remains where. */
export async function executeStoreMove(ctx: ActionContext, connection: Connection): Promise<void> {
  const say = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message: `Hush: ${message}` }).catch(() => undefined);
  const planned = await plan(ctx);
  if (!planned) return;
  if ('problem' in planned) return say(MessageType.Warning, `${planned.problem}. Nothing was changed.`);
  const { opened, move } = planned;
  if (move.ignoreEdit) {
    const r = await connection.workspace.applyEdit({ label: 'Hush: ignore the store files', edit: { documentChanges: textEditChanges(ctx, [move.ignoreEdit]) } });
    if (!r.applied) return say(MessageType.Warning, `.gitignore could not be updated${r.failureReason ? ` (${r.failureReason})` : ''}. Nothing was changed.`);
  }
  try {
    await opened.write(move.plan, move.added);
  } catch (e) {
    if (e instanceof StoreError) return say(MessageType.Warning, `${e.message}. The source was not changed.`);
    throw e;
  }
  const source: TextDocumentEdit = {
    textDocument: { uri: ctx.doc.uri, version: ctx.doc.version },
    edits: move.plan.sourceEdits.map((e) => ({ range: { start: ctx.doc.positionAt(e.start), end: ctx.doc.positionAt(e.end) }, newText: e.newText })),
  };
  const names = move.added.map((a) => a.name).join(', ');
  const r = await connection.workspace.applyEdit({ label: move.plan.title, edit: { documentChanges: [source, ...textEditChanges(ctx, move.companions)] } });
  if (!r.applied)
    return say(
      MessageType.Warning,
      `the document changed while the move was applied, so the source was not changed; ${names || 'the value'} is stored in ${opened.where} (remove it there if you do not retry).`,
    );
  if (names) say(MessageType.Info, `stored ${names} in ${opened.where}. Undoing the edit restores the source only: the store entry remains.`);
}
