// Connection strings across a municipal data centre: the migration inventory spreadsheet, odbc.ini on the report
// server, Talend/Pentaho job contexts, sqlcmd and pg_dump lines in backup scripts, and a tax-roll extract that holds
// only look-alikes.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_CONNECTION_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-migration-inventory-csv',
    ['config-syntax', 'precision'],
    'migration/datacenter-inventory.csv',
    (k) => `system,owner,connection,notes
Hundesteuer,Kaemmerei,"Server=sql-steuer;Database=Hundesteuer;User Id=hst_user;Password=${k.cs()};",Access frontend
Gewerbe,Ordnungsamt,"jdbc:oracle:thin:gewerbe_app/${k.cs()}@ora-gew:1521/GEWERBE",migrates to cloud Q3
Friedhof,Gruenflaechen,"Server=sql02;Database=Friedhof;Integrated Security=SSPI",AD auth
GIS,Vermessung,"postgresql://gis_admin:${k.cs()}@pg-geo.stadt.local:5432/geodaten",PostGIS 3.4
Bibliothek,Kultur,"mysql://koha:${k.cs()}@db-koha:3306/koha_bibliotheek",Koha 23.11
Parken,Ordnungsamt,"mongodb://parken:${k.n('<password>')}@mongo-parken:27017/parken",password in KeePass
Sitzungsdienst,Hauptamt,"Data Source=sql-ris;Initial Catalog=SessionNet;User ID=ris;Password=${k.n('${RIS_DB_PW}')}",templated
`,
  ),

  gDoc(
    'gov-odbc-ini-report-server',
    ['config-syntax', 'credential-file'],
    'etc/odbc.ini',
    (k) => `[CAMA]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:cama-sql.assessor.local,1433
Database    = CAMA_PROD
UID         = report_ro
PWD         = ${k.cs()}
TrustServerCertificate = yes

[PERMITS]
Driver      = PostgreSQL Unicode
Servername  = pg-permits
Database    = permits
Username    = report_ro
Password    = ${k.cs()}
`,
  ),

  gDoc(
    'gov-talend-context-properties',
    ['config-syntax'],
    'talend/contexts/Production.properties',
    (k) => `#Talend context for job LOAD_BUDGET_TO_DWH
src_host=ora-fin.region.local
src_port=1521
src_service=FINPROD
src_user=dwh_extract
src_password=${k.pw()}
dwh_url=jdbc:postgresql://pg-dwh.region.local:5432/dwh?user=etl&password=${k.cs()}
sftp_password=${k.spw()}
`,
  ),

  gDoc(
    'gov-backup-script-sqlcmd-pgdump',
    ['command-line', 'code'],
    'scripts/nightly-dumps.sh',
    (k) => `#!/bin/bash
# Nightly dumps for the records retention copy (kept 10 years per retention schedule)
set -e
D=$(date +%F)
PGPASSWORD='${k.pw()}' pg_dump -h pg-permits -U backup permits | gzip > /backup/permits-$D.sql.gz
sqlcmd -S cama-sql.assessor.local -U backup -P '${k.pw()}' -Q "BACKUP DATABASE CAMA_PROD TO DISK='/var/opt/mssql/backup/cama-$D.bak'"
mysqldump -h db-koha -u backup --password=${k.spw()} koha_bibliotheek | gzip > /backup/koha-$D.sql.gz
mongodump --uri "mongodb://backup:${k.cs()}@mongo-parken:27017/parken?authSource=admin" --archive=/backup/parken-$D.archive
sha256sum /backup/*-$D.* >> /backup/SHA256SUMS
`,
  ),

  gDoc(
    'gov-tax-roll-extract',
    ['precision'],
    'exports/tax_roll_sample.txt',
    (k) => `PARCEL_ID          OWNER_REF    TAX_ID        ASSESSED   EXEMPT  LEGAL_DESC
${Array.from({ length: 7 }, () => `${k.n(V.parcelId(k.g))}  ${k.n('OWN' + k.g.digits(7))}  ${k.n(V.taxId(k.g))}  ${k.g.digits(6)}  N  LOT ${k.g.digits(2)} BLK ${k.g.digits(1)}`).join('\n')}
-- batch ${k.n(k.g.hex(16).toUpperCase())}, checksum ${k.n(V.md5(k.g))}
`,
  ),

  gDoc(
    'gov-court-docket-export',
    ['precision'],
    'exports/docket-2025-03-12.csv',
    (k) => `case_number,filed,type,judge,next_hearing,sealed
${Array.from({ length: 6 }, () => `${k.n(V.caseNo(k.g))},2025-0${1 + (Number(k.g.digits(1)) % 3)}-1${k.g.digits(1)},${k.g.pick(['civil', 'criminal', 'family', 'probate'])},Dept ${k.g.digits(2)},2025-04-0${1 + (Number(k.g.digits(1)) % 9)},false`).join('\n')}
`,
  ),
];
