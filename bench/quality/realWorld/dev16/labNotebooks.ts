// Notebooks and analysis scripts: Jupyter `.ipynb` JSON with outputs, R scripts and `.Renviron`/`.Rprofile`,
// MATLAB/Octave and Julia, where tokens are pasted into a cell "just for now" and server tokens end up in logs.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_NOTEBOOK_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-ipynb-hf-finetune',
    ['code', 'precision'],
    'notebooks/03_finetune_esm2.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Fine-tuning ESM-2 on our kinase set\\n",
    "Data: UniProt ${k.n(V.uniprot(k.g))}, ${k.n(V.uniprot(k.g))} and the PDB structures from the supplement (DOI ${k.n(V.doi(k.g))})."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from huggingface_hub import login\\n",
    "os.environ[\\"HF_TOKEN\\"] = \\"${k.prov('Hugging Face', V.hf(k.g))}\\"\\n",
    "os.environ[\\"WANDB_API_KEY\\"] = \\"${k.prov('Weights & Biases', V.wandb(k.g))}\\"\\n",
    "login(token=os.environ[\\"HF_TOKEN\\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Token is valid (permission: write).\\n",
      "Your token has been saved to /home/jdoe/.cache/huggingface/token\\n",
      "Login successful\\n"
     ]
    }
   ],
   "source": [
    "import torch, random\\n",
    "torch.manual_seed(${k.n(V.seed(k.g))}); random.seed(${k.n(V.seed(k.g))})\\n",
    "model_id = \\"facebook/esm2_t33_650M_UR50D\\"\\n",
    "revision = \\"${k.n(V.sha1(k.g))}\\""
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3 (esm)", "language": "python", "name": "esm"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  labDoc(
    'lab-ipynb-postgres-lims-query',
    ['code', 'config-syntax'],
    'analysis/lims_export.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "engine = sa.create_engine(\\"postgresql+psycopg2://lims_ro:${k.cs()}@lims-db.biochem.uni-example.de:5432/lims\\")\\n",
    "samples = pd.read_sql(\\"SELECT sample_id, plate, well, conc_ng_ul FROM samples WHERE project = 'P-${k.n(k.g.digits(4))}'\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "   sample_id plate well  conc_ng_ul\\n",
       "0  S-${k.n(k.g.digits(6))}   P01  A01       12.4\\n",
       "1  S-${k.n(k.g.digits(6))}   P01  A02        9.8\\n"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["samples.head(2)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "# the ELN API, key from Benchling settings page\\n",
    "import requests\\n",
    "BENCHLING_API_KEY = \\"${k.prov('Benchling', V.benchling(k.g))}\\"\\n",
    "r = requests.get(\\"https://unilab.benchling.com/api/v2/dna-sequences\\", auth=(BENCHLING_API_KEY, \\"\\"))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  labDoc('lab-jupyter-server-log', ['logs-and-output', 'http-auth'], 'logs/jupyter-slurm-4417.err', (k) => {
    const t = V.jupyter(k.g);
    return `[I 2024-03-18 10:02:11.412 ServerApp] jupyter_lsp | extension was successfully linked.
[I 2024-03-18 10:02:11.418 ServerApp] jupyter_server_terminals | extension was successfully linked.
[I 2024-03-18 10:02:12.003 ServerApp] Serving notebooks from local directory: /home/ab1234/projects/cryo
[I 2024-03-18 10:02:12.003 ServerApp] Jupyter Server 2.12.5 is running at:
[I 2024-03-18 10:02:12.003 ServerApp] http://gpu017:8888/lab?token=${k.http(t)}
[I 2024-03-18 10:02:12.003 ServerApp]     http://127.0.0.1:8888/lab?token=${k.http(t)}
[I 2024-03-18 10:02:12.004 ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).
[C 2024-03-18 10:02:12.010 ServerApp]

    To access the server, open this file in a browser:
        file:///home/ab1234/.local/share/jupyter/runtime/jpserver-${k.n(k.g.digits(6))}-open.html
    Or copy and paste one of these URLs:
        http://gpu017:8888/lab?token=${k.http(t)}
        http://127.0.0.1:8888/lab?token=${k.http(t)}
[I 2024-03-18 10:05:44.270 ServerApp] Kernel started: ${k.n(k.g.uuid())}
[W 2024-03-18 10:05:44.990 ServerApp] 404 GET /api/kernels/${k.n(k.g.uuid())}/channels?session_id=${k.n(k.g.uuid())} (127.0.0.1) 2.10ms
`;
  }),

  labDoc(
    'lab-jupyter-server-config',
    ['config-syntax', 'precision'],
    '.jupyter/jupyter_server_config.py',
    (k) => `# Configuration file for jupyter-server (generated by: jupyter server --generate-config)
c = get_config()  # noqa

c.ServerApp.ip = '0.0.0.0'
c.ServerApp.port = 9999
c.ServerApp.open_browser = False
c.ServerApp.allow_remote_access = True

## Hashed password to use for web authentication (from jupyter_server.auth.passwd)
c.PasswordIdentityProvider.hashed_password = '${k.n(V.jupyterHash(k.g))}'

## Token used for authenticating first-time connections to the server.
#  Setting to an empty string disables authentication altogether, which is NOT RECOMMENDED.
c.IdentityProvider.token = '${k.hex(48)}'

c.ServerApp.certfile = '/etc/ssl/lab/jupyter.crt'
c.ServerApp.keyfile = '/etc/ssl/lab/jupyter.key'
c.FileContentsManager.delete_to_trash = False
`,
  ),

  labDoc(
    'lab-renviron',
    ['credential-file', 'config-syntax'],
    '.Renviron',
    (k) => `R_LIBS_USER=~/R/library/%v
ENTREZ_KEY=${k.prov('NCBI', V.ncbi(k.g))}
GITHUB_PAT=${k.prov('GitHub', V.githubPat(k.g))}
REDCAP_API_URL=https://redcap.klinikum-example.de/api/
REDCAP_TOKEN=${k.prov('REDCap', V.redcap(k.g))}
MAPBOX_PUBLIC_TOKEN=${k.n(V.mapboxPublic(k.g))}
PGPASSWORD=${k.spw()}
_R_CHECK_FORCE_SUGGESTS_=false
`,
  ),

  labDoc(
    'lab-r-sys-setenv-script',
    ['code', 'precision'],
    'R/01_download_counts.R',
    (k) => `# Download counts from the consortium portal and the NCBI summaries
library(httr)
library(rentrez)
library(keyring)

# keyring keeps the portal password out of the script
portal_pw <- key_get("consortium-portal", username = "mfischer")

Sys.setenv(ENTREZ_KEY = "${k.prov('NCBI', V.ncbi(k.g))}")
set_entrez_key(Sys.getenv("ENTREZ_KEY"))

res <- entrez_search(db = "sra", term = "${k.n(V.bioproject(k.g))}[BioProject]", retmax = 500)

# TODO remove before pushing!!
api_token <- "${k.tok()}"
r <- GET("https://portal.consortium-example.org/api/v1/counts",
         add_headers(Authorization = paste("Bearer", api_token)),
         query = list(study = "${k.n(V.sra(k.g))}"))
stop_for_status(r)

set.seed(${k.n(V.seed(k.g))})
counts <- content(r, as = "parsed")
md5 <- tools::md5sum("data/counts.tsv")  # expected ${k.n(V.md5(k.g))}
`,
  ),

  labDoc(
    'lab-rprofile-proxy',
    ['config-syntax', 'credential-file'],
    '.Rprofile',
    (k) => `options(repos = c(CRAN = "https://cloud.r-project.org",
                  BioCsoft = "https://bioconductor.org/packages/3.18/bioc",
                  internal = "https://deploy:${k.cs()}@rspm.institut-example.fr/internal/latest"))
options(width = 120, digits = 4)
Sys.setenv(http_proxy = "http://proxy.institut-example.fr:3128")
Sys.setenv(https_proxy = "http://proxy.institut-example.fr:3128")
if (interactive()) {
  suppressMessages(require(devtools))
  message("Hello ", Sys.info()[["user"]], ", R ", getRversion())
}
.Last <- function() try(savehistory("~/.Rhistory"))
`,
  ),

  labDoc(
    'lab-rmarkdown-redcap-report',
    ['code', 'precision'],
    'reports/weekly_enrolment.Rmd',
    (k) => `---
title: "Weekly enrolment report"
author: "Study data team"
output: html_document
params:
  redcap_uri: "https://redcap.hospital-example.org/api/"
  token: "${k.prov('REDCap', V.redcap(k.g))}"
---

\`\`\`{r setup, include=FALSE}
library(REDCapR)
knitr::opts_chunk$set(echo = FALSE)
\`\`\`

\`\`\`{r}
ds <- redcap_read(redcap_uri = params$redcap_uri, token = params$token)$data
# a second project uses the token from the environment
ds2 <- redcap_read(redcap_uri = params$redcap_uri, token = Sys.getenv("${k.n('REDCAP_TOKEN_PROJECT2')}"))$data
\`\`\`

Enrolled so far: \`r nrow(ds)\`. Record ids are pseudonyms (e.g. \`${k.n('STU-' + k.g.digits(5))}\`).
`,
  ),

  labDoc(
    'lab-matlab-instrument-db',
    ['code'],
    'matlab/loadPlateReader.m',
    (k) => `function T = loadPlateReader(runId)
% LOADPLATEREADER  Pull a plate reader run from the lab database.
%   T = loadPlateReader('R-2024-0117')
%   Uses the read-only account; ask Stefan for the Database Toolbox licence.

conn = database('labdata', 'reader', '${k.spw()}', ...
    'Vendor', 'MySQL', 'Server', 'mysql.physchem.local', 'PortNumber', 3306);
q = sprintf("SELECT well, od600, t_min FROM reads WHERE run_id = '%s'", runId);
T = fetch(conn, q);
close(conn);

% export to the group share
opts = weboptions('Username', 'labsync', 'Password', '${k.spw()}', 'Timeout', 30);
websave(fullfile(tempdir, [runId '.csv']), ['https://nas.physchem.local/webdav/runs/' runId '.csv'], opts);
rng(${k.n(V.seed(k.g))});
end
`,
  ),

  labDoc(
    'lab-octave-thingspeak',
    ['code', 'precision'],
    'octave/push_temperature.m',
    (k) => `% push incubator temperature to ThingSpeak every 60 s
channelID = ${k.n(k.g.digits(7))};
writeKey  = '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}';
readKey   = '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}';
url = sprintf('https://api.thingspeak.com/update?api_key=%s', writeKey);
while true
  t = read_incubator('/dev/ttyUSB0');
  webread([url sprintf('&field1=%.2f', t)]);
  pause(60);
end
`,
  ),

  labDoc(
    'lab-julia-startup',
    ['code', 'config-syntax'],
    '.julia/config/startup.jl',
    (k) => `# startup.jl — loaded by every Julia session on the cluster
ENV["JULIA_NUM_THREADS"] = "auto"
ENV["JULIA_PKG_SERVER"] = "https://pkg.julialang.org"
ENV["DATADEPS_ALWAYS_ACCEPT"] = "true"
ENV["WANDB_API_KEY"] = "${k.prov('Weights & Biases', V.wandb(k.g))}"
ENV["MINIO_SECRET_KEY"] = "${k.prov('MinIO', V.s3Secret(k.g))}"
ENV["GKS_WSTYPE"] = "100"
try
    using Revise
catch e
    @warn "Revise not available" exception=e
end
`,
  ),

  labDoc(
    'lab-julia-script-db',
    ['code', 'precision'],
    'src/ingest.jl',
    (k) => `using LibPQ, DataFrames, CSV, SHA

const CONN_STR = "host=timescale.climate.local dbname=stations user=ingest password=${k.cs()}"
const EXPECTED_SHA = "${k.n(V.sha256(k.g))}"

function ingest(path)
    bytes2hex(open(sha256, path)) == EXPECTED_SHA || error("checksum mismatch for $path")
    conn = LibPQ.Connection(CONN_STR)
    df = CSV.read(path, DataFrame)
    LibPQ.load!(df, conn, "INSERT INTO obs VALUES (\\$1, \\$2, \\$3)")
    close(conn)
end

# password for the staging DB comes from the environment
staging = LibPQ.Connection("host=staging.climate.local user=ingest password=$(ENV[\\"${k.n('STAGING_PW')}\\"])")
`,
  ),

  labDoc(
    'lab-ipynb-cds-era5',
    ['code', 'logs-and-output'],
    'notebooks/era5_download.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stderr",
     "output_type": "stream",
     "text": [
      "2024-05-02 14:11:08,402 INFO Request ID is ${k.n(k.g.uuid())}\\n",
      "2024-05-02 14:11:08,533 INFO status has been updated to accepted\\n"
     ]
    }
   ],
   "source": [
    "import cdsapi\\n",
    "c = cdsapi.Client(url=\\"https://cds.climate.copernicus.eu/api\\", key=\\"${k.prov('Copernicus CDS', V.cdsKey(k.g))}\\")\\n",
    "c.retrieve(\\"reanalysis-era5-single-levels\\", {\\"variable\\": \\"2m_temperature\\", \\"year\\": \\"2023\\"}, \\"t2m_2023.nc\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Mapbox for the figure basemap (public token is fine here)\\n",
    "MAPBOX_TOKEN = \\"${k.n(V.mapboxPublic(k.g))}\\""
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
];
