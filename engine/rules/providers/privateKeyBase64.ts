// A PEM private key stored base64-encoded as one value (Kubernetes Secrets' `tls.key`, `PRIVATE_KEY_B64=…`, JSON
// config): `LS0tLS1CRUdJTi` is `-----BEGIN ` in base64, so the prefilter word is specific; the decoded text must be a
// private key's armour with a body as long as a real key's (the same floor as the plain PEM rule).
import type { ExampleGen, Rule } from '../../types';
import { PRIVATE_KEY_NOTE } from '../revocationNotes';
import { tooShortForKey } from '../privateKeys';

const ARMOUR = /^-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----/;

/** The value decoded (cut to whole base64 quads, so a value cut short still reads), when it is printable text. */
function decoded(value: string): string | undefined {
  const body = value.replace(/=+$/, '');
  try {
    const text = atob(body.slice(0, body.length - (body.length % 4)));
    return /^[\x20-\x7e\t\r\n]+$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

function pem(g: ExampleGen, kind: string, lines: number): string {
  const body = Array.from({ length: lines }, () => g.base64(64)).join('\n');
  return `-----BEGIN ${kind}-----\n${body}\n-----END ${kind}-----\n`;
}

export const privateKeyBase64Rules: Rule[] = [
  {
    id: 'private-key-base64',
    provider: 'Private key',
    family: 'private-key',
    // Below `context`: a kubeconfig's `client-key-data` keeps its own rule on the same span.
    priority: 'format',
    description: 'PEM private key, base64-encoded (Kubernetes Secret data, an environment variable)',
    keywords: ['ls0tls1crudjti'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{120,40000}={0,2})(?![A-Za-z0-9+/=])/,
    skipPlaceholderCheck: true,
    validate: (s) => {
      const text = decoded(s);
      return text !== undefined && ARMOUR.test(text) && !tooShortForKey(text.replace(/-----END [A-Z0-9 ]{0,60}-----\s*$/, ''));
    },
    envName: 'PRIVATE_KEY_B64',
    maskPrefix: /^LS0tLS1CRUdJTi/,
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7468',
    revocationUrl: null,
    revocationNote: PRIVATE_KEY_NOTE,
    examples: {
      positives: (g) => [
        `PRIVATE_KEY_B64=${g.s(btoa(pem(g, 'RSA PRIVATE KEY', 6)))}`,
        `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${btoa(pem(g, 'CERTIFICATE', 6))}\n  tls.key: ${g.s(btoa(pem(g, 'EC PRIVATE KEY', 3)))}\n`,
        `{"privateKey": "${g.s(btoa(pem(g, 'PRIVATE KEY', 5)))}"}`,
      ],
      negatives: (g) => [
        `  tls.crt: ${btoa(pem(g, 'CERTIFICATE', 6))}`, // a certificate is public
        `PUBLIC_KEY_B64=${btoa(pem(g, 'PUBLIC KEY', 6))}`,
        `PRIVATE_KEY_B64=${btoa('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n')}`, // elided body
        `PRIVATE_KEY_B64=${btoa(`-----BEGIN RSA PRIVATE KEY-----\n${g.base64(64)}\n-----END RSA PRIVATE KEY-----\n`)}`, // shorter than any RSA key
      ],
    },
  },
];
