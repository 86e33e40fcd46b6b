// A real LSP client over JSON-RPC to the built server (`node dist/server.js --stdio`, or `--node-ipc` as VS
// Code's client starts it): opens documents, waits for pushed diagnostics with a deadline (never a blind
// sleep), and applies WorkspaceEdits to files on disk. The LSP tests and the benchmarks both use it.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection, type MessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent, WorkspaceEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from './paths';

export { ROOT };
export const SERVER = join(ROOT, 'dist', 'server.js');

export interface LspClientOptions {
  /** Answer for every workspace/configuration item (the `hush` section). */
  settings?: Record<string, unknown>;
  /** Announce workspace/configuration support (default true). */
  pullConfiguration?: boolean;
  /** Extra initializationOptions (e.g. workspaceTrusted: false). */
  initializationOptions?: Record<string, unknown>;
  /** Environment of the server process (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** More workspace folders after `root` (multi-root). */
  extraFolders?: string[];
  /** Announce window.workDoneProgress (server-created progress); default false. */
  workDoneProgress?: boolean;
  /** More textDocument.codeAction capabilities (resolveSupport, dataSupport, disabledSupport as VS Code sends them). */
  codeAction?: Record<string, unknown>;
  /** Announce workspace.applyEdit (the server may send workspace/applyEdit), as VS Code does; default false. */
  applyEdit?: boolean;
  /** `stdio` (default) or Node IPC, VS Code's transport. */
  transport?: 'stdio' | 'ipc';
  /** Another server script speaking LSP (a reference server in a benchmark); default dist/server.js. */
  serverScript?: string;
  /** Node options for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** The writer for stdio (default vscode-jsonrpc's, which sends header and body in two writes). */
  stdioWriter?: (stdin: NodeJS.WritableStream) => MessageWriter;
  /** The whole `capabilities` object of initialize (another editor's, e.g. Neovim 0.7's); replaces the defaults above. */
  capabilities?: Record<string, unknown>;
  /** Pass the server's stderr through to this process's (benchmarks) instead of collecting it in `stderr`. */
  inheritStderr?: boolean;
}

/** The code action capabilities VS Code announces: actions resolved when chosen, greyed-out (disabled) actions. */
export const VSCODE_CODE_ACTION_CAPS = { resolveSupport: { properties: ['edit'] }, dataSupport: true, disabledSupport: true };

export interface ApplyOptions {
  /** Write open documents to disk too (default true); false leaves them dirty, as an editor that did not save. */
  save?: boolean;
  /** Apply only the changes to these URIs (the rest is held back, as an editor that has not got to it yet). */
  only?: (uri: string) => boolean;
}

interface Waiter {
  uri: string;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly proc: ChildProcess;
  /** The server's process id (its /proc entry holds memory figures; worker threads included). */
  readonly pid: number;
  /** Called with every publishDiagnostics, in arrival order. */
  readonly publishListeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  /** Last diagnostics published per URI. */
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: Waiter[] = [];
  private readonly versions = new Map<string, number>();
  readonly docs = new Map<string, TextDocument>();
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  settings: Record<string, unknown>;
  stderr = '';

