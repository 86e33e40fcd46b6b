// Digital asset management and media transfer as post-production and archive teams do it: S3/GCS/Azure SAS for
// media buckets, rclone configs, Aspera ascp with ASPERA_SCP_PASS, Signiant/MASV/Frame.io/Dropbox credentials,
// DAM (ResourceSpace, Cantemo, Iconik) API keys.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_TRANSFER_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-aspera-delivery-script',
    ['command-line', 'code', 'credential-file'],
    'delivery/send_to_netflix_partner.sh',
    (k) => `#!/bin/bash
# Deliver IMF packages to the distributor's Aspera node.
export ASPERA_SCP_PASS='${k.pw()}'
ascp -QT -l 500m -k 2 -P 33001 --policy=fair \\
  -i ~/.ssh/aspera_delivery_key \\
  --mode=send --user=postfx_delivery --host=ats-aws-eu.distributor.example \\
  "/mnt/san/deliveries/$1" /incoming/
# second vendor still uses a token (old Faspex 4)
ascp --mode=send -W '${k.s('token', 'ATV7_' + k.g.base64url(60))}' --host=faspex.vendor.example --user=xfer "/mnt/san/deliveries/$1" /
`,
  ),

  mDoc(
    'media-aspera-private-key',
    ['credential-file'],
    'delivery/keys/aspera_delivery_key',
    (k) => `${k.key(V.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),

  mDoc(
    'media-rclone-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'archive/rclone.conf',
    (k) => `[archive-s3]
type = s3
provider = AWS
access_key_id = ${k.u(V.awsId(k.g))}
secret_access_key = ${k.prov('AWS secret access key', V.awsSecret(k.g))}
region = eu-central-1
storage_class = DEEP_ARCHIVE

[gcs-dailies]
type = s3
provider = GCS
access_key_id = ${k.u(V.gcsHmacId(k.g))}
secret_access_key = ${k.s('token', V.gcsHmacSecret(k.g))}
endpoint = https://storage.googleapis.com

[dropbox-editors]
type = dropbox
token = {"access_token":"${k.prov('Dropbox access token', V.dropboxToken(k.g))}","token_type":"bearer","refresh_token":"${k.s('token', k.g.alnum(64))}","expiry":"2025-10-02T12:01:44.5+02:00"}

[crypt-legal]
type = crypt
remote = archive-s3:legal
password = ${k.u(k.g.base64url(40))}
`,
  ),

  mDoc(
    'media-azure-sas-dailies',
    ['command-line', 'prose', 'precision'],
    'docs/post/dailies-upload.md',
    (k) => `## Uploading dailies to the Azure container

Use azcopy with the SAS URL the DIT gets every morning (valid 24 h):

\`\`\`powershell
azcopy copy "D:\\Card_A001\\*" "https://dailiesstore.blob.core.windows.net/shoot-0412?sv=2022-11-02&ss=b&srt=co&sp=rwlc&se=2025-10-03T06:00:00Z&st=2025-10-02T06:00:00Z&spr=https&sig=${k.prov('Azure SAS signature', V.azureSasSig(k.g))}" --recursive
\`\`\`

For the account key (only the post supervisor has it):
\`DefaultEndpointsProtocol=https;AccountName=dailiesstore;AccountKey=${k.prov('Azure storage account key', V.azureStorageKey(k.g))};EndpointSuffix=core.windows.net\`

Template for the DIT handbook: \`...&sig=${k.n('<SAS-signature>')}\`
`,
  ),

  mDoc(
    'media-frameio-webhook-handler',
    ['code', 'precision'],
    'post-tools/frameio/app.py',
    (k) => `from flask import Flask, request, abort
import hmac, hashlib, os, requests

app = Flask(__name__)
FRAMEIO_TOKEN = os.getenv("FRAMEIO_TOKEN", "${k.prov('Frame.io developer token', V.frameioToken(k.g))}")
WEBHOOK_SECRET = b"${k.s('token', k.g.alnum(32))}"

@app.post("/frameio/hook")
def hook():
    sig = request.headers.get("X-Frameio-Signature", "")
    ts = request.headers.get("X-Frameio-Request-Timestamp", "")
    mac = hmac.new(WEBHOOK_SECRET, f"v0:{ts}:".encode() + request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(f"v0={mac}", sig):
        abort(401)
    # e.g. X-Frameio-Signature: v0=${k.n(V.sha256(k.g))}
    return "", 204
`,
  ),

  mDoc(
    'media-masv-signiant-env',
    ['config-syntax'],
    'transfer-bridge/.env',
    (k) => `MASV_TEAM_ID=${k.n(k.g.alnum(26).toUpperCase())}
MASV_API_KEY=${k.s('token', k.g.alnum(40))}
SIGNIANT_CLIENT_ID=${k.n(k.g.alnum(32))}
SIGNIANT_CLIENT_SECRET=${k.s('token', k.g.alnum(48))}
SIGNIANT_STORAGE_PROFILE=${k.n(V.uuid(k.g))}
NAS_SMB_USER=svc_transfer
NAS_SMB_PASSWORD=${k.pw()}
`,
  ),

  mDoc(
    'media-iconik-dam-sync',
    ['code', 'http-auth'],
    'dam/iconik_sync.js',
    (k) => `// Iconik: App-ID + Auth-Token headers; the token belongs to the "archive-sync" app
const ICONIK_APP_ID = '${k.n(V.uuid(k.g))}';
const ICONIK_AUTH_TOKEN = '${k.s('http-auth', V.jwt(k.g))}';

async function assets(page = 1) {
  const r = await fetch(\`https://app.iconik.io/API/assets/v1/assets/?page=\${page}\`, {
    headers: { 'App-ID': ICONIK_APP_ID, 'Auth-Token': ICONIK_AUTH_TOKEN },
  });
  return r.json();
}
module.exports = { assets };
`,
  ),

  mDoc(
    'media-resourcespace-config',
    ['config-syntax', 'code'],
    'resourcespace/include/config.php',
    (k) => `<?php
# ResourceSpace — photo desk archive
$mysql_server = 'localhost';
$mysql_username = 'resourcespace_rw';
$mysql_password = '${k.pw()}';
$mysql_db = 'resourcespace';
$baseurl = 'https://fotoarchiv.zeitung.example';
$email_from = 'fotoarchiv@zeitung.example';
$scramble_key = '${k.s('token', k.g.hex(64))}';
$api_scramble_key = '${k.s('token', k.g.hex(64))}';
$use_smtp = true;
$smtp_host = 'smtp.zeitung.example';
$smtp_username = 'fotoarchiv';
$smtp_password = '${k.pw()}';
`,
  ),

  mDoc(
    'media-s3-presigned-log',
    ['logs-and-output', 'precision'],
    'logs/transcode-worker.log',
    (k) => `[2025-10-02 09:14:11] worker-3 INFO job=${k.n(V.uuid(k.g))} fetching source
[2025-10-02 09:14:11] worker-3 DEBUG GET https://media-ingest.s3.eu-central-1.amazonaws.com/raw/ep412.mxf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${k.u('ASIA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}%2F20251002%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20251002T091411Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${k.u(V.sha256(k.g))}
[2025-10-02 09:14:58] worker-3 INFO ffprobe: duration=00:44:12.04 streams=3 tc=${k.n(V.timecode(k.g))}
[2025-10-02 09:31:40] worker-3 INFO uploaded 6 renditions, md5=${k.n(V.md5(k.g))}
[2025-10-02 09:31:41] worker-3 ERROR callback failed: POST https://cms.example/api/video/ready (401) token=${k.n('[masked]')}
`,
  ),
];
