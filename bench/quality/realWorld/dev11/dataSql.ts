// rw-dev11 data: SQL scripts and migrations as DBAs and analysts write them: CREATE USER / ALTER ROLE, GRANTs,
// linked servers, COPY with credentials for Redshift and Snowflake stages, dblink, Flyway/Liquibase files.
// Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_SQL_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-sql-pg-roles-migration',
    ['code', 'config-syntax'],
    'db/migrations/V42__reporting_roles.sql',
    (k) => `-- V42: roles for the reporting stack (ticket DATA-1187)
-- passwords are rotated by the vault job afterwards, these are only the bootstrap ones

CREATE ROLE reporting_ro LOGIN PASSWORD '${k.pw()}';
CREATE ROLE metabase_app WITH LOGIN PASSWORD '${k.gpw()}' VALID UNTIL '2025-12-31';
ALTER ROLE airflow_etl WITH PASSWORD '${k.hpw()}';
-- legacy user, hash copied from old cluster
ALTER ROLE legacy_bi WITH ENCRYPTED PASSWORD '${k.n('SCRAM-SHA-256$4096:' + k.g.base64(24) + '$' + k.g.base64(44) + ':' + k.g.base64(44))}';

GRANT CONNECT ON DATABASE analytics TO reporting_ro, metabase_app;
GRANT USAGE ON SCHEMA marts TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA marts TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA marts GRANT SELECT ON TABLES TO reporting_ro;
`,
  ),

  ddoc(
    'data-sql-mysql-users',
    ['code'],
    'sql/setup_users.sql',
    (k) => `/* MySQL 8 users for the ETL box. run as root: mysql -u root -p < setup_users.sql */
CREATE USER 'etl'@'10.2.%' IDENTIFIED BY '${k.pw()}';
CREATE USER IF NOT EXISTS 'grafana'@'%' IDENTIFIED WITH mysql_native_password BY '${k.hpw()}';
CREATE USER 'backup'@'localhost' IDENTIFIED BY '${k.gpw()}' PASSWORD EXPIRE NEVER;
-- old style, copied from the 5.7 box
SET PASSWORD FOR 'readonly'@'%' = PASSWORD('${k.letters()}');
CREATE USER 'replica'@'%' IDENTIFIED WITH caching_sha2_password AS '${k.n('$A$005$' + k.g.alnum(20) + k.g.alnum(43))}';
GRANT SELECT, SHOW VIEW ON shop.* TO 'grafana'@'%';
GRANT RELOAD, LOCK TABLES, REPLICATION CLIENT ON *.* TO 'backup'@'localhost';
FLUSH PRIVILEGES;
`,
  ),

  ddoc(
    'data-sql-mssql-linked-server',
    ['code'],
    'dba/linked_server_erp.sql',
    (k) => `USE [master]
GO
-- Linked server to the ERP (Oracle) for the finance views. Owner: Marek
EXEC master.dbo.sp_addlinkedserver @server = N'ERP_ORA', @srvproduct=N'Oracle', @provider=N'OraOLEDB.Oracle', @datasrc=N'erp-db:1521/ERPPRD'
GO
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname=N'ERP_ORA', @useself=N'False', @locallogin=NULL, @rmtuser=N'FIN_READ', @rmtpassword='${k.pw()}'
GO
CREATE LOGIN [svc_ssis] WITH PASSWORD=N'${k.gpw()}', DEFAULT_DATABASE=[DWH], CHECK_EXPIRATION=OFF, CHECK_POLICY=OFF
GO
-- copied from the old server, this one is a hash, not the password
CREATE LOGIN [svc_legacy] WITH PASSWORD=${k.n('0x0200' + k.g.hex(136).toUpperCase())} HASHED, SID=${k.n('0x' + k.g.hex(32).toUpperCase())}
GO
ALTER LOGIN [sa] WITH PASSWORD=N'${k.hpw()}'
GO
`,
  ),

  ddoc(
    'data-sql-redshift-copy',
    ['code'],
    'sql/loads/copy_events.sql',
    (k) => `-- nightly load of the clickstream (runs from the loader box, see README)
COPY analytics.events
FROM 's3://acme-clickstream/exports/2024/06/'
CREDENTIALS 'aws_access_key_id=${k.u(k.awsId())};aws_secret_access_key=${k.prov('awsSecret', 'AWS secret key')}'
FORMAT AS PARQUET;

-- the role version is what we should use everywhere:
COPY analytics.sessions
FROM 's3://acme-clickstream/sessions/'
IAM_ROLE 'arn:aws:iam::${k.n(k.g.digits(12))}:role/RedshiftLoader'
FORMAT AS JSON 'auto';

UNLOAD ('select * from analytics.daily_kpis')
TO 's3://acme-exports/kpis/'
ACCESS_KEY_ID '${k.n('AKIAIOSFODNN7EXAMPLE')}' SECRET_ACCESS_KEY '${k.n('<secret>')}'
PARALLEL OFF;
`,
  ),

  ddoc(
    'data-sql-snowflake-stage',
    ['code'],
    'snowflake/stages.sql',
    (k) => `use role SYSADMIN;
use database RAW;

create or replace stage RAW.PUBLIC.AZ_STAGE
  url = 'azure://acmedata.blob.core.windows.net/landing/'
  credentials = (azure_sas_token = '?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${k.tok(k.g.base64(43).replace(/[+/]/g, 'x') + '%3D')}')
  file_format = (type = csv skip_header = 1);

create or replace stage RAW.PUBLIC.S3_STAGE
  url = 's3://acme-landing/'
  credentials = (aws_key_id = '${k.u(k.awsId())}' aws_secret_key = '${k.prov('awsSecret', 'AWS secret key')}');

-- service user for fivetran
create user FIVETRAN_USER password = '${k.gpw()}' default_role = FIVETRAN_ROLE must_change_password = false;
alter user DBT_CLOUD set rsa_public_key = '${k.n('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + k.g.base64(60))}';
`,
  ),

  ddoc(
    'data-sql-dblink-fdw',
    ['code'],
    'sql/fdw_legacy.sql',
    (k) => `-- pull customers from the legacy DB until the migration is done
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER legacy_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'legacy-db', dbname 'crm', port '5432');
CREATE USER MAPPING FOR analyst SERVER legacy_srv OPTIONS (user 'crm_reader', password '${k.pw()}');

SELECT * FROM dblink('host=legacy-db dbname=crm user=crm_reader password=${k.cs()}',
  'select id, email, created_at from customers') AS t(id int, email text, created_at timestamptz);

-- do NOT use this one in prod, it's the local docker default
-- CREATE USER MAPPING FOR postgres SERVER legacy_srv OPTIONS (user 'postgres', password '${k.u('postgres')}');
`,
  ),

  ddoc(
    'data-sql-oracle-dba',
    ['code', 'command-line'],
    'dba/oracle/create_schema_owner.sql',
    (k) => `-- sqlplus / as sysdba @create_schema_owner.sql
CREATE USER dwh_owner IDENTIFIED BY "${k.pw()}" DEFAULT TABLESPACE dwh_data QUOTA UNLIMITED ON dwh_data;
GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW TO dwh_owner;
ALTER USER stage_loader IDENTIFIED BY ${k.letters()} ACCOUNT UNLOCK;
CREATE DATABASE LINK erp_link CONNECT TO fin_read IDENTIFIED BY "${k.hpw()}" USING 'ERPPRD';
-- after running: sqlplus dwh_owner/${k.n('"&pw"')}@DWHPRD
`,
  ),

  ddoc(
    'data-sql-clickhouse-users-xml',
    ['config-syntax'],
    'clickhouse/users.d/analysts.xml',
    (k) => `<clickhouse>
    <users>
        <analyst>
            <password>${k.pw()}</password>
            <networks><ip>10.0.0.0/8</ip></networks>
            <profile>readonly</profile>
            <quota>default</quota>
        </analyst>
        <superset>
            <password_sha256_hex>${k.n(k.hex(64))}</password_sha256_hex>
            <profile>default</profile>
        </superset>
        <loader>
            <password>${k.gpw()}</password>
            <access_management>0</access_management>
        </loader>
    </users>
</clickhouse>
`,
  ),

  ddoc(
    'data-sql-liquibase-changelog',
    ['config-syntax'],
    'db/changelog/liquibase.properties',
    (k) => `changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://dwh-stage:5432/dwh?ssl=true
username=liquibase
password=${k.pw()}
referenceUrl=jdbc:postgresql://dwh-prod:5432/dwh
referenceUsername=liquibase_ro
referencePassword=${k.hpw()}
liquibase.hub.mode=off
# licence key for pro features
liquibase.licenseKey=${k.tok(k.g.base64(120).replace(/[+/]/g, 'Q'))}
`,
  ),

  ddoc(
    'data-sql-flyway-conf',
    ['config-syntax'],
    'flyway/conf/flyway.conf',
    (k) => `flyway.url=jdbc:sqlserver://sql01.corp.local:1433;databaseName=Staging;encrypt=true;trustServerCertificate=true
flyway.user=flyway_deploy
flyway.password=${k.gpw()}
flyway.schemas=stg,ref
flyway.locations=filesystem:sql
flyway.placeholders.etl_password=${k.pw()}
flyway.placeholders.env=staging
# flyway.password=\${FLYWAY_PASSWORD}
`,
  ),

  ddoc(
    'data-sql-mongo-shell',
    ['code', 'command-line'],
    'mongo/create_users.js',
    (k) => `// mongosh "mongodb://admin@mongo-1:27017/admin" --file create_users.js
db = db.getSiblingDB('analytics');
db.createUser({
  user: 'bi_connector',
  pwd: '${k.pw()}',
  roles: [{ role: 'read', db: 'analytics' }],
});
db.getSiblingDB('admin').changeUserPassword('etl', '${k.hpw()}');
// for the compass bookmark: mongodb+srv://etl:${k.cs()}@cluster0.${k.n(k.g.lower(5))}.mongodb.net/analytics?retryWrites=true
db.createUser({ user: 'monitor', pwd: ${k.n('passwordPrompt()')}, roles: ['clusterMonitor'] });
`,
  ),

  ddoc(
    'data-sql-hive-beeline',
    ['command-line', 'code'],
    'hive/refresh_partitions.hql',
    (k) => `-- beeline -u "jdbc:hive2://hs2.bigdata.local:10000/default;ssl=true" -n etl_hive -p ${k.pw()} -f refresh_partitions.hql
SET hive.exec.dynamic.partition.mode=nonstrict;
MSCK REPAIR TABLE raw.web_logs;
-- jdbc storage handler for the mysql dimension
CREATE EXTERNAL TABLE dim.countries (id INT, iso STRING, name STRING)
STORED BY 'org.apache.hive.storage.jdbc.JdbcStorageHandler'
TBLPROPERTIES (
  "hive.sql.database.type" = "MYSQL",
  "hive.sql.jdbc.driver" = "com.mysql.cj.jdbc.Driver",
  "hive.sql.jdbc.url" = "jdbc:mysql://mysql-ref:3306/ref",
  "hive.sql.dbcp.username" = "hive_ref",
  "hive.sql.dbcp.password" = "${k.gpw()}",
  "hive.sql.table" = "countries"
);
`,
  ),
];
