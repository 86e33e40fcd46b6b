// Statisticians' and researchers' files: R scripts, .Renviron, RMarkdown, SAS libname/autoexec, Stata, SPSS syntax,
// MATLAB database() calls, Julia LibPQ, with study ids, seeds, DOIs and keyring references beside them.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_STATS_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-r-dbconnect-script',
    ['code', 'defaults-in-code', 'precision'],
    'analysis/R/01_load_data.R',
    (k) => `library(DBI)
library(odbc)
set.seed(${k.n(D.seed(k.g))})

con <- dbConnect(odbc::odbc(), Driver = "SQL Server", Server = "sql-research01", Database = "Cohort",
                 UID = "r_analyst", PWD = "${k.pw()}")

# MySQL replica for the registry data
reg <- dbConnect(RMariaDB::MariaDB(), host = "registry-ro.internal", user = "stats",
                 password = "${k.pw()}", dbname = "registry")

# better: keyring
pg <- dbConnect(RPostgres::Postgres(), password = ${k.n('keyring::key_get("pg_research")')})
study_id <- "${k.n('NCT0' + k.g.digits(7))}"
`,
  ),

  dDoc(
    'datasci-renviron',
    ['config-syntax', 'credential-file', 'precision'],
    'home/lucia/.Renviron',
    (k) => `R_LIBS_USER=~/R/library
GITHUB_PAT=${k.prov('GitHub', D.githubPat(k.g))}
OPENAI_API_KEY=${k.prov('OpenAI', D.openai(k.g))}
DB_PASSWORD=${k.pw()}
CENSUS_API_KEY=${k.hex(40)}
RSTUDIO_PANDOC=/usr/lib/rstudio/resources/app/bin/quarto/bin/tools
`,
  ),

  dDoc(
    'datasci-r-sys-setenv-rmd',
    ['code', 'prose', 'precision'],
    'reports/monthly_kpi.Rmd',
    (k) => `---
title: "Monthly KPI report"
output: html_document
params:
  month: "2026-02"
  db_password: "${k.pw()}"
---

\`\`\`{r setup, include=FALSE}
Sys.setenv(AWS_ACCESS_KEY_ID = "${k.u(D.awsId(k.g))}",
           AWS_SECRET_ACCESS_KEY = "${k.prov('AWS secret access key', D.awsSecret(k.g))}",
           AWS_DEFAULT_REGION = "eu-west-1")
knitr::opts_chunk$set(echo = FALSE)
\`\`\`

Data comes from \`${k.n(D.s3(k.g))}\`. The password parameter is passed by the scheduler (\`rmarkdown::render(params = list(db_password = ${k.n('Sys.getenv("DB_PW")')}))\`).
`,
  ),

  dDoc(
    'datasci-r-httr-api',
    ['code', 'http-auth', 'precision'],
    'R/fetch_survey.R',
    (k) => `library(httr2)

qualtrics_token <- "${k.s('token', k.g.alnum(40))}"
resp <- request("https://fra1.qualtrics.com/API/v3/surveys") |>
  req_headers("X-API-TOKEN" = qualtrics_token) |>
  req_perform()

redcap <- httr::POST("https://redcap.uni-clinic.example/api/",
  body = list(token = "${k.s('token', k.g.hex(32).toUpperCase())}", content = "record", format = "csv"))

# record hash for audit trail: ${k.n(D.md5(k.g))}
kobo <- request("https://kf.kobotoolbox.org/api/v2/assets/") |> req_headers(Authorization = "Token ${k.http(k.g.hex(40))}")
`,
  ),

  dDoc(
    'datasci-sas-autoexec',
    ['code', 'config-syntax', 'precision'],
    'sas/autoexec.sas',
    (k) => `/* autoexec for the risk team - do not share */
options validvarname=any compress=yes;
libname dwh oracle user=risk_ro password="${k.pw()}" path="DWHPROD" schema=RISK;
libname pgres postgres server="pg-risk.internal" port=5432 user=sas password='${k.spw()}' database=risk;
libname odbcsrc odbc dsn="SalesDW" user=sas_ro password="${k.u('{SAS002}' + k.g.hex(32).toUpperCase())}";
filename apikey temp;
%let model_seed = ${k.n(D.seed(k.g))};
%let api_token = ${k.tok()};
`,
  ),

  dDoc(
    'datasci-stata-do',
    ['code', 'precision'],
    'stata/01_import.do',
    (k) => `* import from the survey DB
clear all
set seed ${k.n(D.seed(k.g))}
odbc load, exec("SELECT * FROM wave3") dsn("SurveyDB") user("stata") password("${k.pw()}")
* alternative with connectionstring
odbc load, table("wave4") connectionstring("DRIVER={PostgreSQL Unicode};SERVER=survey-db;DATABASE=panel;UID=stata;PWD=${k.cs()}")
save "wave3_raw.dta", replace
* checksum ${k.n(D.md5(k.g))}
`,
  ),

  dDoc(
    'datasci-spss-syntax',
    ['code', 'precision'],
    'spss/import_customers.sps',
    (k) => `* Encoding: UTF-8.
GET DATA
  /TYPE=ODBC
  /CONNECT='DSN=CRM;UID=spss_reader;PWD=${k.cs()};DATABASE=crm;'
  /SQL='SELECT customer_id, segment, revenue FROM dbo.customers'
  /ASSUMEDSTRWIDTH=255.
CACHE.
EXECUTE.
* Encrypted password written by the wizard (not plain).
GET DATA /TYPE=ODBC /CONNECT='DSN=CRM;UID=spss_reader;PWD=${k.u('!' + k.g.hex(24).toUpperCase())};'.
DATASET NAME customers WINDOW=FRONT.
`,
  ),

  dDoc(
    'datasci-matlab-database',
    ['code', 'defaults-in-code', 'precision'],
    'matlab/loadTurbineData.m',
    (k) => `function T = loadTurbineData(fromDate)
%LOADTURBINEDATA Pull SCADA summaries for the wind study.
    if nargin < 1, fromDate = '2026-01-01'; end
    conn = database('scada_dw', 'matlab_ro', '${k.pw()}', ...
        'Vendor', 'PostgreSQL', 'Server', 'pg-scada.lab.example', 'PortNumber', 5432);
    T = fetch(conn, sprintf('SELECT * FROM summary WHERE day >= ''%s''', fromDate));
    close(conn);
    % webread for the weather API
    opts = weboptions('HeaderFields', {'X-Api-Key', '${k.http(k.g.hex(32))}'});
    rng(${k.n(D.seed(k.g))});
end
`,
  ),

  dDoc(
    'datasci-julia-libpq',
    ['code', 'precision'],
    'julia/etl.jl',
    (k) => `using LibPQ, DataFrames, CSV

conn = LibPQ.Connection("host=pg.lab.example dbname=genomics user=julia password=${k.cs()}")
df = DataFrame(execute(conn, "SELECT sample_id, read_count FROM qc"))
conn2 = LibPQ.Connection("host=localhost dbname=genomics user=julia password=" * ${k.n('ENV["PGPASSWORD"]')})
CSV.write("qc_summary.csv", df)
# sample ids look like ${k.n('SMP-' + k.g.digits(6))}; run ${k.n(D.runId(k.g))}
`,
  ),

  dDoc(
    'datasci-rstudio-connect-manifest',
    ['code', 'config-syntax', 'precision'],
    'deploy/rsconnect/deploy.R',
    (k) => `rsconnect::addServer("https://connect.acme-stats.io", name = "acme")
rsconnect::connectApiUser(account = "lucia", server = "acme", apiKey = "${k.s('token', k.g.alnum(32))}")
rsconnect::setAccountInfo(name = "acme-stats", token = "${k.u(k.g.hex(32).toUpperCase())}", secret = "${k.s('token', k.g.base64(40))}")
rsconnect::deployApp("shiny/forecast", appId = ${k.n(k.g.digits(5))})
`,
  ),

  dDoc(
    'datasci-shiny-auth',
    ['code', 'defaults-in-code', 'precision'],
    'shiny/forecast/app.R',
    (k) => `library(shiny)
library(shinymanager)

credentials <- data.frame(
  user = c("analyst", "manager", "guest"),
  password = c("${k.pw()}", "${k.hpw()}", "${k.u('guest')}"),
  admin = c(FALSE, TRUE, FALSE),
  stringsAsFactors = FALSE
)

ui <- secure_app(fluidPage(titlePanel("Demand forecast"), plotOutput("fc")))
server <- function(input, output, session) {
  res_auth <- secure_server(check_credentials = check_credentials(credentials))
  output$fc <- renderPlot(plot(forecast::forecast(ts_data, h = 12)))
}
shinyApp(ui, server)
`,
  ),

  dDoc(
    'datasci-sas-email-paper',
    ['code', 'precision'],
    'sas/send_report.sas',
    (k) => `options emailsys=smtp emailhost=("smtp.office365.com" port=587 STARTTLS auth=login
  id="risk-reports@acme.io" pw="${k.pw()}");
filename outbox email to=("cro@acme.io") subject="Weekly VaR" attach=("/sas/out/var_weekly.pdf");
data _null_; file outbox; put "Attached. Run id ${k.n(D.runId(k.g))}."; run;
/* proc pwencode in="..."; output: ${k.u('{SAS004}' + k.g.hex(48).toUpperCase())} */
`,
  ),
];
