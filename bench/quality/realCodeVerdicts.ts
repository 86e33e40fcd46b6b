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
    fingerprint: 'cli-codecov-upload-token:cf3c7e135e0aabfc',
    file: 'aws-sdk/buildspec.yml',
    kind: 'true-positive',
    note:
      "A UUID given to the Codecov uploader as `-t` in the package repository's CodeBuild post_build step: the " +
      'Codecov upload token format, committed to a public repository (tok10). Hush should report it; only the ' +
      'owner can tell whether it was rotated.',
  },
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
  {
    fingerprint: 'generic-secret-assignment:f6556a4297425e61',
    file: '@dotenvx/dotenvx/',
    kind: 'false-positive',
    note:
      "dotenvx's documented example privateKey, in the README's parse() example and the JSDoc @example of " +
      'main.d.ts (the same value): random by construction, only the surrounding docs say it is an example.',
  },
  {
    fingerprint: 'private-key:f1468ed1456b5b45',
    file: '@dotenvx/dotenvx/src/cli/help.js',
    kind: 'false-positive',
    note: 'An OpenSSH private key block in the "Examples:" of dotenvx set --help (how to pass a value starting with dashes).',
  },
  {
    fingerprint: 'generic-secret-assignment:0735b3cf5a2dbcbf',
    file: '@secretlint/secretlint-rule-preset-recommend/module/',
    kind: 'false-positive',
    note:
      'The `salt` of the same example 1Password service-account token in that code comment ("It will be like ' +
      'ops_{…}"): random by construction, so only the comment says it is an example. Counted as a false positive.',
  },
  {
    fingerprint: 'generic-secret-assignment:1d23b6b67fde9263',
    file: 'aws-sdk/apis/cognito-idp-2016-04-18.examples.json',
    kind: 'false-positive',
    note: "An example ClientSecret in the AWS SDK's API examples: random-looking, nothing marks it as an example.",
  },
  {
    fingerprint: 'generic-secret-assignment:16529b293d4d3f1a',
    file: 'aws-sdk/apis/kms-2014-11-01.examples.json',
    kind: 'false-positive',
    note: "An example SharedSecret in the AWS SDK's KMS examples: random-looking, nothing marks it as an example.",
  },
  {
    fingerprint: 'jwt:45a87856c0d470a0',
    file: 'aws-sdk/apis/sso-oidc-2019-06-10.examples.json',
    kind: 'false-positive',
    note: 'Example ID tokens and assertions (signed JWTs) in AWS SSO-OIDC API examples (4 findings, 3 values); the jwt rule cannot tell a documented JWT from a real one.',
  },
  {
    fingerprint: 'azure-sas-token:577cfe66bf6c95dd',
    file: 'aws-sdk/clients/datasync.d.ts',
    kind: 'false-positive',
    note: 'An example SAS URI in a documentation comment of the AWS DataSync client.',
  },
  {
    fingerprint: 'basic-auth-url:6c819cdd239adab3',
    file: 'url/test.js',
    kind: 'false-positive',
    note: 'URL parser tests with dummy credentials (`diff:auth`, `asdf:qwer`, percent-escaped `@` and `/`): 5 findings, 3 values. Reported to the rules owner (short / escape-only passwords).',
  },
];
