// Wires the language server: each LSP handler hands off to the module that does the job (document context,
// validation scheduling, diagnostics, quick fixes, hover, config problems, workspace scan, the `hush/…`
// requests). The state that ties them together (open documents, caches to clear) lives here.
import { dirname } from 'node:path';
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  DidChangeConfigurationNotification,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  MessageType,
  ShowMessageNotification,
  type TextDocumentContentChangeEvent,
  type TextDocumentItem,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { VERSION } from '../engine/version';
import { setGitAllowed } from '../git/exec';
import type { DocumentFindingsResult, ScanTextResult } from '../protocol/messages';
import { IGNORE_EVERYWHERE_COMMAND, MOVE_COMMAND } from './codeActions';
import { ConfigProblems } from './configProblems';
import { findingDiagnostic, scanLimitedDiagnostic } from './diagnostics';
import { type DocumentContext, DocumentContexts } from './documentContext';
import { documentFindings } from './documentFindings';
import { envSettingFor, readEnvFiles } from './envFiles';
import { EnvReservations } from './envReservations';
import { findingHover } from './hover';
import { IncidentTracker } from './incidents';
import { createIncidentServices } from './incidentRequests';
import type { LiveChecker } from '../verify';
import { TrackedDocument } from './incrementalScan';
import { LineDocument } from './lineDocument';
import { DocumentFindingsRequest, ExportSarifRequest, FindingCountNotification, ScanTextRequest, ScanWorkspaceRequest } from './messageTypes';
import { NOTEBOOK_SYNC, registerNotebookSync } from './notebookSync';
import { NotebookCells } from './notebookCells';
import { clearCellOutputActions, outputDiagnostic, SavedOutputs } from './notebookOutputs';
import { OpenDocuments } from './openDocuments';
import { isPasteLikeChange } from './pasteInsertion';
import { storeIdFor } from './storeMoves';
import { isConfigUri, ProjectConfigs } from './projectConfig';
import { type FixCapabilities, QuickFixes } from './quickFixes';
import { type Logger, runSafe, runSafeAsResult, runSafeAsync } from './runner';
import { scanText } from './scanText';
import { SettingsCache } from './settings';
import { ValidationScheduler } from './validationScheduler';
import { uriToPath, WorkspaceFolders, pathToUri } from './workspaceFolders';
import { WorkspaceScan } from './workspaceScan';

export interface HushServer {
  /** Whether the client asked for shutdown (the exit code when the input closes). */
  shutdownReceived(): boolean;
}

export interface ServerOptions {
  /** Tests only: the validity checker (pointed at a local server). Nothing else sets it. */
  liveChecker?: LiveChecker;
}

