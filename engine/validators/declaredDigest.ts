// Values their own markup declares stored digests. Apache Guacamole's user-mapping.xml writes
// `<authorize username="u" password="<md5 hex>" encoding="md5">` (also `sha256`); HiveMQ's file RBAC extension keeps
// hashed passwords in `<password>` as `base64 salt:base64 hash`. Both are verifiers, not the password (rw-dev20).

const DECLARED_AFTER = /^["'][ \t]{1,8}encoding=["'](?:md5|sha(?:-?(?:1|256|512))?)["']/i;
const SALT_COLON_HASH = /^[A-Za-z0-9+/]{16,44}={0,2}:[A-Za-z0-9+/]{40,88}={0,2}$/;

/** Whether the attribute value ending at `end` is followed by an `encoding="md5"`-style attribute of its element. */
export function digestDeclaredAfter(text: string, end: number): boolean {
  const c = text.charAt(end);
  return (c === '"' || c === "'") && DECLARED_AFTER.test(text.slice(end, end + 40));
}

/**
 * Whether the value is a whole `<password>` element's text made of a base64 salt, a colon and a base64 hash. Only there:
 * elsewhere a colon-joined pair (`KEY:SECRET` of an API's basic auth) is a credential.
 */
export function saltedHashElement(value: string, text: string, start: number): boolean {
  return SALT_COLON_HASH.test(value) && text.slice(Math.max(0, start - 10), start) === '<password>' && text.startsWith('</password>', start + value.length);
}

/** `<DbPassword>…</DbPassword>` then `<DbPasswordEncrypted>Y</DbPasswordEncrypted>` (Murex dbsource.mxres): ciphertext. */
const ENCRYPTED_FLAG_AFTER = /^<\/([A-Za-z][\w.-]{0,40})>[ \t]{0,8}\r?\n?[ \t]{0,40}<\1(?:Is)?Encrypted>[ \t]{0,2}(?:Y|Yes|true|1)[ \t]{0,2}<\//i;

/** Whether the element whose text ends at `end` is followed by a sibling flag saying that text is encrypted. */
export function encryptedFlagAfter(text: string, end: number): boolean {
  return text.startsWith('</', end) && ENCRYPTED_FLAG_AFTER.test(text.slice(end, end + 140));
}
