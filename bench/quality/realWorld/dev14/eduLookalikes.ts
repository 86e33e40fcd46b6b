// Hard negatives of the classroom: security-course assignments full of hashes and example keys, textbook
// examples, starter code with TODOs, grade exports with ids, crypto homework test vectors.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_LOOKALIKE_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-security-course-hash-cracking',
    ['prose', 'precision'],
    'sec-course/lab2-password-cracking.md',
    (k) => `# Lab 2 — Password cracking with hashcat

Crack the following hashes (they are from a made-up leak). Report the plaintexts in your write-up.

\`\`\`
admin:${k.n(V.md5(k.g))}
alice:${k.n(V.md5(k.g))}
bob:${k.n(`$6$${k.g.alnum(8)}$${k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 86)}`)}
carol:${k.n(V.bcrypt(k.g))}
\`\`\`

\`\`\`
hashcat -m 0 -a 0 hashes.txt rockyou.txt
hashcat -m 1800 -a 0 shadow.txt rockyou.txt --force
\`\`\`

Hint: the first one is \`${k.n('password1')}\`. NTLM of the empty string is \`${k.n('31d6cfe0d16ae931b73c59d7e0c089c0')}\`.
`,
  ),

  eduDoc(
    'edu-crypto-homework-test-vectors',
    ['code', 'precision'],
    'crypto-hw1/test_aes.py',
    (k) => `import unittest
from aes import encrypt_block

# FIPS-197 Appendix C.1 test vector
KEY = bytes.fromhex("${k.n('000102030405060708090a0b0c0d0e0f')}")
PLAINTEXT = bytes.fromhex("${k.n('00112233445566778899aabbccddeeff')}")
EXPECTED = "${k.n('69c4e0d86a7b0430d8cdb78070b4c55a')}"

# HMAC test from RFC 4231 (key = 0x0b * 20)
HMAC_KEY = b"\\x0b" * 20
HMAC_EXPECTED = "${k.n('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7')}"


class TestAES(unittest.TestCase):
    def test_fips197(self):
        self.assertEqual(encrypt_block(KEY, PLAINTEXT).hex(), EXPECTED)


if __name__ == "__main__":
    unittest.main()
`,
  ),

  eduDoc(
    'edu-starter-code-todos',
    ['code', 'precision'],
    'starter/config.js',
    (k) => `// Starter code for Assignment 5. Fill in the TODOs.
module.exports = {
  // TODO: your MongoDB Atlas connection string
  mongoUri: '${k.n('mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/myFirstDatabase')}',
  // TODO: your key from https://newsapi.org
  newsApiKey: '${k.ph()}',
  sessionSecret: process.env.SESSION_SECRET || '${k.n('keyboard cat')}',
  // the grader replaces this
  graderToken: '${k.n('{{GRADER_TOKEN}}')}',
  port: 3000,
};
`,
  ),

  eduDoc(
    'edu-textbook-jwt-example',
    ['prose', 'precision', 'http-auth'],
    'notes/week9-auth.md',
    (k) => `# Week 9 — Authentication with JWT

A JWT has three parts: header, payload and signature. The example from jwt.io:

\`\`\`
${k.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}
\`\`\`

The secret used to sign it is \`${k.n('your-256-bit-secret')}\`. Never use such a secret in your project!

The header looks like \`Authorization: Bearer ${k.n('<token>')}\`.

In the exam you may be asked to decode a token by hand; base64url decode the middle part.
`,
  ),

  eduDoc('edu-grades-export-ids', ['config-syntax', 'precision'], 'grades/cs101-midterm.csv', (k) => {
    const rows = Array.from({ length: 8 }, () => `${k.n(V.studentId(k.g))},${V.name(k.g)},${k.n(k.g.uuid())},${k.g.digits(2)},${k.n(V.sha256(k.g).slice(0, 12))}`);
    return `sis_id,name,canvas_user_uuid,score,submission_hash\n${rows.join('\n')}\n`;
  }),

  eduDoc(
    'edu-auth-assignment-bcrypt-seed',
    ['code', 'precision'],
    'seed/users.sql',
    (k) => `-- Auth assignment seed. Passwords are bcrypt(12). Plaintexts are in the handout for testing only.
INSERT INTO users (email, password_hash, role) VALUES
  ('admin@example.com', '${k.n(V.bcrypt(k.g))}', 'admin'),
  ('ta@example.com',    '${k.n(V.bcrypt(k.g))}', 'ta'),
  ('s1@example.com',    '${k.n(V.bcrypt(k.g))}', 'student'),
  ('s2@example.com',    '${k.n(`$argon2id$v=19$m=65536,t=3,p=4$${k.g.base64(22)}$${k.g.base64(43)}`)}', 'student');
`,
  ),

  eduDoc(
    'edu-aws-textbook-example',
    ['prose', 'precision', 'command-line'],
    'notes/cloud-computing-week3.md',
    (k) => `# Cloud Computing — Week 3: IAM and the CLI

Configure the CLI with \`aws configure\`:

\`\`\`
AWS Access Key ID [None]: ${k.n('AKIAIOSFODNN7EXAMPLE')}
AWS Secret Access Key [None]: ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
Default region name [None]: us-east-1
Default output format [None]: json
\`\`\`

(These are the example keys from the AWS documentation.) With AWS Academy, copy the three values from
*AWS Details* into \`~/.aws/credentials\`; the session token looks like \`${k.n('IQoJb3JpZ2luX2VjE...')}\` and expires after 4 hours.

Your account id (\`${k.n(k.g.digits(12))}\`) is not a secret.
`,
  ),

  eduDoc(
    'edu-i18n-login-strings',
    ['code', 'precision'],
    'src/locales/es.json',
    (k) => `{
  "login.title": "Iniciar sesión",
  "login.email": "Correo institucional",
  "login.password": "${k.n('Contraseña')}",
  "login.forgot": "¿Olvidaste tu contraseña?",
  "login.error": "${k.n('Usuario o contraseña incorrectos')}",
  "register.passwordHint": "${k.n('Mínimo 8 caracteres, una mayúscula y un número')}",
  "settings.apiKey": "${k.n('Clave de API')}",
  "settings.token": "${k.n('Token de acceso')}"
}
`,
  ),

  eduDoc(
    'edu-lockfile-and-integrity',
    ['config-syntax', 'precision'],
    'package-lock.json',
    (k) => `{
  "name": "cs-bootcamp-week6",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/bcryptjs": {
      "version": "2.4.3",
      "resolved": "https://registry.npmjs.org/bcryptjs/-/bcryptjs-2.4.3.tgz",
      "integrity": "${k.n('sha512-' + k.g.base64(86) + '==')}"
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "${k.n('sha512-' + k.g.base64(86) + '==')}"
    }
  }
}
`,
  ),

  eduDoc(
    'edu-ssh-public-keys-handout',
    ['prose', 'precision', 'command-line'],
    'labs/lab00-ssh-keys.md',
    (k) => `# Lab 0 — SSH keys for GitHub Classroom

Generate a key:

\`\`\`
ssh-keygen -t ed25519 -C "${V.name(k.g)}@student.example.edu"
\`\`\`

Copy the **public** key (the \`.pub\` file) to GitHub:

\`\`\`
${k.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43))} ${V.name(k.g)}@student.example.edu
\`\`\`

Fingerprint shown by \`ssh-keygen -lf\`: \`${k.n('SHA256:' + k.g.base64(43))}\`

Never paste the private key (\`id_ed25519\` without \`.pub\`) anywhere, not even to the TAs.
`,
  ),

  eduDoc(
    'edu-kattis-judge-config',
    ['config-syntax', 'precision'],
    'contest/.kattisrc',
    (k) => `[user]
username: ${V.name(k.g)}-${k.g.digits(2)}
token: ${k.hex(64)}

[kattis]
hostname: open.kattis.com
loginurl: https://open.kattis.com/login
submissionurl: https://open.kattis.com/submit
submissionsurl: https://open.kattis.com/submissions
`,
  ),

  eduDoc(
    'edu-course-website-config',
    ['config-syntax', 'precision'],
    '_config.yml',
    (k) => `# Course website (Jekyll, GitHub Pages)
title: "CS 2110: Object-Oriented Programming"
term: Fall 2025
baseurl: /cs2110
google_analytics: ${k.n('G-' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}
algolia:
  application_id: ${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}
  search_only_api_key: ${k.n(k.g.hex(32))}
  admin_api_key: ${k.hex(32)} # for the indexing script, TODO move out
  index_name: cs2110
staff:
  - name: Prof. ${V.name(k.g)}
    office: Gates 412
  - name: ${V.name(k.g)} (TA)
    office_hours: "Wed 3-5pm"
`,
  ),
];
