// "Ignore this value everywhere": adds { fingerprint, reason } to the project config's ignore list, keeping
// the file's formatting. Only the fingerprint is written: the value never leaves the user's buffer.
import { applyEdits as applyJsonEdits, modify, parse, type ParseError } from 'jsonc-parser';

export interface IgnoreEntryPlan {
  /** The whole new config text (the caller replaces the file, or creates it). */
  newText: string;
  create: boolean;
}

/** Undefined when the current config is not a JSON object (it is reported as malformed instead). */
export function planIgnoreEntry(configText: string | undefined, fingerprint: string, reason: string): IgnoreEntryPlan | undefined {
  const entry = { fingerprint, reason };
  if (configText === undefined || configText.trim() === '') {
    return { newText: JSON.stringify({ ignore: [entry] }, null, 2) + '\n', create: configText === undefined };
  }
  const errors: ParseError[] = [];
  const current = parse(configText, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
  const ignore = (current as { ignore?: unknown }).ignore;
  if (ignore !== undefined && !Array.isArray(ignore)) return undefined;
  if (Array.isArray(ignore) && ignore.some((e) => (e as { fingerprint?: unknown })?.fingerprint === fingerprint)) return { newText: configText, create: false };
  const eol = configText.includes('\r\n') ? '\r\n' : '\n';
  const path = Array.isArray(ignore) ? ['ignore', ignore.length] : ['ignore'];
  const value = Array.isArray(ignore) ? entry : [entry];
  const edits = modify(configText, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return { newText: applyJsonEdits(configText, edits), create: false };
}
