// Research code as it is published: READMEs, example configs, paper supplementary material, Python packages
// of a lab, Dockerfiles, GitHub Actions of a research repo, config.py files committed by students.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_README_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-readme-research-code',
    ['prose', 'precision'],
    'README.md',
    (k) => `# scRNA-atlas-tools

Code for "A single-cell atlas of the developing zebrafish retina" (Nature Methods, 2024, doi:${k.n(V.doi(k.g))}).

## Data
Raw reads: GEO ${k.n('GSE' + k.g.digits(6))} / SRA ${k.n(V.bioproject(k.g))}. Processed AnnData objects on Zenodo (${k.n(V.doi(k.g))}),
md5 \`${k.n(V.md5(k.g))}\`.

## Setup
\`\`\`bash
mamba env create -f environment.yml
cp config.example.yaml config.yaml   # then set your own keys
\`\`\`

\`config.example.yaml\`:
\`\`\`yaml
ncbi_api_key: ${k.n('YOUR_NCBI_API_KEY')}
wandb_api_key: ${k.n('<your wandb key>')}
hf_token: ${k.n('hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
\`\`\`

## Reproducibility
All figures use seed ${k.n(V.seed(k.g))}. Environment lock: \`conda-lock.yml\` (e.g. \`scanpy-1.9.8-${k.n(V.condaBuild(k.g))}\`).

## Citation
Please cite the paper and the software (ORCID of the maintainer: ${k.n(V.orcid(k.g))}).
`,
  ),

  labDoc(
    'lab-student-config-py',
    ['code', 'defaults-in-code'],
    'thesis_code/config.py',
    (k) => `# config for my thesis experiments
DATA_DIR = "/scratch/s2198/thesis/data"
RESULTS_DIR = "/scratch/s2198/thesis/results"

# database on the lab server
DB_HOST = "192.168.10.20"
DB_USER = "student"
DB_PASS = "${k.hpw()}"

# API keys
OPENAI_API_KEY = "${k.prov('OpenAI', V.openai(k.g))}"
ANTHROPIC_API_KEY = "${k.prov('Anthropic', V.anthropic(k.g))}"
SEMANTIC_SCHOLAR_KEY = "${k.s('token', k.g.alnum(40))}"
ELSEVIER_API_KEY = "${k.hex(32)}"

SEEDS = [${k.n(V.seed(k.g))}, ${k.n(V.seed(k.g))}, ${k.n(V.seed(k.g))}]
`,
  ),

  labDoc(
    'lab-supplementary-methods',
    ['prose', 'precision'],
    'supplementary/S1_methods.md',
    (k) => `# Supplementary Methods

## S1.3 Data access
Genotype data were accessed through the controlled-access portal (dbGaP ${k.n('phs' + k.g.digits(6) + '.v2.p1')}). Sequence
reads (${k.n(V.sra(k.g))}–${k.n(V.sra(k.g))}) were aligned to GRCh38 (GenBank ${k.n('GCA_000001405.15')}).

## S1.4 Software
The analysis server can be reproduced with the provided Docker image; the demo instance is available at
https://demo.lab-example.org (user: reviewer, password: ${k.hpw()}) until the end of the review period.

## S1.5 Example sequences
Primer F: ${k.n(V.seq(k.g, 22))}
Primer R: ${k.n(V.seq(k.g, 21))}
Peptide: ${k.n(V.protein(k.g, 30))}
`,
  ),

  labDoc(
    'lab-dockerfile-pipeline',
    ['code', 'config-syntax'],
    'Dockerfile',
    (k) => `FROM mambaorg/micromamba:1.5.8
COPY --chown=$MAMBA_USER:$MAMBA_USER environment.yml /tmp/env.yml
RUN micromamba install -y -n base -f /tmp/env.yml && micromamba clean -a -y
ARG PIP_INDEX_URL=https://ci:${k.cs()}@nexus.structbio-example.org/repository/pypi-lab/simple
RUN pip install --index-url $PIP_INDEX_URL cryo-tools==0.7.2
ENV NCBI_API_KEY=${k.prov('NCBI', V.ncbi(k.g))}
ENV MPLBACKEND=Agg
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/_entrypoint.sh", "cryo-tools"]
`,
  ),

  labDoc(
    'lab-gha-research-repo',
    ['config-syntax', 'precision'],
    '.github/workflows/docs.yml',
    (k) => `name: docs
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      ZENODO_TOKEN: \${{ secrets.ZENODO_TOKEN }}
      ENTREZ_EMAIL: ci@lab-example.org
      ENTREZ_KEY: ${k.prov('NCBI', V.ncbi(k.g))}
    steps:
      - uses: actions/checkout@${k.n(V.sha1(k.g))}
      - uses: mamba-org/setup-micromamba@v1
        with:
          environment-file: environment.yml
      - run: pytest -q
      - run: mkdocs gh-deploy --force
        env:
          GH_TOKEN: ${k.n('${{ secrets.GITHUB_TOKEN }}')}
`,
  ),

  labDoc(
    'lab-python-package-client',
    ['code', 'defaults-in-code', 'precision'],
    'src/labclient/client.py',
    (k) => `"""Client for the lab's sample registry API."""
from __future__ import annotations
import os
import requests

DEFAULT_URL = "https://samples.lab-example.org/api/v1"
# fallback key for the read-only demo registry used in the tutorial notebooks
_DEMO_KEY = "${k.tok()}"
HEADER = "${k.n('X-Registry-Key')}"


class RegistryClient:
    def __init__(self, url: str = DEFAULT_URL, api_key: str | None = None):
        self.url = url
        self.api_key = api_key or os.environ.get("${k.n('LAB_REGISTRY_KEY')}") or _DEMO_KEY

    def sample(self, sample_id: str) -> dict:
        r = requests.get(f"{self.url}/samples/{sample_id}", headers={HEADER: self.api_key}, timeout=30)
        r.raise_for_status()
        return r.json()
`,
  ),

  labDoc(
    'lab-test-fixture-conftest',
    ['code', 'precision'],
    'tests/conftest.py',
    (k) => `import pytest

@pytest.fixture
def registry_env(monkeypatch):
    monkeypatch.setenv("LAB_REGISTRY_KEY", "${k.n('test-key-not-real')}")
    monkeypatch.setenv("REDCAP_TOKEN", "${k.n('0'.repeat(32))}")
    monkeypatch.setenv("DB_PASSWORD", "${k.u('password123')}")
    yield

@pytest.fixture
def sample_record():
    return {"sample_id": "S-${k.n(k.g.digits(6))}", "uuid": "${k.n(k.g.uuid())}", "sequence": "${k.n(V.seq(k.g, 60))}"}
`,
  ),

  labDoc(
    'lab-mkdocs-tutorial-prose',
    ['prose', 'command-line', 'precision'],
    'docs/tutorial/01-getting-data.md',
    (k) => `# Getting the data

You need a free Copernicus account. Put your key into \`~/.cdsapirc\`:

\`\`\`
url: https://cds.climate.copernicus.eu/api
key: ${k.n('<PERSONAL-ACCESS-TOKEN>')}
\`\`\`

and an Earthdata login in \`~/.netrc\`:

\`\`\`
machine urs.earthdata.nasa.gov login ${k.n('<uid>')} password ${k.n('<password>')}
\`\`\`

> **Note** — an earlier version of this page showed the maintainer's own key (\`${k.prov('Copernicus CDS', V.cdsKey(k.g))}\`). It has been revoked.

Check the files: \`sha256sum era5_t2m_2023.nc\` should print \`${k.n(V.sha256(k.g))}\`.
`,
  ),

  labDoc(
    'lab-issue-bug-report',
    ['prose', 'logs-and-output'],
    'issues/142-upload-fails.md',
    (k) => `### Upload to Zenodo fails with 403

**Version**: 0.7.2, Python 3.11, on the cluster

**What I ran**
\`\`\`
$ cryo-tools publish --zenodo --token ${k.prov('Zenodo', V.zenodo(k.g))} --deposition ${k.n(k.g.digits(7))}
Traceback (most recent call last):
  File "/home/pj/miniforge3/envs/cryo/lib/python3.11/site-packages/cryo_tools/publish.py", line 88, in upload
    r.raise_for_status()
requests.exceptions.HTTPError: 403 Client Error: FORBIDDEN for url: https://zenodo.org/api/deposit/depositions/${k.n(k.g.digits(7))}/files?access_token=${k.prov('Zenodo', V.zenodo(k.g))}
\`\`\`
(edit: second token is the old one from my config, both revoked now)

**Expected**: upload of \`particles.star\` (md5 \`${k.n(V.md5(k.g))}\`).
`,
  ),

  labDoc(
    'lab-environment-yml',
    ['config-syntax', 'precision'],
    'environment.yml',
    (k) => `name: cryo
channels:
  - conda-forge
  - https://conda.anaconda.org/t/${k.prov('Anaconda', V.anacondaToken(k.g))}/structbio-private
  - bioconda
dependencies:
  - python=3.11
  - numpy=1.26.4=${k.n(V.condaBuild(k.g))}
  - mrcfile=1.5.0
  - pytorch=2.2.1
  - pip
  - pip:
      - --extra-index-url https://download.pytorch.org/whl/cu121
      - starfile==0.5.6
`,
  ),

  labDoc(
    'lab-makefile-deploy',
    ['code', 'command-line'],
    'Makefile',
    (k) => `SHELL := /bin/bash
REMOTE := deploy@labweb.uni-example.edu
SSHPASS := ${k.spw()}

.PHONY: site deploy data
site:
\tquarto render

deploy: site
\tsshpass -p '$(SSHPASS)' rsync -av _site/ $(REMOTE):/var/www/lab/

data:
\tcurl -L -o data/raw.zip "https://figshare.com/ndownloader/files/${k.n(k.g.digits(8))}?private_link=${k.s('http-auth', k.g.hex(20))}"
`,
  ),
];
