// Tokens that are a segment of a URL's path, on any host (the tools are self-hosted): Uptime Kuma's push monitor
// (`/api/push/<token>`), ThingsBoard's device API (`/api/v1/<access token>/telemetry`) and a Telegram-style Bot API server
// (`/bot<id>:<secret>/sendMessage`, the official format belongs to telegram-bot-token). Whoever holds the URL can
// report the monitor up, post a device's data or speak as the bot; no name says so, the path does. (Healthchecks'
// ping UUIDs, `hc-ping.com/<uuid>`, were tried: the dev sets' labellers mostly hold them to be ids, not secrets.)
import { isStandIn } from '../validators/placeholder';
import { looksRandom } from '../validators/valueStats';
import type { MatchContext, Rule } from '../types';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A short generated segment: digits with letters, or both cases; not a word, a placeholder or one repeated character. */
function generatedSegment(value: string): boolean {
  if (isStandIn(value) !== undefined || /^(.)\1+$/.test(value) || /^(?:x+|X+|0+)$/.test(value)) return false;
  const digits = /\d/.test(value);
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  if (!((digits && (lower || upper)) || (lower && upper))) return false;
  // camelCase words (`pushToken`, `myMonitor1`) are names, not tokens.
  if (/^[a-z]+(?:[A-Z][a-z]+)+\d{0,3}$/.test(value) || /^[A-Za-z][a-z]+\d{1,4}$/.test(value)) return false;
  return value.length >= 16 ? looksRandom(value) : true;
}

function pushToken(value: string, ctx: MatchContext): boolean {
  // `…/api/push/<token>` of a docs template (`/api/push/{pushToken}`) never matches the alphabet; a version path does.
  return generatedSegment(value) && !/^v\d+$/.test(value) && ctx.text.charAt(ctx.end) !== '.';
}

