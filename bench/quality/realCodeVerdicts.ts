// Findings in real code (node_modules) checked by hand. Keyed by the value hash of the fingerprint (so a
// verdict survives the value moving to a more specific rule) and the path, never by the value. A finding judged a real credential is a true positive and is not counted as a
// false positive; every other finding is.

export interface Verdict {
  fingerprint: string;
  /** Part of the path of the file(s) the finding is in (the same package may be installed twice). */
  file: string;
  kind: 'true-positive' | 'false-positive';
  note: string;
}

export const REAL_CODE_VERDICTS: Verdict[] = [
  {
    fingerprint: 'generic-secret-assignment:426f8764ad4cb0f5',
    file: 'azure-devops-node-api/README.md',
    kind: 'true-positive',
    note:
      'A 52-character base32 value assigned to API_TOKEN in the package README: exactly the Azure DevOps personal ' +
      'access token format, published in a public package. Hush should report it (it is most likely revoked, but ' +
      'only the owner can tell).',
  },
  {
    fingerprint: 'onepassword-secret-key:4861b7d682dcbc5a',
    file: '@secretlint/secretlint-rule-preset-recommend/module/',
    kind: 'false-positive',
    note:
      "A 1Password account secret key inside a code comment that shows secretlint's own example of the token " +
      'format. Its shape is that of a real key, so nothing in the text tells it apart: counted as a false positive.',
  },
];
