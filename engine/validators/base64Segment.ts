// Token segments written in base64url (a JWT's parts, a bot token's id, a webhook's id): atob reads the standard
// alphabet only and wants the padding.

/** `segment` in the standard base64 alphabet, padded to a multiple of four characters. */
export function standardBase64(segment: string): string {
  return segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
}

/** base64 / base64url text to a binary string, or undefined when it is not valid base64. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return atob(standardBase64(segment));
  } catch {
    return undefined;
  }
}

/** The JSON a base64 / base64url segment encodes (a JWT's header or payload), or undefined when it holds none. */
export function segmentJson(segment: string): unknown {
  const text = decodeSegment(segment);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
