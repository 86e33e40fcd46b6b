// HPC clusters: Slurm/PBS/LSF job scripts, slurm.conf and slurmdbd.conf, Munge keys, Lmod module files, Open
// OnDemand, ssh configs for login nodes, Grafana/Prometheus for cluster monitoring.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_HPC_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-slurmdbd-conf',
    ['config-syntax', 'credential-file'],
    'etc/slurm/slurmdbd.conf',
    (k) => `#
# slurmdbd.conf for cluster "kepler" — managed by Ansible, role slurm-dbd
#
AuthType=auth/munge
AuthInfo=/var/run/munge/munge.socket.2
DbdHost=slurmdb01
DbdPort=6819
SlurmUser=slurm
DebugLevel=info
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/var/run/slurmdbd.pid
PurgeEventAfter=12month
PurgeJobAfter=24month
StorageType=accounting_storage/mysql
StorageHost=mariadb01.hpc.local
StoragePort=3306
StorageUser=slurm
StoragePass=${k.spw()}
StorageLoc=slurm_acct_db
`,
  ),

  labDoc(
    'lab-slurm-conf-excerpt',
    ['config-syntax', 'precision'],
    'etc/slurm/slurm.conf',
    (k) => `ClusterName=kepler
SlurmctldHost=slurmctl01(10.20.0.5)
SlurmctldHost=slurmctl02(10.20.0.6)
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=pmix
ProctrackType=proctrack/cgroup
ReturnToService=2
SlurmctldPidFile=/var/run/slurmctld.pid
SlurmdSpoolDir=/var/spool/slurmd
StateSaveLocation=/var/spool/slurmctld
SwitchType=switch/none
TaskPlugin=task/affinity,task/cgroup
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=slurmdb01
AccountingStoragePass=${k.n('/var/run/munge/munge.socket.2')}
AccountingStorageTRES=gres/gpu
JobCompType=jobcomp/elasticsearch
JobCompLoc=https://elastic.hpc.local:9200/slurm/_doc
JobCompUser=slurm_jobcomp
JobCompPass=${k.spw()}
GresTypes=gpu
NodeName=cn[001-128] CPUs=128 RealMemory=515000 Sockets=2 CoresPerSocket=64 ThreadsPerCore=1 State=UNKNOWN
NodeName=gpu[001-016] CPUs=64 RealMemory=1031000 Gres=gpu:a100:4 State=UNKNOWN
PartitionName=compute Nodes=cn[001-128] Default=YES MaxTime=3-00:00:00 State=UP
PartitionName=gpu Nodes=gpu[001-016] MaxTime=2-00:00:00 State=UP
`,
  ),

  labDoc(
    'lab-munge-key-ticket',
    ['prose', 'credential-file'],
    'tickets/HPC-2291.md',
    (k) => `**HPC-2291: new node cn129 cannot talk to slurmctld ("Invalid credential")**

munged on cn129 logs \`Invalid credential\` / \`Unauthorized credential for client UID=0\`. The munge key on the new node differs
from the one on the controllers (\`md5sum /etc/munge/munge.key\` gives \`${k.n(V.md5(k.g))}\` on cn129 vs \`${k.n(V.md5(k.g))}\` on slurmctl01).

Fix I used: copied the key over. For the record, here is the base64 of the key on the controllers, so you can check the next node
quickly (\`base64 /etc/munge/munge.key\`):

\`\`\`
${k.key(V.mungeB64(k.g))}
\`\`\`

Then \`chown munge: /etc/munge/munge.key && chmod 400 /etc/munge/munge.key && systemctl restart munge\`.
\`munge -n | ssh cn129 unmunge\` now says \`STATUS: Success (0)\`.
`,
  ),

  labDoc(
    'lab-sbatch-wandb-job',
    ['code', 'command-line'],
    'jobs/train_unet.sbatch',
    (k) => `#!/bin/bash
#SBATCH --job-name=unet-seg
#SBATCH --partition=gpu
#SBATCH --gres=gpu:a100:2
#SBATCH --cpus-per-task=16
#SBATCH --mem=128G
#SBATCH --time=1-12:00:00
#SBATCH --output=logs/%x-%j.out
#SBATCH --mail-user=l.moreau@institut-example.fr
#SBATCH --mail-type=END,FAIL

module purge
module load cuda/12.2 cudnn/8.9 miniforge3/24.3
source activate seg

export WANDB_API_KEY=${k.prov('Weights & Biases', V.wandb(k.g))}
export WANDB_PROJECT=cell-seg
export HF_HOME=/scratch/$USER/hf
export HUGGING_FACE_HUB_TOKEN=${k.prov('Hugging Face', V.hf(k.g))}
export MASTER_PORT=$((10000 + SLURM_JOB_ID % 20000))

srun python train.py --config configs/unet_large.yaml --seed ${k.n(V.seed(k.g))} --data /scratch/$USER/em_stacks
`,
  ),

  labDoc(
    'lab-pbs-job-s3-stage',
    ['code', 'command-line'],
    'jobs/stage_in.pbs',
    (k) => `#!/bin/bash
#PBS -N stage_in
#PBS -l select=1:ncpus=4:mem=16gb
#PBS -l walltime=04:00:00
#PBS -q copyq
#PBS -j oe

cd $PBS_O_WORKDIR
export AWS_ACCESS_KEY_ID=${k.u(V.s3Access(k.g))}
export AWS_SECRET_ACCESS_KEY=${k.prov('S3 (Ceph RGW)', V.s3Secret(k.g))}
export AWS_ENDPOINT_URL=https://s3.rdm.uni-example.edu
aws s3 sync s3://cohort-wgs/batch07/ /scratch/$USER/batch07/ --no-progress
sha256sum -c batch07.sha256   # first line: ${k.n(V.sha256(k.g))}  ${k.n(V.sra(k.g))}_1.fastq.gz
`,
  ),

  labDoc(
    'lab-lsf-job-mysql',
    ['code', 'command-line'],
    'lsf/annotate.bsub',
    (k) => `#BSUB -J annotate[1-200]
#BSUB -q long
#BSUB -n 4
#BSUB -R "rusage[mem=8000]"
#BSUB -o logs/annotate.%J.%I.out

module load ensembl-vep/110
vep --cache --offline --dir_cache /nfs/refs/vep \\
    --input_file chunks/chunk_\${LSB_JOBINDEX}.vcf.gz --output_file out/chunk_\${LSB_JOBINDEX}.vep.vcf \\
    --database --host ensdb.genomics.local --user vep_ro --password ${k.spw()} --port 3306
`,
  ),

  labDoc(
    'lab-lmod-modulefile',
    ['config-syntax', 'precision'],
    'modulefiles/matlab/R2023b.lua',
    (k) => `help([[
MATLAB R2023b with the campus licence server.
]])
whatis("Name: MATLAB")
whatis("Version: R2023b")
local root = "/opt/apps/matlab/R2023b"
prepend_path("PATH", pathJoin(root, "bin"))
setenv("MLM_LICENSE_FILE", "27000@lic01.hpc.local")
setenv("MATLAB_LOG_DIR", os.getenv("HOME") .. "/.matlab/logs")
-- licence server checksum from the vendor portal: ${k.n(V.sha1(k.g))}
family("matlab")
`,
  ),

  labDoc(
    'lab-lmod-module-with-db',
    ['config-syntax'],
    'modulefiles/lims-client/2.4.lua',
    (k) => `whatis("LIMS client tools (sample tracking)")
local base = "/opt/apps/lims-client/2.4"
prepend_path("PATH", pathJoin(base, "bin"))
setenv("LIMS_URL", "https://lims.genomics.local")
setenv("LIMS_USER", "svc_pipeline")
setenv("LIMS_PASSWORD", "${k.spw()}")
setenv("LIMS_API_TOKEN", "${k.tok()}")
`,
  ),

  labDoc(
    'lab-ood-cluster-yml',
    ['config-syntax', 'precision'],
    'etc/ood/config/clusters.d/kepler.yml',
    (k) => `---
v2:
  metadata:
    title: "Kepler"
  login:
    host: "login.kepler.hpc.local"
  job:
    adapter: "slurm"
    cluster: "kepler"
    bin: "/usr/bin"
    conf: "/etc/slurm/slurm.conf"
  batch_connect:
    basic:
      script_wrapper: |
        module purge
        %s
    vnc:
      script_wrapper: |
        export PATH="/opt/TurboVNC/bin:$PATH"
        export WEBSOCKIFY_CMD="/usr/bin/websockify"
        %s
  custom:
    grafana:
      host: "https://grafana.hpc.local"
      orgId: 1
      dashboard:
        name: "ondemand-clusters"
        uid: "${k.n(k.g.alnum(9))}"
`,
  ),

  labDoc(
    'lab-ood-portal-oidc',
    ['config-syntax', 'credential-file'],
    'etc/ood/config/ood_portal.yml',
    (k) => `servername: ondemand.hpc.uni-example.edu
ssl:
  - 'SSLCertificateFile "/etc/pki/tls/certs/ondemand.crt"'
  - 'SSLCertificateKeyFile "/etc/pki/tls/private/ondemand.key"'
auth:
  - 'AuthType openid-connect'
  - 'Require valid-user'
oidc_uri: /oidc
oidc_provider_metadata_url: https://keycloak.uni-example.edu/realms/hpc/.well-known/openid-configuration
oidc_client_id: ondemand
oidc_client_secret: ${k.tok()}
oidc_remote_user_claim: preferred_username
oidc_settings:
  OIDCPassIDTokenAs: serialized
  OIDCCryptoPassphrase: ${k.gpw()}
`,
  ),

  labDoc(
    'lab-ssh-config-login-nodes',
    ['config-syntax', 'precision'],
    '.ssh/config',
    (k) => `Host kepler
    HostName login.kepler.hpc.local
    User ab1234
    IdentityFile ~/.ssh/id_ed25519_hpc
    ForwardAgent no
    ServerAliveInterval 60

Host gpu*
    ProxyJump kepler
    User ab1234

Host jupyter-tunnel
    HostName login.kepler.hpc.local
    LocalForward 8888 gpu017:8888

# old cluster, retired 2023 — fingerprint ${k.n('SHA256:' + k.g.base64(43).replace(/=+$/, ''))}
Host archimedes
    HostName archimedes.physik.uni-example.de
    User fischer
`,
  ),

  labDoc(
    'lab-grafana-ini-cluster',
    ['config-syntax', 'credential-file'],
    'etc/grafana/grafana.ini',
    (k) => `[server]
domain = grafana.hpc.local
root_url = https://grafana.hpc.local/

[database]
type = postgres
host = pgsql01.hpc.local:5432
name = grafana
user = grafana
password = ${k.spw()}

[security]
admin_user = admin
admin_password = ${k.pw()}
secret_key = ${k.tok()}

[auth.generic_oauth]
enabled = true
name = Uni SSO
client_id = grafana-hpc
client_secret = ${k.tok()}
scopes = openid profile email

[smtp]
enabled = true
host = mail.uni-example.edu:587
user = hpc-alerts
password = ${k.n('$__file{/etc/grafana/smtp_pass}')}
`,
  ),

  labDoc(
    'lab-prometheus-slurm-exporter',
    ['config-syntax', 'precision'],
    'prometheus/prometheus.yml',
    (k) => `global:
  scrape_interval: 30s
scrape_configs:
  - job_name: slurm
    static_configs:
      - targets: ['slurmctl01:8080']
  - job_name: node
    file_sd_configs:
      - files: ['/etc/prometheus/nodes/*.json']
  - job_name: beegfs
    basic_auth:
      username: prom
      password: ${k.spw()}
    static_configs:
      - targets: ['beegfs-mgmt01:9100']
  - job_name: ipmi
    params:
      module: [default]
    bearer_token_file: /etc/prometheus/ipmi.token
    static_configs:
      - targets: ['bmc-cn001', 'bmc-cn002']
remote_write:
  - url: https://mimir.uni-example.edu/api/v1/push
    authorization:
      credentials: ${k.tok()}
`,
  ),

  labDoc(
    'lab-slurm-job-output-env-dump',
    ['logs-and-output', 'precision'],
    'logs/debug-env-8812345.out',
    (k) => `SLURM_JOB_ID=${k.n(V.jobId(k.g))}
SLURM_JOB_NAME=debug-env
SLURM_JOB_NODELIST=cn042
SLURM_CPUS_ON_NODE=8
SLURM_SUBMIT_DIR=/home/cz9876/pipelines/rnaseq
CONDA_DEFAULT_ENV=rnaseq
CONDA_PREFIX=/home/cz9876/miniforge3/envs/rnaseq
HOME=/home/cz9876
LANG=en_US.UTF-8
MODULEPATH=/opt/modulefiles:/opt/apps/modulefiles
NXF_HOME=/home/cz9876/.nextflow
TOWER_ACCESS_TOKEN=${k.prov('Seqera Platform', V.towerToken(k.g))}
NXF_SINGULARITY_CACHEDIR=/scratch/cz9876/singularity
AWS_SECRET_ACCESS_KEY=${k.prov('AWS', V.awsSecret(k.g))}
OMP_NUM_THREADS=8
PWD=/home/cz9876/pipelines/rnaseq
SSH_AUTH_SOCK=/tmp/ssh-${k.n(k.g.alnum(10))}/agent.${k.n(k.g.digits(5))}
`,
  ),
];
