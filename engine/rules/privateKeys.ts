import type { Rule } from '../types';
import { PRIVATE_KEY_NOTE } from './revocationNotes';

/** A PEM-shaped private key body built at test time: 64-character lines of base64. */
function pemBody(g: { base64(n: number): string }, lines: number, eol: string): string {
  return Array.from({ length: lines }, () => g.base64(64)).join(eol);
}

/**
 * Fewer base64 characters than a key of each armour can hold, with room to spare (the smallest real keys: an OpenSSH
 * Ed25519 key ≈ 400, a 512-bit RSA key ≈ 430, a P-256 EC key 164, a PKCS#8 Ed25519 key 64). A shorter body is an elided example
 * (`dotenvx set KEY -- "-----BEGIN OPENSSH PRIVATE KEY-----⏎ b3BlbnNzaC1rZXktdjEAAAA…⏎ -----END …"`): one line where
 * the key's lines would be.
 */
const MIN_BODY: readonly [RegExp, number][] = [
  [/^-----BEGIN OPENSSH /, 200],
  [/^-----BEGIN RSA /, 200],
  [/^-----BEGIN (?:EC|DSA) /, 120],
];

export function tooShortForKey(block: string): boolean {
  const base64 = block
    .replace(/^-----BEGIN [A-Z0-9 ]{0,60}-----|-----END [A-Z0-9 ]{0,60}-----$/g, '')
    .replace(/\\[nr]/g, '\n')
    // Header lines inside the armour (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: …`, PGP's `Version:`) are not key material.
    .replace(/^[ \t]*[A-Za-z-]{2,30}:[^\n]*$/gm, '')
    .replace(/[^A-Za-z0-9+/=]/g, '');
  const min = MIN_BODY.find(([armour]) => armour.test(block))?.[1] ?? 60;
  return base64.length < min;
}

