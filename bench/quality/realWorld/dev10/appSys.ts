// rw-dev10 app part: Go, Rust, C#/.NET, Swift, Dart, Elixir, Lua, Perl, R, shell and SQL.
import type { RealWorldDoc } from '../types';
import { adoc, NEG } from './appValues';

export const APP_SYS_DOCS: RealWorldDoc[] = [
  adoc(
    'go-config-defaults',
    ['code', 'defaults-in-code'],
    'internal/config/config.go',
    (k) => `package config

import (
	"os"
	"strconv"
)

type Config struct {
	DSN           string
	RedisPassword string
	JWTKey        []byte
	WebhookSecret string
	Port          int
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func Load() Config {
	port, _ := strconv.Atoi(getenv("PORT", "8080"))
	return Config{
		DSN:           getenv("DATABASE_DSN", "postgres://fleet:${k.cs()}@localhost:5432/fleet?sslmode=disable"),
		RedisPassword: getenv("REDIS_PASSWORD", "${k.gpw()}"),
		JWTKey:        []byte(getenv("JWT_KEY", "${k.tok(k.g.hex(64))}")),
		WebhookSecret: getenv("GH_WEBHOOK_SECRET", "${k.tok(k.g.alnum(20))}"),
		Port:          port,
	}
}
`,
  ),

  adoc(
    'go-main-hardcoded',
    ['code', 'http-auth'],
    'cmd/syncer/main.go',
    (k) => `package main

import (
	"log"
	"net/http"
	"time"
)

const (
	apiBase  = "https://api.orbis-crm.pl/v3"
	apiToken = "${k.tok(k.g.alnum(48))}" // token konta serwisowego, TODO przenieść do vaulta
	smsUser  = "orbis"
	smsPass  = "${k.hpw()}"
)

func main() {
	c := &http.Client{Timeout: 10 * time.Second}
	req, _ := http.NewRequest("GET", apiBase+"/contacts?updated_since=24h", nil)
	req.Header.Set("Authorization", "Token "+apiToken)
	req.Header.Set("X-Request-Id", "${k.n(k.g.uuid())}")
	resp, err := c.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()

	sms, _ := http.NewRequest("POST", "https://api.smsapi.pl/sms.do", nil)
	sms.SetBasicAuth(smsUser, smsPass)
	log.Println("status", resp.Status)
}
`,
  ),

  adoc(
    'rust-main-consts',
    ['code', 'defaults-in-code'],
    'src/main.rs',
    (k) => `use std::env;

const DEFAULT_DB_URL: &str = "mysql://telemetry:${k.cs()}@db.telemetry.internal:3306/telemetry";
const HMAC_KEY: &[u8] = b"${k.hex(32)}";
static INFLUX_TOKEN: &str = "${k.tok(k.g.base64url(86) + '==')}";

fn main() {
    let db_url = env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DB_URL.to_string());
    let mqtt_pass = env::var("MQTT_PASSWORD").unwrap_or("${k.hpw()}".into());
    let admin_pin = option_env!("ADMIN_PIN").unwrap_or("${k.pin()}");
    let build = "${k.n(k.g.hex(40))}"; // git rev for the banner
    println!("telemetry {} connecting to {}", build, db_url.split('@').last().unwrap());
    run(&db_url, &mqtt_pass, admin_pin, HMAC_KEY, INFLUX_TOKEN);
}
`,
  ),

  adoc(
    'dotnet-appsettings',
    ['config-syntax'],
    'src/Api/appsettings.Production.json',
    (k) => `{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Default": "Server=tcp:sql-prod-we.database.windows.net,1433;Initial Catalog=Halden;User ID=halden_api;Password=${k.cs()};Encrypt=True;",
    "Hangfire": "Data Source=sql-jobs;Initial Catalog=Hangfire;Integrated Security=True"
  },
  "Jwt": {
    "Issuer": "https://api.halden.no",
    "Audience": "halden-spa",
    "SigningKey": "${k.tok(k.g.base64(64))}"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "${k.n(k.g.uuid())}",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~._-', 40))}"
  },
  "Smtp": { "Host": "smtp.office365.com", "User": "varsel@halden.no", "Pass": "${k.hpw()}" },
  "Vipps": { "SubscriptionKey": "${k.tok(k.g.hex(32))}", "MerchantSerialNumber": "${k.n(k.g.digits(6))}" },
  "AllowedHosts": "*"
}
`,
  ),

  adoc(
    'dotnet-web-config',
    ['config-syntax'],
    'LegacyPortal/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PortalDb" connectionString="Data Source=SQL01\\PORTAL;Initial Catalog=Portal;User Id=portal_web;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="SmtpPassword" value="${k.hpw()}" />
    <add key="ReportServerUser" value="CORP\\svc_reports" />
    <add key="ReportServerPwd" value="${k.hpw()}" />
    <add key="GoogleRecaptchaSecret" value="${k.tok('6L' + k.g.base64url(38))}" />
    <add key="MachineKeyNote" value="${k.n('see machineKey below')}" />
  </appSettings>
  <system.web>
    <machineKey validationKey="${k.tok(k.g.hex(128).toUpperCase())}" decryptionKey="${k.tok(k.g.hex(48).toUpperCase())}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms"><forms loginUrl="~/Account/Login" timeout="2880" /></authentication>
  </system.web>
</configuration>
`,
  ),

  adoc(
    'csharp-service-client',
    ['code', 'http-auth', 'defaults-in-code'],
    'src/Integrations/ErpClient.cs',
    (k) => `using System.Net.Http.Headers;
using System.Text;

namespace Halden.Integrations;

public sealed class ErpClient
{
    private readonly HttpClient _http;
    private const string ErpUser = "API_HALDEN";
    private static readonly string ErpPassword = Environment.GetEnvironmentVariable("ERP_PASSWORD") ?? "${k.hpw()}";
    private const string FallbackApiKey = "${k.tok(k.g.uuid().replace(/-/g, ''))}";

    public ErpClient(HttpClient http)
    {
        _http = http;
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{ErpUser}:{ErpPassword}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "${k.tok(k.g.hex(32))}");
        _http.DefaultRequestHeaders.Add("x-api-key", Environment.GetEnvironmentVariable("ERP_API_KEY") ?? FallbackApiKey);
    }

    // captured from Fiddler when debugging the timeout, remove later
    // Authorization: Basic ${k.basic('API_HALDEN')}
}
`,
  ),

  adoc(
    'swift-api-constants',
    ['code'],
    'KumoApp/Sources/Networking/APIConstants.swift',
    (k) => `//
//  APIConstants.swift
//  KumoApp
//

import Foundation

enum APIConstants {
    static let baseURL = URL(string: "https://api.kumo-travel.jp/v2")!
    static let clientId = "${k.n('kumo-ios')}"
    static let clientSecret = "${k.tok(k.g.alnum(40))}"
    static let revenueCatKey = "${k.n('appl_' + k.g.alnum(27))}" // public SDK key
    static let algoliaAdminKey = "${k.tok(k.g.hex(32))}" // FIXME: why is the admin key in the app??
    /// 翻訳: "パスワードを入力してください"
    static let passwordPrompt = NSLocalizedString("${k.n('login.password.placeholder')}", comment: "パスワード入力欄")
}

struct DebugCredentials {
    #if DEBUG
    static let email = "tester@kumo-travel.jp"
    static let password = "${k.hpw()}"
    #endif
}
`,
  ),

  adoc(
    'dart-flutter-env',
    ['code'],
    'lib/env/env_prod.dart',
    (k) => `// ignore_for_file: constant_identifier_names
class EnvProd {
  static const String apiBase = 'https://api.mandalina.app';
  static const String oneSignalAppId = '${k.n(k.g.uuid())}';
  static const String backendApiKey = '${k.tok(k.g.base64url(40))}';
  static const String encryptionKey = '${k.tok(k.g.alnum(32))}';
  static const String iyzicoSecret = String.fromEnvironment('IYZICO_SECRET', defaultValue: '${k.tok(k.g.alnum(32))}');
  static const String supportPassword = String.fromEnvironment('SUPPORT_PW', defaultValue: '${k.hpw()}');
}
`,
  ),

  adoc(
    'elixir-runtime-exs',
    ['code', 'config-syntax', 'defaults-in-code'],
    'config/runtime.exs',
    (k) => `import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :beacon, Beacon.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base = System.get_env("SECRET_KEY_BASE") || "${k.tok(k.g.base64(64))}"

  config :beacon, BeaconWeb.Endpoint,
    http: [port: 4000],
    secret_key_base: secret_key_base,
    live_view: [signing_salt: "${k.u(k.g.alnum(8))}"]

  config :beacon, Beacon.Mailer,
    adapter: Swoosh.Adapters.SMTP,
    relay: "smtp.mailbox.org",
    username: "beacon@mailbox.org",
    password: System.get_env("SMTP_PASSWORD", "${k.hpw()}")
end
`,
  ),

  adoc(
    'lua-openresty',
    ['code', 'http-auth'],
    'nginx/lua/auth_gate.lua',
    (k) => `-- simple shared-secret gate in front of the legacy admin
local SHARED = "${k.tok(k.g.hex(40))}"
local BASIC_USERS = {
  ["ops"] = "${k.hpw()}",
  ["support"] = "${k.letters()}",
}

local hdr = ngx.var.http_x_gate_token
if hdr == SHARED then return end

local auth = ngx.var.http_authorization
if auth then
  local user, pass = ngx.decode_base64(auth:sub(7)):match("([^:]+):(.*)")
  if user and BASIC_USERS[user] == pass then return end
end
ngx.header["WWW-Authenticate"] = 'Basic realm="${k.n('admin')}"'
ngx.exit(401)
`,
  ),

  adoc(
    'perl-cgi-db',
    ['code'],
    'cgi-bin/bestellung.pl',
    (k) => `#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use CGI;

my $q = CGI->new;
my $dbh = DBI->connect("DBI:mysql:database=bestell;host=localhost", "bestell", '${k.hpw()}', { RaiseError => 1 })
    or die "DB kaputt: $DBI::errstr";
my %smtp = (host => 'mail.krause-moebel.de', user => 'shop', pass => '${k.hpw()}');
my $api_key = $ENV{LIEFERANT_KEY} || '${k.tok(k.g.hex(32))}';
print $q->header('text/html; charset=utf-8');
print "<p>Bestellung gespeichert</p>";
`,
  ),

  adoc(
    'r-script-db',
    ['code'],
    'analysis/load_data.R',
    (k) => `library(DBI)
library(httr)

# Verbindung zum Data Warehouse (nur lesend)
con <- dbConnect(RPostgres::Postgres(),
                 host = "dwh.uni-nord.de", dbname = "studien",
                 user = "r_analyse", password = "${k.hpw()}")

# password = rstudioapi::askForPassword("DB password")  # <- so sollte es sein
redcap_token <- "${k.tok(k.g.hex(32).toUpperCase())}"
res <- POST("https://redcap.uni-nord.de/api/", body = list(token = redcap_token, content = "record", format = "csv"))
qualtrics_key <- Sys.getenv("QUALTRICS_API_KEY", unset = "${k.tok(k.g.alnum(40))}")
`,
  ),

  adoc(
    'shell-deploy-script',
    ['code', 'defaults-in-code'],
    'deploy/deploy.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT="\${1:-staging}"
REGISTRY_USER="\${REGISTRY_USER:-deploy}"
REGISTRY_PASS="\${REGISTRY_PASS:-${k.gpw()}}"
SLACK_WEBHOOK="\${SLACK_WEBHOOK:-${k.prov('slackHook', 'slack-webhook')}}"
DB_PASS=\${DB_PASS:=${k.hpw()}}
: "\${SENTRY_AUTH_TOKEN:=${k.tok(k.g.hex(64))}}"

echo "$REGISTRY_PASS" | docker login registry.vintra.io -u "$REGISTRY_USER" --password-stdin
docker compose -f "compose.$ENVIRONMENT.yml" pull
PGPASSWORD="$DB_PASS" psql -h db.vintra.io -U vintra -c 'select 1'
curl -s -X POST -H 'Content-type: application/json' --data '{"text":"deployed '"$ENVIRONMENT"'"}' "$SLACK_WEBHOOK"
`,
  ),

  adoc(
    'sql-migration-users',
    ['code', 'precision'],
    'db/migrations/V12__service_accounts.sql',
    (k) => `-- V12: service accounts for the new reporting stack
-- Passwörter bitte nach dem Deploy im Vault rotieren!
CREATE USER reporting_ro WITH PASSWORD '${k.hpw()}';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;

CREATE ROLE etl_loader LOGIN PASSWORD '${k.gpw()}';
ALTER ROLE grafana PASSWORD ${k.n("'md5" + k.g.hex(32) + "'")};  -- already hashed

INSERT INTO api_clients (name, client_id, client_secret, created_at) VALUES
  ('powerbi', '${k.n(k.g.uuid())}', '${k.tok(k.g.alnum(40))}', now()),
  ('tableau', '${k.n(k.g.uuid())}', '${k.n(NEG.sha256(k.g))}', now()); -- sha256 of the secret, fine

UPDATE app_users SET password_hash = '${k.n(NEG.bcrypt(k.g))}' WHERE email = 'admin@vintra.io';
`,
  ),

  adoc(
    'mysql-grant-script',
    ['code'],
    'db/init/01-users.sql',
    (k) => `-- init script for the docker mysql (docker-entrypoint-initdb.d)
CREATE USER IF NOT EXISTS 'wordpress'@'%' IDENTIFIED BY '${k.hpw()}';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'%';
CREATE USER 'backup'@'localhost' IDENTIFIED WITH mysql_native_password BY '${k.pwu()}';
GRANT SELECT, LOCK TABLES, SHOW VIEW ON *.* TO 'backup'@'localhost';
CREATE USER 'monitor'@'10.%' IDENTIFIED BY PASSWORD '${k.n('*' + k.g.hex(40).toUpperCase())}';
FLUSH PRIVILEGES;
`,
  ),
];
