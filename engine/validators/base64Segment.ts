// Token segments written in base64url (a JWT's parts, a bot token's id, a webhook's id): atob reads the standard
// alphabet only and wants the padding.

/** `segment` in the standard base64 alphabet, padded to a multiple of four characters. */
export function standardBase64(segment: string): string {
  return segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
}
