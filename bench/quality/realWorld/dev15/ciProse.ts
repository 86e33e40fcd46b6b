// What people and bots write around pipelines: incident tickets about a leaked CI token, PR comments from bots,
// Slack/Teams notifications, release notes, hand-over notes and chat, in several human languages.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_PROSE_DOCS: RealWorldDoc[] = [
  ciDoc(
    'prose-incident-leaked-ci-token-en',
    ['prose', 'logs-and-output', 'precision'],
    'docs/incidents/2026-11-leaked-npm-token.md',
    (k) => `# INC-2291: npm publish token visible in public Actions log

**Status:** resolved · **Severity:** SEV-2 · **Owner:** platform team

## Summary
On 2026-11-18 the \`release\` workflow of \`orbitly/cli\` ran with \`ACTIONS_STEP_DEBUG=true\`. A step that did
\`cat ~/.npmrc\` printed the automation token in clear because it had been written by a heredoc rather than by
setup-node, so the runner did not know to mask it. The log was public for 41 minutes.

Leaked value (revoked, kept here for the audit trail at the security team's request):
\`${k.prov('npm access token', V.npm(k.g))}\`

## Timeline (UTC)
- 09:12 run ${k.n(V.runId(k.g))} starts (commit ${k.n(V.short(k.g))})
- 09:14 step "Debug npmrc" prints the token
- 09:55 GitGuardian alert, ticket opened
- 09:58 token revoked on npmjs.com; new token stored only as \`secrets.NPM_TOKEN\` → shows as \`***\` in logs
- 10:20 log deleted via \`gh run delete ${k.n(V.runId(k.g))}\`

## Follow-ups
- [x] remove \`cat ~/.npmrc\` step
- [x] rotate the staging deploy password as well (it was in the same log: \`${k.hpw()}\`)
- [ ] enforce \`add-mask\` for every value written to a file by a step
`,
  ),

  ciDoc(
    'prose-incident-de',
    ['prose', 'precision'],
    'docs/vorfaelle/2026-10-gitlab-runner-token.md',
    (k) => `# Vorfall: Runner-Token im Wiki

Am 14.10. hat ein Kollege beim Einrichten des neuen Build-Servers die komplette \`config.toml\` ins Team-Wiki
kopiert. Darin stand das Runner-Token \`${k.prov('GitLab runner authentication token', V.glRunner(k.g))}\` sowie der
S3-Cache-Schlüssel (SecretKey \`${k.s('token', k.g.alnum(40))}\`).

**Maßnahmen**
1. Runner in GitLab gelöscht und neu registriert (neues Token steht nur noch auf dem Server).
2. MinIO-Schlüssel rotiert.
3. Wiki-Seite bereinigt, Versionsverlauf gelöscht.

Das Passwort für den Deploy-User auf \`app-prod-01\` war ebenfalls betroffen: alt ${k.hpw()}, jetzt im Passwort-Safe
unter „Deploy prod". Bitte ab sofort keine Konfigurationsdateien mehr ins Wiki kopieren, sondern auf
\`${k.n('vault:kv/ci/runners')}\` verweisen.
`,
  ),

  ciDoc(
    'prose-ticket-es',
    ['prose', 'command-line', 'precision'],
    'tickets/OPS-1442.md',
    (k) => `**OPS-1442 – El pipeline de despliegue falla en el paso de login**

Hola equipo,

desde ayer el job \`deploy-prod\` falla con \`unauthorized: incorrect username or password\`. Creo que alguien cambió la
contraseña del usuario robot de Harbor. La que tengo anotada es ${k.hpw()} y ya no funciona.

Lo probé a mano así:

\`\`\`
docker login harbor.quanto.io -u 'robot$deploy' -p ${k.s('token', k.g.alnum(32))}
Error response from daemon: Get "https://harbor.quanto.io/v2/": unauthorized
\`\`\`

¿Alguien puede regenerar el secreto y ponerlo en la variable \`HARBOR_PASSWORD\` del grupo? **No lo peguéis aquí**,
mejor en Vault (\`${k.n('secret/ci/harbor/robot-deploy')}\`).

Respuesta (Lucía): regenerado. El nuevo está en Vault; en los logs aparecerá como \`${k.n('[MASKED]')}\`.
`,
  ),

  ciDoc(
    'prose-ticket-fr',
    ['prose', 'precision'],
    'tickets/SUP-8812.txt',
    (k) => `Objet : Accès à Jenkins pour la recette

Bonjour,

Suite à votre demande, voici les accès au Jenkins de recette :
  - URL : https://jenkins-recette.kairos.fr
  - identifiant : prestataire.dupont
  - mot de passe provisoire : ${k.hpw()}
Merci de le changer à la première connexion.

Pour déclencher les jobs depuis vos scripts, utilisez plutôt un jeton d'API (Profil > Configurer > API Token) ;
le vôtre : ${k.s('token', V.jenkinsApi(k.g))}

Le mot de passe du compte de service SonarQube (${k.n('sonar-svc')}) n'est pas communiqué, il est injecté par
la variable \`${k.n('$SONAR_TOKEN')}\`.

Cordialement,
Équipe DevOps
`,
  ),

  ciDoc(
    'prose-slack-export-ci-channel',
    ['prose', 'logs-and-output', 'precision'],
    'exports/slack/ci-help/2026-11-20.json',
    (k) => `[
  {
    "type": "message",
    "user": "U04${k.n(k.g.upper(8))}",
    "text": "anyone know why the nightly e2e can't log into the staging admin? it uses e2e-admin / ${k.hpw()}",
    "ts": "1763626211.001100"
  },
  {
    "type": "message",
    "user": "U02${k.n(k.g.upper(8))}",
    "text": "password got rotated on monday, new one is ${k.gpw()} -- I'll update the CI var too",
    "ts": "1763626399.002300",
    "thread_ts": "1763626211.001100"
  },
  {
    "type": "message",
    "user": "U04${k.n(k.g.upper(8))}",
    "text": "thx! also the Percy token in the workflow is hardcoded: PERCY_TOKEN=${k.s('token', k.g.hex(64))} :grimacing:",
    "ts": "1763626502.002900",
    "thread_ts": "1763626211.001100"
  },
  {
    "type": "message",
    "subtype": "bot_message",
    "bot_id": "B0${k.n(k.g.upper(8))}",
    "username": "GitHub Actions",
    "text": ":red_circle: *e2e-nightly* failed on main (<https://github.com/orbitly/web/actions/runs/${k.n(V.runId(k.g))}|run>) commit ${k.n(V.short(k.g))}",
    "ts": "1763627001.003100"
  }
]
`,
  ),

  ciDoc(
    'prose-teams-notification-card',
    ['logs-and-output', 'precision'],
    'exports/teams/deploy-notifications.json',
    (k) => `{
  "@type": "MessageCard",
  "@context": "http://schema.org/extensions",
  "themeColor": "d70000",
  "summary": "Deploy failed: helix-web-prod",
  "sections": [{
    "activityTitle": "Release-47 to Production **failed**",
    "activitySubtitle": "Azure DevOps · helix/web",
    "facts": [
      { "name": "Build", "value": "${k.n(V.buildId(k.g))}" },
      { "name": "Commit", "value": "${k.n(V.sha1(k.g))}" },
      { "name": "Error", "value": "Login failed for user 'webapp'. Connection string: Server=tcp:sql-helix-prod.database.windows.net;User ID=webapp;Password=${k.cs()};" },
      { "name": "Agent", "value": "Hosted Agent 22" }
    ],
    "markdown": true
  }],
  "potentialAction": [{ "@type": "OpenUri", "name": "View release", "targets": [{ "os": "default", "uri": "https://dev.azure.com/helix/web/_releaseProgress?releaseId=${k.n(k.g.digits(4))}" }] }]
}
`,
  ),

  ciDoc(
    'prose-pr-bot-comment',
    ['prose', 'logs-and-output', 'precision'],
    'exports/github/pr-311-comments.md',
    (k) => `**sonarcloud[bot]** commented

> Quality Gate failed. 1 Security Hotspot, 0 Bugs. [See analysis details on SonarCloud](https://sonarcloud.io/dashboard?id=orbitly_api&pullRequest=311)

---

**github-actions[bot]** commented

> Terraform plan for \`infra/prod\`: \`+2 ~1 -0\`
> <details><summary>Show plan</summary>
>
> \`\`\`
> + resource "aws_ssm_parameter" "db_password" {
>     + name  = "/orders/prod/db_password"
>     + type  = "SecureString"
>     + value = (sensitive value)
>   }
> + resource "aws_ssm_parameter" "legacy_api_key" {
>     + name  = "/orders/prod/legacy_api_key"
>     + type  = "String"
>     + value = "${k.tok()}"
>   }
> \`\`\`
> </details>

---

**mkowalski** commented

> @reviewer the \`String\` one is on purpose for now, it is the partner's sandbox key. The prod one comes from
> \`${k.n('arn:aws:ssm:eu-central-1:' + V.awsAccount(k.g) + ':parameter/orders/prod/legacy_api_key')}\`.

---

**gitguardian[bot]** commented

> ⚠️ 1 secret uncovered: Generic High Entropy Secret in \`infra/prod/ssm.tf\` (commit ${k.n(V.short(k.g))}).
> Secret: ${k.n('8f3a**********')}
`,
  ),

  ciDoc(
    'prose-release-notes-pt',
    ['prose', 'precision'],
    'docs/release-notes/2026.12.md',
    (k) => `# Notas de versão 2026.12

## Pipeline
- Migramos o pipeline do Jenkins para o GitHub Actions. Os segredos agora vêm de \`\${{ secrets.* }}\` e aparecem como
  \`***\` nos logs.
- O usuário de serviço \`svc-build\` foi desativado. (A senha antiga, ${k.hpw()}, ainda aparece em logs arquivados
  de outubro; já foi trocada.)
- Novo runner \`bld-05\`; token de registro expirado, não é preciso revogar.

## Testes
- Os testes de integração usam um Postgres em container com senha gerada por execução
  (\`POSTGRES_PASSWORD=$(openssl rand -hex 16)\`).
- O banco de homologação ainda usa \`homolog\` / ${k.spw()} (ticket INFRA-311 para trocar).

## Checksums
| Arquivo | SHA-256 |
|---|---|
| cli-linux-amd64.tar.gz | ${k.n(V.sha256(k.g))} |
| cli-darwin-arm64.tar.gz | ${k.n(V.sha256(k.g))} |
`,
  ),

  ciDoc(
    'prose-handover-pl',
    ['prose', 'command-line', 'precision'],
    'docs/przekazanie-ci.md',
    (k) => `# Przekazanie obowiązków – CI/CD

Cześć Tomek, poniżej wszystko, co trzeba wiedzieć o naszym CI:

1. **Jenkins** (https://jenkins.quanto.io): konto admina \`admin\`, hasło ${k.hpw()}. Po przejęciu zmień je!
2. **Nexus**: użytkownik \`ci-deployer\`, hasło ${k.gpw()} – używany w \`settings.xml\` na agentach.
3. **SonarQube**: token globalny \`${k.prov('SonarQube token', V.sonar(k.g))}\` (wygasa w marcu).
4. **Harbor**: robot \`robot$ci\`, sekret trzymamy w Jenkins credentials (\`harbor-ci\`), nie znam go na pamięć.
5. Klucz SSH do serwerów deploy: \`/var/lib/jenkins/.ssh/id_ed25519\`, odcisk ${k.n('SHA256:' + k.g.base64(43))}.

Przydatne:
\`\`\`
ssh jenkins@agent-7 'sudo systemctl restart jenkins-agent'
curl -u admin:$JENKINS_TOKEN https://jenkins.quanto.io/safeRestart -X POST
\`\`\`
`,
  ),

  ciDoc(
    'prose-chat-nl',
    ['prose', 'precision'],
    'exports/mattermost/devops-2026-11.txt',
    (k) => `[09:01] sanne: goedemorgen! de build van de webshop faalt op "npm ERR! 401 Unauthorized"
[09:03] joris: ja, het npm token is verlopen. Ik heb een nieuwe gemaakt: ${k.prov('npm access token', V.npm(k.g))}
[09:03] joris: oeps, had ik niet in het kanaal moeten zetten
[09:04] sanne: haha nee. Wel even intrekken en alleen in de Bitbucket variabele zetten 😅
[09:10] joris: gedaan, nieuwe staat in NPM_TOKEN (secured). Oude is ingetrokken.
[09:12] sanne: top. en het wachtwoord van de acceptatie-database? de pipeline gebruikt nog ${k.hpw()}
[09:13] joris: die klopt nog, wordt volgende sprint geroteerd
[09:20] bram: ter info, de digest van de nieuwe base image is ${k.n(V.digest(k.g))}
`,
  ),

  ciDoc(
    'prose-runbook-rotate-ci-secrets',
    ['prose', 'command-line', 'precision'],
    'docs/runbooks/rotate-ci-secrets.md',
    (k) => `# Rotating CI secrets

Run this every quarter, or immediately when a value shows up in a log.

1. Generate the new value: \`openssl rand -base64 32\` (example output, do not use: \`${k.n(k.g.base64(43) + '=')}\`).
2. Update the GitHub secret: \`gh secret set DEPLOY_WEBHOOK_SECRET --body "$NEW" --repo orbitly/api\`.
3. Update GitLab: \`glab variable update DEPLOY_WEBHOOK_SECRET --value "$NEW" --masked\`.
4. Update the receiving side (\`/etc/deployhook/secret\` on app01).

Current values as of last rotation (kept here until the vault migration — **remove after**):

| Secret | Value |
|---|---|
| DEPLOY_WEBHOOK_SECRET | ${k.tok()} |
| GRAFANA_API_TOKEN | ${k.prov('Grafana service account token', `glsa_${k.g.alnum(32)}_${k.g.hex(8)}`)} |
| STAGING_BASIC_AUTH | \`staging:${k.spw()}\` |
| PROD_BASIC_AUTH | see 1Password "prod basic auth" |
`,
  ),

  ciDoc(
    'prose-email-ci-access-it',
    ['prose', 'precision'],
    'mail/2026-11-accesso-ci.eml',
    (k) => `From: devops@brightwave.it
To: fornitore@esterno.example
Subject: Accesso alla pipeline GitLab e al registry
Date: Mon, 23 Nov 2026 10:12:44 +0100
Content-Type: text/plain; charset=utf-8

Buongiorno,

come concordato vi abbiamo creato un token di accesso al progetto (scope read_registry, read_repository):

    ${k.prov('GitLab personal access token', V.glPat(k.g))}

Il token scade il 31/12. Per il registry usate l'utente \`fornitore-esterno\` e come password il token stesso.
La password del server SFTP per gli artefatti è ${k.hpw()} (utente \`artefatti\`).

Le variabili CI (\`$CI_REGISTRY_PASSWORD\`, \`$CI_JOB_TOKEN\`) non vanno mai stampate nei log.

Cordiali saluti,
Team DevOps Brightwave
`,
  ),

  ciDoc(
    'prose-ticket-ja',
    ['prose', 'precision'],
    'tickets/CI-207.md',
    (k) => `# CI-207 ビルドエージェントのパスワード変更

ビルドエージェント (bld-01〜04) の \`builder\` ユーザーのパスワードを変更しました。

- 旧パスワード: ${k.hpw()}（無効化済み）
- 新パスワード: パスワード管理ツールの「CI builder」を参照してください

GitHub Actions の \`DEPLOY_KEY\` シークレットも更新済みです。ログには \`***\` と表示されます。
Slack 通知用の Webhook は変更していません:
${k.prov('Slack incoming webhook', V.slackHook(k.g))}

コミット: ${k.n(V.sha1(k.g))}
`,
  ),

  ciDoc(
    'prose-postmortem-tf-state',
    ['prose', 'logs-and-output', 'precision'],
    'docs/postmortems/terraform-state-secrets.md',
    (k) => `# Post-mortem: secrets in Terraform state artifact

The \`plan\` job uploaded \`terraform.tfstate\` as a build artifact (retention 90 days) for debugging. State files
hold every resource attribute in clear, including sensitive ones. Excerpt from the artifact:

\`\`\`json
{
  "type": "random_password",
  "name": "db",
  "instances": [{ "attributes": { "id": "none", "length": 24, "result": "${k.gpw()}", "special": true } }]
},
{
  "type": "aws_iam_access_key",
  "name": "ci",
  "instances": [{ "attributes": { "id": "${k.u(V.awsId(k.g))}", "secret": "${k.prov('AWS secret access key', V.awsSecret(k.g))}", "status": "Active" } }]
}
\`\`\`

Actions: artifact deleted, DB password and IAM key rotated, the \`plan\` job now uploads only \`tfplan.txt\`
(sensitive values render as \`(sensitive value)\`). The state lock id at the time was ${k.n(k.g.uuid())}.
`,
  ),
];
