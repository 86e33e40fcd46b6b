// What a validity result changes in a message and a severity (pure), the same in the CLI and the editor.
import type { Severity } from '../types';
import type { Validity } from './types';

/** `2026-12-01 21:55 UTC`. */
export function checkedAtText(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** `LIVE — revoke now`, `rejected by the provider (checked …)`, `unknown (no network)`. */
export function validityMessage(v: Validity): string {
  if (v.state === 'live') return 'LIVE — revoke now';
  if (v.state === 'rejected') return `rejected by the provider (checked ${checkedAtText(v.checkedAt)})`;
  return v.offline ? 'unknown (no network)' : `unknown (${v.detail})`;
}

/** A live key is an error; one the provider rejected is one step down but still listed; unknown changes nothing. */
export function severityWithValidity(base: Severity, v: Validity | undefined): Severity {
  if (!v) return base;
  if (v.state === 'live') return 'error';
  if (v.state === 'rejected') return base === 'error' ? 'warning' : 'info';
  return base;
}
