// Home automation credentials that need no name, found by where they sit (rw-dev11's smart-home configs and notes):
// - a Philips Hue bridge's API user ("username", 40 characters) in its REST paths (`/api/<user>/lights/7/state`) and
//   in the pairing answer with its Entertainment `clientkey`: whoever has it controls the bridge;
// - a UniFi Protect camera's RTSP share token, the path after port 7441 (`rtsps://nvr:7441/<16 characters>`) or 7447:
//   the stream opens with it and nothing else.
import { looksRandom } from '../validators/valueStats';
import type { Rule } from '../types';

const base = {
  family: 'infrastructure',
  priority: 'context',
  severity: 'error',
  revocationUrl: null,
} as const;

export const smartHomeTokenRules: Rule[] = [
  {
    ...base,
    id: 'hue-bridge-api-user',
    provider: 'Philips Hue',
    description: 'Hue bridge API user (40 characters) in a REST path /api/<user>/… or a pairing answer, and its clientkey',
    keywords: ['/api/', '"username"'],
    keywordWindow: { before: 40, after: 160 },
    pattern:
      /(?:\/api\/|"success"[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}"username"[ \t]{0,4}:[ \t]{0,4}")(?<secret>[A-Za-z0-9-]{40})(?:\/(?:lights|groups|sensors|config|scenes|rules|schedules|resourcelinks|capabilities)\b|")/,
    validate: (value) => looksRandom(value),
    envName: 'HUE_USERNAME',
    docsUrl: 'https://developers.meethue.com/develop/get-started-2/',
    revocationNote: "Delete the user from the bridge's whitelist (the Hue app's connected apps, or the account portal) and pair again.",
    examples: {
      positives: (g) => [
        `curl -X PUT -d '{"on":true,"bri":200}' http://192.168.1.2/api/${g.s(g.alnum(40))}/lights/7/state`,
        `    [{"success":{"username":"${g.s(g.alnum(40))}","clientkey":"${g.hex(32).toUpperCase()}"}}]`,
      ],
      negatives: (g) => [
        'curl http://192.168.1.2/api/newdeveloper/lights',
        `curl -X POST -d '{"devicetype":"ha#pi"}' http://192.168.1.2/api`,
        `GET https://api.example.com/api/${'a'.repeat(40)}/config`,
        `{"error":{"type":101,"address":"","description":"link button not pressed"}} ${g.hex(8)}`,
      ],
    },
  },
  {
    ...base,
    id: 'hue-bridge-client-key',
    provider: 'Philips Hue',
    description: 'Hue Entertainment clientkey (32 hex) in a pairing answer beside its username',
    keywords: ['"clientkey"'],
    keywordWindow: { before: 120, after: 60 },
    pattern: /"username"[ \t]{0,4}:[ \t]{0,4}"[A-Za-z0-9-]{40}"[ \t]{0,4},[ \t]{0,4}"clientkey"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[0-9A-F]{32})"/,
    validate: (value) => looksRandom(value),
    envName: 'HUE_CLIENTKEY',
    docsUrl: 'https://developers.meethue.com/develop/hue-entertainment/hue-entertainment-api/',
    revocationNote: "Delete the user from the bridge's whitelist and pair again: the clientkey goes with it.",
    examples: {
      positives: (g) => [
        `[{"success":{"username":"${g.alnum(40)}","clientkey":"${g.s(g.hex(32).toUpperCase())}"}}]`,
        // Pretty-printed, as curl | jq shows the pairing answer.
        `[\n  {\n    "success": {\n      "username": "${g.alnum(40)}", "clientkey": "${g.s(g.hex(32).toUpperCase())}"\n    }\n  }\n]`,
      ],
      negatives: (g) => [`{"username":"${g.alnum(40)}","clientkey":"<clientkey>"}`, `{"username":"${g.alnum(40)}","clientkey":"00000000000000000000000000000000"}`],
    },
  },
  {
    ...base,
    id: 'unifi-protect-rtsp-token',
    provider: 'UniFi Protect',
    description: 'UniFi Protect camera RTSP share token in a stream URL (rtsps://nvr:7441/<token>)',
    keywords: [':7441/', ':7447/'],
    keywordWindow: { before: 120, after: 30 },
    pattern: /rtsps?x?:\/\/[^\s/:@"']{1,100}:(?:7441|7447)\/(?<secret>[A-Za-z0-9]{16})(?![A-Za-z0-9])/,
    validate: (value) => looksRandom(value),
    envName: 'UNIFI_RTSP_TOKEN',
    docsUrl: 'https://help.ui.com/hc/en-us/articles/221314008',
    revocationNote: "Turn the camera's RTSP share off and on again in UniFi Protect (a new token), then update the players.",
    examples: {
      positives: (g) => [`streams:\n  haustuer: rtspx://192.168.1.1:7441/${g.s(g.alnum(16))}\n`, `rtsp://10.0.0.1:7447/${g.s(g.alnum(16))}?enableSrtp`],
      negatives: (g) => ['rtsps://192.168.1.1:7441/<token>', `rtsp://192.168.1.1:554/${g.alnum(16)}`, 'rtsps://192.168.1.1:7441/aaaaaaaaaaaaaaaa'],
    },
  },
];
