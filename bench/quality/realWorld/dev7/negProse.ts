// rw-dev7 look-alikes, prose: runbooks, tickets, chat and wiki pages that talk about passwords, tokens and keys
// (policies, rotations, key ids, example values, lorem ipsum, license headers) and, in places, contain one.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { arnKms, genPw, humanPw, lettersPw, passphrase, pv, sha256, tightPw, urlTok } from './negValues';

export const NEG_PROSE_DOCS: RealWorldDoc[] = [
  doc(
    'neg-rotation-runbook',
    ['precision', 'prose'],
    'docs/runbooks/rotate-db-password.md',
    (k) => `# Rotating the orders database password

1. Generate a new password: \`openssl rand -base64 ${k.n('24')}\` (the policy wants ${k.n('24')}+ characters).
2. Store it in Secrets Manager under \`${k.n('prod/orders/db')}\` (KMS key \`${k.n(arnKms(k.g))}\`).
3. Run \`ALTER ROLE orders PASSWORD '<new password>'\` on the primary.
4. Restart the pods; they read \`DB_PASSWORD\` from the secret \`${k.n('orders-db')}\`, key \`${k.n('password')}\`.
5. Check the audit log for \`password.changed\` with request id \`${k.n(k.g.uuid())}\`.

The password field must not contain \`'\` or \`\\\`. The previous rotation used secret version
\`${k.n(k.g.uuid())}\`. Token TTL for the migration job is \`${k.n('15m')}\`.

_Last done 2026-02-02 by Jon; new value handed over in person._
`,
  ),
  doc(
    'neg-incident-ticket',
    ['precision', 'prose'],
    'tickets/SEC-512.md',
    (k) => `**SEC-512: API key exposed in a public gist**

Reporter: security@ • Severity: high • Status: resolved

The key with id \`${k.n('ak_' + k.g.alnum(10))}\` (fingerprint \`${k.n(sha256(k.g).slice(0, 16))}\`) was pasted into a public gist
at 09:12 UTC. GitHub secret scanning alerted us (alert #${k.n('4411')}). It was revoked at 09:31;
the replacement key has id \`${k.n('ak_' + k.g.alnum(10))}\` and lives in Vault only.

Timeline, trace id for the first abusive request: \`${k.n(k.g.hex(32))}\`.

Comment from Ana: the gist also had the staging SMTP password \`${k.pw(humanPw(k.g).replace(/[`]/g, ''))}\` — rotating that now.
Comment from Jon: and the old Slack bot token \`${pv(k, 'slackBot', 'slack')}\`, revoked too.
`,
  ),
  doc(
    'neg-password-policy-wiki',
    ['precision', 'prose'],
    'wiki/security/password-policy.md',
    (k) => `# Password policy

- Minimum length: **${k.n('14')}** characters; maximum ${k.n('128')}.
- No composition rules; instead we block the ${k.n('100,000')} most common passwords and anything in
  known breaches (k-anonymity check against the first ${k.n('5')} hex characters of the SHA-1, e.g.
  \`${k.n(k.g.hex(5).toUpperCase())}\`).
- Passphrases are encouraged: *correct horse battery staple* is the classic example (don't use that one).
- Service account passwords are ${k.n('32')} random characters, stored in Vault, rotated every ${k.n('90')} days.
- Example of a good passphrase **format** (not a real one): \`${k.n('word-word-word-word')}\`.
- Example of a bad password: \`${k.n('Summer2024!')}\` — it meets every old rule and is still the first guess.

Hash storage: argon2id (m=${k.n('65536')}, t=${k.n('3')}, p=${k.n('4')}).
`,
  ),
  doc(
    'neg-slack-export',
    ['precision', 'prose'],
    'exports/slack-ops-2026-03-04.txt',
    (k) => `[09:01] ana: anyone know why the token refresh job is failing?
[09:02] jon: the refresh token TTL got set to 0 in the last deploy, PR #${k.n('2231')} fixes it
[09:04] mei: also the secret name changed from \`billing-api\` to \`${k.n('billing-api-v2')}\`
[09:05] ana: ok. what's the request id of a failing run? need it for the vendor
[09:05] jon: ${k.n(k.g.uuid())}
[09:07] mei: for the vendor sandbox the key is ${k.tok(k.g.alnum(32))} (sandbox only)
[09:08] ana: thanks. and the password for the shared grafana viewer?
[09:08] jon: ${k.pw(genPw(k.g).replace(/[`*_]/g, 'x'))}
[09:09] ana: 👍 changing my own password now, the policy nag says 3 days left
[09:10] mei: commit ${k.n(k.g.hex(7))} has the fix, digest sha256:${k.n(sha256(k.g))}
`,
  ),
  doc(
    'neg-lorem-license',
    ['precision', 'prose', 'code'],
    'src/vendor/legacy-auth.js',
    (k) => `/*!
 * legacy-auth v${k.n('1.4.2')}
 * Copyright (c) 2019 Example Ltd.
 * Licensed under the MIT License. Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute...
 * build: ${k.n(k.g.hex(40))}
 */
