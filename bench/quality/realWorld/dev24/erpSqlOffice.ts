// The back office's own glue: SQL Server linked servers and agent jobs, SSIS packages, Crystal Reports connections,
// Excel VBA macros with ADODB, scheduled tasks, 2000s batch files, pandas ETL notebooks and R scripts, beside
// company codes, GL accounts, cost centres and masked values.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_SQL_OFFICE_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-linked-server-sql',
    ['code', 'precision'],
    'sql/setup_linked_servers.sql',
    (k) => `-- Linked servers for the controlling reports (run once per environment)
EXEC master.dbo.sp_addlinkedserver @server = N'SAPHANA', @srvproduct = N'HANA', @provider = N'MSDASQL', @datasrc = N'HANA_PRD_DSN';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'SAPHANA', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'CO_REPORT', @rmtpassword = N'${k.s('password', R.safePw(k.g))}';

EXEC master.dbo.sp_addlinkedserver @server = N'MESDB', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'mes-sql01';
EXEC master.dbo.sp_addlinkedsrvlogin N'MESDB', 'false', NULL, N'erp_link', N'${k.s('password', R.safePw(k.g))}';

-- DSN used by the HANA ODBC driver on this box: Driver={HDBODBC};ServerNode=hanaprd01:30015;UID=CO_REPORT;PWD=${k.cs()}
-- check: company code ${k.n('1000')}, GL account ${k.n('0000' + k.g.digits(6))}, cost centre ${k.n('CC' + k.g.digits(4))}
SELECT TOP 10 * FROM OPENQUERY(SAPHANA, 'SELECT BUKRS, BELNR, GJAHR FROM SAPHANADB.BKPF WHERE GJAHR = 2026');
`,
  ),

  rDoc(
    'erp-ssis-dtsx',
    ['config-syntax', 'precision'],
    'ssis/LoadSalesOrders.dtsx',
    (k) => `<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:refId="Package" DTS:ProtectionLevel="0" DTS:ObjectName="LoadSalesOrders" DTS:DTSID="{${k.n(k.g.uuid().toUpperCase())}}">
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[ERP_STAGE]" DTS:ObjectName="ERP_STAGE" DTS:DTSID="{${k.n(k.g.uuid().toUpperCase())}}" DTS:CreationName="OLEDB">
      <DTS:ObjectData>
        <DTS:ConnectionManager DTS:ConnectionString="Data Source=ERPSTAGE01;User ID=ssis_loader;Initial Catalog=Stage;Provider=SQLNCLI11.1;Auto Translate=False;">
          <DTS:Password DTS:Name="Password" Sensitive="1">${k.s('password', R.safePw(k.g))}</DTS:Password>
        </DTS:ConnectionManager>
      </DTS:ObjectData>
    </DTS:ConnectionManager>
    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[SFTP_3PL]" DTS:ObjectName="SFTP_3PL" DTS:CreationName="SSH">
      <DTS:ObjectData>
        <SshConnectionManager ServerHost="sftp.3pl-partner.example" ServerUser="kohlmann" ServerPassword="${k.spw()}" ServerKeyFingerprint="${k.n(k.g.hex(32).replace(/(..)(?!$)/g, '$1:'))}" />
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
  <DTS:PackageParameters>
    <DTS:PackageParameter DTS:ObjectName="CompanyCode" DTS:DataType="8"><DTS:Property DTS:Name="ParameterValue">${k.n('1000')}</DTS:Property></DTS:PackageParameter>
  </DTS:PackageParameters>
</DTS:Executable>
`,
  ),

  rDoc(
    'erp-excel-vba-adodb',
    ['code', 'defaults-in-code', 'precision'],
    'excel/Bestandsbericht.xlsm/Module1.bas',
    (k) => `Attribute VB_Name = "Module1"
' Bestandsbericht: holt Lagerbestände aus der ERP-Datenbank in Blatt "Bestand"
Option Explicit

Private Const CONN_STR As String = "Provider=SQLOLEDB;Data Source=ERPSQL01;Initial Catalog=ERP_PROD;User ID=excel_report;Pwd=${k.cs()};"

Public Sub BestandLaden()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT Artikel, Lagerort, Menge FROM v_Bestand WHERE Werk = '${k.n('1010')}'")
    Sheets("Bestand").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub

' Blattschutz-Kennwort für "Bestand" (damit keiner die Formeln ändert):
Public Sub Schuetzen()
    Sheets("Bestand").Protect Password:="${k.s('password', R.human(k.g).replace(/"/g, ''))}"
End Sub
`,
  ),

  rDoc(
    'erp-schtasks-export',
    ['command-line', 'precision'],
    'ops/create_tasks.cmd',
    (k) => `@echo off
rem Scheduled tasks on the EDI/interface server (recreated after the OS migration)
schtasks /Create /TN "EDI\\PullVAN" /TR "C:\\EDI\\pull_van.cmd" /SC MINUTE /MO 15 /RU CORP\\svc_edi /RP ${k.spw()} /F
schtasks /Create /TN "ERP\\NightlyExport" /TR "C:\\jobs\\nightly_export.cmd" /SC DAILY /ST 01:30 /RU CORP\\svc_erpjobs /RP ${k.spw()} /F
schtasks /Create /TN "ERP\\Cleanup" /TR "C:\\jobs\\cleanup.cmd" /SC WEEKLY /D SUN /RU SYSTEM /F
rem task for the label server uses a gMSA, no password: /RU CORP\\gmsa_label$ /RP ${k.n('""')}
`,
  ),

  rDoc(
    'erp-legacy-batch-ftp',
    ['command-line', 'code', 'precision'],
    'legacy/SENDINV.BAT',
    (k) => `@ECHO OFF
REM ** SENDINV.BAT - sends invoices to the customer's FTP  (c) 2004 EDV Meier **
REM ** geaendert 2011: neues Passwort vom Kunden                                 **
SET FTPUSER=KOHL0815
SET FTPPASS=${k.s('password', R.safePw(k.g))}
ECHO open ftp.kunde-gross.example> %TEMP%\\ftp.txt
ECHO %FTPUSER%>> %TEMP%\\ftp.txt
ECHO %FTPPASS%>> %TEMP%\\ftp.txt
ECHO binary>> %TEMP%\\ftp.txt
ECHO mput C:\\INV\\*.TXT>> %TEMP%\\ftp.txt
ECHO quit>> %TEMP%\\ftp.txt
FTP -i -s:%TEMP%\\ftp.txt
DEL %TEMP%\\ftp.txt
REM alte Zugangsdaten bis 2011: KOHL0815 / ${k.hpw()}
`,
  ),

  rDoc(
    'erp-pandas-etl-notebook',
    ['code', 'logs-and-output', 'precision'],
    'notebooks/supplier_otd_analysis.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"mssql+pyodbc://bi_reader:${k.cs()}@ERPSQL01/ERP_PROD?driver=ODBC+Driver+17+for+SQL+Server\\")\\n",
    "import openai\n",
    "openai.api_key = \\"${k.prov('OpenAI API key', R.openai(k.g))}\\"  # for the supplier-name clean-up cell\n",
    "po = pd.read_sql(\\"SELECT EBELN, LIFNR, EINDT, BUDAT FROM ekbe_v WHERE BUKRS = '1000'\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "rows: 48211, suppliers: 612, first PO ${k.n(R.po(k.g))}, DUNS of top supplier ${k.n(R.duns(k.g))}\\n"
     ]
    }
   ],
   "source": [
    "print(f\\"rows: {len(po)}, suppliers: {po.LIFNR.nunique()}, first PO {po.EBELN.min()}\\")"
   ]
  }
 ],
 "metadata": { "kernelspec": { "name": "python3", "display_name": "Python 3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  rDoc(
    'erp-r-forecast-script',
    ['code', 'precision'],
    'analytics/demand_forecast.R',
    (k) => `# Demand forecast per material group (weekly), feeds the SOP meeting
library(DBI)
library(odbc)
library(forecast)

con <- dbConnect(odbc::odbc(),
                 Driver = "HDBODBC",
                 ServerNode = "hanaprd01:30015",
                 UID = "SOP_READ",
                 PWD = "${k.s('password', R.anyPw(k.g).replace(/"/g, ''))}")
# PWD = Sys.getenv("HANA_PWD") would be better
sales <- dbGetQuery(con, "SELECT MATKL, CALWEEK, SUM(FKIMG) AS QTY FROM SOP.V_BILLING GROUP BY MATKL, CALWEEK")
fit <- auto.arima(ts(sales$QTY[sales$MATKL == "${k.n('MG' + k.g.digits(4))}"], frequency = 52))
print(forecast(fit, h = 12))
`,
  ),

  rDoc(
    'erp-crystal-reports-notes',
    ['prose', 'precision'],
    'docs/reports/crystal-migration.md',
    (k) => `# Crystal Reports → SSRS migration inventory

| Report | Data source | Login used | Status |
|---|---|---|---|
| Lieferschein.rpt | ODBC \`ERP_PROD\` | \`crystal\` / ${k.s('password', R.safePw(k.g))} | migrated |
| Rechnung_EU.rpt | OLE DB \`ERPSQL01\` | integrated | migrated |
| Inventur.rpt | ODBC \`ERP_PROD\` | \`crystal\` / ${k.n('(same as above)')} | open |
| Prüfprotokoll.rpt | Oracle \`QMPROD\` | \`qm_report\` / ${k.s('password', R.human(k.g).replace(/\|/g, ''))} | open |

The saved logins are stored in the .rpt files unless "Save data with report" and "Save password" are off.
Report GUIDs: ${k.n(k.g.uuid())}, ${k.n(k.g.uuid())}.
`,
  ),

  rDoc(
    'erp-sql-agent-job-script',
    ['code', 'precision'],
    'sql/agent_job_import_prices.sql',
    (k) => `USE msdb;
GO
EXEC dbo.sp_add_job @job_name = N'Import supplier price lists';
EXEC dbo.sp_add_jobstep @job_name = N'Import supplier price lists', @step_name = N'Run importer',
     @subsystem = N'CmdExec',
     @command = N'"C:\\Tools\\PriceImport.exe" /server ERPSQL01 /user price_import /password ${k.s('password', R.safePw(k.g))} /folder \\\\fs01\\einkauf\\preislisten';
EXEC dbo.sp_add_jobstep @job_name = N'Import supplier price lists', @step_name = N'Notify',
     @subsystem = N'TSQL', @command = N'EXEC msdb.dbo.sp_send_dbmail @profile_name = ''ERP'', @recipients = ''einkauf@kohlmann.example'', @subject = ''Price import done''';
-- job id ${k.n(k.g.uuid().toUpperCase())}
GO
`,
  ),

  rDoc(
    'erp-access-odbc-linked-tables',
    ['config-syntax', 'precision'],
    'access/Qualitaet.accdb.MSysObjects.txt',
    (k) => `Name            | Connect
----------------+-------------------------------------------------------------------------------------------
dbo_Pruefplan   | ODBC;DRIVER=SQL Server;SERVER=QMSQL01;UID=qm_access;PWD=${k.cs()};APP=Microsoft Office;DATABASE=QM
dbo_Reklamation | ODBC;DRIVER=SQL Server;SERVER=QMSQL01;Trusted_Connection=Yes;APP=Microsoft Office;DATABASE=QM
dbo_Lieferant   | ODBC;DRIVER=SQL Server;SERVER=ERPSQL01;UID=qm_access;PWD=${k.cs()};DATABASE=ERP_PROD
tbl_8D_Bericht  | (local)
-- exported from MSysObjects for the Access retirement project, ticket ${k.n(R.ticket(k.g))}
`,
  ),

  rDoc(
    'erp-vba-outlook-sap-gui-script',
    ['code', 'precision'],
    'excel/SAP_MB52_Export.bas',
    (k) => `Attribute VB_Name = "SAP_MB52"
' SAP GUI Scripting: logs on and exports MB52 to Excel every Monday
Sub ExportMB52()
    Dim SapGuiAuto, App, Connection, session
    Set SapGuiAuto = GetObject("SAPGUI")
    Set App = SapGuiAuto.GetScriptingEngine
    Set Connection = App.OpenConnection("PRD - S/4HANA Produktion", True)
    Set session = Connection.Children(0)
    session.findById("wnd[0]/usr/txtRSYST-MANDT").Text = "${k.n('100')}"
    session.findById("wnd[0]/usr/txtRSYST-BNAME").Text = "LAGER_AUSWERT"
    session.findById("wnd[0]/usr/pwdRSYST-BCODE").Text = "${k.s('password', R.human(k.g).replace(/"/g, ''))}"
    session.findById("wnd[0]").sendVKey 0
    session.findById("wnd[0]/tbar[0]/okcd").Text = "/nMB52"
    session.findById("wnd[0]").sendVKey 0
    session.findById("wnd[0]/usr/ctxtWERKS-LOW").Text = "${k.n('1010')}"
End Sub
`,
  ),

  rDoc(
    'erp-csv-user-import',
    ['config-syntax', 'precision'],
    'migration/users_wave2.csv',
    (k) => `UserName;FullName;Plant;Role;InitialPassword;MustChange
jkowalczyk;Jan Kowalczyk;PL01;Z_WH_OPERATOR;${k.init()};X
mrossi;Marco Rossi;IT02;Z_QM_INSPECTOR;${k.init()};X
tnguyen;Thi Nguyen;DE10;Z_PP_PLANNER;${k.init()};X
akaya;Ahmet Kaya;TR01;Z_WH_OPERATOR;${k.init()};X
hsato;Hiroshi Sato;JP01;Z_PP_PLANNER;${k.n('********')};
lmartin;Lea Martin;FR03;Z_SD_CLERK;${k.n('<set in SU01>')};
`,
  ),
];
