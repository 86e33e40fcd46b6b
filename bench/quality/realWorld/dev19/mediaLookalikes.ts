// Look-alikes media files are full of, mostly with no secret at all: player embed codes and player ids, stream and
// channel ids, Google Analytics/GTM ids, ISRC/ISBN/EIDR/ad-unit codes, content hashes, video GUIDs, timecodes, SDK
// doc examples, masked values, placeholders and env references, public CMS delivery tokens, ads.txt files.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_LOOKALIKE_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-player-embed-snippets',
    ['precision', 'code'],
    'docs/embeds.md',
    (k) => `# Embed codes for the article template

Brightcove:
\`\`\`html
<video-js data-account="${k.n(V.brightcoveAccount(k.g))}" data-player="${k.n(k.g.alnum(9))}" data-embed="default"
  data-video-id="${k.n(k.g.digits(13))}" controls></video-js>
<script src="https://players.brightcove.net/${k.n(V.brightcoveAccount(k.g))}/${k.n(k.g.alnum(9))}_default/index.min.js"></script>
\`\`\`

JW Player:
\`\`\`html
<script src="https://cdn.jwplayer.com/players/${k.n(V.mediaId(k.g))}-${k.n(V.playerId(k.g))}.js"></script>
\`\`\`

Mux Player (public playback id):
\`\`\`html
<mux-player playback-id="${k.n(k.g.alnum(40))}" metadata-video-title="Wahlabend"></mux-player>
\`\`\`

Vimeo: \`<iframe src="https://player.vimeo.com/video/${k.n(k.g.digits(9))}?h=${k.n(k.g.hex(10))}"></iframe>\`
Kaltura: \`https://cdnapisec.kaltura.com/p/${k.n(k.g.digits(7))}/embedPlaykitJs/uiconf_id/${k.n(k.g.digits(8))}\`
`,
  ),

  mDoc(
    'media-ads-txt',
    ['precision', 'config-syntax'],
    'public/ads.txt',
    (k) => `# ads.txt for gazzetta-del-lago.example — updated 2025-09-15
google.com, ${k.n('pub-' + k.g.digits(16))}, DIRECT, f08c47fec0942fa0
rubiconproject.com, ${k.n(k.g.digits(5))}, DIRECT, 0bfd66d529a55807
appnexus.com, ${k.n(k.g.digits(4))}, RESELLER, f5ab79cb980f11d1
pubmatic.com, ${k.n(k.g.digits(6))}, DIRECT, 5d62403b186f2ace
indexexchange.com, ${k.n(k.g.digits(6))}, DIRECT, 50b1c356f2c5c8fc
criteo.com, ${k.n(k.g.digits(5))}, DIRECT, 9fac4a4a87c2a44f
teads.tv, ${k.n(k.g.digits(5))}, DIRECT, 15a9c44f6d26cbe1
CONTACT=adops@gazzetta-del-lago.example
`,
  ),

  mDoc(
    'media-gtm-analytics-head',
    ['precision', 'code'],
    'theme/partials/head-analytics.html',
    (k) => `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','${k.n(V.gtmId(k.g))}');</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=${k.n(V.gaId(k.g))}"></script>
<script>
  var _sf_async_config = { uid: ${k.n(k.g.digits(5))}, domain: 'gazzetta-del-lago.example', useCanonical: true };
  var comscoreC2 = '${k.n(k.g.digits(7))}';
  window.PARSELY = { apikey: '${k.n('gazzetta-del-lago.example')}' };
  window.tp = window.tp || []; tp.push(['setAid', '${k.n(k.g.alnum(10))}']);
  window.ghostContentKey = '${k.n(V.ghostContent(k.g))}';
</script>
<link rel="preload" href="/assets/app.${k.n(k.g.hex(8))}.css" as="style" integrity="sha384-${k.n(k.g.base64(64))}">
`,
  ),

  mDoc(
    'media-catalogue-metadata-csv',
    ['precision'],
    'catalogue/music-cues-ep412.csv',
    (k) => `cue,title,composer,isrc,duration,tc_in,tc_out,library_ref
1,Opening Theme,K. Haas,${k.n(V.isrc(k.g))},00:00:32,${k.n(V.timecode(k.g))},${k.n(V.timecode(k.g))},${k.n('APM-' + k.g.digits(6))}
2,Night Drive,J. Lind,${k.n(V.isrc(k.g))},00:01:10,${k.n(V.timecode(k.g))},${k.n(V.timecode(k.g))},${k.n('EXT-' + k.g.digits(6))}
3,Press Room Tension,M. Roux,${k.n(V.isrc(k.g))},00:00:48,${k.n(V.timecode(k.g))},${k.n(V.timecode(k.g))},${k.n('APM-' + k.g.digits(6))}
`,
  ),

  mDoc(
    'media-books-onix-excerpt',
    ['precision'],
    'publishing/onix/export-2025-09.xml',
    (k) => `<ONIXMessage release="3.0">
  <Header><Sender><SenderName>Verlag am See</SenderName></Sender><SentDateTime>20250930T1200Z</SentDateTime></Header>
  <Product>
    <RecordReference>${k.n('de.verlagamsee.' + k.g.digits(10))}</RecordReference>
    <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>${k.n(V.isbn(k.g).replace(/-/g, ''))}</IDValue></ProductIdentifier>
    <DescriptiveDetail><TitleDetail><TitleElement><TitleText>Die Nacht der Redaktion</TitleText></TitleElement></TitleDetail></DescriptiveDetail>
    <ProductSupply><SupplyDetail><Price><PriceAmount>22.00</PriceAmount><CurrencyCode>EUR</CurrencyCode></Price></SupplyDetail></ProductSupply>
  </Product>
  <Product>
    <RecordReference>${k.n('de.verlagamsee.' + k.g.digits(10))}</RecordReference>
    <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>${k.n(V.isbn(k.g).replace(/-/g, ''))}</IDValue></ProductIdentifier>
    <ProductIdentifier><ProductIDType>06</ProductIDType><IDValue>${k.n('10.' + k.g.digits(4) + '/' + k.g.digits(9))}</IDValue></ProductIdentifier>
  </Product>
</ONIXMessage>
`,
  ),

  mDoc(
    'media-env-example-video',
    ['precision', 'config-syntax'],
    'video-service/.env.example',
    (k) => `# Copy to .env and fill in. Never commit .env.
MUX_TOKEN_ID=${k.ph()}
MUX_TOKEN_SECRET=${k.ph()}
MUX_SIGNING_PRIVATE_KEY=${k.n('<base64 of the PEM from the Mux dashboard>')}
BRIGHTCOVE_CLIENT_SECRET=${k.n('your-client-secret')}
JW_API_SECRET=${k.ph()}
AKAMAI_EDGEAUTH_KEY=${k.n('0123456789abcdef0123456789abcdef')}
STREAM_KEY=${k.n('xxxx-xxxx-xxxx-xxxx-xxxx')}
ICECAST_SOURCE_PASSWORD=${k.n('hackme')}
SRT_PASSPHRASE=${k.n('${SRT_PASSPHRASE}')}
DATABASE_URL=${k.n('postgres://video:${DB_PASSWORD}@localhost:5432/video')}
AWS_ACCESS_KEY_ID=${k.n('AKIAIOSFODNN7EXAMPLE')}
AWS_SECRET_ACCESS_KEY=${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
`,
  ),

  mDoc(
    'media-helm-values-refs',
    ['precision', 'config-syntax'],
    'charts/newsroom-api/values.yaml',
    (k) => `image:
  repository: registry.sender.example/newsroom-api
  tag: "${k.n(V.sha1(k.g).slice(0, 8))}"
env:
  - name: CMS_DB_PASSWORD
    valueFrom: { secretKeyRef: { name: ${k.n('cms-db')}, key: password } }
  - name: AP_API_KEY
    valueFrom: { secretKeyRef: { name: ${k.n('wire-keys')}, key: ap } }
  - name: MUX_TOKEN_SECRET
    value: "${k.n('vault:secret/data/video#mux_token_secret')}"
  - name: ICECAST_ADMIN_PASSWORD
    value: "${k.n('{{ .Values.icecast.adminPassword }}')}"
  - name: STRIPE_SECRET_KEY
    value: "${k.n('op://Subscriptions/Stripe/secret key')}"
  - name: CHANNEL_ID
    value: "${k.n(V.uuid(k.g))}"
podAnnotations:
  checksum/config: ${k.n(V.sha256(k.g))}
`,
  ),

  mDoc(
    'media-masked-status-page',
    ['precision', 'logs-and-output'],
    'logs/encoder-status.json',
    (k) => `{
  "device": "Makito X4",
  "serial": "${k.n('HAI-' + k.g.digits(8))}",
  "firmware": "1.12.3",
  "outputs": [
    { "name": "to-studio", "mode": "caller", "host": "contrib.sender.example", "port": 7001, "passphrase": "${k.n('********')}", "streamid": "${k.n(V.streamId(k.g))}" },
    { "name": "to-cdn", "mode": "rtmp", "url": "rtmp://a.rtmp.youtube.com/live2/${k.n('••••-••••-••••-••••-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 4))}" }
  ],
  "snmp": { "community": "${k.n('[hidden]')}" },
  "admin_password_set": true,
  "config_hash": "${k.n(V.sha256(k.g))}"
}
`,
  ),

  mDoc(
    'media-sdk-docs-examples',
    ['precision', 'prose'],
    'docs/vendor-notes.md',
    (k) => `# Notes copied from vendor docs (examples, not ours)

- Ghost Admin API: \`key: '${k.n('YOUR_ADMIN_API_KEY')}'\`; the key is "id:secret", split on ':' before signing.
- Contentful: \`accessToken: '${k.n('<content_delivery_api_key>')}'\`
- Kaltura: \`$secret = '${k.n('<admin secret>')}';\`  // from KMC → Integration Settings
- AssemblyAI: \`aai.settings.api_key = "${k.n('<YOUR_API_KEY>')}"\`
- Cloudflare Stream signed URL example: \`https://customer-<CODE>.cloudflarestream.com/${k.n('eyJhbGciOiJSUzI1NiIsImtpZCI6IjxLRVlfSUQ-In0.e30.c2lnbmF0dXJl')}/manifest/video.m3u8\`
- Akamai: \`hdnts=exp=${k.n('1700000000')}~acl=/*~hmac=${k.n('<hmac>')}\`
- Bluesky app passwords look like \`${k.n('abcd-efgh-ijkl-mnop')}\`.
- Twitch: stream keys start with \`live_\`; never show them on stream.
`,
  ),

  mDoc(
    'media-content-hash-manifest',
    ['precision'],
    'vod/ep412/master.m3u8',
    (k) => `#EXTM3U
#EXT-X-VERSION:7
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-SESSION-DATA:DATA-ID="com.sender.content-id",VALUE="${k.n(V.uuid(k.g))}"
#EXT-X-KEY:METHOD=SAMPLE-AES,URI="skd://${k.n(k.g.hex(32))}",KEYFORMAT="com.apple.streamingkeydelivery",KEYFORMATVERSIONS="1"
#EXT-X-STREAM-INF:BANDWIDTH=5400000,RESOLUTION=1920x1080,CODECS="avc1.640028,mp4a.40.2"
1080p/${k.n(k.g.hex(16))}.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=2800000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2"
720p/${k.n(k.g.hex(16))}.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS="avc1.42c01e,mp4a.40.2"
360p/${k.n(k.g.hex(16))}.m3u8
`,
  ),

  mDoc(
    'media-i18n-player-strings',
    ['precision', 'code'],
    'player/i18n/labels.json',
    (k) => `{
  "de": { "streamKey": "${k.n('Stream-Schlüssel')}", "password": "${k.n('Passwort')}", "enterPassword": "Bitte Passwort eingeben", "wrongPassword": "Falsches Passwort" },
  "fr": { "streamKey": "${k.n('Clé de stream')}", "password": "${k.n('Mot de passe')}", "enterPassword": "Saisissez le mot de passe" },
  "es": { "streamKey": "${k.n('Clave de transmisión')}", "password": "${k.n('Contraseña')}" },
  "it": { "streamKey": "${k.n('Chiave dello stream')}", "password": "${k.n('Password')}" },
  "pl": { "streamKey": "${k.n('Klucz transmisji')}", "password": "${k.n('Hasło')}" },
  "ja": { "streamKey": "${k.n('ストリームキー')}", "password": "${k.n('パスワード')}" }
}
`,
  ),

  mDoc(
    'media-wordpress-users-sql-dump',
    ['precision', 'logs-and-output'],
    'backups/wp_users-sample.sql',
    (k) => `-- sample rows for the staging refresh (passwords are phpass hashes)
INSERT INTO \`tb_users\` VALUES (1,'admin','${k.n(V.phpass(k.g))}','admin','web@tageblatt.example','','2019-03-01 10:00:00','',0,'Admin');
INSERT INTO \`tb_users\` VALUES (17,'nachtdienst','${k.n(V.phpass(k.g))}','nachtdienst','nacht@tageblatt.example','','2024-11-02 22:10:00','',0,'Nachtdienst');
INSERT INTO \`tb_users\` VALUES (23,'gastautor','${k.n(V.bcrypt(k.g))}','gastautor','gast@example.org','','2025-05-12 09:00:00','${k.n(k.g.digits(10) + ':' + V.phpass(k.g))}',0,'Gastautor');
INSERT INTO \`tb_usermeta\` VALUES (201,17,'session_tokens','${k.n('a:1:{s:64:"' + V.sha256(k.g) + '";a:1:{s:10:"expiration";i:1759999999;}}')}');
`,
  ),
  mDoc(
    'media-xmltv-epg',
    ['precision'],
    'epg/tv7-2025-10-02.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<tv generator-info-name="playout-epg-export">
  <channel id="${k.n('tv7.hd.' + k.g.digits(4))}"><display-name>TV7 HD</display-name></channel>
  <programme start="20251002180000 +0200" stop="20251002183000 +0200" channel="tv7.hd">
    <title lang="de">Nachrichten</title>
    <episode-num system="crid">${k.n('crid://tv7.example/' + k.g.hex(16))}</episode-num>
    <episode-num system="eidr">${k.n(V.eidr(k.g))}</episode-num>
    <episode-num system="house">${k.n('HN' + k.g.digits(7))}</episode-num>
  </programme>
  <programme start="20251002183000 +0200" stop="20251002191500 +0200" channel="tv7.hd">
    <title lang="de">Regionalmagazin</title>
    <episode-num system="crid">${k.n('crid://tv7.example/' + k.g.hex(16))}</episode-num>
    <episode-num system="eidr">${k.n(V.eidr(k.g))}</episode-num>
    <episode-num system="house">${k.n('HN' + k.g.digits(7))}</episode-num>
  </programme>
</tv>
`,
  ),

  mDoc(
    'media-video-api-response',
    ['precision', 'logs-and-output'],
    'test/fixtures/video-api-response.json',
    (k) => `{
  "id": "${k.n(V.uuid(k.g))}",
  "title": "Hochwasser an der Elbe: Pegel steigt weiter",
  "duration": 142.04,
  "playback_ids": [{ "id": "${k.n(k.g.alnum(40))}", "policy": "public" }],
  "tracks": [
    { "id": "${k.n(k.g.alnum(40))}", "type": "video", "max_width": 1920 },
    { "id": "${k.n(k.g.alnum(40))}", "type": "audio", "language_code": "de" }
  ],
  "upload_id": "${k.n(k.g.alnum(32))}",
  "passthrough": "${k.n('story-' + k.g.digits(7))}",
  "checksum_sha256": "${k.n(V.sha256(k.g))}",
  "created_by": "${k.n(V.uuid(k.g))}",
  "thumbnail": "https://image.mux.com/${k.n(k.g.alnum(40))}/thumbnail.jpg?time=12"
}
`,
  ),

  mDoc(
    'media-rotation-checklist',
    ['precision', 'prose'],
    'runbooks/credential-rotation.md',
    (k) => `# Credential rotation checklist (quarterly)

| Credential | Where it lives | How to rotate |
|---|---|---|
| Icecast source password | \`${k.n('vault:kv/radio/icecast#source')}\` | edit icecast.xml, restart, update BUTT/Liquidsoap |
| YouTube stream keys | \`${k.n('op://Video/YouTube/stream key')}\` | YouTube Studio → reset key |
| Mux token | \`${k.n('{{resolve:secretsmanager:video/mux:SecretString:tokenSecret}}')}\` | new token, then delete old |
| Wowza publish users | \`${k.n('$(cat /run/secrets/wowza_publish)')}\` | edit publish.password |
| Ghost Admin key | \`${k.n('process.env.GHOST_ADMIN_API_KEY')}\` | regenerate in Integrations |
| Stripe webhook secret | \`${k.n('${{ secrets.STRIPE_WEBHOOK_SECRET }}')}\` | roll in dashboard |
| SNMP community | \`${k.n('%SNMP_COMMUNITY%')}\` | change on every encoder |

After rotating, write the date here, never the value: last done ${k.n('2025-07-01')}.
`,
  ),
];
