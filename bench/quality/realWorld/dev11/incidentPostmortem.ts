// rw-dev11 incident part: post-mortems, incident timelines, chat exports and alert mails that quote the leaked value.
import type { RealWorldDoc } from '../types';
import { F, PROV, idoc } from './incidentValues';

export const INCIDENT_POSTMORTEM_DOCS: RealWorldDoc[] = [
  idoc(
    'postmortem-aws-key-push',
    ['prose', 'precision'],
    'docs/postmortems/2026-11-18-aws-key-in-repo.md',
    (x) => `# Post-mortem: AWS key committed to public repository

**Status:** resolved · **Severity:** SEV-2 · **Authors:** L. Chen, M. Duarte

## Summary
On 2026-11-18 a developer pushed a \`.env\` file to the public \`acme/sdk-examples\` repository. It held an IAM user's
access key (\`${x.u(PROV.awsId(x.g))}\`) and secret (\`${x.prov('awsSecret', 'AWS secret access key')}\`), used by the
nightly export job. GitHub secret scanning notified AWS, which attached the quarantine policy within 4 minutes.

## Timeline (UTC)
| Time  | Event |
|-------|-------|
| 13:58 | Commit \`${x.sha()}\` pushed to \`main\` of acme/sdk-examples |
| 14:02 | AWS Health: "Exposed access key" for user \`export-bot\` |
| 14:05 | On-call (Miguel) paged, incident channel #inc-2291 opened |
| 14:11 | Key deactivated; new key issued and stored at \`${x.n('arn:aws:secretsmanager:eu-west-1:123456789012:secret:export-bot')}\` |
| 14:20 | Repository history rewritten; forks checked (2 forks, both contacted) |
| 14:48 | CloudTrail review: 3 \`ListBuckets\` calls from 185.x.x.x at 14:00–14:01 — not ours |

## What else was in the file
${F}
EXPORT_BUCKET=acme-exports
DB_PASSWORD=${x.pw(true)}
SLACK_TOKEN=${x.prov('slack', 'Slack bot token')}
SENTRY_DSN=${x.n(`https://${x.g.hex(32)}@o${x.g.digits(6)}.ingest.sentry.io/${x.g.digits(7)}`)}
${F}
The database password and Slack token were rotated at 15:10. The Sentry DSN is public by design.

## Action items
- [x] Pre-commit hook with a secret scanner in all example repos (owner: L. Chen)
- [ ] Move export job to an IAM role (owner: M. Duarte, due 2026-12-01)
`,
  ),

  idoc(
    'incident-timeline-slack-export',
    ['prose', 'logs-and-output', 'precision'],
    'docs/incidents/inc-2291-slack-export.txt',
    (x) => `#inc-2291-payments-down  (exported 2026-11-18 17:40 UTC)

[14:03] miguel.duarte: payments 5xx spiking, checking
[14:05] miguel.duarte: PSP says our key is invalid. prod config has \`PSP_SECRET=${x.tok()}\` — that's the OLD one?
[14:06] lchen: yes, rotation job wrote the new one to staging only. new one is in vault at ${x.n('secret/psp/prod#api_secret')}
[14:07] miguel.duarte: can't reach vault from the jump host, can someone paste it here quickly
[14:07] oncall-bot: :warning: Please do not paste secrets in channels. Use \`vault read\`.
[14:08] lchen: ${x.tok()}
[14:08] lchen: (will rotate after, I know)
[14:12] miguel.duarte: deployed, error rate back to 0.2%. trace of the first good request: ${x.trace()}
[14:15] anna.sec: rotated the psp secret again, old one revoked. also the db pw you mentioned in DM (${x.hpw()}) — rotated
[14:16] anna.sec: new values only via vault from now, request id of the rotation: ${x.rid()}
[14:30] lchen: fixed in ${x.short()}, closing
`,
  ),

  idoc(
    'pagerduty-note-es',
    ['prose', 'precision'],
    'docs/incidents/pd-notes-es.md',
    (x) => `### Notas del incidente PD-${x.n(x.g.digits(5))} (guardia: Andrés)

- 02:14 Alerta: \`ReplicaLag > 300s\` en db-replica-2.
- 02:20 Entro en la réplica con el usuario de emergencia \`dba_breakglass\`, contraseña ${x.pw()} (sacada del sobre
  del armario, hay que cambiarla después).
- 02:31 El lag venía de un \`ALTER TABLE\` lanzado por el job de migraciones con la cadena
  \`mysql://migraciones:${x.cs()}@db-primary:3306/app\` — la tenía en texto plano en el cron.
- 02:44 Lag recuperado. ID de traza del job: ${x.trace()}.
- 03:05 Pendiente: rotar la contraseña de \`dba_breakglass\` y la del usuario migraciones (ticket ${x.n('OPS-' + x.g.digits(4))}).
`,
  ),

  idoc(
    'github-secret-alert-mail',
    ['prose', 'precision'],
    'mail/secret-scanning-alert.txt',
    (x) => `From: GitHub <noreply@github.com>
Subject: [acme/mobile-app] Possible valid secret detected

A GitHub Personal Access Token was found in acme/mobile-app.

  Secret:     ${x.n('ghp_' + '*'.repeat(32) + x.g.alnum(4))}
  Location:   android/app/src/main/res/values/secrets.xml:4
  Commit:     ${x.sha()}
  Detected:   Nov 18, 2026, 11:02 UTC

Review the alert: https://github.com/acme/mobile-app/security/secret-scanning/${x.n(x.g.digits(2))}

---
Internal follow-up (Hiroshi, pasted into the ticket):
the same file also had the Maps key ${x.n(PROV.google(x.g))} (restricted to our Android app, fine) and
\`<string name="backend_secret">${x.tok()}</string>\` — that one is NOT public, rotating.
`,
  ),

  idoc(
    'postmortem-ja-log-leak',
    ['prose', 'logs-and-output', 'precision'],
    'docs/postmortems/2026-11-ja-log-leak.md',
    (x) => `# 障害報告書：アクセスログへの認証情報出力

## 概要
2026年11月17日〜18日、APIゲートウェイのアクセスログにクエリパラメータの \`token\` がマスクされずに出力されていた。
ログは社内の分析基盤（閲覧者 約40名）に転送されていた。

## 該当ログ（抜粋）
${F}
10.2.1.8 - - [17/Nov/2026:22:14:02 +0900] "GET /api/v1/sync?device=${x.n(x.g.hex(16))}&token=${x.http()} HTTP/1.1" 200 311
10.2.1.8 - - [17/Nov/2026:22:14:09 +0900] "GET /api/v1/sync?device=${x.n(x.g.hex(16))}&token=${x.http()} HTTP/1.1" 200 98
10.2.1.9 - - [17/Nov/2026:22:15:44 +0900] "GET /api/v1/sync?device=${x.n(x.g.hex(16))}&token=${x.n('[MASKED]')} HTTP/1.1" 200 311
${F}
※ 3行目は修正版デプロイ後（コミット ${x.short()}）。

## 対応
- 該当トークン（約1,200件）を全て失効。
- 管理者アカウントのパスワード（${x.hpw()}）がチケットに記載されていたため変更。
- ログ基盤の保持期間を見直し。
`,
  ),

  idoc(
    'retro-de-incident',
    ['prose', 'precision'],
    'docs/retros/2026-11-18-retro.md',
    (x) => `# Retro: Ausfall Kundenportal (18.11.)

**Was ist passiert?** Das Zertifikat für \`portal.firma.example\` ist abgelaufen; beim hektischen Erneuern hat Jan
den privaten Schlüssel samt Passphrase (${x.phrase()}) in den Teams-Kanal gepostet.

**Was lief gut?** Monitoring hat nach 3 Minuten alarmiert (Alert-ID ${x.n(x.g.hex(12))}).

**Was lief schlecht?**
- Passphrase im Chat (siehe oben, inzwischen neues Zertifikat + neuer Schlüssel).
- Der Zugang zum DNS-Provider lag nur bei Jan; Zugangsdaten (\`dns-admin\` / ${x.hpw()}) standen im Wiki.
- Die Monitoring-Checks nutzen einen API-Key im Klartext im Repo: \`CHECK_KEY=${x.tok()}\`.

**Maßnahmen:** Passwortmanager für Teamzugänge, Zertifikate über ACME, API-Key über ${x.n('${CHECK_KEY}')} aus dem Vault.
`,
  ),

  idoc(
    'statuspage-internal-note-fr',
    ['prose', 'precision'],
    'docs/incidents/note-interne-fr.md',
    (x) => `## Note interne — incident messagerie (18/11)

Cause : le mot de passe applicatif SMTP (\`noreply@societe.example\`) a expiré. Nouveau mot de passe généré : ${x.gpw()}.
Il a été saisi dans \`/etc/postfix/sasl_passwd\` sur relay-01 et relay-02. L'ancien (${x.pw()}) est révoqué.

Empreinte du certificat du relais (pour vérification) : ${x.n(x.g.hex(64))}.
Identifiant de l'incident chez l'hébergeur : ${x.rid()}.
`,
  ),

  idoc(
    'incident-ticket-pt-vazamento',
    ['prose', 'precision'],
    'docs/incidents/vazamento-log-pt.md',
    (x) => `# Incidente 2026-11-18: chave de API exposta em log público

Um desenvolvedor colou no fórum da comunidade o seguinte trecho de log para pedir ajuda:

${F}
INFO  [main] ClienteHttp - configurando cliente com apiKey=${x.tok()} baseUrl=https://api.parceiro.example
DEBUG [main] ClienteHttp - cabeçalhos: {Authorization=Bearer ${x.bearerJwt()}, X-Correlation-Id=${x.rid()}}
${F}

Ações: chave revogada às 10:42, token JWT expirado (validade de 1h), post removido pelos moderadores.
Hash do arquivo de log arquivado para auditoria: ${x.n(x.g.hex(64))}.
`,
  ),

  idoc(
    'incident-chat-ru',
    ['prose', 'precision'],
    'docs/incidents/chat-ru-oncall.txt',
    (x) => `[09:01] Олег: прод лежит, 502 на всех подах
[09:03] Ирина: в логах "FATAL: password authentication failed for user \\"app\\""
[09:04] Олег: кто-то поменял пароль БД? в секрете сейчас ${x.pw()}
[09:05] Ирина: да, я вчера ротировала, новый пароль ${x.pw()} — но деплой не перезапустился
[09:07] Олег: перезапустил, ок. request_id первого успешного: ${x.rid()}
[09:10] Ирина: заведу задачу, чтобы секреты подхватывались без рестарта. и удалите пароли из чата пж
`,
  ),

  idoc(
    'incident-wiki-cn',
    ['prose', 'precision'],
    'docs/incidents/wiki-cn-xielou.md',
    (x) => `# 安全事件记录：测试环境数据库密码泄露

时间：2026-11-18
发现人：王伟

在公开的 GitHub issue 中发现测试同事贴出的配置：

${F}yaml
spring:
  datasource:
    url: jdbc:mysql://10.1.2.3:3306/test_db
    username: test
    password: ${x.pw(true)}
  redis:
    password: ${x.pw(true)}
${F}

处理：已修改密码，issue 已删除。该提交哈希：${x.sha()}。
`,
  ),
];
