// Tickets, runbooks, onboarding pages and spreadsheet exports of data teams: access requests answered in the ticket,
// shared-account sheets exported as CSV, rotation logs, postmortems, with ticket numbers, dataset ids and hashes.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_TICKET_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-jira-access-request',
    ['prose', 'precision'],
    'tickets/DATA-2291.md',
    (k) => `**DATA-2291 – Access to the churn feature tables for the new intern**

*Reporter:* Nina Kowalski · *Assignee:* data-platform · *Status:* Done

> Created a Snowflake user \`INTERN_MKOVAC\` with role \`ANALYST_RO\`. Initial password: ${k.pw()}
> (MUST_CHANGE_PASSWORD = TRUE). Jupyter access: same SSO, no password needed.

> Comment (Nina): thanks! the MinIO bucket still says access denied

> Comment (platform): added to \`lab-datasets\`; secret key is ${k.gpw()}, please store it in your keychain.
Linked: ${k.n(D.ticket(k.g))}, ${k.n(D.ticket(k.g))}
`,
  ),

  dDoc(
    'datasci-access-sheet-csv',
    ['config-syntax', 'precision'],
    'exports/shared_accounts_2026Q1.csv',
    (k) => `system,account,password,owner,last_rotated,notes
Snowflake,SVC_TABLEAU,${k.pw()},bi-team,2026-01-14,
Redshift,etl_loader,${k.gpw()},data-eng,2026-02-02,ticket ${k.n(D.ticket(k.g))}
Airflow,admin,${k.pw()},data-eng,2026-02-20,
Metabase,admin@acme.io,${k.hpw()},bi-team,2025-11-30,rotate!
JupyterHub,lab-admin,${k.n('(SSO)')},ml-platform,,
MLflow,svc-train,${k.pw()},ml-platform,2026-03-01,
Label Studio,admin@acme-vision.io,${k.n('********')},vision,2026-01-05,masked in export
Tableau,tsm-admin,${k.pw()},bi-team,2026-01-14,
`,
  ),

  dDoc(
    'datasci-runbook-gpu-box',
    ['prose', 'command-line', 'credential-file', 'precision'],
    'runbooks/gpu-box-recovery.md',
    (k) => `# Runbook: recovering gpu-box-03 after a kernel update

1. Boot into the previous kernel from the iDRAC console (user \`root\`, password \`${k.pw()}\`).
2. Reinstall the NVIDIA driver: \`sudo apt install nvidia-driver-550\`.
3. Restart JupyterHub: \`sudo systemctl restart jupyterhub\`.
4. If the shared \`mlops\` user cannot pull from GitHub, the deploy key is below (read-only, repo \`acme-ml/feature-utils\`):

\`\`\`
${k.key(D.pem(k.g, 'OPENSSH PRIVATE KEY'))}
\`\`\`

Host key fingerprint: \`${k.n('SHA256:' + k.g.base64(43))}\`. Deploy key public half: \`${k.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43) + ' mlops@gpu-box-03')}\`
`,
  ),

  dDoc(
    'datasci-postmortem-leaked-key',
    ['prose', 'precision'],
    'postmortems/2026-02-openai-key-leak.md',
    (k) => `# Postmortem: OpenAI key published in a public notebook (2026-02-27)

**What happened.** A notebook pushed to a public GitHub repo contained \`openai.api_key = "${k.prov('OpenAI', D.openai(k.g))}"\`.
Usage spiked to 2,300 USD in 6 hours before the key was revoked.

**Also found in the same repo:** the staging Postgres password (${k.pw()}) in \`config.py\` and a W&B key
(${k.prov('Weights & Biases', D.wandb(k.g))}) in a cell output.

**Masked evidence from the billing export:** \`${k.n('sk-proj-…' + k.g.alnum(4))}\`, org \`${k.n('org-' + k.g.alnum(24))}\`.

**Action items:** pre-commit hook with a secret scanner (${k.n(D.ticket(k.g))}); nbstripout on all repos; rotate everything above.
`,
  ),

  dDoc(
    'datasci-onboarding-page-pt',
    ['prose', 'precision'],
    'wiki/onboarding/cientista-de-dados.md',
    (k) => `# Onboarding – Cientista de Dados

Bem-vinda ao time! Na primeira semana:

1. Peça acesso ao Databricks no ${k.n(D.ticket(k.g))}.
2. O usuário compartilhado do ambiente de treino é \`ds-treino\`, senha \`${k.pw()}\` (vamos trocar por SSO em breve).
3. Senha do Wi-Fi do laboratório: ${k.hpw()}
4. O notebook de exemplo usa \`${k.n("dbutils.secrets.get('ds', 'pg-password')")}\` — nunca cole senhas nos notebooks.
5. Banco de features (somente leitura): usuário \`feat_ro\`, senha ${k.gpw()}
`,
  ),

  dDoc(
    'datasci-rotation-log',
    ['logs-and-output', 'precision'],
    'ops/rotation/2026-03.log',
    (k) => `2026-03-01T02:00:01Z rotate snowflake SVC_DBT ok new_fp=${k.n('SHA256:' + k.g.base64(43) + '=')}
2026-03-01T02:00:03Z rotate redshift etl_loader ok password=${k.pw()} (temporary, job will re-rotate)
2026-03-01T02:00:05Z rotate mlflow svc-train ok hash=${k.n(D.argon2(k.g).slice(7))}
2026-03-01T02:00:06Z rotate metabase api-key ok key=${k.n('mb_****************')}
2026-03-01T02:00:08Z rotate minio lab-datasets ok secret=${k.gpw()}
2026-03-01T02:00:09Z done in 8.1s, run ${k.n(k.g.uuid())}
`,
  ),

  dDoc(
    'datasci-servicenow-ticket-es',
    ['prose', 'precision'],
    'tickets/RITM0048812.txt',
    (k) => `Número: RITM0048812
Solicitante: Lucía Fernández (Analítica de Riesgos)
Descripción: Necesito acceso a la base de datos de scoring desde RStudio Server.

Nota de trabajo (Soporte BD):
Se creó el usuario r_scoring. Contraseña inicial: ${k.pw()}
La cadena de conexión queda: Driver={PostgreSQL};Server=pg-scoring;Database=scoring;Uid=r_scoring;Pwd=${k.cs()};
El hash del script de carga validado es ${k.n(D.sha256(k.g))}.
Estado: Cerrado
`,
  ),

  dDoc(
    'datasci-email-vendor-sftp-en',
    ['prose', 'precision'],
    'mail/2026-03-panel-data-delivery.eml',
    (k) => `From: Delivery Team <delivery@panelvendor.example>
To: market-research@acme.io
Subject: Your March panel data is ready

Hello,

the March wave (study ${k.n('PV-' + k.g.digits(6))}) is on our SFTP:

  host: sftp.panelvendor.example
  user: acme_mr
  password: ${k.pw()}

The zip is encrypted; the archive password is ${k.gpw()}.
SHA-256 of the archive: ${k.n(D.sha256(k.g))}

Best regards,
Delivery Team
`,
  ),

  dDoc(
    'datasci-meeting-notes-ko',
    ['prose', 'precision'],
    'notes/2026-03-ml-sync-ko.md',
    (k) => `# ML 싱크 미팅 (3/12)

- 학습 서버 공용 계정 비밀번호 변경: ${k.pw()}
- 라벨링 툴(Label Studio) 관리자 비밀번호: ${k.hpw()} — 다음 주 SSO 전환
- 모델 레지스트리 버전: ${k.n('v' + k.g.digits(2))}, 체크섬 ${k.n(D.md5(k.g))}
- 실험 결과 링크: ${k.n('https://wandb.ai/acme-ml/ranker/runs/' + D.wandbRun(k.g))}
`,
  ),

  dDoc(
    'datasci-teams-export-hi-en',
    ['prose', 'precision'],
    'exports/teams/ml-ops-pune.txt',
    (k) => `[14:01] Kulkarni, Amit: SageMaker notebook instance ka password kya rakha hai? jupyter open nahi ho raha
[14:02] Iyer, Kavya: notebook instance mein password nahi hota, presigned URL se khulta hai 🙂
[14:04] Kulkarni, Amit: ok. aur on-prem Jupyter jo 8890 pe hai?
[14:05] Iyer, Kavya: uska password ${k.pw()} hai, config mein sirf hash hai (${k.n(D.sha1Jupyter(k.g))})
[14:08] Kulkarni, Amit: perfect, aur Neptune ka token?
[14:09] Iyer, Kavya: ${k.prov('Neptune', D.neptune(k.g))}
`,
  ),

  dDoc(
    'datasci-lab-inventory-yaml',
    ['config-syntax', 'precision'],
    'inventory/lab_machines.yml',
    (k) => `machines:
  - name: gpu-box-01
    ip: ${k.n('10.20.0.11')}
    bmc_user: ADMIN
    bmc_password: ${k.pw()}
    jupyter_password_hash: ${k.n(D.argon2(k.g))}
  - name: gpu-box-02
    ip: ${k.n('10.20.0.12')}
    bmc_user: ADMIN
    bmc_password: ${k.u('ADMIN')}
  - name: nas-datasets
    ip: ${k.n('10.20.0.40')}
    smb_user: datasets
    smb_password: ${k.pw()}
    serial: ${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 12))}
`,
  ),

  dDoc(
    'datasci-excel-export-credentials-de',
    ['config-syntax', 'precision'],
    'exports/Zugangsdaten_Analytics.csv',
    (k) => `Dienst;Benutzer;Kennwort;Verantwortlich;Bemerkung
Power BI Gateway;svc-pbigw;${k.pw()};BI;Wiederherstellungsschlüssel im Tresor
SAS Viya;sasadm;${k.pw()};Risiko;
SPSS Modeler Server;spss;${k.pw()};Marktforschung;
R-Studio Server;rs-admin;${k.gpw()};Statistik;
Alteryx Gallery;alteryx_svc;${k.n('<siehe KeePass>')};BI;
KNIME Server;knime;${k.pw()};Data Science;Ticket ${k.n(D.ticket(k.g))}
`,
  ),
];
