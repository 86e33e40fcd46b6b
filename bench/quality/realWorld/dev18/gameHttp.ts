// HTTP auth in the game world: Twitch Helix and EventSub calls, live-ops admin APIs in Postman and .http files,
// a HAR from a game's web shop admin, CurseForge/Modrinth API calls, webhook signatures next to their secrets.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_HTTP_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-twitch-helix-python',
    ['code', 'http-auth', 'precision'],
    'tools/twitch_clip_export.py',
    (k) => `import requests

CLIENT_ID = "${k.n(V.twitchSecret(k.g))}"
CLIENT_SECRET = "${k.s('token', V.twitchSecret(k.g))}"
BROADCASTER_ID = "${k.n(k.g.digits(9))}"

def app_token() -> str:
    r = requests.post("https://id.twitch.tv/oauth2/token", params={
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials"})
    r.raise_for_status()
    return r.json()["access_token"]

def clips(token: str):
    headers = {"Client-Id": CLIENT_ID, "Authorization": f"Bearer {token}"}
    return requests.get("https://api.twitch.tv/helix/clips", headers=headers,
                        params={"broadcaster_id": BROADCASTER_ID, "first": 50}).json()["data"]

# debugging, token from yesterday:
# curl -H "Client-Id: ${k.n(V.twitchSecret(k.g))}" -H "Authorization: Bearer ${k.http(V.twitchAccess(k.g))}" https://api.twitch.tv/helix/users?login=papercut_ola
`,
  ),

  gDoc(
    'game-liveops-http-file',
    ['http-auth', 'config-syntax', 'precision'],
    'tools/liveops.http',
    (k) => `### Get player profile (CS tooling)
GET https://admin.skyforge-game.com/api/v1/players/${k.n(k.g.hex(16).toUpperCase())}
Authorization: Basic ${k.basic('cs-tool')}
Accept: application/json

### Grant compensation after the outage
POST https://admin.skyforge-game.com/api/v1/compensation
Authorization: Bearer ${k.bearer()}
Content-Type: application/json

{"segment": "all_active_7d", "items": [{"id": "${k.n(V.itemId(k.g))}", "qty": 500}], "reason": "INC-${k.n(k.g.digits(4))} login outage"}

### Flip maintenance mode
PUT https://admin.skyforge-game.com/api/v1/maintenance
X-Admin-Key: ${k.http(k.g.hex(40))}
Content-Type: application/json

{"enabled": false, "message_key": "${k.n('maint.banner.generic')}"}

### Same on staging (uses the env file variable, fine to commit)
PUT https://admin.staging.skyforge-game.com/api/v1/maintenance
X-Admin-Key: ${k.n('{{stagingAdminKey}}')}
`,
  ),

  gDoc(
    'game-postman-collection',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/Matchmaker.postman_collection.json',
    (k) => `{
  "info": {
    "_postman_id": "${k.n(k.g.uuid())}",
    "name": "Matchmaker",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "${k.bearer()}", "type": "string" } ]
  },
  "item": [
    {
      "name": "Create ticket",
      "request": {
        "method": "POST",
        "header": [ { "key": "X-Server-Key", "value": "${k.http(k.g.alnum(32))}" } ],
        "url": { "raw": "{{baseUrl}}/v1/tickets", "host": ["{{baseUrl}}"], "path": ["v1", "tickets"] },
        "body": { "mode": "raw", "raw": "{\\"playerId\\": \\"${k.n(k.g.hex(16).toUpperCase())}\\", \\"mode\\": \\"ranked_5v5\\", \\"mmr\\": 1840}" }
      }
    },
    {
      "name": "Ticket status",
      "request": { "method": "GET", "url": "{{baseUrl}}/v1/tickets/{{ticketId}}" }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://mm.staging.ironveil.gg" },
    { "key": "ticketId", "value": "${k.n(k.g.uuid())}" }
  ]
}
`,
  ),

  gDoc(
    'game-webshop-har-excerpt',
    ['http-auth', 'logs-and-output', 'precision'],
    'support/webshop-admin.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "123.0" },
    "entries": [
      {
        "startedDateTime": "2025-03-10T20:11:04.112+01:00",
        "request": {
          "method": "POST",
          "url": "https://shop.wolfsburg-mc.de/admin/api/packages/12/deliver",
          "headers": [
            { "name": "Host", "value": "shop.wolfsburg-mc.de" },
            { "name": "Cookie", "value": "laravel_session=${k.http(k.g.base64(200).replace(/[+/]/g, 'M'))}; XSRF-TOKEN=${k.u(k.g.base64(60).replace(/[+/]/g, 'N'))}" },
            { "name": "X-CSRF-TOKEN", "value": "${k.u(k.g.alnum(40))}" },
            { "name": "X-Tebex-Secret", "value": "${k.http(k.g.hex(40))}" },
            { "name": "Content-Type", "value": "application/json" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"player\\":\\"ghastlybob\\",\\"uuid\\":\\"${k.n(k.g.uuid())}\\"}" }
        },
        "response": {
          "status": 200,
          "headers": [ { "name": "cf-ray", "value": "${k.n(k.g.hex(16) + '-FRA')}" } ],
          "content": { "mimeType": "application/json", "text": "{\\"ok\\":true,\\"command\\":\\"lp user ghastlybob parent add vip\\"}" }
        }
      }
    ]
  }
}
`,
  ),

  gDoc(
    'game-curseforge-api-curl',
    ['command-line', 'http-auth', 'precision'],
    'docs/modpack-release.md',
    (k) => `# Modpack release checklist