export const urlPathTokenRules: readonly Rule[] = [
  {
    id: 'uptime-kuma-push-token',
    provider: 'Uptime Kuma',
    family: 'observability',
    priority: 'context',
    description: 'Uptime Kuma push monitor token in a push URL',
    keywords: ['/api/push/'],
    matchStarts: [{ words: ['/api/push/'], before: 0 }],
    pattern: /\/api\/push\/(?<secret>[A-Za-z0-9]{8,64})(?![A-Za-z0-9_-])/,
    validate: pushToken,
    envName: 'UPTIME_KUMA_PUSH_TOKEN',
    docsUrl: 'https://github.com/louislam/uptime-kuma/wiki/Monitor-Types',
    severity: 'warning',
    revocationUrl: null,
    revocationNote: 'Open the push monitor in Uptime Kuma, generate a new push token and save; update every script that calls the URL.',
    examples: {
      positives: (g) => [
        `curl -fsS "https://status.example.org/api/push/${g.s(g.chars(ALNUM, 10))}?status=up&msg=OK&ping="`,
        `*/5 * * * * wget -qO- https://uptime.home.example/api/push/${g.s(g.chars(LOWER_DIGITS, 8) + g.digits(2))}?status=up >/dev/null`,
        `PUSH_URL=http://10.0.0.5:3001/api/push/${g.s(g.chars(ALNUM, 32))}`,
      ],
      negatives: () => [
        'curl "https://status.example.org/api/push/{pushToken}?status=up"',
        'GET /api/push/pushToken?status=up',
        'https://status.example.org/api/push/XXXXXXXXXX?status=up',
        'https://status.example.org/api/push/monitors',
      ],
    },
  },
  {
    id: 'thingsboard-device-token-url',
    provider: 'ThingsBoard',
    family: 'observability',
    priority: 'context',
    description: 'ThingsBoard device access token in a device API URL',
    keywords: ['/api/v1/'],
    pattern: /\/api\/v1\/(?<secret>[A-Za-z0-9]{12,40})\/(?:telemetry|attributes|rpc|claim|firmware|software)(?![A-Za-z0-9_-])/,
    validate: generatedSegment,
    envName: 'THINGSBOARD_ACCESS_TOKEN',
    docsUrl: 'https://thingsboard.io/docs/reference/http-api/',
    severity: 'warning',
    revocationUrl: null,
    revocationNote: "Change the device's credentials in ThingsBoard (Devices → the device → Manage credentials) and update the device.",
    examples: {
      positives: (g) => [
        `curl -X POST https://iot.example.com/api/v1/${g.s(g.chars(ALNUM, 20))}/telemetry -H 'Content-Type: application/json' -d '{"temp":21.5}'`,
        `const url = "http://tb.local:8080/api/v1/${g.s(g.chars(ALNUM, 20))}/attributes";`,
      ],
      negatives: () => ['POST /api/v1/$ACCESS_TOKEN/telemetry', 'POST /api/v1/{accessToken}/telemetry', 'GET /api/v1/deviceProfiles/telemetry', 'POST https://tb.example/api/v1/ACCESS_TOKEN/telemetry'],
    },
  },
  {
    // Self-hosted chat and CI bridges modelled on Mattermost's `/hooks/<id>` (whose own 26-character ids and Rocket.Chat's
    // `/hooks/<id>/<token>` have their rules), with ids of other alphabets and lengths: whoever holds the URL posts as the
    // integration. Only a generated last segment: `/hooks/deploy`, `/hooks/{{ id }}`, `/hooks/erp-connector` are routes.
    id: 'chat-webhook-path-token',
    provider: 'Chat incoming webhook',
    family: 'messaging',
    priority: 'context',
    description: 'Token of a self-hosted chat incoming webhook in its URL path (/hooks/<token>)',
    keywords: ['/hooks/'],
    matchStarts: [{ words: ['/hooks/'], before: 0 }],
    pattern: /\/hooks\/(?<secret>[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_./-])/,
    validate: (value, ctx) => generatedSegment(value) && !/hooks\.(?:slack|zapier)\.com\/$/.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start - 6)),
    envName: 'WEBHOOK_URL',
    docsUrl: 'https://developers.mattermost.com/integrate/webhooks/incoming/',
    severity: 'warning',
    revocationUrl: null,
    revocationNote: 'Delete the incoming webhook in the chat server (Integrations → Incoming Webhooks) and create a new one; update every script that posts to it.',
    examples: {
      positives: (g) => [
        `curl -fsS -X POST https://chat.example.io/hooks/${g.s(g.chars(ALNUM, 32))} -d '{"text": "released"}'`,
        `NOTIFY_URL = "https://notify.example.org/hooks/${g.s(`${g.chars(ALNUM, 20)}_${g.chars(ALNUM, 11)}`)}"`,
      ],
      negatives: (g) => [
        'url: "https://chat.example.io/hooks/{{ chat_hook_id }}"',
        'curl -X POST https://deploy.example.io/hooks/erp-connector',
        'https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx',
        `https://ci.example.org/hooks/deploy/${g.chars(LOWER_DIGITS, 26)}.json`,
        'const route = "/hooks/pushNotificationHandler";',
      ],
    },
  },
  {
    id: 'bot-api-url-token',
    provider: 'Telegram Bot API',
    family: 'messaging',
    priority: 'context',
    description: 'Bot token in a Telegram-style Bot API URL path',
    keywords: ['/bot'],
    pattern: /\/bot(?<secret>[0-9]{6,12}:[A-Za-z0-9_-]{30,50})\/[A-Za-z]/,
    minEntropy: 3.5,
    validate: (value) => looksRandom(value.slice(value.indexOf(':') + 1)),
    envName: 'BOT_TOKEN',
    docsUrl: 'https://core.telegram.org/bots/api#making-requests',
    severity: 'warning',
    revocationUrl: null,
    revocationNote: 'Send /revoke to @BotFather (or your Bot API server) and pick the bot to issue a new token.',
    examples: {
      positives: (g) => [
        `curl -s "https://api.telegram.example/bot${g.s(`${g.digits(10)}:${g.base64url(35)}`)}/sendMessage?chat_id=-100${g.digits(10)}&text=ok"`,
        `requests.get(f"http://botapi.local:8081/bot${g.s(`${g.digits(9)}:${g.base64url(35)}`)}/getUpdates")`,
      ],
      negatives: (g) => [`https://api.telegram.org/bot<token>/sendMessage`, `https://api.telegram.org/bot${g.digits(10)}:${'x'.repeat(35)}/sendMessage`, `/bot${g.digits(10)}:${g.base64url(12)}/sendMessage`],
    },
  },
];
