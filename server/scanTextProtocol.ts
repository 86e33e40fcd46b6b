// `hush/scanText`: the paste guard asks the server whether clipboard text holds secrets, so detection stays
// in one engine. Plain names and types only (see protocol.ts); to be folded into protocol.ts.
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

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
export type NoPlanReason = 'no-document' | 'no-folder' | 'env-file' | 'cannot-create-files';

export interface ScanTextResult {
  findings: ScanTextFinding[];
  plan?: ScanTextPlan;
  noPlanReason?: NoPlanReason;
}

/** Client → server: secrets in a text about to be pasted (masked), and the reference paste for it. */
export const SCAN_TEXT_METHOD = 'hush/scanText';

/** Larger clipboard texts are not scanned on paste (the document's diagnostics still cover them). */
export const MAX_SCAN_TEXT_CHARS = 2_000_000;
