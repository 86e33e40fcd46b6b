// A literal given to a hex or base64 decoder under a secret's name is a key (engine/detect/keyedSyntax.ts unwraps the
// call); published test vectors (RFC, FIPS, NIST known-answer tests) are decoded the same way and are public by design.

/** The decoder call whose quoted argument the value is (`bytes.fromhex('`, `b64decode(b"`, `.DecodeString("`). */
const DECODER_BEFORE = /(?:fromhex|unhexlify|a2b_(?:hex|base64)|b(?:64|32)decode|DecodeString|From(?:Base64|Hex)String|Decoder\(\)\.decode)\([ \t]{0,2}b?["']$/;

/** Words that introduce a published test vector a few lines above the literal. */
const TEST_VECTOR_NEAR = /test[ _-]?vector|known[ -]answer|\bKAT\b|\bRFC[ -]?\d{3,4}|\bFIPS[ -]?\d{2,3}|\bNIST\b|\bSP[ -]?800-/i;

/** Comments above a key's bytes that name published data: RFC and NIST test vectors, known-answer tests, a spec's example. */
const PUBLISHED_BEFORE = /test[ \t-]?vectors?|\bRFC[ \t-]?\d{3,5}|\bNIST\b|known[ \t-]answer|\bKAT\b|example from|from the spec/i;

/** Do the 240 characters before `start` name published data (the rules for keys written as bytes or decoded literals)? */
export function publishedDataBefore(text: string, start: number): boolean {
  return PUBLISHED_BEFORE.test(text.slice(Math.max(0, start - 240), start));
}

/** Is the value at `start` a decoder's literal that is a published test vector (by its file's name or the lines above)? */
export function isDecodedTestVector(text: string, start: number, path: string | undefined): boolean {
  if (!DECODER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  return /test[_-]?vectors?|vectors?[_-]?test/i.test(path ?? '') || TEST_VECTOR_NEAR.test(text.slice(Math.max(0, start - 400), start));
}
