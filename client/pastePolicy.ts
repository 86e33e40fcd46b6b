// How the paste guard presents what the server planned: which paste edit is the default, when the plain
// paste lands and a warning follows, and that warning's text. No vscode import: unit-tested directly.
import type { ScanTextFinding, ScanTextResult } from '../protocol/messages';

/** `hush.paste.mode`: reference paste by default, offered after the plain one, or no paste guard at all. */
export type PasteMode = 'reference' | 'ask' | 'off';
export const PASTE_MODE_SETTING = 'paste.mode';
export const DEFAULT_PASTE_MODE: PasteMode = 'reference';

/** Paste edit kinds, outside `text.` so `editor.pasteAs.preferences: ["text"]` never picks them by prefix. */
export const REFERENCE_PASTE_KIND = 'hush.secretReference';
export const PLACEHOLDER_PASTE_KIND = 'hush.secretPlaceholder';

export function pasteModeOf(value: unknown): PasteMode {
  return value === 'ask' || value === 'off' || value === 'reference' ? value : DEFAULT_PASTE_MODE;
}

export interface PasteOffer {
  /** Return a paste edit at all. */
  offer: boolean;
  /** The edit yields to plain text: the raw text lands first and ours waits in the paste widget. */
  yieldToPlainText: boolean;
  /** The raw text will land by default: warn once it is in the document. */
  warnAfterPlainPaste: boolean;
}

const NOTHING: PasteOffer = { offer: false, yieldToPlainText: false, warnAfterPlainPaste: false };

export function pasteOffer(mode: PasteMode, result: ScanTextResult | undefined): PasteOffer {
  if (mode === 'off' || !result || result.findings.length === 0) return NOTHING;
  // No plan (untitled document, no folder for .env): the value lands as typed, the user must know.
  if (!result.plan) return { offer: false, yieldToPlainText: false, warnAfterPlainPaste: true };
  // JSON, Markdown, plain text: a `${NAME}` placeholder only works with a loader, so it is never the default.
  if (result.plan.form === 'placeholder') return { offer: true, yieldToPlainText: true, warnAfterPlainPaste: true };
  return { offer: true, yieldToPlainText: mode === 'ask', warnAfterPlainPaste: false };
}

function describe(f: ScanTextFinding): string {
  return `${f.description} (${f.masked})`;
}

/**
 * The notification after a secret landed as plain text. Masked values only; `blocked` says why no reference paste
 * was offered; `store` names the project's store when it is not `.env` (its Move runs the store's quick fix).
 */
export function pasteWarning(findings: readonly ScanTextFinding[], fileName: string, hasPlan: boolean, blocked?: string, store?: string): string {
  const what = findings.length === 1 ? `a ${describe(findings[0]!)}` : `${findings.length} secrets: ${findings.slice(0, 3).map(describe).join(', ')}${findings.length > 3 ? ', …' : ''}`;
  const why = hasPlan
    ? `${fileName} cannot read environment variables, so the value is now part of the file: it will be saved with it, and may be committed, synced or read by an AI assistant.`
    : `The value is now part of ${fileName}: it will be saved with it, and may be committed, synced or read by an AI assistant.`;
  if (blocked) return `Hush: you pasted ${what}. It was pasted as it is because ${blocked}. ${why} Make the file writable, then move it, or ignore it if it is not a real secret.`;
  if (store) return `Hush: you pasted ${what}. ${why} Move it to ${store} (the Move fix writes the store first), or ignore it if it is not a real secret.`;
  return `Hush: you pasted ${what}. ${why} Move it to the .env file, or ignore it if it is not a real secret.`;
}

/** The warning's Move button: it names the store the fix writes to. */
export function moveActionLabel(store?: string): string {
  return store ? `Move to ${store}` : MOVE_ACTION;
}

export const MOVE_ACTION = 'Move to .env';
export const IGNORE_ACTION = 'Ignore';

/** Code action titles the warning's buttons run (written by the server's quick fixes). */
export const MOVE_FIX_PREFIX = 'Move to ';
export const IGNORE_FIX_PREFIXES = ['Ignore this value everywhere', 'Ignore'];

/** The pasted text as the editor inserted it: compare without caring for line-break style. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}
