// Structure checks for formats whose body decodes to something known: a Data Center personal access token is
// base64 of `<12-digit id>:<20 random bytes>`.
import { decodeSegment, segmentJson } from './base64Segment';

/** Jira / Confluence / Bitbucket Data Center tokens: base64 of a 12-digit token id, `:`, 20 random bytes. */
export function isDataCenterToken(base64: string): boolean {
  const raw = decodeSegment(base64);
  return raw !== undefined && raw.length === 33 && /^[0-9]{12}:/.test(raw) && !/^[0-9]{12}:[\x20-\x7e]{20}$/.test(raw);
}

/**
 * A JWT that opens nothing: a header and a payload without the signature (cut short, or an unsigned `alg: none`
 * token), or a token for the `anon` role (Supabase's anon key, PostgREST's anonymous role: public by design, shipped
 * in every browser bundle).
 */
export function isUnsignedOrAnonJwt(value: string): boolean {
  const parts = value.split('.');
  if (!/^eyJ/.test(value) || parts.length < 2 || parts.length > 3 || !/^eyJ/.test(parts[1]!)) return false;
  if (parts.length === 2 || parts[2] === '') return true;
  return (segmentJson(parts[1]!) as { role?: unknown } | null | undefined)?.role === 'anon';
}

/**
 * A JWT written for a test (`{"sub":"test"}` signed with the fixtures' key): a payload of a few claims with no time
 * claim and no issuer was made by hand. Tokens an issuer minted carry `iat`/`exp` (or `nbf`, `iss`), and a token copied
 * from a real system into a test keeps them. Asked only of values in test files.
 */
export function isHandMadeJwt(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3 || !/^eyJ/.test(parts[0]!) || !/^eyJ/.test(parts[1]!)) return false;
  const claims = segmentJson(parts[1]!);
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return false;
  return Object.keys(claims).length <= 4 && !['exp', 'iat', 'nbf', 'iss', 'auth_time'].some((c) => c in claims);
}
