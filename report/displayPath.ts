// File names as a repository may hold them: any byte but `/` and NUL. In a terminal a name with an escape
// sequence or a carriage return could rewrite what is shown; in a SARIF URI `http:x.js` would be an absolute
// URI and `#` start a fragment. Each output gets the name in a form that cannot be misread.

/** Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what a terminal shows. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A path for text output: unsafe characters as `\uXXXX` escapes, everything else as it is. */
export function displayPath(path: string): string {
  return path.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A relative path as a URI reference (SARIF artifactLocation.uri): every segment percent-encoded. */
export function pathToUriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
