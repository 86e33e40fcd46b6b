// Masked forms shown in every output. Only a public format prefix and a short tail are revealed, and the
// tail shrinks with the value's length so a short password is never half shown.

const ELLIPSIS = '…';

export function maskSecret(secret: string, maskPrefix?: RegExp): string {
  const prefix = maskPrefix ? (maskPrefix.exec(secret)?.[0] ?? '') : '';
  // A key block (PEM, PuTTY) ends in a public armor line, so its tail says nothing: show the header only.
  if (isKeyBlock(secret)) return prefix + ELLIPSIS;
  const rest = secret.length - prefix.length;
  const tail = rest >= 20 ? 4 : rest >= 12 ? 2 : 0;
  // Never reveal more than a quarter of the variable part.
  const shown = Math.min(tail, Math.floor(rest / 4));
  return prefix + ELLIPSIS + (shown > 0 ? secret.slice(-shown) : '');
}

function isKeyBlock(secret: string): boolean {
  return /^(?:-----BEGIN |---- BEGIN |PuTTY-User-Key-File-)/.test(secret) || /[\r\n]|\\n/.test(secret);
}