  constructor(
    readonly root: string,
    options: LspClientOptions = {},
  ) {
    this.settings = options.settings ?? {};
    const script = options.serverScript ?? SERVER;
    const stderr = options.inheritStderr ? 'inherit' : 'pipe';
    if (options.transport === 'ipc') {
      this.proc = fork(script, ['--node-ipc'], { stdio: ['ignore', 'ignore', stderr, 'ipc'], env: options.env ?? process.env, execArgv: options.nodeArgs ?? [] });
      this.connection = createMessageConnection(new IPCMessageReader(this.proc), new IPCMessageWriter(this.proc));
    } else {
      this.proc = spawn(process.execPath, [...(options.nodeArgs ?? []), script, '--stdio'], { stdio: ['pipe', 'pipe', stderr], env: options.env ?? process.env });
      const writer = options.stdioWriter ? options.stdioWriter(this.proc.stdin!) : new StreamMessageWriter(this.proc.stdin!);
      this.connection = createMessageConnection(new StreamMessageReader(this.proc.stdout!), writer);
    }
    this.pid = this.proc.pid!;
    this.extraInit = options.initializationOptions ?? {};
    this.proc.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.latest.set(p.uri, p);
      for (const listener of this.publishListeners) listener(p);
      const ready = this.waiters.filter((w) => w.uri === p.uri && w.predicate(p));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(p);
    });
    this.connection.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => void this.progressTokens.push(p.token));
    this.connection.listen();
    this.pull = options.pullConfiguration !== false;
    this.extraFolders = options.extraFolders ?? [];
    this.workDoneProgress = options.workDoneProgress === true;
    this.codeActionCaps = options.codeAction ?? {};
    this.announceApplyEdit = options.applyEdit === true;
    this.capabilities = options.capabilities;
    // Server-sent edits are checked and applied as VS Code's client does: a stale version refuses the whole edit.
    this.connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }): { applied: boolean; failureReason?: string } => {
      this.serverEdits.push(p.edit);
      this.beforeServerEdit?.();
      try {
        this.applyEdit(p.edit, this.serverEditOptions);
        return { applied: true };
      } catch (e) {
        return { applied: false, failureReason: (e as Error).message };
      }
    });
  }

  private readonly announceApplyEdit: boolean;
  private readonly capabilities: Record<string, unknown> | undefined;
  /** Every edit the server sent with workspace/applyEdit, in order. */
  readonly serverEdits: WorkspaceEdit[] = [];
  /** How workspace/applyEdit requests are applied (e.g. save: false to keep open documents dirty). */
  serverEditOptions: ApplyOptions = {};
  /** Runs when a workspace/applyEdit request arrives, before it is applied (the user typing meanwhile). */
  beforeServerEdit: (() => void) | undefined;

  private readonly codeActionCaps: Record<string, unknown>;

  private readonly pull: boolean;
  private readonly extraInit: Record<string, unknown>;
  private readonly extraFolders: string[];
  private readonly workDoneProgress: boolean;
  /** Tokens of progress the server created (window/workDoneProgress/create). */
  readonly progressTokens: Array<string | number> = [];

  /** The server's answer to initialize (its capabilities). */
  initializeResult: { capabilities: Record<string, unknown> } | undefined;

  async initialize(): Promise<void> {
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).toString(),
      workspaceFolders: [this.root, ...this.extraFolders].map((f, i) => ({ uri: pathToFileURL(f).toString(), name: `folder${i}` })),
      capabilities: this.capabilities ?? {
        window: { workDoneProgress: this.workDoneProgress },
        workspace: {
          configuration: this.pull,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
          applyEdit: this.announceApplyEdit,
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, ...this.codeActionCaps } },
      },
      initializationOptions: { ...this.extraInit, settings: this.settings },
    });
    await this.connection.sendNotification('initialized', {});
  }

  uri(relPath: string): string {
    return pathToFileURL(join(this.root, relPath)).toString();
  }

  /** Opens a document (written to disk too, as an editor would have it) and returns its URI. */
  open(relPath: string, text: string, languageId: string, writeToDisk = true): string {
    const path = join(this.root, relPath);
    if (writeToDisk) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    const uri = pathToFileURL(path).toString();
    this.versions.set(uri, 1);
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends one incremental change; returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.docs.set(uri, TextDocument.update(this.docs.get(uri)!, changes, version));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Inserts (or replaces) text at an offset of the current document. */
  edit(uri: string, start: number, end: number, text: string): number {
    const doc = this.docs.get(uri)!;
    return this.change(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text }]);
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Resolves with the first diagnostics for `uri` that satisfy `predicate` (or the latest already received). */
  diagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<Diagnostic[]> {
    const have = this.latest.get(uri);
    if (have && predicate(have)) return Promise.resolve(have.diagnostics);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; latest: ${JSON.stringify(this.latest.get(uri)?.diagnostics.map((d) => d.message))}\n${this.stderr}`));
      }, timeoutMs);
      const waiter: Waiter = { uri, predicate, resolve: (p) => (clearTimeout(timer), resolvePromise(p.diagnostics)) };
      this.waiters.push(waiter);
    });
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 5000): Promise<Diagnostic[]> {
    return this.diagnostics(uri, (p) => p.version === version, timeoutMs);
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const d = diagnostics[0]!;
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics } });
  }

  /** Runs a server command (workspace/executeCommand), e.g. the one a code action carries. */
  executeCommand(command: string, args: unknown[] = []): Promise<unknown> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  }

  /** codeAction/resolve: the server fills in the edit of an action it sent without one. */
  resolve(action: CodeAction): Promise<CodeAction> {
    return this.connection.sendRequest('codeAction/resolve', action);
  }

  /**
   * Applies a WorkspaceEdit to files on disk and to the open documents, as VS Code does: every versioned
   * change is checked first and a stale one rejects the whole edit (nothing is applied); ranges past the
   * end of a file are clamped to it.
   */
  applyEdit(edit: WorkspaceEdit, options: ApplyOptions = {}): void {
    const changes = (edit.documentChanges ?? []).filter((c) => options.only?.('kind' in c ? ('uri' in c ? c.uri : '') : c.textDocument.uri) ?? true);
    for (const change of changes) {
      if ('kind' in change) continue;
      const open = this.docs.get(change.textDocument.uri);
      if (open && change.textDocument.version !== null && change.textDocument.version !== open.version) throw new Error(`stale edit for ${change.textDocument.uri}`);
      // A version for a document the editor does not have open cannot match any buffer.
      if (!open && change.textDocument.version !== null) throw new Error(`versioned edit for a document that is not open: ${change.textDocument.uri}`);
    }
    for (const change of changes) {
      if ('kind' in change) {
        if (change.kind === 'create') {
          const p = fileURLToPath(change.uri);
          if (!existsSync(p)) {
            mkdirSync(dirname(p), { recursive: true });
            writeFileSync(p, '');
          }
        }
        continue;
      }
      const uri = change.textDocument.uri;
      const open = this.docs.get(uri);
      const path = fileURLToPath(uri);
      const before = open ? open.getText() : existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (before === undefined) throw new Error(`edit to a missing file without CreateFile: ${path}`);
      const after = TextDocument.applyEdits(TextDocument.create(uri, 'x', 0, before), change.edits as TextEdit[]);
      if (!open || options.save !== false) writeFileSync(path, after);
      if (open) this.change(uri, [{ text: after }]);
    }
  }

  read(relPath: string): string | undefined {
    const p = join(this.root, relPath);
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  }

  /** shutdown and exit (each waited for at most `waitMs`), then the process is ended if it is still there. */
  async dispose(waitMs = 2000): Promise<void> {
    const gone = this.proc.exitCode !== null || this.proc.signalCode !== null;
    const exited = gone ? Promise.resolve() : new Promise<void>((r) => this.proc.once('exit', () => r()));
    const within = (p: Promise<unknown>) => Promise.race([p, new Promise((r) => setTimeout(r, waitMs).unref())]);
    try {
      await within(this.connection.sendRequest('shutdown'));
      await this.connection.sendNotification('exit');
      await within(exited);
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    this.proc.kill();
  }
}
