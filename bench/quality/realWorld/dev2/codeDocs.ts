// rw-dev2 code: credentials in source files of many languages: assignments, records, struct literals, constructor
// and named arguments, maps, builder calls, annotations, test setups, multi-line and raw strings, heredocs, SQL in
// code, under names that only abbreviate the idea (pwd, pw, passwd, creds, auth, key, secret, tok), beside the
// look-alikes real code holds (field names, messages, env reads, hashes, cache keys, header names).
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';

export const CODE_DOCS2: RealWorldDoc[] = [
  doc(
    'python-dataclass-defaults',
    ['code', 'defaults-in-code'],
    'reporting/config.py',
    (k) => `from dataclasses import dataclass, field
import os


@dataclass
class DbSettings:
    host: str = "reports-db.internal"
    port: int = 5432
    user: str = "reporter"
    password: str = "${k.hpw()}"
    sslmode: str = "prefer"


@dataclass
class ApiSettings:
    base_url: str = "https://api.partner.example/v2"
    api_key: str = field(default="${k.tok(k.g.hex(32))}")
    timeout: float = 10.0
    password_field: str = "${k.n('password')}"


PROD_DB = DbSettings(host="reports-db.prod.internal", password=os.environ.get("${k.n('REPORTS_DB_PASSWORD')}", ""))
`,
  ),

  doc(
    'python-kwargs-connect',
    ['code'],
    'scripts/sync_inventory.py',
    (k) => `import pymysql
import psycopg2
import redis
import paramiko

src = pymysql.connect(host="10.2.0.15", user="inv_reader", passwd="${k.hpw()}", db="inventory")
dst = psycopg2.connect(dbname="warehouse", user="loader", password='${k.gpw()}', host="wh.internal")
cache = redis.Redis(host="cache.internal", port=6379, password="${k.pw()}", db=3)

ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
ssh.connect("files.internal", username="sync", password="${k.hpw()}")

pwd = os.getcwd()  # ${k.n('pwd')} here is the working directory, not a password
`,
  ),

  doc(
    'python-dict-and-triple-quoted',
    ['code'],
    'etl/jobs/nightly.py',
    (k) => `CREDS = {
    "sftp": {"user": "etl", "pwd": "${k.hpw()}"},
    "warehouse": {"user": "etl_loader", "pw": "${k.gpw()}"},
    "api": {"auth": "${k.tok(k.g.alnum(40))}"},
}

CONFIG_TEMPLATE = """
[source]
host = crm.internal
username = crm_export
password = ${k.hpw()}

[target]
password = {target_password}
"""

ERRORS = {
    "auth": "${k.n('Authentication failed: check username and password')}",
    "pwd": "${k.n('Password must be at least 12 characters')}",
}
`,
  ),

  doc(
    'python-fstring-and-getenv-default',
    ['code', 'defaults-in-code'],
    'app/settings/base.py',
    (k) => `import os

DB_USER = os.getenv("DB_USER", "app")
DB_PASS = os.getenv("DB_PASS", "${k.hpw()}")
SECRET_KEY = os.environ.get("SECRET_KEY", "${k.tok(k.raw.djangoKey(k.g))}")
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
REDIS_URL = f"redis://:{os.getenv('REDIS_PASSWORD', '${k.cs()}')}@redis:6379/0"

DATABASE_URL = f"postgresql://{DB_USER}:{DB_PASS}@db:5432/app"

PASSWORD_HASHERS = ["${k.n('django.contrib.auth.hashers.Argon2PasswordHasher')}"]
AUTH_PASSWORD_VALIDATORS = [{"NAME": "${k.n('django.contrib.auth.password_validation.MinimumLengthValidator')}"}]
`,
  ),

  doc(
    'js-object-literals',
    ['code'],
    'src/services/mailer.js',
    (k) => `const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.mailhost.example',
  port: 587,
  auth: {
    user: 'notifications@acme.test',
    pass: '${k.hpw()}',
  },
});

const imap = new Imap({ user: 'inbox@acme.test', password: "${k.gpw()}", host: 'imap.mailhost.example', tls: true });

const labels = { password: '${k.n('Password')}', passwordConfirm: '${k.n('Confirm password')}' };

module.exports = { transport, imap, labels };
`,
  ),

  doc(
    'ts-client-constructors',
    ['code'],
    'src/infra/clients.ts',
    (k) => `import { Client } from 'pg';
import { createClient } from 'redis';
import { MongoClient } from 'mongodb';
import Keycloak from 'keycloak-admin';

export const pg = new Client({ host: 'pg.internal', user: 'svc_api', password: '${k.hpw()}', database: 'api' });

export const redis = createClient({ url: \`redis://default:${k.cs()}@redis.internal:6379\` });

export const mongo = new MongoClient('mongodb://reporting:${k.cs()}@mongo-1.internal:27017/?authSource=admin');

export const kc = new Keycloak({ baseUrl: 'https://sso.internal', realmName: 'master' });
await kc.auth({ username: 'kc-automation', password: '${k.gpw()}', grantType: 'password', clientId: '${k.n('admin-cli')}' });

const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_REGEX = ${k.n('/^(?=.*[A-Z])(?=.*\\d).{12,}$/')};
`,
  ),

  doc(
    'ts-builder-and-setters',
    ['code'],
    'src/integrations/sftpUpload.ts',
    (k) => `const client = new SftpClientBuilder()
  .host('sftp.partner.example')
  .port(22)
  .username('acme_upload')
  .password('${k.hpw()}')
  .build();

const api = PartnerApi.configure()
  .withApiKey('${k.tok(k.g.hex(40))}')
  .withTimeout(30_000);

const ldap = new LdapClient();
ldap.setBindDn('cn=reader,ou=svc,dc=acme,dc=test');
ldap.setPassword('${k.gpw()}');

form.setPasswordLabel('${k.n('Password')}');
form.setPassword(${k.n('input.value')});
`,
  ),

  doc(
    'ts-test-setup',
    ['code', 'precision'],
    'test/e2e/checkout.spec.ts',
    (k) => `import { test, expect } from '@playwright/test';

// Staging test account shared by the QA team
const STAGING_USER = { email: 'qa-checkout@acme.test', password: '${k.hpw()}' };

const fakeUser = { username: 'alice', password: '${k.n('test-password')}' };
const invalid = { username: 'bob', password: '${k.n('wrong')}' };

test.beforeEach(async ({ page }) => {
  await page.goto('https://staging.shop.acme.test/login');
  await page.fill('#email', STAGING_USER.email);
  await page.fill('#password', STAGING_USER.password);
  await page.click('text=${k.n('Sign in')}');
});

test('rejects a wrong password', async ({ page }) => {
  await page.fill('#password', invalid.password);
  await expect(page.locator('.error')).toHaveText('${k.n('Invalid email or password')}');
});
`,
  ),

  doc(
    'java-datasource-setters',
    ['code'],
    'src/main/java/com/acme/billing/DataSourceConfig.java',
    (k) => `package com.acme.billing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

@Configuration
public class DataSourceConfig {

    private static final String PWD = "${k.hpw()}";
    private static final String PASSWORD_PROPERTY = "${k.n('spring.datasource.password')}";

    @Bean
    public DataSource billingDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://billing-db:5432/billing");
        cfg.setUsername("billing_app");
        cfg.setPassword(PWD);
        return new HikariDataSource(cfg);
    }

    @Bean
    public DataSource archiveDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:mysql://archive-db:3306/archive");
        cfg.setUsername("archive_ro");
        cfg.setPassword("${k.gpw()}");
        return new HikariDataSource(cfg);
    }
}
`,
  ),

  doc(
    'java-value-annotations',
    ['code', 'defaults-in-code'],
    'src/main/java/com/acme/auth/JwtProperties.java',
    (k) => `package com.acme.auth;

@Component
public class JwtProperties {

    @Value("\${jwt.secret:${k.tok(k.g.base64(44))}}")
    private String secret;

    @Value("\${jwt.issuer:acme-auth}")
    private String issuer;

    @Value("\${ldap.manager.password:${k.hpw()}}")
    private String ldapPassword;

    @Value("\${smtp.password}")
    private String ${k.n('smtpPassword')};

    public static final String TOKEN_PREFIX = "${k.n('Bearer ')}";
    public static final String HEADER = "${k.n('Authorization')}";
}
`,
  ),

  doc(
    'java-builders-and-auth',
    ['code'],
    'src/main/java/com/acme/integration/Clients.java',
    (k) => `package com.acme.integration;

public final class Clients {

    static RestClient partner() {
        return RestClient.builder()
            .baseUrl("https://api.partner.example")
            .defaultHeaders(h -> h.setBasicAuth("acme", "${k.hpw()}"))
            .build();
    }

    static ElasticsearchClient search() {
        CredentialsProvider creds = new BasicCredentialsProvider();
        creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("elastic", "${k.gpw()}"));
        return build(creds);
    }

    static Session mail() {
        return Session.getInstance(props, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("alerts@acme.test", "${k.hpw()}".toCharArray());
            }
        });
    }

    static Connection legacy() throws SQLException {
        return DriverManager.getConnection("jdbc:oracle:thin:@ora01:1521/LEGACY", "LEGACY_APP", "${k.gpw()}");
    }

    static AmazonS3 s3() {
        return AmazonS3ClientBuilder.standard()
            .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("${k.u(k.raw.p.awsId(k.g))}", "${k.prov('awsSecret', 'AWS')}")))
            .build();
    }
}
`,
  ),

  doc(
    'kotlin-data-class-and-map',
    ['code'],
    'app/src/main/kotlin/com/acme/sync/SyncConfig.kt',
    (k) => `package com.acme.sync

data class FtpConfig(
    val host: String = "ftp.partner.example",
    val user: String = "acme",
    val pwd: String = "${k.hpw()}",
)

object Secrets {
    const val API_KEY = "${k.tok(k.g.alnum(32))}"
    val headers = mapOf("X-Api-Key" to "${k.tok(k.g.hex(32))}", "Accept" to "application/json")
    val dbCreds = mapOf("user" to "sync", "password" to "${k.gpw()}")
}

val client = OkHttpClient.Builder()
    .authenticator { _, response ->
        response.request.newBuilder().header("Authorization", Credentials.basic("sync-bot", "${k.hpw()}")).build()
    }
    .build()

val passwordHint = "${k.n('Use at least 12 characters')}"
`,
  ),

  doc(
    'scala-case-class',
    ['code'],
    'src/main/scala/com/acme/ingest/Settings.scala',
    (k) => `package com.acme.ingest

final case class KafkaAuth(username: String, password: String)
final case class DbConf(url: String, user: String, pass: String)

object Settings {
  val kafka = KafkaAuth("ingest", "${k.hpw()}")
  val db = DbConf(url = "jdbc:postgresql://db:5432/ingest", user = "ingest", pass = "${k.gpw()}")
  val apiToken: String = "${k.tok(k.g.hex(40))}"
  val saslJaas = s"""org.apache.kafka.common.security.plain.PlainLoginModule required username="ingest" password="${k.hpw()}";"""
  val tokenHeader = "${k.n('X-Ingest-Token')}"
}
`,
  ),

  doc(
    'go-struct-literals',
    ['code'],
    'internal/store/store.go',
    (k) => `package store

import (
	"github.com/go-redis/redis/v9"
	"github.com/go-sql-driver/mysql"
)

var redisOpts = &redis.Options{
	Addr:     "redis.internal:6379",
	Password: "${k.hpw()}",
	DB:       0,
}

func mysqlConfig() *mysql.Config {
	return &mysql.Config{
		User:   "orders",
		Passwd: "${k.gpw()}",
		Net:    "tcp",
		Addr:   "mysql.internal:3306",
		DBName: "orders",
	}
}

const apiKey = "${k.tok(k.g.alnum(32))}"

var headers = map[string]string{
	"X-Auth-Token": "${k.tok(k.g.hex(40))}",
	"User-Agent":   "store/1.4",
}

const passwordField = "${k.n('password')}"
var ErrBadPassword = errors.New("${k.n('invalid password')}")
`,
  ),

  doc(
    'go-raw-strings-and-args',
    ['code'],
    'cmd/seed/main.go',
    (k) => `package main

const seedConfig = \`
admin_user: seed-admin
admin_password: ${k.hpw()}
\`

func main() {
	db, err := sql.Open("postgres", "host=db user=seed password=${k.cs()} dbname=app sslmode=disable")
	if err != nil {
		log.Fatal(err)
	}
	auth := smtp.PlainAuth("", "seed@acme.test", "${k.gpw()}", "smtp.acme.test")
	client := api.NewClient("https://api.acme.test", "${k.tok(k.g.alnum(40))}")
	req.SetBasicAuth("seed", "${k.hpw()}")
	_ = os.Getenv("${k.n('SEED_PASSWORD')}")
}
`,
  ),

  doc(
    'rust-consts-and-builders',
    ['code'],
    'src/config.rs',
    (k) => `use sqlx::postgres::PgConnectOptions;

const API_KEY: &str = "${k.tok(k.g.hex(32))}";
static SMTP_PASS: &str = "${k.hpw()}";

pub fn pg_options() -> PgConnectOptions {
    PgConnectOptions::new()
        .host("db.internal")
        .username("ledger")
        .password("${k.gpw()}")
        .database("ledger")
}

pub fn amqp_uri() -> String {
    String::from(r#"amqp://ledger:${k.cs()}@rabbit.internal:5672/%2f"#)
}

pub const PASSWORD_ENV: &str = "${k.n('LEDGER_DB_PASSWORD')}";
pub const MIN_PASSWORD_LEN: usize = 12;
`,
  ),

  doc(
    'csharp-initializers',
    ['code'],
    'src/Acme.Jobs/Infrastructure/Connections.cs',
    (k) => `using System.Net;
using System.Net.Mail;

namespace Acme.Jobs.Infrastructure
{
    public static class Connections
    {
        private const string ApiSecret = "${k.tok(k.g.alnum(32))}";

        public static SmtpClient Mail() => new SmtpClient("smtp.acme.test", 587)
        {
            Credentials = new NetworkCredential("jobs@acme.test", "${k.hpw()}"),
            EnableSsl = true,
        };

        public static RabbitOptions Rabbit() => new RabbitOptions
        {
            HostName = "rabbit.internal",
            UserName = "jobs",
            Password = "${k.gpw()}",
        };

        public static string Sql => @"Server=sql01;Database=Jobs;User Id=jobs;Password=${k.cs()};TrustServerCertificate=True";

        public const string PasswordClaim = "${k.n('pwd_changed_at')}";
    }
}
`,
  ),

  doc(
    'vbnet-module',
    ['code'],
    'Legacy/Module1.vb',
    (k) => `Module Module1
    Private Const DbPwd As String = "${k.hpw()}"
    Dim connStr As String = "Data Source=SQL02;Initial Catalog=Legacy;User ID=legacy;Password=${k.cs()}"

    Sub Main()
        Dim cred As New NetworkCredential("legacy_ftp", "${k.hpw()}")
        Console.WriteLine("${k.n('Enter password:')}")
    End Sub
End Module
`,
  ),

  doc(
    'php-arrays-define-heredoc',
    ['code'],
    'config/services.php',
    (k) => `<?php

define('PAYMENT_API_KEY', '${k.tok(k.g.alnum(32))}');
define('PAYMENT_API_URL', 'https://pay.example/api');

$pass = '${k.hpw()}';
$mysqli = new mysqli('localhost', 'shop', $pass, 'shop');

return [
    'mailer' => [
        'username' => 'shop@acme.test',
        'password' => '${k.gpw()}',
    ],
    'ftp' => ['user' => 'feeds', 'pwd' => "${k.hpw()}"],
    'labels' => ['password' => __('${k.n('Password')}')],
];

$ini = <<<INI
[soap]
login = shop_soap
password = ${k.hpw()}
INI;
`,
  ),

  doc(
    'ruby-hashes-heredoc',
    ['code'],
    'lib/acme/legacy_sync.rb',
    (k) => `module Acme
  class LegacySync
    FTP = { host: 'ftp.legacy.test', user: 'sync', password: '${k.hpw()}' }.freeze
    API_TOKEN = '${k.tok(k.g.hex(40))}'

    def connection
      PG.connect(host: 'legacy-db', dbname: 'legacy', user: 'sync', password: "${k.gpw()}")
    end

    def sql_for_user
      <<~SQL
        CREATE USER reporting WITH PASSWORD '${k.hpw()}';
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
      SQL
    end

    def smtp_password = ENV.fetch('SMTP_PASSWORD', '${k.hpw()}')

    PASSWORD_TOO_SHORT = '${k.n('is too short (minimum is 12 characters)')}'
  end
end
`,
  ),

  doc(
    'perl-script',
    ['code'],
    'bin/export_accounts.pl',
    (k) => `#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use Net::FTP;

my $dsn  = "DBI:Pg:dbname=accounts;host=db01";
my $dbh  = DBI->connect($dsn, 'exporter', '${k.hpw()}', { RaiseError => 1 });

my %cfg = (
    ftp_host => 'ftp.bank.test',
    ftp_user => 'acme',
    ftp_pass => '${k.gpw()}',
);

my $ftp = Net::FTP->new($cfg{ftp_host}) or die "${k.n('Cannot connect')}";
$ftp->login($cfg{ftp_user}, $cfg{ftp_pass});
my $pw_prompt = "${k.n('Password: ')}";
`,
  ),

  doc(
    'lua-tables-long-strings',
    ['code'],
    'scripts/game/server_config.lua',
    (k) => `local config = {
  server_name = "EU-1",
  rcon = { port = 27015, password = "${k.hpw()}" },
  db = { host = "127.0.0.1", user = "game", pass = "${k.gpw()}" },
}

local webhook_secret = "${k.tok(k.g.hex(32))}"

local motd = [[
Welcome to EU-1!
Type !help for commands.
]]

local admin_pw = '${k.hpw()}'
local password_prompt = "${k.n('Enter server password')}"

return config
`,
  ),

  doc(
    'r-script-named-args',
    ['code'],
    'analysis/retention.R',
    (k) => `library(DBI)
library(httr)

con <- dbConnect(RPostgres::Postgres(),
                 host = "analytics-db",
                 dbname = "events",
                 user = "analyst",
                 password = "${k.hpw()}")

Sys.setenv(OPENWEATHER_KEY = "${k.tok(k.g.hex(32))}")
res <- GET("https://api.partner.test/v1/cohorts", add_headers(Authorization = paste("Token", "${k.tok(k.g.alnum(40))}")))

pw <- Sys.getenv("${k.n('ANALYTICS_PW')}")
`,
  ),

  doc(
    'swift-credentials',
    ['code'],
    'App/Sources/Services/BackendClient.swift',
    (k) => `import Foundation

enum Backend {
    static let apiKey = "${k.tok(k.g.alnum(40))}"
    static let staging = URL(string: "https://staging-api.acme.test")!
}

final class BackendClient: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let credential = URLCredential(user: "ios-app", password: "${k.hpw()}", persistence: .forSession)
        completionHandler(.useCredential, credential)
    }

    let passwordPlaceholder = NSLocalizedString("${k.n('login.password.placeholder')}", comment: "${k.n('Password')}")
}
`,
  ),

  doc(
    'objc-constants',
    ['code'],
    'Classes/ACMEConstants.m',
    (k) => `#import "ACMEConstants.h"

NSString * const kACMEApiKey = @"${k.tok(k.g.hex(32))}";
NSString * const kACMEApiBase = @"https://api.acme.test";
static NSString *const kDemoPassword = @"${k.hpw()}";
NSString * const kACMEPasswordKey = @"${k.n('ACMEPassword')}";
`,
  ),

  doc(
    'haskell-records',
    ['code'],
    'app/Main.hs',
    (k) => `module Main where

import Database.PostgreSQL.Simple

connInfo :: ConnectInfo
connInfo = defaultConnectInfo
  { connectHost = "db.internal"
  , connectUser = "ledger"
  , connectPassword = "${k.hpw()}"
  , connectDatabase = "ledger"
  }

apiToken :: Text
apiToken = "${k.tok(k.g.alnum(32))}"

passwordPrompt :: Text
passwordPrompt = "${k.n('Password: ')}"
`,
  ),

  doc(
    'elixir-keyword-lists',
    ['code'],
    'lib/acme/repo_config.ex',
    (k) => `defmodule Acme.RepoConfig do
  @api_key "${k.tok(k.g.hex(32))}"

  def repo do
    [
      username: "acme",
      password: "${k.hpw()}",
      hostname: "db.internal",
      database: "acme_prod",
      pool_size: 10
    ]
  end

  def smtp, do: [relay: "smtp.acme.test", username: "mailer", password: "${k.gpw()}", tls: :always]

  def password_error, do: "${k.n('password is invalid')}"
end
`,
  ),

  doc(
    'erlang-clojure-fsharp',
    ['code'],
    'polyglot/examples.txt',
    (k) => `%% Erlang (sys.config)
[{acme, [{db_user, "acme"}, {db_password, "${k.hpw()}"}, {api_secret, <<"${k.tok(k.g.hex(32))}">>}]}].

;; Clojure
(def db-spec {:dbtype "postgresql" :dbname "acme" :user "acme" :password "${k.gpw()}"})

// F#
let smtpPassword = "${k.hpw()}"
let passwordLabel = "${k.n('Password')}"
`,
  ),

  doc(
    'dart-flutter',
    ['code'],
    'lib/env/env_staging.dart',
    (k) => `class EnvStaging {
  static const String apiBaseUrl = 'https://staging.api.acme.test';
  static const String apiKey = '${k.tok(k.g.alnum(32))}';
  static const String basicAuthPassword = '${k.hpw()}';
  static const String passwordHint = '${k.n('Enter your password')}';
}

final creds = <String, String>{'user': 'mobile', 'pwd': '${k.gpw()}'};
`,
  ),

  doc(
    'powershell-securestring',
    ['code', 'command-line'],
    'scripts/Deploy-Site.ps1',
    (k) => `param(
    [string]$Server = "web01"
)

$pw = ConvertTo-SecureString "${k.hpw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_deploy", $pw)

$apiKey = '${k.tok(k.g.hex(32))}'
$headers = @{ "X-Api-Key" = $apiKey; "Accept" = "application/json" }

Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock { iisreset }

$sqlPwd = "${k.gpw()}"
Invoke-Sqlcmd -ServerInstance "sql01" -Username "deploy" -Password $sqlPwd -Query "SELECT 1"

$prompt = Read-Host -AsSecureString "${k.n('Enter password')}"
`,
  ),

  doc(
    'groovy-jenkinsfile',
    ['code'],
    'Jenkinsfile',
    (k) => `pipeline {
  agent any
  environment {
    NEXUS_USER = 'deployer'
    NEXUS_PASS = '${k.hpw()}'
    SONAR_TOKEN = credentials('${k.n('sonar-token')}')
  }
  stages {
    stage('Publish') {
      steps {
        script {
          def pass = '${k.gpw()}'
          sh "curl -u deployer:\${pass} -T build/app.jar https://nexus.internal/repository/releases/"
        }
      }
    }
  }
}
`,
  ),

  doc(
    'c-defines-and-calls',
    ['code'],
    'src/device/net.c',
    (k) => `#include <mysql.h>
#include "net.h"

#define WIFI_SSID "factory-floor"
#define WIFI_PASS "${k.passphrase()}"
#define MQTT_USER "sensor"
#define MQTT_PASSWORD "${k.hpw()}"
#define PASSWORD_MAX_LEN 64

static const char *api_key = "${k.tok(k.g.hex(32))}";
static char admin_pw[] = "${k.hpw()}";

int db_connect(MYSQL *conn) {
    return mysql_real_connect(conn, "10.0.0.5", "telemetry", "${k.gpw()}", "telemetry", 3306, NULL, 0) != NULL;
}

const char *password_prompt = "${k.n('Password: ')}";
`,
  ),

  doc(
    'cpp-arduino-sketch',
    ['code'],
    'firmware/greenhouse/greenhouse.ino',
    (k) => `#include <WiFi.h>
#include <PubSubClient.h>

const char* ssid = "Greenhouse";
const char* password = "${k.hpw()}";
const char* mqtt_server = "192.168.1.20";
const char* mqtt_pass = "${k.gpw()}";

void setup() {
  WiFi.begin(ssid, password);
  client.connect("greenhouse-1", "greenhouse", mqtt_pass);
}
`,
  ),

  doc(
    'sql-migrations-in-code',
    ['code'],
    'db/migrations/V12__reporting_user.sql',
    (k) => `-- reporting user for the BI tool
CREATE USER reporting WITH PASSWORD '${k.hpw()}';
GRANT CONNECT ON DATABASE app TO reporting;

-- MySQL side (legacy)
CREATE USER 'bi'@'%' IDENTIFIED BY '${k.gpw()}';
ALTER USER 'app'@'%' IDENTIFIED BY '${k.hpw()}';

-- SQL Server
CREATE LOGIN etl WITH PASSWORD = '${k.hpw()}', CHECK_POLICY = OFF;

-- not a password: a column default and a hash
ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
INSERT INTO users(email, password_hash) VALUES ('seed@acme.test', '${k.n(k.raw.bcrypt(k.g))}');
`,
  ),

  doc(
    'python-sql-in-code',
    ['code'],
    'tools/provision_db.py',
    (k) => `def provision(cur, tenant):
    cur.execute("CREATE ROLE app_%s LOGIN PASSWORD '${k.gpw()}'" % tenant)
    cur.execute("ALTER ROLE readonly WITH PASSWORD '${k.hpw()}'")
    cur.execute("UPDATE settings SET value = %s WHERE key = 'smtp_password'", ("${k.hpw()}",))
    cur.execute("SELECT password_hash FROM users WHERE email = %s", (${k.n('email')},))
`,
  ),

  doc(
    'abbreviated-names',
    ['code'],
    'tools/migrate/legacy_bridge.py',
    (k) => `# Bridge to the legacy partner system. Names follow the partner's SDK.
partner_pw = "${k.hpw()}"
sftp_passwd = "${k.gpw()}"
svc_creds = ("bridge", "${k.hpw()}")
tok = "${k.tok(k.g.hex(40))}"
sk = "${k.tok(k.g.alnum(32))}"
hmac_key = b"${k.tok(k.g.alnum(32))}"
auth = ("bridge", "${k.pw()}")
mdp = "${k.hpw()}"  # French dev team's naming
senha = "${k.hpw()}"

pw_len = 16
tok_type = "${k.n('bearer')}"
key = "${k.n('user:profile:')}" + str(user_id)
auth_mode = "${k.n('basic')}"
secret_name = "${k.n('legacy-bridge-credentials')}"
`,
  ),

  doc(
    'requests-auth-tuples',
    ['code'],
    'clients/partner_client.py',
    (k) => `import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

BASE = "https://partner.example/api"

def fetch_orders():
    return requests.get(f"{BASE}/orders", auth=("acme", "${k.hpw()}"), timeout=10)

def fetch_stock():
    return requests.get(f"{BASE}/stock", auth=HTTPBasicAuth("acme-stock", "${k.gpw()}"))

def fetch_legacy():
    return requests.get("http://legacy.partner.example/x", auth=HTTPDigestAuth("acme", "${k.hpw()}"))

def fetch_with_key():
    return requests.get(f"{BASE}/prices", headers={"X-API-KEY": "${k.tok(k.g.alnum(32))}"}, params={"format": "json"})

def fetch_public():
    return requests.get(f"{BASE}/status", headers={"Accept": "application/json", "X-Request-Id": "${k.n(k.g.uuid())}"})
`,
  ),

  doc(
    'node-env-fallbacks',
    ['code', 'defaults-in-code'],
    'server/config.js',
    (k) => `module.exports = {
  port: process.env.PORT || 3000,
  db: {
    user: process.env.DB_USER || 'app',
    password: process.env.DB_PASSWORD || '${k.hpw()}',
  },
  jwtSecret: process.env.JWT_SECRET ?? '${k.tok(k.g.alnum(48))}',
  sessionSecret: process.env.SESSION_SECRET || ${k.n('crypto.randomBytes(32).toString("hex")')},
  adminPass: process.env.ADMIN_PASS || '${k.n('changeme')}',
};
`,
  ),

  doc(
    'java-map-and-properties',
    ['code'],
    'src/main/java/com/acme/kafka/KafkaProps.java',
    (k) => `package com.acme.kafka;

public final class KafkaProps {
    public static Properties producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", "kafka-1:9093");
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", "PLAIN");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"producer\\" password=\\"${k.hpw()}\\";");
        p.put("ssl.truststore.password", "${k.gpw()}");
        return p;
    }

    static final Map<String, String> AUTH = Map.of("user", "producer", "password", "${k.hpw()}");
    static final String PASSWORD_KEY = "${k.n('ssl.keystore.password')}";
}
`,
  ),

  doc(
    'go-test-setup',
    ['code', 'precision'],
    'internal/auth/auth_test.go',
    (k) => `package auth

func TestLogin(t *testing.T) {
	cases := []struct {
		name, user, password string
		wantErr              bool
	}{
		{"ok", "alice", "${k.n('correct-horse')}", false},
		{"bad", "alice", "${k.n('wrong-password')}", true},
		{"empty", "alice", "", true},
	}
	for _, c := range cases {
		_ = c
	}
}

// Integration test against the shared staging IdP.
var stagingClientSecret = "${k.tok(k.g.alnum(40))}"
`,
  ),

  doc(
    'terraform-and-hcl-in-code',
    ['code', 'config-syntax'],
    'infra/modules/db/main.tf',
    (k) => `resource "aws_db_instance" "reports" {
  identifier        = "reports"
  engine            = "postgres"
  username          = "reports_admin"
  password          = "${k.hpw()}"
  allocated_storage = 20
}

resource "random_password" "app" {
  length  = 24
  special = true
}

resource "aws_db_instance" "app" {
  username = "app_admin"
  password = ${k.n('random_password.app.result')}
}

provider "grafana" {
  url  = "https://grafana.acme.test"
  auth = "${k.tok(k.g.alnum(40))}"
}
`,
  ),

  doc(
    'js-fetch-headers',
    ['code'],
    'web/src/api/legacy.js',
    (k) => `const LEGACY_TOKEN = '${k.tok(k.g.hex(40))}';

export async function loadReports() {
  const res = await fetch('https://legacy.acme.test/api/reports', {
    headers: {
      'X-Access-Token': LEGACY_TOKEN,
      'Content-Type': 'application/json',
    },
  });
  return res.json();
}

export const login = (user, pass) =>
  fetch('/api/login', { method: 'POST', body: JSON.stringify({ username: user, password: pass }) });

const storageKey = '${k.n('acme.session.token')}';
`,
  ),

  doc(
    'ts-env-defaults-and-consts',
    ['code', 'defaults-in-code'],
    'packages/worker/src/env.ts',
    (k) => `import { z } from 'zod';

const schema = z.object({
  QUEUE_URL: z.string().default('amqp://localhost'),
  QUEUE_PASSWORD: z.string().default('${k.hpw()}'),
  SIGNING_KEY: z.string().default('${k.tok(k.g.hex(64))}'),
  LOG_LEVEL: z.enum(['debug', 'info']).default('info'),
});

export const env = schema.parse(process.env);

export const PASSWORD_RESET_PATH = '${k.n('/auth/password/reset')}';
`,
  ),

  doc(
    'yaml-in-python-string',
    ['code', 'config-syntax'],
    'tests/fixtures/make_config.py',
    (k) => `STAGING_CONFIG = '''
smtp:
  host: smtp.staging.acme.test
  user: staging-mailer
  password: "${k.hpw()}"
api:
  key: ${k.tok(k.g.alnum(32))}
'''

UNIT_CONFIG = """
smtp:
  password: ${k.n('dummy')}
"""
`,
  ),

  doc(
    'java-test-fixtures',
    ['code', 'precision'],
    'src/test/java/com/acme/auth/LoginServiceTest.java',
    (k) => `class LoginServiceTest {

    private static final String VALID_PASSWORD = "${k.n('Secret123!')}";

    @Test
    void rejectsBlankPassword() {
        assertThrows(IllegalArgumentException.class, () -> service.login("alice", ""));
    }

    @Test
    void hashesPassword() {
        String hash = encoder.encode(VALID_PASSWORD);
        assertTrue(hash.startsWith("${k.n('$2a$')}"));
    }

    // hits the real staging LDAP, run manually
    @Disabled
    @Test
    void stagingLdap() {
        LdapClient c = new LdapClient("ldaps://ldap.stg.acme.test", "cn=qa,ou=svc,dc=acme,dc=test", "${k.hpw()}");
        assertTrue(c.bind());
    }
}
`,
  ),

  doc(
    'kotlin-spring-test-props',
    ['code'],
    'src/test/kotlin/com/acme/OrdersIT.kt',
    (k) => `@SpringBootTest(properties = [
    "spring.datasource.url=jdbc:postgresql://ci-db:5432/orders",
    "spring.datasource.username=ci",
    "spring.datasource.password=${k.hpw()}",
    "partner.api-key=${k.tok(k.g.alnum(32))}",
])
class OrdersIT {
    @Test
    fun \`creates an order\`() { }
}
`,
  ),

  doc(
    'csharp-appsettings-in-code',
    ['code'],
    'src/Acme.Api/Program.cs',
    (k) => `var builder = WebApplication.CreateBuilder(args);

builder.Services.AddStackExchangeRedisCache(o =>
{
    o.Configuration = "redis.internal:6379,password=${k.cs()},ssl=True,abortConnect=False";
});

builder.Services.Configure<SmtpOptions>(o =>
{
    o.Host = "smtp.acme.test";
    o.User = "api@acme.test";
    o.Pass = "${k.hpw()}";
});

builder.Services.AddAuthentication().AddJwtBearer(o =>
{
    o.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${k.tok(k.g.alnum(48))}"));
});

var pwdResetTemplate = "${k.n('Click here to reset your password')}";
`,
  ),

  doc(
    'bash-script-vars',
    ['code', 'command-line'],
    'scripts/backup.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail

DB_HOST=db01
DB_USER=backup
DB_PASS='${k.hpw()}'
S3_SECRET="${k.prov('awsSecret', 'AWS')}"
ENCRYPTION_PASSPHRASE="${k.passphrase()}"

export PGPASSWORD="$DB_PASS"
pg_dump -h "$DB_HOST" -U "$DB_USER" app | gpg --batch --passphrase "$ENCRYPTION_PASSPHRASE" -c > /backup/app.sql.gpg

read -rsp "${k.n('Password: ')}" ${k.n('PASSWORD')}
`,
  ),

  doc(
    'julia-nim-zig',
    ['code'],
    'polyglot/clients.txt',
    (k) => `# Julia
conn = LibPQ.Connection("host=db user=jl password=${k.cs()} dbname=sci")
const API_TOKEN = "${k.tok(k.g.hex(32))}"

# Nim
let dbPassword = "${k.hpw()}"

// Zig
const smtp_password = "${k.gpw()}";
const password_label = "${k.n('Password')}";
`,
  ),

  doc(
    'python-class-attrs-and-settings',
    ['code'],
    'bots/notifier/settings.py',
    (k) => `class Settings:
    TELEGRAM_BOT_TOKEN = "${k.prov('telegram', 'Telegram')}"
    SLACK_TOKEN = "${k.prov('slackBot', 'Slack')}"
    MATRIX_PASSWORD = "${k.hpw()}"
    MATRIX_USER = "@notifier:matrix.acme.test"
    SMTP_PASSWORD = None
    PASSWORD_RESET_URL = "${k.n('https://acme.test/reset-password')}"


class TestSettings(Settings):
    MATRIX_PASSWORD = "${k.n('test')}"
`,
  ),

  doc(
    'js-config-multiline-template',
    ['code'],
    'scripts/render-config.mjs',
    (k) => `const ini = \`
[mysql]
user = shop
password = ${k.hpw()}

[api]
secret = ${k.tok(k.g.alnum(40))}
\`;

const placeholderIni = \`
[mysql]
password = \${process.env.${k.n('MYSQL_PASSWORD')}}
\`;

await fs.writeFile('config.ini', ini);
`,
  ),

  doc(
    'php-laravel-config',
    ['code', 'defaults-in-code'],
    'config/database.php',
    (k) => `<?php

return [
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '${k.hpw()}'),
        ],
        'legacy' => [
            'driver' => 'sqlsrv',
            'username' => 'legacy',
            'password' => '${k.gpw()}',
        ],
        'sqlite' => [
            'password' => env('${k.n('SQLITE_PASSWORD')}'),
        ],
    ],
];
`,
  ),

  doc('ruby-rails-seeds', ['code'], 'db/seeds.rb', (k) => {
    const salesPw = k.hpw();
    return `# Seeds for the shared demo environment
User.create!(email: 'demo@acme.test', password: '${k.hpw()}', role: :admin)
User.create!(email: 'sales@acme.test', password: '${salesPw}', password_confirmation: '${salesPw}')
ApiClient.create!(name: 'partner-demo', secret: '${k.tok(k.g.hex(40))}')
User.create!(email: 'test@example.com', password: '${k.n('password')}')
`;
  }),
];
