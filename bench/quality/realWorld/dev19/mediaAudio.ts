// Audio, radio and podcasts as station engineers and podcasters keep them: Icecast icecast.xml, SHOUTcast
// sc_serv.conf, Liquidsoap scripts, LibreTime/Airtime configs, RDS encoders over TCP, butt/Mixxx settings, podcast
// hosting API tokens (Libsyn, Buzzsprout, Transistor) and private feed URLs with tokens.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_AUDIO_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-icecast-xml',
    ['config-syntax', 'precision'],
    'etc/icecast2/icecast.xml',
    (k) => `<icecast>
    <location>Studio Hafenstrasse</location>
    <admin>technik@radio-hafen.example</admin>
    <limits>
        <clients>500</clients>
        <sources>4</sources>
    </limits>
    <authentication>
        <!-- Sources log in with username 'source' -->
        <source-password>${k.spw()}</source-password>
        <!-- Relays log in with username 'relay' -->
        <relay-password>${k.spw()}</relay-password>
        <!-- Admin logs in with the username given below -->
        <admin-user>admin</admin-user>
        <admin-password>${k.spw()}</admin-password>
    </authentication>
    <hostname>stream.radio-hafen.example</hostname>
    <listen-socket><port>8000</port></listen-socket>
    <mount type="normal">
        <mount-name>/live.mp3</mount-name>
        <password>${k.spw()}</password>
        <fallback-mount>/loop.mp3</fallback-mount>
    </mount>
</icecast>
`,
  ),

  mDoc(
    'media-icecast-xml-dist-default',
    ['config-syntax', 'precision'],
    'etc/icecast2/icecast.xml.dist',
    (k) => `<icecast>
    <authentication>
        <source-password>${k.n('hackme')}</source-password>
        <relay-password>${k.n('hackme')}</relay-password>
        <admin-user>admin</admin-user>
        <admin-password>${k.n('hackme')}</admin-password>
    </authentication>
    <hostname>localhost</hostname>
    <listen-socket><port>8000</port></listen-socket>
</icecast>
`,
  ),

  mDoc(
    'media-shoutcast-sc-serv-conf',
    ['config-syntax'],
    'shoutcast/sc_serv.conf',
    (k) => `; SHOUTcast DNAS 2 — Radio Onda9
logfile=logs/sc_serv.log
w3clog=logs/sc_w3c.log
portbase=8000
publicserver=always
password=${k.spw()}
adminpassword=${k.spw()}
streamid_1=1
streampath_1=/stream
streamauthhash_1=${k.n(k.g.hex(20).toUpperCase())}
streammaxuser_1=250
streamid_2=2
streampath_2=/aac
streampassword_2=${k.spw()}
`,
  ),

  mDoc(
    'media-liquidsoap-radio-liq',
    ['code', 'config-syntax'],
    'liquidsoap/radio.liq',
    (k) => `#!/usr/bin/liquidsoap
settings.log.file.path := "/var/log/liquidsoap/radio.log"

playlist_night = playlist(reload_mode="watch", "/srv/music/night")
live = input.harbor("live", port=8005, password="${k.spw()}")
jingles = playlist("/srv/jingles")

radio = fallback(track_sensitive=false, [live, rotate(weights=[1, 4], [jingles, playlist_night]), blank()])

output.icecast(%mp3(bitrate=128),
  host="stream.radio-hafen.example", port=8000,
  password="${k.spw()}", mount="/live.mp3",
  name="Radio Hafen", genre="Community", url="https://radio-hafen.example",
  radio)

output.icecast(%fdkaac(bitrate=64),
  host="relay.streamhost.example", port=80, user="source",
  password=getenv("${k.n('RELAY_PASSWORD')}"), mount="/hafen-aac", radio)
`,
  ),

  mDoc(
    'media-libretime-config-yml',
    ['config-syntax', 'precision'],
    'etc/libretime/config.yml',
    (k) => `general:
  public_url: https://studio.campusradio.example
  api_key: ${k.s('token', k.g.alnum(20).toUpperCase())}
  secret_key: ${k.s('token', k.g.base64url(40))}
  timezone: Europe/Lisbon
database:
  host: localhost
  port: 5432
  name: libretime
  user: libretime
  password: ${k.pw()}
rabbitmq:
  host: localhost
  port: 5672
  vhost: /libretime
  user: libretime
  password: ${k.spw()}
stream:
  inputs:
    main: { public_url: null, mount: main, port: 8001, secure: false }
  outputs:
    icecast:
      - enabled: true
        mount: main
        public_url: https://stream.campusradio.example/main
        source_password: ${k.spw()}
        admin_password: ${k.n('hackme')}
        audio: { format: ogg, bitrate: 256 }
`,
  ),

  mDoc(
    'media-butt-settings',
    ['config-syntax', 'credential-file'],
    'studio-pc/.buttrc',
    (k) => `[main]
bg_color = 339
server = Hafen Main,Hafen Backup
icy = Hafen

[Hafen Main]
address = stream.radio-hafen.example
port = 8000
password = ${k.spw()}
type = 1
mount = live.mp3
usr = source

[Hafen Backup]
address = backup.streamhost.example
port = 8010
password = ${k.spw()}
type = 1
mount = hafen
usr = source
`,
  ),

  mDoc(
    'media-rds-encoder-script',
    ['command-line', 'code', 'precision'],
    'rds/now-playing-to-rds.sh',
    (k) => `#!/bin/sh
# Sends "now playing" from the playout to the RDS encoder (TCP ASCII protocol). Encoder PI code ${k.n('D3C2')}.
RDS_HOST=${V.ipv4(k.g, '192.168')}
RDS_PORT=7005
RDS_PASS='${k.spw()}'
TITLE="$(curl -s 'http://playout.local/api/nowplaying?fields=artist,title' | jq -r '.artist + " - " + .title')"
printf 'AUTH=%s\\r\\nDPS=%s\\r\\n' "$RDS_PASS" "$TITLE" | nc -w 2 "$RDS_HOST" "$RDS_PORT"
`,
  ),

  mDoc(
    'media-podcast-publish-github-action',
    ['config-syntax', 'command-line', 'precision'],
    '.github/workflows/publish-episode.yml',
    (k) => `name: publish-episode
on:
  workflow_dispatch:
    inputs: { episode: { required: true } }
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      BUZZSPROUT_PODCAST_ID: "${k.n(k.g.digits(7))}"
      BUZZSPROUT_API_TOKEN: \${{ secrets.${k.n('BUZZSPROUT_API_TOKEN')} }}
      TRANSISTOR_API_KEY: ${k.s('token', k.g.alnum(22))}
    steps:
      - uses: actions/checkout@v4
      - run: |
          curl -sf -X POST "https://www.buzzsprout.com/api/$BUZZSPROUT_PODCAST_ID/episodes.json" \\
            -H "Authorization: Token token=$BUZZSPROUT_API_TOKEN" \\
            -F "title=Episode \${{ inputs.episode }}" -F "audio_file=@out/episode.mp3"
      - run: |
          curl -sf https://api.transistor.fm/v1/episodes -H "x-api-key: $TRANSISTOR_API_KEY" \\
            -d "episode[show_id]=${k.n(k.g.digits(5))}" -d "episode[title]=Folge \${{ inputs.episode }}"
`,
  ),

  mDoc(
    'media-podcast-hosting-notes',
    ['prose', 'http-auth', 'precision'],
    'podcast/README.md',
    (k) => `# "Kulturzeit Kompakt" podcast — how publishing works

1. Export the edit from Reaper as WAV, run \`./master.sh\` (loudness −16 LUFS).
2. Upload to Libsyn. Old API: \`curl -u kulturzeit:${k.spw()} https://api.libsyn.example/v1/upload\`
   (yes, that is the account password; Libsyn support said there is no token for the old API).
3. Buzzsprout: token is in the team vault. It looks like \`${k.n('a1b2c3d4…')}\`; don't paste it in Slack.
4. Premium feed for Steady supporters:
   \`https://feeds.buzzsprout.example/${k.n(k.g.digits(7))}.rss?private=${k.http(k.g.hex(32))}\`
   Every supporter gets their own; this one is the test listener's.
5. Public feed: https://feeds.buzzsprout.example/${k.n(k.g.digits(7))}.rss
6. Episode GUIDs are Buzzsprout-${k.n(k.g.digits(8))}; never change them.
`,
  ),

  mDoc(
    'media-private-podcast-feeds-csv',
    ['precision', 'http-auth'],
    'supporters/private-feeds-export.csv',
    (k) => `supporter_id,email,tier,feed_url,created
${k.g.digits(5)},anna@example.org,Gold,https://feeds.transistor.example/private/${k.http(k.g.alnum(24))},2025-02-11
${k.g.digits(5)},m.rossi@example.it,Silver,https://feeds.transistor.example/private/${k.http(k.g.alnum(24))},2025-03-01
${k.g.digits(5)},test@podcast.example,Test,https://feeds.transistor.example/private/${k.n('REVOKED')},2025-01-05
${k.g.digits(5)},jan@example.nl,Gold,https://feeds.transistor.example/private/${k.http(k.g.alnum(24))},2025-04-19
`,
  ),

  mDoc(
    'media-podcast-rss-feed',
    ['precision'],
    'public/feed.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel>
  <title>Onda Nove – Noticiero</title>
  <podcast:guid>${k.n(V.uuid(k.g))}</podcast:guid>
  <podcast:locked owner="podcast@onda9.example">yes</podcast:locked>
  <itunes:author>Onda Nove</itunes:author>
  <item>
    <title>Noticiero de la mañana</title>
    <guid isPermaLink="false">${k.n(V.uuid(k.g))}</guid>
    <enclosure url="https://cdn.onda9.example/ep/${k.n(V.sha1(k.g))}.mp3" length="${k.g.digits(8)}" type="audio/mpeg"/>
    <podcast:transcript url="https://cdn.onda9.example/tr/ep-412.vtt" type="text/vtt"/>
  </item>
</channel>
</rss>
`,
  ),

  mDoc(
    'media-azuracast-env',
    ['config-syntax', 'precision'],
    'azuracast/azuracast.env',
    (k) => `# AzuraCast (Docker) — community station
APPLICATION_ENV=production
MYSQL_HOST=localhost
MYSQL_USER=azuracast
MYSQL_PASSWORD=${k.pw()}
MYSQL_DATABASE=azuracast
MYSQL_ROOT_PASSWORD=${k.spw()}
# API key for the website's now-playing widget: id:secret, created under My Account > API Keys
AZURACAST_API_KEY=${k.s('token', k.g.hex(16) + ':' + k.g.hex(32))}
ENABLE_REDIS=true
PREFER_RELEASE_BUILDS=false
# example from the docs: ${k.n('xxxxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
`,
  ),
];
