// Prefix-less tokens the engine missed in the dev sets (tok11): a camelCase name ending in a noun + `Key`, a
// lower-case hex HMAC key under `signingKey` in code, and tokens that are a segment of a URL's path (Uptime Kuma
// push URLs, ThingsBoard device URLs, Telegram-style Bot API servers), and the shared key a proxy config checks a
// request header against (nginx `$http_…` comparisons, Caddy's header matcher). Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x70c11);

const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/notes.txt');

describe('tok11: prefix-less tokens', () => {
  describe('a camelCase name ending in a noun + Key', () => {
    const key = () => g.pick([g.hex(32), g.alnum(32), g.base64(40)]);
    it('finds a random value under `analyticsKey`, `kCloudKey`, `feedKey` in code and config', () => {
      assertFinds([(v) => `    static let analyticsKey = "${v}"\n`], key, 'Sources/App/Environment.swift');
      assertFinds([(v) => `constexpr const char* kCloudKey = "${v}";\n`], key, 'src/net/client.cpp');
      assertFinds([(v) => `const config = { uploadKey: '${v}' };\n`], key, 'src/config.ts');
      assertFinds([(v) => `variables:\n  nugetFeedKey: ${v}\n`], () => g.alnum(48), 'azure-pipelines.yml');
    });
    it('stays quiet on lookup keys, ids and UUIDs under such names', () => {
      assertQuiet(
        [
          `const cacheKey = "${g.hex(32)}";\n`,
          `const sortKey = "createdAt";\n`,
          `const environmentKey = 'env-${g.uuid()}';\n`,
          `const mobileKey = 'mob-${g.uuid()}';\n`,
          `const idempotencyKey = "${g.uuid()}";\n`,
          `const translationKey = "checkout.summary.total";\n`,
          `const storageKey = "user-preferences";\n`,
        ],
        'src/flags/client.ts',
      );
    });
  });

  describe('a lower-case hex key under a camelCase `signingKey` in code', () => {
    it('finds it in Scala and Python', () => {
      assertFinds([(v) => `object Db {\n  val signingKey = "${v}"\n}\n`], () => g.hex(40), 'src/main/scala/acme/Db.scala');
      assertFinds([(v) => `signingKey = "${v}"\n`], () => g.hex(40), 'app/settings.py');
    });
    it("stays quiet on git's signing key id", () => {
      assertQuiet([`[user]\n\tsigningkey = ${g.hex(40).toUpperCase()}\n`, `[user]\n\tsigningKey = ${g.hex(16).toUpperCase()}\n`], 'home/dev/.gitconfig');
      assertQuiet([`git config --global user.signingKey ${g.hex(40).toUpperCase()}\n`], 'docs/setup.md');
    });
  });

  describe('a token that is a segment of a URL path', () => {
    it('finds Uptime Kuma push tokens, ThingsBoard device tokens and Bot API tokens on any host', () => {
      assertFinds(
        [
          (v) => `    curl -fsS "https://status.example.org/api/push/${v}?status=up&msg=OK&ping="\n`,
          (v) => `- Uptime Kuma push monitor: https://status.corp.local/api/push/${v}?status=up&msg=OK\n`,
          (v) => `*/5 * * * * wget -qO- http://10.0.0.5:3001/api/push/${v} >/dev/null\n`,
        ],
        () => g.pick([g.alnum(10), g.lower(6) + g.digits(4), g.alnum(32)]),
        'docs/monitoring.md',
      );
      assertFinds(
        [
          (v) => `curl -X POST https://iot.example.com/api/v1/${v}/telemetry -H 'Content-Type: application/json' -d '{"temp":21.5}'\n`,
          (v) => `mosquitto fallback: POST http://tb.local:8080/api/v1/${v}/attributes\n`,
        ],
        () => g.alnum(20),
        'docs/iot/debug.md',
      );
      assertFinds([(v) => `curl -s "https://api.telegram.example/bot${v}/sendMessage?chat_id=-100${g.digits(10)}&text=done"\n`], () => `${g.digits(10)}:${g.base64url(35)}`, 'scripts/notify.sh');
    });
    it('stays quiet on templates, placeholders, version paths and ids', () => {
      assertQuiet(
        [
          'curl "https://status.example.org/api/push/{pushToken}?status=up"\n',
          'GET /api/push/pushToken?status=up\n',
          'curl https://status.example.org/api/push/XXXXXXXXXX?status=up\n',
          'curl https://status.example.org/api/push/notifications\n',
          'POST /api/v1/$ACCESS_TOKEN/telemetry\n',
          'POST https://tb.example/api/v1/ACCESS_TOKEN/telemetry\n',
          'GET https://tb.example/api/v1/deviceProfiles/telemetry\n',
          'https://api.telegram.org/bot<token>/sendMessage\n',
          `https://api.telegram.org/bot${g.digits(10)}:${'x'.repeat(35)}/sendMessage\n`,
          `*/5 * * * * curl -fsS https://hc-ping.com/${g.uuid()} > /dev/null\n`,
        ],
        'docs/monitoring.md',
      );
    });
  });

  describe('a shared key a proxy config checks a request header against', () => {
    const key = () => g.pick([g.hex(48), g.alnum(40)]);
    it('finds the value nginx compares `$http_x_…_token` with and a Caddy header matcher', () => {
      assertFinds([(v) => `        if ($http_x_internal_token != "${v}") { return 403; }\n`, (v) => `    if ($http_x_api_key != ${v}) {\n        return 401;\n    }\n`], key, 'ops/nginx/sites-enabled/api.conf');
      assertFinds([(v) => `api.example.com {\n    @internal header X-Internal-Token ${v}\n    reverse_proxy @internal app:8080\n}\n`], key, 'ops/caddy/Caddyfile');
    });
    it('stays quiet on request ids, variables and ordinary header directives', () => {
      assertQuiet(
        [`        if ($http_x_request_token != "${g.hex(32)}") { return 403; }\n`, '        if ($http_x_api_key != $expected_key) { return 403; }\n', '        if ($http_x_api_key = "") { return 401; }\n'],
        'ops/nginx/api.conf',
      );
      assertQuiet(['example.com {\n    header X-Frame-Options DENY\n    header X-Request-Key {http.request.uuid}\n}\n'], 'ops/caddy/Caddyfile');
    });
  });
});
