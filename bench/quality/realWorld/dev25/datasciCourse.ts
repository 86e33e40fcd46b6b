// Teaching and asking for help: bootcamp and course READMEs, lab handouts, Kaggle discussion posts, Stack Overflow
// questions with a pasted config, GitHub issues on ML libraries, thesis appendices, in several languages.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_COURSE_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-course-readme-en',
    ['prose', 'config-syntax', 'precision'],
    'course/README.md',
    (k) => `# DS 402 – Applied Machine Learning (Spring 2026)

## Lab environment
- JupyterHub: https://hub.ds402.uni.example – log in with your student id; first-time password is \`${k.pw()}\`
- Course Postgres (read-only): host \`db.ds402.uni.example\`, user \`student\`, password \`${k.pw()}\`
- Do **not** commit your own API keys. Use \`.env\` (already in \`.gitignore\`) with \`OPENAI_API_KEY=${k.ph()}\`.

## Datasets
| Name | Source | Checksum |
|---|---|---|
| NYC taxi (sample) | ${k.n('https://d37ci6vzurychx.cloudfront.net/trip-data/yellow_tripdata_2024-01.parquet')} | ${k.n(D.sha256(k.g))} |
| Adult income | UCI | ${k.n(D.md5(k.g))} |

Grading token for the autograder (TAs only): ${k.hex(40)}
`,
  ),

  dDoc(
    'datasci-course-handout-es',
    ['prose', 'precision'],
    'curso/practica3.md',
    (k) => `# Práctica 3 – Conexión a la base de datos del curso

1. Abre el notebook \`practica3.ipynb\` en Colab.
2. Usa estos datos de conexión:
   - servidor: \`pg.curso-datos.example\`
   - usuario: \`alumno\`
   - contraseña: **${k.pw()}**
3. Si trabajas en local, guarda la contraseña en una variable de entorno (\`PGPASSWORD\`) y no en el notebook.
4. La contraseña de la semana pasada (${k.n('Cu********25')}) ya no es válida.

Semilla para todos los experimentos: \`${k.n(D.seed(k.g))}\`.
`,
  ),

  dDoc(
    'datasci-kaggle-discussion',
    ['prose', 'code', 'precision'],
    'kaggle/discussion-482913.md',
    (k) => `**Can't download the competition data from a Kaggle notebook on Colab**

I followed the docs and did this, but I get 401:

\`\`\`python
import os
os.environ['KAGGLE_USERNAME'] = "deepak_iitk"
os.environ['KAGGLE_KEY'] = "${k.prov('Kaggle', D.kaggle(k.g))}"
!kaggle competitions download -c playground-series-s6e3
\`\`\`

Error: \`401 - Unauthorized\`. My dataset slug is \`deepak_iitk/${k.n('pss6e3-folds')}\`.

> **Reply (Grandmaster):** you have to accept the competition rules first. Also you just posted your key, regenerate it in Settings → API. Use \`${k.n("UserSecretsClient().get_secret('KAGGLE_KEY')")}\` in Kaggle notebooks.
`,
  ),

  dDoc(
    'datasci-stackoverflow-sqlalchemy',
    ['prose', 'code', 'precision'],
    'so/q-78123456.md',
    (k) => `### SQLAlchemy: "password authentication failed" although psql works

\`\`\`
psql -h 10.0.3.12 -U analytics -d dwh   # works, I type the password interactively
\`\`\`

but from pandas:

\`\`\`python
engine = create_engine("postgresql+psycopg2://analytics:${k.s('connection-string', D.human(k.g).replace(/[@:/#%?]/g, ''))}@10.0.3.12/dwh")
df = pd.read_sql("select 1", engine)
\`\`\`

> **Answer:** your password contains special characters; quote it with \`urllib.parse.quote_plus\`. E.g. \`${k.n('postgresql://user:p%40ss@host/db')}\`.
> Also, since you pasted it here, change it.
`,
  ),

  dDoc(
    'datasci-github-issue-wandb',
    ['prose', 'logs-and-output', 'precision'],
    'issues/wandb-7812.md',
    (k) => `**wandb.login() hangs behind corporate proxy**

Environment: wandb 0.17.2, Python 3.10, Windows 11

\`\`\`
>>> import wandb
>>> wandb.login(key="${k.prov('Weights & Biases', D.wandb(k.g))}", relogin=True)
wandb: W&B API key is configured. Use \`wandb login --relogin\` to force relogin
wandb: Network error (ProxyError), entering retry loop.
\`\`\`

Proxy: \`http://proxyuser:${k.cs()}@proxy.corp.example:8080\`
Run path: \`acme-ml/resnet/${k.n(D.wandbRun(k.g))}\`

> **Maintainer:** please revoke the key you pasted (https://wandb.ai/authorize) and set \`HTTPS_PROXY\` instead.
`,
  ),

  dDoc(
    'datasci-thesis-appendix-pt',
    ['prose', 'code', 'precision'],
    'tese/apendice-b.md',
    (k) => `## Apêndice B – Reprodutibilidade

Os experimentos foram executados no cluster do laboratório (usuário \`mestrado\`, senha ${k.pw()} — conta
desativada após a defesa). A chave da API do Twitter/X utilizada na coleta foi revogada.

Código de coleta:

\`\`\`python
bearer = "${k.http('AAAAAAAAAAAAAAAAAAAAA' + k.g.alnum(30) + '%3D' + k.g.alnum(50))}"
headers = {"Authorization": f"Bearer {bearer}"}
\`\`\`

Sementes: ${k.n('42, 7, 2024')}. Hash do corpus final: ${k.n(D.sha256(k.g))}.
`,
  ),

  dDoc(
    'datasci-bootcamp-slides-md',
    ['prose', 'precision'],
    'bootcamp/week5/slides.md',
    (k) => `---
marp: true
---
# Week 5 – Talking to APIs

- Every API wants a key: \`headers = {"Authorization": "Bearer ${k.n('<YOUR_TOKEN>')}"}\`
- Keys go in \`.env\`, loaded with \`python-dotenv\`
- Demo key for the weather API (rate-limited, class only): \`${k.s('token', k.g.hex(32))}\`

---
# Exercise
Call \`https://api.openweathermap.org/data/2.5/weather?q=Lisbon&appid=${k.n('{API_KEY}')}\`
Masked example output of \`os.environ\`: \`OPENAI_API_KEY=${k.n('sk-…' + k.g.alnum(4))}\`
`,
  ),

  dDoc(
    'datasci-lab-wiki-de',
    ['prose', 'precision'],
    'wiki/Labor/GPU-Server.md',
    (k) => `# GPU-Server des Lehrstuhls

**Zugang:** SSH auf \`gpu01.lehrstuhl.example\`, Benutzer wie im Uni-Account.
**JupyterLab:** Port 8888, Passwort für die gemeinsame Instanz: \`${k.pw()}\`
**MinIO (Datensätze):** Access-Key \`lehrstuhl-ro\`, Secret-Key \`${k.gpw()}\`
**Weights & Biases:** Team-Account, API-Key liegt in \`/etc/wandb.key\` (nicht hier eintragen!)

Prüfsumme des ImageNet-Subsets: \`${k.n(D.md5(k.g))}\`
`,
  ),

  dDoc(
    'datasci-course-env-example',
    ['config-syntax', 'precision'],
    'course/.env.example',
    (k) => `# copy to .env and fill in
OPENAI_API_KEY=${k.n('sk-...')}
HF_TOKEN=${k.n('hf_xxx')}
WANDB_API_KEY=${k.n('<your-key>')}
PGPASSWORD=${k.n('changeme')}
KAGGLE_KEY=${k.n('YOUR_API_KEY')}
SEED=${k.n('42')}
`,
  ),

  dDoc(
    'datasci-course-env-committed',
    ['config-syntax', 'precision'],
    'student-projects/team4/.env',
    (k) => `OPENAI_API_KEY=${k.prov('OpenAI', D.openai(k.g))}
HF_TOKEN=${k.prov('Hugging Face', D.hf(k.g))}
PGPASSWORD=${k.pw()}
MISTRAL_API_KEY=${k.prov('Mistral', D.mistral(k.g))}
TOGETHER_API_KEY=${k.prov('Together AI', D.together(k.g))}
SEED=${k.n(D.seed(k.g))}
`,
  ),

  dDoc(
    'datasci-coursera-forum-fr',
    ['prose', 'precision'],
    'forum/mooc-ml/fil-2231.txt',
    (k) => `Sujet : Impossible de se connecter à la base MySQL de l'exercice 4

Bonjour, j'ai cette erreur : Access denied for user 'etudiant'@'%' (using password: YES)
Mon code : mysql.connector.connect(host="mooc-db.example", user="etudiant", password="${k.pw()}")

Réponse du mentor : le mot de passe a changé cette semaine, c'est maintenant ${k.pw()} (voir l'annonce).
Identifiant de l'exercice : ${k.n(k.g.uuid())}
`,
  ),

  dDoc(
    'datasci-hf-model-card-leak',
    ['prose', 'code', 'precision'],
    'hf/model-card-README.md',
    (k) => `---
license: apache-2.0
base_model: ${k.n(D.hfRepo(k.g))}
datasets: [acme-data/faq-pt]
---
# faq-lora-pt

Fine-tuned on the FAQ set. Training run: \`${k.n(D.runId(k.g))}\`.

## Usage
\`\`\`python
from huggingface_hub import InferenceClient
client = InferenceClient("acme-data/faq-lora-pt", token="${k.prov('Hugging Face', D.hf(k.g))}")
\`\`\`

Checksum of \`adapter_model.safetensors\`: \`${k.n(D.sha256(k.g))}\`
`,
  ),
];
