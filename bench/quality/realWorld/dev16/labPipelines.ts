// Workflow managers and ML tracking: Snakemake, Nextflow configs and Tower tokens, Airflow connections, CWL job
// files, Galaxy, Dask, Ray, MLflow, Comet, Neptune, W&B settings as research groups commit them.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_PIPELINE_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-nextflow-config',
    ['config-syntax', 'precision'],
    'nextflow.config',
    (k) => `params {
    input        = 'samplesheet.csv'
    outdir       = 's3://cohort-results/rnaseq'
    genome       = 'GRCh38'
    igenomes_base = 's3://ngi-igenomes/igenomes'
}

process {
    executor = 'slurm'
    queue    = 'compute'
    clusterOptions = '--account=genomics'
}

aws {
    region = 'eu-central-1'
    accessKey = '${k.u(V.awsId(k.g))}'
    secretKey = '${k.prov('AWS', V.awsSecret(k.g))}'
    client {
        endpoint = 'https://s3.eu-central-1.amazonaws.com'
    }
}

tower {
    enabled     = true
    accessToken = '${k.prov('Seqera Platform', V.towerToken(k.g))}'
    workspaceId = '${k.n(k.g.digits(15))}'
}

singularity {
    enabled    = true
    autoMounts = true
    cacheDir   = '/scratch/singularity'
}

// pipeline revision pinned: ${k.n(V.sha1(k.g))}
`,
  ),

  labDoc(
    'lab-nextflow-secrets-cli',
    ['command-line', 'precision'],
    'docs/nextflow-secrets.md',
    (k) => `# Using Nextflow secrets for the LIMS upload step

Do **not** put the LIMS password in \`nextflow.config\`. Store it once per user:

\`\`\`bash
nextflow secrets set LIMS_PASSWORD '${k.spw()}'
nextflow secrets set NCBI_API_KEY ${k.prov('NCBI', V.ncbi(k.g))}
nextflow secrets list
\`\`\`

and use it in a process with \`secret 'LIMS_PASSWORD'\` and \`$LIMS_PASSWORD\` in the script block. In the config
refer to it as \`secrets.LIMS_PASSWORD\` — e.g. \`params.lims_pw = ${k.n('secrets.LIMS_PASSWORD')}\`.

For Seqera Platform, export your personal token before launching:

\`\`\`bash
export TOWER_ACCESS_TOKEN=${k.n('<your token from Your tokens page>')}
nextflow run nf-core/rnaseq -r 3.14.0 -profile singularity -with-tower
\`\`\`
`,
  ),

  labDoc(
    'lab-snakemake-config-yaml',
    ['config-syntax', 'precision'],
    'config/config.yaml',
    (k) => `samples: config/samples.tsv
reference:
  fasta: resources/GRCm39.primary_assembly.genome.fa
  gtf: resources/gencode.vM33.annotation.gtf
  sha256: ${k.n(V.sha256(k.g))}
star:
  threads: 16
  extra: "--outSAMtype BAM SortedByCoordinate"
upload:
  sftp_host: sftp.sequencing-core.example.org
  sftp_user: lab_weber
  sftp_password: ${k.spw()}
irods:
  zone: uniZone
  collection: /uniZone/home/weberlab/rnaseq
slack_webhook: ${k.prov('Slack webhook', V.slackHook(k.g))}
seed: ${k.n(V.seed(k.g))}
`,
  ),

  labDoc(
    'lab-snakefile-remote',
    ['code'],
    'workflow/Snakefile',
    (k) => `configfile: "config/config.yaml"

from snakemake.remote.FTP import RemoteProvider as FTPRemoteProvider
from snakemake.remote.S3 import RemoteProvider as S3RemoteProvider

FTP = FTPRemoteProvider(username="core_user", password="${k.spw()}")
S3 = S3RemoteProvider(access_key_id="${k.u(V.s3Access(k.g))}", secret_access_key="${k.prov('S3 (Ceph RGW)', V.s3Secret(k.g))}",
                      host="https://s3.rdm.uni-example.edu")

rule all:
    input: expand("results/counts/{s}.tsv", s=SAMPLES)

rule fetch:
    input: FTP.remote("ftp.sequencing-core.example.org/runs/{run}/{s}.fastq.gz", keep_local=True)
    output: "data/{s}.fastq.gz"
    shell: "mv {input} {output}"
`,
  ),

  labDoc(
    'lab-airflow-connections-env',
    ['config-syntax', 'command-line'],
    'airflow/.env',
    (k) => `AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:${k.cs()}@postgres/airflow
AIRFLOW__CELERY__BROKER_URL=redis://:${k.cs()}@redis:6379/0
AIRFLOW__CORE__FERNET_KEY=${k.s('token', k.g.base64url(43) + '=')}
AIRFLOW__WEBSERVER__SECRET_KEY=${k.hex(32)}
AIRFLOW_CONN_LIMS_DB=mysql://etl:${k.cs()}@lims-db.genomics.local:3306/lims
AIRFLOW_CONN_SFTP_CORE=sftp://core_user:${k.cs()}@sftp.sequencing-core.example.org:22
AIRFLOW_CONN_AWS_DEFAULT=aws://
_AIRFLOW_WWW_USER_USERNAME=airflow
_AIRFLOW_WWW_USER_PASSWORD=${k.u('airflow')}
`,
  ),

  labDoc(
    'lab-airflow-cli-history',
    ['command-line'],
    'notes/airflow-setup.txt',
    (k) => `airflow connections add 'redcap_api' \\
    --conn-type 'http' \\
    --conn-host 'https://redcap.hospital-example.org/api/' \\
    --conn-password '${k.prov('REDCap', V.redcap(k.g))}'

airflow connections add 'omero' --conn-uri 'omero://importer:${k.cs()}@omero.imaging.local:4064'
airflow variables set wandb_key ${k.prov('Weights & Biases', V.wandb(k.g))}
airflow users create --username jdoe --firstname J --lastname Doe --role Admin --email jdoe@lab.example --password ${k.spw()}
airflow dags trigger nightly_ingest --conf '{"run_date": "2024-06-01"}'
`,
  ),

  labDoc(
    'lab-cwl-job-yaml',
    ['config-syntax', 'precision'],
    'cwl/job-upload.yml',
    (k) => `reads_1:
  class: File
  location: data/${k.n(V.sra(k.g))}_1.fastq.gz
  checksum: sha1$${k.n(V.sha1(k.g))}
reads_2:
  class: File
  location: data/${k.n(V.sra(k.g))}_2.fastq.gz
  checksum: sha1$${k.n(V.sha1(k.g))}
ena_webin_user: Webin-${k.n(k.g.digits(5))}
ena_webin_password: ${k.spw()}
study_accession: ${k.n('PRJEB' + k.g.digits(5))}
`,
  ),

  labDoc(
    'lab-galaxy-yml',
    ['config-syntax', 'precision'],
    'galaxy/config/galaxy.yml',
    (k) => `gravity:
  process_manager: systemd
  galaxy_root: /srv/galaxy/server
  gunicorn:
    bind: unix:/srv/galaxy/var/gunicorn.sock
    workers: 4
galaxy:
  brand: "Uni Bioinformatics Galaxy"
  database_connection: postgresql://galaxy:${k.cs()}@pg-galaxy.bioinf.local/galaxy
  install_database_connection: sqlite:///./database/install.sqlite?isolation_level=IMMEDIATE
  file_path: /data/galaxy/datasets
  id_secret: ${k.tok()}
  admin_users: admin@bioinf.uni-example.de
  require_login: true
  allow_user_creation: false
  smtp_server: mail.uni-example.de:587
  smtp_username: galaxy
  smtp_password: ${k.spw()}
  error_email_to: galaxy-admins@bioinf.uni-example.de
  tool_data_table_config_path: /srv/galaxy/config/tool_data_table_conf.xml
  # upstream default was "USING THE DEFAULT IS NOT SECURE!"
  # id_secret: ${k.n('USING THE DEFAULT IS NOT SECURE!')}
`,
  ),

  labDoc(
    'lab-mlflow-tracking-env',
    ['config-syntax', 'code'],
    'mlops/tracking.py',
    (k) => `import os
import mlflow

os.environ["MLFLOW_TRACKING_URI"] = "https://mlflow.ai-lab.example.org"
os.environ["MLFLOW_TRACKING_USERNAME"] = "pipeline"
os.environ["MLFLOW_TRACKING_PASSWORD"] = "${k.spw()}"
os.environ["MLFLOW_S3_ENDPOINT_URL"] = "https://minio.ai-lab.example.org"
os.environ["AWS_ACCESS_KEY_ID"] = "${k.u('mlflow')}"
os.environ["AWS_SECRET_ACCESS_KEY"] = "${k.prov('S3 (MinIO)', V.s3Secret(k.g))}"

mlflow.set_experiment("protein-stability")
with mlflow.start_run(run_name="xgb-${k.n(k.g.hex(8))}"):
    mlflow.log_param("seed", ${k.n(V.seed(k.g))})
`,
  ),

  labDoc(
    'lab-comet-neptune-config',
    ['config-syntax', 'credential-file'],
    '.comet.config',
    (k) => `[comet]
api_key = ${k.prov('Comet', V.comet(k.g))}
workspace = cryo-lab
project_name = particle-picking

# neptune for the other project (moved there in 2024)
[neptune]
project = cryo-lab/picking
api_token = ${k.prov('Neptune', V.neptune(k.g))}
`,
  ),

  labDoc(
    'lab-wandb-settings-netrc',
    ['credential-file', 'precision'],
    '.netrc',
    (k) => `machine api.wandb.ai
  login user
  password ${k.prov('Weights & Biases', V.wandb(k.g))}
machine github.com
  login rse-bot
  password ${k.prov('GitHub', V.githubPat(k.g))}
`,
  ),

  labDoc(
    'lab-dask-gateway-config',
    ['config-syntax'],
    'etc/dask-gateway/dask_gateway_config.py',
    (k) => `c.DaskGateway.backend_class = "dask_gateway_server.backends.jobqueue.slurm.SlurmBackend"
c.SlurmClusterConfig.scheduler_cores = 2
c.SlurmClusterConfig.worker_memory = "16 G"
c.SlurmClusterConfig.partition = "compute"
c.DaskGateway.authenticator_class = "dask_gateway_server.auth.JupyterHubAuthenticator"
c.JupyterHubAuthenticator.jupyterhub_api_token = "${k.hex(64)}"
c.JupyterHubAuthenticator.jupyterhub_api_url = "https://hub.hpc.local/hub/api"
`,
  ),

  labDoc(
    'lab-jupyterhub-config',
    ['config-syntax', 'precision'],
    'jupyterhub/jupyterhub_config.py',
    (k) => `c = get_config()  # noqa
c.JupyterHub.bind_url = "https://0.0.0.0:443"
c.JupyterHub.spawner_class = "batchspawner.SlurmSpawner"
c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
c.JupyterHub.authenticator_class = "oauthenticator.generic.GenericOAuthenticator"
c.GenericOAuthenticator.client_id = "jupyterhub"
c.GenericOAuthenticator.client_secret = "${k.tok()}"
c.GenericOAuthenticator.oauth_callback_url = "https://hub.hpc.local/hub/oauth_callback"
c.JupyterHub.services = [
    {"name": "dask-gateway", "api_token": "${k.hex(64)}"},
    {"name": "idle-culler", "api_token": os.environ["${k.n('CULLER_TOKEN')}"]},
]
c.Authenticator.admin_users = {"hpcadmin", "${k.n('ab1234')}"}
`,
  ),

  labDoc(
    'lab-ray-cluster-yaml',
    ['config-syntax', 'precision'],
    'ray/cluster.yaml',
    (k) => `cluster_name: gpu-sweep
max_workers: 8
provider:
  type: local
  head_ip: 10.20.3.10
  worker_ips: [10.20.3.11, 10.20.3.12, 10.20.3.13]
auth:
  ssh_user: raybot
  ssh_private_key: ~/.ssh/ray_ed25519
setup_commands:
  - pip install -U "ray[default,tune]==2.9.3" wandb
  - echo 'export WANDB_API_KEY=${k.prov('Weights & Biases', V.wandb(k.g))}' >> ~/.bashrc
head_start_ray_commands:
  - ray stop
  - ray start --head --port=6379 --dashboard-host=0.0.0.0 --redis-password='${k.spw()}'
`,
  ),
];
