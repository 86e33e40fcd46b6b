import type * as Crypto from 'node:crypto';

// Loaded on first use: node:crypto adds ~10 ms to start-up, and a clean pre-commit scan never hashes.
let nodeCrypto: typeof Crypto | undefined;

/** Hex SHA-256 prefix of a value: stable across machines so ignore lists can be shared. */
export function valueHash(value: string): string {
  nodeCrypto ??= require('node:crypto') as typeof Crypto;
  return nodeCrypto.createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16);
}

/** SHA-256 of raw bytes (checksums inside a value, such as a BIP-39 phrase's), with the same lazy load. */
export function sha256Bytes(bytes: Uint8Array): Buffer {
  nodeCrypto ??= require('node:crypto') as typeof Crypto;
  return nodeCrypto.createHash('sha256').update(bytes).digest();
}

/** `rule-id:hash`. Identifies a secret without storing it. */
export function fingerprint(ruleId: string, value: string): string {
  return `${ruleId}:${valueHash(value)}`;
}
