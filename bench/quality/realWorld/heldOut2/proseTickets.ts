// rw-held-out2 prose: tickets and Q&A posts (Jira, GitHub, GitLab, Zendesk, ServiceNow, Redmine, Stack Overflow, Qiita, CSDN, Habr).
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_TICKET_DOCS: RealWorldDoc[] = [
  hdoc(
    'jira-export-payment-outage',
    ['prose', 'http-auth'],
    'exports/jira/PAY-2291.txt',
    (k) => `[PAY-2291] Webhook signature verification fails after key rotation
Status: In Progress    Priority: Critical    Assignee: Olu Adeyemi    Reporter: Hanna Wójcik
Created: 2026-03-02 08:14    Labels: payments, incident

Description
-----------
Since the rotation on Friday every Stripe webhook returns 400 "No signatures found matching the expected signature".
Env vars on payments-api (prod):
  STRIPE_SECRET_KEY=${k.prov('stripeLive', 'stripe')}
  STRIPE_WEBHOOK_SECRET=${k.prov('stripeWebhook', 'stripe-webhook-secret')}
  STRIPE_PUBLISHABLE_KEY=${k.n(`pk_live_${k.g.alnum(24)}`)}
Request id of a failing event: ${k.n(`req_${k.g.alnum(14)}`)}, event ${k.n(`evt_${k.g.alnum(24)}`)}

Comments
--------
Olu Adeyemi (2026-03-02 09:01): the webhook secret above is from the TEST endpoint, prod one is different. Also please don't paste keys in Jira, use the vault path secret/payments/stripe.
Hanna Wójcik (2026-03-02 09:05): sorry. For reproduction, this is the request the LB logs show:
  POST /webhooks/stripe HTTP/1.1
  Stripe-Signature: t=${k.g.digits(10)},v1=${k.n(k.g.hex(64))}
  Authorization: Basic ${k.basic('stripe-hooks')}
Olu Adeyemi (2026-03-02 09:20): fixed, secret updated. Test key for the sandbox remains ${k.prov('stripeTest', 'stripe')}.
`,
  ),

  hdoc(
    'github-issue-docker-compose-env',
    ['prose', 'command-line'],
    'issues/1843.md',
    (k) => `### Describe the bug

After upgrading to 4.2.0 the worker container can't connect to Postgres and crashes with
\`FATAL: password authentication failed for user "app"\`.

### To Reproduce

My \`docker-compose.yml\` (trimmed):

${F}yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${k.pw()}
  worker:
    image: ghcr.io/acme/worker:4.2.0
    environment:
      DATABASE_URL: postgres://app:${k.cs()}@db:5432/app
      REDIS_URL: redis://:${k.cs()}@redis:6379/0
      SECRET_KEY_BASE: ${k.tok(k.g.hex(128))}
${F}

### Environment
- OS: Ubuntu 24.04
- Docker: 27.3.1, compose v2.29
- image digest: \`${k.n(`sha256:${k.V.sha256(k.g)}`)}\`

### Additional context
I also tried \`POSTGRES_PASSWORD_FILE=/run/secrets/db_password\` as the docs suggest, same error.
Maintainer edit: **please rotate the credentials above, this repository is public.**
`,
  ),

  hdoc(
    'gitlab-issue-ci-registry-login',
    ['prose', 'command-line'],
    'issues/gitlab-ci-registry-401.md',
    (k) => `## Summary
\`docker login\` in the deploy job fails with 401 since the group token was regenerated.

## Steps to reproduce
${F}
$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
Error response from daemon: Get "https://registry.gitlab.example.com/v2/": unauthorized: HTTP Basic: Access denied
$ docker login registry.gitlab.example.com -u deploy-bot -p ${k.prov('gitlabDeploy', 'gitlab-deploy-token')}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
${F}

So the deploy token works by hand but not through the variable. Project access token for the API calls in the same job: \`${k.prov('gitlab', 'gitlab')}\`.

## What is the expected correct behavior?
The masked variable \`CI_REGISTRY_PASSWORD\` (shows as \`${k.n('[MASKED]')}\` in the log) should work.

/label ~bug ~"group::package registry"
`,
  ),

  hdoc(
    'zendesk-ticket-email-fr',
    ['prose'],
    'exports/zendesk/ticket-88412.txt',
    (k) => `Ticket #88412 — « Impossible de me connecter à l'espace client »
Demandeur : Mme Claire Dubois <c.dubois@example.fr>
Statut : Résolu

Claire Dubois — 12 févr. 2026 10:04
Bonjour, depuis hier je n'arrive plus à me connecter. J'ai pourtant bien saisi mon identifiant cdubois75 et mon mot de passe ${k.hpw('fr')}.
Pourriez-vous vérifier ? Merci.

Agent (Thomas) — 12 févr. 2026 10:40
Bonjour Madame Dubois, votre compte était bloqué après cinq tentatives. Je l'ai débloqué et vous ai attribué un mot de passe temporaire : ${k.gpw()}
Merci de le modifier via « Mon profil > Changer le mot de passe ».
Pour rappel, nous ne vous demanderons jamais votre mot de passe par e-mail.

Note interne (Thomas) : la cliente a envoyé son mot de passe en clair, j'ai forcé la réinitialisation. Hash en base : ${k.n(k.V.bcrypt(k.g))}
`,
  ),

  hdoc(
    'servicenow-incident-sap',
    ['prose'],
    'exports/servicenow/INC0049121.txt',
    (k) => `Number: INC0049121
Short description: SAP RFC connection to BW fails after password change
Caller: Ramesh Iyer
Assignment group: SAP Basis
State: Resolved

Work notes:
2026-02-11 07:55 Ramesh Iyer
  RFC destination BW_PRD_RFC returns "Name or password is incorrect (repeat logon)". The communication user
  RFC_BW was reset by the audit job. New password set in SU01: ${k.gpw()}
2026-02-11 08:10 Anke Vogt
  Updated SM59 logon data with the new password. Test connection OK.
  Note: the password field in SM59 shows as ${k.n('********')} after save, which is expected.
2026-02-11 08:12 Anke Vogt
  Also the SOLMAN_ADMIN password from the onboarding sheet (${k.hpw('de')}) still works — rotate it in the next window.
Close notes: Password synchronised.
`,
  ),

  hdoc(
    'redmine-ru-1c-backup',
    ['prose', 'command-line'],
    'exports/redmine/issue-5521.textile',
    (k) => `h1. Ошибка #5521: Не работает ночной бэкап 1С

*Автор:* Сергей Кузнецов
*Назначена:* Отдел эксплуатации

h2. Описание

Скрипт @backup_1c.bat@ падает с ошибкой "Неверный логин или пароль". Вот строка из планировщика:

<pre>
"C:\\Program Files\\1cv8\\8.3.24.1467\\bin\\1cv8.exe" DESIGNER /S srv-1c\\buh /N "Администратор" /P "${k.hpw('ru')}" /DumpIB D:\\backup\\buh.dt
</pre>

Пароль пользователя SQL для базы: @sa@ / @${k.gpw()}@

h2. Комментарии

*Анна Смирнова:* Пароль администратора в 1С поменяли в пятницу, новый: ${k.hpw('ru')}. Поправила задание.
*Сергей Кузнецов:* Спасибо, работает. Поле "Пароль:" в окне авторизации теперь не показывается, вход по ОС.
`,
  ),

  hdoc(
    'stackoverflow-mysql-connector',
    ['prose', 'command-line'],
    'qa/stackoverflow-mysql-access-denied.md',
    (k) => `# Access denied for user 'root'@'localhost' (using password: YES) with mysql-connector-python

I'm trying to connect from Python and always get error 1045, although the same password works in the CLI:

${F}
$ mysql -u root -p${k.pw({ shellSafe: true })} -h 127.0.0.1
Welcome to the MySQL monitor.  Commands end with ; or \\g.
${F}

${F}python
import mysql.connector
cnx = mysql.connector.connect(user="root", password="${k.hpw('en')}", host="localhost", database="shop")
${F}

What am I missing?

---

**Answer** (score 42)

\`localhost\` and \`127.0.0.1\` are different accounts in MySQL: \`localhost\` goes through the Unix socket. Also your Python
snippet uses a different password than the CLI. Never use \`root\` from an application; create a user:

${F}sql
CREATE USER 'shop'@'%' IDENTIFIED BY '${k.n('strong_password_here')}';
GRANT ALL ON shop.* TO 'shop'@'%';
${F}

**Comment:** @OP you may want to edit out your real password, edit history keeps it anyway.
`,
  ),

  hdoc(
    'qiita-ja-aws-cli',
    ['prose', 'command-line'],
    'qa/qiita-aws-cli-profile.md',
    (k) => `---
title: AWS CLI で複数プロファイルを切り替える方法
tags: AWS aws-cli 初心者
---

## はじめに
業務でアカウントを複数使っているのでメモします。

## 設定
\`~/.aws/credentials\` に以下のように書きます（※キーは例です）。

${F}ini
[default]
aws_access_key_id = ${k.n('AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}

[dev]
aws_access_key_id = ${k.prov('awsKeyId', 'aws-access-key-id')}
aws_secret_access_key = ${k.prov('awsSecret', 'aws-secret-access-key')}
${F}

## 追記（2026/03/10）
コメントで指摘いただきましたが、dev のキーは本物でした…。無効化済みです。
切り替えは \`export AWS_PROFILE=dev\` でOKです。パスワード不要でMFAも使う場合は \`aws sts get-session-token\` を使います。
`,
  ),
];
