// A store the planner cannot edit as text (an encrypted `.env`, a password store): it only chooses names,
// against what the store already holds, and an adapter in a layer that may do I/O writes the values
// (workspace/fix/storeWriters.ts). Same naming rules as the dotenv store: a value already stored keeps its
// name, a name holding another value is never overwritten.
import type { SecretStore, SecretToStore, StorePutPlan } from './types';

export interface KeyedStoreOptions {
  id: string;
  label: string;
  /** name → value where the store can read it back (dotenvx decrypts), name → undefined where it cannot (pass). */
  existing: ReadonlyMap<string, string | undefined>;
  title?(names: readonly string[]): string;
  runNote?: string;
}

const normalise = (v: string) => v.replace(/\r\n?/g, '\n');

export function keyedStore(options: KeyedStoreOptions): SecretStore {
  return {
    id: options.id,
    label: options.label,
    title: options.title,
    runNote: options.runNote,
    planPut(entries: readonly SecretToStore[]): StorePutPlan {
      const byValue = new Map<string, string>();
      for (const [name, value] of options.existing) if (value !== undefined && value !== '' && !byValue.has(normalise(value))) byValue.set(normalise(value), name);
      const taken = new Set(options.existing.keys());
      const names: string[] = [];
      const reused: boolean[] = [];
      for (const { preferredName, value } of entries) {
        const same = byValue.get(normalise(value));
        if (same !== undefined) {
          names.push(same);
          reused.push(true);
          continue;
        }
        let name = preferredName;
        for (let n = 2; taken.has(name); n++) name = `${preferredName}_${n}`;
        taken.add(name);
        byValue.set(normalise(value), name);
        names.push(name);
        reused.push(false);
      }
      return { names, reused, create: false, edits: [] };
    },
  };
}
