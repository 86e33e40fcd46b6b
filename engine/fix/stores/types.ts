// Where moved secrets go. The `.env` file is the default; other stores (1Password `op://`, `pass`, a cloud
// secret manager) implement the same interface so the planner and the editor never special-case them.
import type { OffsetEdit } from '../edits';

export interface SecretToStore {
  /** The name the caller would like (already an environment-variable name). */
  preferredName: string;
  /** The value as the program sees it at run time. */
  value: string;
}

export interface StorePutPlan {
  /** The name each entry ended up under (same order as the input). */
  names: string[];
  /** True where the same value was already stored under that name, so nothing is added for it. */
  reused: boolean[];
  /** Whether the store's file has to be created. */
  create: boolean;
  /** Edits to the store's current text (offsets into it). */
  edits: OffsetEdit[];
}

/** The stores a workspace can choose (`.hush.json` "store", setting `hush.store`, `hush fix --store`). */
export const STORE_IDS = ['dotenv', 'dotenvx', 'pass', 'gopass'] as const;
export type StoreId = (typeof STORE_IDS)[number];

export function isStoreId(v: unknown): v is StoreId {
  return typeof v === 'string' && (STORE_IDS as readonly string[]).includes(v);
}

export interface SecretStore {
  /** Stable id, e.g. `dotenv`. */
  readonly id: string;
  /** What the user sees in action titles, e.g. `.env`. */
  readonly label: string;
  /** The action title for the chosen names; default `Move to <label> as NAME`. */
  title?(names: readonly string[]): string;
  /** How the program gets the values at run time, added to the title (e.g. `run with dotenvx run -- …`). */
  readonly runNote?: string;
  /** Plans storing the values; pure, so it can be previewed, tested and undone as one edit. */
  planPut(entries: readonly SecretToStore[]): StorePutPlan;
}
