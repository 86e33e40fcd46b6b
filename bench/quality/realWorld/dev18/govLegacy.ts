// Legacy systems that still run tax, payroll and registries: JCL with PASSWORD=, RACF commands, TSO/FTP scripts,
// AS/400 CL, Windows batch net use, VBScript, Access .mdb connection strings, Crystal Reports, COBOL copybooks.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_LEGACY_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-jcl-ftp-tax-roll',
    ['command-line', 'config-syntax'],
    'mainframe/TAXROLL.JCL',
    (k) => `//TAXFTP   JOB (ACCT),'TAX ROLL TO STATE',CLASS=A,MSGCLASS=X,
//             USER=TAXBAT1,PASSWORD=${k.racf()}
//*
//* SENDS THE ANNUAL TAX ROLL TO THE STATE REVENUE DEPT
//*
//STEP01   EXEC PGM=FTP,PARM='(EXIT TIMEOUT 120'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
ftp.revenue.state.example
CNTY047
${k.racf()}
BINARY
PUT 'PROD.TAXROLL.ANNUAL(0)' TAXROLL.DAT
QUIT
/*
`,
  ),

  gDoc(
    'gov-racf-commands-runbook',
    ['command-line', 'prose', 'precision'],
    'mainframe/docs/racf-reset-procedure.txt',
    (k) => `RACF password reset procedure — Help Desk level 2 (do not give out over the phone)

1. Verify caller identity (employee number ${k.n(k.g.digits(6))} and supervisor callback).
2. ALTUSER userid PASSWORD(${k.n('temppw')}) RESUME   <- replace temppw with a generated one, 8 chars
3. Tell the user the temp password expires immediately (NOEXPIRED is NOT used).

Examples from last week's tickets (to be deleted):
   ALTUSER PAY0412 PASSWORD(${k.racf()}) RESUME
   ALTUSER BATCHTX PASSWORD(${k.racf()}) NOEXPIRED
   PASSWORD USER(DMV0087) INTERVAL(90)
   LISTUSER PAY0412

SURROGAT profile for batch: RDEFINE SURROGAT BATCHTX.SUBMIT UACC(NONE)
`,
  ),

  gDoc(
    'gov-as400-cl-program',
    ['code', 'precision'],
    'as400/QCLSRC/SNDPAYROL.CLLE',
    (k) => `PGM
/* Sends the payroll file to the bank via FTP. Runs after the payroll close job. */
             DCL        VAR(&USER) TYPE(*CHAR) LEN(10) VALUE('MUNIPAY')
             DCL        VAR(&PWD) TYPE(*CHAR) LEN(10) VALUE('${k.racf()}')
             OVRDBF     FILE(INPUT) TOFILE(QGPL/FTPCMD) MBR(PAYROLL)
             OVRDBF     FILE(OUTPUT) TOFILE(QGPL/FTPLOG) MBR(PAYROLL)
             FTP        RMTSYS('sftp-gw.bank.example')
             DLTOVR     FILE(*ALL)
/* DSPUSRPRF USRPRF(MUNIPAY) shows PWDEXPITV(*NOMAX) — audit finding ${k.n(V.ticket(k.g))} */
             CHGUSRPRF  USRPRF(QSECOFR) PASSWORD(${k.n('*SAME')})
ENDPGM
`,
  ),

  gDoc(
    'gov-ftp-script-windows',
    ['command-line', 'credential-file'],
    'scripts/ftp_assessor.txt',
    (k) => `open ftp.assessor.county.example
assessor_upload
${k.spw()}
binary
cd /incoming/cama
put D:\\exports\\cama_%date%.csv
bye
`,
  ),

  gDoc(
    'gov-batch-net-use',
    ['command-line', 'precision'],
    'scripts/map_drives.bat',
    (k) => `@echo off
rem Laufwerke fuer das Standesamt (Anmeldeskript, GPO Standesamt-Clients)
net use S: \\\\fil01\\Standesamt /user:RATHAUS\\svc-standesamt ${k.spw()} /persistent:no
net use P: \\\\fil01\\Personal /user:RATHAUS\\%USERNAME% * /persistent:yes
net use L: \\\\nas-archiv\\Ordnungsamt ${k.spw()} /user:archiv
if exist "%APPDATA%\\autista" call "%APPDATA%\\autista\\start.cmd"
rem Druckerzuordnung
rundll32 printui.dll,PrintUIEntry /in /n "\\\\print01\\Standesamt-OG2"
`,
  ),

  gDoc(
    'gov-vbscript-ad-account',
    ['code', 'precision'],
    'scripts/NeuerMitarbeiter.vbs',
    (k) => `' Legt neue Mitarbeiter im AD an (altes Skript der Personalabteilung, noch in Benutzung)
Option Explicit
Dim objOU, objUser, strPw
Set objOU = GetObject("LDAP://OU=Mitarbeiter,DC=gemeinde,DC=local")
Set objUser = objOU.Create("user", "CN=" & WScript.Arguments(0))
objUser.Put "sAMAccountName", WScript.Arguments(1)
objUser.SetInfo
' Startkennwort fuer alle neuen Konten
strPw = "${k.hpw()}"
objUser.SetPassword strPw
objUser.Put "pwdLastSet", 0
objUser.AccountDisabled = False
objUser.SetInfo

Dim conn
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=Personal;User ID=pers_app;Password=${k.cs()};"
conn.Execute "INSERT INTO Log (Aktion) VALUES ('Neu: " & WScript.Arguments(1) & "')"
`,
  ),

  gDoc(
    'gov-access-mdb-connection',
    ['code', 'config-syntax'],
    'vba/modVerbindung.bas',
    (k) => `Attribute VB_Name = "modVerbindung"
' Hundesteuer-Datenbank (Access-Frontend, SQL-Server-Backend seit 2016)
Public Const CONN_BACKEND As String = "ODBC;DRIVER={SQL Server};SERVER=sql-steuer;DATABASE=Hundesteuer;UID=hst_user;PWD=${k.cs()};"
Public Const CONN_ALT As String = "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\\\fil01\\Steuer\\hundesteuer_alt.mdb;Jet OLEDB:Database Password=${k.cs()};"

Public Function OeffneBackend() As DAO.Database
    Set OeffneBackend = OpenDatabase("", False, False, CONN_BACKEND)
End Function
`,
  ),

  gDoc(
    'gov-crystal-reports-dsn',
    ['config-syntax', 'precision'],
    'reports/CourtCalendar.rpt.xml',
    (k) => `<?xml version="1.0"?>
<!-- exported with RptToXml for the report migration inventory -->
<Report Name="CourtCalendar" FileName="CourtCalendar.rpt">
  <Database>
    <Table Name="CASE_EVENTS" ClassName="CrystalReports.Table">
      <ConnectionInfo Server="JUSTICE_DSN" Database="Justice" UserID="crystal_ro" Password="${k.pw()}" IntegratedSecurity="False"/>
    </Table>
    <Table Name="JUDGES">
      <ConnectionInfo Server="JUSTICE_DSN" Database="Justice" UserID="crystal_ro" Password="" IntegratedSecurity="False"/>
    </Table>
  </Database>
  <ParameterFields>
    <ParameterField Name="CaseNumber" DefaultValue="${k.n(V.caseNo(k.g))}"/>
  </ParameterFields>
</Report>
`,
  ),

  gDoc(
    'gov-cobol-db2-connect',
    ['code', 'precision'],
    'mainframe/src/VRUPDT.cbl',
    (k) => `       IDENTIFICATION DIVISION.
       PROGRAM-ID. VRUPDT.
      * VOTER REGISTRATION NIGHTLY UPDATE FROM DMV MOTOR-VOTER FILE
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-DB-USER          PIC X(8)  VALUE 'VRBATCH'.
       01  WS-DB-PASSWORD      PIC X(8)  VALUE '${k.racf()}'.
       01  WS-VOTER-ID         PIC 9(9)  VALUE ${k.n(k.g.digits(9))}.
       01  WS-COUNTY-CODE      PIC X(3)  VALUE '047'.
           EXEC SQL INCLUDE SQLCA END-EXEC.
       PROCEDURE DIVISION.
           EXEC SQL CONNECT TO VRDB USER :WS-DB-USER
                USING :WS-DB-PASSWORD END-EXEC.
           IF SQLCODE NOT = 0
              DISPLAY 'CONNECT FAILED ' SQLCODE
           END-IF.
           GOBACK.
`,
  ),

  gDoc(
    'gov-tso-netrc-and-profile',
    ['credential-file'],
    'home/batchops/.netrc',
    (k) => `machine mvs1.state.local login OPSBAT1 password ${k.racf()}
machine ftp.revenue.state.example login CNTY047 password ${k.racf()}
machine sftp.treasury.state.example
  login county047
  password ${k.spw()}
`,
  ),

  gDoc(
    'gov-windows-scheduled-task-xml',
    ['config-syntax', 'command-line', 'precision'],
    'tasks/Nachtlauf-Meldewesen.xml',
    (k) => `<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Author>RATHAUS\\admin-mueller</Author>
    <Description>Meldewesen Export an das Landesamt (OK.EWO)</Description>
  </RegistrationInfo>
  <Principals>
    <Principal id="Author">
      <UserId>${k.n('S-1-5-21-' + k.g.digits(10) + '-' + k.g.digits(10) + '-' + k.g.digits(9) + '-' + k.g.digits(4))}</UserId>
      <LogonType>Password</LogonType>
    </Principal>
  </Principals>
  <Actions Context="Author">
    <Exec>
      <Command>C:\\Tools\\pscp.exe</Command>
      <Arguments>-batch -pw ${k.spw()} D:\\Export\\ewo_*.xml meldewesen@sftp.landesamt.example:/in/</Arguments>
    </Exec>
  </Actions>
</Task>
`,
  ),
];
