// Structured token bodies shared by provider rules: JWT claims and base64 JSON payloads, decoded to check
// who issued a token (a checked format needs no entropy threshold), and built from a generator for examples.
import type { ExampleGen } from '../types';
import { decodeBase64Text } from './credentialFiles';
import { standardBase64 } from '../validators/base64Segment';

export const b64urlText = (text: string) => btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** The JSON object a base64 or base64url segment encodes, or undefined. */
export function base64Json(segment: string): Record<string, unknown> | undefined {
  const text = decodeBase64Text(standardBase64(segment));
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A JWT's claims (its second segment), or undefined when it is not a JWT with a JSON header and payload. */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const [header, payload] = token.split('.');
  if (!header || !payload || typeof base64Json(header)?.alg !== 'string') return undefined;
  return base64Json(payload);
}

/** True when one of the JWT's `iss` / `aud` claims contains `host`. */
export function jwtNames(token: string, host: string): boolean {
  const claims = jwtClaims(token);
  if (!claims) return false;
  return [claims.iss, claims.aud].flat().some((v) => typeof v === 'string' && v.includes(host));
}

/** A signed JWT with the given claims and a random signature. */
export function jwtSample(g: ExampleGen, claims: Record<string, unknown>, alg = 'HS256'): string {
  return `${b64urlText(JSON.stringify({ alg, typ: 'JWT' }))}.${b64urlText(JSON.stringify(claims))}.${g.base64url(43)}`;
}

/** A signed JWT as a context rule's value (bounded segments; `jwtClaims` checks the JSON inside). */
export const JWT_VALUE = 'eyJ[A-Za-z0-9_-]{10,500}\\.eyJ[A-Za-z0-9_-]{10,3000}\\.[A-Za-z0-9_-]{20,1000}';