// Lorem ipsum dolor sit amet, token consectetur adipiscing elit, sed do eiusmod secret tempor incididunt
// ut labore et dolore magna aliqua password. Ut enim ad minim veniam.
var PLACEHOLDER_TEXT = "${k.n('Lorem ipsum dolor sit amet')}";
var PASSWORD_LABEL = "${k.n('Password')}";
var TOKEN_STORAGE = "${k.n('legacyAuthToken')}";
`,
  ),
  doc(
    'neg-onboarding-email',
    ['precision', 'prose'],
    'mail/welcome-contractor.eml',
    (k) => `From: it@example.org
To: r.alves@contractor.example
Subject: Your accounts

Hi Rafael,

Your accounts are ready:

- VPN: username ralves, temporary password ${k.pw(lettersPw(k.g))} (you must change it at first login;
  the new one needs ${k.n('14')}+ characters)
- Jira: sign in with SSO, no password needed
- Staging database (read-only): user \`ro_contractor\`, password \`${k.pw(tightPw(k.g))}\`

Your employee id is ${k.n('E-' + k.g.digits(6))}, your badge id ${k.n(k.g.hex(8).toUpperCase())}.
The VPN profile's CA fingerprint is ${k.n(sha256(k.g).toUpperCase().match(/../g)!.slice(0, 16).join(':'))}.

Message-ID: <${k.n(k.g.uuid())}@mail.example.org>
`,
  ),
  doc(
    'neg-architecture-doc',
    ['precision', 'prose'],
    'docs/architecture/secrets.md',
    (k) => `# How secrets flow

Applications never hold long-lived secrets. At start-up the Vault agent authenticates with the pod's service
account token (audience \`${k.n('vault')}\`), gets a Vault token with TTL \`${k.n('1h')}\`, and renders
\`/vault/secrets/db\` from \`${k.n('database/creds/app')}\`. The rendered file looks like:

${F}
username=${k.n('v-kubernetes-app-' + k.g.alnum(20))}
password=${k.n('<dynamic, 1h lease>')}
${F}

Transit encryption uses key \`${k.n('app-data')}\` version \`${k.n('7')}\`; ciphertexts look like
\`${k.n('vault:v7:' + k.g.base64(60))}\` and are safe to store in the database.

Break-glass: the root token is split with Shamir (3 of 5); unseal key shares are held by five people.
The recovery key ids are ${k.n(k.g.hex(8))}, ${k.n(k.g.hex(8))} and ${k.n(k.g.hex(8))}.
`,
  ),
  doc(
    'neg-github-issue',
    ['precision', 'prose'],
    'issues/1042.md',
    (k) => `### Login fails with "invalid_client" after upgrading to 3.2

I set \`client_id = "${k.n('my-app')}"\` and \`client_secret = "${k.n('xxxxxxxxxxxxxxxx')}"\` (redacted) in \`auth.toml\`.
The request id in the error page is \`${k.n(k.g.uuid())}\`. Debug log:

${F}
DEBUG token endpoint=https://auth.example.org/oauth/token auth_method=${k.n('client_secret_post')}
DEBUG response status=401 body={"error":"invalid_client","error_description":"Client authentication failed"}
DEBUG cache key=${k.n('oauth:' + k.g.hex(20))}
${F}

Edit: found it, my secret had a trailing newline. For anyone reproducing, this is the test tenant's app,
secret \`${k.tok(urlTok(k.g))}\` — I'll delete the app tomorrow.
`,
  ),
  doc(
    'neg-key-ceremony-notes',
    ['precision', 'prose'],
    'docs/security/signing-keys.md',
    (k) => `# Release signing keys

| key | id | created | status |
|---|---|---|---|
| cosign (keyless) | n/a — Fulcio cert, Rekor entry ${k.n(k.g.hex(64))} | 2026-01 | active |
| minisign | ${k.n(k.g.hex(16).toUpperCase())} | 2025-03 | active |
| GPG | ${k.n(k.g.hex(40).toUpperCase())} | 2023-05 | retired |
| Apple notarization | team ${k.n(k.g.upper(10))} | 2024-08 | active |

The minisign secret key is encrypted with a passphrase held by two maintainers. The notarization app-specific
password for the build Mac is \`${k.pw(k.g.lower(4) + '-' + k.g.lower(4) + '-' + k.g.lower(4) + '-' + k.g.lower(4))}\`.
The JetBrains Marketplace token for publishing is \`${k.tok('perm:' + k.g.base64(24) + '.' + k.g.alnum(23))}\`.
`,
  ),
  doc(
    'neg-faq-doc',
    ['precision', 'prose'],
    'docs/faq.md',
    (k) => `# FAQ

**Where is my API key?** Under Settings → API. We only show the prefix (\`${k.n('ak_live_')}\`) and the last four
characters (\`${k.n('…3f9c')}\`) after creation.

**What does a token look like?** Like \`${k.n('ak_live_0123456789abcdef0123456789abcdef')}\` — that one is an example
and does not work.

**I forgot my password.** Use *Forgot password?* on the login page. Reset links expire after ${k.n('60')} minutes.

**Can I use a passphrase?** Yes, anything from ${k.n('14')} to ${k.n('128')} characters.

**What is the tenant id in the URL?** Your organisation's id, e.g. \`${k.n(k.g.uuid())}\`; it is not a secret.
`,
  ),
  doc(
    'neg-chat-passphrase',
    ['precision', 'prose'],
    'exports/teams-chat-support.txt',
    (k) => `Keiko Tanaka 10:14
the recovery phrase for the shared 1Password vault is "${k.pw(passphrase(k.g))}" — please save it and delete this msg
Bruno Costa 10:15
done. btw the token in ticket 8812 is just the request id (${k.n(k.g.uuid())}), not a secret
Keiko Tanaka 10:16
right, and the "secret" field in that screenshot is the secret *name* (${k.n('support-portal/zendesk')})
Bruno Costa 10:18
zendesk api token for the macro script is ${k.tok(k.g.alnum(40))} fwiw
`,
  ),
  doc(
    'neg-tf-readme',
    ['precision', 'prose', 'config-syntax'],
    'modules/rds/README.md',
    (k) => `# rds module

| Name | Description | Type | Default | Required |
|------|-------------|------|---------|:--------:|
| password | Master password. Leave empty to let RDS manage it in Secrets Manager | \`string\` | \`${k.n('null')}\` | no |
| password_length | Length of the generated password | \`number\` | \`${k.n('32')}\` | no |
| kms_key_id | KMS key for the managed secret | \`string\` | \`${k.n('"alias/aws/secretsmanager"')}\` | no |
| secret_rotation_days | Rotation interval | \`number\` | \`${k.n('30')}\` | no |
| iam_auth | Use IAM auth tokens instead of passwords | \`bool\` | \`${k.n('true')}\` | no |

## Example

${F}hcl
module "rds" {
  source          = "./modules/rds"
  password        = var.db_password
  password_length = 40
}
${F}

(Local testing with docker-compose uses \`POSTGRES_PASSWORD=${k.pw(tightPw(k.g))}\`.)
`,
  ),
];
