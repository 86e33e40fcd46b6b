// A store the planner cannot edit as text (an encrypted `.env`, a password store): it only chooses names,
// against what the store already holds, and an adapter in a layer that may do I/O writes the values
// (workspace/fix/storeWriters.ts). Same naming rules as the dotenv store: a value already stored keeps its
// name, a name holding another value is never overwritten.
import { allocateNames, normaliseStoredValue } from './allocateNames';
import type { SecretStore, SecretToStore, StorePutPlan } from './types';

export interface KeyedStoreOptions {
  id: string;
  label: string;
  /** name → value where the store can read it back (dotenvx decrypts), name → undefined where it cannot (pass). */
  existing: ReadonlyMap<string, string | undefined>;
  title?(names: readonly string[]): string;
  runNote?: string;
}

export function keyedStore(options: KeyedStoreOptions): SecretStore {
  return {
    id: options.id,
    label: options.label,
    title: options.title,
    runNote: options.runNote,
    planPut(entries: readonly SecretToStore[]): StorePutPlan {
      const byValue = new Map<string, string>();
      for (const [name, value] of options.existing) if (value !== undefined && value !== '' && !byValue.has(normaliseStoredValue(value))) byValue.set(normaliseStoredValue(value), name);
      const { names, reused } = allocateNames(entries, byValue, new Set(options.existing.keys()));
      return { names, reused, create: false, edits: [] };
    },
  };
}
