// A name made of words with a content digest at its end (`node-cache-Linux-x64-<sha256>`, `gradle-deps-<sha1>`):
// a CI cache key or a content-addressed artifact name, printed after `key:` in job logs. Two word segments at
// least before the digest: one word and hex (`key-<32 hex>`) is a provider's key format.

const DIGEST_NAMED = /^[A-Za-z][A-Za-z0-9_.]{0,30}(?:-[A-Za-z0-9_.]{1,30}){1,8}-[0-9a-f]{32,128}$/;

/** Whether the value is words joined by hyphens ending in a hex digest of 32 characters or more. */
export function isDigestNamed(value: string): boolean {
  if (!DIGEST_NAMED.test(value)) return false;
  const words = value.split('-').slice(0, -1);
  // The segments before the digest read as words or platform names (`Linux`, `x64`), not random runs.
  return words.length >= 2 && words.every((w) => /^[A-Za-z]{2,}[0-9]{0,3}$|^[a-z]{1,3}[0-9]{2,3}$|^v?[0-9]{1,3}(?:\.[0-9]{1,3}){0,2}$/.test(w));
}
