// rw-dev: secrets hard-coded in source files of many languages: constants, connection setup, clients, notebooks.
import type { RealWorldDoc } from '../types';
import { doc } from './kit';

export const CODE_DOCS: RealWorldDoc[] = [
  doc(
    'django-settings',
    ['code', 'config-syntax'],
    'mysite/settings.py',
    (k) => `"""
Django settings for mysite project.
"""
from pathlib import Path
import os

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "django-insecure-${k.tok(k.raw.djangoKey(k.g))}"

DEBUG = False
ALLOWED_HOSTS = ["mysite.acme.io"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mysite",
        "USER": "mysite",
        "PASSWORD": "${k.hpw()}",
        "HOST": "pg-mysite.internal",
        "PORT": "5432",
    },
    "legacy": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "legacy",
        "USER": "django",
        "PASSWORD": os.environ.get("LEGACY_DB_PASSWORD", ""),
    },
}

EMAIL_HOST = "smtp.gmail.com"
EMAIL_HOST_USER = "noreply@acme.example"
EMAIL_HOST_PASSWORD = "${k.s('password', k.g.lower(16))}"
EMAIL_PORT = 587

CELERY_BROKER_URL = "redis://:${k.cs()}@redis-mysite:6379/1"
AWS_STORAGE_BUCKET_NAME = "mysite-media"
AWS_SECRET_ACCESS_KEY = "${k.prov('awsSecret', 'AWS secret access key')}"
RECAPTCHA_PUBLIC_KEY = "${k.n(`6L${k.g.base64url(38)}`)}"
RECAPTCHA_PRIVATE_KEY = "${k.tok(`6L${k.g.base64url(38)}`)}"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
`,
  ),

  doc(
    'wp-config',
    ['code', 'config-syntax'],
    'wp-config.php',
    (k) => `<?php
/**
 * The base configuration for WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_acmeblog' );
define( 'DB_USER', 'wp_acmeblog' );
define( 'DB_PASSWORD', '${k.hpw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 */
define( 'AUTH_KEY',         '${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

define( 'SMTP_PASS', '${k.hpw()}' );
define( 'WP_DEBUG', false );

$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  doc(
    'express-app-mongo',
    ['code'],
    'server/app.js',
    (k) => `const express = require('express');
const mongoose = require('mongoose');
const session = require('express-session');
const MongoStore = require('connect-mongo');

const app = express();

const MONGO_URI = 'mongodb+srv://shopapp:${k.cs()}@cluster0.${k.n(k.g.lower(5))}.mongodb.net/shop?retryWrites=true&w=majority';
mongoose.connect(MONGO_URI);

app.use(
  session({
    secret: '${k.tok(k.g.alnum(24))}',
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: MONGO_URI }),
  }),
);

app.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email });
  if (!user || !(await user.checkPassword(password))) return res.status(401).json({ error: 'Invalid email or password' });
  req.session.userId = user.id;
  res.json({ ok: true });
});

app.listen(process.env.PORT || 3000);
`,
  ),

  doc(
    'java-jdbc-direct',
    ['code'],
    'src/main/java/com/acme/batch/LegacyExport.java',
    (k) => `package com.acme.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

public class LegacyExport {
    private static final String URL = "jdbc:sqlserver://sql-legacy:1433;databaseName=Sales;user=export;password=${k.cs()};encrypt=false";
    private static final String ORACLE_URL = "jdbc:oracle:thin:@ora01:1521:ORCL";
    private static final String ORACLE_USER = "SALES_RO";
    private static final String ORACLE_PWD = "${k.hpw()}";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(URL);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TOP 100 * FROM Orders")) {
            while (rs.next()) System.out.println(rs.getString(1));
        }
        try (Connection o = DriverManager.getConnection(ORACLE_URL, ORACLE_USER, ORACLE_PWD)) {
            System.out.println(o.getMetaData().getDatabaseProductVersion());
        }
        Connection pg = DriverManager.getConnection("jdbc:postgresql://pg01/sales", "sales", "${k.hpw()}");
        pg.close();
    }
}
`,
  ),

  doc(
    'csharp-sqlconnection',
    ['code'],
    'Tools/DataFix/Program.cs',
    (k) => `using System;
