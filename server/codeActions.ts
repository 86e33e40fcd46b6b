// Quick fixes for a finding: move it to .env (one undoable WorkspaceEdit across every file it touches, computed
// when chosen where the client resolves actions, greyed out with the reason when a file cannot be written),
// ignore this occurrence (a comment), ignore this value everywhere (a fingerprint in .hush.json).
import { type CodeAction, CodeActionKind, type Diagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { DocumentView } from './lineDocument';
import { flavorOf, planAllowComment, planIgnoreEntry, planMoveToEnv, type Finding, type OffsetEdit, type StoreId } from '../engine';
import type { FindingDiagnosticData } from './diagnostics';
import { plannerEnvInputs, type EnvFileSet } from './envFiles';
import { fileChanges, storeEditProblem, storeFileChanges } from './envEdits';
import type { EnvReservations } from './envReservations';

export interface ActionContext {
  doc: DocumentView;
  path: string | undefined;
  finding: Finding;
  diagnostic: Diagnostic;
  /** Undefined for documents outside any folder on disk (untitled): no file to move the value to. */
  envFiles: EnvFileSet | undefined;
  envLabel: string;
  configPath: string;
  configText: string | undefined;
  /** Version of each file the server has open, for versioned edits. */
  openVersion: (path: string) => number | null;
  supportsCreate: boolean;
  /** Move may create a missing `.env` / `.gitignore`: the client can, or the server does it when the move is chosen. */
  moveCanCreate: boolean;
  today: string;
  reservations: EnvReservations;
  /** Where moved values go (the project's `.hush.json` "store", else the `hush.store` setting). */
  storeId: StoreId;
  /** The workspace folder (store files live there). */
  root: string | undefined;
  /** The editor's text of an open file. */
  openText: (path: string) => string | undefined;
}

/** The command a Move action runs where the client applies server edits (`workspace/applyEdit`). */
export const MOVE_COMMAND = 'hush.server.moveToEnv';
/** The command "Ignore this value everywhere" runs where the client cannot create `.hush.json` itself. */
export const IGNORE_EVERYWHERE_COMMAND = 'hush.server.ignoreEverywhere';

/**
 * How the Move edit reaches the client: `command` (planned when chosen and sent with workspace/applyEdit,
 * whose versions the client checks: VS Code's client does, while it drops them from code action edits),
 * `resolve` (planned when chosen, codeAction/resolve), `edit` (planned with the list).
 */
export interface MoveCapabilities {
  mode: 'command' | 'resolve' | 'edit';
  /** The client shows greyed-out (disabled) actions with their reason. */
  disabled: boolean;
  /** Without disabled actions the reason is shown some other way. */
  onBlocked(reason: string): void;
}

/** Carried by a Move action sent without its edit: enough to find the finding again when it is chosen. */
export interface MoveActionData {
  kind: 'hush/move';
  uri: string;
  version: number;
  start: number;
  fingerprint: string;
}

/** Carried by an "Ignore this value everywhere" action that the server completes (it creates `.hush.json`). */
export interface IgnoreEverywhereData extends Omit<MoveActionData, 'kind'> {
  kind: 'hush/ignore-everywhere';
}

export function isIgnoreEverywhereData(data: unknown): data is IgnoreEverywhereData {
  const d = data as Partial<IgnoreEverywhereData> | undefined;
  return typeof d === 'object' && d !== null && d.kind === 'hush/ignore-everywhere' && typeof d.uri === 'string' && typeof d.start === 'number' && typeof d.fingerprint === 'string';
}

export function isMoveActionData(data: unknown): data is MoveActionData {
  const d = data as Partial<MoveActionData> | undefined;
  return typeof d === 'object' && d !== null && d.kind === 'hush/move' && typeof d.uri === 'string' && typeof d.start === 'number' && typeof d.fingerprint === 'string';
}

function sourceEdit(ctx: ActionContext, edits: OffsetEdit[]): TextDocumentEdit {
  return {
    textDocument: { uri: ctx.doc.uri, version: ctx.doc.version },
    edits: edits.map((e) => ({ range: { start: ctx.doc.positionAt(e.start), end: ctx.doc.positionAt(e.end) }, newText: e.newText })),
  };
}

export type MovePlan = { title: string; blocked: string } | { title: string; blocked?: undefined; edit: () => WorkspaceEdit };

/** Plans the move against the store files as they are now; `edit()` builds the WorkspaceEdit and reserves its names. */
export function planMove(ctx: ActionContext): MovePlan | undefined {
  const files = ctx.envFiles;
  if (!files) return undefined;
  // The value is already where it belongs.
  if (ctx.path !== undefined && ctx.path === files.envPath) return undefined;
  const plan = planMoveToEnv({
    text: ctx.doc.getText(),
    languageId: ctx.doc.languageId,
    path: ctx.path,
    // Every part of a multi-part credential moves with the value: one edit, one variable each.
    secrets: [{ start: ctx.finding.start, end: ctx.finding.end, envName: ctx.finding.envName }, ...(ctx.finding.related ?? []).map((r) => ({ start: r.start, end: r.end, envName: r.envName }))],
    ...plannerEnvInputs(files, ctx.reservations),
    envLabel: ctx.envLabel,
  });
  if ((plan.env.create || plan.gitignore?.create) && !ctx.moveCanCreate) return undefined;
  const blocked = storeEditProblem(files, plan, ctx.envLabel);
  if (blocked) return { title: plan.title, blocked };
  const edit = (): WorkspaceEdit => ({ documentChanges: [sourceEdit(ctx, plan.sourceEdits), ...storeFileChanges(files, plan, ctx.openVersion, ctx.reservations)] });
  return { title: plan.title, edit };
}

export function moveToEnvAction(ctx: ActionContext, caps: MoveCapabilities): CodeAction | undefined {
  const planned = planMove(ctx);
  if (!planned) return undefined;
  const base: CodeAction = { title: planned.title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic] };
  if (planned.blocked !== undefined) {
    if (caps.disabled) return { ...base, disabled: { reason: planned.blocked } };
    caps.onBlocked(planned.blocked);
    return undefined;
  }
  // Planned again when chosen, from the files as they are then.
  const data: MoveActionData = { kind: 'hush/move', uri: ctx.doc.uri, version: ctx.doc.version, start: ctx.finding.start, fingerprint: ctx.finding.fingerprint };
  if (caps.mode === 'command') return { ...base, isPreferred: true, command: { title: planned.title, command: MOVE_COMMAND, arguments: [data] } };
  if (caps.mode === 'resolve') return { ...base, isPreferred: true, data };
  return { ...base, isPreferred: true, edit: planned.edit() };
}

