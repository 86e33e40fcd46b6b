// Research metadata files that look random and are not secret (CITATION.cff, SRA run tables, pip hash pins,
// mmCIF headers, Snakemake logs, RO-Crate), and the few lab-portal configs next to them that do hold keys.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_METADATA_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-citation-cff',
    ['precision'],
    'CITATION.cff',
    (k) => `cff-version: 1.2.0
message: "If you use this software, please cite it as below."
title: "cryo-tools"
version: 0.7.2
doi: ${k.n(V.doi(k.g))}
date-released: 2024-05-14
authors:
  - family-names: Jansen
    given-names: Pieter
    orcid: "https://orcid.org/${k.n(V.orcid(k.g))}"
  - family-names: Costa
    given-names: Rita
    orcid: "https://orcid.org/${k.n(V.orcid(k.g))}"
  - family-names: Novak
    given-names: Ana
    orcid: "https://orcid.org/${k.n(V.orcid(k.g))}"
repository-code: "https://github.com/structbio-lab/cryo-tools"
commit: ${k.n(V.sha1(k.g))}
`,
  ),

  labDoc(
    'lab-sra-runinfo',
    ['precision'],
    'metadata/SraRunInfo.csv',
    (k) =>
      `Run,ReleaseDate,spots,bases,avgLength,size_MB,Experiment,BioProject,BioSample,md5\n` +
      Array.from(
        { length: 6 },
        () => `${k.n(V.sra(k.g))},2023-11-02,${k.g.digits(8)},${k.g.digits(10)},150,${k.g.digits(4)},SRX${k.g.digits(8)},PRJNA${k.g.digits(6)},SAMN${k.g.digits(8)},${k.n(V.md5(k.g))}`,
      ).join('\n') +
      '\n',
  ),

  labDoc(
    'lab-requirements-hashes',
    ['precision'],
    'requirements.lock.txt',
    (k) => `numpy==1.26.4 \\
    --hash=sha256:${k.n(V.sha256(k.g))} \\
    --hash=sha256:${k.n(V.sha256(k.g))}
scanpy==1.9.8 \\
    --hash=sha256:${k.n(V.sha256(k.g))}
anndata==0.10.7 \\
    --hash=sha256:${k.n(V.sha256(k.g))}
--extra-index-url https://${k.n('${PIP_USER}')}:${k.n('${PIP_TOKEN}')}@nexus.structbio-example.org/repository/pypi-lab/simple
`,
  ),

  labDoc(
    'lab-mmcif-header',
    ['precision'],
    'structures/model_01.cif',
    (k) => `data_${k.n(k.g.upper(4))}
#
_entry.id ${k.g.digits(1)}${k.g.upper(3)}
_audit_author.name 'Jansen, P.'
_audit_author.identifier_ORCID ${k.n(V.orcid(k.g))}
_database_2.pdbx_DOI ${k.n(V.doi(k.g))}
_entity_poly.pdbx_seq_one_letter_code
;${k.n(V.protein(k.g, 60))}
${k.n(V.protein(k.g, 48))}
;
_em_imaging.microscope_model 'TFS KRIOS'
_em_software.name RELION
_pdbx_database_status.deposit_site PDBE
`,
  ),

  labDoc(
    'lab-snakemake-log',
    ['logs-and-output', 'precision'],
    '.snakemake/log/2024-06-03T101211.412345.snakemake.log',
    (k) => `Building DAG of jobs...
Using shell: /usr/bin/bash
Provided cluster nodes: 100
Job stats:
job           count
----------  -------
align            24
count            24
all               1
total            49

[Mon Jun  3 10:12:15 2024]
rule align:
    input: data/${V.sra(k.g)}_1.fastq.gz, data/${V.sra(k.g)}_2.fastq.gz
    output: results/bam/WT_REP1.bam
    jobid: 7
    wildcards: sample=WT_REP1
    resources: mem_mb=32000, runtime=240, slurm_account=genomics

Submitted job 7 with external jobid '${k.n(V.jobId(k.g))}'.
Complete log: .snakemake/log/2024-06-03T101211.412345.snakemake.log
Checksum of config: ${k.n(V.sha256(k.g))}
`,
  ),

  labDoc(
    'lab-ro-crate-metadata',
    ['precision'],
    'ro-crate-metadata.json',
    (k) => `{
  "@context": "https://w3id.org/ro/crate/1.1/context",
  "@graph": [
    {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
    {"@id": "./", "@type": "Dataset", "identifier": "https://doi.org/${k.n(V.doi(k.g))}", "name": "Retina atlas processed data",
     "author": {"@id": "https://orcid.org/${k.n(V.orcid(k.g))}"}},
    {"@id": "counts.h5ad", "@type": "File", "sha256": "${k.n(V.sha256(k.g))}", "contentSize": "4403019776"},
    {"@id": "#run-${k.n(k.g.uuid())}", "@type": "CreateAction", "instrument": {"@id": "workflow/Snakefile"}}
  ]
}
`,
  ),

  labDoc(
    'lab-portal-env-production',
    ['config-syntax'],
    'data-portal/.env.production',
    (k) => `NODE_ENV=production
PORTAL_URL=https://data.lab-example.org
SESSION_SECRET=${k.tok()}
JWT_SIGNING_KEY=${k.s('token', k.g.base64(48))}
ORCID_CLIENT_ID=APP-${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}
ORCID_CLIENT_SECRET=${k.s('token', k.g.uuid())}
DATABASE_URL=postgres://portal:${k.cs()}@pg-portal.lab.local:5432/portal
ELASTIC_PASSWORD=${k.spw()}
MATOMO_SITE_ID=${k.n(k.g.digits(2))}
`,
  ),

  labDoc(
    'lab-nginx-download-server',
    ['config-syntax', 'precision'],
    'etc/nginx/conf.d/downloads.conf',
    (k) => `server {
    listen 443 ssl http2;
    server_name downloads.lab-example.org;
    ssl_certificate     /etc/letsencrypt/live/downloads.lab-example.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/downloads.lab-example.org/privkey.pem;

    location /embargoed/ {
        # reviewers get a secure_link URL; the md5 below is a hash, the secret is the part after the uri
        secure_link $arg_md5,$arg_expires;
        secure_link_md5 "$secure_link_expires$uri ${k.tok()}";
        if ($secure_link = "") { return 403; }
    }
    location /public/ {
        autoindex on;
        # e.g. /public/atlas_v2.tar.gz?md5=${k.n(k.g.base64url(22))}&expires=1735689600
    }
    location /api/ {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header X-Api-Key ${k.tok()};
    }
}
`,
  ),
];