export function startServer(connection: Connection, options: ServerOptions = {}): HushServer {
  const log: Logger = { error: (m) => connection.console.error(m), info: (m) => connection.console.info(m) };
  const docs = new OpenDocuments();
  const folders = new WorkspaceFolders();
  let pullConfiguration = false;
  let workspaceFolderEvents = false;
  const client: FixCapabilities = { moveMode: 'edit', disabledActions: false, supportsCreate: false };
  const settings = new SettingsCache(connection, () => pullConfiguration);
  // A custom rule stopped at the time budget is a problem of its config: an open config shows it on revalidation.
  const configs = new ProjectConfigs(docs.textByPath, (path) => {
    if (docs.get(pathToUri(path))) scheduler.schedule(pathToUri(path));
  });
  const notebooks = new NotebookCells();
  const savedOutputs = new SavedOutputs(notebooks);
  const contexts = new DocumentContexts(folders, settings, configs, notebooks.pathOf);
  const configProblems = new ConfigProblems(connection, configs, docs.textByPath);
  const scheduler = new ValidationScheduler(
    (uri) => runSafeAsync(log, 'validation', () => validate(uri)),
    (uri) => docs.get(uri)?.pendingChars ?? 0,
  );
  const reservations = new EnvReservations();
  const published = new Map<string, number>();
  const noticeShown = new Set<string>();
  let lastCount = '';
  let trusted = true;
  // Committed secrets: git status looked up in the background; a known status re-publishes the document.
  const incidents = new IncidentTracker({
    onStatusesChanged: (uri) => {
      if (docs.has(uri)) scheduler.schedule(uri);
    },
    configFor: (dir) => configs.configForDir(dir, folders.folderOf(dir)).config,
    log: (m) => log.info(m),
    extras: (fp) => ({ validity: checker.last(fp), places: tools.placesOf(fp) }),
  });
  // Live checks, places and incident reports for a finding of an open document (the value stays here).
  const { liveChecks, tools, checker } = createIncidentServices({
    connection,
    log,
    findingIn: async (uri, fingerprint) => {
      const state = await updateFindings(uri);
      const f = state && !state.ctx.skip ? state.t.findings.find((x) => x.fingerprint === fingerprint) : undefined;
      if (!state || !f) return undefined;
      return { finding: f, text: state.t.doc.getText(), folder: state.ctx.folder, path: state.ctx.path, rule: contexts.ruleOf(contexts.scannerOf(state.ctx), f.ruleId) };
    },
    settingsFor: (uri) => settings.get(uri),
    configForDir: (dir) => configs.configForDir(dir, folders.folderOf(dir)).config,
    trusted: () => trusted,
    revalidate: (fp) => {
      for (const [uri, t] of docs.entries()) if (t.findings.some((f) => f.fingerprint === fp)) scheduler.schedule(uri);
    },
    version: VERSION,
    checker: options.liveChecker,
  });
  const quickFixes = new QuickFixes({ connection, docs, contexts, configs, incidents, liveChecks, reservations, capabilities: client, update: updateFindings });
  const workspaceScan = new WorkspaceScan({
    connection,
    folders: () => folders.list(),
    configs,
    settingsFor: (uri) => settings.get(uri),
    // An open notebook's findings are on its cells: the scan's raw-JSON positions would repeat them.
    isOpen: (uri) => docs.has(uri) || notebooks.has(uri),
    configUsed: (path) => configProblems.publishUnopened(path),
    openDocuments: () =>
      [...docs.values()].flatMap((t) => {
        const path = uriToPath(t.doc.uri);
        return path ? [{ path, text: t.doc.getText(), findings: t.findings }] : [];
      }),
    version: VERSION,
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
    client.supportsCreate = !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.resourceOperations?.includes('create');
    const codeAction = caps.textDocument?.codeAction;
    // A Move action without its edit is resolved when chosen, so it is planned against `.env` as it is then.
    const resolvable = !!codeAction?.dataSupport && !!codeAction.resolveSupport?.properties.includes('edit');
    client.moveMode = caps.workspace?.applyEdit ? 'command' : resolvable ? 'resolve' : 'edit';
    client.disabledActions = !!codeAction?.disabledSupport;
    const init = params.initializationOptions as { settings?: unknown; workspaceTrusted?: boolean } | undefined;
    settings.clear({ hush: init?.settings });
    // Untrusted workspace (the client says so): scan, but start no external program (git) at all.
    trusted = init?.workspaceTrusted !== false;
    setGitAllowed(trusted);
    const initial = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders.set(initial);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        notebookDocumentSync: NOTEBOOK_SYNC,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: client.moveMode === 'resolve' },
        ...(client.moveMode === 'command' ? { executeCommandProvider: { commands: [MOVE_COMMAND, IGNORE_EVERYWHERE_COMMAND] } } : {}),
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        // The server's process id: lets the client (and its crash test) tell a restarted server from the old one.
        experimental: { processId: process.pid },
      },
      serverInfo: { name: 'hush', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // Build each folder's scanner (~50 ms of rule compilation) before the first document needs it.
    setImmediate(() => runSafeAsync(log, 'warm-up', () => void folders.list().forEach((f) => configs.scannerFor(configs.configForDir(f, f), []))));
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
      forgetProjectState();
    }),
  );

  // .hush.json, .gitignore or .env changed on disk: cheap to forget everything and rescan open documents.
  connection.onDidChangeWatchedFiles(() => runSafeAsync(log, 'watched files', forgetProjectState));

  connection.onDidOpenTextDocument((p) => runSafeAsync(log, 'open', () => openDocument(p.textDocument)));

  connection.onDidChangeTextDocument((p) => runSafeAsync(log, 'change', () => changeDocument(p.textDocument.uri, p.textDocument.version, p.contentChanges)));

  connection.onDidCloseTextDocument((p) => runSafeAsync(log, 'close', () => closeDocument(p.textDocument.uri)));

  // Notebooks (LSP 3.17 sync): each cell is an open document of its own; the notebook says where it belongs.
  registerNotebookSync(connection, { log, notebooks, savedOutputs, openDocument, changeDocument, closeDocument, refreshOutputs, showScanned });

  function openDocument(item: TextDocumentItem): void {
    const t = new TrackedDocument(new LineDocument(item.uri, item.languageId, item.version, item.text));
    docs.set(item.uri, t);
    if (isConfigUri(item.uri)) onConfigEdited();
    // At once: the debounce for large rescans coalesces keystrokes, and an open has none to wait for.
    scheduler.schedule(item.uri, true);
  }

  function changeDocument(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const t = docs.get(uri);
    if (!t) return;
    t.applyChanges(changes, version);
    if (isConfigUri(uri)) onConfigEdited();
    scheduler.schedule(uri, isPasteLikeChange(changes));
  }

  function closeDocument(uri: string): void {
    docs.delete(uri);
    scheduler.cancel(uri);
    settings.forget(uri);
    noticeShown.delete(uri);
    incidents.forget(uri);
    published.delete(uri);
    if (isConfigUri(uri)) onConfigEdited();
    else {
      // Back to what the last workspace scan found on disk (nothing if it never covered the file).
      const path = uriToPath(uri);
      void connection.sendDiagnostics({ uri, diagnostics: (path && workspaceScan.diagnosticsFor(path)) || [] });
    }
    sendCount();
  }

  /** A notebook's file as the last workspace scan found it: hidden while the notebook is open (its cells carry
   * the findings), shown again when it closes. */
  function showScanned(notebook: string, open: boolean): void {
    const path = uriToPath(notebook);
    const scanned = path ? workspaceScan.diagnosticsFor(path) : undefined;
    if (scanned) void connection.sendDiagnostics({ uri: notebook, diagnostics: open ? [] : scanned });
    sendCount();
  }

  /** Scans the notebook file's saved outputs and re-publishes the cells whose output findings changed. */
  async function refreshOutputs(notebook: string): Promise<void> {
    const ctx = await contexts.of(notebook);
    const scan = ctx.path && !ctx.skip ? { path: ctx.path, scanner: contexts.scannerOf(ctx), maxBytes: Math.floor(ctx.settings.maxScanSizeMB * 1_000_000) } : undefined;
    for (const cell of savedOutputs.refresh(notebook, scan)) if (docs.has(cell)) scheduler.schedule(cell);
  }

  function forgetProjectState(): void {
    configs.clear();
    contexts.forgetGitAnswers();
    workspaceScan.clearCache();
    revalidateAll();
  }

  function onConfigEdited(): void {
    configs.clear();
    workspaceScan.clearCache();
    revalidateAll();
  }

  function revalidateAll(): void {
    // Settings or config changed: the saved outputs are scanned again under them.
    for (const notebook of notebooks.notebooks()) runSafeAsync(log, 'notebook outputs', () => refreshOutputs(notebook));
    for (const [uri, t] of docs.entries()) {
      t.invalidateAll();
      scheduler.schedule(uri);
    }
    for (const t of docs.values()) {
      const path = uriToPath(t.doc.uri);
      if (path) configProblems.publishUnopened(configs.configFor(path, folders.folderOf(path)).path);
    }
  }

  /** Brings a document's findings up to date; undefined when it was closed or replaced meanwhile. */
  async function updateFindings(uri: string): Promise<{ t: TrackedDocument; ctx: DocumentContext } | undefined> {
    const t = docs.get(uri);
    if (!t) return undefined;
    const { gitIgnored, ...ctx } = await contexts.withPendingGitCheck(uri);
    if (docs.get(uri) !== t) return undefined;
    if (!ctx.skip && t.needsScan) t.rescan(contexts.scannerOf(ctx), ctx.path, t.doc.languageId, Math.floor(ctx.settings.maxScanSizeMB * 1_000_000));
    if (gitIgnored) ctx.skip = await gitIgnored;
    if (docs.get(uri) !== t) return undefined;
    if (ctx.skip) {
      t.findings = [];
      t.invalidateAll();
    }
    return { t, ctx };
  }

  async function validate(uri: string): Promise<void> {
    const gen = scheduler.generation(uri);
    const state = await updateFindings(uri);
    // A newer edit arrived while settings or git were being asked: its own validation will publish.
    if (!state || scheduler.generation(uri) !== gen) return;
    const { t, ctx } = state;
    const scanner = contexts.scannerOf(ctx);
    if (!ctx.skip) incidents.track(uri, ctx.path, t.findings);
    const diagnostics: Diagnostic[] = ctx.skip
      ? []
      : t.findings.map((f) => findingDiagnostic(f, t.doc, ctx.settings, contexts.ruleOf(scanner, f.ruleId), liveChecks.withValidity(f, incidents.findingStatus(ctx.path, f))));
    if (!ctx.skip && t.truncated) {
      const total = t.doc.length;
      diagnostics.unshift(scanLimitedDiagnostic(t.scannedUpTo, total));
      if (!noticeShown.has(uri)) {
        noticeShown.add(uri);
        // A notification, not a request: clients that cannot answer window/showMessageRequest still show it.
        const message = `Hush: this document is ${(total / 1_000_000).toFixed(1)} MB; only its first ${ctx.settings.maxScanSizeMB} MB are scanned while editing.`;
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }).catch(() => undefined);
      }
    }
    if (isConfigUri(uri) && ctx.path) diagnostics.push(...configProblems.diagnosticsFor(ctx.path));
    const notebook = notebooks.notebookOf(uri);
    if (notebook && !ctx.skip) for (const f of savedOutputs.forCell(uri)) diagnostics.push(outputDiagnostic(f, t.doc, ctx.settings, notebook));
    if ((published.get(uri) ?? -1) > t.version) return;
    published.set(uri, t.version);
    await connection.sendDiagnostics({ uri, version: t.version, diagnostics });
    sendCount();
    if (ctx.path) configProblems.publishUnopened(configs.configFor(ctx.path, ctx.folder).path);
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

  connection.onCodeAction((params, token) =>
    runSafe(log, 'code actions', [] as CodeAction[], token, async () => [...clearCellOutputActions(params.context.diagnostics), ...(await quickFixes.actionsFor(params, token))]),
  );
  connection.onCodeActionResolve((action, token) => runSafe(log, 'code action resolve', action, token, () => quickFixes.resolve(action)));
  connection.onExecuteCommand((params, token) => runSafe(log, 'move to .env', null, token, () => quickFixes.execute(params)));

  connection.onHover((params, token) =>
    runSafe(log, 'hover', null as Hover | null, token, async () => {
      const state = await updateFindings(params.textDocument.uri);
      if (!state || state.ctx.skip) return null;
      const scanner = contexts.scannerOf(state.ctx);
      return findingHover(state.t.doc, state.t.findings, params.position, (id) => contexts.ruleOf(scanner, id));
    }),
  );

  connection.onRequest(ScanTextRequest, (params, token) =>
    runSafe(log, 'hush/scanText', { findings: [] } as ScanTextResult, token, () =>
      scanText(params, {
        contextFor: async (uri) => {
          const ctx = docs.has(uri) ? await contexts.of(uri) : await contexts.ofUntracked(uri);
          const envFiles = async () => (ctx.path ? readEnvFiles(ctx.folder ?? dirname(ctx.path), envSettingFor(ctx), docs.textByPath) : undefined);
          const storeId = storeIdFor(ctx.path ? configs.configFor(ctx.path, ctx.folder).config.store : undefined, ctx.settings.store);
          return { scanner: ctx.skip ? undefined : contexts.scannerOf(ctx), path: ctx.path, envFiles, envLabel: ctx.settings.envFile, storeId };
        },
        openVersion: docs.versionByPath,
        supportsCreate: () => client.supportsCreate,
        reservations,
      }),
    ),
  );

  connection.onRequest(DocumentFindingsRequest, (params, token) =>
    runSafe(log, 'hush/documentFindings', null as DocumentFindingsResult | null, token, async () => {
      const state = await updateFindings(params.uri);
      if (!state) return null;
      return documentFindings(state.t);
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
  return { shutdownReceived: () => shutDown };
}
