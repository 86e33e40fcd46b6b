import { createHash } from 'node:crypto';

/** Hex SHA-256 prefix of a value: stable across machines so ignore lists can be shared. */
export function valueHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16);
}

/** `rule-id:hash`. Identifies a secret without storing it. */
export function fingerprint(ruleId: string, value: string): string {
  return `${ruleId}:${valueHash(value)}`;
}
