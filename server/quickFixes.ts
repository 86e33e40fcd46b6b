// The code action requests: which quick fixes a document's Hush diagnostics get (incident actions, Move to
// .env, the two ignores), and the Move chosen later (resolved, or run as a command that applies the edit),
// planned then against the document and `.env` as they are at that moment.
import { dirname, join, relative } from 'node:path';
import {
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type ExecuteCommandParams,
  MessageType,
  ShowMessageNotification,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAMES, type Finding, isNotebookPath } from '../engine';
import {
  type ActionContext,
  findingForDiagnostic,
  findingForMove,
  ignoreEverywhereAction,
  ignoreOccurrenceAction,
  isMoveActionData,
  MOVE_COMMAND,
  IGNORE_EVERYWHERE_COMMAND,
  isIgnoreEverywhereData,
  type IgnoreEverywhereData,
  type MoveActionData,
  type MoveCapabilities,
  moveToEnvAction,
  planMove,
} from './codeActions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { DocumentContext, DocumentContexts } from './documentContext';
import { envSettingFor, readEnvFiles } from './envFiles';
import type { EnvReservations } from './envReservations';
import type { IncidentTracker } from './incidents';
import type { LiveChecks } from './liveChecks';
import type { TrackedDocument } from './incrementalScan';
import { clearRawOutputAction } from './notebookOutputs';
import type { OpenDocuments } from './openDocuments';
import type { ProjectConfigs } from './projectConfig';
import { createMissingFiles, type CreatedOnDisk, removeCreated } from './serverCreatedFiles';
import { executeStoreMove, storeIdFor, storeMoveAction } from './storeMoves';

/** What the client said it supports, as it bears on quick fixes (set at initialize). */
export interface FixCapabilities {
  moveMode: MoveCapabilities['mode'];
  /** Shows greyed-out actions with their reason. */
  disabledActions: boolean;
  /** Accepts file creations in a WorkspaceEdit (a new `.env`, `.gitignore` or `.hush.json`). */
  supportsCreate: boolean;
}

/** Where the client cannot create files but takes server edits, the server creates a missing `.env` itself. */
function serverCreates(c: Readonly<FixCapabilities>): boolean {
  return !c.supportsCreate && c.moveMode === 'command';
}

export interface QuickFixDeps {
  connection: Connection;
  docs: OpenDocuments;
  contexts: DocumentContexts;
  configs: ProjectConfigs;
  incidents: IncidentTracker;
  liveChecks: LiveChecks;
  reservations: EnvReservations;
  capabilities: Readonly<FixCapabilities>;
  /** Brings a document's findings up to date; undefined when it is no longer open. */
  update(uri: string): Promise<{ t: TrackedDocument; ctx: DocumentContext } | undefined>;
}

export class QuickFixes {
  private readonly blockedShown = new Set<string>();

  constructor(private readonly deps: QuickFixDeps) {}

