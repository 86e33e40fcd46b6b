// rw-dev8 tok: the long tail of file kinds — tool dotfiles, agent and collector configs, IDE launch files,
// Makefiles, build scripts and less common languages — each with tokens under the names those tools use.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { tv, type T } from './tokValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (t: T) => string) => doc(`dev8-tok-${id}`, areas, path, (k) => fn(tv(k)));
const CS: RealWorldArea[] = ['config-syntax'];
const CF: RealWorldArea[] = ['config-syntax', 'credential-file'];
const C: RealWorldArea[] = ['code'];

export const MORE_DOCS: RealWorldDoc[] = [
  d(
    'rclone-conf',
    CF,
    '.config/rclone/rclone.conf',
    (t) => `[b2-backup]
type = b2
account = ${t.n(t.hexRaw(12))}
key = ${t.b62(31)}
hard_delete = true

[box]
type = box
client_id = ${t.n(t.lower(32))}
client_secret = ${t.b62(32)}
token = {"access_token":"${t.b62(32)}","token_type":"bearer","refresh_token":"${t.b62(64)}","expiry":"2026-12-01T10:00:00Z"}
`,
  ),
  d(
    's3cfg',
    CF,
    'home/ops/.s3cfg',
    (t) => `[default]
host_base = objects.acme-storage.example
host_bucket = %(bucket)s.objects.acme-storage.example
access_key = ${t.up(20)}
secret_key = ${t.b64(30)}
use_https = True
signature_v2 = False
gpg_passphrase = ${t.n('')}
`,
  ),
  d(
    'gitconfig-extraheader',
    CF,
    'home/ci/.gitconfig',
    (t) => `[user]
\tname = CI Bot
\temail = ci@acme.dev
[http "https://git.acme.dev/"]
\textraheader = AUTHORIZATION: bearer ${t.bearer()}
[url "https://oauth2:${t.b62(40)}@git.internal.acme.dev/"]
\tinsteadOf = https://git.internal.acme.dev/
[core]
\tautocrlf = input
[commit]
\tgpgsign = ${t.n('false')}
`,
  ),
  d(
    'prometheus-scrape',
    CS,
    'ops/prometheus/prometheus.yml',
    (t) => `global:
  scrape_interval: 30s
scrape_configs:
  - job_name: partner-metrics
    scheme: https
    bearer_token: ${t.b64u(43)}
    static_configs:
      - targets: ["metrics.partner.example.com:443"]
  - job_name: node
    static_configs:
      - targets: ["${t.ip()}:9100"]
  - job_name: federate
    authorization:
      type: Bearer
      credentials: ${t.hex(64)}
remote_write:
  - url: https://remote.metrics.example/api/v1/write
    headers:
      X-Scope-OrgID: ${t.n('tenant-' + t.digits(4))}
      X-API-Key: ${t.hdr()}
`,
  ),
  d(
    'telegraf-conf',
    CS,
    'ops/telegraf/telegraf.conf',
    (t) => `[agent]
  interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["https://influx.acme.dev"]
  token = "${t.b64(64)}"
  organization = "acme"
  bucket = "metrics"

[[inputs.http]]
  urls = ["https://status.partner.example.com/api/stats"]
  headers = {"X-Api-Key" = "${t.hdr()}"}
  data_format = "json"
`,
  ),
  d(
    'fluent-bit',
    CS,
    'ops/logging/fluent-bit.conf',
    (t) => `[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log

[OUTPUT]
    Name        http
    Match       *
    Host        logs.collector.example
    Port        443
    URI         /v1/ingest
    Header      X-Ingest-Key ${t.hdr()}
    tls         On

[OUTPUT]
    Name        es
    Match       audit.*
    Cloud_Auth  elastic:${t.b62(24)}
`,
  ),
  d(
    'grafana-ini',
    CS,
    'ops/grafana/grafana.ini',
    (t) => `[server]
root_url = https://grafana.acme.dev
[security]
admin_user = admin
secret_key = ${t.b62(16)}
cookie_secure = true
[auth.generic_oauth]
enabled = true
client_id = ${t.n('grafana')}
client_secret = ${t.b64u(32)}
[external_image_storage.webdav]
url = https://dav.acme.dev/grafana
`,
  ),
  d(
    'vscode-launch',
    ['config-syntax', 'code'],
    '.vscode/launch.json',
    (t) => `{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "API (staging data)",
      "program": "\${workspaceFolder}/src/server.ts",
      "env": {
        "NODE_ENV": "development",
        "PARTNER_API_KEY": "${t.hex(32)}",
        "SEARCH_ADMIN_TOKEN": "${t.b62(40)}",
        "DEBUG": "api:*"
      }
    },
    {
      "type": "go",
      "request": "launch",
      "name": "worker",
      "program": "\${workspaceFolder}/cmd/worker",
      "env": { "WORKER_TOKEN": "${t.uuid()}", "WORKER_SHARD": "${t.num(1)}" }
    }
  ]
}
`,
  ),
  d(
    'makefile',
    ['command-line', 'config-syntax'],
    'Makefile',
    (t) => `APP      := ledger
VERSION  := $(shell git describe --tags)
REGISTRY := registry.acme.dev
API_KEY  ?= ${t.hex(32)}
SMOKE_TOKEN = ${t.b62(32)}

.PHONY: build smoke

build:
\tdocker build -t $(REGISTRY)/$(APP):$(VERSION) .

smoke:
\tcurl -fsS -H "X-Api-Key: $(API_KEY)" https://staging.acme.dev/health
\t./scripts/smoke --token $(SMOKE_TOKEN)
\t./scripts/upload --key=${t.low(32)}
`,
  ),
  d(
    'wrangler-toml',
    CS,
    'workers/edge/wrangler.toml',
    (t) => `name = "edge-router"
main = "src/index.ts"
compatibility_date = "2026-10-01"
account_id = "${t.n(t.hexRaw(32))}"

[vars]
ORIGIN = "https://origin.acme.dev"
ORIGIN_SHARED_SECRET = "${t.b64u(43)}"
SIGNING_KEY = "${t.hex(64)}"

[[kv_namespaces]]
binding = "CACHE"
id = "${t.n(t.hexRaw(32))}"
`,
  ),
  d(
    'heroku-app-json',
    CS,
    'app.json',
    (t) => `{
  "name": "acme-bot",
  "repository": "https://github.com/acme/bot",
  "env": {
    "BOT_TOKEN": { "description": "Chat bot token", "value": "${t.b62(40)}" },
    "BOT_SIGNING_SECRET": { "description": "Request signing secret", "value": "${t.hex(32)}" },
    "WEB_CONCURRENCY": { "value": "2" },
    "OPENWEATHER_KEY": { "description": "Weather API key", "generator": "${t.n('secret')}" }
  },
  "buildpacks": [{ "url": "heroku/nodejs" }]
}
`,
  ),
  d(
    'groovy-gradle',
    C,
    'build.gradle',
    (t) => `plugins { id 'java-library'; id 'maven-publish' }

def nexusToken = project.findProperty('nexusToken') ?: '${t.b62(40)}'
ext.crashReportKey = "${t.hex(40)}"

publishing {
  repositories {
    maven {
      url 'https://nexus.acme.dev/repository/releases/'
      credentials(HttpHeaderCredentials) { name = 'Private-Token'; value = '${t.b64u(20)}' }
      authentication { header(HttpHeaderAuthentication) }
    }
  }
}
`,
  ),
  d(
    'elixir-config',
    C,
    'config/prod.exs',
    (t) => `import Config

config :ledger, LedgerWeb.Endpoint,
  url: [host: "ledger.acme.dev", port: 443],
  secret_key_base: "${t.b64(48)}"

config :ledger, :partner,
  api_key: "${t.hex(32)}",
  base_url: "https://partner.example.com"

config :joken, default_signer: "${t.b62(64)}"
config :logger, level: :info
`,
  ),
  d(
    'dart-env',
    C,
    'lib/env.dart',
    (t) => `class Env {
  static const apiBaseUrl = 'https://api.fieldnotes.app';
  static const apiKey = '${t.b62(32)}';
  static const mapTilesToken = '${t.b64u(43)}';
  static const buildNumber = ${t.num(3)};
  static const supportEmail = 'help@fieldnotes.app';
}
`,
  ),
  d(
    'perl-script',
    ['code', 'command-line'],
    'bin/nightly-report.pl',
    (t) => `#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;

my $api_key = '${t.hex(40)}';
my %cfg = (endpoint => 'https://reports.acme.dev', token => '${t.b62(32)}', retries => 3);
my $ua = LWP::UserAgent->new;
$ua->default_header('X-Api-Key' => $api_key);
my $res = $ua->get("$cfg{endpoint}/nightly?token=$cfg{token}");
print $res->status_line, "\\n";
`,
  ),
  d(
    'lua-nginx',
    C,
    'ops/openresty/auth.lua',
    (t) => `local shared_secret = "${t.b62(32)}"
local upstream_key = "${t.hex(32)}"

local function check()
  local h = ngx.req.get_headers()["x-internal-token"]
  if h ~= shared_secret then
    return ngx.exit(ngx.HTTP_FORBIDDEN)
  end
  ngx.req.set_header("X-Api-Key", upstream_key)
end

return { check = check }
`,
  ),
  d(
    'r-script',
    C,
    'analysis/pull_data.R',
    (t) => `library(httr)
library(jsonlite)

api_key <- "${t.hex(32)}"
Sys.setenv(SURVEY_TOKEN = "${t.b62(40)}")
res <- GET("https://survey.example.org/api/v3/responses", add_headers(Authorization = paste("Token", Sys.getenv("SURVEY_TOKEN"))), query = list(key = api_key, survey = "${t.n(t.digits(7))}"))
df <- fromJSON(content(res, "text"))
`,
  ),
  d(
    'python-yaml-cli-config',
    CF,
    'home/karin/.config/acmecli/config.yaml',
    (t) => `current-profile: prod
profiles:
  prod:
    endpoint: https://api.acme.dev
    api-key: ${t.b64u(43)}
    org: ${t.n('org_' + t.digits(6))}
  staging:
    endpoint: https://staging.api.acme.dev
    api-key: ${t.hex(40)}
    org: ${t.n('org_' + t.digits(6))}
telemetry: false
`,
  ),
  d(
    'netrc-token',
    CF,
    'home/ci/.netrc',
    (t) => `machine api.partner.example.com
  login ci-bot
  password ${t.b62(40)}
machine git.acme.dev
  login oauth2
  password ${t.hex(40)}
`,
  ),
  d(
    'cloudformation-params',
    CS,
    'infra/cfn/params-prod.json',
    (t) => `[
  { "ParameterKey": "Environment", "ParameterValue": "prod" },
  { "ParameterKey": "VpcId", "ParameterValue": "${t.n('vpc-' + t.hexRaw(17))}" },
  { "ParameterKey": "PartnerApiKey", "ParameterValue": "${t.b62(40)}" },
  { "ParameterKey": "WebhookSecret", "ParameterValue": "${t.hex(32)}" },
  { "ParameterKey": "CertificateArn", "ParameterValue": "${t.n('arn:aws:acm:eu-west-1:123456789012:certificate/' + t.uuidRaw())}" }
]
`,
  ),
  d(
    'pulumi-stack',
    CS,
    'infra/Pulumi.prod.yaml',
    (t) => `config:
  aws:region: eu-west-1
  app:domain: acme.dev
  app:partnerApiKey: ${t.hex(32)}
  app:dbPassword:
    secure: ${t.n('v1:' + t.b64Raw(12) + ':' + t.b64Raw(40))}
  app:statusToken: ${t.b62(32)}
`,
  ),
  d(
    'caddyfile',
    CS,
    'ops/caddy/Caddyfile',
    (t) => `api.acme.dev {
    reverse_proxy localhost:9000 {
        header_up X-Upstream-Key ${t.hdr()}
    }
    @internal header X-Internal-Token ${t.b62(40)}
    handle @internal {
        reverse_proxy localhost:9100
    }
    log {
        output file /var/log/caddy/api.log
    }
}
`,
  ),
  d(
    'logstash-conf',
    CS,
    'ops/logstash/pipeline.conf',
    (t) => `input { beats { port => 5044 } }
filter {
  mutate { remove_field => ["password", "token"] }
}
output {
  http {
    url => "https://siem.acme.dev/ingest"
    http_method => "post"
    headers => { "Authorization" => "Splunk ${t.uuid()}" }
  }
  elasticsearch {
    hosts => ["https://es.acme.dev:9200"]
    api_key => "${t.n(t.alnum(20))}:${t.b64u(22)}"
  }
}
`,
  ),
  d(
    'docker-env-file',
    CS,
    'deploy/env/worker.env',
    (t) => `QUEUE=reports
CONCURRENCY=4
REPORTS_API_KEY=${t.up(32)}
STORAGE_ACCESS_KEY=${t.up(20)}
STORAGE_SECRET_KEY=${t.b64(30)}
REPORTS_LICENSE=${t.dash()}
HEALTHCHECK_ID=${t.id()}
`,
  ),
  d(
    'npmrc-registry',
    CF,
    '.npmrc',
    (t) => `registry=https://registry.npmjs.org/
@acme:registry=https://npm.acme.dev/
//npm.acme.dev/:_authToken=${t.uuid()}
//npm.pkg.example.com/:_authToken=${t.n('${NPM_TOKEN}')}
always-auth=true
`,
  ),
  d(
    'pip-conf',
    CF,
    'home/dev/.config/pip/pip.conf',
    (t) => `[global]
index-url = https://__token__:${t.b62(40)}@pypi.acme.dev/simple/
extra-index-url = https://pypi.org/simple
timeout = 60
`,
  ),
  d(
    'sentry-like-cli-rc',
    CF,
    'home/dev/.acmeclirc',
    (t) => `[auth]
token=${t.hex(64)}

[defaults]
org=acme
project=web
url=https://errors.acme.dev/
`,
  ),
  d(
    'env-shell-export-file',
    ['config-syntax', 'command-line'],
    'home/dev/.envrc',
    (t) => `export AWS_PROFILE=dev
export KUBECONFIG=~/.kube/dev.yaml
export CRM_API_KEY=${t.b62(32)}
export CRM_API_SECRET=${t.hex(64)}
export FEATURE_BETA=${t.n('1')}
export LICENSE_SERVER_KEY=${t.dash()}
use nix
`,
  ),
  d(
    'kustomize-secret-generator',
    CS,
    'k8s/overlays/prod/kustomization.yaml',
    (t) => `resources:
  - ../../base
images:
  - name: api
    newTag: ${t.short()}
secretGenerator:
  - name: api-secrets
    literals:
      - API_KEY=${t.hex(40)}
      - WEBHOOK_TOKEN=${t.b64u(43)}
      - ENCRYPTION_KEY=${t.b64(32)}
configMapGenerator:
  - name: api-config
    literals:
      - LOG_LEVEL=info
      - REQUEST_ID_HEADER=${t.n('x-request-id')}
`,
  ),
  d(
    'swift-plist-code',
    C,
    'ios/FieldNotes/AppDelegate.swift',
    (t) => `import UIKit

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        Analytics.setup(writeKey: "${t.b62(32)}")
        Crash.start(withAPIKey: "${t.hex(32)}")
        Push.configure(appKey: "${t.b62(22)}", appSecret: "${t.b62(22)}")
        return true
    }
}
`,
  ),
  d(
    'java-test-fixture',
    ['code', 'precision'],
    'src/test/java/com/acme/shipping/ShippingClientTest.java',
    (t) => `class ShippingClientTest {
    private static final String SANDBOX_KEY = "${t.b62(32)}";
    private static final String FAKE_KEY = "${t.n('fake-key')}";
    private static final String TRACKING = "${t.n('1Z' + t.alnum(16).toUpperCase())}";

    @Test
    void createsLabel() {
        var client = new ShippingClient("https://sandbox.shipfast.example/v3", SANDBOX_KEY, "${t.b64(24)}");
        assertThat(client.label(TRACKING)).isNotNull();
    }

    @Test
    void rejectsFakeKey() {
        assertThrows(AuthException.class, () -> new ShippingClient(URL, FAKE_KEY, null).ping());
    }
}
`,
  ),
  d(
    'csharp-appconfig-code',
    C,
    'src/Reports/Program.cs',
    (t) => `var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("partner", c =>
{
    c.BaseAddress = new Uri("https://partner.example.com/");
    c.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "${t.hdr()}");
});
builder.Services.AddSingleton(new ReportSigner("${t.b64(32)}"));
var licenseKey = "${t.dash()}";
var app = builder.Build();
app.Run();
`,
  ),
  d(
    'ruby-test-vcr',
    ['code', 'logs-and-output'],
    'spec/cassettes/partner_orders.yml',
    (t) => `---
http_interactions:
- request:
    method: get
    uri: https://partner.example.com/api/orders?api_key=${t.url()}
    headers:
      X-Partner-Secret:
      - ${t.hdr()}
      User-Agent:
      - Faraday v2.7.11
  response:
    status:
      code: 200
    headers:
      X-Request-Id:
      - ${t.id()}
      Etag:
      - W/"${t.md5()}"
recorded_with: VCR 6.2.0
`,
  ),
  d(
    'go-env-default',
    ['code', 'defaults-in-code'],
    'internal/config/config.go',
    (t) => `package config

import "os"

func getenv(k, def string) string {
\tif v := os.Getenv(k); v != "" {
\t\treturn v
\t}
\treturn def
}

var (
\tAPIKey       = getenv("API_KEY", "${t.hex(32)}")
\tWebhookToken = getenv("WEBHOOK_TOKEN", "${t.b62(40)}")
\tRegion       = getenv("REGION", "eu-west-1")
\tBuildSHA     = getenv("BUILD_SHA", "${t.sha()}")
)
`,
  ),
];
