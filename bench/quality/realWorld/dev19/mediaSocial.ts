// Social publishing and newsroom AI tools as social desks and newsroom developers keep them: Facebook page tokens,
// X bearer tokens, Instagram Graph, Bluesky app passwords, Mastodon access tokens, Slack bots for the desk, and
// AssemblyAI/Deepgram/ElevenLabs/OpenAI keys in transcription and summarisation tools.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './mediaValues';

export const MEDIA_SOCIAL_DOCS: RealWorldDoc[] = [
  mDoc(
    'media-social-autopost-config',
    ['config-syntax', 'precision'],
    'social-bot/config.yaml',
    (k) => `# autopost: headlines from the RSS to our social accounts
facebook:
  page_id: "${k.n(k.g.digits(15))}"
  page_access_token: "${k.prov('Facebook page access token', V.facebookToken(k.g))}"
  app_id: "${k.n(k.g.digits(16))}"
  app_secret: "${k.s('token', k.g.hex(32))}"
instagram:
  business_account_id: "${k.n('1784' + k.g.digits(13))}"
x:
  api_key: "${k.n(k.g.alnum(25))}"
  api_key_secret: "${k.s('token', k.g.alnum(50))}"
  access_token: "${k.s('token', k.g.digits(19) + '-' + k.g.alnum(31))}"
  access_token_secret: "${k.s('token', k.g.alnum(45))}"
  bearer_token: "${k.prov('X bearer token', V.xBearer(k.g))}"
mastodon:
  instance: https://mastodon.social
  access_token: "${k.s('token', V.mastodonToken(k.g))}"
bluesky:
  handle: nachrichten-nord.bsky.social
  app_password: "${k.s('password', V.blueskyAppPw(k.g))}"
`,
  ),

  mDoc(
    'media-bluesky-poster-ts',
    ['code', 'precision'],
    'social-bot/src/bluesky.ts',
    (k) => `import { AtpAgent, RichText } from '@atproto/api';

const agent = new AtpAgent({ service: 'https://bsky.social' });

export async function post(text: string) {
  // app password (Settings → App Passwords), not the account password
  await agent.login({ identifier: 'radioeins-news.bsky.social', password: process.env.BSKY_APP_PASSWORD ?? '${k.s('password', V.blueskyAppPw(k.g))}' });
  const rt = new RichText({ text });
  await rt.detectFacets(agent);
  return agent.post({ text: rt.text, facets: rt.facets, createdAt: new Date().toISOString() });
}
// format reminder for the README: ${k.n('xxxx-xxxx-xxxx-xxxx')}
`,
  ),

  mDoc(
    'media-mastodon-env-and-toot',
    ['config-syntax', 'command-line'],
    'bots/mastodon/.env',
    (k) => `MASTODON_BASE_URL=https://journa.host
MASTODON_CLIENT_KEY=${k.n(k.g.base64url(43))}
MASTODON_CLIENT_SECRET=${k.s('token', k.g.base64url(43))}
MASTODON_ACCESS_TOKEN=${k.s('token', V.mastodonToken(k.g))}
# test: curl -H "Authorization: Bearer $MASTODON_ACCESS_TOKEN" -F "status=Test" https://journa.host/api/v1/statuses
`,
  ),

  mDoc(
    'media-facebook-graph-explorer-notes',
    ['prose', 'http-auth', 'precision'],
    'docs/social/facebook-tokens.md',
    (k) => `# Facebook/Instagram tokens (social desk)

Short-lived user token from the Graph API Explorer, exchanged for a long-lived one:

\`\`\`
GET https://graph.facebook.com/v19.0/oauth/access_token?grant_type=fb_exchange_token&client_id=${k.n(k.g.digits(16))}&client_secret=${k.http(k.g.hex(32))}&fb_exchange_token=${k.http(V.facebookToken(k.g))}
\`\`\`

Page tokens derived from a long-lived user token don't expire. Current page token for "Nordkurier Sport"
(updated by Lea, 12.09.): \`${k.prov('Facebook page access token', V.facebookToken(k.g))}\`

Debug a token: https://developers.facebook.com/tools/debug/accesstoken/?access_token=${k.ph()}
`,
  ),

  mDoc(
    'media-transcription-worker-py',
    ['code', 'precision'],
    'transcribe/worker.py',
    (k) => `"""Transcribes interviews dropped in /mnt/interviews; summary via LLM for the desk."""
import os
import assemblyai as aai
from deepgram import DeepgramClient
from openai import OpenAI

aai.settings.api_key = os.getenv("ASSEMBLYAI_API_KEY") or "${k.s('token', k.g.hex(32))}"
dg = DeepgramClient("${k.s('token', k.g.hex(40))}")
client = OpenAI(api_key="${k.prov('OpenAI API key', V.openaiKey(k.g))}")

def summarize(text: str, lang: str = "de") -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
        messages=[{"role": "system", "content": f"Fasse das Interview in 5 Sätzen zusammen ({lang})."},
                  {"role": "user", "content": text}])
    return r.choices[0].message.content
# transcript id of the sample job: ${k.n(V.uuid(k.g))}
`,
  ),

  mDoc(
    'media-elevenlabs-audio-articles',
    ['code', 'config-syntax'],
    'audio-articles/settings.json',
    (k) => `{
  "provider": "elevenlabs",
  "apiKey": "${k.prov('ElevenLabs API key', V.elevenLabs(k.g))}",
  "voices": { "de": "${k.n(k.g.alnum(20))}", "en": "${k.n(k.g.alnum(20))}" },
  "model": "eleven_multilingual_v2",
  "fallback": { "provider": "anthropic", "apiKey": "${k.prov('Anthropic API key', V.anthropicKey(k.g))}" },
  "cdn": { "bucket": "audio-articles", "prefix": "tts/" }
}
`,
  ),

  mDoc(
    'media-desk-slack-bot',
    ['code', 'config-syntax', 'precision'],
    'deskbot/app.js',
    (k) => `const { App } = require('@slack/bolt');

// #breaking-news alerts from the wire poller + "/embargo" command for the desk
const app = new App({
  token: process.env.SLACK_BOT_TOKEN || '${k.prov('Slack bot token', V.slackBot(k.g))}',
  signingSecret: '${k.s('token', k.g.hex(32))}',
});
const ALERT_WEBHOOK = '${k.prov('Slack webhook', V.slackHook(k.g))}';
const TEAMS_CHANNEL = '${k.n('19:' + k.g.hex(32) + '@thread.tacv2')}';

app.command('/embargo', async ({ ack, command, respond }) => {
  await ack();
  await respond(\`Embargo noted for \${command.text}\`);
});
module.exports = { app, ALERT_WEBHOOK, TEAMS_CHANNEL };
`,
  ),

  mDoc(
    'media-youtube-data-api-quota-script',
    ['code', 'command-line', 'precision'],
    'scripts/yt-stats.sh',
    (k) => `#!/bin/sh
# Daily view counts for the channel dashboard. The API key is server-side only (IP restricted).
KEY='${k.prov('Google API key', V.googleApiKey(k.g))}'
CHANNEL=${k.n('UC' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22))}
curl -s "https://www.googleapis.com/youtube/v3/channels?part=statistics&id=$CHANNEL&key=$KEY" | jq .items[0].statistics
# video ids look like ${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 11))}
`,
  ),

  mDoc(
    'media-newsletter-sendgrid-mailchimp',
    ['config-syntax', 'code'],
    'newsletter/config.py',
    (k) => `# Morning briefing newsletter
SENDGRID_API_KEY = "${k.prov('SendGrid API key', V.sendgrid(k.g))}"
MAILCHIMP_API_KEY = "${k.prov('Mailchimp API key', V.mailchimp(k.g))}"
MAILCHIMP_LIST_ID = "${k.n(k.g.hex(10))}"
UNSUBSCRIBE_HMAC_SECRET = "${k.s('token', k.g.alnum(40))}"
GITHUB_TOKEN = "${k.prov('GitHub token', V.githubPat(k.g))}"  # to read templates repo
`,
  ),
];
