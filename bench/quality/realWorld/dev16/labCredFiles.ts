// Research credential files and their neighbours: rclone.conf, iRODS environment, s3cmd, MinIO client, Globus,
// .netrc for NASA Earthdata, .cdsapirc, kaggle.json, .condarc channels, pip/uv index URLs, Zenodo/OSF configs.
import type { RealWorldDoc } from '../types';
import { labDoc, V } from './labValues';

export const LAB_CRED_FILE_DOCS: RealWorldDoc[] = [
  labDoc(
    'lab-rclone-conf',
    ['credential-file', 'config-syntax'],
    '.config/rclone/rclone.conf',
    (k) => `[uni-s3]
type = s3
provider = Ceph
access_key_id = ${k.u(V.s3Access(k.g))}
secret_access_key = ${k.prov('S3 (Ceph RGW)', V.s3Secret(k.g))}
endpoint = https://s3.rdm.uni-example.edu
acl = private

[nextcloud]
type = webdav
url = https://cloud.uni-example.edu/remote.php/dav/files/jdoe/
vendor = nextcloud
user = jdoe
pass = ${k.s('password', k.g.base64url(g48(k.g)))}

[gdrive-lab]
type = drive
scope = drive
token = {"access_token":"${k.prov('Google OAuth', 'ya29.' + k.g.base64url(150))}","token_type":"Bearer","refresh_token":"${k.prov('Google OAuth', '1//0' + k.g.base64url(98))}","expiry":"2024-04-10T12:31:09.18723+02:00"}
team_drive = ${k.n(k.g.alnum(19))}
`,
  ),

  labDoc(
    'lab-irods-environment',
    ['credential-file', 'precision'],
    '.irods/irods_environment.json',
    (k) => `{
    "irods_host": "irods.rdm.uni-example.nl",
    "irods_port": 1247,
    "irods_user_name": "p.jansen",
    "irods_zone_name": "uniZone",
    "irods_home": "/uniZone/home/p.jansen",
    "irods_authentication_scheme": "pam_password",
    "irods_encryption_algorithm": "AES-256-CBC",
    "irods_encryption_key_size": 32,
    "irods_encryption_num_hash_rounds": 16,
    "irods_encryption_salt_size": 8,
    "irods_client_server_policy": "CS_NEG_REQUIRE",
    "irods_ssl_verify_server": "cert",
    "irods_default_hash_scheme": "SHA256",
    "irods_password": "${k.spw()}"
}
`,
  ),

  labDoc(
    'lab-s3cfg',
    ['credential-file', 'config-syntax'],
    '.s3cfg',
    (k) => `[default]
access_key = ${k.u(V.s3Access(k.g))}
secret_key = ${k.prov('S3 (MinIO)', V.s3Secret(k.g))}
host_base = minio.imaging.local:9000
host_bucket = minio.imaging.local:9000
use_https = True
check_ssl_certificate = False
gpg_command = /usr/bin/gpg
gpg_passphrase = ${k.phrase()}
signature_v2 = False
`,
  ),

  labDoc(
    'lab-minio-mc-config',
    ['credential-file', 'precision'],
    '.mc/config.json',
    (k) => `{
	"version": "10",
	"aliases": {
		"gcs": {
			"url": "https://storage.googleapis.com",
			"accessKey": "${k.n('YOUR-ACCESS-KEY-HERE')}",
			"secretKey": "${k.n('YOUR-SECRET-KEY-HERE')}",
			"api": "S3v2",
			"path": "dns"
		},
		"imaging": {
			"url": "https://minio.imaging.local:9000",
			"accessKey": "${k.u('microscope-upload')}",
			"secretKey": "${k.prov('S3 (MinIO)', V.s3Secret(k.g))}",
			"api": "s3v4",
			"path": "auto"
		},
		"local": {
			"url": "http://localhost:9000",
			"accessKey": "",
			"secretKey": "",
			"api": "S3v4",
			"path": "auto"
		}
	}
}
`,
  ),

  labDoc(
    'lab-netrc-earthdata',
    ['credential-file'],
    '.netrc',
    (k) => `machine urs.earthdata.nasa.gov login mlopez_geo password ${k.spw()}
machine data.ecmwf.int login m.lopez@uni-example.es password ${k.spw()}
machine ftp.sra.ebi.ac.uk login anonymous password ${k.n('m.lopez@uni-example.es')}
`,
  ),

  labDoc(
    'lab-cdsapirc',
    ['credential-file'],
    '.cdsapirc',
    (k) => `url: https://cds.climate.copernicus.eu/api/v2
key: ${k.n(k.g.digits(6))}:${k.prov('Copernicus CDS', V.cdsKey(k.g))}
verify: 1
`,
  ),

  labDoc(
    'lab-kaggle-json',
    ['credential-file'],
    '.kaggle/kaggle.json',
    (k) => `{"username":"anastasia_ivanova","key":"${k.prov('Kaggle', V.kaggle(k.g))}"}
`,
  ),

  labDoc(
    'lab-condarc-private-channel',
    ['credential-file', 'config-syntax', 'precision'],
    '.condarc',
    (k) => `channels:
  - conda-forge
  - bioconda
  - https://conda.anaconda.org/t/${k.prov('Anaconda', V.anacondaToken(k.g))}/structbio-private
channel_priority: strict
auto_activate_base: false
envs_dirs:
  - /scratch/\${USER}/conda/envs
pkgs_dirs:
  - /scratch/\${USER}/conda/pkgs
custom_channels:
  internal: https://ci-bot:${k.cs()}@artifactory.lab-example.org/artifactory/api/conda
# pinned: numpy-1.26.4-${k.n(V.condaBuild(k.g))}, openmm-8.1.1-${k.n(V.condaBuild(k.g))}
`,
  ),

  labDoc(
    'lab-pip-conf-index',
    ['credential-file', 'config-syntax'],
    '.config/pip/pip.conf',
    (k) => `[global]
index-url = https://pypi.org/simple
extra-index-url = https://__token__:${k.cs()}@gitlab.lab-example.org/api/v4/projects/${k.n(k.g.digits(3))}/packages/pypi/simple
trusted-host = gitlab.lab-example.org
timeout = 60
`,
  ),

  labDoc(
    'lab-uv-toml-index',
    ['config-syntax', 'precision'],
    'pyproject.toml',
    (k) => `[project]
name = "cryo-tools"
version = "0.7.2"
requires-python = ">=3.10"
dependencies = ["mrcfile>=1.5", "numpy>=1.26", "starfile", "torch>=2.2"]

[tool.uv]
index-url = "https://pypi.org/simple"

[[tool.uv.index]]
name = "lab"
url = "https://ci:${k.cs()}@nexus.structbio-example.org/repository/pypi-lab/simple"

[[tool.uv.index]]
name = "pytorch-cu121"
url = "https://download.pytorch.org/whl/cu121"
explicit = true

# the lock pins hashes like sha256:${k.n(V.sha256(k.g))}
`,
  ),

  labDoc(
    'lab-pypirc',
    ['credential-file'],
    '.pypirc',
    (k) => `[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${k.prov('PyPI', V.pypiToken(k.g))}

[testpypi]
repository = https://test.pypi.org/legacy/
username = rse-team
password = ${k.pw()}
`,
  ),

  labDoc(
    'lab-globus-confidential-client',
    ['code', 'credential-file'],
    'transfer/globus_sync.py',
    (k) => `"""Nightly Globus transfer from the beamline endpoint to the HPC collection."""
import globus_sdk

CLIENT_ID = "${k.n(k.g.uuid())}"
CLIENT_SECRET = "${k.prov('Globus', V.globusSecret(k.g))}"
SRC = "${k.n(k.g.uuid())}"  # beamline DTN collection
DST = "${k.n(k.g.uuid())}"  # kepler scratch collection

client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)
tc = globus_sdk.TransferClient(authorizer=authorizer)
tdata = globus_sdk.TransferData(tc, SRC, DST, label="nightly sync", sync_level="checksum")
tdata.add_item("/data/2024/", "/scratch/beamline/2024/", recursive=True)
print(tc.submit_transfer(tdata)["task_id"])
`,
  ),

  labDoc(
    'lab-zenodo-upload-script',
    ['code', 'command-line'],
    'scripts/zenodo_upload.sh',
    (k) => `#!/usr/bin/env bash
# Upload the release tarball to the Zenodo deposition (sandbox first!)
set -euo pipefail
ZENODO_TOKEN=${k.prov('Zenodo', V.zenodo(k.g))}
DEPOSITION=${k.n(k.g.digits(8))}
BUCKET=$(curl -s "https://zenodo.org/api/deposit/depositions/$DEPOSITION?access_token=$ZENODO_TOKEN" | jq -r .links.bucket)
curl --progress-bar -o /dev/null --upload-file dist/dataset-v2.tar.gz "$BUCKET/dataset-v2.tar.gz?access_token=$ZENODO_TOKEN"
echo "md5 should be ${k.n(V.md5(k.g))}"
`,
  ),

  labDoc(
    'lab-osf-figshare-config',
    ['config-syntax'],
    'config/publish.yaml',
    (k) => `# where the publish step pushes the figures and data
osf:
  project: ${k.n(k.g.lower(5))}
  username: r.costa@uni-example.pt
  token: ${k.prov('OSF', V.osf(k.g))}
figshare:
  article_id: ${k.n(k.g.digits(8))}
  token: ${k.prov('Figshare', V.figshare(k.g))}
dataverse:
  server: https://dataverse.harvard.edu
  api_token: ${k.s('token', k.g.uuid())}
  doi: doi:${k.n(V.doi(k.g))}
`,
  ),
];

function g48(g: { pick<T>(items: readonly T[]): T }): number {
  return g.pick([32, 40, 48]);
}
