// Custom LSP messages, declared once and imported by both the server and the VS Code client. Every method
// is prefixed `hush/` so it can never clash with the protocol or another extension. Plain names and types
// only: the server and the client each depend on their own vscode-jsonrpc version, so each side wraps
// these in its own NotificationType / RequestType (see `server/messages.ts`).

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
