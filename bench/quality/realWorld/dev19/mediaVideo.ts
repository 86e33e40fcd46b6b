// Video pipelines as stream operators and video engineers run them: FFmpeg pushing to rtmp://…/live/<key> and SRT
// with ?passphrase=, Wowza admin.password, nginx-rtmp on_publish auth, OBS/vMix configs, MediaLive, Mux, Brightcove,
// JW Player, Vimeo/YouTube OAuth, Kaltura admin secrets and KS, Bitmovin, Cloudflare Stream, Akamai EdgeAuth and
// CloudFront signed URLs and key pairs.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_VIDEO_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-ffmpeg-restream-script',
    ['command-line', 'code'],
    'scripts/restream.sh',
    (k) => `#!/bin/bash
# Sunday service / town hall restream: one input from the ATEM, three outputs.
IN="srt://0.0.0.0:9000?mode=listener&passphrase=${k.s('password', k.g.alnum(20))}&pbkeylen=16"
YT="rtmp://a.rtmp.youtube.com/live2/${k.s('token', V.youtubeKey(k.g))}"
TW="rtmp://fra05.contribute.live-video.net/app/${k.prov('Twitch stream key', V.twitchKey(k.g))}"
FB="rtmps://live-api-s.facebook.com:443/rtmp/${k.s('token', V.facebookStreamKey(k.g))}"

ffmpeg -hide_banner -i "$IN" \\
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\
  -c:a aac -b:a 160k -f tee -map 0:v -map 0:a \\
  "[f=flv:onfail=ignore]$YT|[f=flv:onfail=ignore]$TW|[f=flv:onfail=ignore]$FB"
`,
  ),

  mDoc(
    'media-ffmpeg-srt-contribution-readme',
    ['prose', 'command-line', 'precision'],
    'docs/contribution-srt.md',
    (k) => `# Remote contribution over SRT

Reporters in the field use Larix or the LiveU; the studio gateway listens on \`srt://contrib.sender.example:7001\`.

Test from a laptop:

\`\`\`bash
ffmpeg -re -f lavfi -i testsrc2=size=1280x720:rate=25 -f lavfi -i sine \\
  -c:v libx264 -b:v 3M -c:a aac -f mpegts \\
  "srt://contrib.sender.example:7001?streamid=${k.n('#!::r=live/field01,m=publish')}&passphrase=${k.s('password', V.phrase(k.g).replace(/[^a-z0-9._-]/gi, ''))}&latency=800000"
\`\`\`

The passphrase must be 10–79 characters. In docs and tickets write \`passphrase=${k.ph()}\` instead of the real one.
Timecode of the last test: ${k.n(V.timecode(k.g))}.
`,
  ),

  mDoc(
    'media-wowza-admin-password',
    ['credential-file', 'config-syntax'],
    'wowza/conf/admin.password',
    (k) => `# Admin password file (format: [username] [password] [group])
# groups: admin, advUser (see Wowza docs)
admin ${k.spw()} admin|advUser
nocstream ${k.spw()} advUser
`,
  ),

  mDoc(
    'media-wowza-publish-password',
    ['credential-file', 'config-syntax'],
    'wowza/conf/publish.password',
    (k) => `# Publish password file (format [username] [password])
# encoders in the studios and the OB van
studio_a ${k.spw()}
studio_b ${k.spw()}
obvan1 ${k.spw()}
`,
  ),

  mDoc(
    'media-nginx-rtmp-on-publish',
    ['config-syntax', 'code', 'precision'],
    'nginx/rtmp.conf',
    (k) => `rtmp {
    server {
        listen 1935;
        chunk_size 4096;
        application live {
            live on;
            record off;
            # stream keys are checked by the auth endpoint below (?key=...)
            on_publish http://127.0.0.1:8080/auth;
            push rtmp://a.rtmp.youtube.com/live2/${k.s('token', V.youtubeKey(k.g))};
            hls on;
            hls_path /var/www/hls;
            hls_fragment 4s;
        }
    }
}

# /etc/nginx/sites-enabled/auth.conf
# location /auth {
#     if ($arg_key = '${k.s('token', k.g.alnum(24))}') { return 201; }
#     return 404;
# }
# stream name in OBS: ${k.n(V.streamId(k.g))}
`,
  ),

  mDoc(
    'media-obs-service-json',
    ['config-syntax', 'credential-file'],
    'obs-studio/basic/profiles/Gottesdienst/service.json',
    (k) => `{
    "settings": {
        "bwtest": false,
        "key": "${k.s('token', V.youtubeKey(k.g))}",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS",
        "use_auth": true,
        "username": "obs",
        "password": "${k.spw()}"
    },
    "type": "rtmp_common"
}
`,
  ),

  mDoc(
    'media-vmix-preset-xml',
    ['config-syntax'],
    'vmix/presets/Election-Night.vmix.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<XML>
  <Streaming>
    <Stream Index="0" URL="rtmp://live.restream.io/live" Key="${k.s('token', 're_' + k.g.digits(7) + '_' + k.g.hex(20))}" Quality="1080p 6000k" />
    <Stream Index="1" URL="rtmp://stream.sender.example/studio" Key="wahlabend" Username="vmix" Password="${k.spw()}" />
  </Streaming>
  <Output Format="1920x1080p50" />
  <Input Type="NDI" Source="GFX-PC (XPression Out 1)" />
</XML>
`,
  ),

  mDoc(
    'media-mux-node-upload',
    ['code', 'precision'],
    'video-service/src/mux.ts',
    (k) => `import Mux from '@mux/mux-node';

// Access token "video-service prod" (Video: Full access). Token id is a UUID, the secret is the long one.
const mux = new Mux({
  tokenId: '${k.n(V.uuid(k.g))}',
  tokenSecret: '${k.s('token', V.muxSecret(k.g))}',
});

// URL signing key for signed playback (private key is base64 of a PEM)
export const SIGNING_KEY_ID = '${k.n(k.g.alnum(44))}';
export const SIGNING_PRIVATE_KEY = process.env.MUX_SIGNING_PRIVATE_KEY!;

export async function directUpload(corsOrigin: string) {
  return mux.video.uploads.create({ cors_origin: corsOrigin, new_asset_settings: { playback_policy: ['signed'] } });
}
// playback id for the test asset: ${k.n(k.g.alnum(40))}
`,
  ),

  mDoc(
    'media-mux-env-signing-key',
    ['config-syntax', 'credential-file'],
    'video-service/.env.production',
    (k) => `MUX_TOKEN_ID=${k.n(V.uuid(k.g))}
MUX_TOKEN_SECRET=${k.s('token', V.muxSecret(k.g))}
MUX_SIGNING_KEY_ID=${k.n(k.g.alnum(44))}
MUX_SIGNING_PRIVATE_KEY=${k.key(V.b64(V.pem(k.g, 'RSA PRIVATE KEY')))}
MUX_WEBHOOK_SECRET=${k.s('token', k.g.alnum(32).toLowerCase())}
`,
  ),

  mDoc(
    'media-brightcove-oauth-python',
    ['code', 'http-auth'],
    'tools/brightcove/reingest.py',
    (k) => `import base64, requests

ACCOUNT_ID = "${k.n(V.brightcoveAccount(k.g))}"
CLIENT_ID = "${k.n(V.uuid(k.g))}"
CLIENT_SECRET = "${k.s('token', V.brightcoveSecret(k.g))}"

def token():
    creds = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://oauth.brightcove.com/v4/access_token",
                      headers={"Authorization": f"Basic {creds}"},
                      data={"grant_type": "client_credentials"})
    return r.json()["access_token"]

