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

export interface SecretStore {
  /** Stable id, e.g. `dotenv`. */
  readonly id: string;
  /** What the user sees in action titles, e.g. `.env`. */
  readonly label: string;
  /** Plans storing the values; pure, so it can be previewed, tested and undone as one edit. */
  planPut(entries: readonly SecretToStore[]): StorePutPlan;
}
