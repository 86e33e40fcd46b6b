// rw-dev7 code: source in many languages, each with its own literal and record syntax — Elixir, Erlang, Dart,
// Julia, Nim, Zig, Crystal, OCaml, F#, Haskell, Swift, Objective-C, C/C++, Go, Rust, PHP, Perl, Lua, R, MATLAB,
// VBA/VB.NET, Delphi, COBOL.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev7-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const LANG_DOCS: RealWorldDoc[] = [
  d(
    'elixir-runtime-exs',
    ['code', 'config-syntax'],
    'config/runtime.exs',
    (c) => `import Config

if config_env() == :prod do
  config :shop, Shop.Repo,
    url: System.get_env("${c.n('DATABASE_URL')}"),
    pool_size: 10
end

config :shop, Shop.Repo,
  username: "postgres",
  password: "${c.pw()}",
  hostname: "localhost",
  database: "shop_dev"

config :shop, ShopWeb.Endpoint,
  secret_key_base: "${c.b64(64)}",
  live_view: [signing_salt: "${c.n('kx2D8vQa')}"]

config :shop, Shop.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.sendgrid.net",
  username: "apikey",
  password: System.fetch_env!("SMTP_PASSWORD")

config :shop, :stripe, webhook_secret: "${c.b62(32)}"
config :shop, :auth, password_min_length: ${c.n('12')}, token_ttl: ${c.n('3600')}
`,
  ),

  d(
    'erlang-sys-config',
    ['config-syntax'],
    'rel/sys.config',
    (c) => `[
 {kernel, [{logger_level, info}]},
 {epgsql_pool, [
   {pools, [
     {main, [{host, "db.internal"},
             {username, "chat"},
             {password, "${c.pw()}"},
             {database, "chat"}]}
   ]}
 ]},
 {chat, [
   {cookie, '${c.letters()}'},
   {jwt_secret, <<"${c.b62(40)}">>},
   {admin_password_hash, <<"${c.bcrypt()}">>},
   {max_password_attempts, ${c.n('5')}}
 ]}
].
`,
  ),

  d(
    'dart-flutter-env',
    ['code'],
    'lib/config/env.dart',
    (c) => `class Env {
  static const String apiBaseUrl = 'https://api.acme.example/v2';
  static const String apiKey = '${c.b62(32)}';
  static const String mapsKeyRef = String.fromEnvironment('${c.n('MAPS_API_KEY')}');
  static const String demoPassword = "${c.hpw()}";
  static const int passwordMinLength = ${c.n('8')};
}

final testAccounts = <String, String>{
  'qa1@acme.example': '${c.pw()}',
  'qa2@acme.example': '${c.gpw()}',
};

const loginLabels = {'password': '${c.n('Password')}', 'forgot': 'Forgot password?'};
`,
  ),

  d(
    'julia-script',
    ['code'],
    'scripts/load_warehouse.jl',
    (c) => `using LibPQ, DataFrames, CSV

const DB_HOST = "dwh.internal"
const DB_USER = "loader"
const DB_PASS = "${c.pw()}"
const API_TOKEN = get(ENV, "API_TOKEN", "${c.hex(40)}")

conn = LibPQ.Connection("host=$DB_HOST dbname=dwh user=$DB_USER password=$DB_PASS")
fallback = LibPQ.Connection("host=replica dbname=dwh user=reader password=${c.cs()}")

df = CSV.read("daily.csv", DataFrame)
LibPQ.load!(df, conn, "INSERT INTO daily VALUES (\\$1, \\$2, \\$3)")
secret_from_env = ENV["${c.n('WAREHOUSE_SECRET')}"]
`,
  ),

  d(
    'nim-config',
    ['code'],
    'src/settings.nim',
    (c) => `import os

const
  dbHost* = "localhost"
  dbUser* = "nimapp"
  dbPassword* = "${c.pw()}"
  sessionSecret* = "${c.hex(64)}"

let redisPassword* = getEnv("REDIS_PASSWORD", "${c.hpw()}")
let vaultPath* = "${c.n('secret/data/nimapp')}"
`,
  ),

  d(
    'zig-constants',
    ['code'],
    'src/config.zig',
    (c) => `const std = @import("std");

pub const Config = struct {
    host: []const u8 = "127.0.0.1",
    port: u16 = 5432,
    user: []const u8 = "zigsvc",
    password: []const u8 = "${c.pw()}",
};

pub const api_token: []const u8 = "${c.b62(40)}";
pub const token_header = "${c.n('X-Auth-Token')}";

pub fn fromEnv(alloc: std.mem.Allocator) ![]u8 {
    return std.process.getEnvVarOwned(alloc, "${c.n('ZIG_DB_PASSWORD')}");
}
`,
  ),

  d(
    'crystal-app',
    ['code'],
    'src/config.cr',
    (c) => `module Acme
  DB_URL = ENV.fetch("DATABASE_URL", "postgres://crystal:${c.cs()}@localhost/acme_dev")

  class Settings
    property smtp_password : String = "${c.hpw()}"
    property api_secret : String = "${c.tok()}"
    property password_hash_cost : Int32 = ${c.n('12')}
  end
end
`,
  ),

  d(
    'ocaml-config',
    ['code'],
    'bin/config.ml',
    (c) => `type db = { host : string; user : string; password : string }

let default_db = { host = "localhost"; user = "caml"; password = "${c.pw()}" }

let api_key = "${c.hex(32)}"

let from_env () =
  { host = Sys.getenv "DB_HOST"; user = Sys.getenv "DB_USER"; password = Sys.getenv "${c.n('DB_PASSWORD')}" }
`,
  ),

  d(
    'fsharp-script',
    ['code'],
    'scripts/Migrate.fsx',
    (c) => `#r "nuget: Npgsql"
open Npgsql

let connectionString =
    "Host=db.internal;Username=migrator;Password=${c.cs()};Database=billing"

[<Literal>]
let ApiSecret = "${c.b64(44)}"

type Smtp = { Host: string; User: string; Password: string }
let smtp = { Host = "smtp.internal"; User = "billing"; Password = "${c.hpw()}" }

let passwordPolicy = {| MinLength = ${c.n('12')}; RequireDigit = true |}
`,
  ),

  d(
    'haskell-records',
    ['code'],
    'src/Config.hs',
    (c) => `{-# LANGUAGE OverloadedStrings #-}
module Config where

import Data.Text (Text)

data DbConfig = DbConfig
  { dbHost     :: Text
  , dbUser     :: Text
  , dbPassword :: Text
  } deriving (Show)

devDb :: DbConfig
devDb = DbConfig
  { dbHost = "localhost"
  , dbUser = "hs"
  , dbPassword = "${c.pw()}"
  }

stagingDb :: DbConfig
stagingDb = DbConfig "staging-db" "hs" "${c.gpw()}"

jwtSecret :: Text
jwtSecret = "${c.b62(48)}"

passwordFieldName :: Text
passwordFieldName = "${c.n('password')}"
`,
  ),

  d(
    'swift-struct',
    ['code'],
    'Sources/AcmeKit/Secrets.swift',
    (c) => `import Foundation

struct APIConfig {
    static let baseURL = URL(string: "https://api.acme.example")!
    static let clientSecret = "${c.b62(40)}"
    static let clientID = "${c.n('ios-app')}"
}

struct DemoAccount {
    let username = "demo@acme.example"
    let password = "${c.hpw()}"
}

enum Keychain {
    static let passwordKey = "${c.n('com.acme.password')}"
}

let analyticsWriteKey: String = "${c.hex(32)}"
let passwordPlaceholder = NSLocalizedString("${c.n('login.password.placeholder')}", comment: "")
`,
  ),

  d(
    'objc-nsstring',
    ['code'],
    'AcmeLegacy/Classes/ACMEConstants.m',
    (c) => `#import "ACMEConstants.h"

NSString * const kACMEAPIKey = @"${c.hex(40)}";
NSString * const kACMEServicePassword = @"${c.pw()}";
NSString * const kACMEPasswordKey = @"${c.n('password')}";
static NSString *const kACMEHMACSecret = @"${c.b64(44)}";

@implementation ACMEConstants
+ (NSDictionary *)ftpCredentials {
    return @{ @"host": @"ftp.acme.example", @"user": @"upload", @"password": @"${c.hpw()}" };
}
@end
`,
  ),

  d(
    'c-defines',
    ['code'],
    'firmware/src/net_config.h',
    (c) => `#ifndef NET_CONFIG_H
#define NET_CONFIG_H

#define WIFI_SSID        "acme-iot"
#define WIFI_PASSWORD    "${c.pw()}"
#define MQTT_HOST        "mqtt.acme.internal"
#define MQTT_USER        "sensor"
#define MQTT_PASS        "${c.bare()}"
#define OTA_TOKEN        "${c.hex(32)}"
#define PASSWORD_MAX_LEN ${c.n('64')}
#define TOKEN_HEADER     "${c.n('X-Device-Token')}"

static const char api_secret[] = "${c.b62(32)}";
static const char *const admin_pin = "${c.n('0000')}";
static const char fw_sha[] = "${c.sha256()}";

#endif
`,
  ),

  d(
    'cpp-constexpr',
    ['code'],
    'src/backend/credentials.cpp',
    (c) => `#include <string>
#include <string_view>

namespace backend {

constexpr std::string_view kDbUser = "svc_backend";
constexpr std::string_view kDbPassword = "${c.pw()}";
const std::string kLicenseKey = "${c.tok()}";

struct SmtpSettings {
    std::string host = "smtp.internal";
    std::string password = "${c.hpw()}";
};

std::string escaped_password() {
    return "${c.escDq()}";
}

}  // namespace backend
`,
  ),

  d(
    'go-consts-struct',
    ['code'],
    'internal/config/defaults.go',
    (c) => `package config

import "os"

const (
	defaultDBUser     = "orders"
	defaultDBPassword = "${c.pw()}"
	hmacSecret        = "${c.hex(64)}"
	passwordMinLen    = ${c.n('10')}
	secretName        = "${c.n('orders-db')}"
)

var Default = Config{
	DB: DB{
		Host:     "localhost",
		User:     defaultDBUser,
		Password: "${c.hpw()}",
	},
	Broker: Broker{URL: "amqp://orders:${c.cs()}@localhost:5672/"},
	APIKey: os.Getenv("${c.n('ORDERS_API_KEY')}"),
}

var backupPassword = \`${c.escDq()}\`
`,
  ),

  d(
    'go-viper-defaults',
    ['code', 'defaults-in-code'],
    'cmd/server/config.go',
    (c) => `package main

import "github.com/spf13/viper"

func initConfig() {
	viper.SetDefault("http.port", 8080)
	viper.SetDefault("db.user", "server")
	viper.SetDefault("db.password", "${c.pw()}")
	viper.SetDefault("redis.password",
		"${c.gpw()}")
	viper.SetDefault("auth.jwt_secret", "${c.b62(48)}")
	viper.SetDefault("auth.token_ttl", ${c.n('3600')})
	viper.SetDefault("auth.password_field", "${c.n('passwd')}")
	viper.SetEnvPrefix("SERVER")
	viper.AutomaticEnv()
	_ = viper.BindEnv("db.password", "${c.n('SERVER_DB_PASSWORD')}")
}
`,
  ),

  d(
    'rust-const-lazy-static',
    ['code'],
    'src/secrets.rs',
    (c) => `use lazy_static::lazy_static;
use std::collections::HashMap;

pub const ADMIN_PASSWORD: &str = "${c.pw()}";
pub static WEBHOOK_SECRET: &str = "${c.hex(40)}";
const PASSWORD_MIN: usize = ${c.n('12')};

lazy_static! {
    pub static ref SERVICE_PASSWORDS: HashMap<&'static str, &'static str> = {
        let mut m = HashMap::new();
        m.insert("billing", "${c.hpw()}");
        m.insert("search", "${c.gpw()}");
        m
    };
}

pub static RAW: &str = r#"${c.escDq()}"#;

pub fn db_password() -> String {
    std::env::var("${c.n('DB_PASSWORD')}").unwrap_or_default()
}
`,
  ),

  d(
    'php-array-config',
    ['code', 'config-syntax'],
    'config/database.php',
    (c) => `<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '${c.pw()}'),
        ],
        'legacy' => [
            'driver' => 'sqlsrv',
            'host' => '10.1.1.20',
            'username' => 'legacy_ro',
            'password' => '${c.escSq('bs')}',
        ],
        'reports' => array(
            'username' => 'reports',
            'password' => "${c.hpw()}",
        ),
    ],
    'redis' => [
        'default' => ['password' => env('${c.n('REDIS_PASSWORD')}')],
    ],
];
`,
  ),

  d(
    'php-define-wp',
    ['code'],
    'wp-config.php',
    (c) => `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_user' );
define( 'DB_PASSWORD', '${c.pw()}' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         '${c.b62(64)}' );
define( 'SECURE_AUTH_KEY',  '${c.b62(64)}' );
define( 'NONCE_KEY',        '${c.n('put your unique phrase here')}' );
define( 'SMTP_PASS', "${c.hpw()}" );
$table_prefix = 'wp_';
`,
  ),

  d(
    'perl-hash',
    ['code'],
    'lib/Acme/Config.pm',
    (c) => `package Acme::Config;
use strict;
use warnings;

our %DB = (
    dsn      => 'dbi:Pg:dbname=acme;host=db.internal',
    user     => 'acme',
    password => '${c.pw()}',
);

our %LDAP = (
    host        => 'ldap.corp.local',
    bind_dn     => 'cn=reader,dc=corp,dc=local',
    bind_pw     => q{${c.hpw()}},
);

my $api_token = $ENV{${c.n('ACME_API_TOKEN')}} // '${c.tok()}';
my $min_password_length = ${c.n('10')};

1;
`,
  ),

  d(
    'lua-table',
    ['code'],
    'conf/app.lua',
    (c) => `local config = {
  redis = {
    host = "127.0.0.1",
    port = 6379,
    password = "${c.pw()}",
  },
  mysql = { host = "db", user = "openresty", password = '${c.hpw()}', database = "edge" },
  jwt_secret = "${c.b64(44)}",
  password_field = "${c.n('pass')}",
}

config["upstream_token"] = [[${c.b62(40)}]]
config.vault_path = os.getenv("${c.n('VAULT_PATH')}")

return config
`,
  ),

  d(
    'r-script',
    ['code'],
    'analysis/pull_sales.R',
    (c) => `library(DBI)
library(RPostgres)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "analytics-db.internal",
  dbname = "sales",
  user = "analyst",
  password = "${c.pw()}"
)

Sys.setenv(MAPBOX_SECRET = "${c.b62(40)}")
key <- Sys.getenv("${c.n('SALES_API_KEY')}")
pw <- rstudioapi::askForPassword("${c.n('Database password')}")
sales <- dbGetQuery(con, "SELECT * FROM sales WHERE day > now() - interval '7 days'")
`,
  ),

  d(
    'matlab-script',
    ['code'],
    'tools/export_results.m',
    (c) => `% Export lab results to the shared database
datasource = 'LabDB';
username = 'labuser';
password = '${c.pw()}';
conn = database(datasource, username, password);

opts = weboptions('Username', 'labapi', 'Password', '${c.hpw()}');
data = webread('https://lab.acme.internal/api/results', opts);

apiKey = getenv('${c.n('LAB_API_KEY')}');
passwordPrompt = '${c.n('Enter password:')}';
`,
  ),

  d(
    'vba-module',
    ['code'],
    'excel/modImport.bas',
    (c) => `Attribute VB_Name = "modImport"
Option Explicit

Private Const DB_SERVER As String = "SQL01"
Private Const DB_USER As String = "excel_import"
Private Const DB_PASS As String = "${c.pw()}"

Public Sub ImportSheet()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=SQL01;Initial Catalog=Finance;User ID=excel_import;Password=${c.cs()};"
    ' sheet protection password below is a UI lock only
    ActiveSheet.Unprotect Password:="${c.u('finance')}"
    cn.Close
End Sub
`,
  ),

  d(
    'vbnet-class',
    ['code'],
    'Legacy/Settings.vb',
    (c) => `Imports System.Data.SqlClient

Public Module Settings
    Public Const SmtpPassword As String = "${c.hpw()}"
    Public ReadOnly ApiKey As String = "${c.hex(32)}"
    Public Const PasswordMinLength As Integer = ${c.n('8')}

    Public Function Connect() As SqlConnection
        Return New SqlConnection("Server=sql02;Database=Legacy;User Id=legacy_app;Password=${c.cs()};")
    End Function

    Public Function FromConfig() As String
        Return ConfigurationManager.AppSettings("${c.n('LegacyPassword')}")
    End Function
End Module
`,
  ),

  d(
    'delphi-unit',
    ['code'],
    'src/uDataModule.pas',
    (c) => `unit uDataModule;

interface

const
  DB_SERVER = 'FBSERVER01';
  DB_USER = 'SYSDBA';
  DB_PASSWORD = '${c.pw()}';
  REPORT_TOKEN = '${c.hex(32)}';

implementation

procedure TDM.ConnectDB;
begin
  FDConnection1.Params.Values['Password'] := '${c.escSq('sql')}';
  FDConnection1.Params.Values['User_Name'] := 'SYSDBA';
  IBDatabase1.Params.Add('password=${c.bare()}');
  edtPassword.TextHint := '${c.n('Password')}';
end;

end.
`,
  ),

  d(
    'cobol-legacy',
    ['code'],
    'legacy/PAYBATCH.cbl',
    (c, k) => `       IDENTIFICATION DIVISION.
       PROGRAM-ID. PAYBATCH.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-DB-USER        PIC X(08) VALUE 'PAYBATCH'.
       01  WS-DB-PASSWORD    PIC X(12) VALUE '${c.mark(cobolPw(k))}'.
       01  WS-FTP-PASS       PIC X(10) VALUE '${c.mark(cobolPw(k))}'.
       01  WS-PASSWORD-LEN   PIC 9(02) VALUE ${c.n('08')}.
       PROCEDURE DIVISION.
           EXEC SQL
               CONNECT :WS-DB-USER IDENTIFIED BY :WS-DB-PASSWORD
           END-EXEC.
           STOP RUN.
`,
  ),
];

/** Upper-case mainframe passwords (8 characters: letters, digits, `#@$`). */
const cobolPw = (k: Kit) => `${k.g.upper(3)}${k.g.pick(['#', '@', '$'])}${k.g.digits(4)}`;
