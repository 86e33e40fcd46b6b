// Stream keys as streamers and restreaming setups write them (found on rw-dev18's game part): the key is the last
// path segment of an RTMP(S) ingest URL (`push rtmp://…live-video.net/app/<key>;` in nginx-rtmp, ffmpeg outputs,
// `rtmp://a.rtmp.youtube.com/live2/<key>`), or the `key` beside an RTMP `server` in one JSON object (OBS's
// multi-RTMP plugin); Streamlabs widget URLs carry the account's widget token as their last segment.
import { lineStartNear } from '../detect/lineStartNear';
import { looksRandom } from '../validators/valueStats';
import { isLiteralToken } from '../validators/literalArgument';
import type { ExampleGen, Rule } from '../types';
import { foldedKeywords } from './prose';

const LOWNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const twitchKey = (g: ExampleGen) => `live_${g.digits(9)}_${g.alnum(30)}`;
const youtubeKey = (g: ExampleGen) => Array.from({ length: 5 }, () => g.chars(LOWNUM, 4)).join('-');

/** A generated key, not a stream's chosen name (`rtmp://host/live/mychannel`). */
const streamKey = (secret: string) =>
  // YouTube's keys are four-character groups (`abcd-efgh-…`): too short per group to read as random, shaped all the same.
  (/^[a-z0-9]{4}(?:-[a-z0-9]{4}){3,4}$/.test(secret) && /[0-9]/.test(secret)) || (isLiteralToken(secret, 12) && (looksRandom(secret) || /^live_[0-9]{5,12}_/.test(secret)));

/** Words for a stream key in the languages of the studios, and the names that place a key on YouTube. */
const STREAM_KEY_WORDS = [
  'stream key',
  'streamkey',
  'stream_key',
  'stream-key',
  'youtube',
  'live2',
  'ストリームキー',
  '스트림 키',
  '스트림키',
  'stream-schlüssel',
  'clé de stream',
  'clave de transmisión',
  'chiave dello stream',
  'klucz transmisji',
];
const STREAM_KEY_LABEL = /stream[ _-]?key|youtube|live2|ストリームキー|스트림[ ]?키|stream-schlüssel|clé de stream|clave de transmisi[oó]n|chiave dello stream|klucz transmisji/i;

/** The value's line up to it and the line above (a label on its own line, the key in a code span below). */
function linesBefore(text: string, start: number): string {
  const floor = Math.max(0, start - 200);
  const own = lineStartNear(text, start, floor);
  return text.slice(own <= floor ? floor : lineStartNear(text, own - 1, floor), start);
}

const revocationNote = 'Reset the stream key in the platform dashboard (Twitch: Settings > Stream > Primary Stream key > Reset; YouTube Studio: Stream keys), then update OBS or the restreamer.';

export const streamingKeyRules: Rule[] = [
  {
    id: 'rtmp-ingest-stream-key',
    provider: 'Streaming',
    family: 'saas',
    priority: 'context',
    description: 'Stream key as the last segment of an RTMP(S) ingest URL (`rtmp://…/app/<key>`, `…/live2/<key>`, `…/rtmp/<key>`)',
    keywords: ['rtmp://', 'rtmps://'],
    keywordWindow: { before: 0, after: 400 },
    pattern: /rtmps?:\/\/[\w.-]{1,100}(?::[0-9]{2,5})?\/(?:app|live2?|stream|ingest|rtmp)\/(?<secret>[A-Za-z0-9_-]{16,200})(?=["'`;,)\s]|$)/,
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
        // Facebook Live's ingest path is `/rtmp/` (rw-dev19).
        `FB="rtmps://live-api-s.facebook.com:443/rtmp/${g.s(`FB-${g.digits(15)}-0-${g.alnum(38)}`)}"`,
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
    // A YouTube stream key pasted beside the words for it, away from any URL (rw-dev19: a chat message after the
    // ingest URL, a post-mortem, a studio memo in Japanese or Korean): the shape is YouTube's own, five groups of four
    // small letters and digits, and the words on its line or the line above name a stream key or YouTube.
    id: 'youtube-stream-key-named',
    provider: 'Streaming',
    family: 'saas',
    priority: 'context',
    description: 'YouTube stream key (five groups of four letters and digits) beside the words stream key / YouTube / live2',
    keywords: foldedKeywords(STREAM_KEY_WORDS),
    keywordWindow: { before: 40, after: 160 },
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-z0-9]{4}(?:-[a-z0-9]{4}){4})(?![A-Za-z0-9_-])/,
    validate: (secret, ctx) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && STREAM_KEY_LABEL.test(linesBefore(ctx.text, ctx.start)),
    minEntropy: 0,
    envName: 'YOUTUBE_STREAM_KEY',
    severity: 'error',
    docsUrl: 'https://support.google.com/youtube/answer/2907883',
    revocationUrl: null,
    revocationNote,
    examples: {
      positives: (g) => [
        `[21:03] Marco: rtmp://a.rtmp.youtube.com/live2 key ${g.s(youtubeKey(g))}`,
        `During the bulletin the OBS window showed the YouTube stream key\n\`${g.s(youtubeKey(g))}\`.`,
        `- 配信先: YouTube Live、ストリームキー: ${g.s(youtubeKey(g))}`,
      ],
      negatives: (g) => [
        'STREAM_KEY=xxxx-xxxx-xxxx-xxxx-xxxx',
        `YouTube video ids and stream key format: abcd-efgh-ijkl-mnop-qrst`,
        `youtube order ref ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}`,
        `ticket 2024-0412-0033-1111-2222 stream key rotated`,
      ],
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
