// Typed settings in one place, fetched per resource (workspace/configuration), cached by URI and cleared
// on change. Never stored in globals elsewhere: every consumer asks this cache for the document's settings.
import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../protocol/messages';
import { isStoreId, type StoreId } from '../engine';

export type SeveritySetting = 'default' | 'error' | 'warning' | 'information' | 'hint';

export interface HushSettings {
  /** Scan and report at all. */
  enable: boolean;
  /** Overrides every rule's severity, or `default` to keep each rule's own. */
  severity: SeveritySetting;
  /** Glob patterns (relative to the workspace folder) of files never scanned. */
  exclude: string[];
  /** Rule ids to switch off, added to the project's `.hush.json` list. */
  disabledRules: string[];
  /** Where "Move to .env" stores values, relative to the workspace folder. */
  envFile: string;
  /** `hush.store`: where moved values go when the project's `.hush.json` names no store. */
  store: StoreId;
  /** Also scan files that git ignores (off: ignored files are usually local secrets by design). */
  scanGitignored: boolean;
  /** Documents larger than this get a bounded scan of their first part and a notice. */
  maxScanSizeMB: number;
  /** `hush.liveCheck.enabled`: offer "Check if this key is live" (each check still confirmed in a modal). */
  liveCheckEnabled: boolean;
  /** `hush.incident.otherClones`: more local folders searched for the places a leaked value is used. */
  otherClones: string[];
}

export const DEFAULT_SETTINGS: Readonly<HushSettings> = Object.freeze({
  enable: true,
  severity: 'default',
  exclude: [],
  disabledRules: [],
  envFile: '.env',
  store: 'dotenv',
  scanGitignored: false,
  maxScanSizeMB: 2,
  liveCheckEnabled: false,
  otherClones: [],
});

const SEVERITIES = new Set<SeveritySetting>(['default', 'error', 'warning', 'information', 'hint']);

const section = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

/** Whatever the client sent, as complete typed settings (unknown or mistyped values fall back to defaults). */
export function normalizeSettings(raw: unknown): HushSettings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const envFile = typeof o.envFile === 'string' && o.envFile.trim() !== '' ? o.envFile.trim() : DEFAULT_SETTINGS.envFile;
  const size = typeof o.maxScanSizeMB === 'number' && o.maxScanSizeMB > 0 ? o.maxScanSizeMB : DEFAULT_SETTINGS.maxScanSizeMB;
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_SETTINGS.enable,
    severity: SEVERITIES.has(o.severity as SeveritySetting) ? (o.severity as SeveritySetting) : DEFAULT_SETTINGS.severity,
    exclude: strings(o.exclude) ?? [],
    disabledRules: strings(o.disabledRules) ?? [],
    envFile,
    store: isStoreId(o.store) ? o.store : DEFAULT_SETTINGS.store,
    scanGitignored: typeof o.scanGitignored === 'boolean' ? o.scanGitignored : DEFAULT_SETTINGS.scanGitignored,
    maxScanSizeMB: size,
    liveCheckEnabled: typeof section(o.liveCheck).enabled === 'boolean' ? (section(o.liveCheck).enabled as boolean) : DEFAULT_SETTINGS.liveCheckEnabled,
    otherClones: strings(section(o.incident).otherClones) ?? [],
  };
}

export class SettingsCache {
  private readonly byUri = new Map<string, Promise<HushSettings>>();
  /** Settings pushed with didChangeConfiguration or initializationOptions, for clients without pull. */
  private pushed: HushSettings;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    initial?: unknown,
  ) {
    this.pushed = normalizeSettings(initial);
  }

  get(uri: string): Promise<HushSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let cached = this.byUri.get(uri);
    if (!cached) {
      cached = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (raw: unknown) => normalizeSettings(raw),
        () => this.pushed,
      );
      this.byUri.set(uri, cached);
    }
    return cached;
  }

  /** didChangeConfiguration: forget everything; `settings` is the pushed value for non-pull clients. */
  clear(pushedSettings?: unknown): void {
    this.byUri.clear();
    if (pushedSettings !== undefined && pushedSettings !== null) {
      const section = (pushedSettings as Record<string, unknown>)[SETTINGS_SECTION];
      if (section !== undefined) this.pushed = normalizeSettings(section);
    }
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
