// rw-dev7 look-alikes, crypto material that is not secret: public keys, certificates, JWKS, documented JWT
// examples, encrypted blobs (sealed secrets, Ansible Vault, age), password hashes, test vectors, fingerprints;
// beside private keys and tokens that are real.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { ansibleVault, argonHash, bcryptHash, certPem, demoJwt, fpSha256, gpgFpr, jwt, privKey, pubPem, sealed, sha256, sshEd, sshRsa, tok, tpw } from './negValues';

export const NEG_CRYPTO_DOCS: RealWorldDoc[] = [
  doc('neg-jwks-json', ['precision', 'config-syntax'], 'public/.well-known/jwks.json', (k) => {
    const g = k.g;
    const key = () => `    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "${k.n(g.base64url(43))}",
      "n": "${k.n(g.base64url(342))}",
      "e": "${k.n('AQAB')}",
      "x5t": "${k.n(g.base64url(27))}",
      "x5c": ["${k.n('MIIC' + g.base64(900))}"]
    }`;
    return `{\n  "keys": [\n${key()},\n${key()}\n  ]\n}\n`;
  }),
  doc(
    'neg-authorized-keys',
    ['precision', 'credential-file'],
    'ansible/files/authorized_keys',
    (k) =>
      [sshEd(k.g, 'ana@laptop'), sshRsa(k.g, 'deploy@ci'), sshEd(k.g, 'jon@workstation'), `no-port-forwarding,command="/usr/bin/rrsync /srv/backup" ${sshEd(k.g, 'backup@nas')}`].map((l) => k.n(l)).join('\n') +
      '\n',
  ),
  doc(
    'neg-known-hosts-and-fp',
    ['precision', 'credential-file', 'logs-and-output'],
    'docs/ssh-fingerprints.md',
    (k) => `# Host key fingerprints

Verify these before accepting a new host key:

| host | type | fingerprint |
|---|---|---|
| bastion.example.org | ED25519 | ${k.n(fpSha256(k.g))} |
| bastion.example.org | RSA | ${k.n(fpSha256(k.g))} |
| git.example.org | ED25519 | ${k.n(fpSha256(k.g))} |

${F}
$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 ${k.n(fpSha256(k.g))} ana@laptop (ED25519)
$ gpg --list-keys release@example.org
pub   ed25519 2025-01-10 [SC] [expires: 2027-01-10]
      ${k.n(gpgFpr(k.g))}
uid           [ultimate] Release Signing <release@example.org>
${F}
`,
  ),
  doc(
    'neg-pem-public-and-private',
    ['precision', 'credential-file'],
    'deploy/tls/README.md',
    (k) => `# TLS material for the webhook receiver

The public key we give partners to verify our signatures:

${F}
${k.n(pubPem(k.g))}
${F}

The server certificate (public):

${F}
${k.n(certPem(k.g))}
${F}

The staging signing key (staging only, rotated monthly; prod keys are in the HSM):

${F}
${privKey(k, 'ec')}
${F}
`,
  ),
  doc(
    'neg-jwt-docs',
    ['precision', 'prose', 'http-auth'],
    'docs/api/authentication.md',
    (k) => `# Authentication

Every request carries a bearer token:

${F}http
GET /v1/orders HTTP/1.1
Authorization: Bearer <access_token>
${F}

A decoded token looks like this (example from jwt.io, not a real token):

${F}
${k.n(demoJwt(k.g))}
${F}

Header \`{"alg":"HS256","typ":"JWT"}\`, payload \`{"sub":"1234567890","name":"Jane Example","admin":true}\`.
Tokens expire after ${k.n('3600')} seconds; refresh with \`POST /oauth/token\` and \`grant_type=refresh_token\`.
The \`kid\` header names the key in \`/.well-known/jwks.json\`, e.g. \`${k.n(k.g.base64url(43))}\`.

For the sandbox you can use this long-lived service token (sandbox only, read-only):

${F}
${k.http(jwt(k.g))}
${F}
`,
  ),
  doc(
    'neg-sealed-secret',
    ['precision', 'config-syntax'],
    'k8s/sealed/db-credentials.yaml',
    (k) => `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db-credentials
  namespace: orders
spec:
  encryptedData:
    password: ${k.n(sealed(k.g))}
    username: ${k.n(sealed(k.g))}
    api-token: ${k.n(sealed(k.g))}
  template:
    metadata:
      name: db-credentials
    type: Opaque
`,
  ),
  doc(
    'neg-ansible-vault-file',
    ['precision', 'config-syntax'],
    'group_vars/all/vault.yml',
    (k) => `${k.n(ansibleVault(k.g))}
`,
  ),
  doc('neg-seed-sql-hashes', ['precision', 'code'], 'db/seeds/001_users.sql', (k) => {
    const g = k.g;
    const users = ['admin', 'ana', 'jon', 'mei', 'support'];
    return `CREATE TABLE users (
  id UUID PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash VARCHAR(60) NOT NULL,
  password_changed_at TIMESTAMPTZ,
  api_key_hash CHAR(64),
  reset_token_hash CHAR(64)
);

INSERT INTO users (id, email, password_hash, api_key_hash) VALUES
${users.map((u) => `  ('${k.n(g.uuid())}', '${u}@example.org', '${k.n(g.pick([bcryptHash, argonHash])(g))}', '${k.n(sha256(g))}')`).join(',\n')};

-- the integration suite logs in as ci-runner; its plain password is kept here for the test harness
-- ci-runner / ${tpw(k)}
`;
  }),
  doc('neg-crypto-test-vectors', ['precision', 'code'], 'test/crypto/hmac_vectors_test.go', (k) => {
    const g = k.g;
    const rows = Array.from({ length: 5 }, () => `\t{key: "${k.n(g.hex(64))}", msg: "${k.n(g.hex(40))}", mac: "${k.n(g.hex(64))}"},`);
    return `package crypto

import "testing"

// Vectors generated with openssl dgst -sha256 -mac HMAC; keys are throwaway test inputs, not credentials.
var hmacVectors = []struct{ key, msg, mac string }{
${rows.join('\n')}
}

func TestHMAC(t *testing.T) {
\tfor _, v := range hmacVectors {
\t\tif got := hmacHex(v.key, v.msg); got != v.mac {
\t\t\tt.Fatalf("mac mismatch for key %s", v.key)
\t\t}
\t}
}
`;
  }),
  doc(
    'neg-htpasswd-and-shadow',
    ['precision', 'credential-file'],
    'ops/auth-files.md',
    (k) => `# Auth files on the old box

/etc/nginx/.htpasswd (hashes only, fine to keep in the repo):

${F}
grafana:${k.n(bcryptHash(k.g))}
metrics:${k.n('$apr1$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8) + '$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22))}
${F}

/etc/shadow line for the service user:

${F}
svc-deploy:${k.n('$6$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16) + '$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86))}:19800:0:99999:7:::
${F}

The metrics user's plain password (needed by the Prometheus scrape config) is \`${tpw(k)}\`.
`,
  ),
  doc(
    'neg-saml-metadata',
    ['precision', 'config-syntax'],
    'saml/idp-metadata.xml',
    (k) => `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.org/${k.n(k.g.uuid())}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>${k.n('MIIC8DCCAdigAwIBAgIQ' + k.g.base64(920))}</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/saml2"/>
  </md:IDPSSODescriptor>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>${k.n(k.g.base64(344))}</ds:SignatureValue><ds:DigestValue>${k.n(k.g.base64(43) + '=')}</ds:DigestValue></ds:Signature>
</md:EntityDescriptor>
`,
  ),
  doc('neg-gpg-armored-signature', ['precision', 'credential-file'], 'releases/v2.4.0/SHA256SUMS.asc', (k) => {
    const a = (l: string, b: string) => `${'-'.repeat(5)}BEGIN ${l}${'-'.repeat(5)}\n${b}\n${'-'.repeat(5)}END ${l}${'-'.repeat(5)}`;
    return `${k.n(a('PGP SIGNATURE', `\niQIzBAABCAAdFiEE${k.g.base64(60)}\n${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(64)}\n=${k.g.base64(4)}`))}\n`;
  }),
  doc(
    'neg-deploy-key-pair',
    ['precision', 'credential-file'],
    'ci/deploy-keys.md',
    (k) => `Deploy key for the docs repo. Public half goes to GitHub (Settings > Deploy keys):

    ${k.n(sshEd(k.g, 'docs-deploy'))}

Private half is the DOCS_DEPLOY_KEY secret in CI. Copy kept here until the CI migration is done:

${privKey(k, 'openssh')}

API token for the same bot: ${tok(k)}
`,
  ),
  doc(
    'neg-age-and-minisign',
    ['precision', 'credential-file'],
    'keys/recipients.txt',
    (k) => `# age recipients allowed to decrypt backups
${k.n('age1' + k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}  # ana
${k.n('age1' + k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}  # jon
${k.n(sshEd(k.g, 'mei'))}
# minisign public key for release verification
untrusted comment: minisign public key ${k.n(k.g.hex(16).toUpperCase())}
${k.n('RW' + k.g.base64(54))}
`,
  ),
];