using System.Data.SqlClient;
using StackExchange.Redis;

class Program
{
    const string ConnStr = "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=shop;Persist Security Info=False;User ID=fixer;Password=${k.cs()};Encrypt=True;";
    const string RedisConn = "acme-cache.redis.cache.windows.net:6380,password=${k.cs(k.g.base64(43) + '=')},ssl=True,abortConnect=False";

    static void Main(string[] args)
    {
        using var conn = new SqlConnection(ConnStr);
        conn.Open();
        var cmd = new SqlCommand("UPDATE Orders SET Status = 'cancelled' WHERE Id = @id", conn);
        cmd.Parameters.AddWithValue("@id", args[0]);
        Console.WriteLine($"{cmd.ExecuteNonQuery()} rows");

        var mux = ConnectionMultiplexer.Connect(RedisConn);
        mux.GetDatabase().KeyDelete($"order:{args[0]}");

        var legacy = new SqlConnection("Data Source=SQL02;Initial Catalog=Legacy;uid=sa;pwd=${k.cs()}");
        legacy.Open();
    }
}
`,
  ),

  doc(
    'go-sql-open',
    ['code'],
    'cmd/migrate/main.go',
    (k) => `package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
)

func main() {
	db, err := sql.Open("mysql", "migrator:${k.cs()}@tcp(mysql-main:3306)/app?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	pg, err := sql.Open("postgres", "host=pg-main port=5432 user=migrator password=${k.cs()} dbname=app sslmode=disable")
	if err != nil {
		log.Fatal(err)
	}
	defer pg.Close()

	rdb := redis.NewClient(&redis.Options{Addr: "redis-main:6379", Password: "${k.gpw()}", DB: 0})
	defer rdb.Close()

	const apiKey = "${k.tok()}"
	log.Printf("migrating with key %s...", apiKey[:4])
}
`,
  ),

  doc(
    'python-db-clients',
    ['code'],
    'etl/extract.py',
    (k) => `import psycopg2
import pymysql
import sqlalchemy as sa
from pymongo import MongoClient

pg = psycopg2.connect(host="pg-dwh", dbname="dwh", user="etl", password="${k.hpw()}")
my = pymysql.connect(host="mysql-shop", user="etl_ro", passwd="${k.gpw()}", db="shop")
engine = sa.create_engine("mssql+pyodbc://etl:${k.cs()}@mssql-erp/ERP?driver=ODBC+Driver+18+for+SQL+Server")
mongo = MongoClient("mongodb://etl:${k.cs()}@mongo-1:27017,mongo-2:27017/?replicaSet=rs0&authSource=admin")
broker = "amqp://etl:${k.cs()}@rabbit:5672/etl"
ch_url = "clickhouse://default:${k.cs()}@clickhouse:9000/events"
snowflake_url = f"snowflake://ETL_USER:${k.cs()}@acme-eu1/ANALYTICS/RAW?warehouse=LOADING"


def extract_orders(since):
    with pg.cursor() as cur:
        cur.execute("select * from orders where updated_at > %s", (since,))
        return cur.fetchall()
`,
  ),

  doc(
    'node-db-clients',
    ['code'],
    'src/db/connections.ts',
    (k) => `import mysql from 'mysql2/promise';
import { Pool } from 'pg';
import Redis from 'ioredis';
import { Kafka } from 'kafkajs';

export const shopDb = mysql.createPool({
  host: 'mysql-shop',
  user: 'shop_api',
  password: '${k.hpw()}',
  database: 'shop',
  connectionLimit: 10,
});

export const pg = new Pool({ connectionString: 'postgresql://api:${k.cs()}@pg-main:5432/api' });

export const redis = new Redis('rediss://default:${k.cs()}@redis-18412.c1.eu-west-1-1.ec2.cloud.redislabs.com:18412');

export const kafka = new Kafka({
  clientId: 'api',
  brokers: ['kafka-1:9093'],
  ssl: true,
  sasl: { mechanism: 'scram-sha-512', username: 'api', password: '${k.gpw()}' },
});

export const elasticUrl = 'https://elastic:${k.cs()}@search.acme.io:9243';
`,
  ),

  doc(
    'php-pdo',
    ['code'],
    'src/Database.php',
    (k) => `<?php

declare(strict_types=1);

namespace Acme;

use PDO;

final class Database
{
    private const DSN = 'mysql:host=db;dbname=intranet;charset=utf8mb4';
    private const USER = 'intranet';
    private const PASS = '${k.hpw()}';

    public static function connect(): PDO
    {
        return new PDO(self::DSN, self::USER, self::PASS, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }

    public static function archive(): PDO
    {
        $pdo = new PDO('pgsql:host=archive;port=5432;dbname=archive;user=intranet;password=${k.cs()}');
        return $pdo;
    }

    public static function ldapBind($conn): bool
    {
        return ldap_bind($conn, 'cn=intranet,ou=apps,dc=corp,dc=local', '${k.hpw()}');
    }
}
`,
  ),

  doc(
    'ruby-clients',
    ['code'],
    'lib/tasks/sync.rake',
    (k) => `require "net/ftp"
require "sequel"

namespace :sync do
  desc "Pull supplier price lists"
  task prices: :environment do
    Net::FTP.open("ftp.supplier-example.com") do |ftp|
      ftp.login("acme", "${k.hpw()}")
      ftp.getbinaryfile("prices.csv", "tmp/prices.csv")
    end

    db = Sequel.connect("postgres://prices:${k.cs()}@pg-prices/prices")
    db[:imports].insert(file: "prices.csv", at: Time.now)

    Stripe.api_key = "${k.prov('stripeRestricted', 'Stripe')}"
    Octokit.configure { |c| c.access_token = "${k.prov('githubFine', 'GitHub')}" }
  end
end
`,
  ),

  doc(
    'perl-dbi',
    ['code'],
    'cgi-bin/report.pl',
    (k) => `#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use CGI;

my $q = CGI->new;
my $dbh = DBI->connect("DBI:mysql:database=reports;host=db01", "report", "${k.hpw()}", { RaiseError => 1 })
    or die $DBI::errstr;
my $ora = DBI->connect("dbi:Oracle:host=ora01;sid=FIN", "fin_ro", '${k.gpw()}');

my %config = (
    smtp_user => 'reports@acme.example',
    smtp_pass => '${k.hpw()}',
    api_key   => '${k.tok(k.g.hex(32))}',
);

print $q->header('text/html');
my $sth = $dbh->prepare("SELECT region, SUM(total) FROM sales GROUP BY region");
$sth->execute;
`,
  ),

  doc(
    'lua-openresty',
    ['code'],
    'nginx/lua/auth_check.lua',
    (k) => `local redis = require "resty.redis"
local cjson = require "cjson"

local _M = {}

local REDIS_HOST = "10.0.5.20"
local REDIS_PASSWORD = "${k.gpw()}"
local SHARED_SECRET = "${k.tok()}"

function _M.check()
    local red = redis:new()
    red:set_timeout(1000)
    local ok, err = red:connect(REDIS_HOST, 6379)
    if not ok then
        ngx.log(ngx.ERR, "redis connect failed: ", err)
        return ngx.exit(500)
    end
    red:auth(REDIS_PASSWORD)
    local token = ngx.var.http_x_session
    if not token or not red:get("session:" .. token) then
        return ngx.exit(401)
    end
end

return _M
`,
  ),

  doc(
    'r-dbi-script',
    ['code'],
    'analysis/churn.R',
    (k) => `library(DBI)
library(dplyr)

con <- dbConnect(RPostgres::Postgres(),
                 host = "pg-analytics",
                 dbname = "analytics",
                 user = "analyst",
                 password = "${k.hpw()}")

mongo_url <- "mongodb://analyst:${k.cs()}@mongo-events:27017/events"

churn <- tbl(con, "customers") %>%
  filter(last_order < Sys.Date() - 90) %>%
  collect()

Sys.setenv(OPENAI_API_KEY = "${k.prov('openaiLegacy', 'OpenAI')}")
summary(churn)
dbDisconnect(con)
`,
  ),

  doc(
    'powershell-sql',
    ['code', 'command-line'],
    'ops/Invoke-Cleanup.ps1',
    (k) => `[CmdletBinding()]
param([int]$Days = 30)

$server = "sql-ops01"
Invoke-Sqlcmd -ServerInstance $server -Database "Ops" -Username "cleanup" -Password "${k.hpw()}" -Query "EXEC dbo.PurgeLogs @days = $Days"

$cred = Get-Credential -Message "${k.n('Enter your password')}"
$apiHeaders = @{ "X-Api-Key" = "${k.http(k.g.hex(32))}"; "Accept" = "application/json" }
Invoke-RestMethod -Uri "https://ops.acme.io/api/cleanup" -Headers $apiHeaders -Method Post

$smtpPass = "${k.hpw()}"
$smtpCred = New-Object PSCredential("ops@acme.example", (ConvertTo-SecureString $smtpPass -AsPlainText -Force))
Send-MailMessage -SmtpServer smtp.acme.io -Credential $smtpCred -From ops@acme.example -To ops@acme.example -Subject "cleanup done"
`,
  ),

  doc(
    'swift-constants',
    ['code'],
    'App/Sources/Networking/APIConstants.swift',
    (k) => `import Foundation

enum APIConstants {
    static let baseURL = URL(string: "https://api.acme-app.io/v3")!
    static let apiKey = "${k.tok(k.g.alnum(40))}"
    static let analyticsWriteKey = "${k.tok(k.g.alnum(32))}"
    static let revenueCatPublicKey = "${k.n(`appl_${k.g.alnum(27)}`)}"
    static let sentryDSN = "${k.n(k.raw.sentryDsn(k.g))}"
    // internal QA login, auto-filled in debug builds
    static let qaUser = "qa@acme-app.io"
    static let qaPassword = "${k.hpw()}"
}
`,
  ),

  doc(
    'kotlin-android',
    ['code'],
    'app/src/main/java/com/acme/app/di/NetworkModule.kt',
    (k) => `package com.acme.app.di

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object NetworkModule {
    private const val API_KEY = "${k.tok(k.g.hex(40))}"
    private const val MAPS_KEY = "${k.n(k.raw.googleBrowserKey(k.g))}" // restricted to our Android app signature
    private const val ALGOLIA_APP_ID = "${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}"
    private const val ALGOLIA_SEARCH_KEY = "${k.n(k.g.hex(32))}"
    private const val ALGOLIA_ADMIN_KEY = "${k.s('provider', k.g.hex(32), 'Algolia admin key')}"

    fun client(): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("X-Api-Key", API_KEY).build())
        })
        .build()
}
`,
  ),

  doc(
    'haskell-scala-records',
    ['code'],
    'services/pricing/src/Config.hs',
    (k) => `{-# LANGUAGE OverloadedStrings #-}
module Config (AppConfig(..), defaultConfig) where

import Data.Text (Text)

data AppConfig = AppConfig
  { dbHost     :: Text
  , dbUser     :: Text
  , dbPassword :: Text
  , apiToken   :: Text
  , port       :: Int
  } deriving (Show)

defaultConfig :: AppConfig
defaultConfig = AppConfig
  { dbHost     = "pg-pricing"
  , dbUser     = "pricing"
  , dbPassword = "${k.hpw()}"
  , apiToken   = "${k.tok()}"
  , port       = 8080
  }

connString :: Text
connString = "host=pg-pricing dbname=pricing user=pricing password=${k.cs()}"
`,
  ),

  doc(
    'scala-slick-conf',
    ['code', 'config-syntax'],
    'src/main/resources/application.conf',
    (k) => `akka {
  loglevel = "INFO"
  http.server.idle-timeout = 60s
}

slick.dbs.default {
  profile = "slick.jdbc.PostgresProfile$"
  db {
    url = "jdbc:postgresql://pg-recs:5432/recs"
    user = "recs"
    password = "${k.hpw()}"
    numThreads = 10
  }
}

kafka {
  bootstrap = "kafka:9092"
  sasl-password = \${?KAFKA_PASSWORD}
  schema-registry-secret = "${k.tok(k.g.base64(64))}"
}
`,
  ),

  doc(
    'elixir-prod-secret',
    ['code', 'config-syntax'],
    'config/prod.secret.exs',
    (k) => `import Config

config :chat, Chat.Repo,
  username: "chat",
  password: "${k.hpw()}",
  hostname: "pg-chat",
  database: "chat_prod",
  pool_size: 15

config :chat, ChatWeb.Endpoint,
  secret_key_base: "${k.tok(k.g.base64(64))}"

config :chat, Chat.Mailer,
  adapter: Swoosh.Adapters.Mailgun,
  api_key: "${k.prov('mailgunOld', 'Mailgun')}",
  domain: "mg.chat.acme.io"

config :ex_aws,
  access_key_id: System.get_env("AWS_ACCESS_KEY_ID"),
  secret_access_key: System.get_env("AWS_SECRET_ACCESS_KEY")
`,
  ),

  doc(
    'cpp-mysql-connect',
    ['code'],
    'src/storage/db.cpp',
    (k) => `#include <mysql/mysql.h>
#include <stdexcept>
#include <string>

namespace storage {

static const char* kHost = "10.2.0.15";
static const char* kUser = "telemetry";
static const char* kPass = "${k.hpw()}";
static const char* kDb = "telemetry";
static constexpr char kUploadToken[] = "${k.tok(k.g.hex(40))}";

MYSQL* connect() {
    MYSQL* conn = mysql_init(nullptr);
    if (!mysql_real_connect(conn, kHost, kUser, kPass, kDb, 3306, nullptr, 0)) {
        throw std::runtime_error(std::string("db connect failed: ") + mysql_error(conn));
    }
    return conn;
}

}  // namespace storage
`,
  ),

  doc(
    'notebook-with-outputs',
    ['code', 'logs-and-output'],
    'notebooks/explore_sales.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql://analyst:${k.cs()}@pg-sales:5432/sales\\")\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "HF_TOKEN=${k.prov('huggingface', 'Hugging Face')}\\n",
      "ANTHROPIC_API_KEY=${k.prov('anthropic', 'Anthropic')}\\n"
     ]
    }
   ],
   "source": [
    "!env | grep -E 'TOKEN|KEY'\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"select * from sales limit 1000\\", engine)\\n",
    "df.describe()\\n"
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  doc(
    'ai-clients',
    ['code'],
    'bots/summarizer/main.py',
    (k) => `import anthropic
import openai
from groq import Groq

openai.api_key = "${k.prov('openaiProject', 'OpenAI')}"
claude = anthropic.Anthropic(api_key="${k.prov('anthropic', 'Anthropic')}")
groq = Groq(api_key="${k.prov('groq', 'Groq')}")
REPLICATE_API_TOKEN = "${k.prov('replicate', 'Replicate')}"
PINECONE_API_KEY = "${k.tok(k.g.uuid())}"
MODEL = "claude-3-5-sonnet-latest"


def summarize(text: str) -> str:
    msg = claude.messages.create(model=MODEL, max_tokens=512, messages=[{"role": "user", "content": text}])
    return msg.content[0].text
`,
  ),

  doc(
    'saas-clients-js',
    ['code'],
    'scripts/sync-tools.mjs',
    (k) => `// One-off sync between our tools. Run with: node scripts/sync-tools.mjs
import { LinearClient } from '@linear/sdk';
import { Client as Notion } from '@notionhq/client';
import Airtable from 'airtable';

const linear = new LinearClient({ apiKey: '${k.prov('linear', 'Linear')}' });
const notion = new Notion({ auth: '${k.prov('notion', 'Notion')}' });
const base = new Airtable({ apiKey: '${k.s('provider', `pat${k.g.alnum(14)}.${k.g.hex(64)}`, 'Airtable')}' }).base('${k.n(`app${k.g.alnum(14)}`)}');
const FIGMA_TOKEN = '${k.prov('figma', 'Figma')}';
const POSTMAN_KEY = '${k.prov('postman', 'Postman')}';
const ASANA_PAT = '${k.prov('asana', 'Asana')}';

const issues = await linear.issues({ first: 50 });
for (const issue of issues.nodes) {
  await notion.pages.create({ parent: { database_id: '${k.n(k.g.hex(32))}' }, properties: { Name: { title: [{ text: { content: issue.title } }] } } });
}
`,
  ),

  doc(
    'infra-clients-py',
    ['code'],
    'ops/tools/inventory.py',
    (k) => `"""Collects the infra inventory from every provider we use."""
import digitalocean
import hcloud
import requests
from cloudflare import Cloudflare

DO_TOKEN = "${k.prov('digitalocean', 'DigitalOcean')}"
HCLOUD_TOKEN = "${k.tok(k.g.alnum(64))}"
CF = Cloudflare(api_token="${k.prov('cloudflare', 'Cloudflare')}")
DATABRICKS_TOKEN = "${k.prov('databricks', 'Databricks')}"
SUPABASE_ACCESS_TOKEN = "${k.prov('supabase', 'Supabase')}"
PULUMI_ACCESS_TOKEN = "${k.prov('pulumi', 'Pulumi')}"
NEW_RELIC_API_KEY = "${k.prov('newrelic', 'New Relic')}"


def droplets():
    return digitalocean.Manager(token=DO_TOKEN).get_all_droplets()


def servers():
    return hcloud.Client(token=HCLOUD_TOKEN).servers.get_all()


def dbx_clusters():
    r = requests.get("https://acme.cloud.databricks.com/api/2.0/clusters/list", headers={"Authorization": f"Bearer {DATABRICKS_TOKEN}"})
    return r.json()
`,
  ),

  doc(
    'ecommerce-integrations',
    ['code'],
    'app/integrations/keys.rb',
    (k) => `# Integration credentials for the storefront. TODO: move to Rails credentials.
module Integrations
  SHOPIFY_ADMIN_TOKEN = "${k.prov('shopify', 'Shopify')}".freeze
  SHOPIFY_API_SECRET = "${k.prov('shopifyShared', 'Shopify')}".freeze
  SQUARE_ACCESS_TOKEN = "${k.prov('squareAccess', 'Square')}".freeze
  MAILCHIMP_KEY = "${k.prov('mailchimp', 'Mailchimp')}".freeze
  CONTENTFUL_MGMT_TOKEN = "${k.prov('contentful', 'Contentful')}".freeze
  DROPBOX_TOKEN = "${k.prov('dropbox', 'Dropbox')}".freeze
  GOOGLE_OAUTH_CLIENT_ID = "${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}".freeze
  GOOGLE_OAUTH_CLIENT_SECRET = "${k.prov('googleClientSecret', 'Google OAuth client secret')}".freeze
  FACEBOOK_PIXEL_ID = "${k.n(k.g.digits(15))}".freeze
end
`,
  ),

  doc(
    'bash-functions-lib',
    ['code', 'command-line'],
    'lib/common.sh',
    (k) => `#!/usr/bin/env bash
# shared helpers sourced by the deploy scripts

API="https://deploy.acme.io/api"
DEPLOY_TOKEN="${k.tok()}"
NOTIFY_WEBHOOK="https://hooks.slack.com/services/${k.prov('slackWebhookPath', 'Slack webhook')}"

log() { printf '%s %s\\n' "$(date -Is)" "$*" >&2; }

notify() {
  curl -fsS -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"$1\\"}" "$NOTIFY_WEBHOOK" >/dev/null
}

api() {
  curl -fsS -H "Authorization: Bearer $DEPLOY_TOKEN" "$API/$1"
}

db_query() {
  MYSQL_PWD='${k.hpw()}' mysql -h db-deploy -u deploy -N -e "$1" deploy
}
`,
  ),

  doc(
    'test-fixtures-unscored',
    ['code', 'precision'],
    'tests/fixtures/users.py',
    (k) => `"""Fixtures for the auth tests. These accounts exist only in the test database."""
import pytest

from app.models import User


@pytest.fixture
def admin_user(db):
    return User.create(email="admin@example.com", password="${k.u('password123')}", is_admin=True)


@pytest.fixture
def regular_user(db):
    return User.create(email="user@example.com", password="${k.u('Passw0rd!')}")


@pytest.fixture
def locked_user(db):
    u = User.create(email="locked@example.com", password="${k.n('test')}")
    u.password_hash = "${k.n(k.raw.bcrypt(k.g))}"
    u.lock()
    return u


def test_wrong_password_is_rejected(client, regular_user):
    r = client.post("/login", data={"email": regular_user.email, "password": "${k.n('wrong-password')}"})
    assert r.status_code == 401
    assert b"Invalid email or password" in r.data
`,
  ),
];
