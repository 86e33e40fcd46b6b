// Logs, error output and shell histories from media systems: FFmpeg/encoder logs echoing their output URLs, Wowza
// and Icecast access logs, CMS debug output, crash dumps of the playout, CI logs of the video services, and the
// shell history of a stream engineer.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_LOG_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-ffmpeg-stderr-output',
    ['logs-and-output', 'precision'],
    'logs/restream-2025-10-01.err',
    (k) => `ffmpeg version 6.1.1 Copyright (c) 2000-2023 the FFmpeg developers
Input #0, mpegts, from 'srt://0.0.0.0:9000?mode=listener&passphrase=${k.s('password', k.g.alnum(20))}':
  Duration: N/A, start: 1.400000, bitrate: N/A
  Stream #0:0[0x100]: Video: h264 (High), yuv420p(progressive), 1920x1080, 50 fps
  Stream #0:1[0x101]: Audio: aac (LC), 48000 Hz, stereo, fltp
Output #0, flv, to 'rtmp://a.rtmp.youtube.com/live2/${k.s('token', V.youtubeKey(k.g))}':
  Metadata:
    encoder         : Lavf60.16.100
frame=12044 fps= 50 q=23.0 size=  140262kB time=00:04:00.88 bitrate=4770.3kbits/s speed=   1x
[flv @ 0x55d3c1e0] Failed to update header with correct duration.
[tee @ 0x55d3c2a0] Slave '[f=flv:onfail=ignore]rtmp://fra05.contribute.live-video.net/app/${k.prov('Twitch stream key', V.twitchKey(k.g))}': error writing trailer: Broken pipe
`,
  ),

  mDoc(
    'media-wowza-access-log',
    ['logs-and-output', 'precision'],
    'logs/wowzastreamingengine_access.log',
    (k) => `#Fields: date time tz x-event x-category x-severity x-status x-ctx x-comment x-vhost x-app x-appinst c-ip c-proto s-uri
2025-10-01\t20:58:12\tCEST\tconnect-pending\tsession\tINFO\t100\t${V.ipv4(k.g, '10.20')}\t-\t_defaultVHost_\tlive\t_definst_\t${V.ipv4(k.g, '10.20')}\trtmp\trtmp://stream.sender.example:1935/live
2025-10-01\t20:58:12\tCEST\tpublish\tstream\tINFO\t200\t${k.n('studio_a')}\t-\t_defaultVHost_\tlive\t_definst_\t${V.ipv4(k.g, '10.20')}\trtmp\trtmp://stream.sender.example:1935/live/studio_a?wowzatoken=${k.http(k.g.hex(32))}
2025-10-01\t20:58:13\tCEST\tpublish\tstream\tWARN\t401\tobvan1\tModuleRTMPAuthenticate: invalid password for user obvan1\t_defaultVHost_\tlive\t_definst_\t${V.ipv4(k.g, '10.20')}\trtmp\t-
2025-10-01\t21:10:44\tCEST\tplay\tstream\tINFO\t200\t${k.n(V.streamId(k.g))}\t-\t_defaultVHost_\tlive\t_definst_\t${V.ipv4(k.g, '172.16')}\thttp (cupertino)\thttps://stream.sender.example/live/studio_a/playlist.m3u8
`,
  ),

  mDoc(
    'media-icecast-error-log',
    ['logs-and-output', 'precision'],
    'logs/icecast/error.log',
    (k) => `[2025-10-02  06:00:01] INFO main/main Icecast 2.4.4 server started
[2025-10-02  06:00:01] INFO connection/get_ssl_certificate No SSL capability
[2025-10-02  06:00:05] INFO source/source_main listener count on /live.mp3 now 12
[2025-10-02  07:14:22] WARN auth/auth_add_listener source password incorrect for /live.mp3 from ${V.ipv4(k.g, '192.168')}
[2025-10-02  07:14:30] INFO connection/_handle_source_request Source logging in at mountpoint "/live.mp3" from ${V.ipv4(k.g, '192.168')}
[2025-10-02  07:15:02] DEBUG admin/admin_handle_request GET /admin/metadata?mount=/live.mp3&mode=updinfo&song=Nachrichten&pass=${k.spw()}
[2025-10-02  07:15:03] INFO admin/command_metadata Metadata on mountpoint /live.mp3 changed to "Nachrichten"
`,
  ),

  mDoc(
    'media-cms-debug-dump',
    ['logs-and-output', 'code'],
    'logs/cms-debug.log',
    (k) => `[2025-09-29 23:41:07] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'cms_app'@'10.0.4.12' (using password: YES) {"exception":"[object] (PDOException(code: 1045)"}
[2025-09-29 23:41:07] production.DEBUG: config dump {"database.connections.mysql":{"driver":"mysql","host":"mysql-cms.internal","database":"cms","username":"cms_app","password":"${k.pw()}"},"services.parsely":{"key":"${k.n('zeitung.example')}","secret":"${k.s('token', k.g.alnum(43))}"},"services.brightcove":{"account":"${k.n(V.brightcoveAccount(k.g))}","client_secret":"${k.s('token', V.brightcoveSecret(k.g))}"},"app.key":"base64:${k.s('token', k.g.base64(43) + '=')}"}
[2025-09-29 23:41:08] production.INFO: retry 1/3
`,
  ),

  mDoc(
    'media-ci-log-video-service',
    ['logs-and-output', 'command-line', 'precision'],
    'ci/logs/video-service-deploy-882.log',
    (k) => `Running with gitlab-runner 17.2.0 (on media-runner-02)
$ echo "deploying video-service to prod"
deploying video-service to prod
$ helm upgrade --install video-service ./chart --set mux.tokenId=${k.n(V.uuid(k.g))} --set mux.tokenSecret=${k.s('token', V.muxSecret(k.g))} --set image.tag=$CI_COMMIT_SHORT_SHA
Release "video-service" has been upgraded. Happy Helming!
$ curl -s -u deploy:$DEPLOY_TOKEN https://status.sender.example/api/deploys -d "sha=${k.n(V.sha1(k.g))}"
{"ok":true}
$ echo "MUX_SIGNING_KEY_ID=${k.n(k.g.alnum(44))}"
MUX_SIGNING_KEY_ID=${k.n(k.g.alnum(44))}
Job succeeded
`,
  ),

  mDoc(
    'media-stream-engineer-bash-history',
    ['command-line', 'logs-and-output'],
    'home/streamops/.bash_history',
    (k) => `ssh streamops@enc01
ffprobe -v error -show_streams srt://contrib.sender.example:7001?passphrase=${k.s('password', k.g.alnum(16))}
mysql -u wowza_stats -p'${k.spw()}' -h stats-db wowza -e 'select count(*) from sessions'
curl -u admin:${k.spw()} http://enc-secours.regie.local/api/v1/status
export AWS_ACCESS_KEY_ID=${k.u(V.awsId(k.g))}
export AWS_SECRET_ACCESS_KEY=${k.prov('AWS secret access key', V.awsSecret(k.g))}
aws medialive start-channel --channel-id ${k.n(k.g.digits(7))}
aws s3 cp s3://vod-masters/ep412.mxf .
redis-cli -h cache01 -a '${k.spw()}' keys 'hls:*' | head
sshpass -p '${k.spw()}' scp playlist.xml playout@casparcg01:/media/
htop
`,
  ),

  mDoc(
    'media-playout-crash-dump',
    ['logs-and-output', 'precision'],
    'logs/playout/crash-2025-09-28.txt',
    (k) => `=== Playout Automation crash report ===
Version: 8.4.2 (build ${k.n(V.sha1(k.g).slice(0, 12))})
Time: 2025-09-28 03:12:55 UTC
Channel: TV7 HD (id ${k.n(V.uuid(k.g))})
Exception: System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'playout_svc'.
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(...)
   at Playout.Data.ScheduleRepository.Open(String connectionString = "Server=PLAYOUTSQL;Database=Schedule;User Id=playout_svc;Password=${k.cs()};")
Last event: ${k.n(V.timecode(k.g))} CLIP "NEWS_INTRO_HD" house id ${k.n('HN' + k.g.digits(7))}
Memory: 1.2 GB / 8 GB
`,
  ),

  mDoc(
    'media-kubectl-describe-secret',
    ['logs-and-output', 'config-syntax'],
    'debug/kubectl-get-secret-transcoder.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: transcoder-credentials
  namespace: video
type: Opaque
data:
  BITMOVIN_API_KEY: ${k.s('token', V.b64(k.g.uuid()))}
  S3_SECRET_KEY: ${k.s('token', V.b64(V.awsSecret(k.g)))}
  WEBHOOK_TOKEN: ${k.s('token', V.b64(k.g.alnum(32)))}
stringData:
  S3_BUCKET: vod-renditions
`,
  ),

  mDoc(
    'media-har-excerpt-cms-login',
    ['logs-and-output', 'http-auth', 'precision'],
    'debug/cms-login.har.json',
    (k) => `{
  "log": {
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://cms.zeitung.example/api/auth/login",
          "headers": [
            { "name": "Content-Type", "value": "application/json" },
            { "name": "X-Request-Id", "value": "${k.n(V.uuid(k.g))}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"user\\":\\"chefvomdienst\\",\\"password\\":\\"${k.spw()}\\"}" }
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "Set-Cookie", "value": "cms_session=${k.http(k.g.base64url(48))}; Path=/; HttpOnly; Secure" },
            { "name": "ETag", "value": "\\"${k.n(V.md5(k.g))}\\"" }
          ]
        }
      }
    ]
  }
}
`,
  ),

  mDoc(
    'media-mediainfo-output',
    ['logs-and-output', 'precision'],
    'qc/ep412_mediainfo.txt',
    (k) => `General
Unique ID                                : ${k.n(k.g.digits(38))}
Complete name                            : /mnt/san/deliveries/EP412_MASTER.mxf
Format                                   : MXF
Commercial name                          : XDCAM HD422
Duration                                 : 44 min 12 s
Overall bit rate                         : 53.4 Mb/s
Encoded date                             : 2025-09-30 14:02:11.000
Writing application                      : Avid Media Composer 2024.6
Time code of first frame                 : ${k.n(V.timecode(k.g))}
Package name                             : ${k.n(V.eidr(k.g))}
ISRC (music cue sheet)                   : ${k.n(V.isrc(k.g))}
MD5                                      : ${k.n(V.md5(k.g))}
`,
  ),
];
