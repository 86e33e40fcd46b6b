// rw-dev3 code/infra: JVM, .NET, Go, Rust, mobile and functional languages, as people commit them.
import type { RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { byteList, dqPassword, plainPassword, sha256 } from './codeInfraValues';

const ppw = (k: Kit) => k.s('password', plainPassword(k.g));
const dpw = (k: Kit) => k.s('password', dqPassword(k.g));

export const COMPILED_DOCS: RealWorldDoc[] = [
  doc('java-jdbc-dao', ['code'], 'src/main/java/com/acme/billing/dao/LegacyInvoiceDao.java', (k) => {
    return `package com.acme.billing.dao;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Reads invoices from the AS/400 mirror. Will be replaced by the billing API (BILL-231).
 */
public class LegacyInvoiceDao {

    private static final String URL = "jdbc:as400://mirror01.acme.local/INVLIB;naming=system";
    private static final String USER = "INVREAD";
    private static final String PASSWORD_PROPERTY = ${k.n('"invoice.db.password"')};

    public Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, "${dpw(k)}");
    }

    public Connection openArchive() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlserver://archive.acme.local:1433;databaseName=Invoices;user=arch;password=${k.cs()};encrypt=false");
    }

    static {
        Authenticator.setDefault(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(${k.n('"proxyuser"')}, "${dpw(k)}".toCharArray());
            }
        });
    }

    public String passwordFromEnv() {
        return System.getenv("${k.n('INVOICE_DB_PASSWORD')}");
    }
}
`;
  }),

  doc('java-spring-test-properties', ['code', 'defaults-in-code'], 'src/test/java/com/acme/orders/OrderServiceIT.java', (k) => {
    const g = k.g;
    return `package com.acme.orders;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:postgresql://ci-db:5432/orders",
    "spring.datasource.username=orders",
    "spring.datasource.password=${ppw(k)}",
    "orders.api.key=${k.tok(g.hex(32))}",
    "spring.jpa.hibernate.ddl-auto=validate"
})
class OrderServiceIT {

    @Value("\${jwt.secret:${k.tok(g.base64(44))}}")
    private String jwtSecret;

    @Value("\${orders.retry.max:3}")
    private int maxRetries;

    @Value(${k.n('"${partner.password}"')})
    private String partnerPassword;

    @Test
    void createsOrder() {
        // ...
    }
}
`;
  }),

  doc('java-builder-clients', ['code'], 'src/main/java/com/acme/integration/Clients.java', (k) => {
    const g = k.g;
    return `package com.acme.integration;

import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.rabbitmq.client.ConnectionFactory;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import com.zaxxer.hikari.HikariConfig;

public final class Clients {

    public static ConnectionFactory rabbit() {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("mq.acme.local");
        f.setUsername("integration");
        f.setPassword("${k.pw()}");
        f.setVirtualHost("/orders");
        return f;
    }

    public static BasicCredentialsProvider elastic() {
        BasicCredentialsProvider p = new BasicCredentialsProvider();
        p.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("elastic", "${k.pw()}"));
        return p;
    }

    public static JedisPool redis() {
        return new JedisPool(new JedisPoolConfig(), "cache.acme.local", 6379, 2000, "${k.pw()}");
    }

    public static HikariConfig hikari() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:mysql://db.acme.local:3306/integration");
        c.setUsername("integration");
        c.setPassword(System.getProperty("db.password", "${k.pw()}"));
        c.addDataSourceProperty("cachePrepStmts", "true");
        return c;
    }

    public static final String TRACE_ID_EXAMPLE = "${k.n(g.hex(32))}";

    private Clients() {}
}
`;
  }),

  doc('java-okhttp-interceptor-bytes', ['code'], 'app/src/main/java/com/acme/mobile/net/AuthInterceptor.java', (k) => {
    const g = k.g;
    const secret = k.raw.generatedPassword(g).replace(/[^A-Za-z0-9]/g, 'x');
    return `package com.acme.mobile.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

public class AuthInterceptor implements Interceptor {

    // obfuscated so it does not show up in strings.xml dumps
    private static final byte[] K = new byte[] { ${k.s('token', byteList(secret))} };

    private final String basic = Credentials.basic("android-app", "${k.pw()}");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request r = chain.request().newBuilder()
            .header("Authorization", basic)
            .header("X-Client-Key", new String(K, ${k.n('StandardCharsets.UTF_8')}))
            .header("X-Device-Id", "${k.n(g.uuid())}")
            .build();
        return chain.proceed(r);
    }
}
`;
  }),

  doc('kotlin-android-constants', ['code'], 'app/src/main/java/com/acme/shop/Constants.kt', (k) => {
    const g = k.g;
    return `package com.acme.shop

object Constants {
    const val BASE_URL = "https://api.shop.example.com/"
    const val MAPS_API_KEY = "${k.n(k.raw.googleBrowserKey(g))}" // restricted to our app signature
    const val ALGOLIA_APP_ID = "${k.n(g.upper(10))}"
    const val ALGOLIA_ADMIN_KEY = "${k.tok(g.hex(32))}"
    const val PREFS_PASSWORD_KEY = "${k.n('pref_password')}"
    const val MIN_PASSWORD_LENGTH = 8
    internal const val ANALYTICS_WRITE_KEY = "${k.tok(g.alnum(32))}"
}

class ApiFactory {
    private val client = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .addHeader("Authorization", Credentials.basic("shop-app", "${k.pw()}"))
                    .build(),
            )
        }
        .build()
}
`;
  }),

  doc('gradle-kts-signing-buildconfig', ['config-syntax', 'code'], 'app/build.gradle.kts', (k) => {
    const g = k.g;
    return `plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.acme.shop"
    compileSdk = 34

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/release.jks")
            storePassword = "${k.pw()}"
            keyAlias = "shop-release"
            keyPassword = "${k.pw()}"
        }
        getByName("debug") {
            storePassword = "${k.n('android')}"
            keyPassword = "${k.n('android')}"
        }
    }

    defaultConfig {
        applicationId = "com.acme.shop"
        minSdk = 24
        versionCode = 231
        versionName = "2.3.1"
        buildConfigField("String", "SEGMENT_KEY", "\\"${k.tok(g.alnum(32))}\\"")
        buildConfigField("String", "SENTRY_DSN", "\\"${k.n(k.raw.sentryDsn(g))}\\"")
        buildConfigField("String", "API_SECRET", "\\"\${${k.n('project.findProperty("apiSecret")')} ?: ""}\\"")
    }
}

repositories {
    maven {
        url = uri("https://maven.pkg.github.com/acme/android-libs")
        credentials {
            username = "acme-ci"
            password = "${k.prov('githubClassic', 'GitHub')}"
        }
    }
}
`;
  }),

  doc('csharp-netcred-smtp', ['code'], 'src/Acme.Notifications/MailSender.cs', (k) => {
    return `using System.Net;
using System.Net.Mail;
using Microsoft.Data.SqlClient;

namespace Acme.Notifications
{
    public class MailSender
    {
        private readonly SmtpClient _smtp = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("notifications@acme.com", "${k.pw()}"),
        };

        public static string BuildConnectionString()
        {
            var b = new SqlConnectionStringBuilder
            {
                DataSource = "sql01.acme.local",
                InitialCatalog = "Notifications",
                UserID = "notify_svc",
                Password = "${k.pw()}",
                ${k.n('TrustServerCertificate = true')},
            };
            return b.ConnectionString;
        }

        public const string PasswordResetSubject = "${k.n('Reset your password')}";

        public void Send(string to, string subject, string body) => _smtp.Send("notifications@acme.com", to, subject, body);
    }
}
`;
  }),

  doc('aspnet-appsettings-development', ['config-syntax'], 'src/Acme.Api/appsettings.Development.json', (k) => {
    const g = k.g;
    return `{
  "Logging": {
    "LogLevel": { "Default": ${k.n('"Information"')}, "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Default": "Server=(localdb)\\\\mssqllocaldb;Database=AcmeApi;Trusted_Connection=True;MultipleActiveResultSets=true",
    "Orders": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=${k.cs()};Encrypt=True;",
    "Redis": "acme-cache.redis.cache.windows.net:6380,password=${k.cs(g.base64(43) + '=')},ssl=True,abortConnect=False"
  },
  "Jwt": {
    "Issuer": "https://api.acme.com",
    "Audience": "acme-clients",
    "Key": "${k.tok(g.alnum(48))}"
  },
  "AzureAd": {
    "Instance": ${k.n('"https://login.microsoftonline.com/"')},
    "TenantId": "${k.n(g.uuid())}",
    "ClientId": "${k.n(g.uuid())}",
    "ClientSecret": "${k.prov('azureClientSecret', 'Azure AD')}"
  },
  "AllowedHosts": "*"
}
`;
  }),

  doc('go-main-config-struct', ['code', 'defaults-in-code'], 'cmd/worker/main.go', (k) => {
    const g = k.g;
    return `package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/go-redis/redis/v8"
	_ "github.com/lib/pq"
)

type Config struct {
	DSN        string
	RedisAddr  string
	RedisPass  string
	APIKey     string
	WebhookURL string
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func load() Config {
	return Config{
		DSN:        "host=db.internal port=5432 user=worker password=${k.cs()} dbname=jobs sslmode=disable",
		RedisAddr:  ${k.n('getenv("REDIS_ADDR", "redis:6379")')},
		RedisPass:  getenv("REDIS_PASSWORD", "${k.pw()}"),
		APIKey:     "${k.tok(g.hex(40))}",
		WebhookURL: ${k.n('os.Getenv("WEBHOOK_URL")')},
	}
}

func main() {
	cfg := load()
	db, err := sql.Open("postgres", cfg.DSN)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr, Password: ${k.n('cfg.RedisPass')}, DB: 0})
	_ = rdb
	log.Printf("worker started, build %s", "${k.n(g.hex(40))}")
}
`;
  }),

  doc('go-table-test-credentials', ['code'], 'internal/auth/login_test.go', (k) => {
    const g = k.g;
    return `package auth

import "testing"

func TestLogin(t *testing.T) {
	store := newMemStore()
	store.Add("alice", "${k.n(k.raw.bcrypt(g))}")

	tests := []struct {
		name     string
		user     string
		password string
		wantErr  bool
	}{
		{"ok", "alice", "${k.hpw()}", false},
		{"wrong password", "alice", "${k.n('wrong')}", true},
		{"empty", "alice", "", true},
		{"unknown user", "mallory", "${k.n('irrelevant')}", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := store.Login(tt.user, tt.password)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Login() err = %v, wantErr %v", err, tt.wantErr)
			}
		})
	}
}

// integration account on the shared LDAP (ask #infra before changing it)
const ldapBindPassword = \`${k.pw()}\`
`;
  }),

  doc('rust-reqwest-raw-strings', ['code'], 'src/bin/sync.rs', (k) => {
    const g = k.g;
    return `use reqwest::blocking::Client;
use serde_json::json;

const API_BASE: &str = "https://api.vendor.example.com";
const API_TOKEN: &str = "${k.tok(g.base64url(43))}";
static PG_URL: &str = "postgres://sync:${k.cs()}@127.0.0.1/sync";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();
    let body = r#"{"username": "sync-bot", "password": "${k.pw()}"}"#;
    let session: serde_json::Value = client.post(format!("{}/login", API_BASE)).body(body).send()?.json()?;

    let _ = client
        .get(format!("{}/items", API_BASE))
        .basic_auth("sync-bot", Some("${k.pw()}"))
        .bearer_auth(API_TOKEN)
        .send()?;

    println!("{}", json!({ "session": session["id"], "checksum": "${k.n(sha256(g))}" }));
    Ok(())
}
`;
  }),

  doc('swift-api-credentials', ['code'], 'Sources/AcmeKit/APIClient.swift', (k) => {
    const g = k.g;
    return `import Foundation

enum Secrets {
    static let apiKey = "${k.tok(g.alnum(40))}"
    static let revenueCatKey = "${k.n('appl_' + g.alnum(27))}" // public SDK key
}

final class APIClient: NSObject, URLSessionDelegate {
    private lazy var session = URLSession(configuration: .default, delegate: self, delegateQueue: nil)

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let credential = URLCredential(user: "ios-client", password: "${k.pw()}", persistence: .forSession)
        completionHandler(.useCredential, credential)
    }

    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.acme.com/\\(path)")!)
        r.setValue(${k.n('Secrets.apiKey')}, forHTTPHeaderField: "X-API-Key")
        r.setValue(${k.n('NSLocalizedString("password_placeholder"')}, comment: "${k.n('Enter your password')}"), forHTTPHeaderField: "X-Hint")
        return r
    }
}
`;
  }),

  doc('objc-constants', ['code'], 'Classes/ACMEConstants.m', (k) => {
    const g = k.g;
    return `#import "ACMEConstants.h"

NSString *const kACMEBaseURL = @"https://api.acme.com/v1";
NSString *const kACMEClientID = @"${k.n('ios-' + g.lower(8))}";
NSString *const kACMEClientSecret = @"${k.tok(g.alnum(32))}";
NSString *const kACMEKeychainService = @${k.n('"com.acme.ios.password"')};

@implementation ACMEAuth

+ (NSURLCredential *)stagingCredential {
    return [NSURLCredential credentialWithUser:@"staging"
                                      password:@"${k.pw()}"
                                   persistence:NSURLCredentialPersistenceForSession];
}

@end
`;
  }),

  doc('flutter-dio-config', ['code'], 'lib/core/env.dart', (k) => {
    const g = k.g;
    return `import 'package:dio/dio.dart';

class Env {
  static const String apiBase = 'https://api.acme.app';
  static const String mapboxPublicToken = '${k.n('pk.' + g.base64url(60) + '.' + g.base64url(22))}';
  static const String mapboxDownloadsToken = '${k.prov('mapboxSecret', 'Mapbox')}';
  static const String onesignalAppId = '${k.n(g.uuid())}';
  static const String onesignalRestKey = '${k.tok(g.base64(48))}';
}

final dio = Dio(
  BaseOptions(
    baseUrl: Env.apiBase,
    headers: {
      'Authorization': 'Bearer ${k.bearer()}',
      'Accept-Language': 'en',
    },
  ),
);

const passwordHint = '${k.n('Your password must contain 8 characters')}';
`;
  }),

  doc('elixir-phoenix-dev-exs', ['config-syntax', 'code'], 'config/dev.exs', (k) => {
    const g = k.g;
    return `import Config

# Configure your database
config :shop, Shop.Repo,
  username: "postgres",
  password: "${k.pw()}",
  hostname: "localhost",
  database: "shop_dev",
  stacktrace: true,
  show_sensitive_data_on_connection_error: true,
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  check_origin: false,
  code_reloader: true,
  debug_errors: true,
  secret_key_base: "${k.tok(g.base64(64))}",
  watchers: [esbuild: {Esbuild, :install_and_run, [:default, ~w(--sourcemap=inline --watch)]}]

config :shop, Shop.Mailer,
  adapter: Swoosh.Adapters.Sendgrid,
  api_key: "${k.prov('sendgrid', 'SendGrid')}"

config :joken, default_signer: System.get_env("JOKEN_SIGNER")
config :phoenix, :plug_init_mode, :runtime
`;
  }),

  doc('erlang-sys-config', ['config-syntax', 'code'], 'config/sys.config', (k) => {
    const g = k.g;
    return `[
 {kernel, [{logger_level, info}]},
 {chat, [
   {db, [{host, "db1.chat.internal"},
         {port, 5432},
         {user, "chat"},
         {password, "${k.pw()}"},
         {database, "chat"}]},
   {push, [{apns_key_id, <<"${k.n(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}">>},
           {fcm_server_key, <<"${k.tok('AAAA' + g.base64url(7) + ':' + g.base64url(140))}">>}]},
   {cookie_secret, <<"${k.tok(g.hex(64))}">>}
 ]},
 {sasl, [{sasl_error_logger, false}]}
].
`;
  }),

  doc('clojure-db-spec', ['code'], 'src/ledger/db.clj', (k) => {
    return `(ns ledger.db
  (:require [next.jdbc :as jdbc]
            [environ.core :refer [env]]))

(def db-spec
  {:dbtype   "postgresql"
   :dbname   "ledger"
   :host     "ledger-db.internal"
   :user     "ledger"
   :password "${k.pw()}"})

(def reporting-spec
  {:dbtype "postgresql"
   :dbname "ledger"
   :user ${k.n('(env :reporting-user)')}
   :password (env :reporting-password "${k.pw()}")})

(def ds (jdbc/get-datasource db-spec))

(defn balance [account-id]
  (jdbc/execute-one! ds ["select sum(amount) from entries where account_id = ?" account-id]))
`;
  }),

  doc('haskell-connectinfo', ['code'], 'src/Db.hs', (k) => {
    return `{-# LANGUAGE OverloadedStrings #-}
module Db (connect, smtpSettings) where

import Database.PostgreSQL.Simple
import qualified Data.Text as T

connect :: IO Connection
connect = Database.PostgreSQL.Simple.connect defaultConnectInfo
  { connectHost = "db.internal"
  , connectUser = "blog"
  , connectPassword = "${k.pw()}"
  , connectDatabase = "blog"
  }

smtpSettings :: (T.Text, T.Text)
smtpSettings = ("blog@example.org", "${k.pw()}")

-- | Label shown on the login form.
passwordLabel :: T.Text
passwordLabel = "${k.n('Password')}"
`;
  }),

  doc('scala-play-application-conf', ['config-syntax'], 'conf/application.conf', (k) => {
    const g = k.g;
    return `# https://www.playframework.com/documentation/latest/Configuration
play.http.secret.key = "${k.tok(g.base64(48))}"
play.http.secret.key = ${k.n('${?APPLICATION_SECRET}')}

db.default.driver = org.postgresql.Driver
db.default.url = "jdbc:postgresql://localhost:5432/catalog"
db.default.username = catalog
db.default.password = "${k.pw()}"

slick.dbs.reports {
  profile = "slick.jdbc.MySQLProfile$"
  db.url = "jdbc:mysql://reports:3306/reports?user=reports&password=${k.cs()}"
}

akka.kafka.producer.kafka-clients {
  sasl.jaas.config = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"catalog\\" password=\\"${k.pw()}\\";"
  security.protocol = SASL_SSL
}

pac4j.password = ${k.n('${?PAC4J_PASSWORD}')}
`;
  }),

  doc('r-script-dbconnect', ['code'], 'analysis/01_pull_data.R', (k) => {
    return `library(DBI)
library(httr)

# Sys.setenv(GITHUB_PAT = "${k.prov('githubClassic', 'GitHub')}")

con <- dbConnect(
  RPostgres::Postgres(),
  dbname = "research",
  host = "pg.lab.example.edu",
  user = "rstudio",
  password = "${k.pw()}"
)

survey <- dbGetQuery(con, "SELECT * FROM survey_2024 WHERE wave = 3")

resp <- GET("https://api.qualtrics.com/API/v3/surveys",
            add_headers("X-API-TOKEN" = "${k.http(k.g.alnum(40))}"))

pw <- ${k.n('rstudioapi::askForPassword')}("${k.n('Database password')}")
`;
  }),

  doc('julia-libpq-env', ['code'], 'scripts/ingest.jl', (k) => {
    const g = k.g;
    return `using LibPQ, HTTP, JSON3

conn = LibPQ.Connection("host=timescale.internal port=5432 dbname=sensors user=ingest password=${k.cs()}")

${k.n('ENV["INFLUX_TOKEN"]')} = "${k.tok(g.base64url(86) + '==')}"

const SENSOR_SALT = "${k.n(g.hex(8))}"  # not secret, just avoids collisions

function push(rows)
    HTTP.post("https://influx.internal/api/v2/write?org=lab&bucket=raw",
              ["Authorization" => "Token " * ${k.n('ENV["INFLUX_TOKEN"]')}], join(rows, "\\n"))
end
`;
  }),

  doc('matlab-database-weboptions', ['code'], 'matlab/loadTelemetry.m', (k) => {
    return `function T = loadTelemetry(day)
%LOADTELEMETRY Read one day of telemetry from the plant historian.
%   T = loadTelemetry(datetime('yesterday'))

conn = database('PlantHistorian', ${k.n("'matlab_ro'")}, '${k.pw()}');
q = sprintf("SELECT * FROM telemetry WHERE ts >= '%s'", ${k.n("datestr(day, 'yyyy-mm-dd')")});
T = fetch(conn, q);
close(conn);

opts = weboptions('Username', 'grafana', 'Password', '${k.pw()}', 'Timeout', 30);
webwrite('https://grafana.plant.local/api/annotations', struct('text', 'telemetry loaded'), opts);

% password = '${k.n('***')}';  % set in startup.m instead
end
`;
  }),

  doc('lua-openresty-redis', ['code'], 'nginx/lua/ratelimit.lua', (k) => {
    const g = k.g;
    return `local redis = require "resty.redis"
local cjson = require "cjson.safe"

local _M = {}

local REDIS_HOST = "10.0.5.12"
local REDIS_PASSWORD = "${k.pw()}"
local HMAC_KEY = "${k.tok(g.alnum(32))}"

function _M.check(key)
    local red = redis:new()
    red:set_timeouts(100, 100, 100)
    local ok, err = red:connect(REDIS_HOST, 6379)
    if not ok then
        ngx.log(ngx.ERR, "redis connect failed: ", err)
        return true
    end
    local res, err = red:auth(REDIS_PASSWORD)
    local count = red:incr("rl:" .. key)
    red:set_keepalive(10000, 100)
    return count <= 100
end

return _M
`;
  }),

  doc('powershell-securestring', ['code', 'command-line'], 'scripts/Deploy-Reports.ps1', (k) => {
    return `param(
    [string]$Server = "rpt01.corp.acme.com",
    [string]$Environment = "staging"
)

$ErrorActionPreference = "Stop"

$user = "CORP\\svc_reports"
$secpass = ConvertTo-SecureString "${dpw(k)}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $secpass)

Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    Restart-Service -Name "ReportServer"
}

# read the deploy token from the vault instead of hard-coding it
$token = ${k.n('(Get-Secret -Name ReportsDeployToken -AsPlainText)')}

$headers = @{ Authorization = "Basic ${k.basic('deploy')}" }
Invoke-RestMethod -Uri "https://$Server/api/deploy" -Method Post -Headers $headers

& sqlcmd -S $Server -U sa -P '${k.pw()}' -Q "EXEC dbo.RefreshSnapshots"
`;
  }),
];