  async actionsFor(params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const { incidents, contexts, capabilities } = this.deps;
    const state = await this.deps.update(params.textDocument.uri);
    if (!state || state.ctx.skip) return [];
    const { t, ctx } = state;
    const actions: CodeAction[] = [];
    const hushDiagnostics = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && (d.data as { kind?: string } | undefined)?.kind === 'finding');
    if (hushDiagnostics.length === 0) return [];
    const actionContext = await this.actionContextFor(t, ctx);
    const caps: MoveCapabilities = { mode: capabilities.moveMode, disabled: capabilities.disabledActions, onBlocked: (reason) => this.showBlocked(`Move to .env is unavailable: ${reason}.`) };
    for (const d of hushDiagnostics) {
      if (token.isCancellationRequested) break;
      const finding = findingForDiagnostic(t.findings, t.doc, d);
      if (!finding) continue; // stale diagnostic: the document changed since it was published
      const actx = actionContext(finding, d);
      const file = ctx.path && ctx.folder ? relative(ctx.folder, ctx.path).replace(/\\/g, '/') : (ctx.path ?? t.doc.uri);
      const rule = contexts.ruleOf(contexts.scannerOf(ctx), finding.ruleId);
      actions.push(...incidents.codeActions(params.textDocument.uri, d, ctx.path, { ...finding, file, line: d.range.start.line + 1 }, rule));
      // The raw `.ipynb` text: a value in a saved output is fixed by clearing that output, not by a code edit.
      const clear = !ctx.cell && isNotebookPath(ctx.path) ? clearRawOutputAction(t.doc, finding, d) : undefined;
      if (clear) actions.push(clear);
      const live = await this.deps.liveChecks.codeAction(params.textDocument.uri, d, finding);
      if (live) actions.push(live);
      const move = actx.storeId === 'dotenv' ? moveToEnvAction(actx, caps) : await storeMoveAction(actx, caps);
      if (move) actions.push(incidents.adjustMove(move, ctx.path, finding.fingerprint));
      for (const make of [ignoreOccurrenceAction, ignoreEverywhereAction]) {
        const action = make(actx);
        if (action) actions.push(action);
      }
    }
    return actions;
  }

  /** codeAction/resolve: a Move action gets its edit now. */
  async resolve(action: CodeAction): Promise<CodeAction> {
    if (!isMoveActionData(action.data)) return action;
    const chosen = await this.planChosenMove(action.data);
    return chosen ? { ...action, edit: chosen.edit } : action;
  }

  /** workspace/executeCommand of MOVE_COMMAND or IGNORE_EVERYWHERE_COMMAND: plans the edit now and asks the client to apply it. */
  async execute(params: ExecuteCommandParams): Promise<null> {
    const data = params.arguments?.[0];
    if (params.command === MOVE_COMMAND && isMoveActionData(data)) {
      const chosen = await this.planChosenMove(data);
      if (chosen) await this.apply(chosen, 'the move');
    } else if (params.command === IGNORE_EVERYWHERE_COMMAND && isIgnoreEverywhereData(data)) {
      const chosen = await this.planChosenIgnore(data);
      if (chosen) await this.apply(chosen, 'the ignore entry');
    }
    return null;
  }

  /** Sends a chosen edit; where the client cannot create files, the server first makes the missing ones, empty. */
  private async apply(chosen: { title: string; edit: WorkspaceEdit; folder: string }, what: string): Promise<void> {
    let edit = chosen.edit;
    let created: CreatedOnDisk | undefined;
    if (serverCreates(this.deps.capabilities)) {
      const made = createMissingFiles(chosen.folder, edit);
      if ('problem' in made) {
        this.showBlocked(`${made.problem}. Nothing was changed.`, true);
        return;
      }
      ({ edit, created } = made);
    }
    // The client checks every versioned document (the source, an open .env) and applies all or nothing.
    const result = await this.deps.connection.workspace.applyEdit({ label: chosen.title, edit }).catch((e: unknown) => ({ applied: false, failureReason: (e as Error).message }));
    if (!result.applied) {
      if (created) removeCreated(created);
      this.showBlocked(`a file changed while ${what} was applied${result.failureReason ? ` (${result.failureReason})` : ''}. Nothing was changed; try again.`, true);
    }
  }

  /** "Ignore this value everywhere" chosen in a client that cannot create `.hush.json`: its edit, planned now. */
  private async planChosenIgnore(data: IgnoreEverywhereData): Promise<{ title: string; edit: WorkspaceEdit; folder: string } | undefined> {
    const chosen = await this.chosenFinding(data, 'the value');
    if (!chosen) return undefined;
    // Planned as for a client that creates files; `apply` makes the file and sends the text edit alone.
    const action = ignoreEverywhereAction({ ...chosen.actx, supportsCreate: true });
    return action?.edit ? { title: action.title, edit: action.edit, folder: chosen.folder } : undefined;
  }

  /** The finding an action was listed for, found again in the document as it is now, with its action context. */
  private async chosenFinding(data: MoveActionData | IgnoreEverywhereData, what: string): Promise<{ actx: ActionContext; folder: string } | undefined> {
    const state = await this.deps.update(data.uri);
    const finding = state && !state.ctx.skip ? findingForMove(state.t.findings, state.t.doc, data) : undefined;
    if (!state || !finding) {
      this.showBlocked(`${what} is no longer in the document. Nothing was changed.`, true);
      return undefined;
    }
    const range = { start: state.t.doc.positionAt(finding.start), end: state.t.doc.positionAt(finding.end) };
    const actx = (await this.actionContextFor(state.t, state.ctx))(finding, { range, message: '' });
    return { actx, folder: state.ctx.folder ?? (state.ctx.path ? dirname(state.ctx.path) : process.cwd()) };
  }

  /** What the actions for one document need besides the finding: the store files are read once per request. */
  private async actionContextFor(t: TrackedDocument, ctx: DocumentContext): Promise<(finding: Finding, diagnostic: Diagnostic) => ActionContext> {
    const { docs, configs, capabilities, reservations } = this.deps;
    const envFiles = ctx.path ? await readEnvFiles(ctx.folder ?? dirname(ctx.path), envSettingFor(ctx), docs.textByPath) : undefined;
    const loaded = ctx.path ? configs.configFor(ctx.path, ctx.folder) : undefined;
    const configPath = loaded?.path ?? join(ctx.folder ?? (ctx.path ? dirname(ctx.path) : process.cwd()), CONFIG_FILE_NAMES[0]!);
    return (finding, diagnostic) => ({
      doc: t.doc,
      path: ctx.path,
      finding,
      diagnostic,
      envFiles,
      envLabel: ctx.settings.envFile,
      configPath,
      configText: loaded?.path ? loaded.text : undefined,
      openVersion: docs.versionByPath,
      supportsCreate: capabilities.supportsCreate,
      moveCanCreate: capabilities.supportsCreate || serverCreates(capabilities),
      today: new Date().toISOString().slice(0, 10),
      reservations,
      storeId: storeIdFor(loaded?.config.store, ctx.settings.store),
      root: ctx.folder,
      openText: docs.textByPath,
    });
  }

  /** The Move action chosen: planned now, against the document and the `.env` as they are at this moment. */
  private async planChosenMove(data: MoveActionData): Promise<{ title: string; edit: WorkspaceEdit; folder: string } | undefined> {
    const chosen = await this.chosenFinding(data, 'the secret');
    if (!chosen) return undefined;
    const { actx, folder } = chosen;
    if (actx.storeId !== 'dotenv') {
      // The store is written before the source edit is sent, so this runs here rather than returning an edit.
      await executeStoreMove(actx, this.deps.connection);
      return undefined;
    }
    const planned = planMove(actx);
    if (!planned) return undefined;
    if (planned.blocked !== undefined) {
      this.showBlocked(`${planned.blocked}. Nothing was changed.`, true);
      return undefined;
    }
    return { title: planned.title, edit: planned.edit(), folder };
  }

  /** For clients without disabled code actions: the reason once per file and cause, not on every cursor move. */
  private showBlocked(reason: string, always = false): void {
    if (!always && this.blockedShown.has(reason)) return;
    this.blockedShown.add(reason);
    void this.deps.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Hush: ${reason}` }).catch(() => undefined);
  }
}