def reingest(video_id, profile="multi-platform-extended-static"):
    t = token()
    return requests.post(f"https://ingest.api.brightcove.com/v1/accounts/{ACCOUNT_ID}/videos/{video_id}/ingest-requests",
                         headers={"Authorization": f"Bearer {t}"}, json={"profile": profile, "master": {"use_archived_master": True}})
`,
  ),

  mDoc(
    'media-jwplayer-management-api',
    ['code', 'config-syntax', 'precision'],
    'config/jwplayer.yml',
    (k) => `# JW Player — property "Nachrichten Web"
property_id: ${k.n(V.playerId(k.g))}
player_library: https://cdn.jwplayer.com/libraries/${k.n(V.playerId(k.g))}.js
# v1 API key/secret (legacy bots endpoint)
api_key: ${k.u(V.playerId(k.g))}
api_secret: ${k.s('token', V.jwSecretV1(k.g))}
# v2 API secret (Management API, "Bearer <secret>")
api_v2_secret: ${k.s('token', V.jwSecretV2(k.g))}
default_media_id: ${k.n(V.mediaId(k.g))}
`,
  ),

  mDoc(
    'media-vimeo-youtube-uploader',
    ['code', 'config-syntax'],
    'uploader/settings.py',
    (k) => `# Uploads finished packages from the edit bays to Vimeo (client archive) and YouTube (channel)
