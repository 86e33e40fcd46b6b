// Finance data plumbing: SSIS packages and SQL Agent jobs, Excel VBA and Power Query, SAS and R actuarial programs,
// Oracle Financials and SAP RFC destinations, COBOL-era JCL and batch, with GL accounts, cost centres, company codes
// and hashes beside them.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_DATA_DOCS: RealWorldDoc[] = [
  fDoc(
    'ssis-dtsx-connection',
    ['config-syntax', 'precision'],
    'ssis/GL_Load/GL_Load.dtsx',
    (k) => `<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:ExecutableType="Microsoft.Package" DTS:ProtectionLevel="DontSaveSensitive" DTS:DTSID="{${k.n(k.g.uuid().toUpperCase())}}" DTS:ObjectName="GL_Load">
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:ObjectName="ORA_EBS" DTS:DTSID="{${k.n(k.g.uuid().toUpperCase())}}" DTS:CreationName="OLEDB">
      <DTS:ObjectData>
        <DTS:ConnectionManager DTS:ConnectionString="Data Source=EBSPROD;User ID=APPS_RO;Password=${k.cs()};Provider=OraOLEDB.Oracle.1;Persist Security Info=True;" />
      </DTS:ObjectData>
    </DTS:ConnectionManager>
    <DTS:ConnectionManager DTS:ObjectName="DWH" DTS:DTSID="{${k.n(k.g.uuid().toUpperCase())}}" DTS:CreationName="OLEDB">
      <DTS:ObjectData>
        <DTS:ConnectionManager DTS:ConnectionString="Data Source=sql-dwh01;Initial Catalog=FinanceDWH;Provider=MSOLEDBSQL.1;Integrated Security=SSPI;" />
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
  <DTS:Variables>
    <DTS:Variable DTS:ObjectName="LedgerId"><DTS:VariableValue DTS:DataType="3">2021</DTS:VariableValue></DTS:Variable>
    <DTS:Variable DTS:ObjectName="PackagePassword" DTS:Sensitive="True"><DTS:VariableValue DTS:DataType="8">${k.pw().replace(/&/g, '&amp;')}</DTS:VariableValue></DTS:Variable>
  </DTS:Variables>
</DTS:Executable>
`,
  ),

  fDoc(
    'sql-agent-job-script',
    ['code', 'command-line'],
    'sql/agent/Job_Nightly_Recon.sql',
    (k) => `USE msdb;
GO
EXEC dbo.sp_add_job @job_name = N'Nightly bank reconciliation';
EXEC dbo.sp_add_jobstep
    @job_name = N'Nightly bank reconciliation',
    @step_name = N'Load camt.053',
    @subsystem = N'CmdExec',
    @command = N'dtexec /F "D:\\SSIS\\BankRecon.dtsx" /DECRYPT ${k.spw()} /SET \\Package.Variables[User::AccountIban].Value;${k.n(F.iban(k.g))}';
EXEC dbo.sp_add_jobstep
    @job_name = N'Nightly bank reconciliation',
    @step_name = N'Push to ledger',
    @subsystem = N'CmdExec',
    @command = N'sqlcmd -S ledger-sql01 -U recon_job -P ${k.spw()} -d Ledger -i D:\\jobs\\post_recon.sql';
GO
-- linked server for the card platform
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'CARDS_ORA', @useself = N'False', @rmtuser = N'RECON', @rmtpassword = N'${k.spw()}';
`,
  ),

  fDoc(
    'excel-vba-adodb',
    ['code', 'defaults-in-code'],
    'finance-tools/MonthEndClose.bas',
    (k) => `Attribute VB_Name = "MonthEndClose"
' Pulls the trial balance into the "TB" sheet. Ask Controlling before changing the cost centre list.
Option Explicit

Private Const CONN As String = "Provider=SQLOLEDB;Data Source=sql-fin02;Initial Catalog=Ledger;User ID=excel_tb;Password=${k.cs()};"

Public Sub LoadTrialBalance()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT account, cost_centre, SUM(amount) FROM gl_lines WHERE period = '2026-02' GROUP BY account, cost_centre")
    Sheets("TB").Range("A2").CopyFromRecordset rs
    ' Protect the sheet so nobody types into it
    Sheets("TB").Protect Password:="${k.hpw()}"
    ThisWorkbook.Sheets("Mapping").Range("B1").Value = "${k.n('4000-100-' + k.g.digits(4))}"
End Sub
`,
  ),

  fDoc(
    'power-query-m',
    ['code', 'precision'],
    'reports/Treasury/CashPosition.pq',
    (k) => `let
    // Bank balances via the treasury system's REST API (service user), then joined to the ERP
    Token = "${k.s('token', k.g.alnum(40))}",
    Source = Json.Document(Web.Contents("https://tms.acme.example/api/v2/balances", [Headers = [#"X-API-Key" = Token], Query = [date = "2026-03-05"]])),
    Balances = Table.FromRecords(Source[items]),
    Erp = Sql.Database("sql-erp01", "ERP", [Query = "select iban, company_code from bank_accounts"]),
    Joined = Table.NestedJoin(Balances, {"iban"}, Erp, {"iban"}, "erp", JoinKind.LeftOuter),
    Sample = "${k.n(F.iban(k.g))}"
in
    Joined
`,
  ),

  fDoc(
    'sas-libname-actuarial',
    ['code', 'defaults-in-code'],
    'actuarial/reserving/00_setup.sas',
    (k) => `/* Reserving – Q1 2026 IBNR run. Libraries and options. */
options compress=yes obs=max;

libname claims oracle user=ACT_READ password="${k.hpw()}" path="CLAIMSDW" schema=CLAIMS;
libname pol odbc noprompt="DSN=PolicyAdmin;UID=act_read;PWD=${k.cs()};" schema=dbo;
libname stage "/sasdata/reserving/2026Q1";

/* Encoded password (PROC PWENCODE) for the Teradata library */
libname tdw teradata server=tdprod user=act_batch password="${k.u('{SAS002}' + k.g.hex(32).toUpperCase())}";

%let valuation_date = '31MAR2026'd;
%let lob_list = MOTOR HOME LIAB;
`,
  ),

  fDoc(
    'oracle-financials-tnsnames-wallet-sh',
    ['command-line', 'code'],
    'ebs/scripts/run_gl_interface.sh',
    (k) => `#!/bin/ksh
# Runs the GL journal import concurrent program from cron
. /u01/app/EBSPROD/EBSapps.env run
APPS_PWD='${k.spw()}'
CONCSUB apps/$APPS_PWD SQLGL "General Ledger Super User" SYSADMIN WAIT=Y CONCURRENT SQLGL GLLEZL 2021 N N N
sqlplus -s XXFIN/${k.cs()}@EBSPROD <<EOF
  exec xxfin_recon_pkg.run(p_ledger_id => 2021, p_period => 'FEB-26');
  exit
EOF
echo "done, request id $(cat /tmp/gl_req.id)"   # e.g. ${k.n(k.g.digits(8))}
`,
  ),

  fDoc(
    'sap-jco-destination',
    ['config-syntax', 'credential-file'],
    'sap-connector/ERP_FI_PRD.jcoDestination',
    (k) => `#for tests only !
jco.client.lang=EN
jco.client.client=100
jco.client.user=RFC_FI_PRD
jco.client.passwd=${k.spw()}
jco.client.ashost=sap-fi-prd.acme.local
jco.client.sysnr=00
jco.destination.pool_capacity=3
jco.destination.peak_limit=10
`,
  ),

  fDoc(
    'sap-nco-app-config',
    ['config-syntax', 'precision'],
    'FiConnector/App.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <SAP.Middleware.Connector>
    <ClientSettings>
      <DestinationConfiguration>
        <destinations>
          <add NAME="FI_PRD" USER="RFC_BANKSTMT" PASSWD="${k.spw()}" CLIENT="100" LANG="EN" ASHOST="sap-fi-prd" SYSNR="00" POOL_SIZE="5"/>
          <add NAME="FI_QAS" USER="RFC_BANKSTMT" PASSWD="${k.n('********')}" CLIENT="200" LANG="EN" ASHOST="sap-fi-qas" SYSNR="00"/>
        </destinations>
      </DestinationConfiguration>
    </ClientSettings>
  </SAP.Middleware.Connector>
  <appSettings>
    <add key="CompanyCode" value="${k.n('1000')}"/>
    <add key="HouseBank" value="${k.n('DB001')}"/>
    <add key="StatementFolder" value="\\\\fs01\\bank\\camt"/>
  </appSettings>
</configuration>
`,
  ),

  fDoc(
    'jcl-mainframe-ftp',
    ['command-line', 'config-syntax'],
    'mainframe/JCL/PAYFTP01.jcl',
    (k) => `//PAYFTP01 JOB (ACCT),'SEND ACH FILE',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//*  SEND NACHA FILE TO FED RESERVE GATEWAY - DO NOT CHANGE WITHOUT CAB
//STEP01   EXEC PGM=FTP,PARM='(EXIT'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
fedgw.bank.internal
ACHXFER
${k.mf()}
BINARY
PUT 'PROD.ACH.NACHA.D260305' ach_260305.txt
QUIT
/*
//* RACF PASSWORD OF ACHXFER RESET TO ${k.mf()} ON 01/03 BY SECADM
//STEP02   EXEC PGM=IKJEFT01
//SYSTSIN  DD *
  SEND 'ACH FILE SENT BATCH ${k.n(k.g.digits(7))}' USER(OPSGRP)
/*
`,
  ),

  fDoc(
    'r-shiny-claims-dashboard',
    ['code', 'precision'],
    'claims-dashboard/global.R',
    (k) => `library(shiny)
library(DBI)
library(RPostgres)

con <- dbConnect(
  Postgres(),
  host = "pg-claims-ro.insure.local",
  dbname = "claims",
  user = "shiny_ro",
  password = Sys.getenv("CLAIMS_DB_PASSWORD", "${k.cs()}")
)

mapbox_token <- "${k.n('pk.eyJ1Ijoi' + k.g.base64url(40) + '.' + k.g.base64url(22))}"  # public style token
sample_claims <- c("${k.n(F.claimNo(k.g))}", "${k.n(F.claimNo(k.g))}")
`,
  ),

  fDoc(
    'dbt-profiles-snowflake',
    ['config-syntax', 'credential-file'],
    'home/analytics/.dbt/profiles.yml',
    (k) => `finance_dwh:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: ${k.n('acme-fin.eu-central-1')}
      user: DBT_FINANCE
      password: "${k.pw()}"
      role: TRANSFORMER_FIN
      database: FINANCE
      warehouse: FIN_WH
      schema: MARTS
      threads: 4
    dev:
      type: snowflake
      account: ${k.n('acme-fin.eu-central-1')}
      user: "{{ env_var('DBT_USER') }}"
      password: "${k.n("{{ env_var('DBT_PASSWORD') }}")}"
      role: TRANSFORMER_DEV
      database: FINANCE_DEV
      warehouse: DEV_WH
      schema: "{{ env_var('DBT_USER') }}"
`,
  ),

  fDoc(
    'python-etl-pyodbc',
    ['code', 'defaults-in-code'],
    'etl/fx_rates_ecb.py',
    (k) => `"""Loads ECB reference rates into the treasury DB every business day at 16:30 CET."""
import pyodbc
import requests
import xml.etree.ElementTree as ET

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-treasury01;DATABASE=Treasury;"
    "UID=fx_loader;PWD=${k.cs()};TrustServerCertificate=yes"
)
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
SMTP_USER = "fx-rates@acme.example"
SMTP_PASSWORD = "${k.gpw()}"


def main():
    root = ET.fromstring(requests.get(ECB_URL, timeout=20).content)
    with pyodbc.connect(CONN_STR) as cn:
        for cube in root.iter("{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}Cube"):
            if "currency" in cube.attrib:
                cn.execute("insert into fx_rates(ccy, rate) values (?, ?)", cube.attrib["currency"], cube.attrib["rate"])


if __name__ == "__main__":
    main()
`,
  ),

  fDoc(
    'power-bi-gateway-notes',
    ['prose', 'precision'],
    'docs/bi/power-bi-gateway.md',
    (k) => `# Power BI on-premises gateway (FIN-GW01)

- Recovery key (needed to move the gateway): ${k.s('password', F.phrase(k.g))}
- Service principal for the refresh API: app id ${k.n(k.g.uuid())}, tenant ${k.n(k.g.uuid())},
  client secret ${k.prov('Azure AD', F.azureSecret(k.g))} (expires 2027-01-31).
- Data source "Ledger SQL": basic auth, user \`pbi_ledger\`, password ${k.n('stored in the gateway, not here')}.
- Workspace id ${k.n(k.g.uuid())}, dataset id ${k.n(k.g.uuid())}.
`,
  ),
];