/** The finding a Move action was made for, in the document as it is now (earlier fixes may have moved it). */
export function findingForMove(findings: Finding[], doc: DocumentView, data: Pick<MoveActionData, 'version' | 'start' | 'fingerprint'>): Finding | undefined {
  const same = findings.filter((f) => f.fingerprint === data.fingerprint);
  if (doc.version === data.version) return same.find((f) => f.start === data.start);
  let best: Finding | undefined;
  for (const f of same) if (!best || Math.abs(f.start - data.start) < Math.abs(best.start - data.start)) best = f;
  return best;
}

export function ignoreOccurrenceAction(ctx: ActionContext): CodeAction | undefined {
  const plan = planAllowComment(ctx.doc.getText(), flavorOf(ctx.doc.languageId, ctx.path), ctx.finding.start, ctx.finding.end);
  if (!plan) return undefined;
  return { title: plan.title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: { documentChanges: [sourceEdit(ctx, [plan.edit])] } };
}

export function ignoreEverywhereAction(ctx: ActionContext): CodeAction | undefined {
  const reason = `Marked as not a secret in the editor on ${ctx.today}`;
  const plan = planIgnoreEntry(ctx.configText, ctx.finding.fingerprint, reason);
  if (!plan || plan.newText === ctx.configText) return undefined;
  const name = ctx.configPath.slice(Math.max(ctx.configPath.lastIndexOf('/'), ctx.configPath.lastIndexOf('\\')) + 1);
  const base: CodeAction = { title: `Ignore this value everywhere (fingerprint in ${name})`, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic] };
  if (plan.create && !ctx.supportsCreate) {
    // The server creates the file when the action is chosen (as for Move), where the client takes its edits.
    if (!ctx.moveCanCreate) return undefined;
    const data: IgnoreEverywhereData = { kind: 'hush/ignore-everywhere', uri: ctx.doc.uri, version: ctx.doc.version, start: ctx.finding.start, fingerprint: ctx.finding.fingerprint };
    return { ...base, command: { title: base.title, command: IGNORE_EVERYWHERE_COMMAND, arguments: [data] } };
  }
  const text = ctx.configText ?? '';
  const whole: OffsetEdit = { start: 0, end: text.length, newText: plan.newText };
  return { ...base, edit: { documentChanges: fileChanges(ctx.configPath, ctx.configText, plan.create, [whole], ctx.openVersion) } };
}

/** The finding a diagnostic was made for, if it still exists at the same place in this version. */
export function findingForDiagnostic(findings: Finding[], doc: DocumentView, d: Diagnostic): Finding | undefined {
  const data = d.data as FindingDiagnosticData | undefined;
  if (!data || data.kind !== 'finding') return undefined;
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return findings.find((f) => f.start === start && f.end === end && f.fingerprint === data.fingerprint);
}
