// rw-dev6 code: a bare `key` / `secret` / `token` / `password` field in maps, structs and records across many
// languages and config languages, beside ids, digests and names that are not secrets.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev6-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const RECORD_DOCS: RealWorldDoc[] = [
  d(
    'go-struct-literal',
    ['code'],
    'cmd/relay/main.go',
    (c) => `package main

import (
	"log"
	"time"

	"github.com/acme/relay/internal/relay"
)

func main() {
	cfg := relay.Config{
		Listen:   ":8443",
		Upstream: "https://events.acme.internal",
		Key:      "${c.hex(32)}",
		Secret:   "${c.b64(43)}",
		Timeout:  15 * time.Second,
		BuildID:  "${c.git()}",
	}
	store := relay.StoreConfig{Addr: "redis-0.redis:6379", Password: "${c.pw()}", DB: 2}
	r, err := relay.New(cfg, store)
	if err != nil {
		log.Fatalf("relay: %v", err)
	}
	log.Fatal(r.Run())
}
`,
  ),

  d(
    'rust-struct-init',
    ['code'],
    'src/bin/ingest.rs',
    (c) => `use ingest::{Client, ClientOptions, S3Target};
use std::time::Duration;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let opts = ClientOptions {
        endpoint: "https://collector.acme.dev".into(),
        token: "${c.b62(40)}".to_string(),
        retries: 3,
        timeout: Duration::from_secs(20),
        trace_id: "${c.look('md5')}".into(),
    };
    let target = S3Target {
        bucket: "acme-ingest-raw".into(),
        access_key: "${c.prov('awsId')}".into(),
        secret: "${c.prov('awsSecret')}".into(),
        region: "eu-central-1".into(),
    };
    Client::new(opts).pipe_to(target).await?;
    Ok(())
}
`,
  ),

  d(
    'kotlin-data-class',
    ['code'],
    'src/main/kotlin/com/acme/pay/PspConfig.kt',
    (c) => `package com.acme.pay

data class PspConfig(
    val merchantId: String,
    val key: String,
    val secret: String,
    val sandbox: Boolean = false,
)

object PspDefaults {
    val staging = PspConfig(
        merchantId = "M-${c.digits(7)}",
        key = "${c.n('pk_test_' + c.alnum(24))}",
        secret = "${c.hex(64)}",
        sandbox = true,
    )
    val live = PspConfig(merchantId = "M-${c.digits(7)}", key = "${c.b62(32)}", secret = "${c.b62(48)}")
    const val SDK_VERSION = "4.18.2"
    const val WEBHOOK_NAMESPACE = "${c.uuid()}"
}
`,
  ),

  d(
    'csharp-object-initializer',
    ['code'],
    'src/Shipping/Program.cs',
    (c) => `using Shipping.Carriers;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(new CarrierOptions
{
    BaseUrl = "https://api.carrier.example/v2",
    AccountNumber = "${c.digits(9)}",
    Key = "${c.hex(40)}",
    Secret = "${c.b64(43)}",
    Sandbox = false,
});

builder.Services.AddSingleton(new SmtpOptions { Host = "smtp.office365.com", Port = 587, User = "noreply@shipping.example", Password = "${c.pw()}" });

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { build = "${c.git()}" }));
app.Run();
`,
  ),

  d(
    'swift-struct',
    ['code'],
    'Sources/Analytics/Environment.swift',
    (c) => `import Foundation

struct AnalyticsEnvironment {
    let host: URL
    let key: String
    let secret: String
    let flushInterval: TimeInterval
}

extension AnalyticsEnvironment {
    static let production = AnalyticsEnvironment(
        host: URL(string: "https://ingest.metrics.example")!,
        key: "${c.b62(32)}",
        secret: "${c.hex(40)}",
        flushInterval: 30
    )

    static let preview = AnalyticsEnvironment(
        host: URL(string: "http://localhost:8080")!,
        key: "${c.ph()}",
        secret: "${c.ph()}",
        flushInterval: 5
    )
}

let installId = "${c.uuid()}"
`,
  ),

  d(
    'scala-case-class',
    ['code'],
    'modules/search/src/main/scala/Settings.scala',
    (c) => `package search

final case class EsSettings(hosts: List[String], user: String, password: String, apiKey: Option[String])
final case class Cache(ttlSeconds: Int, secret: String)

object Settings {
  val default: EsSettings = EsSettings(
    hosts = List("https://es-1:9200", "https://es-2:9200"),
    user = "search_rw",
    password = "${c.pw()}",
    apiKey = Some("${c.b64(43)}"),
  )

  val cache: Cache = Cache(ttlSeconds = 600, secret = "${c.b62(32)}")

  val indexAlias = "products-${c.look('shortSha')}"
}
`,
  ),

  d(
    'elixir-config-keyword',
    ['code', 'config-syntax'],
    'config/prod.exs',
    (c) => `import Config

config :shop, ShopWeb.Endpoint,
  url: [host: "shop.example.com", port: 443],
  cache_static_manifest: "priv/static/cache_manifest.json",
  secret_key_base: "${c.b64(63)}"

config :shop, Shop.Repo,
  username: "shop",
  password: "${c.pw()}",
  hostname: "db.internal",
  pool_size: 15

config :shop, :payments,
  key: "${c.b62(32)}",
  secret: "${c.hex(40)}",
  webhook_path: "/hooks/psp"

config :logger, level: :info
config :shop, :release_sha, "${c.git()}"
`,
  ),

  d(
    'clojure-map',
    ['code', 'config-syntax'],
    'resources/config.edn',
    (c) => `{:http {:port 3000
        :host "0.0.0.0"}
 :db {:dbtype "postgresql"
      :dbname "ledger"
      :host "pg-ledger"
      :user "ledger"
      :password "${c.pw()}"}
 :queue {:url "amqp://mq.internal:5672"
         :user "ledger"
         :pass "${c.pw()}"}
 :signing {:key "${c.hex(64)}"
           :kid "${c.uuid()}"}
 :features #{:new-ledger :fx-rates}
 :build "${c.look('shortSha')}"}
`,
  ),

  d(
    'erlang-sys-config',
    ['code', 'config-syntax'],
    'config/sys.config',
    (c) => `[
 {kernel, [{logger_level, info}]},
 {chat, [
   {listen_port, 5222},
   {db, [{host, "cassandra-0"}, {user, "chat"}, {password, "${c.pw()}"}]},
   {push, [{key, "${c.b62(40)}"}, {secret, "${c.hex(32)}"}, {endpoint, "https://push.example.net"}]},
   {cluster_cookie, '${c.b62(20)}'},
   {node_id, "${c.uuid()}"}
 ]}
].
`,
  ),

  d(
    'haskell-record',
    ['code'],
    'app/Main.hs',
    (c) => `{-# LANGUAGE OverloadedStrings #-}
module Main where

import qualified Data.Text as T
import Mailer (MailerConfig (..), runMailer)

config :: MailerConfig
config =
  MailerConfig
    { smtpHost = "smtp.mailgun.org"
    , smtpPort = 587
    , smtpUser = "postmaster@mg.example.org"
    , smtpPassword = "${c.pw()}"
    , apiKey = "${c.hex(32)}"
    , templateHash = "${c.look('sha1')}"
    }

main :: IO ()
main = runMailer config
`,
  ),

  d(
    'dart-const-map',
    ['code'],
    'lib/src/env/prod.dart',
    (c) => `// Production environment for the driver app.
import 'package:driver/src/env/env.dart';

const prodEnv = Env(
  apiBase: 'https://api.fleet.example',
  mapsKey: '${c.n('AIza' + c.alnum(35))}',
  key: '${c.b62(32)}',
  secret: '${c.b64(43)}',
  sentryDsn: 'https://${c.n(c.hexRaw(32))}@o${c.digits(6)}.ingest.sentry.io/${c.digits(7)}',
);

const Map<String, String> basicAuth = {
  'user': 'fleet-app',
  'password': '${c.pw()}',
};
`,
  ),

  d(
    'lua-table',
    ['code', 'config-syntax'],
    'gateway/conf/upstreams.lua',
    (c) => `-- upstream definitions for the openresty gateway
local _M = {}

_M.redis = {
  host = "10.0.3.11",
  port = 6379,
  password = "${c.pw()}",
  timeout = 1000,
}

_M.auth = {
  issuer = "https://sso.example.org",
  key = "${c.hex(32)}",
  secret = "${c.b62(40)}",
  jwks_cache_key = "${c.n('jwks:v3')}",
}

_M.version = "${c.look('shortSha')}"

return _M
`,
  ),

  d(
    'r-list',
    ['code'],
    'analysis/R/connect.R',
    (c) => `library(DBI)
library(httr)

cfg <- list(
  host = "warehouse.internal",
  port = 5432,
  user = "analyst",
  password = "${c.pw()}",
  token = "${c.b62(40)}"
)

con <- dbConnect(RPostgres::Postgres(), host = cfg$host, port = cfg$port,
                 user = cfg$user, password = cfg$password, dbname = "dw")

res <- GET("https://api.survey.example/v3/responses",
           add_headers(Authorization = paste("Bearer", cfg$token)))
run_id <- "${c.uuid()}"
`,
  ),

  d(
    'julia-namedtuple',
    ['code'],
    'scripts/fetch_prices.jl',
    (c) => `using HTTP, JSON3, LibPQ

const CONF = (
    api = "https://prices.example.com/v1",
    key = "${c.hex(40)}",
    db = (host = "tsdb", user = "prices", password = "${c.pw()}"),
)

conn = LibPQ.Connection("host=$(CONF.db.host) user=$(CONF.db.user) password=$(CONF.db.password) dbname=prices")
r = HTTP.get("$(CONF.api)/latest"; headers = ["X-Api-Key" => CONF.key])
prices = JSON3.read(r.body)
@info "fetched" n = length(prices) checksum = "${c.look('md5')}"
`,
  ),

  d(
    'nim-object',
    ['code'],
    'src/notifier.nim',
    (c) => `import std/[httpclient, json]

type
  Settings = object
    endpoint: string
    token: string
    retries: int

let settings = Settings(
  endpoint: "https://notify.example.io/api",
  token: "${c.b62(40)}",
  retries: 3,
)

proc send(msg: string) =
  let client = newHttpClient()
  client.headers = newHttpHeaders({"Authorization": "Token " & settings.token, "X-Request-Id": "${c.uuid()}"})
  discard client.postContent(settings.endpoint, $(%*{"text": msg}))
`,
  ),

  d(
    'zig-struct',
    ['code'],
    'src/config.zig',
    (c) => `const std = @import("std");

pub const Config = struct {
    host: []const u8,
    port: u16,
    key: []const u8,
    secret: []const u8,
};

pub const default = Config{
    .host = "telemetry.example.net",
    .port = 4317,
    .key = "${c.hex(32)}",
    .secret = "${c.b64(43)}",
};

pub const build_hash = "${c.git()}";
`,
  ),

  d(
    'powershell-hashtable',
    ['code', 'command-line'],
    'scripts/Deploy-Reports.ps1',
    (c) => `param(
    [string]$Environment = "staging"
)

$sql = @{
    ServerInstance = "sql-reports-01"
    Database       = "Reports"
    Username       = "svc_reports"
    Password       = "${c.pw()}"
}

$storage = @{
    Account = "acmereports"
    Key     = "${c.prov('azureStorage')}"
}

$headers = @{ "X-Api-Key" = "${c.hex(32)}"; "X-Correlation-Id" = "${c.uuid()}" }

Invoke-Sqlcmd @sql -InputFile ".\\deploy\\$Environment.sql"
Invoke-RestMethod -Uri "https://reports.example.com/api/refresh" -Method Post -Headers $headers
Write-Host "Deployed reports to $Environment"
`,
  ),

  d(
    'terraform-main',
    ['code', 'config-syntax'],
    'infra/monitoring/main.tf',
    (c) => `terraform {
  required_providers {
    datadog = { source = "DataDog/datadog" }
  }
}

provider "datadog" {
  api_key = "${c.prov('datadog')}"
  app_key = "${c.hex(40)}"
  api_url = "https://api.datadoghq.eu/"
}

resource "aws_db_instance" "metrics" {
  identifier        = "metrics"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "metrics"
  password          = "${c.pw()}"
  allocated_storage = 50
}

resource "random_password" "replica" {
  length  = 24
  special = true
}

output "replica_password" {
  value     = random_password.replica.result
  sensitive = true
}

locals {
  image_digest = "${c.look('digest')}"
}
`,
  ),

  d(
    'nix-module',
    ['code', 'config-syntax'],
    'hosts/build01/configuration.nix',
    (c) => `{ config, pkgs, ... }:
{
  services.grafana = {
    enable = true;
    settings.security = {
      admin_user = "admin";
      admin_password = "${c.pw()}";
      secret_key = "${c.b62(32)}";
    };
  };

  services.nix-serve = {
    enable = true;
    secretKeyFile = ${c.n('"/var/lib/nix-serve/cache-priv-key.pem"')};
  };

  users.users.ci = {
    isNormalUser = true;
    hashedPassword = "${c.n('$6$' + c.alnum(16) + '$' + c.alnum(86))}";
  };

  system.stateVersion = "24.05";
  networking.hostId = "${c.look('chunk')}";
}
`,
  ),

  d(
    'jsonnet-config',
    ['code', 'config-syntax'],
    'deploy/app.jsonnet',
    (c) => `local env = std.extVar('env');

{
  app: {
    name: 'checkout',
    replicas: if env == 'prod' then 6 else 2,
    image: 'registry.example.com/checkout@${c.look('digest')}',
  },
  secrets: {
    psp: {
      key: '${c.b62(32)}',
      secret: '${c.hex(64)}',
    },
    db: { user: 'checkout', password: '${c.pw()}' },
    sessionKey: std.extVar('SESSION_KEY'),
  },
}
`,
  ),

  d(
    'dhall-config',
    ['code', 'config-syntax'],
    'config/service.dhall',
    (c) => `let Db = { host : Text, port : Natural, user : Text, password : Text }

let db
    : Db
    = { host = "pg.internal", port = 5432, user = "orders", password = "${c.pw()}" }

in  { db
    , queue = { url = "nats://nats:4222", token = "${c.b62(32)}" }
    , tracing = { sampleRate = 0.1, serviceId = "${c.uuid()}" }
    , secret = env:ORDERS_SIGNING_SECRET as Text ? "${c.ph()}"
    }
`,
  ),

  d(
    'cue-values',
    ['code', 'config-syntax'],
    'k8s/values.cue',
    (c) => `package k8s

deployment: inventory: {
	replicas: 3
	image:    "ghcr.io/acme/inventory:1.9.4"
	env: {
		DB_HOST:     "inventory-db"
		DB_USER:     "inventory"
		DB_PASSWORD: "${c.pw()}"
	}
}

integrations: erp: {
	endpoint: "https://erp.example.com/odata"
	key:      "${c.hex(32)}"
	secret:   "${c.b64(43)}"
	checksum: "${c.look('sha256')}"
}
`,
  ),

  d(
    'perl-hash',
    ['code'],
    'lib/Acme/Config.pm',
    (c) => `package Acme::Config;
use strict;
use warnings;

our %LDAP = (
    host     => 'ldaps://ldap.corp.example',
    bind_dn  => 'cn=svc-portal,ou=services,dc=corp,dc=example',
    password => '${c.pw()}',
);

our %SMS = (
    key    => '${c.b62(32)}',
    secret => '${c.b62(32)}',
    from   => 'ACME',
);

our $VERSION = '2.4.1';
our $BUILD   = '${c.git()}';

1;
`,
  ),

  d(
    'ocaml-record',
    ['code'],
    'bin/main.ml',
    (c) => `let config =
  Client.
    {
      base_url = "https://api.statuspage.example/v1";
      token = "${c.hex(40)}";
      page_id = "${c.alnum(12).toLowerCase()}";
      timeout = 10.;
    }

let () =
  let db = Pg.connect ~host:"pg" ~user:"status" ~password:"${c.pw()}" () in
  Lwt_main.run (Client.sync config db)
`,
  ),

  d(
    'python-dataclass-default',
    ['code'],
    'svc/settings.py',
    (c) => `from dataclasses import dataclass, field
import os


@dataclass
class Broker:
    url: str = "amqps://broker.internal:5671"
    user: str = "svc-orders"
    password: str = "${c.pw()}"


@dataclass
class Signing:
    key: str = "${c.b64(43)}"
    algorithm: str = "HS512"


@dataclass
class Settings:
    broker: Broker = field(default_factory=Broker)
    signing: Signing = field(default_factory=Signing)
    sentry_dsn: str = os.environ.get("SENTRY_DSN", "")
    release: str = "${c.look('shortSha')}"
`,
  ),

  d(
    'java-map-of',
    ['code'],
    'src/main/java/com/acme/export/ExportClients.java',
    (c) => `package com.acme.export;

import java.util.Map;

public final class ExportClients {
    private ExportClients() {}

    public static final Map<String, String> FTP = Map.of(
        "host", "ftp.partner.example",
        "user", "acme_export",
        "password", "${c.pw()}"
    );

    public static final Map<String, String> API = Map.of(
        "endpoint", "https://partner.example/api",
        "key", "${c.b62(40)}",
        "secret", "${c.hex(40)}",
        "schema", "${c.look('sha256')}"
    );
}
`,
  ),
];
