// rw-dev11 data: R scripts and .Renviron, pandas/SQLAlchemy scripts, scraping scripts, Excel/VBA connection
// strings, Stata/SAS/MATLAB snippets, shell history of an analyst. Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_SCRIPT_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-r-dbconnect',
    ['code'],
    'analysis/01_load_data.R',
    (k) => `library(DBI)
library(RPostgres)
library(dplyr)

# Verbindung zur DWH-Replik (nur lesend!)
con <- dbConnect(RPostgres::Postgres(),
                 dbname   = "dwh",
                 host     = "replica-2.db.internal",
                 port     = 5432,
                 user     = "statistik",
                 password = "${k.pw()}")

umsatz <- tbl(con, in_schema("marts", "umsatz_monat")) %>% collect()

# MySQL für die Altdaten
con2 <- dbConnect(RMariaDB::MariaDB(), user = "alt_read", password = '${k.hpw()}', host = "mysql-alt", dbname = "archiv")
# con3 <- dbConnect(odbc::odbc(), dsn = "DWH", pwd = rstudioapi::askForPassword("${k.n('Datenbank-Passwort')}"))
`,
  ),

  ddoc(
    'data-renviron',
    ['credential-file', 'config-syntax'],
    'home/.Renviron',
    (k) => `R_LIBS_USER=~/R/library
GITHUB_PAT=${k.prov('githubPat', 'GitHub')}
DB_USER=carla
DB_PASS=${k.pw()}
CENSUS_API_KEY=${k.tok(k.hex(40))}
TWITTER_BEARER=${k.tok('AAAAAAAAAAAAAAAAAAAAA' + k.g.alnum(12) + '%3D' + k.g.alnum(40))}
OPENAI_API_KEY=${k.prov('openai', 'OpenAI')}
# RSCONNECT token for shinyapps.io
SHINYAPPS_TOKEN=${k.tok(k.g.upper(32).replace(/[OI]/g, 'A'))}
SHINYAPPS_SECRET=${k.tok(k.g.base64(40))}
`,
  ),

  ddoc(
    'data-r-keyring-mixed',
    ['code', 'precision'],
    'reports/monthly_report.Rmd',
    (k) => `---
title: "Monthly KPI report"
output: html_document
params:
  db_password: "${k.n('!r keyring::key_get("dwh")')}"
---

\`\`\`{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE)
library(DBI)
con <- dbConnect(odbc::odbc(), Driver = "ODBC Driver 18 for SQL Server", Server = "sql01",
                 Database = "KPI", UID = "rmarkdown", PWD = ${k.n('params$db_password')})
Sys.setenv(MAPBOX_TOKEN = "${k.n(k.mapboxPublic())}")
\`\`\`

\`\`\`{r}
# quick fix for Friday: the keyring on the server is broken
# Sys.setenv(KPI_PW = "${k.pw()}")
kpis <- dbGetQuery(con, "select * from dbo.kpi_monthly where month = ?", params = list(format(Sys.Date(), "%Y-%m")))
\`\`\`
`,
  ),

  ddoc(
    'data-r-api-script',
    ['code'],
    'scripts/fetch_eurostat_and_fred.R',
    (k) => `library(httr)
library(jsonlite)

fred_key <- "${k.tok(k.hex(32))}"
res <- GET("https://api.stlouisfed.org/fred/series/observations",
           query = list(series_id = "CPIAUCSL", api_key = fred_key, file_type = "json"))

# Quandl / Nasdaq Data Link
Quandl::Quandl.api_key('${k.tok(k.g.alnum(20))}')

# survey data from the Qualtrics API
qualtrics_api_credentials(api_key = "${k.tok(k.g.alnum(40))}",
                          base_url = "fra1.qualtrics.com", install = FALSE)
`,
  ),

  ddoc(
    'data-pandas-engine-script',
    ['code'],
    'etl/daily_extract.py',
    (k) => `"""Daily extract for the finance dashboard.  Run: python daily_extract.py --date 2024-06-30"""
import argparse
import urllib.parse
import pandas as pd
import sqlalchemy as sa

PW = urllib.parse.quote_plus("${k.pw()}")
SRC = sa.create_engine(f"mssql+pyodbc://etl_fin:{PW}@sql01/Finance?driver=ODBC+Driver+18+for+SQL+Server")
DST = sa.create_engine("postgresql://etl_fin:${k.cs()}@dwh.internal:5432/dwh")
ORACLE = sa.create_engine(sa.engine.URL.create("oracle+oracledb", username="FIN_READ", password="${k.hpw()}", host="erp-db", port=1521, database="ERPPRD"))


def main(date: str) -> None:
    df = pd.read_sql(sa.text("select * from gl_entries where posting_date = :d"), SRC, params={"d": date})
    df.to_sql("gl_entries", DST, schema="stage", if_exists="append", index=False, chunksize=5000)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--date", required=True)
    main(p.parse_args().date)
`,
  ),

  ddoc(
    'data-scrapy-settings',
    ['code', 'config-syntax'],
    'scraper/immo/settings.py',
    (k) => `BOT_NAME = "immo"
SPIDER_MODULES = ["immo.spiders"]
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 2.5

# rotating proxies
ROTATING_PROXY_LIST = [
    "http://scraper:${k.cs()}@proxy-1.brightdata.example:22225",
    "http://scraper:${k.cs()}@proxy-2.brightdata.example:22225",
]
ZYTE_API_KEY = "${k.tok(k.hex(32))}"
SCRAPEOPS_API_KEY = '${k.tok(k.uuid())}'

FEEDS = {"s3://acme-scrapes/immo/%(time)s.jsonl": {"format": "jsonlines"}}
AWS_ACCESS_KEY_ID = "${k.u(k.awsId())}"
AWS_SECRET_ACCESS_KEY = "${k.prov('awsSecret', 'AWS secret key')}"
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
`,
  ),

  ddoc(
    'data-scraper-login-selenium',
    ['code'],
    'scraper/portal_download.py',
    (k) => `# Lädt jeden Montag den Händlerreport aus dem Portal (kein API vorhanden)
from selenium import webdriver
from selenium.webdriver.common.by import By

LOGIN = "reporting@acme.example"
KENNWORT = "${k.pw()}"

d = webdriver.Chrome()
d.get("https://portal.haendler.example/login")
d.find_element(By.ID, "username").send_keys(LOGIN)
d.find_element(By.ID, "password").send_keys(KENNWORT)
d.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
# 2FA: TOTP secret from the shared account, yes I know
import pyotp
d.find_element(By.ID, "otp").send_keys(pyotp.TOTP("${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}").now())
`,
  ),

  ddoc(
    'data-requests-basic-auth',
    ['code', 'http-auth'],
    'scripts/jira_worklogs.py',
    (k) => `import requests
import pandas as pd

JIRA = "https://acme.atlassian.net"
auth = ("tomasz@acme.example", "${k.provRaw('ATATT3xFfGF0' + k.g.base64url(180) + '=' + k.hex(8).toUpperCase(), 'Atlassian')}")
hdr = {"Authorization": "Basic ${k.basic('svc-jira@acme.example')}", "Accept": "application/json"}

r = requests.get(f"{JIRA}/rest/api/3/search", params={"jql": "project = DATA AND worklogDate >= -30d"}, auth=auth)
r.raise_for_status()
issues = pd.json_normalize(r.json()["issues"])
print(issues[["key", "fields.summary"]].head())
`,
  ),

  ddoc(
    'data-excel-vba-adodb',
    ['code'],
    'excel/Refresh_Sales.bas',
    (k) => `Attribute VB_Name = "Refresh_Sales"
' Refreshes the Sales sheet from SQL Server. Macro written by Pedro 2019, nobody dares to touch it
Sub RefreshSales()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=Sales;User ID=excel_ro;Password=${k.cs()};"
    Set rs = cn.Execute("SELECT * FROM dbo.v_sales_ytd")
    Sheets("Sales").Range("A2").CopyFromRecordset rs
    cn.Close
End Sub

Sub UnprotectAll()
    Dim ws As Worksheet
    For Each ws In ThisWorkbook.Worksheets
        ws.Unprotect Password:="${k.letters()}"
    Next ws
End Sub
`,
  ),

  ddoc(
    'data-analyst-bash-history',
    ['command-line', 'logs-and-output'],
    'home/.bash_history',
    (k) => `cd ~/projects/churn
source .venv/bin/activate
jupyter lab --no-browser --port 8890
psql "host=dwh.internal dbname=dwh user=kenji password=${k.cs()}" -c '\\dt marts.*'
PGPASSWORD=${k.pw()} pg_dump -h replica-2.db.internal -U analyst -t public.events prod > events.sql
mysql -h mysql-orders -u etl -p${k.hpw()} orders -e 'select count(*) from orders'
export SNOWSQL_PWD='${k.gpw()}'
snowsql -a xy12345.eu-central-1 -u KENJI -q "select current_role()"
bq query --use_legacy_sql=false 'select count(*) from \`acme-dwh.ga4.events_*\`'
databricks configure --token
git log --oneline | head
mongoexport --uri="mongodb://reader:${k.cs()}@mongo-1:27017/app" --collection=users --out=users.json
huggingface-cli login --token ${k.prov('huggingface', 'Hugging Face')}
history | grep ${k.n('password')}
`,
  ),

  ddoc(
    'data-sas-stata-matlab',
    ['code'],
    'legacy/connect_examples.txt',
    (k) => `/* SAS */
libname dwh postgres server="dwh.internal" port=5432 user=sas_user password="${k.pw()}" database=dwh schema=marts;
libname ora oracle user=FIN_READ password="${k.u('{SAS002}' + k.g.hex(32).toUpperCase())}" path=ERPPRD;   /* PROC PWENCODE output */

* Stata;
odbc load, exec("select * from survey_2024") connectionstring("DRIVER={PostgreSQL Unicode};SERVER=dwh.internal;DATABASE=dwh;UID=stata;PWD=${k.cs()}")

% MATLAB
conn = database('dwh', 'matlab_user', '${k.hpw()}', 'Vendor', 'PostgreSQL', 'Server', 'dwh.internal');
`,
  ),

  ddoc(
    'data-great-expectations-yml',
    ['config-syntax'],
    'great_expectations/uncommitted/config_variables.yml',
    (k) => `# This config file supports variable substitution which enables: 1) keeping secrets out of source control & 2) environment-based configuration changes
my_postgres_db_yaml_creds:
  drivername: postgresql
  host: dwh.internal
  port: '5432'
  username: ge_validator
  password: ${k.pw()}
  database: dwh
slack_webhook: ${k.provRaw(k.g.pick([() => 'https://hooks.slack.com/services/T' + k.g.upper(8) + '/B' + k.g.upper(10) + '/' + k.g.alnum(24)])(), 'Slack webhook')}
snowflake_pw: ${k.n('${SNOWFLAKE_PW}')}
`,
  ),
];
