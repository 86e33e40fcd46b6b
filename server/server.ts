// Wires the language server: document sync, validation scheduling, diagnostics, code actions, hover and
// the custom `hush/…` messages. Each feature lives in its own module; this file only connects them.
import { dirname, join, relative } from 'node:path';
import {
  type CodeAction,
  type Connection,
  DidChangeConfigurationNotification,
  type Diagnostic,
  DiagnosticSeverity,
  type WorkspaceEdit,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  CodeActionKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAMES, type Finding, type Rule, type Scanner } from '../engine';
import {
  type ActionContext,
  findingForDiagnostic,
  findingForMove,
  ignoreEverywhereAction,
  ignoreOccurrenceAction,
  isMoveActionData,
  MOVE_COMMAND,
  type MoveActionData,
  type MoveCapabilities,
  moveToEnvAction,
  planMove,
} from './codeActions';
import { EnvReservations } from './envReservations';
import { CONFIG_PROBLEM_CODE, DIAGNOSTIC_SOURCE, findingDiagnostic, findingLabel, scanLimitedDiagnostic, type FindingStatusHook } from './diagnostics';
import { gitCheckIgnore, readEnvFiles } from './envFiles';
import { IncidentTracker } from './incidents';
import { setGitAllowed } from '../git/exec';
import { TrackedDocument } from './incrementalScan';
import { LineDocument } from './lineDocument';
import { locateProblems, ProjectConfigs } from './projectConfig';
import { DocumentFindingsRequest, ExportSarifRequest, FindingCountNotification, ScanTextRequest, ScanWorkspaceRequest } from './messageTypes';
import { isPasteLikeChange } from './pasteInsertion';
import type { DocumentFindingsResult, ScanTextResult } from '../protocol/messages';
import { runSafe, runSafeAsResult, runSafeAsync, type Logger } from './runner';
import { scanText } from './scanText';
import { SettingsCache, type HushSettings } from './settings';
import { pathToUri, uriToPath, WorkspaceFolders } from './workspaceFolders';
import { WorkspaceScan } from './workspaceScan';

/** Bundles replace it with package.json's version; tests run the sources. */
declare const HUSH_VERSION: string | undefined;

/** Incremental rescans are cheap and run on the next tick; big rescans wait for typing to pause. */
const LARGE_RESCAN_CHARS = 256 * 1024;
const LARGE_RESCAN_DEBOUNCE_MS = 200;

export interface HushServer {
  /** For the incident feature: adjusts diagnostics of findings with a known git status. */
  setFindingStatusHook(hook: FindingStatusHook | undefined): void;
  /** Whether the client asked for shutdown (the exit code when the input closes). */
  shutdownReceived(): boolean;
}

