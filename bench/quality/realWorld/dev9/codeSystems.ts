// rw-dev9 code: compiled and functional languages (Rust, C, C++, Swift, Objective-C, Dart, Scala, Elixir, Erlang,
// Haskell, F#, Clojure) — struct and record literals, Option/unwrap_or fallbacks, raw strings, byte strings,
// macros and positional arguments.
import type { RealWorldDoc } from '../types';
import { A, d } from './codeValues';

export const SYSTEMS_DOCS: RealWorldDoc[] = [
  d(
    'rust-unwrap-or',
    A.CD,
    'src/config.rs',
    (c) => `use std::env;

pub struct Config {
    pub database_url: String,
    pub redis_password: String,
    pub hmac_key: Vec<u8>,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: env::var("DATABASE_URL")
                .unwrap_or_else(|_| "postgres://app:${c.cs()}@localhost/app".to_string()),
            redis_password: env::var("REDIS_PASSWORD").unwrap_or("${c.hum()}".into()),
            hmac_key: env::var("HMAC_KEY").ok().unwrap_or_else(|| String::from("${c.hex(64)}")).into_bytes(),
        }
    }
}

const PASSWORD_ENV: &str = "${c.n('REDIS_PASSWORD')}";
`,
  ),
  d(
    'rust-byte-raw',
    A.C,
    'crates/relay/src/auth.rs',
    (c) => `//! Shared-secret auth for the relay. FIXME: move to the secrets crate.
use hmac::{Hmac, Mac};
use sha2::Sha256;

const RELAY_SECRET: &[u8] = b"${c.gen()}";
const ADMIN_TOKEN: &str = r#"${c.b64(32)}"#;
static KNOWN_DIGEST: &str = "${c.sha256()}";

pub fn sign(body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(RELAY_SECRET).expect("key");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    #[test]
    fn login() {
        let c = super::Client::new("relay-admin", "${c.pw()}");
        assert!(c.is_ok());
    }
}
`,
  ),
  d(
    'c-define',
    A.C,
    'firmware/src/wifi_config.h',
    (c) => `#ifndef WIFI_CONFIG_H
#define WIFI_CONFIG_H

/* Werkstatt-Netz, nicht das Gaeste-WLAN */
#define WIFI_SSID      "Werkstatt-5G"
#define WIFI_PASSWORD  "${c.hum()}"
#define OTA_PASSWORD   "${c.word()}"
#define MQTT_HOST      "192.168.178.20"
#define MQTT_USER      "esp32"
#define MQTT_PASS      "${c.gen()}"
#define API_KEY_LEN    32
#define FW_VERSION     "2.4.1"
#define FW_SHA         "${c.sha()}"

static const char *ADMIN_PIN = "${c.pin(6)}";

#endif
`,
  ),
  d(
    'c-mysql-real-connect',
    A.C,
    'src/report.c',
    (c) => `#include <stdio.h>
#include <mysql/mysql.h>

int main(void)
{
    MYSQL *con = mysql_init(NULL);
    if (!mysql_real_connect(con, "${c.host()}", "report", "${c.hum()}", "sales", 0, NULL, 0)) {
        fprintf(stderr, "%s\\n", mysql_error(con));
        return 1;
    }
    char query[256];
    snprintf(query, sizeof query, "SELECT SUM(total) FROM orders WHERE day = '%s'", "2024-05-01");
    mysql_query(con, query);
    mysql_close(con);
    return 0;
}
`,
  ),
  d(
    'cpp-struct-init',
    A.C,
    'src/net/camera_client.cpp',
    (c) => `#include "camera_client.h"
#include <string>

namespace cam {

static const CameraAuth kDefaultAuth{"admin", "${c.hum()}"};
static const std::string kRtspUrl = "rtsp://viewer:${c.cs()}@10.1.4.22:554/stream1";
constexpr const char* kCloudKey = "${c.b62(32)}";
constexpr const char* kPasswordPrompt = "${c.n('Enter password:')}";

CameraClient::CameraClient() : auth_(kDefaultAuth) {}

bool CameraClient::login() {
    return session_.open(host_, auth_.user, auth_.password);
}

}  // namespace cam
`,
  ),
  d(
    'swift-struct',
    A.C,
    'Sources/App/Environment.swift',
    (c) => `import Foundation

enum AppEnvironment {
    static let baseURL = URL(string: "https://api.fahrrad-app.de")!
    static let analyticsKey = "${c.hex(32)}"
    static let keychainService = "${c.n('de.fahrrad.app.password')}"
}

struct StagingAccount {
    let email = "tester@fahrrad-app.de"
    let password = "${c.hum()}"
}

final class APIClient {
    private let session = URLSession.shared
    private var authHeader: String {
        let raw = "ios-client:${c.gen()}"
        return "Basic " + Data(raw.utf8).base64EncodedString()
    }
    let password = ProcessInfo.processInfo.environment["API_PASSWORD"] ?? "${c.pw()}"
}
`,
  ),
  d(
    'objc-constants',
    A.C,
    'Classes/Networking/LegacyAPI.m',
    (c) => `#import "LegacyAPI.h"

static NSString * const kLegacyUser = @"ipad-kiosk";
static NSString * const kLegacyPassword = @"${c.hum()}";
static NSString * const kPushSecret = @"${c.hex(40)}";
static NSString * const kPasswordKey = @"${c.n('password')}";

@implementation LegacyAPI

- (void)login {
    NSDictionary *params = @{ @"user": kLegacyUser, @"pass": kLegacyPassword, @"device": [[NSUUID UUID] UUIDString] };
    [self.manager POST:@"/api/login" parameters:params success:nil failure:nil];
}

- (NSURLCredential *)credential {
    return [NSURLCredential credentialWithUser:@"proxy" password:@"${c.gen()}" persistence:NSURLCredentialPersistenceForSession];
}

@end
`,
  ),
  d(
    'dart-flutter-config',
    A.CD,
    'lib/config/env.dart',
    (c) => `class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.mercadito.mx');
  static const apiKey = String.fromEnvironment('API_KEY', defaultValue: '${c.b62(32)}');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const passwordLabel = '${c.n('Contraseña')}';
}

final demoUser = {
  'usuario': 'demo@mercadito.mx',
  'contrasena': '${c.hum()}',
};

Future<void> loginAdmin(AuthService auth) => auth.signIn('admin@mercadito.mx', '${c.pw()}');
`,
  ),
  d(
    'scala-getorelse',
    A.CD,
    'src/main/scala/com/datalake/Settings.scala',
    (c) => `package com.datalake

import com.typesafe.config.ConfigFactory

object Settings {
  private val conf = ConfigFactory.load()

  val jdbcUser: String = sys.env.getOrElse("JDBC_USER", "spark")
  val jdbcPassword: String = sys.env.getOrElse("JDBC_PASSWORD", "${c.hum()}")
  val kafkaSasl: String =
    s"""org.apache.kafka.common.security.plain.PlainLoginModule required username="ingest" password="${c.gen()}";"""
  val apiToken: String = Option(${c.n('System.getenv("LAKE_TOKEN")')}).getOrElse("${c.hex(40)}")
  val passwordKey = "${c.n('jdbc.password')}"
}

case class Creds(user: String, password: String)
object TestCreds { val default = Creds("tester", "${c.pw()}") }
`,
  ),
  d(
    'elixir-config',
    A.CC,
    'config/dev.exs',
    (c) => `import Config

config :shop, Shop.Repo,
  username: "postgres",
  password: "${c.hum()}",
  hostname: "localhost",
  database: "shop_dev",
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  secret_key_base: "${c.b64(48)}",
  live_view: [signing_salt: "${c.b62(8)}"]

config :shop, Shop.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.mailgun.org",
  username: "postmaster@mg.shop.io",
  password: System.get_env("SMTP_PASSWORD", "${c.gen()}")
`,
  ),
  d(
    'erlang-sys-config',
    A.CC,
    'config/sys.config',
    (c) => `[
 {chat, [
   {db, [{host, "10.0.0.12"}, {user, "chat"}, {password, "${c.hum()}"}, {database, "chat"}]},
   {turn_secret, <<"${c.hex(32)}">>},
   {admin_pin, "${c.pin(6)}"}
 ]},
 {kernel, [{logger_level, info}]},
 {lager, [{log_root, "/var/log/chat"}]}
].
`,
  ),
  d(
    'haskell-record',
    A.C,
    'src/Db.hs',
    (c) => `{-# LANGUAGE OverloadedStrings #-}
module Db (connInfo, withConn) where

import Database.PostgreSQL.Simple
import System.Environment (lookupEnv)
import Data.Maybe (fromMaybe)

connInfo :: ConnectInfo
connInfo = defaultConnectInfo
  { connectHost = "db.internal"
  , connectUser = "hs_app"
  , connectPassword = "${c.hum()}"
  , connectDatabase = "ledger"
  }

apiSecret :: IO String
apiSecret = fromMaybe "${c.b62(40)}" <$> ${c.n('lookupEnv "API_SECRET"')}

passwordField :: String
passwordField = "${c.n('password')}"
`,
  ),
  d(
    'fsharp-script',
    A.C,
    'scripts/Import.fsx',
    (c) => `#r "nuget: Npgsql"
open Npgsql

let connStr = "Host=pg01;Username=importer;Password=${c.cs()};Database=crm"
let ftpUser, ftpPass = "crm-import", "${c.hum()}"
let apiKey = System.Environment.GetEnvironmentVariable "CRM_API_KEY" |> Option.ofObj |> Option.defaultValue "${c.hex(32)}"

use conn = new NpgsqlConnection(connStr)
conn.Open()
printfn "connected, run %s" (System.Guid.NewGuid().ToString())
`,
  ),
  d(
    'clojure-db-spec',
    A.C,
    'src/inventory/db.clj',
    (c) => `(ns inventory.db
  (:require [next.jdbc :as jdbc]
            [environ.core :refer [env]]))

(def db-spec
  {:dbtype   "postgresql"
   :dbname   "inventory"
   :host     "pg.internal"
   :user     "inventory"
   :password (or ${c.n('(env :db-password)')} "${c.hum()}")})

(def ^:private api-token "${c.b62(32)}")

(def password-key :password)

(defn ds [] (jdbc/get-datasource db-spec))
`,
  ),
  d(
    'cpp-qt-settings',
    A.CD,
    'src/settings.cpp',
    (c) => `#include <QSettings>
#include <QString>

QString Settings::ftpPassword() const
{
    // Standardwert fuer die Messstation, wird beim Rollout ueberschrieben
    return m_settings.value("ftp/password", QStringLiteral("${c.hum()}")).toString();
}

QString Settings::proxyPassword() const
{
    return m_settings.value("proxy/password", QString()).toString();
}

QString Settings::licenseKey() const
{
    return m_settings.value("license/key", "${c.T([0, 1, 2, 3, 4].map(() => c.alnum(5).toUpperCase()).join('-'))}").toString();
}

const char *Settings::passwordPlaceholder() { return "${c.n('********')}"; }
`,
  ),
  d(
    'rust-test-mock',
    A.CP,
    'tests/api.rs',
    (c) => `use myapp::client::Client;
use wiremock::{Mock, MockServer, ResponseTemplate};

const FAKE_TOKEN: &str = "${c.n('test-token')}";
const TRACE: &str = "${c.id()}";

#[tokio::test]
async fn refreshes_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": FAKE_TOKEN})))
        .mount(&server).await;
    let c = Client::new(&server.uri(), "svc-tests", "${c.gen()}");
    assert_eq!(c.token().await.unwrap(), FAKE_TOKEN);
}
`,
  ),
];
