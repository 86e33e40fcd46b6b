// What applies to one document: its file path and workspace folder, its settings, its project config and
// scanner, and whether Hush skips it (disabled, excluded by a setting or `.hush.json`, ignored by git).
import picomatch from 'picomatch';
import type { Rule, Scanner } from '../engine';
import { gitCheckIgnore } from './envFiles';
import { isConfigUri, type LoadedConfig, type ProjectConfigs } from './projectConfig';
import type { HushSettings, SettingsCache } from './settings';
import { uriToPath, type WorkspaceFolders } from './workspaceFolders';

export interface DocumentContext {
  path: string | undefined;
  folder: string | undefined;
  settings: HushSettings;
  skip: boolean;
  /** A notebook cell: `path` is its notebook's file, and moved secrets go to a `.env` beside that notebook. */
  cell?: boolean;
}

export class DocumentContexts {
  private readonly gitIgnored = new Map<string, Promise<boolean>>();
  /** Rule lookup by id, built once per scanner (a map of 325 rules per keystroke showed in profiles). */
  private readonly ruleIndex = new WeakMap<Scanner, Map<string, Rule>>();

  constructor(
    private readonly folders: WorkspaceFolders,
    private readonly settings: SettingsCache,
    private readonly configs: ProjectConfigs,
    /** The file a document goes by (a notebook cell's is its notebook's). */
    private readonly pathOf: (uri: string) => string | undefined = uriToPath,
  ) {}

  /** Settings and excludes, with git's answer on whether the file is ignored still on its way (asked first,
   * so the git process overlaps the settings round trip and the scan). */
  async withPendingGitCheck(uri: string): Promise<DocumentContext & { gitIgnored?: Promise<boolean> }> {
    const path = this.pathOf(uri);
    const cell = path !== undefined && uriToPath(uri) !== path;
    const folder = path ? this.folders.folderOf(path) : undefined;
    const ignored = path && !isConfigUri(uri) ? this.isGitIgnored(path) : undefined;
    const s = await this.settings.get(uri);
    let skip = !s.enable;
    if (!skip && path) {
      const loaded = this.configs.configFor(path, folder);
      const rel = folder ? path.slice(folder.length + 1).replace(/\\/g, '/') : path;
      if (this.configs.isExcluded(loaded, path) || (s.exclude.length > 0 && picomatch.isMatch(rel, s.exclude, { dot: true }))) skip = true;
    }
    return { path, folder, settings: s, skip, ...(cell ? { cell } : {}), gitIgnored: skip || s.scanGitignored ? undefined : ignored };
  }

  /** The context of an open document, git's answer included. */
  async of(uri: string): Promise<DocumentContext> {
    const { gitIgnored, ...ctx } = await this.withPendingGitCheck(uri);
    if (gitIgnored) ctx.skip = await gitIgnored;
    return ctx;
  }

  /** The context of a document the server does not track (a paste target it was never sent): never skipped. */
  async ofUntracked(uri: string): Promise<DocumentContext> {
    const path = uriToPath(uri);
    return { path, folder: path ? this.folders.folderOf(path) : undefined, settings: await this.settings.get(uri), skip: false };
  }

  /** The project config a document is scanned with (the one above the working directory for untitled ones). */
  configOf(ctx: DocumentContext): LoadedConfig {
    return ctx.path ? this.configs.configFor(ctx.path, ctx.folder) : this.configs.configForDir(process.cwd(), undefined);
  }

  scannerOf(ctx: DocumentContext): Scanner {
    return this.configs.scannerFor(this.configOf(ctx), ctx.settings.disabledRules);
  }

  ruleOf(scanner: Scanner, id: string): Rule | undefined {
    let byId = this.ruleIndex.get(scanner);
    if (!byId) this.ruleIndex.set(scanner, (byId = new Map(scanner.rules.map((r) => [r.id, r]))));
    return byId.get(id);
  }

  /** `.gitignore` or the settings changed: ask git again. */
  forgetGitAnswers(): void {
    this.gitIgnored.clear();
  }

  private isGitIgnored(path: string): Promise<boolean> {
    let p = this.gitIgnored.get(path);
    if (!p) {
      p = gitCheckIgnore(path).then((r) => r === true);
      this.gitIgnored.set(path, p);
    }
    return p;
  }
}
