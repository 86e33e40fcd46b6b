// Some providers issue plain JWTs and are recognised only by their claims (n8n `iss`, Pinata `userInformation`,
// 1Password Connect `aud`): these read a JWT's header or claims, and build example tokens for rule tests.
import type { ExampleGen } from '../../types';
import { decodeBase64Text } from '../credentialFiles';

/** The parsed JSON object of a JWT's header (0) or claims (1); undefined when it is not one. */
export function jwtPart(token: string, index: 0 | 1): Record<string, unknown> | undefined {
  const part = token.split('.')[index];
  if (!part) return undefined;
  const text = decodeBase64Text(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** base64url of a JSON value, without padding. */
export const base64UrlJson = (value: unknown): string => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** A JWT with the given header and claims and a random signature, for rule examples. */
export const exampleJwt = (g: ExampleGen, header: object, claims: object): string => `${base64UrlJson(header)}.${base64UrlJson(claims)}.${g.base64url(43)}`;
