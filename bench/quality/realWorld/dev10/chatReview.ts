// rw-dev10 chat part: CI job comments and pull/merge request review threads: bots posting preview credentials,
// reviewers quoting a diff line with a value, authors answering with the real one.
import { F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_REVIEW_DOCS: RealWorldDoc[] = [
  cdoc(
    'chat-pr-bot-preview-env',
    ['prose'],
    'exports/github/pulls/1203-comments.md',
    (c) => `**preview-bot** commented:

🚀 Preview environment ready for ${c.sha(true)}

| | |
|---|---|
| URL | https://pr-1203.preview.example.dev |
| Admin user | \`preview-admin\` |
| Admin password | \`${c.gpw(16)}\` |
| Seeded API token | \`${c.tok()}\` |
| Expires | in 72h |

**octo-dev** commented:
thanks bot. @qa can you check the checkout flow, card ${c.n('4242 4242 4242 4242')} works in test mode
`,
  ),
  cdoc(
    'chat-gitlab-mr-discussion',
    ['prose'],
    'exports/gitlab/merge_requests/488-discussions.md',
    (c) => `**Wojciech Zieliński** started a thread on \`helm/values-staging.yaml\`:

${F}diff
-  password: ${c.n('{{ .Values.global.dbPassword }}')}
+  password: ${c.pw()}
${F}

Please revert, this hardcodes the staging password.

**Ewa Dąbrowska** replied:
Oops, I was debugging. Reverted in ${c.sha(true)}. The value is rotated anyway, the new one is ${c.hpw()} — sent to Marek on Signal too.

**Wojciech Zieliński** replied:
😑 you just did it again. Resolving after rotation ${c.tkt()}.
`,
  ),
  cdoc(
    'chat-ci-job-comment-deploy',
    ['prose', 'logs-and-output'],
    'exports/gitlab/pipelines/99812-notes.md',
    (c) => `**deploy-bot** commented on pipeline #${c.n(c.k.g.digits(6))}:

Deployed \`${c.ver()}\` to **review/feature-login**.
- URL: https://feature-login.review.example.net
- basic auth: \`review:${c.pw()}\`
- smoke test token: \`${c.tok()}\`

Job log: https://gitlab.example.net/web/app/-/jobs/${c.n(c.k.g.digits(8))}

**Lisa Hoffmann** commented:
basic auth doesn't work for me

**Deniz Arslan** commented:
the bot prints the old one, the reviewer password was changed to ${c.hpw()} this morning
`,
  ),
  cdoc(
    'chat-github-actions-summary',
    ['prose', 'logs-and-output'],
    'exports/github/actions/run-summary.md',
    (c) => `## Integration test summary

✅ 142 passed ❌ 3 failed

### Failed
- \`auth.spec.ts › login with service account\` — 401 from \`/oauth/token\` (client secret used: \`${c.tok()}\`)
- \`billing.spec.ts › refund\` — timeout after 30000ms, request id ${c.rid()}
- \`search.spec.ts › reindex\` — ES returned \`security_exception\` for user \`elastic\` with password \`${c.pw()}\`

Run: ${c.n(c.k.g.digits(10))} · commit ${c.sha()} · runner ${c.n('ubuntu-24.04')}
`,
  ),
  cdoc(
    'chat-pr-review-secrets-in-test',
    ['prose'],
    'exports/github/pulls/77-review.md',
    (c) => `**@h-tanaka** reviewed:

\`src/integrations/crm.ts\`
> \`\`\`ts
> const client = new CrmClient({ apiKey: '${c.tok()}' });
> \`\`\`
this key is the real production one, please use \`process.env.CRM_API_KEY\` (${c.n('process.env.CRM_API_KEY')})

\`test/fixtures/users.json\`
> \`\`\`json
> { "email": "alice@example.com", "password": "${c.u('hunter2')}" }
> \`\`\`
fine, fixture

**@lgarcia** replied:
fixed. fwiw the old key was already rotated yesterday, the one now in the env is ${c.tok()}
`,
  ),
  cdoc(
    'chat-bitbucket-pr-comment',
    ['prose'],
    'exports/bitbucket/pr-314-activity.txt',
    (c) => `Pull request #314: Add SFTP export
Activity:

Marek Horváth commented:
  Where do I get the SFTP password for local testing?

Zsófia Kiss commented:
  use the docker compose one, it's in docker-compose.override.yml: SFTP_PASSWORD=${c.pw()}

Marek Horváth commented:
  and for the partner test server?

Zsófia Kiss commented:
  partner test: user "exp_test", pw ${c.gpw()} (they rotate monthly, last ${c.n('2026-10-31')})

Marek Horváth approved the pull request.
Build ${c.n('#' + c.k.g.digits(4))} passed on ${c.sha(true)}.
`,
  ),
  cdoc(
    'chat-gerrit-review',
    ['prose'],
    'exports/gerrit/change-55123.txt',
    (c) => `Change ${c.n('I' + c.k.g.hex(40))}
Subject: Add metrics push to the build farm

Patch Set 3:

(2 comments)

File tools/push_metrics.py:
Line 12: PUSH_TOKEN = "${c.tok()}"
> Reviewer: do not commit the token, read it from the keyring.

Line 30: auth=("metrics", "${c.pw()}")
> Reviewer: same here.

Patch Set 4: Code-Review+2
`,
  ),
  cdoc(
    'chat-renovate-dependabot-negatives',
    ['precision'],
    'exports/github/pulls/1400-body.md',
    (c) => `Bumps [jsonwebtoken](https://github.com/auth0/node-jsonwebtoken) from ${c.ver()} to ${c.ver()}.

<details>
<summary>Commits</summary>

- ${c.sha()} chore: release
- ${c.sha()} fix: validate algorithm option
- ${c.sha()} docs: replace example secret \`${c.n('shhhhh')}\` with ${c.ph()}

</details>

Dependabot will resolve any conflicts with this PR. Compatibility score: ${c.n('96%')}.
Lockfile integrity: ${c.n('sha512-' + c.k.g.base64(86) + '==')}
`,
  ),
  cdoc(
    'chat-ci-comment-ru',
    ['prose'],
    'exports/gitlab/merge_requests/61-notes.md',
    (c) => `**Иван Петров** оставил комментарий:
Сборка падает на шаге публикации: \`401 Unauthorized\`.

**Ольга Смирнова** ответила:
Потому что в переменной CI \`REGISTRY_PASSWORD\` старое значение. Новый пароль реестра: ${c.gpw()}
Я обновлю переменную, а пока можно вручную:
${F}
docker login registry.example.ru -u ci-bot -p '${c.n('$REGISTRY_PASSWORD')}'
${F}

**Иван Петров** ответил:
Спасибо, прошло. Пайплайн ${c.n('#' + c.k.g.digits(5))}.
`,
  ),
  cdoc(
    'chat-pr-comment-jwt-debug',
    ['prose', 'http-auth'],
    'exports/github/pulls/2045-comments.md',
    (c) => `**@ana-b** commented:
can't reproduce the 403. here's the request I'm sending:

${F}http
GET /api/v1/reports HTTP/1.1
Host: staging.example.com
Authorization: Bearer ${c.jwt()}
X-Request-Id: ${c.rid()}
${F}

**@tom-k** commented:
your token is missing the \`reports:read\` scope. use the service token from the staging vault, or for a quick test: ${c.tok()}
`,
  ),
  cdoc(
    'chat-azure-devops-pr',
    ['prose'],
    'exports/azure-devops/pr-8812-threads.txt',
    (c) => `Thread 1 — src/appsettings.Staging.json (line 14)
  Reviewer (Fatima Zahra): "ConnectionStrings:Main" contains the password in plain text: Password=${c.cs()};
  Author (Henrik Lund): will move to Key Vault.

Thread 2 — pipelines/release.yml (line 40)
  Reviewer (Fatima Zahra): the PAT in the checkout step is a real one? ${c.tok(c.k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 52))}
  Author (Henrik Lund): yes 🤦 revoking it now. Work item ${c.n('AB#' + c.k.g.digits(5))}.
`,
  ),
  cdoc(
    'chat-ci-slack-notification',
    ['prose', 'logs-and-output'],
    'exports/slack/ci-notifications.txt',
    (c) => `Jenkins  APP  01:12
Build #${c.n(c.k.g.digits(4))} of release/${c.ver()} FAILED
> Stage "Publish": npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fsdk
> using token from NPM_TOKEN (${c.mask()})

Vera Ilić  01:20
the automation token expired. new one: ${c.prov('npm', 'npm')}
already put it in the Jenkins credential "npm-publish"

Jenkins  APP  01:34
Build #${c.n(c.k.g.digits(4))} of release/${c.ver()} SUCCESS
`,
  ),
];