export function startServer(connection: Connection): HushServer {
  const log: Logger = { error: (m) => connection.console.error(m), info: (m) => connection.console.info(m) };
  const docs = new Map<string, TrackedDocument>();
  const folders = new WorkspaceFolders();
  let pullConfiguration = false;
  let workspaceFolderEvents = false;
  let supportsCreate = false;
  let moveMode: MoveCapabilities['mode'] = 'edit';
  let disabledActions = false;
  const reservations = new EnvReservations();
  const blockedShown = new Set<string>();
  let statusHook: FindingStatusHook | undefined;
  const settings = new SettingsCache(connection, () => pullConfiguration);
  const openTextByPath = (path: string): string | undefined => {
    for (const t of docs.values()) if (uriToPath(t.doc.uri) === path) return t.doc.getText();
    return undefined;
  };
  const openVersionByPath = (path: string): number | null => {
    for (const t of docs.values()) if (uriToPath(t.doc.uri) === path) return t.doc.version;
    return null;
  };
  const configs = new ProjectConfigs(openTextByPath);
  const gitIgnored = new Map<string, Promise<boolean>>();
  const timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  const generation = new Map<string, number>();
  const published = new Map<string, number>();
  const noticeShown = new Set<string>();
  let lastCount = '';
  // Committed secrets: git status looked up in the background; a known status re-publishes the document.
  const incidents = new IncidentTracker({
    onStatusesChanged: (uri) => {
      if (docs.has(uri)) schedule(uri);
    },
    configFor: (dir) => configs.configFor(join(dir, '_'), folders.folderOf(dir)).config,
    log: (m) => log.info(m),
  });
  const workspaceScan = new WorkspaceScan({
    connection,
    folders: () => folders.list(),
    configs,
    settingsFor: (uri) => settings.get(uri),
    isOpen: (uri) => docs.has(uri),
    configUsed: (path) => publishConfigProblemsOf(path),
    openDocuments: () =>
      [...docs.values()].flatMap((t) => {
        const path = uriToPath(t.doc.uri);
        return path ? [{ path, text: t.doc.getText(), findings: t.findings }] : [];
      }),
    version: typeof HUSH_VERSION === 'string' ? HUSH_VERSION : '0.1.0',
  });
  let shutDown = false;
  // One handler: the connection keeps only the last one registered.
  connection.onShutdown(() => {
    shutDown = true;
    incidents.dispose();
    workspaceScan.dispose();
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pullConfiguration = !!caps.workspace?.configuration;
    workspaceFolderEvents = !!caps.workspace?.workspaceFolders;
    supportsCreate = !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.resourceOperations?.includes('create');
    const codeAction = caps.textDocument?.codeAction;
    // A Move action without its edit is resolved when chosen, so it is planned against `.env` as it is then.
    const resolvable = !!codeAction?.dataSupport && !!codeAction.resolveSupport?.properties.includes('edit');
    moveMode = caps.workspace?.applyEdit ? 'command' : resolvable ? 'resolve' : 'edit';
    disabledActions = !!codeAction?.disabledSupport;
    const init = params.initializationOptions as { settings?: unknown; workspaceTrusted?: boolean } | undefined;
    settings.clear({ hush: init?.settings });
    // Untrusted workspace (the client says so): scan, but start no external program (git) at all.
    setGitAllowed(init?.workspaceTrusted !== false);
    const initial = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders.set(initial);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: moveMode === 'resolve' },
        ...(moveMode === 'command' ? { executeCommandProvider: { commands: [MOVE_COMMAND] } } : {}),
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        // The server's process id: lets the client (and its crash test) tell a restarted server from the old one.
        experimental: { processId: process.pid },
      },
      serverInfo: { name: 'hush' },
    };
  });

  connection.onInitialized(() => {
    // Build each folder's scanner (~50 ms of rule compilation) before the first document needs it.
    setImmediate(() => runSafeAsync(log, 'warm-up', () => void folders.list().forEach((f) => configs.scannerFor(configs.configFor(join(f, '_'), f), []))));
    runSafeAsync(log, 'initialized', async () => {
      if (pullConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'hush' }).catch(() => undefined);
      if (!workspaceFolderEvents) return;
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) folders.remove(f.uri);
        for (const f of e.added) folders.add(f.uri);
        revalidateAll();
      });
    });
  });

  connection.onDidChangeConfiguration((change) =>
    runSafeAsync(log, 'configuration change', () => {
      settings.clear(change.settings);
      configs.clear();
      gitIgnored.clear();
      workspaceScan.clearCache();
      revalidateAll();
    }),
  );

  connection.onDidChangeWatchedFiles(() =>
    runSafeAsync(log, 'watched files', () => {
      // .hush.json, .gitignore or .env changed on disk: cheap to forget everything and rescan open documents.
      configs.clear();
      gitIgnored.clear();
      workspaceScan.clearCache();
      revalidateAll();
    }),
  );

  connection.onDidOpenTextDocument((p) =>
    runSafeAsync(log, 'open', () => {
      const t = new TrackedDocument(new LineDocument(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text));
      docs.set(p.textDocument.uri, t);
      if (isConfigDocument(p.textDocument.uri)) onConfigEdited();
      // At once: the debounce for large rescans coalesces keystrokes, and an open has none to wait for.
      schedule(p.textDocument.uri, true);
    }),
  );

  connection.onDidChangeTextDocument((p) =>
    runSafeAsync(log, 'change', () => {
      const t = docs.get(p.textDocument.uri);
      if (!t) return;
      t.applyChanges(p.contentChanges, p.textDocument.version);
      if (isConfigDocument(p.textDocument.uri)) onConfigEdited();
      schedule(p.textDocument.uri, isPasteLikeChange(p.contentChanges));
    }),
  );

  connection.onDidCloseTextDocument((p) =>
    runSafeAsync(log, 'close', () => {
      docs.delete(p.textDocument.uri);
      cancelTimer(p.textDocument.uri);
      settings.forget(p.textDocument.uri);
      noticeShown.delete(p.textDocument.uri);
      incidents.forget(p.textDocument.uri);
      published.delete(p.textDocument.uri);
      if (isConfigDocument(p.textDocument.uri)) onConfigEdited();
      else {
        // Back to what the last workspace scan found on disk (nothing if it never covered the file).
        const path = uriToPath(p.textDocument.uri);
        void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: (path && workspaceScan.diagnosticsFor(path)) || [] });
      }
      sendCount();
    }),
  );

  function isConfigDocument(uri: string): boolean {
    return CONFIG_FILE_NAMES.some((n) => uri.endsWith('/' + n));
  }

  function onConfigEdited(): void {
    configs.clear();
    workspaceScan.clearCache();
    revalidateAll();
  }

  function revalidateAll(): void {
    for (const [uri, t] of docs) {
      t.invalidateAll();
      schedule(uri);
    }
    publishConfigProblems();
  }

  function cancelTimer(uri: string): void {
    const timer = timers.get(uri);
    if (!timer) return;
    clearTimeout(timer as NodeJS.Timeout);
    clearImmediate(timer as NodeJS.Immediate);
    timers.delete(uri);
  }

  /** Debounce: coalesce everything already queued; wait longer only when the rescan is large, never after a paste. */
  function schedule(uri: string, now = false): void {
    cancelTimer(uri);
    generation.set(uri, (generation.get(uri) ?? 0) + 1);
    if (now) return runSafeAsync(log, 'validation', () => validate(uri));
    const t = docs.get(uri);
    const large = t !== undefined && t.pendingChars > LARGE_RESCAN_CHARS;
    const run = () => {
      timers.delete(uri);
      runSafeAsync(log, 'validation', () => validate(uri));
    };
    timers.set(uri, large ? setTimeout(run, LARGE_RESCAN_DEBOUNCE_MS) : setImmediate(run));
  }

  interface DocumentContext {
    path: string | undefined;
    folder: string | undefined;
    settings: HushSettings;
    skip: boolean;
  }

  /** Settings and excludes, with git's answer on whether the file is ignored still on its way (asked first,
   * so the git process overlaps the settings round trip and the scan). */
  async function contextWithPendingGitCheck(t: TrackedDocument): Promise<DocumentContext & { gitIgnored?: Promise<boolean> }> {
    const uri = t.doc.uri;
    const path = uriToPath(uri);
    const folder = path ? folders.folderOf(path) : undefined;
    const ignored = path && !isConfigDocument(uri) ? isGitIgnored(path) : undefined;
    const s = await settings.get(uri);
    let skip = !s.enable;
    if (!skip && path) {
      const loaded = configs.configFor(path, folder);
      const rel = folder ? path.slice(folder.length + 1).replace(/\\/g, '/') : path;
      if (configs.isExcluded(loaded, path) || (s.exclude.length > 0 && picomatch.isMatch(rel, s.exclude, { dot: true }))) skip = true;
    }
    return { path, folder, settings: s, skip, gitIgnored: skip || s.scanGitignored ? undefined : ignored };
  }

  async function contextFor(t: TrackedDocument): Promise<DocumentContext> {
    const { gitIgnored, ...ctx } = await contextWithPendingGitCheck(t);
    if (gitIgnored) ctx.skip = await gitIgnored;
    return ctx;
  }

  function isGitIgnored(path: string): Promise<boolean> {
    let p = gitIgnored.get(path);
    if (!p) {
      p = gitCheckIgnore(path).then((r) => r === true);
      gitIgnored.set(path, p);
    }
    return p;
  }

  /** Rule lookup by id, built once per scanner (a map of 325 rules per keystroke showed in profiles). */
  const ruleIndex = new WeakMap<Scanner, Map<string, Rule>>();
  function ruleOf(scanner: Scanner, id: string): Rule | undefined {
    let byId = ruleIndex.get(scanner);
    if (!byId) ruleIndex.set(scanner, (byId = new Map(scanner.rules.map((r) => [r.id, r]))));
    return byId.get(id);
  }

  function scannerForDocument(ctx: DocumentContext) {
    const loaded = ctx.path ? configs.configFor(ctx.path, ctx.folder) : configs.configFor(join(process.cwd(), 'untitled'), undefined);
    return configs.scannerFor(loaded, ctx.settings.disabledRules);
  }

  /** Brings a document's findings up to date; returns false when it is not scanned at all. */
  async function updateFindings(uri: string): Promise<{ t: TrackedDocument; ctx: DocumentContext } | undefined> {
    const t = docs.get(uri);
    if (!t) return undefined;
    const { gitIgnored, ...ctx } = await contextWithPendingGitCheck(t);
    if (docs.get(uri) !== t) return undefined;
    if (!ctx.skip && t.needsScan) t.rescan(scannerForDocument(ctx), ctx.path, t.doc.languageId, Math.floor(ctx.settings.maxScanSizeMB * 1_000_000));
    if (gitIgnored) ctx.skip = await gitIgnored;
    if (docs.get(uri) !== t) return undefined;
    if (ctx.skip) {
      t.findings = [];
      t.invalidateAll();
    }
    return { t, ctx };
  }

  async function validate(uri: string): Promise<void> {
    const gen = generation.get(uri);
    const state = await updateFindings(uri);
    // A newer edit arrived while settings or git were being asked: its own validation will publish.
    if (!state || generation.get(uri) !== gen) return;
    const { t, ctx } = state;
    const scanner = scannerForDocument(ctx);
    if (!ctx.skip) incidents.track(uri, ctx.path, t.findings);
    const diagnostics: Diagnostic[] = ctx.skip
      ? []
      : t.findings.map((f) => findingDiagnostic(f, t.doc, ctx.settings, ruleOf(scanner, f.ruleId), statusHook?.(uri, f) ?? incidents.findingStatus(ctx.path, f)));
    if (!ctx.skip && t.truncated) {
      const total = t.doc.length;
      diagnostics.unshift(scanLimitedDiagnostic(t.doc, t.scannedUpTo, total));
      if (!noticeShown.has(uri)) {
        noticeShown.add(uri);
        // A notification, not a request: clients that cannot answer window/showMessageRequest still show it.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Hush: this document is ${(total / 1_000_000).toFixed(1)} MB; only its first ${ctx.settings.maxScanSizeMB} MB are scanned while editing.` }).catch(() => undefined);
      }
    }
    if (isConfigDocument(uri) && ctx.path) diagnostics.push(...configProblemDiagnostics(ctx.path));
    if ((published.get(uri) ?? -1) > t.version) return;
    published.set(uri, t.version);
    await connection.sendDiagnostics({ uri, version: t.version, diagnostics });
    sendCount();
    if (ctx.path) publishConfigProblemsOf(configs.configFor(ctx.path, ctx.folder).path);
  }

  function sendCount(): void {
    // Open documents (live) plus what the last workspace scan found in files that are not open.
    let { total, documents } = workspaceScan.unopenedCount();
    for (const t of docs.values()) {
      if (t.findings.length > 0) documents++;
      total += t.findings.length;
    }
    const key = `${total}/${documents}`;
    if (key === lastCount) return;
    lastCount = key;
    void connection.sendNotification(FindingCountNotification, { total, documents });
  }

  /** Problems of a config file as diagnostics on the offending fields. */
  function configProblemDiagnostics(path: string): Diagnostic[] {
    const loaded = configs.load(path);
    const text = loaded.text ?? '';
    const index = TextDocument.create('x', 'json', 0, text);
    return locateProblems(text, loaded.problems).map(({ problem, start, end }) => ({
      range: { start: index.positionAt(start), end: index.positionAt(end) },
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: CONFIG_PROBLEM_CODE,
      message: `.hush.json ${problem.field}: ${problem.message}`,
    }));
  }

  /** A malformed config that is not open still gets its diagnostics (an open one is validated with its document). */
  const configProblemsSent = new Map<string, string>();
  function publishConfigProblemsOf(path: string | undefined): void {
    if (!path || openTextByPath(path) !== undefined) return;
    const diagnostics = configProblemDiagnostics(path);
    const key = JSON.stringify(diagnostics);
    if ((configProblemsSent.get(path) ?? '[]') === key) return;
    configProblemsSent.set(path, key);
    void connection.sendDiagnostics({ uri: pathToUri(path), diagnostics });
  }

  function publishConfigProblems(): void {
    for (const t of docs.values()) {
      const path = uriToPath(t.doc.uri);
      if (path) publishConfigProblemsOf(configs.configFor(path, folders.folderOf(path)).path);
    }
  }

  connection.onCodeAction((params, token) =>
    runSafe(log, 'code actions', [] as CodeAction[], token, async () => {
      const state = await updateFindings(params.textDocument.uri);
      if (!state || state.ctx.skip) return [];
      const { t, ctx } = state;
      const actions: CodeAction[] = [];
      const hushDiagnostics = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && (d.data as { kind?: string } | undefined)?.kind === 'finding');
      if (hushDiagnostics.length === 0) return [];
      const actionContext = await actionContextFor(t, ctx);
      const caps: MoveCapabilities = { mode: moveMode, disabled: disabledActions, onBlocked: (reason) => showBlockedOnce(`Move to .env is unavailable: ${reason}.`) };
      for (const d of hushDiagnostics) {
        if (token.isCancellationRequested) break;
        const finding = findingForDiagnostic(t.findings, t.doc, d);
        if (!finding) continue; // stale diagnostic: the document changed since it was published
        const actx = actionContext(finding, d);
        const file = ctx.path && ctx.folder ? relative(ctx.folder, ctx.path).replace(/\\/g, '/') : (ctx.path ?? t.doc.uri);
        const rule = ruleOf(scannerForDocument(ctx), finding.ruleId);
        actions.push(...incidents.codeActions(d, ctx.path, { ...finding, file, line: d.range.start.line + 1 }, rule));
        const move = moveToEnvAction(actx, caps);
        if (move) actions.push(incidents.adjustMove(move, ctx.path, finding.fingerprint));
        for (const make of [ignoreOccurrenceAction, ignoreEverywhereAction]) {
          const action = make(actx);
          if (action) actions.push(action);
        }
      }
      return actions;
    }),
  );

  /** What the actions for one document need besides the finding: the store files are read once per request. */
  async function actionContextFor(t: TrackedDocument, ctx: DocumentContext): Promise<(finding: Finding, diagnostic: Diagnostic) => ActionContext> {
    const envFiles = ctx.path ? await readEnvFiles(ctx.folder ?? dirname(ctx.path), ctx.settings.envFile, openTextByPath) : undefined;
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
      openVersion: openVersionByPath,
      supportsCreate,
      today: new Date().toISOString().slice(0, 10),
      reservations,
    });
  }

  /** For clients without disabled code actions: the reason once per file and cause, not on every cursor move. */
  function showBlockedOnce(reason: string, always = false): void {
    if (!always && blockedShown.has(reason)) return;
    blockedShown.add(reason);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Hush: ${reason}` }).catch(() => undefined);
  }

  /** The Move action chosen: planned now, against the document and the `.env` as they are at this moment. */
  async function planChosenMove(data: MoveActionData): Promise<{ title: string; edit: WorkspaceEdit } | undefined> {
    const state = await updateFindings(data.uri);
    const finding = state && !state.ctx.skip ? findingForMove(state.t.findings, state.t.doc, data) : undefined;
    if (!state || !finding) {
      showBlockedOnce('the secret is no longer in the document. Nothing was changed.', true);
      return undefined;
    }
    const planned = planMove((await actionContextFor(state.t, state.ctx))(finding, { range: { start: state.t.doc.positionAt(finding.start), end: state.t.doc.positionAt(finding.end) }, message: '' }));
    if (!planned) return undefined;
    if (planned.blocked !== undefined) {
      showBlockedOnce(`${planned.blocked}. Nothing was changed.`, true);
      return undefined;
    }
    return { title: planned.title, edit: planned.edit() };
  }

  connection.onCodeActionResolve((action, token) =>
    runSafe(log, 'code action resolve', action, token, async () => {
      if (!isMoveActionData(action.data)) return action;
      const chosen = await planChosenMove(action.data);
      return chosen ? { ...action, edit: chosen.edit } : action;
    }),
  );

  connection.onExecuteCommand((params, token) =>
    runSafe(log, 'move to .env', null, token, async () => {
      const data = params.arguments?.[0];
      if (params.command !== MOVE_COMMAND || !isMoveActionData(data)) return null;
      const chosen = await planChosenMove(data);
      if (!chosen) return null;
      // The client checks every versioned document (the source, an open .env) and applies all or nothing.
      const result = await connection.workspace.applyEdit({ label: chosen.title, edit: chosen.edit });
      if (!result.applied) showBlockedOnce(`a file changed while the move was applied${result.failureReason ? ` (${result.failureReason})` : ''}. Nothing was changed; try again.`, true);
      return null;
    }),
  );

  connection.onHover((params, token) =>
    runSafe(log, 'hover', null as Hover | null, token, async () => {
      const state = await updateFindings(params.textDocument.uri);
      if (!state || state.ctx.skip) return null;
      const { t, ctx } = state;
      const at = t.doc.offsetAt(params.position);
      const f: Finding | undefined = t.findings.find((x) => (x.start <= at && at < x.end) || x.related?.some((r) => r.start <= at && at < r.end));
      if (!f) return null;
      const rule = ruleOf(scannerForDocument(ctx), f.ruleId);
      const lines = [`**Hush:** ${findingLabel(f)}`, '', `Rule \`${f.ruleId}\` · suggested name \`${f.envName}\``];
      if (rule?.docsUrl) lines.push('', `[Token format](${rule.docsUrl})`);
      if (rule?.revocationUrl) lines.push(`· [Revoke or rotate](${rule.revocationUrl})`);
      const span = f.start <= at && at < f.end ? f : (f.related?.find((r) => r.start <= at && at < r.end) ?? f);
      return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: { start: t.doc.positionAt(span.start), end: t.doc.positionAt(span.end) } };
    }),
  );

  connection.onRequest(ScanTextRequest, (params, token) =>
    runSafe(log, 'hush/scanText', { findings: [] } as ScanTextResult, token, () =>
      scanText(params, {
        contextFor: async (uri) => {
          const path = uriToPath(uri);
          const t = docs.get(uri);
          const ctx: DocumentContext = t ? await contextFor(t) : { path, folder: path ? folders.folderOf(path) : undefined, settings: await settings.get(uri), skip: false };
          const envFiles = async () => (ctx.path ? readEnvFiles(ctx.folder ?? dirname(ctx.path), ctx.settings.envFile, openTextByPath) : undefined);
          return { scanner: ctx.skip ? undefined : scannerForDocument(ctx), path: ctx.path, envFiles, envLabel: ctx.settings.envFile };
        },
        openVersion: openVersionByPath,
        supportsCreate: () => supportsCreate,
        reservations,
      }),
    ),
  );

  connection.onRequest(DocumentFindingsRequest, (params, token) =>
    runSafe(log, 'hush/documentFindings', null as DocumentFindingsResult | null, token, async () => {
      const state = await updateFindings(params.uri);
      if (!state) return null;
      const { t } = state;
      return {
        version: t.version,
        truncated: t.truncated,
        findings: t.findings.map((f) => ({
          ruleId: f.ruleId,
          fingerprint: f.fingerprint,
          masked: f.masked,
          envName: f.envName,
          range: { start: t.doc.positionAt(f.start), end: t.doc.positionAt(f.end) },
          ...(f.related
            ? { related: f.related.map((r) => ({ label: r.label, masked: r.masked, envName: r.envName, range: { start: t.doc.positionAt(r.start), end: t.doc.positionAt(r.end) } })) }
            : {}),
        })),
      };
    }),
  );

  connection.onRequest(ScanWorkspaceRequest, (params, token) =>
    runSafeAsResult(log, 'hush/scanWorkspace', async () => {
      const p = params ?? {};
      const workDone = connection.window.attachWorkDoneProgress(p.workDoneToken);
      const result = await workspaceScan.scan(p, token, workDone, () => connection.window.createWorkDoneProgress());
      sendCount();
      return result;
    }),
  );

  connection.onRequest(ExportSarifRequest, (token) => runSafe(log, 'hush/exportSarif', { error: 'export failed (see Output → Hush)' }, token, () => workspaceScan.exportSarif()));

  connection.listen();
  return { setFindingStatusHook: (hook) => void ((statusHook = hook), revalidateAll()), shutdownReceived: () => shutDown };
}

