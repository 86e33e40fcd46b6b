// ML tooling of research groups: DVC remotes, ClearML, Label Studio and CVAT annotation servers, Roboflow,
// Mattermost lab bots, Optuna storages, a model card with its hashes, a Hydra config tree.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_MLOPS_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-dvc-config-local',
    ['config-syntax', 'command-line'],
    '.dvc/config.local',
    (k) => `['remote "lab-minio"']
    access_key_id = ${k.u(V.s3Access(k.g))}
    secret_access_key = ${k.prov('S3 (MinIO)', V.s3Secret(k.g))}
['remote "webdav-nas"']
    user = dvc
    password = ${k.spw()}
# set with: dvc remote modify --local lab-minio secret_access_key <...>
# data/raw.dvc md5: ${k.n(V.md5(k.g))}
`,
  ),

  labDoc(
    'lab-clearml-conf',
    ['credential-file', 'config-syntax'],
    'clearml.conf',
    (k) => `api {
    web_server: https://clearml.ai-lab.example.org
    api_server: https://clearml-api.ai-lab.example.org
    files_server: https://clearml-files.ai-lab.example.org
    credentials {
        "access_key" = "${k.u(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}"
        "secret_key" = "${k.s('token', k.g.alnum(50))}"
    }
}
sdk {
    aws {
        s3 {
            key: "${k.u(V.s3Access(k.g))}"
            secret: "${k.prov('S3 (MinIO)', V.s3Secret(k.g))}"
            host: "minio.ai-lab.example.org:9000"
        }
    }
    development { default_output_uri: "s3://minio.ai-lab.example.org:9000/clearml" }
}
`,
  ),

  labDoc(
    'lab-label-studio-export-script',
    ['code', 'precision'],
    'annotation/export_tasks.py',
    (k) => `"""Export finished annotations from Label Studio and CVAT for the training set."""
import requests
from label_studio_sdk import Client

LS_URL = "https://labelstudio.imaging.local"
LS_API_KEY = "${k.hex(40)}"
CVAT_URL = "https://cvat.imaging.local"
CVAT_AUTH = ("annotator-bot", "${k.spw()}")
ROBOFLOW_API_KEY = "${k.s('token', k.g.alnum(20))}"
PROJECT_ID = ${k.n(k.g.digits(2))}
TASK_UUID = "${k.n(k.g.uuid())}"

ls = Client(url=LS_URL, api_key=LS_API_KEY)
tasks = ls.get_project(PROJECT_ID).export_tasks(export_type="COCO")
r = requests.get(f"{CVAT_URL}/api/tasks", auth=CVAT_AUTH, timeout=60)
`,
  ),

  labDoc(
    'lab-mattermost-bot',
    ['code', 'http-auth'],
    'bots/job_notifier.py',
    (k) => `"""Posts finished Slurm jobs to the lab's Mattermost channel."""
import os, subprocess, requests

MM_URL = "https://chat.lab-example.org"
MM_BOT_TOKEN = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}"
MM_WEBHOOK = "https://chat.lab-example.org/hooks/${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}"
CHANNEL_ID = "${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}"

def notify(job_id, state):
    requests.post(f"{MM_URL}/api/v4/posts", headers={"Authorization": f"Bearer {MM_BOT_TOKEN}"},
                  json={"channel_id": CHANNEL_ID, "message": f"Job {job_id}: {state}"})

out = subprocess.check_output(["sacct", "-X", "-n", "-o", "JobID,State", "-S", "now-1hour"]).decode()
for line in out.splitlines():
    jid, state = line.split()[:2]
    notify(jid, state)  # e.g. ${k.n(V.jobId(k.g))} COMPLETED
`,
  ),

  labDoc(
    'lab-optuna-hydra-config',
    ['config-syntax', 'precision'],
    'conf/hpo/optuna.yaml',
    (k) => `defaults:
  - override /hydra/sweeper: optuna
hydra:
  sweeper:
    sampler:
      _target_: optuna.samplers.TPESampler
      seed: ${k.n(V.seed(k.g))}
    direction: maximize
    study_name: unet-hpo
    storage: postgresql://optuna:${k.cs()}@pg-hpo.ai-lab.local/optuna
    n_trials: 200
    params:
      model.lr: interval(1e-5, 1e-2)
      model.depth: choice(3, 4, 5)
logger:
  wandb:
    project: unet-hpo
    api_key: \${oc.env:WANDB_API_KEY}
`,
  ),

  labDoc(
    'lab-model-card',
    ['prose', 'precision'],
    'MODEL_CARD.md',
    (k) => `---
license: cc-by-4.0
datasets:
  - weber-lab/retina-atlas
base_model: facebook/esm2_t33_650M_UR50D
---

# retina-celltype-classifier

Trained on ${k.n(V.bioproject(k.g))} (GEO ${k.n('GSE' + k.g.digits(6))}). Weights: \`model.safetensors\`, sha256 \`${k.n(V.sha256(k.g))}\`.
Training run: W&B run \`${k.n(k.g.lower(8))}\` in project weber-lab/retina (public). Seed ${k.n(V.seed(k.g))}.

To download gated files use your own token: \`huggingface-cli login\` (the token starts with \`hf_\`; never commit it).
Example sequence from the test set: \`${k.n(V.protein(k.g, 40))}\`.
`,
  ),

  labDoc(
    'lab-webhook-github-bot',
    ['config-syntax'],
    'labbot/config.ini',
    (k) => `[github]
app_id = ${k.n(k.g.digits(6))}
installation_id = ${k.n(k.g.digits(8))}
webhook_secret = ${k.tok()}
private_key_path = /etc/labbot/labbot.private-key.pem

[zenodo]
sandbox = false
token = ${k.prov('Zenodo', V.zenodo(k.g))}

[matrix]
homeserver = https://matrix.uni-example.de
user = @labbot:uni-example.de
access_token = ${k.prov('Matrix', 'syt_' + k.g.base64url(12).replace(/[-_=]/g, 'a') + '_' + k.g.alnum(20) + '_' + k.g.alnum(6))}
`,
  ),

  labDoc(
    'lab-hpc-news-motd',
    ['prose', 'precision'],
    'etc/motd',
    (k) => `=====================================================================
 Welcome to KEPLER — Uni HPC cluster        Support: hpc-support@uni-example.edu
=====================================================================
 * Maintenance: 2024-07-09 08:00–18:00 (Lustre upgrade). Jobs ending after 08:00 will not start.
 * /scratch is NOT backed up. Files older than 60 days are purged.
 * Never share your password. HPC staff will never ask for it.
 * New: Open OnDemand at https://ondemand.hpc.uni-example.edu
 * Node image: rocky-9-hpc build ${k.n(V.sha1(k.g).slice(0, 12))}, kernel 5.14.0-362
 * Container images are verified: cosign public key fingerprint ${k.n(V.sha256(k.g))}
=====================================================================
`,
  ),
];