VIMEO_CLIENT_ID = "${k.n(k.g.hex(40))}"
VIMEO_CLIENT_SECRET = "${k.s('token', k.g.base64(128).replace(/[+/=]/g, 'v'))}"
VIMEO_ACCESS_TOKEN = "${k.s('token', V.vimeoToken(k.g))}"

YOUTUBE = {
    "client_id": "${k.n(k.g.digits(12) + '-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32) + '.apps.googleusercontent.com')}",
    "client_secret": "${k.prov('Google OAuth client secret', V.googleOauthSecret(k.g))}",
    "refresh_token": "${k.prov('Google OAuth refresh token', V.googleRefresh(k.g))}",
    "channel_id": "${k.n('UC' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22))}",
}
`,
  ),

  mDoc(
    'media-kaltura-client-php',
    ['code', 'http-auth', 'precision'],
    'lib/KalturaSession.php',
    (k) => `<?php
// Kaltura partner ${'${'}PARTNER_ID} — admin secret from the KMC (Settings > Integration Settings)
const KALTURA_PARTNER_ID = ${k.n(k.g.digits(7))};
const KALTURA_ADMIN_SECRET = '${k.s('token', V.kalturaSecret(k.g))}';
const KALTURA_USER_SECRET = getenv('KALTURA_USER_SECRET');

function ks(): string {
    $config = new KalturaConfiguration(KALTURA_PARTNER_ID);
    $config->serviceUrl = 'https://www.kaltura.com';
    $client = new KalturaClient($config);
    return $client->session->start(KALTURA_ADMIN_SECRET, 'mediaops', KalturaSessionType::ADMIN, KALTURA_PARTNER_ID, 86400);
}

// debugging: a KS copied from the browser (expired)
// https://www.kaltura.com/api_v3/service/media/action/list?ks=${k.u(V.kalturaKs(k.g))}
`,
  ),

  mDoc(
    'media-bitmovin-encoding-java',
    ['code'],
    'encoding/src/main/java/de/sender/encoding/BitmovinConfig.java',
    (k) => `package de.sender.encoding;

import com.bitmovin.api.sdk.BitmovinApi;

public final class BitmovinConfig {
    // TODO: Jenkins credential, this is the org key of the "VOD Mediathek" tenant
    private static final String API_KEY = "${k.s('token', V.uuid(k.g))}";
    private static final String TENANT_ORG_ID = "${k.n(V.uuid(k.g))}";
    private static final String S3_OUTPUT_ACCESS = "${k.u(V.awsId(k.g))}";
    private static final String S3_OUTPUT_SECRET = "${k.prov('AWS secret access key', V.awsSecret(k.g))}";

    public static BitmovinApi api() {
        return BitmovinApi.builder().withApiKey(API_KEY).withTenantOrgId(TENANT_ORG_ID).build();
    }
}
`,
  ),

  mDoc(
    'media-cloudflare-stream-worker',
    ['code', 'config-syntax', 'precision'],
    'workers/stream-token/wrangler.toml',
    (k) => `name = "stream-token"
main = "src/index.ts"
compatibility_date = "2025-06-01"

