// rw-dev5 command/code: source files in many languages handing credentials to clients, constructors, builders,
// headers, subprocesses and test fixtures; short names, maps of keys, byte arrays and base64-wrapped values.
import type { RealWorldDoc, RealWorldArea } from '../types';
import { doc, type Kit } from '../dev/kit';
import { b64, cc, litPw, token, type CC } from './cmdCodeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CC, k: Kit) => string) => doc(id, areas, path, (k) => fn(cc(k), k));
const bytes = (s: string, fmt: (b: number) => string = (b) => `0x${b.toString(16).padStart(2, '0')}`) => Array.from(Buffer.from(s, 'utf8')).map(fmt).join(', ');

export const SOURCE_DOCS: RealWorldDoc[] = [
  d(
    'python-subprocess',
    ['code', 'command-line'],
    'tools/restore.py',
    (c) => `import subprocess
import os

def restore(dump: str) -> None:
    subprocess.run(["mysql", "-h", "db-restore", "-uroot", "-p${c.lpw()}", "shop"], stdin=open(dump), check=True)
    subprocess.check_call(["pg_restore", "-h", "pg01", "-U", "postgres", "-d", "app", dump],
                          env={**os.environ, "PGPASSWORD": "${c.lpw()}"})
    os.system("redis-cli -a ${c.spw()} FLUSHDB")
    subprocess.run(f"sshpass -p '${c.lpw()}' scp {dump} backup@nas01:/dumps/", shell=True)
    subprocess.run(["psql", "-c", "select 1"], env={"PGPASSWORD": ${c.n('os.environ["PGPASSWORD"]')}})
    print("restored ${c.n('ok')}", "${c.sha()}")
`,
  ),

  d(
    'python-clients-short-names',
    ['code'],
    'etl/clients.py',
    (c) => `from elasticsearch import Elasticsearch
import psycopg2
import requests

tok = "${c.tok()}"
pw = "${c.lpw()}"
sk = "${c.prov('stripe')}"

es = Elasticsearch("https://es.acme.internal:9200", basic_auth=("elastic", "${c.lpw()}"))
conn = psycopg2.connect(host="pg01", dbname="etl", user="etl", password=pw)
s = requests.Session()
s.headers.update({"Authorization": f"Bearer {tok}", "X-Trace": "${c.trace()}"})
s.auth = ("api", "${c.lpw()}")
resp = requests.get("https://api.acme.io/v1/items", headers={"X-API-KEY": "${c.tok()}"})
cache_key = "${c.n('items:v2:page')}"
`,
  ),

  d(
    'python-test-fixtures',
    ['code', 'defaults-in-code'],
    'tests/conftest.py',
    (c) => `import pytest

@pytest.fixture
def admin_user(db):
    return User.objects.create_superuser("admin", "admin@example.com", "${c.lpw()}")

@pytest.fixture
def api_client(settings):
    settings.PAYMENT_API_KEY = "${c.tok()}"
    settings.WEBHOOK_SECRET = "${c.prov('stripe').replace('sk_live_', 'whsec_')}"
    return Client(HTTP_AUTHORIZATION="Token ${c.hex(40)}")

@pytest.fixture
def hashed():
    return "${c.bcrypt()}"

@pytest.fixture
def dummy_key():
    return "${c.n('test-api-key')}"
`,
  ),

  d(
    'node-child-process',
    ['code', 'command-line'],
    'scripts/seed.js',
    (c) => `const { execSync, spawn } = require('child_process');

execSync(\`mysql -uroot -p${c.lpw()} app < db/seed.sql\`, { stdio: 'inherit' });
spawn('psql', ['-h', 'localhost', '-U', 'app', '-c', 'TRUNCATE jobs'], { env: { ...process.env, PGPASSWORD: '${c.lpw()}' } });
execSync('docker login -u ci -p ${c.spw()} registry.acme.io');
spawn('mongosh', ['mongodb://admin:${c.cs()}@localhost:27017/admin', '--eval', 'db.dropDatabase()']);
execSync(\`git push https://${c.n('${process.env.GH_TOKEN}')}@github.com/acme/site.git\`);
console.log('seeded', '${c.git()}');
`,
  ),

  d(
    'node-sdk-clients',
    ['code'],
    'src/services/index.ts',
    (c) => `import Stripe from 'stripe';
import { WebClient } from '@slack/web-api';
import { Octokit } from '@octokit/rest';
import OpenAI from 'openai';
import axios from 'axios';

export const stripe = new Stripe('${c.prov('stripe')}', { apiVersion: '2024-06-20' });
export const slack = new WebClient('${c.prov('slack')}');
export const octokit = new Octokit({ auth: '${c.prov('github')}' });
export const openai = new OpenAI({ apiKey: ${c.n('process.env.OPENAI_API_KEY')} });
export const crm = axios.create({
  baseURL: 'https://crm.acme.io/api',
  headers: { 'X-Auth-Token': '${c.tok()}', 'X-Client-Version': '${c.n('4.2.1')}' },
  auth: { username: 'sync', password: '${c.lpw()}' },
});
export const buildHash = '${c.git()}';
`,
  ),

  d(
    'typescript-config-builder',
    ['code'],
    'src/config/db.ts',
    (c) => `import { DataSource } from 'typeorm';
import { createClient } from 'redis';

export const ds = new DataSource({
  type: 'postgres',
  host: 'pg01',
  username: 'orders',
  password: '${c.lpw()}',
  database: 'orders',
});

const redis = createClient({ url: 'redis://default:${c.cs()}@cache01:6379' });
const mq = { user: 'orders', pass: '${c.lpw()}', vhost: '/' };
const keys = {
  maps: '${c.n('AIza' + 'SyPublicBrowserKeyIsRestrictedToReferrers')}',
  internal: '${c.tok()}',
  pusherSecret: '${c.hex(20)}',
};
const label = ${c.n("'Password'")};
export { redis, mq, keys, label };
`,
  ),

  d(
    'go-clients',
    ['code'],
    'internal/store/store.go',
    (c) => `package store

import (
\t"database/sql"
\t"fmt"
\t"net/http"

\t"github.com/go-redis/redis/v9"
\t_ "github.com/go-sql-driver/mysql"
)

const apiTok = "${c.tok()}"

func Open() (*sql.DB, *redis.Client) {
\tdb, _ := sql.Open("mysql", "ledger:${c.cs()}@tcp(mysql01:3306)/ledger?parseTime=true")
\trdb := redis.NewClient(&redis.Options{Addr: "redis01:6379", Password: "${c.lpw()}", DB: 0})
\treturn db, rdb
}

func call() {
\treq, _ := http.NewRequest("GET", "https://api.acme.io/v1/ledger", nil)
\treq.Header.Set("Authorization", "Bearer "+apiTok)
\treq.SetBasicAuth("ledger", "${c.lpw()}")
\treq.Header.Set("X-Request-ID", "${c.uuid()}")
\tfmt.Println(req.URL)
}
`,
  ),

  d(
    'go-exec-command',
    ['code', 'command-line'],
    'cmd/backup/main.go',
    (c) => `package main

import (
\t"os"
\t"os/exec"
)

func main() {
\tcmd := exec.Command("pg_dump", "-h", "pg01", "-U", "backup", "app")
\tcmd.Env = append(os.Environ(), "PGPASSWORD=${c.spw()}")
\t_ = cmd.Run()
\t_ = exec.Command("mysqldump", "-u", "backup", "--password=${c.spw()}", "shop").Run()
\t_ = exec.Command("sh", "-c", "sshpass -p ${c.spw()} rsync -a /dumps nas:/dumps").Run()
\t_ = exec.Command("aws", "s3", "cp", "/dumps", "s3://acme-dumps/", "--recursive").Run()
}
`,
  ),

  d(
    'java-jdbc-and-headers',
    ['code'],
    'src/main/java/com/acme/report/ReportJob.java',
    (c) => `package com.acme.report;

import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.util.Map;

public class ReportJob {
    private static final String PW = "${c.lpw()}";
    private static final String API_TOKEN = "${c.tok()}";
    private static final String HEADER_NAME = ${c.n('"X-Api-Token"')};

    public void run() throws Exception {
        var conn = DriverManager.getConnection("jdbc:postgresql://pg01:5432/reports", "reports", PW);
        var conn2 = DriverManager.getConnection("jdbc:sqlserver://mssql01;databaseName=Fin;user=fin;password=${c.cs()}");
        var req = HttpRequest.newBuilder()
            .header("Authorization", "Basic ${c.basic('reports')}")
            .header(HEADER_NAME, API_TOKEN)
            .build();
        Map<String, String> cfg = Map.of("smtp.user", "reports", "smtp.password", "${c.lpw()}");
        new ProcessBuilder("mysql", "-uadmin", "-p${c.spw()}", "-e", "CALL refresh()").start();
    }
}
`,
  ),

  d(
    'kotlin-builders',
    ['code'],
    'app/src/main/kotlin/com/acme/api/Clients.kt',
    (c) => `package com.acme.api

import okhttp3.Credentials
import okhttp3.Request

object Clients {
    private const val sk = "${c.prov('stripe')}"
    val basic = Credentials.basic("mobile", "${c.lpw()}")
    val request = Request.Builder()
        .url("https://api.acme.io/v2/me")
        .addHeader("Authorization", "Bearer ${c.bearer()}")
        .build()
    val ds = HikariConfig().apply {
        jdbcUrl = "jdbc:mysql://mysql01/app"
        username = "app"
        password = "${c.lpw()}"
    }
    const val PREF_KEY_TOKEN = ${c.n('"auth_token"')}
    val versionHash = "${c.git()}"
}
`,
  ),

  d(
    'csharp-connection',
    ['code'],
    'src/Acme.Billing/Startup.cs',
    (c) => `using System.Net.Http.Headers;
using Microsoft.Data.SqlClient;

namespace Acme.Billing;

public class Startup
{
    private const string ConnStr = "Server=sql01;Database=Billing;User Id=billing;Password=${c.cs()};TrustServerCertificate=True";
    private static readonly string ApiKey = "${c.tok()}";

    public void Configure(HttpClient http)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${c.bearer()}");
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "${c.hex(32)}");
        var cred = new NetworkCredential("svc-billing", "${c.lpw()}", "ACME");
        var sb = new SqlConnectionStringBuilder { DataSource = "sql02", UserID = "sa", Password = "${c.lpw()}" };
        var corr = Guid.Parse("${c.uuid()}");
    }
}
`,
  ),

  d(
    'ruby-clients',
    ['code'],
    'lib/acme/clients.rb',
    (c) => `require 'net/http'
require 'redis'
require 'aws-sdk-s3'

module Acme
  REDIS = Redis.new(host: 'cache01', password: '${c.lpw()}')
  S3 = Aws::S3::Client.new(
    access_key_id: '${c.u('AKIA' + 'M5RZT2QWX7LKP3NB')}',
    secret_access_key: '${c.prov('awsSecret')}',
    region: 'eu-west-1'
  )

  def self.fetch(path)
    uri = URI("https://api.acme.io#{path}")
    req = Net::HTTP::Get.new(uri)
    req.basic_auth 'sync', '${c.lpw()}'
    req['X-Api-Key'] = '${c.tok()}'
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
  end

  system("mysql -uroot -p${c.spw()} -e 'select 1'")
  ETAG = '${c.n('W/"5e1f-1a2b3c4d"')}'
end
`,
  ),

  d(
    'php-pdo-curl',
    ['code'],
    'src/Legacy/Gateway.php',
    (c) => `<?php
namespace Legacy;

class Gateway
{
    private $pdo;
    const API_KEY = '${c.tok()}';

    public function __construct()
    {
        $this->pdo = new \\PDO('mysql:host=db01;dbname=legacy', 'legacy', '${c.lpw()}');
        $mysqli = new \\mysqli('db02', 'report', '${c.lpw()}', 'reports');
    }

    public function post(array $body)
    {
        $ch = curl_init('https://partner.example.net/api/orders');
        curl_setopt($ch, CURLOPT_USERPWD, 'acme:${c.lpw()}');
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ${c.bearer()}', 'Content-Type: application/json']);
        exec("mysqldump -u legacy -p${c.spw()} legacy > /tmp/legacy.sql");
        $hash = '${c.bcrypt()}';
        return curl_exec($ch);
    }
}
`,
  ),

  d(
    'rust-clients',
    ['code'],
    'src/clients.rs',
    (c) => `use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use std::process::Command;

const TOKEN: &str = "${c.tok()}";

pub fn client() -> reqwest::Client {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer ${c.bearer()}"));
    h.insert("x-api-key", HeaderValue::from_str(TOKEN).unwrap());
    reqwest::Client::builder().default_headers(h).build().unwrap()
}

pub fn pool() -> sqlx::PgPool {
    let url = "postgres://svc:${c.cs()}@pg01/app";
    sqlx::PgPool::connect_lazy(url).unwrap()
}

pub fn dump() {
    Command::new("mysqldump").args(["-uroot", "-p${c.spw()}", "app"]).status().unwrap();
    let _sum = "${c.sha()}";
}
`,
  ),

  d(
    'swift-ios-keys',
    ['code'],
    'App/Sources/Config/Keys.swift',
    (c) => `import Foundation

enum Keys {
    static let segmentWriteKey = "${c.tok()}"
    static let backendSecret = "${c.tok()}"
    static let mapsKey = "${c.n('$(MAPS_KEY)')}"
    static let buildNumber = "${c.n('20261202.1')}"
}

func authorize(_ req: inout URLRequest) {
    let creds = "ios:${c.lpw()}".data(using: .utf8)!.base64EncodedString()
    req.setValue("Basic \\(creds)", forHTTPHeaderField: "Authorization")
    req.setValue("${c.tok()}", forHTTPHeaderField: "X-App-Secret")
}
`,
  ),

  d(
    'scala-config',
    ['code'],
    'src/main/scala/acme/Db.scala',
    (c) => `package acme

import slick.jdbc.PostgresProfile.api._

object Db {
  val db = Database.forURL("jdbc:postgresql://pg01/events", user = "events", password = "${c.lpw()}", driver = "org.postgresql.Driver")
  val kafkaProps = Map(
    "sasl.jaas.config" -> "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"events\\" password=\\"${c.lpw()}\\";",
    "bootstrap.servers" -> "kafka01:9093"
  )
  val apiKey: String = sys.env.getOrElse("API_KEY", "${c.n('dev-key')}")
  val signingKey = "${c.tok()}"
}
`,
  ),

  d(
    'perl-dbi',
    ['code'],
    'bin/nightly.pl',
    (c) => `#!/usr/bin/perl
use strict;
use DBI;
use LWP::UserAgent;

my $dbh = DBI->connect("DBI:mysql:database=stock;host=db01", "stock", "${c.lpw()}", { RaiseError => 1 });
my $ua = LWP::UserAgent->new;
$ua->credentials("intranet.acme.local:443", "Intranet", "nightly", "${c.lpw()}");
$ua->default_header('X-Auth-Token' => '${c.tok()}');
system("sshpass", "-p", "${c.lpw()}", "scp", "/tmp/stock.csv", "ftp\\@partner:/in/");
my $run_id = '${c.uuid()}';
`,
  ),

  d(
    'lua-nginx-redis',
    ['code'],
    'nginx/lua/auth.lua',
    (c) => `local redis = require "resty.redis"
local red = redis:new()
red:connect("127.0.0.1", 6379)
local ok, err = red:auth("${c.lpw()}")

local shared_secret = "${c.tok()}"
local http = require "resty.http"
local httpc = http.new()
local res = httpc:request_uri("https://auth.acme.io/introspect", {
  method = "POST",
  headers = { ["Authorization"] = "Basic ${c.basic('gateway')}" },
})
local cache_prefix = "${c.n('auth:v1:')}"
`,
  ),

  d(
    'elixir-config',
    ['code', 'config-syntax'],
    'config/prod.exs',
    (c) => `import Config

config :shop, Shop.Repo,
  username: "shop",
  password: "${c.lpw()}",
  hostname: "pg01",
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  secret_key_base: "${c.tok()}"

config :stripity_stripe, api_key: "${c.prov('stripe')}"
config :shop, :mailer, api_key: ${c.n('System.get_env("MAILER_KEY")')}
config :shop, :build, sha: "${c.git()}"
`,
  ),

  d(
    'dart-flutter-client',
    ['code'],
    'lib/api/client.dart',
    (c) => `import 'package:dio/dio.dart';

const _apiKey = '${c.tok()}';
const _pw = '${c.lpw()}';

final dio = Dio(BaseOptions(
  baseUrl: 'https://api.acme.io',
  headers: {'x-api-key': _apiKey, 'Accept': 'application/json'},
));

Future<void> login() async {
  await dio.post('/login', data: {'username': 'kiosk', 'password': _pw});
  dio.options.headers['Authorization'] = 'Bearer ${c.jwt()}';
}

const fieldPassword = ${c.n("'password'")};
`,
  ),

  d('c-embedded-bytes', ['code'], 'firmware/src/cloud.c', (c) => {
    const k = c.raw.litPw();
    return `#include <stdint.h>
#include "mqtt.h"

/* Provisioning credentials of the demo fleet; rotate before shipping. */
static const char *MQTT_USER = "fleet-demo";
static const char *MQTT_PASS = "${c.lpw()}";
static const char WIFI_PSK[] = "${c.lpw()}";
static const uint8_t DEVICE_KEY[] = { ${c.mark('password', bytes(k))} };
static const uint8_t CA_FINGERPRINT[] = { ${c.n(bytes('0123456789abcdef0123'))} };

int cloud_connect(void) {
    return mqtt_connect("broker.acme.io", 8883, MQTT_USER, MQTT_PASS);
}
`;
  }),

  d(
    'cpp-curl',
    ['code'],
    'src/uploader.cpp',
    (c) => `#include <curl/curl.h>
#include <string>

namespace {
const std::string kApiToken = "${c.tok()}";
constexpr auto kUser = "uploader";
constexpr auto kPass = "${c.lpw()}";
}

void upload(const std::string& file) {
    CURL* h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_USERNAME, kUser);
    curl_easy_setopt(h, CURLOPT_PASSWORD, kPass);
    struct curl_slist* hdrs = curl_slist_append(nullptr, ("Authorization: Bearer " + kApiToken).c_str());
    hdrs = curl_slist_append(hdrs, "X-Upload-Key: ${c.hex(32)}");
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
    std::system("sshpass -p '${c.lpw()}' scp out.bin fw@10.1.1.2:/fw/");
}
`,
  ),

  d(
    'r-script',
    ['code'],
    'analysis/pull.R',
    (c) => `library(DBI)
library(httr)

con <- dbConnect(RPostgres::Postgres(), host = "pg-analytics", dbname = "dw", user = "analyst", password = "${c.lpw()}")
Sys.setenv(GITHUB_PAT = "${c.prov('github')}")
res <- GET("https://api.acme.io/v1/metrics", add_headers(Authorization = paste("Bearer", "${c.bearer()}")))
key <- "${c.tok()}"
pw <- ${c.n('rstudioapi::askForPassword("Database password")')}
`,
  ),

  d(
    'julia-and-haskell',
    ['code'],
    'notebooks/loader.jl',
    (c) => `using LibPQ, HTTP

conn = LibPQ.Connection("host=pg01 dbname=ml user=ml password=${c.spw()}")
const HF = "${c.prov('huggingface')}"
resp = HTTP.get("https://huggingface.co/api/whoami-v2"; headers = ["Authorization" => "Bearer $HF"])
secret = "${c.tok()}"
checksum = "${c.sha()}"
`,
  ),

  d(
    'haskell-client',
    ['code'],
    'src/Client.hs',
    (c) => `{-# LANGUAGE OverloadedStrings #-}
module Client where

import Network.HTTP.Simple
import Database.PostgreSQL.Simple

apiToken :: ByteString
apiToken = "${c.tok()}"

connInfo :: ConnectInfo
connInfo = defaultConnectInfo { connectHost = "pg01", connectUser = "hs", connectPassword = "${c.lpw()}", connectDatabase = "app" }

request :: Request
request = setRequestHeader "Authorization" ["Bearer " <> apiToken] "https://api.acme.io/v1/status"
`,
  ),

  d(
    'clojure-groovy',
    ['code'],
    'src/acme/db.clj',
    (c) => `(ns acme.db
  (:require [next.jdbc :as jdbc]
            [clj-http.client :as http]))

(def db {:dbtype "postgresql" :dbname "shop" :host "pg01" :user "shop" :password "${c.lpw()}"})
(def api-key "${c.tok()}")
(defn fetch [] (http/get "https://api.acme.io/v1/orders" {:basic-auth ["shop" "${c.lpw()}"] :headers {"X-Trace" "${c.trace()}"}}))
(def password-field ${c.n(':password')})
`,
  ),

  d(
    'groovy-gradle',
    ['code', 'config-syntax'],
    'build.gradle',
    (c) => `plugins { id 'maven-publish' }

publishing {
  repositories {
    maven {
      url 'https://nexus.acme.internal/repository/releases/'
      credentials {
        username 'deployer'
        password '${c.lpw()}'
      }
    }
    maven {
      url 'https://maven.pkg.github.com/acme/lib'
      credentials { username = 'acme-ci'; password = '${c.prov('github')}' }
    }
  }
}
sonarqube { properties { property 'sonar.login', '${c.hex(40)}' } }
def sig = ${c.n("project.findProperty('signing.password')")} ?: ''
`,
  ),

  d(
    'fsharp-vb',
    ['code'],
    'src/Import.fs',
    (c) => `module Import

open System.Data.SqlClient
open System.Net.Http

let connStr = "Data Source=sql01;Initial Catalog=Import;User ID=import;Password=${c.cs()}"
let token = "${c.tok()}"
let client = new HttpClient()
client.DefaultRequestHeaders.Add("Authorization", "Bearer " + token)
let cred = System.Net.NetworkCredential("import", "${c.lpw()}")
let runId = "${c.uuid()}"
`,
  ),

  d(
    'objc-vbnet',
    ['code'],
    'Legacy/APIClient.m',
    (c) => `#import "APIClient.h"

static NSString * const kClientSecret = @"${c.tok()}";
static NSString * const kDBPassword = @"${c.lpw()}";
static NSString * const kHeaderName = @${c.n('"X-Client-Secret"')};

@implementation APIClient
- (void)configure:(NSMutableURLRequest *)req {
    [req setValue:kClientSecret forHTTPHeaderField:kHeaderName];
    [req setValue:@"Bearer ${c.bearer()}" forHTTPHeaderField:@"Authorization"];
}
@end
`,
  ),

  d(
    'erlang-nim-zig',
    ['code'],
    'src/relay.erl',
    (c) => `-module(relay).
-export([start/0]).

start() ->
    {ok, C} = epgsql:connect("pg01", "relay", "${c.lpw()}", #{database => "relay"}),
    Headers = [{"authorization", "Bearer ${c.bearer()}"}, {"x-node", "${c.n('relay@node1')}"}],
    ApiKey = <<"${c.tok()}">>,
    {C, Headers, ApiKey}.
`,
  ),

  d('base64-wrapped-values', ['code'], 'src/bootstrap/secrets.js', (c, k) => {
    const pw = litPw(k.g);
    const tk = token(k.g);
    return `// Values are base64'd so they don't show up in grep (they still are the secrets).
const DB_PASSWORD = Buffer.from('${k.s('password', b64(pw))}', 'base64').toString();
const API_TOKEN = atob('${k.s('token', b64(tk))}');
const headers = { Authorization: 'Basic ${c.basic('svc')}' };
const logo = 'data:image/png;base64,${c.n('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')}';
const encoded = ${c.n("Buffer.from('hello world').toString('base64')")};
module.exports = { DB_PASSWORD, API_TOKEN, headers, logo, encoded };
`;
  }),

  d(
    'python-maps-of-keys',
    ['code'],
    'settings/keys.py',
    (c, k) => `PROVIDERS = {
    "mailgun": {"domain": "mg.acme.io", "key": "${c.hex(32)}"},
    "twilio": {"sid": "${c.n('AC' + k.g.hex(32))}", "token": "${c.hex(32)}"},
    "openai": {"key": "${c.prov('openai')}"},
    "linear": {"key": "${c.prov('linear')}"},
    "internal": {"key": "${c.tok()}", "header": ${c.n('"X-Internal-Key"')}},
}
CREDENTIALS = [
    ("ftp", "partner", "${c.lpw()}"),
    ("smtp", "alerts@acme.io", "${c.lpw()}"),
]
PASSWORD_FIELDS = (${c.n('"password"')}, ${c.n('"passwd"')}, ${c.n('"pwd"')})
`,
  ),

  d(
    'java-test-fixture',
    ['code', 'defaults-in-code'],
    'src/test/java/com/acme/auth/LoginIT.java',
    (c) => `package com.acme.auth;

class LoginIT {
    private static final String USER = "qa-admin";
    private static final String PASS = "${c.lpw()}";
    private static final String TOTP_SEED = "${c.tok()}";
    private static final String WRONG = "${c.n('wrong-password')}";

    @Test
    void logsIn() {
        given().auth().preemptive().basic(USER, PASS).when().get("/api/me").then().statusCode(200);
        given().header("X-Api-Key", "${c.tok()}").get("/api/health");
        given().auth().oauth2("${c.jwt()}").get("/api/orders");
    }
}
`,
  ),

  d(
    'go-test-table',
    ['code', 'defaults-in-code'],
    'internal/auth/auth_test.go',
    (c) => `package auth

import "testing"

func TestVerify(t *testing.T) {
\tcases := []struct {
\t\tname, user, pw string
\t\tok bool
\t}{
\t\t{"valid", "svc", "${c.lpw()}", true},
\t\t{"empty", "svc", ${c.n('""')}, false},
\t\t{"placeholder", "svc", "${c.n('<password>')}", false},
\t}
\tsk := "${c.tok()}"
\tfor _, tc := range cases {
\t\tif Verify(tc.user, tc.pw, sk) != tc.ok {
\t\t\tt.Fatal(tc.name)
\t\t}
\t}
}
`,
  ),
];
