// The `.env` store: parses the current file (the caller reads it) and plans appends that keep every existing
// byte, reuse a name already holding the same value, and never overwrite a different value.
import { appendLines } from '../edits';
import { valueHash } from '../../fingerprint';
import { allocateNames, normaliseStoredValue } from './allocateNames';
import type { SecretStore, SecretToStore, StorePutPlan } from './types';

const LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;

/** name → value as dotenv loaders (node `dotenv`, python-dotenv, compose) read it (the last of repeated names wins). */
export function parseDotenv(text: string): Map<string, string> {
  return new Map(parseDotenvEntries(text));
}

/** Every `NAME=value` line in file order, repeated names included. */
export function parseDotenvEntries(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const src = text.replace(/\r\n?/g, '\n');
  let i = 0;
  while (i < src.length) {
    const nl = src.indexOf('\n', i);
    const lineEnd = nl < 0 ? src.length : nl;
    const m = LINE.exec(src.slice(i, lineEnd));
    if (!m) {
      i = lineEnd + 1;
      continue;
    }
    const name = m[1]!;
    const valueStart = i + m[0].length;
    const q = src[valueStart];
    if (q === '"' || q === "'" || q === '`') {
      // Quoted values may span lines; find the closing quote (a backslash escapes it in double quotes).
      let j = valueStart + 1;
      while (j < src.length && src[j] !== q) j += src[j] === '\\' && q === '"' ? 2 : 1;
      let value = src.slice(valueStart + 1, Math.min(j, src.length));
      if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\"/g, '"');
      out.push([name, value]);
      const after = src.indexOf('\n', j);
      i = after < 0 ? src.length : after + 1;
      continue;
    }
    // An inline comment starts at a blank followed by `#`; searching for that pair stays linear on long blank runs.
    const raw = src.slice(valueStart, lineEnd);
    const comment = raw.search(/[ \t]#/);
    out.push([name, (comment < 0 ? raw : raw.slice(0, comment)).trim()]);
    i = lineEnd + 1;
  }
  return out;
}

/** A `.env` line for the value, quoted only when it has to be. */
export function formatDotenvEntry(name: string, value: string): string {
  if (/^[A-Za-z0-9_\-./+:@,~%^=]*$/.test(value)) return `${name}=${value}`;
  if (/[\r\n]/.test(value) || (value.includes("'") && !value.includes('"'))) {
    // Double quotes: newlines become \n, which every dotenv loader turns back into a line break.
    return `${name}="${value.replace(/\r\n?/g, '\n').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  }
  // Single quotes: no escapes and no `$` expansion, so the value is stored exactly.
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}=\`${value}\``;
}

/**
 * `reserved`: name → value hash of entries promised to edits that are not in `currentText` yet (a fix being
 * applied while this one is planned). Their names are taken for other values; the same value keeps its
 * name and is still written, because this text does not hold it.
 */
export function dotenvStore(currentText: string | undefined, label = '.env', reserved: ReadonlyMap<string, string> = new Map()): SecretStore {
  return {
    id: 'dotenv',
    label,
    planPut(entries: readonly SecretToStore[]): StorePutPlan {
      const existing = parseDotenvEntries(currentText ?? '');
      // A name defined twice with different values means whatever the loader picks: never reuse it.
      const valuesOf = new Map<string, Set<string>>();
      for (const [name, value] of existing) valuesOf.set(name, (valuesOf.get(name) ?? new Set()).add(normaliseStoredValue(value)));
      const byValue = new Map<string, string>();
      for (const [name, value] of existing) {
        if (value !== '' && valuesOf.get(name)!.size === 1 && !byValue.has(normaliseStoredValue(value))) byValue.set(normaliseStoredValue(value), name);
      }
      const reservedByHash = new Map<string, string>();
      for (const [name, hash] of reserved) if (!valuesOf.has(name) && !reservedByHash.has(hash)) reservedByHash.set(hash, name);
      const taken = new Set([...valuesOf.keys(), ...reserved.keys()]);
      const { names, reused } = allocateNames(entries, byValue, taken, (value) => reservedByHash.get(valueHash(value)));
      const lines = entries.flatMap((e, i) => (reused[i] ? [] : [formatDotenvEntry(names[i]!, e.value)]));
      const edits = lines.length > 0 ? [appendLines(currentText, lines)] : [];
      return { names, reused, create: currentText === undefined && lines.length > 0, edits };
    },
  };
}

/** The hash a reservation keeps for a value (line breaks normalised, as the store compares them). */
export function reservationHash(value: string): string {
  return valueHash(normaliseStoredValue(value));
}

/** `.env.example` lists the names with empty values; returns the names it lacks as lines to append. */
export function missingExampleLines(exampleText: string, names: string[]): string[] {
  const present = parseDotenv(exampleText);
  return [...new Set(names)].filter((n) => !present.has(n)).map((n) => `${n}=`);
}