[vars]
ACCOUNT_ID = "${k.n(k.g.hex(32))}"
CUSTOMER_SUBDOMAIN = "customer-${k.n(k.g.lower(16))}.cloudflarestream.com"
# signing key for signed Stream URLs (from POST /stream/keys): id + jwk
STREAM_KEY_ID = "${k.n(k.g.hex(32))}"
STREAM_JWK = "${k.key(V.b64(JSON.stringify({ kty: 'RSA', n: k.g.base64url(342), e: 'AQAB', d: k.g.base64url(342), p: k.g.base64url(171), q: k.g.base64url(171) })))}"
CF_API_TOKEN = "${k.s('token', V.cfApiToken(k.g))}"
`,
  ),

  mDoc(
    'media-akamai-edgeauth-config',
    ['config-syntax', 'code', 'precision'],
    'player-api/config/akamai.js',
    (k) => `// Akamai Token Auth 2.0 for the live HLS on live.sender.example (property "live-hls")
const EdgeAuth = require('akamai-edgeauth');

module.exports = {
  tokenName: '__token__',
  // EdgeAuth key from Property Manager (hex, even length)
  key: '${k.s('token', V.akamaiKey(k.g))}',
  windowSeconds: 300,
  escapeEarly: false,
  makeToken(acl) {
    const ea = new EdgeAuth({ key: this.key, tokenName: this.tokenName, windowSeconds: this.windowSeconds });
    return ea.generateACLToken(acl);
  },
};
// example from the Akamai docs: key "${k.n('a1b2c3d4e5f6')}" — not ours
`,
  ),

  mDoc(
    'media-cloudfront-signed-urls',
    ['code', 'credential-file', 'precision'],
    'cdn/cloudfront-signer/sign.py',
    (k) => `"""Signs CloudFront URLs for the premium VOD bucket (trusted key group "vod-premium")."""
import datetime
from botocore.signers import CloudFrontSigner
import rsa

KEY_PAIR_ID = "${k.n('K' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13))}"
PRIVATE_KEY = """${k.key(V.pem(k.g, 'RSA PRIVATE KEY'))}"""

def rsa_signer(message):
    return rsa.sign(message, rsa.PrivateKey.load_pkcs1(PRIVATE_KEY.encode()), "SHA-1")

signer = CloudFrontSigner(KEY_PAIR_ID, rsa_signer)
url = signer.generate_presigned_url("https://vod.sender.example/premium/ep01/master.m3u8",
                                    date_less_than=datetime.datetime(2026, 1, 1))
`,
  ),

  mDoc(
    'media-medialive-cfn',
    ['config-syntax', 'precision'],
    'infra/medialive-channel.yaml',
    (k) => `AWSTemplateFormatVersion: '2010-09-09'
Description: MediaLive channel for the 24/7 news stream
Parameters:
  RtmpPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: ${k.n('/medialive/news247/rtmp-password')}
Resources:
  Input:
    Type: AWS::MediaLive::Input
    Properties:
      Type: RTMP_PUSH
      Destinations: [{ StreamName: ${k.n('news247/primary')} }, { StreamName: news247/backup }]
  Channel:
    Type: AWS::MediaLive::Channel
    Properties:
      Destinations:
        - Id: akamai
          Settings:
            - Url: https://p-ep${k.n(k.g.digits(6))}.i.akamaientrypoint.net/${k.g.digits(6)}/news247/master.m3u8
              Username: ${k.n(k.g.digits(6))}
              PasswordParam: !Ref RtmpPassword
        - Id: mediapackage
          MediaPackageSettings: [{ ChannelId: news247-mp }]
`,
  ),

  mDoc(
    'media-mediapackage-cdn-auth',
    ['config-syntax', 'code'],
    'infra/terraform/mediapackage.tf',
    (k) => `resource "aws_secretsmanager_secret" "cdn_auth" {
  name = "MediaPackage/news247-cdn-auth"
}

resource "aws_secretsmanager_secret_version" "cdn_auth" {
  secret_id = aws_secretsmanager_secret.cdn_auth.id
  # CloudFront adds X-MediaPackage-CDNIdentifier with this value; MediaPackage rejects requests without it
  secret_string = jsonencode({ MediaPackageCDNIdentifier = "${k.s('token', k.g.alnum(32))}" })
}

resource "aws_media_package_channel" "news247" {
  channel_id  = "news247-mp"
  description = "24/7 news"
}
`,
  ),
];
