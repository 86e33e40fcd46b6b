// Custom LSP messages, declared once and imported by both the server and the VS Code client. Every method
// is prefixed `hush/` so it can never clash with the protocol or another extension. Plain names and types
// only: the server and the client each depend on their own vscode-jsonrpc version, so each side wraps
// these in its own NotificationType / RequestType (see `server/messageTypes.ts`).
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

export interface FindingCountParams {
  /** Findings across every document the server currently tracks. */
  total: number;
  /** How many documents have at least one finding. */
  documents: number;
}

/** Server → client after diagnostics change: drives the status bar item. */
export const FINDING_COUNT_METHOD = 'hush/findingCount';

export interface DocumentFindingsParams {
  uri: string;
}

export interface DocumentFindingSummary {
  ruleId: string;
  fingerprint: string;
  masked: string;
  envName: string;
  /** 0-based line/character, end exclusive (LSP convention). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The other parts of a multi-part credential (key ID, client ID, user, host). */
  related?: { label: string; masked: string; envName: string; range: DocumentFindingSummary['range'] }[];
}

export interface DocumentFindingsResult {
  version: number;
  /** True when the document was too large to scan completely. */
  truncated: boolean;
  findings: DocumentFindingSummary[];
}

/** Client → server: the current findings of an open document, after any pending rescan (masked only). */
export const DOCUMENT_FINDINGS_METHOD = 'hush/documentFindings';

/** Settings section the client contributes (`hush.*`). */
export const SETTINGS_SECTION = 'hush';

// hush/scanText: the paste guard asks whether clipboard text holds secrets, so detection stays in one engine.

export interface ScanTextParams {
  /** The document the text is pasted into (its project config, `.env` and language apply). */
  uri: string;
  languageId: string;
  /** The clipboard text. */
  text: string;
  /** The document before the paste. With it the reply includes the planned paste edit. */
  documentText?: string;
  /** UTF-16 offsets in `documentText` of the selection the paste replaces (an empty one to insert). */
  insertStart?: number;
  insertEnd?: number;
}

export interface ScanTextFinding {
  /** UTF-16 offsets in the scanned text (with the document's line breaks when documentText was given). */
  start: number;
  /** The other parts of a multi-part credential in the scanned text; `sensitive` ones are masked like the value. */
  related?: { start: number; end: number; label: string; masked: string; envName: string; sensitive: boolean }[];
  end: number;
  ruleId: string;
  provider: string;
  description: string;
  severity: 'error' | 'warning' | 'info';
  /** Masked value: the raw secret never travels back. */
  masked: string;
  fingerprint: string;
  envName: string;
}

export interface ScanTextPlan {
  /** `reference`: the language reads the variable; `placeholder`: `${NAME}` (JSON, Markdown, plain text). */
  form: 'reference' | 'placeholder';
  /** The paste edit's title, e.g. `Paste as reference to .env (GITHUB_TOKEN)`. */
  title: string;
  /** What to insert at the paste location instead of the clipboard text. */
  insertText: string;
  names: string[];
  /** `.env`, `.gitignore`, `.env.example` and the pasted-into document's own edits (imports, the quotes around the paste). */
  additionalEdit: WorkspaceEdit;
}

/** Why a reply with findings has no plan. */
export type NoPlanReason = 'no-document' | 'no-folder' | 'env-file' | 'cannot-create-files' | 'store-not-writable' | 'store-needs-command';

export interface ScanTextResult {
  findings: ScanTextFinding[];
  plan?: ScanTextPlan;
  noPlanReason?: NoPlanReason;
  /**
   * For `store-not-writable`: which file and why, e.g. `.env cannot be written (the file is read-only)`. For
   * `store-needs-command`: the project's store (`pass`, `dotenvx`), written only by the Move fix's command.
   */
  noPlanDetail?: string;
}

/** Client → server: secrets in a text about to be pasted (masked), and the reference paste for it. */
export const SCAN_TEXT_METHOD = 'hush/scanText';

/** Larger clipboard texts are not scanned on paste (the document's diagnostics still cover them). */
export const MAX_SCAN_TEXT_CHARS = 2_000_000;

// hush/scanWorkspace: "Hush: Scan Workspace" runs in the server (one engine) over every workspace folder.

export interface ScanWorkspaceParams {
  /** VS Code's `files.exclude` globs whose value is true (the server cannot read another extension's settings). */
  filesExclude?: string[];
  /** LSP work-done progress token chosen by the client; without one the server creates its own progress. */
  workDoneToken?: string | number;
}

export type WorkspaceSkipReason = 'binary' | 'too-large' | 'unreadable' | 'error' | 'disabled';

export interface ScanWorkspaceResult {
  folders: number;
  files: number;
  bytes: number;
  findings: number;
  filesWithFindings: number;
  /** Provider name → findings. */
  findingsByProvider: Record<string, number>;
  durationMs: number;
  /** Files (or, for `disabled`, folders) not scanned, by reason. */
  skipped: Partial<Record<WorkspaceSkipReason, number>>;
  /** Files whose findings came from the content-hash cache (unchanged since the last scan). */
  cachedFiles: number;
  cancelled: boolean;
}

/** Client → server: scan every workspace folder, publish diagnostics for unopened files, return a summary. */
export const SCAN_WORKSPACE_METHOD = 'hush/scanWorkspace';

/** SARIF 2.1.0 log (masked values only) of the last workspace scan plus the open documents' findings. */
export type ExportSarifResult = { sarif: unknown } | { error: string };

/** Client → server: the findings as SARIF; the client writes the file where the user chose. */
export const EXPORT_SARIF_METHOD = 'hush/exportSarif';

// Incident tools for one finding of an open document, named by its fingerprint: the value stays in the server.

export interface FindingRefParams {
  uri: string;
  fingerprint: string;
}

export interface LiveResult {
  state: 'live' | 'rejected' | 'unknown';
  /** `LIVE — revoke now`, `rejected by the provider (checked …)`, `unknown (no network)`. */
  message: string;
  detail: string;
  checkedAt: string;
  /** The masked request: `GET https://api.github.com/rate_limit`. */
  endpoint: string;
}

/** What a live check would send, masked, for the confirmation; or why it cannot run. */
export type LivePlanResult = { provider: string; endpoint: string; carries: string; caveat?: string; cached?: LiveResult } | { error: string };

/** Client → server: the request a live check would send (nothing is sent). */
export const LIVE_PLAN_METHOD = 'hush/livePlan';

export interface LiveCheckParams extends FindingRefParams {
  /** Ask again even when a result younger than a day is known. */
  recheck?: boolean;
}

export type LiveCheckResult = LiveResult | { error: string };

/** Client → server, after the user confirmed the endpoint: send the check. Refused in an untrusted workspace or when off. */
export const LIVE_CHECK_METHOD = 'hush/liveCheck';

export type FindPlacesResult = { markdown: string; count: number } | { error: string };

/** Client → server: every place the value is used (workspace, other clones, histories), as Markdown, masked. */
export const FIND_PLACES_METHOD = 'hush/findPlaces';

export type IncidentReportResult = { json: string; markdown: string; fileStem: string } | { error: string };

/** Client → server: the incident report (JSON and Markdown, masked); the client writes the files. */
export const INCIDENT_REPORT_METHOD = 'hush/incidentReport';
