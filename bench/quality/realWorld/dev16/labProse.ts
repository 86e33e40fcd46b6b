// Lab prose: onboarding emails to new students, lab wiki pages, mailing-list posts, chat exports, grant and
// handover notes, in English, German, French, Spanish, Portuguese, Italian, Russian, Chinese and Japanese.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_PROSE_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-onboarding-email-en',
    ['prose', 'precision'],
    'mail/welcome-new-phd.eml',
    (k) => `From: Sarah Whitfield <s.whitfield@neuro.uni-example.ac.uk>
To: Tom Baker <t.baker@neuro.uni-example.ac.uk>
Subject: Welcome to the lab! Accounts and first steps
Date: Mon, 2 Sep 2024 09:14:22 +0100

Hi Tom,

welcome to the group! A few things to get you going:

1. Cluster: your account on the HPC is tb512, the initial password is ${k.hpw()} — you will be asked to change it at first login.
2. The microscope booking calendar is at https://booking.neuro.uni-example.ac.uk, same university login as email.
3. The lab NAS (\\\\nas-neuro\\whitfieldlab) is mapped with the shared lab account: user "whitfieldlab", password ${k.pw()}
4. Our ORCID-linked group page needs your ORCID iD (mine is ${k.n(V.orcid(k.g))}).
5. Please do not reuse the Wi-Fi password of the imaging suite (${k.hpw()}) anywhere else.

For the Slack workspace I'll send an invite; the lab's Zotero group key is not secret, it's ${k.n(k.g.digits(7))}.

Best,
Sarah
`,
  ),

  labDoc(
    'lab-onboarding-email-de',
    ['prose', 'precision'],
    'mail/willkommen-masterand.txt',
    (k) => `Betreff: Zugänge für deine Masterarbeit

Hallo Jonas,

herzlich willkommen in der AG Mikroskopie! Hier die wichtigsten Zugänge:

- Rechner am Konfokalmikroskop (LSM 980): Benutzer "lsm-user", Kennwort ${k.hpw()}
- Auswerte-PC im Raum 2.114: lokaler Account "auswertung", Passwort lautet ${k.pw()}
- Gruppenlaufwerk: \`net use Z: \\\\fs01.bio.uni-example.de\\agmikro /user:BIO\\agmikro-share ${k.spw()}\`
- Die Elektronische Laborbuch-Software (eLabFTW) bekommt ihren API-Schlüssel vom Admin; meiner ist ${k.s('token', k.g.hex(84))}, den bitte nicht weitergeben.
- Das Passwort für das Gäste-WLAN ändert sich monatlich, steht am Whiteboard (nicht hier).

Die Prüfsumme der Kalibrierdatei (MD5) ist ${k.n(V.md5(k.g))}, falls du sie vom Server ziehst.

Viele Grüße
Petra
`,
  ),

  labDoc(
    'lab-wiki-fr-acces-cluster',
    ['prose', 'command-line'],
    'wiki/fr/acces-cluster.md',
    (k) => `# Accès au cluster de calcul de l'équipe

Pour se connecter : \`ssh prenom.nom@front.calcul.labo-example.fr\`. Le mot de passe initial est envoyé par mail ;
pour les stagiaires de cette année, le mot de passe provisoire commun est **${k.hpw()}**, à changer avec \`passwd\` dès la première connexion.

Base de données des échantillons (PostgreSQL) : utilisateur \`lecture\`, mot de passe : ${k.spw()}

\`\`\`bash
psql "host=bdd.labo-example.fr dbname=echantillons user=lecture password=${k.cs()}"
\`\`\`

Le jeton d'API de la plateforme de séquençage (pour \`curl\`) : ${k.tok()}

Ne mettez jamais votre mot de passe dans un script : utilisez \`~/.pgpass\` (droits 600) ou la variable \`PGPASSWORD\`.
Exemple de ligne pgpass : \`bdd.labo-example.fr:5432:echantillons:lecture:${k.n('VOTRE_MOT_DE_PASSE')}\`
`,
  ),

  labDoc(
    'lab-wiki-es-instrumentos',
    ['prose', 'precision'],
    'wiki/es/instrumentos.md',
    (k) => `## Equipos del laboratorio

| Equipo | PC | Usuario | Contraseña |
|---|---|---|---|
| Citómetro FACSAria | PC-CITO-01 | operador | ${k.hpw()} |
| Espectrómetro de masas Orbitrap | MS-PC-02 | xcalibur | ${k.pw()} |
| Lector de placas | LECTOR-03 | admin | ${k.u('admin')} |
| qPCR QuantStudio | QPCR-04 | qpcr | (ver gestor de contraseñas) |

La contraseña del Wi-Fi del laboratorio es ${k.hpw()}. El número de serie del Orbitrap es ${k.n('FSN' + k.g.digits(5))}.
Para el servidor de datos: \`smb://datos.lab-example.es/crudos\`, usuario \`labdatos\`, clave: ${k.spw()}
`,
  ),

  labDoc(
    'lab-mailing-list-pt',
    ['prose', 'command-line'],
    'lists/bioinfo-br/2024-03-thread.txt',
    (k) => `Assunto: Re: [bioinfo-br] Erro ao baixar do SRA com prefetch

Oi pessoal,

consegui resolver. O problema era o proxy da universidade. Configurei assim:

  vdb-config --proxy http://aluno:${k.cs()}@proxy.univ-example.br:3128
  prefetch ${k.n(V.sra(k.g))} ${k.n(V.sra(k.g))}

E para a API do NCBI coloquei a chave no ~/.bashrc: export NCBI_API_KEY=${k.prov('NCBI', V.ncbi(k.g))}
(sim, eu sei que não devia mandar isso na lista, vou gerar outra amanhã)

Abraços,
Rafael

> Em 12/03/2024, Juliana escreveu:
> Alguém sabe por que o prefetch fica parado em "2024-03-12T14:00:01 prefetch.3.0.10 err: timeout"?
`,
  ),

  labDoc(
    'lab-chat-it-italian',
    ['prose'],
    'chat/laboratorio-genomica.txt',
    (k) => `[10:02] Giulia: qualcuno ha la password del server di sequenziamento?
[10:03] Marco: sì, utente "seqadmin", password ${k.hpw()}
[10:03] Marco: ma non scriverla sul quaderno per favore
[10:05] Giulia: grazie! e per il database dei campioni?
[10:06] Marco: quello è ${k.spw()} (utente campioni_ro)
[10:10] Luca: ricordo a tutti che il token di Hugging Face del gruppo è ${k.prov('Hugging Face', V.hf(k.g))}, scade a fine mese
[10:12] Giulia: perfetto, il job ${k.n(V.jobId(k.g))} è partito
`,
  ),

  labDoc(
    'lab-wiki-ru-cluster',
    ['prose', 'command-line'],
    'wiki/ru/klaster.md',
    (k) => `# Вычислительный кластер лаборатории

Вход: \`ssh user@hpc.lab-example.ru\`. Временный пароль для новых сотрудников: ${k.hpw()} — смените его командой \`passwd\`.

Доступ к базе данных экспериментов: пользователь \`exp_reader\`, пароль ${k.spw()}.

Ключ API для сервиса аннотации: ${k.tok()}

Контрольная сумма образа Singularity: \`${k.n(V.sha256(k.g))}\`.
Пример запуска: \`sbatch --account=lab --time=04:00:00 run.sh\` (номер задачи, например ${k.n(V.jobId(k.g))}, придёт по почте).
`,
  ),

  labDoc(
    'lab-wiki-zh-server',
    ['prose', 'precision'],
    'wiki/zh/服务器使用说明.md',
    (k) => `# 课题组服务器使用说明

1. 登录节点：\`ssh 学号@gpu.lab-example.cn\`，初始密码：${k.hpw()}，首次登录后请修改。
2. 数据库（MySQL）账号 labuser，密码 ${k.spw()}
3. 共享盘 NAS 地址 \\\\nas.lab-example.cn\\data ，账号 share，密码：${k.pw()}
4. 组里的 Weights & Biases API key：${k.prov('Weights & Biases', V.wandb(k.g))}
5. 模型权重的 SHA256 校验值：${k.n(V.sha256(k.g))}
6. 随机种子统一使用 ${k.n(V.seed(k.g))}。
`,
  ),

  labDoc(
    'lab-wiki-ja-microscope',
    ['prose', 'precision'],
    'wiki/ja/顕微鏡PC.md',
    (k) => `# 共焦点顕微鏡PCの使い方

- Windowsログイン：ユーザー名 microscope、パスワード ${k.hpw()}
- 画像サーバー（OMERO）：omero.lab-example.jp:4064、共有アカウント imaging / パスワード：${k.spw()}
- データ転送用のS3シークレットキー：${k.prov('S3 (MinIO)', V.s3Secret(k.g))}
- 注意：パスワードを付箋に書いてモニターに貼らないでください。
- 試料番号の例：${k.n('JP-' + k.g.digits(6))}、GenBank登録番号：${k.n(V.genbank(k.g))}
`,
  ),

  labDoc(
    'lab-handover-note-postdoc',
    ['prose', 'precision'],
    'docs/handover-maria.md',
    (k) => `# Handover (Maria, leaving end of June)

Everything the next person needs:

- **Analysis server** \`bioinf02\`: my conda envs are in /data/maria/envs; root is managed by IT (ticket queue "RIT").
- **Zenodo**: the community "weber-lab" is owned by Prof. Weber; my personal token for the upload script was ${k.prov('Zenodo', V.zenodo(k.g))} — please revoke it after the last upload.
- **REDCap**: API token for project 1187 (cohort follow-up): ${k.prov('REDCap', V.redcap(k.g))}
- **Old MySQL** on the lab PC: root password ${k.pw()} (yes, really; migrate and shut it down).
- **GitHub org**: the deploy key for the pipeline repo has fingerprint ${k.n('SHA256:' + k.g.base64(43).replace(/=+$/, ''))}, it is in the repo settings.
- Datasets on Zenodo: DOI ${k.n(V.doi(k.g))} and ${k.n(V.doi(k.g))}; ORCID ${k.n(V.orcid(k.g))}.
- The passphrase of the encrypted backup disk (LUKS, the grey one) is "${k.phrase()}".
`,
  ),

  labDoc(
    'lab-grant-dmp-prose',
    ['prose', 'precision'],
    'grant/data-management-plan.md',
    (k) => `## 4. Data management plan

Raw sequencing data (approx. 40 TB) will be deposited at ENA under study ${k.n('PRJEB' + k.g.digits(5))} and at SRA under
${k.n(V.bioproject(k.g))}. Processed data and code will be archived on Zenodo with a DOI per release (e.g. ${k.n(V.doi(k.g))}).
Access to identifiable clinical data is restricted: credentials are managed in the institutional password manager and
never shared by e-mail; API tokens (REDCap, ${k.n('YOUR_API_KEY')} in the templates) are rotated every 6 months.
Integrity is verified with SHA-256 checksums (e.g. ${k.n(V.sha256(k.g))}) stored alongside each file.
Principal investigator: Dr. A. Novak (ORCID ${k.n(V.orcid(k.g))}).
`,
  ),

  labDoc(
    'lab-slack-export-rse',
    ['prose', 'logs-and-output'],
    'exports/slack-rse-help.json',
    (k) => `[
  {"ts": "1712131200.000100", "user": "U04ABCD12", "text": "anyone know why my job can't pull from the lab registry?"},
  {"ts": "1712131260.000200", "user": "U02EFGH34", "text": "did you login? \`apptainer remote login --username robot$lab --password ${k.spw()} docker://harbor.lab-example.org\`"},
  {"ts": "1712131320.000300", "user": "U04ABCD12", "text": "ah no, thanks! also what was the MLflow password again"},
  {"ts": "1712131380.000400", "user": "U02EFGH34", "text": "${k.hpw()} — but please put it in your keyring"},
  {"ts": "1712131440.000500", "user": "U07IJKL56", "text": "PSA: the GitLab deploy token for the cluster mirror is ${k.prov('GitLab', V.gitlabPat(k.g))}, read_repository only"}
]
`,
  ),
];
