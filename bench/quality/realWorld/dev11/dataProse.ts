// rw-dev11 data: data-team chat exports, wiki pages, onboarding notes and tickets, in several languages, where
// credentials are written in sentences, tables and bullet lists rather than `key = value`.
// Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc, FENCE } from './dataValues';

export const DATA_PROSE_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-slack-export-dwh',
    ['prose', 'logs-and-output'],
    'exports/slack/data-eng/2024-06-12.json',
    (k) => `[
  {"type": "message", "user": "U04${k.n(k.g.upper(8))}", "text": "anyone has the password for the new replica? getting auth failed", "ts": "${k.n('1718180520.123409')}"},
  {"type": "message", "user": "U02${k.n(k.g.upper(8))}", "text": "analyst / ${k.pw()} , it was rotated on monday", "ts": "${k.n('1718180581.553119')}"},
  {"type": "message", "user": "U04${k.n(k.g.upper(8))}", "text": "thx! and the fivetran api key? the one in the wiki is dead", "ts": "${k.n('1718180644.002319')}"},
  {"type": "message", "user": "U02${k.n(k.g.upper(8))}", "text": "key ${k.tok(k.g.alnum(16))} secret ${k.tok(k.g.alnum(32))} — please put it in vault this time :pray:", "ts": "${k.n('1718180702.771029')}"},
  {"type": "message", "user": "U07${k.n(k.g.upper(8))}", "text": "pls delete that message, this channel has 80 people in it", "ts": "${k.n('1718180790.104939')}"}
]
`,
  ),

  ddoc(
    'data-teams-chat-de',
    ['prose'],
    'exports/teams/bi-team-chat.txt',
    (k) => `[09:12] Jana Köhler: Moin! Kann mir jemand das Passwort für den Tableau-Service-Account geben? Der Extrakt-Refresh ist wieder rot
[09:14] Marek Nowak: svc_tabcmd, Passwort lautet ${k.pw()}
[09:14] Marek Nowak: bitte nicht ins Confluence kopieren 🙈
[09:20] Jana Köhler: danke. Und fürs SAP BW? Benutzer BW_READ
[09:21] Marek Nowak: Kennwort: ${k.hpw()} (Groß-/Kleinschreibung beachten)
[09:40] Jana Köhler: läuft wieder ✅ — Ticket INC-${k.n(k.g.digits(6))} kann zu
`,
  ),

  ddoc(
    'data-wiki-fr-acces',
    ['prose'],
    'wiki/equipe-data/acces-environnements.md',
    (k) => `# Accès aux environnements — équipe Data

| Environnement | Hôte | Utilisateur | Mot de passe |
|---|---|---|---|
| Recette | pg-recette.interne | analyste | ${k.pw()} |
| Préprod | pg-preprod.interne | analyste | ${k.gpw()} |
| Prod (lecture seule) | pg-prod-ro.interne | lecture | *demander à Lucie* |

Le jeton d'API pour Dataiku DSS : \`${k.tok(k.g.alnum(32))}\` (compte de service, ne pas le régénérer sans prévenir).

Pour Metabase, le mot de passe administrateur est ${k.hpw()} ; merci de le changer après la migration.
Exemple de chaîne : \`postgresql://analyste:${k.n('<mot_de_passe>')}@pg-recette.interne:5432/recette\`
`,
  ),

  ddoc(
    'data-wiki-es-onboarding',
    ['prose'],
    'wiki/datos/onboarding-analistas.md',
    (k) => `## Onboarding de analistas (equipo de Datos)

1. Pide acceso a BigQuery al equipo de plataforma (rol \`bigquery.dataViewer\`).
2. Usuario de Looker: tu email; la contraseña temporal es **${k.pw()}** y te la pedirá cambiar.
3. Para el Airflow de staging: usuario \`analista\`, contraseña ${k.hpw()}
4. Token de la API de Amplitude (solo lectura): ${k.tok(k.hex(32))}
5. La clave secreta de Amplitude NO se comparte; pídela en el canal #datos-acceso.

> Nota: la contraseña del SFTP del proveedor cambió, ahora es \`${k.gpw()}\` (Santiago, 03/05)
`,
  ),

  ddoc(
    'data-wiki-pt-br',
    ['prose'],
    'wiki/dados/credenciais-dev.md',
    (k) => `# Credenciais de desenvolvimento (time de Dados)

- Postgres dev: usuário \`dev_dados\`, senha \`${k.pw()}\`
- Redshift homologação: usuário \`homolog\` e senha ${k.hpw()}
- Chave da API do IBGE (não é necessária, é pública) — ignorar
- Token do Power BI Embedded: ${k.tok(k.g.base64(64).replace(/[+/]/g, 'k'))}
- Senha do arquivo Excel de metas: ${k.letters()}

Obs.: em produção tudo vem do Secrets Manager (\`arn:aws:secretsmanager:sa-east-1:${k.n(k.g.digits(12))}:secret:dados/prod-${k.n(k.g.alnum(6))}\`).
`,
  ),

  ddoc(
    'data-chat-ru',
    ['prose'],
    'exports/telegram/analytics-chat.txt',
    (k) => `Дмитрий, [12.03.2024 10:15]
Коллеги, кто знает пароль от ClickHouse для readonly?

Ольга, [12.03.2024 10:17]
логин readonly, пароль ${k.pw()}

Дмитрий, [12.03.2024 10:18]
спасибо! а токен для API Яндекс Метрики где взять?

Ольга, [12.03.2024 10:21]
вот OAuth-токен: ${k.tok('y0_' + k.g.base64url(55))}
только не коммить его в гит 🙏

Иван, [12.03.2024 10:30]
пароль от суперсета поменял, новый — ${k.hpw()}
`,
  ),

  ddoc(
    'data-chat-zh',
    ['prose'],
    'docs/团队/数据组交接.md',
    (k) => `# 数据组交接文档

- 数仓 MySQL：账号 \`dw_read\`，密码 ${k.pw()}
- 阿里云 AccessKey ID：${k.u('LTAI' + k.g.alnum(20))}（只是 ID，不是密钥）
- AccessKey Secret：${k.tok(k.g.alnum(30))}
- 神策分析 API 秘钥：${k.tok(k.hex(64))}
- 帆软报表管理员 admin / ${k.hpw()}

注意：Hive 的密码已经改成 LDAP 登录，旧密码 ${k.n('******')} 作废。
`,
  ),

  ddoc(
    'data-chat-ja',
    ['prose'],
    'docs/引き継ぎ/分析基盤.md',
    (k) => `## 分析基盤 引き継ぎメモ

* Redash の管理者アカウント: admin@acme.example / パスワード: ${k.pw()}
* BigQuery のサービスアカウント鍵は GCS の \`gs://acme-secrets/bq-sa.json\` にあります（直接渡さない）
* Treasure Data の API キー: ${k.tok(k.g.digits(4) + '/' + k.hex(40))}
* Tableau Server のパスワードは「${k.hpw()}」です。退職時に変更してください。
`,
  ),

  ddoc(
    'data-chat-ko-tr-pl',
    ['prose'],
    'exports/discord/global-data-guild.txt',
    (k) => `[KR] 민수: 스테이징 DB 비밀번호가 ${k.pw()} 맞나요? 접속이 안 돼요
[KR] 지영: 네 맞아요, 어제 바꿨어요. 새 비밀번호: ${k.hpw()}
[TR] Emre: Metabase şifresi nedir? kullanıcı adı: analiz
[TR] Zeynep: şifre ${k.gpw()} — ilk girişte değiştir lütfen
[PL] Tomasz: hasło do Grafany dla zespołu: ${k.pw()}
[PL] Kasia: a token do API GUS BDL? -> ${k.tok(k.uuid())}
[EN] bot: reminder — request ids like ${k.n(k.uuid())} are not secrets, don't panic when you see them in logs
`,
  ),

  ddoc(
    'data-jira-ticket-access',
    ['prose'],
    'tickets/DATA-2231.md',
    (k) => `**DATA-2231: Access for new data scientist (Rahul)**

Status: Done · Assignee: Goran · Created: 2024-05-02

> Created Snowflake user RAHUL with role DS_SANDBOX. Initial password: ${k.pw()} (must_change_password = true)
> Databricks: added to group \`data-science\`. PAT created for the CI bot instead: ${k.prov('databricks', 'Databricks')}
> W&B: invited to team, API key is per-user so nothing to share.
> JupyterHub token for the shared kernel gateway: ${k.tok(k.hex(32))}

Commit with the terraform change: ${k.n(k.sha())}
`,
  ),

  ddoc(
    'data-email-vendor-sftp',
    ['prose'],
    'inbox/2024-04-18-vendor-data-delivery.eml',
    (k) => `From: delivery@panel-vendor.example
To: data-intake@acme.example
Subject: Your SFTP credentials for monthly panel data
Date: Thu, 18 Apr 2024 09:02:11 +0200
Message-ID: <${k.n(k.hex(24))}@mail.panel-vendor.example>

Hello,

your account on sftp.panel-vendor.example has been created.

  Username: acme_panel
  Password: ${k.pw()}
  Port: 2222

Files are delivered on the 5th of each month as panel_YYYYMM.csv.gpg; the passphrase for the GPG
symmetric encryption is: ${k.pp()}

Kind regards,
Data Delivery Team
`,
  ),

  ddoc(
    'data-readme-quickstart',
    ['prose', 'command-line'],
    'README.md',
    (k) => `# acme-analytics

Notebooks and dbt models for the analytics team.

## Quickstart

${FENCE}bash
cp .env.example .env          # then fill in DWH_PASSWORD
docker compose up -d jupyter
${FENCE}

The \`.env.example\` holds only placeholders:

${FENCE}
DWH_USER=${k.n('your_user')}
DWH_PASSWORD=${k.n('<your password>')}
WANDB_API_KEY=${k.n('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
${FENCE}

If you are in a hurry, the shared sandbox login works too: \`sandbox\` / \`${k.pw()}\`.
The demo Jupyter server token is ${k.tok(k.hex(48))} — only on the VPN.
`,
  ),

  ddoc(
    'data-postmortem-leaked-notebook',
    ['prose', 'precision'],
    'docs/postmortems/2024-02-notebook-leak.md',
    (k) => `# Post-mortem: credentials in a published notebook

**Summary.** A notebook pushed to the public \`acme/ds-examples\` repo contained the output of
\`print(os.environ)\`. Among others it showed \`SNOWFLAKE_PASSWORD\` (value ${k.n('[REDACTED]')}) and the
W&B key (value ${k.n('****' + k.g.hex(4))}).

**Timeline.** 10:02 push (commit ${k.n(k.sha().slice(0, 12))}) · 10:40 GitGuardian alert · 11:05 rotated.

**What we rotated.** Snowflake \`SVC_DS\`, W&B team key, the HF token \`${k.n('hf_...redacted')}\`.
The new Snowflake password was set to ${k.pw()} and then immediately changed again by the vault job
(so this doc does not need redacting, says Bruno — I disagree, see comments).

**Action items.** nbstripout as pre-commit hook; \`jupyter nbconvert --ClearOutputPreprocessor.enabled=True\`.
`,
  ),

  ddoc(
    'data-confluence-kafka-howto',
    ['prose', 'config-syntax'],
    'wiki/platform/kafka-consumer-howto.md',
    (k) => `## How to read from the prod Kafka as an analyst

Use the \`analytics-reader\` SASL user. Create a file \`consumer.properties\`:

${FENCE}properties
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-256
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="analytics-reader" password="${k.pw()}";
ssl.truststore.location=/etc/kafka/truststore.jks
ssl.truststore.password=${k.hpw()}
${FENCE}

then \`kafka-console-consumer --bootstrap-server kafka-1:9093 --topic orders.v1 --consumer.config consumer.properties\`.
Schema Registry: user \`sr-analytics\`, pass \`${k.gpw()}\`.
`,
  ),
];
