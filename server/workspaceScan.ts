// "Hush: Scan Workspace" in the server: every workspace folder through the shared tree scanner
// (workspace/), with LSP work-done progress and cancellation, diagnostics for files that are not open
// (open documents belong to the live path), a summary, and SARIF export of what was found. A content-hash
// cache survives between scans, so a re-scan only rescans files whose content changed.
import { basename, dirname, resolve } from 'node:path';
import expandBraces from 'braces';
import { type CancellationToken, type Connection, type Diagnostic, type WorkDoneProgressReporter, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { Finding, HushConfig, Rule } from '../engine';
import { toSarif } from '../report/sarif';
import { MemoryScanCache, scanWorkspace, toReported, type ReportedFinding } from '../workspace';
import { DIAGNOSTIC_SOURCE, diagnosticSeverity, findingLabel } from './diagnostics';
import type { ProjectConfigs } from './projectConfig';
import type { ExportSarifResult, ScanWorkspaceParams, ScanWorkspaceResult, WorkspaceSkipReason } from '../protocol/messages';
import type { HushSettings } from './settings';
import { pathToUri } from './workspaceFolders';

export interface OpenDocumentFindings {
  path: string;
  text: string;
  findings: readonly Finding[];
}

export interface WorkspaceScanDeps {
  connection: Connection;
  folders(): readonly string[];
  configs: ProjectConfigs;
  settingsFor(uri: string): Promise<HushSettings>;
  isOpen(uri: string): boolean;
  /** A config file a scan used (so its problems, if any, can be shown on it). */
  configUsed?(path: string): void;
  /** Findings of every open document (the live path's, fresher than the disk). */
  openDocuments(): OpenDocumentFindings[];
  version: string;
}

interface FileFindings {
  folder: string;
  /** Path relative to the folder, forward slashes. */
  findings: ReportedFinding[];
}

/** VS Code globs (with `{a,b}`) as gitignore-style patterns the walker understands. */
export function filesExcludePatterns(globs: readonly string[]): string[] {
  const out: string[] = [];
  for (const g of globs) {
    if (typeof g !== 'string' || g.trim() === '') continue;
    for (const p of expandBraces(g, { expand: true })) out.push(p.startsWith('**/') || p.startsWith('/') ? p : `/${p}`);
  }
  return out;
}

export class WorkspaceScan {
  private readonly cache = new MemoryScanCache();
  /** Absolute path → findings of the last scan that covered it (files with findings only). */
  private results = new Map<string, FileFindings>();
  /** URIs this feature published non-empty diagnostics for. */
  private published = new Set<string>();
  private running: AbortController | undefined;
  private rules = new Map<string, Rule>();
  private scanned = false;

  constructor(private readonly deps: WorkspaceScanDeps) {}

  /** Config or settings changed: findings may differ for unchanged content. */
  clearCache(): void {
    this.cache.clear();
  }

  /** Findings of the last scan in files that are not open (for the status bar). */
  unopenedCount(): { total: number; documents: number } {
    let total = 0;
    let documents = 0;
    for (const [path, r] of this.results) {
      if (this.deps.isOpen(pathToUri(path))) continue;
      total += r.findings.length;
      documents++;
    }
    return { total, documents };
  }

  /** The last scan's diagnostics for a file (re-published when its document closes). */
  diagnosticsFor(path: string): Diagnostic[] | undefined {
    const r = this.results.get(path);
    return r ? this.toDiagnostics(r.findings, undefined, pathToUri(path)) : undefined;
  }

  async scan(params: ScanWorkspaceParams, token: CancellationToken, workDone: WorkDoneProgressReporter, serverProgress: () => Promise<WorkDoneProgressServerReporter>): Promise<ScanWorkspaceResult> {
    // One scan at a time: a new request supersedes the running one.
    this.running?.abort();
    const abort = new AbortController();
    this.running = abort;
    // A client-chosen token is cancelled by cancelling the request; a server-created one has its own cancel.
    const created = params.workDoneToken !== undefined ? undefined : await serverProgress();
    const progress: WorkDoneProgressReporter = created ?? workDone;
    const cancelSub = token.onCancellationRequested(() => abort.abort());
    const progressCancel = created?.token.onCancellationRequested(() => abort.abort());
    const started = performance.now();
    const folders = this.deps.folders();
    const result: ScanWorkspaceResult = { folders: folders.length, files: 0, bytes: 0, findings: 0, filesWithFindings: 0, findingsByProvider: {}, durationMs: 0, skipped: {}, cachedFiles: 0, cancelled: false };
    const found = new Map<string, FileFindings>();
    const extraExcludes = filesExcludePatterns(params.filesExclude ?? []);
    progress.begin('Hush: scanning workspace', 0, 'Listing files…', true);
    try {
      let doneBefore = 0;
      for (let i = 0; i < folders.length && !abort.signal.aborted; i++) {
        const folder = folders[i]!;
        const settings = await this.deps.settingsFor(pathToUri(folder));
        if (!settings.enable) {
          result.skipped.disabled = (result.skipped.disabled ?? 0) + 1;
          continue;
        }
        const loaded = this.deps.configs.configForDir(folder, folder);
        const scanner = this.deps.configs.scannerFor(loaded, settings.disabledRules);
        for (const r of scanner.rules) this.rules.set(r.id, r);
        const withSettings = (c: HushConfig): HushConfig => ({ ...c, disabledRules: [...c.disabledRules, ...settings.disabledRules] });
        // A nested config applies to its subtree exactly as the live path applies it to an open file there
        // (same loader, same cache, unsaved edits included); its problems are reported on the file itself.
        const nestedConfig = (file: string): HushConfig => {
          const nested = this.deps.configs.configForDir(dirname(file), folder);
          for (const r of this.deps.configs.scannerFor(nested, settings.disabledRules).rules) this.rules.set(r.id, r);
          if (nested.path) this.deps.configUsed?.(nested.path);
          return withSettings(nested.config);
        };
        const name = basename(folder);
        const summary = await scanWorkspace([folder], {
          config: withSettings(loaded.config),
          configFile: loaded.path,
          nestedConfig,
          extraExclude: [...filesExcludePatterns(settings.exclude), ...extraExcludes],
          base: folder,
          gitignore: !settings.scanGitignored,
          signal: abort.signal,
          cache: this.cache,
          onProgress: (p) => {
            const done = doneBefore + p.filesDone;
            const total = doneBefore + p.filesTotal;
            const message = `${done}/${total}${p.walkComplete ? '' : '+'} files · ${name}/${p.currentFolder === '.' ? '' : p.currentFolder}`;
            const share = p.walkComplete && p.filesTotal > 0 ? p.filesDone / p.filesTotal : 0;
            progress.report(Math.min(99, Math.floor(((i + share) / folders.length) * 100)), message);
          },
          onFile: (f) => {
            if (f.findings.length === 0) return;
            found.set(f.absolute, { folder, findings: f.findings });
            result.findings += f.findings.length;
            result.filesWithFindings++;
            for (const x of f.findings) result.findingsByProvider[x.provider] = (result.findingsByProvider[x.provider] ?? 0) + 1;
            const uri = pathToUri(f.absolute);
            // The live path owns open documents: their diagnostics reflect the unsaved text.
            if (this.deps.isOpen(uri)) return;
            this.published.add(uri);
            void this.deps.connection.sendDiagnostics({ uri, diagnostics: this.toDiagnostics(f.findings, settings, uri) });
          },
        });
        for (const t of summary.stats.ruleTimeouts ?? []) {
          const configPath = t.config === undefined ? undefined : resolve(folder, t.config);
          if (configPath && this.deps.configs.ruleStopped(configPath, t.field, t.ruleId, t.file)) this.deps.configUsed?.(configPath);
        }
        doneBefore += summary.stats.files + summary.stats.skipped.length;
        result.files += summary.stats.files;
        result.bytes += summary.stats.bytes;
        result.cachedFiles += summary.cachedFiles;
        for (const s of summary.stats.skipped) result.skipped[s.reason as WorkspaceSkipReason] = (result.skipped[s.reason as WorkspaceSkipReason] ?? 0) + 1;
      }
      result.cancelled = abort.signal.aborted;
      this.scanned = true;
      if (!result.cancelled) this.replaceResults(found);
      else for (const [path, r] of found) this.results.set(path, r);
    } finally {
      cancelSub.dispose();
      progressCancel?.dispose();
      if (this.running === abort) this.running = undefined;
      progress.done();
    }
    result.durationMs = Math.round(performance.now() - started);
    return result;
  }

  /** A complete scan's findings replace the previous ones; files that no longer have any are cleared. */
  private replaceResults(found: Map<string, FileFindings>): void {
    for (const path of this.results.keys()) {
      const uri = pathToUri(path);
      if (found.has(path) || !this.published.has(uri)) continue;
      this.published.delete(uri);
      if (!this.deps.isOpen(uri)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.results = found;
  }

  private toDiagnostics(findings: readonly ReportedFinding[], settings: HushSettings | undefined, uri: string): Diagnostic[] {
    return findings.map((f) => {
      const rule = this.rules.get(f.ruleId);
      const d: Diagnostic = {
        range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
        severity: diagnosticSeverity(f.severity, settings),
        source: DIAGNOSTIC_SOURCE,
        code: f.ruleId,
        message: f.notebookOutput
          ? `${findingLabel({ ...f, family: rule?.family })} in the saved output of cell ${f.notebookOutput.cell}: open the notebook and clear that output`
          : `${findingLabel({ ...f, family: rule?.family })} hard-coded: open the file to move it to ${settings?.envFile ?? '.env'}`,
        data: { kind: 'workspace-finding', fingerprint: f.fingerprint, ruleId: f.ruleId },
      };
      if (rule?.docsUrl) d.codeDescription = { href: rule.docsUrl };
      // The other parts of a multi-part credential, where they are (as the live diagnostics show them).
      if (f.related && f.related.length > 0) {
        d.relatedInformation = f.related.map((r) => ({
          location: { uri, range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } } },
          message: `${r.label} (${r.masked}) of the same credential`,
        }));
      }
      return d;
    });
  }

  /** SARIF of the last scan, with open documents' live findings in place of their files' scanned ones. */
  exportSarif(): ExportSarifResult {
    const folders = this.deps.folders();
    const open = this.deps.openDocuments();
    if (!this.scanned && open.every((d) => d.findings.length === 0)) return { error: 'nothing to export yet: run "Hush: Scan Workspace" first' };
    for (const folder of folders) for (const r of this.deps.configs.scannerFor(this.deps.configs.configForDir(folder, folder), []).rules) if (!this.rules.has(r.id)) this.rules.set(r.id, r);
    // One folder: paths relative to it (as the CLI writes them); several: absolute file URIs, unambiguous.
    const display = (path: string, folder: string | undefined) =>
      folder !== undefined && folders.length === 1 && folder === folders[0] ? path.slice(folder.length + 1).replace(/\\/g, '/') : 'file://' + (path.startsWith('/') ? '' : '/') + path.replace(/\\/g, '/');
    const findings: ReportedFinding[] = [];
    const openPaths = new Set(open.map((d) => d.path));
    for (const [path, r] of this.results) {
      if (openPaths.has(path)) continue;
      const file = display(path, r.folder);
      for (const f of r.findings) findings.push({ ...f, file });
    }
    for (const d of open) {
      const folder = folders.find((f) => d.path.startsWith(f + '/') || d.path.startsWith(f + '\\'));
      findings.push(...toReported(display(d.path, folder), d.text, d.findings));
    }
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    const sarif = toSarif({ findings, stats: { files: 0, bytes: 0, skipped: [], durationMs: 0 } }, [...this.rules.values()], this.deps.version);
    return { sarif };
  }

  dispose(): void {
    this.running?.abort();
  }
}