1. Bump \`manifest.json\` version, export from Prism as CurseForge zip.
2. Check every mod id resolves (needs a CurseForge **Core API** key from console.curseforge.com):

\`\`\`bash
curl -s -H "x-api-key: ${k.prov('CurseForge', V.curseforgeCore(k.g))}" \\
  "https://api.curseforge.com/v1/mods/${k.n(k.g.digits(6))}/files?gameVersion=1.21.1" | jq '.data[0].displayName'
\`\`\`

3. Upload the pack with the **upload token** (account settings > API tokens, different thing!):

\`\`\`bash
curl -s -H "X-Api-Token: ${k.s('token', k.g.uuid())}" \\
  -F metadata='{"changelog":"See CHANGELOG.md","gameVersions":[${k.n('11779')}],"releaseType":"release"}' \\
  -F file=@build/AllTheSlimes-1.4.0.zip \\
  "https://minecraft.curseforge.com/api/projects/${k.n(k.g.digits(6))}/upload-file"
\`\`\`

4. Modrinth: \`curl -H "Authorization: ${k.prov('Modrinth', V.modrinth(k.g))}" https://api.modrinth.com/v2/user\` to check the token, then run the Gradle task.
5. Post in #announcements.
`,
  ),

  gDoc(
    'game-discord-interactions-worker',
    ['code', 'http-auth', 'precision'],
    'worker/src/index.ts',
    (k) => `import { verifyKey } from 'discord-interactions';

// Cloudflare Worker answering /status for the server. PUBLIC_KEY is the app's public key (not secret).
const PUBLIC_KEY = '${k.n(k.g.hex(64))}';
const APPLICATION_ID = '${k.n(V.snowflake(k.g))}';
const BOT_TOKEN = '${k.prov('Discord bot token', V.discordBot(k.g))}';

export default {
  async fetch(req: Request): Promise<Response> {
    const sig = req.headers.get('X-Signature-Ed25519') ?? '';
    const ts = req.headers.get('X-Signature-Timestamp') ?? '';
    const body = await req.text();
    if (!(await verifyKey(body, sig, ts, PUBLIC_KEY))) return new Response('bad signature', { status: 401 });
    const interaction = JSON.parse(body);
    if (interaction.type === 1) return Response.json({ type: 1 });
    const players = await fetch('https://api.mcsrvstat.us/3/play.wolfsburg-mc.de').then((r) => r.json());
    return Response.json({ type: 4, data: { content: \`\${players.players?.online ?? 0} online\` } });
  },
};

export async function registerCommands() {
  await fetch(\`https://discord.com/api/v10/applications/\${APPLICATION_ID}/commands\`, {
    method: 'PUT',
    headers: { Authorization: \`Bot \${BOT_TOKEN}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify([{ name: 'status', description: 'Server status' }]),
  });
}
`,
  ),
];
