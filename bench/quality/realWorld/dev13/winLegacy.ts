// Legacy enterprise: Oracle sqlplus/tnsnames, SAP (RFC, saprouter, hdbsql), DB2, AS400, mainframe JCL.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;

export const WIN_LEGACY = [
  wdoc(
    'oracle-sqlplus-bat',
    ['command-line'],
    'oracle/nightly_stats.bat',
    (k) => r`@echo off
set ORACLE_HOME=C:\oracle\product\19.0.0\client_1
set TNS_ADMIN=%ORACLE_HOME%\network\admin
set NLS_LANG=GERMAN_GERMANY.WE8MSWIN1252
rem stats job
sqlplus -s system/${k.spw()}@ERPPROD @C:\oracle\scripts\gather_stats.sql
rem export for the DWH
expdp dwh_exp/${k.spw()}@ERPPROD schemas=SALES directory=DP_DIR dumpfile=sales_%date:~-4%.dmp logfile=sales.log
sqlldr userid=loader/${k.spw()}@DWH control=C:\oracle\ctl\customers.ctl log=C:\oracle\log\customers.log
rem connect as sysdba via OS auth, no pw needed
sqlplus / as sysdba @C:\oracle\scripts\check_tbs.sql
`,
  ),
  wdoc(
    'oracle-tnsnames-notes',
    ['config-syntax', 'prose'],
    'oracle/network/admin/tnsnames.ora',
    (k) => r`# tnsnames.ora - ERP landscape
# app user: erp_app / ${k.pw()}   (ask DBA team before changing!)
ERPPROD =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ora-erp01.corp.local)(PORT = 1521))
    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = erpprod.corp.local))
  )
DWH =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ora-dwh01.corp.local)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = dwh))
  )
# JDBC for the reporting tool:
# jdbc:oracle:thin:report/${k.cs()}@//ora-dwh01.corp.local:1521/dwh
`,
  ),
  wdoc(
    'sap-rfc-ini',
    ['config-syntax'],
    'sap/saprfc.ini',
    (k) => r`/*=====================================================================*/
/*  saprfc.ini - connections for the interface server                   */
/*=====================================================================*/
DEST=PRD_RFC
TYPE=A
ASHOST=sapprd-ci.corp.local
SYSNR=00
CLIENT=100
USER=RFC_IFACE
PASSWD=${k.pw()}
LANG=DE
RFC_TRACE=0

DEST=QAS_RFC
TYPE=B
MSHOST=sapqas.corp.local
GROUP=PUBLIC
R3NAME=QAS
CLIENT=200
USER=RFC_IFACE
PASSWD=${k.pw()}
`,
  ),
  wdoc(
    'sap-pyrfc-script',
    ['code'],
    'sap/tools/read_materials.py',
    (k) => r`# -*- coding: utf-8 -*-
"""Liest Materialstamm aus SAP (RFC_READ_TABLE) fuer das Lager-Dashboard."""
from pyrfc import Connection
import csv

conn = Connection(ashost='sapprd-ci.corp.local', sysnr='00', client='100',
                  user='RFC_LAGER', passwd='${k.pw()}', lang='DE')
res = conn.call('RFC_READ_TABLE', QUERY_TABLE='MARA', DELIMITER=';', ROWCOUNT=5000,
                FIELDS=[{'FIELDNAME': 'MATNR'}, {'FIELDNAME': 'MTART'}])
with open(r'\\fs01\Lager\mara.csv', 'w', newline='') as f:
    w = csv.writer(f, delimiter=';')
    for row in res['DATA']:
        w.writerow(row['WA'].split(';'))

# HANA side
# hdbsql -n hana01:30015 -u SYSTEM -p ${k.spw()} "select count(*) from m_tables"
# better: hdbuserstore SET BACKUPKEY hana01:30015 BACKUP_OP <password>  then hdbsql -U BACKUPKEY
`,
  ),
  wdoc(
    'sap-hana-backup-cmd',
    ['command-line'],
    'sap/hana/backup_hana.cmd',
    (k) => r`@echo off
REM HANA tenant backup (runs on the jump host, hdbclient installed)
set HDB="C:\Program Files\sap\hdbclient\hdbsql.exe"
%HDB% -n hana01.corp.local:30013 -d SYSTEMDB -u BACKUP_OP -p ${k.spw()} "BACKUP DATA FOR PRD USING FILE ('daily')"
REM this one is set up correctly with the key store:
%HDB% -U BACKUPKEY "BACKUP DATA FOR QAS USING FILE ('daily')"
REM set up the key once:
REM   hdbuserstore SET BACKUPKEY hana01.corp.local:30013@SYSTEMDB BACKUP_OP ${k.n('<password>')}
`,
  ),
  wdoc(
    'db2-catalog-script',
    ['command-line'],
    'db2/connect_warehouse.bat',
    (k) => r`@echo off
REM DB2 client - catalog + connect (IBM Data Server Client 11.5)
db2 catalog tcpip node WHNODE remote db2wh.corp.local server 50000
db2 catalog database WHPROD as WHPROD at node WHNODE
db2 terminate
db2 connect to WHPROD user DB2RPT using ${k.spw()}
db2 "export to C:\temp\stock.del of del select * from LAGER.BESTAND"
db2 connect reset
`,
  ),
  wdoc(
    'as400-acs-config',
    ['config-syntax', 'code'],
    'as400/ftp_spool.txt',
    (k) => r`* AS400 FTP script - pulls the spool files for the billing run
* run with: ftp -s:ftp_spool.txt as400prod
OPS_BATCH
${k.pw(V.letters(k.g).toUpperCase().slice(0, 10))}
quote site namefmt 1
cd /QSYS.LIB/BILLING.LIB
get SPOOL01.FILE C:\billing\spool01.txt
quit

* JDBC for the Java tool (jt400):
* jdbc:as400://as400prod;naming=system;libraries=BILLING;user=JT400RPT;password=${k.cs()}
`,
  ),
  wdoc(
    'jcl-ftp-job',
    ['code', 'config-syntax'],
    'mainframe/JCL/FTPOUT.jcl',
    (k) => r`//FTPOUT   JOB (ACCT),'SEND TO BANK',CLASS=A,MSGCLASS=X,
//             NOTIFY=&SYSUID,USER=BATCHOP,PASSWORD=${k.pw(k.g.upper(4) + k.g.digits(3))}
//*-----------------------------------------------------------------
//* SEND DAILY PAYMENT FILE TO BANK
//*-----------------------------------------------------------------
//STEP01   EXEC PGM=FTP,PARM='(EXIT'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
sftp.bank-edi.example
CONTOSO01 ${k.pw(k.g.upper(3) + k.g.digits(2) + k.g.upper(3))}
BINARY
PUT 'PROD.PAYMENT.DAILY' PAYMENT.DAT
QUIT
/*
//STEP02   EXEC PGM=IKJEFT01
//SYSTSIN  DD *
  DSN SYSTEM(DB2P)
  RUN PROGRAM(PAYRPT) PLAN(PAYRPT)
/*
`,
  ),
];
