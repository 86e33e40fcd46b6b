// Stream keys as streamers and restreaming setups write them (found on rw-dev18's game part): the key is the last
// path segment of an RTMP(S) ingest URL (`push rtmp://…live-video.net/app/<key>;` in nginx-rtmp, ffmpeg outputs,
// `rtmp://a.rtmp.youtube.com/live2/<key>`), or the `key` beside an RTMP `server` in one JSON object (OBS's
// multi-RTMP plugin); Streamlabs widget URLs carry the account's widget token as their last segment.
import { looksRandom } from '../validators/valueStats';
import { isLiteralToken } from '../validators/literalArgument';
import type { ExampleGen, Rule } from '../types';

const LOWNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const twitchKey = (g: ExampleGen) => `live_${g.digits(9)}_${g.alnum(30)}`;
const youtubeKey = (g: ExampleGen) => Array.from({ length: 5 }, () => g.chars(LOWNUM, 4)).join('-');

/** A generated key, not a stream's chosen name (`rtmp://host/live/mychannel`). */
const streamKey = (secret: string) =>
  // YouTube's keys are four-character groups (`abcd-efgh-…`): too short per group to read as random, shaped all the same.
  (/^[a-z0-9]{4}(?:-[a-z0-9]{4}){3,4}$/.test(secret) && /[0-9]/.test(secret)) || (isLiteralToken(secret, 12) && (looksRandom(secret) || /^live_[0-9]{5,12}_/.test(secret)));

const revocationNote = 'Reset the stream key in the platform dashboard (Twitch: Settings > Stream > Primary Stream key > Reset; YouTube Studio: Stream keys), then update OBS or the restreamer.';

export const streamingKeyRules: Rule[] = [
  {
    id: 'rtmp-ingest-stream-key',
    provider: 'Streaming',
    family: 'saas',
    priority: 'context',
    description: 'Stream key as the last segment of an RTMP(S) ingest URL (`rtmp://…/app/<key>`, `…/live2/<key>`)',
    keywords: ['rtmp://', 'rtmps://'],
    keywordWindow: { before: 0, after: 400 },
    pattern: /rtmps?:\/\/[\w.-]{1,100}(?::[0-9]{2,5})?\/(?:app|live2?|stream|ingest)\/(?<secret>[A-Za-z0-9_-]{16,200})(?=["'`;,)\s]|$)/,
    validate: streamKey,
    envName: 'STREAM_KEY',
    severity: 'error',
    docsUrl: 'https://help.twitch.tv/s/article/twitch-stream-key-faq',
    revocationUrl: null,
    revocationNote,
    examples: {
      positives: (g) => [
        `application live {\n  live on;\n  push rtmp://waw.contribute.live-video.net/app/${g.s(twitchKey(g))};\n}\n`,
        `ffmpeg -re -i input.mp4 -c copy -f flv rtmp://a.rtmp.youtube.com/live2/${g.s(youtubeKey(g))}`,
      ],
      negatives: () => ['push rtmp://127.0.0.1/live/mychannel;', 'rtmp://a.rtmp.youtube.com/live2/{stream_key}', 'ffmpeg -i in.mp4 -f flv "rtmp://live.twitch.tv/app/$TWITCH_STREAM_KEY"'],
    },
  },
  {
    id: 'rtmp-server-stream-key',
    provider: 'Streaming',
    family: 'saas',
    priority: 'context',
    description: 'Stream key given as `key` beside an RTMP `server` in one object (OBS multi-RTMP targets)',
    keywords: ['rtmp://', 'rtmps://'],
    keywordWindow: { before: 30, after: 400 },
    pattern: /"server"[ \t]{0,2}:[ \t]{0,2}"rtmps?:\/\/[^"\s]{1,200}"[ \t]{0,2},[ \t]{0,4}"(?:key|stream_?key)"[ \t]{0,2}:[ \t]{0,2}"(?<secret>[^"\s]{12,200})"/,
    validate: streamKey,
    envName: 'STREAM_KEY',
    severity: 'error',
    docsUrl: 'https://obsproject.com/kb/stream-settings',
    revocationUrl: null,
    revocationNote,
    examples: {
      positives: (g) => [
        `{ "name": "YouTube", "service-param": { "server": "rtmp://a.rtmp.youtube.com/live2", "key": "${g.s(youtubeKey(g))}" } }`,
        `{ "name": "Twitch", "service-param": { "server": "rtmp://waw.contribute.live-video.net/app/", "key": "${g.s(twitchKey(g))}" } }`,
      ],
      negatives: () => ['{ "server": "rtmp://a.rtmp.youtube.com/live2", "key": "" }', '{ "server": "rtmp://a.rtmp.youtube.com/live2", "key": "your-stream-key" }'],
    },
  },
  {
    id: 'streamlabs-widget-token',
    provider: 'Streamlabs',
    family: 'saas',
    priority: 'context',
    description: 'Streamlabs widget token in an alert box or widget URL (`streamlabs.com/alert-box/v3/<token>`)',
    keywords: ['streamlabs.com/'],
    keywordWindow: { before: 0, after: 120 },
    pattern: /streamlabs\.com\/(?:alert-box\/v3|widgets\/[\w-]{1,40}\/v1)\/(?<secret>[A-Za-z0-9]{16,64})(?![A-Za-z0-9])/,
    validate: (secret) => isLiteralToken(secret, 16),
    envName: 'STREAMLABS_WIDGET_TOKEN',
    severity: 'error',
    docsUrl: 'https://streamlabs.com/content-hub/post/how-to-set-up-alerts-for-twitch-youtube-and-facebook',
    revocationUrl: null,
    revocationNote: 'Regenerate the widget URL in the Streamlabs dashboard (the widget settings, "Regenerate URL"), then update the browser sources.',
    examples: {
      positives: (g) => [`"url": "https://streamlabs.com/alert-box/v3/${g.s(g.hex(20).toUpperCase())}"`, `https://streamlabs.com/widgets/chat-box/v1/${g.s(g.hex(20).toUpperCase())}`],
      negatives: () => ['https://streamlabs.com/alert-box/v3/', 'https://streamlabs.com/widgets/chat-box/v1/YOUR_TOKEN_HERE'],
    },
  },
];