const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export const privateKeyRules: Rule[] = [
  {
    id: 'private-key',
    provider: 'Private key',
    family: 'private-key',
    priority: 'prefix',
    description: 'PEM private key (RSA, EC, DSA, PKCS#8, OpenSSH, PGP)',
    keywords: ['private key-----', 'private key block-----'],
    // The body excludes '-', so the bounded run cannot backtrack across the END line.
    pattern: /(?<secret>-----BEGIN (?<alg>(?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?<block> BLOCK)?-----[^-]{40,40000}-----END \k<alg>PRIVATE KEY\k<block>-----)/,
    skipPlaceholderCheck: true,
    validate: (s) => {
      const body = s.replace(/\\[nr]|[\s]/g, '');
      return /[A-Za-z0-9+/]{40}/.test(body) && !tooShortForKey(s);
    },
    envName: 'PRIVATE_KEY',
    maskPrefix: /^-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY( BLOCK)?-----/,
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7468',
    revocationUrl: null,
    revocationNote: PRIVATE_KEY_NOTE,
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
  {
    id: 'putty-private-key',
    provider: 'Private key',
    family: 'private-key',
    priority: 'prefix',
    description: 'PuTTY private key file (.ppk)',
    keywords: ['putty-user-key-file-'],
    // One header line per iteration of the bounded run: each `[^\r\n]{0,300}\r?\n` consumes exactly one line.
    pattern: /(?<secret>PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,60}\r?\n(?:[^\r\n]{0,300}\r?\n){0,200}?Private-Lines: [0-9]{1,3}\r?\n(?:[A-Za-z0-9+/=]{1,64}\r?\n){1,100}Private-MAC: [0-9a-f]{40,64})/,
    skipPlaceholderCheck: true,
    envName: 'PUTTY_PRIVATE_KEY',
    maskPrefix: /^PuTTY-User-Key-File-[23]: [a-z0-9@.-]{3,60}/,
    docsUrl: 'https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html',
    revocationUrl: null,
    revocationNote: 'Generate a new key pair with PuTTYgen and remove the old public key from every authorized_keys file and deploy-key list.',
    examples: {
      positives: (g) => [
        g.s(
          `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240101\nPublic-Lines: 2\n${g.base64(64)}\n${g.base64(20)}\nPrivate-Lines: 1\n${g.base64(48)}\nPrivate-MAC: ${g.hex(64)}`,
        ) + '\n',
        // A PuTTY 2 RSA key with Windows line ends.
        g.s(
          `PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: none\r\nComment: rsa-key-20200101\r\nPublic-Lines: 2\r\n${g.base64(64)}\r\n${g.base64(40)}\r\nPrivate-Lines: 3\r\n${g.base64(64)}\r\n${g.base64(64)}\r\n${g.base64(32)}\r\nPrivate-MAC: ${g.hex(40)}`,
        ) + '\r\n',
      ],
      negatives: (g) => [
        `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n${g.base64(64)}\n${g.base64(20)}\n`,
        `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n${g.base64(64)}\nPrivate-Lines: 1\n${g.base64(48)}\nPrivate-MAC: <mac>`,
      ],
    },
  },
  {
    id: 'ssh2-private-key',
    provider: 'Private key',
    family: 'private-key',
    priority: 'prefix',
    description: 'SSH2 (SECSH / ssh.com) private key',
    keywords: ['begin ssh2 encrypted private key'],
    // A lone `-` may appear in the Comment header; `----` only in the END line.
    pattern: /(?<secret>---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:[^-]|-(?!---)){40,40000}---- END SSH2 ENCRYPTED PRIVATE KEY ----)/,
    skipPlaceholderCheck: true,
    validate: (s) => /[A-Za-z0-9+/]{40}/.test(s.replace(/\\[nr]|\s/g, '')),
    envName: 'SSH_PRIVATE_KEY',
    maskPrefix: /^---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----/,
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc4716',
    revocationUrl: null,
    revocationNote: 'Generate a new key pair and remove the old public key from every authorized_keys file and deploy-key list.',
    examples: {
      positives: (g) => [
        g.s(`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key"\n${pemBody(g, 5, '\n')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`),
        `const key = \`${g.s(`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nSubject: deploy\nComment: "2048-bit rsa, deploy@build"\n${pemBody(g, 8, '\n')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`)}\`;`,
      ],
      negatives: (g) => [
        '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
        `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key"\n${pemBody(g, 3, '\n')}\n---- END SSH2 PUBLIC KEY ----`,
      ],
    },
  },
  {
    id: 'age-secret-key',
    provider: 'age',
    family: 'private-key',
    priority: 'prefix',
    description: 'age encryption secret key',
    keywords: ['age-secret-key-1'],
    pattern: /(?<![A-Za-z0-9])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
    minEntropy: 3,
    envName: 'AGE_SECRET_KEY',
    maskPrefix: /^AGE-SECRET-KEY-1/,
    docsUrl: 'https://github.com/C2SP/C2SP/blob/main/age.md',
    revocationUrl: null,
    revocationNote: 'age keys cannot be revoked: generate a new identity, re-encrypt every file for the new recipient and delete the old key (SOPS: rotate with `sops updatekeys`).',
    examples: {
      positives: (g) => [
        `# created: 2024-01-01\n# public key: age1${g.chars(BECH32, 58).toLowerCase()}\n${g.s(`AGE-SECRET-KEY-1${g.chars(BECH32, 58)}`)}\n`,
        `SOPS_AGE_KEY=${g.s(`AGE-SECRET-KEY-1${g.chars(BECH32, 58)}`)}`,
      ],
      negatives: (g) => [`AGE-SECRET-KEY-1${g.chars(BECH32, 20)}`, `AGE-SECRET-KEY-1${'Q'.repeat(58)}`],
    },
  },
  {
    id: 'wireguard-private-key',
    provider: 'WireGuard',
    family: 'private-key',
    priority: 'prefix',
    description: 'WireGuard interface private key',
    keywords: ['privatekey', '<privkey>'],
    // wg-quick's `PrivateKey =`, or an XML element of a firewall's saved config (OPNsense `<privkey>`, pfSense `<privatekey>`).
    pattern: /(?:(?<![A-Za-z0-9_])PrivateKey\s{0,4}=\s{0,4}|<priv(?:ate)?key>)(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    envName: 'WIREGUARD_PRIVATE_KEY',
    docsUrl: 'https://www.wireguard.com/quickstart/#key-generation',
    revocationUrl: null,
    revocationNote: 'Generate a new key pair (wg genkey) and replace the peer’s public key on every other peer.',
    examples: {
      positives: (g) => [
        `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${g.s(`${g.base64(42)}A=`)}\nDNS = 1.1.1.1\n`,
        `[Interface]\nPrivateKey=${g.s(`${g.base64(42)}w=`)}\nListenPort = 51820\n`,
        `<server>\n  <pubkey>${g.base64(42)}A=</pubkey>\n  <privkey>${g.s(`${g.base64(42)}Q=`)}</privkey>\n</server>`,
      ],
      negatives: (g) => [`[Peer]\nPublicKey = ${g.base64(42)}A=\n`, `PrivateKey = ${g.base64(20)}=`, `<privkey>${g.base64(60)}</privkey>`],
    },
  },
  {
    id: 'bip32-extended-private-key',
    provider: 'Cryptocurrency wallet',
    family: 'private-key',
    priority: 'prefix',
    description: 'BIP32 extended private key (xprv)',
    keywords: ['xprv'],
    pattern: /(?<![A-Za-z0-9])(?<secret>xprv[1-9A-HJ-NP-Za-km-z]{107,108})(?![A-Za-z0-9])/,
    minEntropy: 4,
    envName: 'WALLET_XPRV',
    maskPrefix: /^xprv/,
    docsUrl: 'https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki#serialization-format',
    revocationUrl: null,
    revocationNote: 'A leaked wallet key cannot be revoked: move every fund to a wallet with a new seed immediately.',
    examples: {
      positives: (g) => [`const root = "${g.s(`xprv${g.chars(BASE58, 107)}`)}";`, `WALLET_XPRV=${g.s(`xprv${g.chars(BASE58, 107)}`)}`],
      negatives: (g) => [`xpub${g.chars(BASE58, 107)}`, `xprv${g.chars(BASE58, 40)}`],
    },
  },
  {
    id: 'jwk-private-key',
    provider: 'Private key',
    family: 'private-key',
    priority: 'prefix',
    description: 'JSON Web Key private exponent / scalar ("d")',
    keywords: ['"kty"'],
    pattern: /"d"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9_-]{32,700})"/,
    minEntropy: 4,
    validate: (_s, ctx) => /"kty"\s{0,4}:/.test(ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.end + 2000)),
    envName: 'JWK_PRIVATE_KEY',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7518#section-6.2.2.1',
    revocationUrl: null,
    revocationNote: 'Remove the key from the JWKS / key store, publish a new key and invalidate tokens signed with the old key id (kid).',
    examples: {
      positives: (g) => [
        `{ "kty": "EC", "crv": "P-256", "x": "${g.base64url(43)}", "y": "${g.base64url(43)}", "d": "${g.s(g.base64url(43))}" }`,
        `{"keys":[{"kty":"OKP","crv":"Ed25519","kid":"signing-1","x":"${g.base64url(43)}","d":"${g.s(g.base64url(43))}"}]}`,
      ],
      negatives: (g) => [`{ "kty": "EC", "crv": "P-256", "x": "${g.base64url(43)}", "y": "${g.base64url(43)}" }`, `{ "d": "${g.base64url(43)}" }`],
    },
  },
];
