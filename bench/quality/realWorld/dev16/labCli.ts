// Command lines researchers and HPC admins type and keep: shell histories, sacctmgr/scontrol sessions, iRODS
// icommands, mysql/psql one-liners, curl calls to research APIs, huggingface-cli, apptainer/singularity.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_CLI_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-bash-history-postdoc',
    ['command-line', 'precision'],
    'home/mk4411/.bash_history',
    (k) => `module load R/4.3.2
Rscript scripts/deseq2.R --seed ${k.n(V.seed(k.g))}
squeue -u mk4411
scancel ${k.n(V.jobId(k.g))}
huggingface-cli login --token ${k.prov('Hugging Face', V.hf(k.g))}
wandb login ${k.prov('Weights & Biases', V.wandb(k.g))}
mysql -h mysql.genomics.local -u variant_ro -p${k.spw()} variants -e 'select count(*) from calls'
export KAGGLE_KEY=${k.prov('Kaggle', V.kaggle(k.g))}
kaggle competitions download -c rsna-2024-lumbar-spine-degenerative-classification
md5sum *.zip
sbatch --dependency=afterok:${k.n(V.jobId(k.g))} jobs/postprocess.sh
iinit
ils /uniZone/home/mk4411
git clone https://mk4411:${k.prov('GitHub', V.githubPat(k.g))}@github.com/weber-lab/variant-pipeline.git
history | grep sbatch
`,
  ),

  labDoc(
    'lab-root-history-hpc-admin',
    ['command-line', 'precision'],
    'root/.bash_history',
    (k) => `sacctmgr add account genomics Description="Genomics core" Organization=biology
sacctmgr add user ab1234 Account=genomics
scontrol update NodeName=cn042 State=RESUME
mysql -u root -p'${k.spw()}' -e "GRANT ALL ON slurm_acct_db.* TO 'slurm'@'slurmdb01' IDENTIFIED BY '${k.spw()}';"
systemctl restart slurmdbd
ipmitool -I lanplus -H bmc-cn042 -U ADMIN -P ${k.spw()} chassis power cycle
dd if=/dev/urandom bs=1 count=1024 > /etc/munge/munge.key
pdsh -w cn[001-128] 'systemctl restart munge'
beegfs-ctl --listnodes --nodetype=storage
lctl dl
htpasswd -b /etc/httpd/ood.htpasswd guest ${k.spw()}
ldappasswd -H ldaps://ldap.hpc.local -D "cn=admin,dc=hpc,dc=local" -w ${k.spw()} -s ${k.spw()} "uid=tb512,ou=people,dc=hpc,dc=local"
`,
  ),

  labDoc(
    'lab-irods-icommands-notes',
    ['command-line', 'prose'],
    'docs/irods-howto.md',
    (k) => `# iRODS quick start

\`\`\`
$ iinit
Enter your current PAM password:
$ iput -K -r run_${k.n(k.g.digits(4))}/ /uniZone/home/weberlab/raw/
$ ichksum /uniZone/home/weberlab/raw/run_0412/reads.bam
    reads.bam    sha2:${k.n(k.g.base64(43).replace(/=+$/, '') + '=')}
\`\`\`

The service account used by the pipeline is \`svc_ingest\`; its password (for \`iinit\` in the cron container) is
${k.spw()}. The scrambled form that ends up in \`~/.irods/.irodsA\` after \`iinit\` is not reusable elsewhere, but treat it as
the password anyway.

To script it: \`echo '${k.spw()}' | iinit\` (yes, people do this; please use the keyring instead).
`,
  ),

  labDoc(
    'lab-curl-research-apis',
    ['command-line', 'http-auth'],
    'notes/api-snippets.sh',
    (k) => `# Figshare: list my articles
curl -H "Authorization: token ${k.prov('Figshare', V.figshare(k.g))}" https://api.figshare.com/v2/account/articles

# OSF
curl -H "Authorization: Bearer ${k.prov('OSF', V.osf(k.g))}" https://api.osf.io/v2/users/me/

# Dataverse
curl -H "X-Dataverse-key:${k.s('http-auth', k.g.uuid())}" -X POST "https://dataverse.harvard.edu/api/dataverses/weberlab/datasets" --upload-file dataset.json

# ORCID member API (client credentials)
curl -i -H "Accept: application/json" -d "client_id=APP-${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}" -d "client_secret=${k.s('token', k.g.uuid())}" -d "scope=/read-public" -d "grant_type=client_credentials" https://orcid.org/oauth/token

# internal sample API with basic auth
curl -H "Authorization: Basic ${k.basic('pipeline')}" https://samples.lab-example.org/api/v1/samples?project=P-0412
`,
  ),

  labDoc(
    'lab-apptainer-registry-login',
    ['command-line', 'precision'],
    'containers/README.md',
    (k) => `# Containers

Build locally with \`apptainer build pipeline.sif pipeline.def\`, then push to the lab's Harbor:

\`\`\`bash
apptainer registry login --username robot\\$weberlab+ci --password ${k.s('token', k.g.alnum(32))} oras://harbor.lab-example.org
apptainer push pipeline.sif oras://harbor.lab-example.org/weberlab/pipeline:1.4.0
\`\`\`

Pull on the cluster with your own account: \`apptainer remote login -u $USER docker://harbor.lab-example.org\` (prompts for your password).
Image digest: \`sha256:${k.n(V.sha256(k.g))}\`.

Docker users: \`echo "$HARBOR_TOKEN" | docker login harbor.lab-example.org -u ${k.n('robot$weberlab+ci')} --password-stdin\`.
`,
  ),

  labDoc(
    'lab-psql-oneliners',
    ['command-line'],
    'notes/db-oneliners.txt',
    (k) => `PGPASSWORD=${k.spw()} psql -h lims-db.genomics.local -U lims_admin -d lims -c "\\dt"
pg_dump "postgresql://lims_admin:${k.cs()}@lims-db.genomics.local/lims" | gzip > lims_$(date +%F).sql.gz
mongosh "mongodb://metadata:${k.cs()}@mongo01.lab.local:27017/metadata?authSource=admin" --eval 'db.samples.countDocuments()'
redis-cli -h cache.lab.local -a ${k.spw()} FLUSHDB
`,
  ),

  labDoc(
    'lab-aws-cli-ceph-admin',
    ['command-line', 'logs-and-output'],
    'notes/ceph-rgw-user.txt',
    (k) => `$ radosgw-admin user create --uid=imaging-upload --display-name="Imaging facility upload"
{
    "user_id": "imaging-upload",
    "display_name": "Imaging facility upload",
    "email": "",
    "suspended": 0,
    "max_buckets": 1000,
    "keys": [
        {
            "user": "imaging-upload",
            "access_key": "${k.u(V.s3Access(k.g))}",
            "secret_key": "${k.prov('S3 (Ceph RGW)', V.s3Secret(k.g))}"
        }
    ],
    "caps": [],
    "op_mask": "read, write, delete",
    "type": "rgw"
}
$ aws --endpoint-url https://s3.rdm.uni-example.edu s3 mb s3://imaging-raw
make_bucket: imaging-raw
`,
  ),

  labDoc(
    'lab-globus-cli-session',
    ['command-line', 'precision'],
    'notes/globus-cli.txt',
    (k) => `$ globus login --no-local-server
$ globus endpoint search "kepler"
ID                                   | Owner                  | Display Name
------------------------------------ | ---------------------- | ------------------
${k.n(k.g.uuid())} | hpc@uni-example.edu     | Kepler scratch
$ export GLOBUS_CLI_CLIENT_ID=${k.n(k.g.uuid())}
$ export GLOBUS_CLI_CLIENT_SECRET=${k.prov('Globus', V.globusSecret(k.g))}
$ globus transfer ${k.n(k.g.uuid())}:/data/ ${k.n(k.g.uuid())}:/scratch/beamline/ --recursive --label "run 412"
Message: The transfer has been accepted and a task has been created and queued for execution
Task ID: ${k.n(k.g.uuid())}
`,
  ),

  labDoc(
    'lab-jupyter-port-forward-notes',
    ['command-line', 'prose'],
    'docs/jupyter-on-cluster.md',
    (k) => `# Running Jupyter on a compute node

1. \`srun --partition=gpu --gres=gpu:1 --time=4:00:00 --pty bash\`
2. \`jupyter lab --no-browser --ip=$(hostname) --port=8888\`
3. On your laptop: \`ssh -N -L 8888:gpu017:8888 kepler\`
4. Open the URL printed in step 2 — it looks like \`http://127.0.0.1:8888/lab?token=${k.n('<token>')}\`.

Example from my session yesterday (already dead):
\`http://127.0.0.1:8888/lab?token=${k.http(V.jupyter(k.g))}\`

If you set a password with \`jupyter server password\`, the hash lands in \`jupyter_server_config.json\` as \`${k.n(V.jupyterHash(k.g))}\`.
Or start it with a fixed token: \`jupyter lab --IdentityProvider.token=${k.hex(48)} --no-browser\`.
`,
  ),
];
