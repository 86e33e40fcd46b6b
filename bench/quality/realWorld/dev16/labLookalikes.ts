// Research files full of random-looking non-secrets: checksum manifests, FASTA/FASTQ, conda locks, sacct output,
// BAM headers, sample sheets, DOIs and accessions, masked config dumps, password hashes, public tokens. Mostly
// negatives, with the odd real secret where people really leave one.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_LOOKALIKE_DOCS: RealWorldDoc[] = [
  labDoc('lab-md5-manifest', ['precision'], 'data/MANIFEST.md5', (k) => Array.from({ length: 8 }, (_, i) => `${k.n(V.md5(k.g))}  ${k.n(V.sra(k.g))}_${(i % 2) + 1}.fastq.gz`).join('\n') + '\n'),

  labDoc(
    'lab-sha256-release-notes',
    ['precision', 'prose'],
    'RELEASE_NOTES.md',
    (k) => `# v2.0.0 — dataset release

| File | Size | SHA-256 |
|---|---|---|
| counts_matrix.h5ad | 4.1 GB | \`${k.n(V.sha256(k.g))}\` |
| metadata.tsv | 12 MB | \`${k.n(V.sha256(k.g))}\` |
| model_weights.safetensors | 1.3 GB | \`${k.n(V.sha256(k.g))}\` |

Commit: ${k.n(V.sha1(k.g))}. Zenodo record: ${k.n(V.doi(k.g))}. Dataset UUID: ${k.n(k.g.uuid())}.
`,
  ),

  labDoc('lab-fasta-and-fastq', ['precision'], 'data/example_reads.fastq', (k) => {
    const rec = () => `@${V.sra(k.g)}.${k.g.digits(4)} ${k.g.digits(4)}/1\n${k.n(V.seq(k.g, 76))}\n+\n${k.n(k.g.chars('FFFF:,F:FFFFFFF#', 76))}`;
    return `${rec()}\n${rec()}\n${rec()}\n>sp|${V.uniprot(k.g)}|KIN_HUMAN Serine/threonine-protein kinase\n${k.n(V.protein(k.g, 60))}\n`;
  }),

  labDoc(
    'lab-conda-lock',
    ['precision'],
    'conda-lock.yml',
    (k) => `version: 1
metadata:
  content_hash:
    linux-64: ${k.n(V.sha256(k.g))}
  channels:
  - url: conda-forge
package:
- name: numpy
  version: 1.26.4
  manager: conda
  platform: linux-64
  url: https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-${V.condaBuild(k.g)}.conda
  hash:
    md5: ${k.n(V.md5(k.g))}
    sha256: ${k.n(V.sha256(k.g))}
- name: scanpy
  version: 1.9.8
  manager: conda
  platform: linux-64
  url: https://conda.anaconda.org/conda-forge/noarch/scanpy-1.9.8-pyhd8ed1ab_0.conda
  hash:
    md5: ${k.n(V.md5(k.g))}
    sha256: ${k.n(V.sha256(k.g))}
`,
  ),

  labDoc(
    'lab-sacct-output',
    ['logs-and-output', 'precision'],
    'logs/sacct-week.txt',
    (k) => `JobID           JobName  Partition    Account  AllocCPUS      State ExitCode
------------ ---------- ---------- ---------- ---------- ---------- --------
${k.n(V.jobId(k.g))}       unet-seg        gpu   genomics         32  COMPLETED      0:0
${k.n(V.jobId(k.g))}.batch     batch              genomics         32  COMPLETED      0:0
${k.n(V.jobId(k.g))}      deseq2    compute   genomics          8     FAILED      1:0
${k.n(V.jobId(k.g))}_[1-200] annotate  compute   genomics          4    PENDING      0:0
`,
  ),

  labDoc('lab-masked-config-dump', ['logs-and-output', 'precision'], 'logs/pipeline-start.log', (k) => {
    const real = V.s3Secret(k.g);
    return `2024-06-02 03:00:01 INFO  Starting nightly ingest v1.8.0 (commit ${k.n(V.sha1(k.g).slice(0, 7))})
2024-06-02 03:00:01 INFO  Config: {"lims_url": "https://lims.genomics.local", "lims_user": "svc_pipeline", "lims_password": "${k.n('********')}",
  "s3_secret_key": "${k.n(V.mask(real))}", "ncbi_api_key": "${k.n('[REDACTED]')}", "seed": ${k.n(V.seed(k.g))}}
2024-06-02 03:00:02 INFO  Run id ${k.n(k.g.uuid())}
2024-06-02 03:00:09 WARN  Retrying S3 PUT (attempt 2), request id ${k.n(k.g.hex(16).toUpperCase())}
2024-06-02 03:14:55 INFO  Done: 412 samples, 0 failed
`;
  }),

  labDoc(
    'lab-htpasswd-ood',
    ['credential-file', 'precision'],
    'etc/httpd/ood.htpasswd',
    (k) => `hpcadmin:${k.n(V.bcrypt(k.g))}
guest:${k.n(V.bcrypt(k.g))}
reviewer:${k.n(V.bcrypt(k.g))}
`,
  ),

  labDoc(
    'lab-samplesheet-csv',
    ['precision'],
    'samplesheet.csv',
    (k) =>
      `sample,fastq_1,fastq_2,strandedness,barcode\n` +
      Array.from(
        { length: 6 },
        (_, i) => `WT_REP${i + 1},s3://cohort-wgs/batch07/${k.n(V.sra(k.g))}_1.fastq.gz,s3://cohort-wgs/batch07/${k.n(V.sra(k.g))}_2.fastq.gz,reverse,${k.n(V.seq(k.g, 8))}-${k.n(V.seq(k.g, 8))}`,
      ).join('\n') +
      '\n',
  ),

  labDoc(
    'lab-bam-header',
    ['logs-and-output', 'precision'],
    'logs/samtools-view-H.txt',
    (k) => `@HD	VN:1.6	SO:coordinate
@SQ	SN:chr1	LN:248956422	M5:${k.n(V.md5(k.g))}	UR:file:/refs/GRCh38.fa
@SQ	SN:chr2	LN:242193529	M5:${k.n(V.md5(k.g))}	UR:file:/refs/GRCh38.fa
@RG	ID:${k.n(k.g.hex(8))}.1	SM:${V.sra(k.g)}	PL:ILLUMINA	PU:${k.n(k.g.upper(9))}.1
@PG	ID:bwa	PN:bwa	VN:0.7.17-r1188	CL:bwa mem -t 16 -R @RG\\tID:x\\tSM:y /refs/GRCh38.fa r1.fq.gz r2.fq.gz
`,
  ),

  labDoc(
    'lab-mapbox-public-map',
    ['code', 'precision'],
    'web/map.js',
    (k) => `// Field sites map for the project website; public token restricted to our domain in the Mapbox dashboard
mapboxgl.accessToken = '${k.n(V.mapboxPublic(k.g))}';
const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/outdoors-v12', center: [11.39, 47.26], zoom: 8 });
// the secret token (for the Uploads API) lives on the server only:
// MAPBOX_SECRET=${k.n('${process.env.MAPBOX_SECRET}')}
const SITES_DATASET = '${k.n('cl' + k.g.lower(23))}';
`,
  ),

  labDoc(
    'lab-mapbox-secret-upload',
    ['code', 'command-line'],
    'scripts/upload_tiles.sh',
    (k) => `#!/bin/bash
# upload the sampling-site tileset (needs a secret token with uploads:write)
export MAPBOX_ACCESS_TOKEN=${k.prov('Mapbox', V.mapboxSecret(k.g))}
tilesets upload-source geo-lab sites data/sites.geojson.ld
tilesets publish geo-lab.sites-2024
`,
  ),

  labDoc(
    'lab-ipynb-outputs-ids',
    ['logs-and-output', 'precision'],
    'notebooks/04_qc.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {"collapsed": false, "id": "${k.n(k.g.hex(8))}"},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "run_id: ${k.n(k.g.hex(32))}\\n",
      "artifact uri: s3://mlflow/3/${k.n(k.g.hex(32))}/artifacts\\n",
      "dataset digest: ${k.n(V.sha256(k.g))}\\n"
     ]
    },
    {
     "data": {"image/png": "${k.n('iVBORw0KGgoAAAANSUhEUgAA' + k.g.base64(120))}"},
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": ["print_qc(run)"]
  }
 ],
 "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {"${k.n(k.g.hex(32))}": {"model_name": "HBoxModel"}}}}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  labDoc(
    'lab-wandb-run-metadata',
    ['logs-and-output', 'precision'],
    'wandb/run-20240412_101500-3kq9z1x7/files/wandb-metadata.json',
    (k) => `{
    "os": "Linux-5.14.0-362.el9.x86_64-x86_64-with-glibc2.34",
    "python": "3.11.6",
    "heartbeatAt": "2024-04-12T08:15:02.114521",
    "startedAt": "2024-04-12T08:15:00.873621",
    "program": "/home/ab1234/projects/seg/train.py",
    "git": {"remote": "https://github.com/weber-lab/seg.git", "commit": "${k.n(V.sha1(k.g))}"},
    "email": "ab1234@uni-example.edu",
    "host": "gpu017",
    "username": "ab1234",
    "executable": "/home/ab1234/miniforge3/envs/seg/bin/python",
    "args": ["--config", "configs/unet_large.yaml", "--seed", "${k.n(V.seed(k.g))}"],
    "gpu": "NVIDIA A100-SXM4-80GB",
    "gpu_count": 2
}
`,
  ),
];
