import type { Rule } from '../types';

/** A PEM-shaped private key body built at test time: 64-character lines of base64. */
function pemBody(g: { base64(n: number): string }, lines: number, eol: string): string {
  return Array.from({ length: lines }, () => g.base64(64)).join(eol);
}

export const privateKeyRules: Rule[] = [
  {
    id: 'private-key',
    provider: 'Private key',
    family: 'private-key',
    description: 'PEM private key (RSA, EC, DSA, PKCS#8, OpenSSH, PGP)',
    keywords: ['private key-----', 'private key block-----'],
    // The body excludes '-', so the bounded run cannot backtrack across the END line.
    pattern: /(?<secret>-----BEGIN (?<alg>(?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?<block> BLOCK)?-----[^-]{40,40000}-----END \k<alg>PRIVATE KEY\k<block>-----)/,
    skipPlaceholderCheck: true,
    validate: (s) => /[A-Za-z0-9+/]{40}/.test(s.replace(/\\[nr]|[\s]/g, '')),
    envName: 'PRIVATE_KEY',
    maskPrefix: /^-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY( BLOCK)?-----/,
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7468',
    revocationUrl: null,
    revocationNote: 'Private keys have no central revocation page: replace the key pair, remove the public key from every authorized_keys / certificate / deploy-key list, and revoke any certificate issued for it with its CA.',
    examples: {
      positives: (g) => [
        g.s(`-----BEGIN RSA PRIVATE KEY-----\n${pemBody(g, 6, '\n')}\n-----END RSA PRIVATE KEY-----`),
        `const key = "${g.s(`-----BEGIN PRIVATE KEY-----\\n${pemBody(g, 4, '\\n')}\\n-----END PRIVATE KEY-----`)}";`,
        g.s(`-----BEGIN OPENSSH PRIVATE KEY-----\r\n${pemBody(g, 5, '\r\n')}\r\n-----END OPENSSH PRIVATE KEY-----`),
      ],
      negatives: (g) => [
        `-----BEGIN PUBLIC KEY-----\n${pemBody(g, 4, '\n')}\n-----END PUBLIC KEY-----`,
        '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
        `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(g, 3, '\n')}\n-----END EC PRIVATE KEY-----`,
      ],
    },
  },
];
