// Enterprise finance and insurance systems: Murex, Calypso, Finastra, Guidewire, Duck Creek, Tableau and KYC/AML or
// credit-bureau integrations, configured in XML, properties, YAML, HCL and JSON, with policy, claim and trade ids.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_ENTERPRISE_DOCS: RealWorldDoc[] = [
  fDoc(
    'murex-launcher-mxg',
    ['config-syntax', 'precision'],
    'murex/fs/public/mxres/common/dbconfig/dbsource.mxres',
    (k) => `<?xml version="1.0"?>
<MxAnyNode>
  <DbSource Code="MX_PROD">
    <DbServerOrService>MXPRD01</DbServerOrService>
    <DbHostName>ora-mx-prd.bank.local</DbHostName>
    <DbServerPortNumber>1521</DbServerPortNumber>
    <DbName>MXPRD</DbName>
    <DbUser>MUREXDB</DbUser>
    <DbPassword>${k.spw()}</DbPassword>
    <DbPasswordEncrypted>N</DbPasswordEncrypted>
  </DbSource>
  <DbSource Code="MX_DATAMART">
    <DbServerOrService>MXDM01</DbServerOrService>
    <DbUser>MUREXDM</DbUser>
    <DbPassword>${k.n(k.g.hex(48).toUpperCase())}</DbPassword>
    <DbPasswordEncrypted>Y</DbPasswordEncrypted>
  </DbSource>
</MxAnyNode>
`,
  ),

  fDoc(
    'calypso-env-properties',
    ['config-syntax', 'precision'],
    'calypso/config/calypso_env.properties',
    (k) => `# Calypso 17 – UAT environment
DRIVER=oracle.jdbc.OracleDriver
DBURL=jdbc:oracle:thin:@calypso-uat-db:1521:CALUAT
DBUSER=calypso_uat
DBPASSWORD=${k.spw()}
DATAMART_DBURL=jdbc:oracle:thin:@calypso-uat-dm:1521:CALDM
DATAMART_DBUSER=calypso_dm
DATAMART_DBPASSWORD=${k.n('${env:CALYPSO_DM_PASSWORD}')}
EVENT_SERVER=calypso-uat-es01
AUTH_SERVICE_USER=calypso_user
AUTH_SERVICE_PASSWORD=${k.spw()}
CALYPSO_USER_PASSWORD_ENCODED=${k.n('ENC(' + k.g.base64(32) + ')')}
DEFAULT_PO=${k.n('PO_LONDON')}
`,
  ),

  fDoc(
    'finastra-fusion-yaml',
    ['config-syntax', 'code'],
    'fusion-adapter/config/application-prod.yml',
    (k) => `finastra:
  fusion:
    base-url: https://api.fusionfabric.cloud
    token-url: https://api.fusionfabric.cloud/login/v1/sandbox/oidc/token
    client-id: ${k.n(k.g.uuid())}
    client-secret: ${k.s('token', k.g.uuid())}
  kondor:
    host: kondor-prd
    user: KGR_ADMIN
    password: '${k.pw()}'
  summit:
    jdbc: jdbc:sybase:Tds:summit-db:5000/SUMMIT
    user: sumreader
    password: ${k.n('${SUMMIT_DB_PASSWORD}')}
logging:
  correlation-header: X-Correlation-Id
`,
  ),

  fDoc(
    'guidewire-config-xml',
    ['config-syntax', 'precision'],
    'PolicyCenter/modules/configuration/config/database-config.xml',
    (k) => `<?xml version="1.0"?>
<database-config>
  <database name="PolicyCenterDatabase" dbtype="sqlserver" autoupgrade="false">
    <dbcp-connection-pool jdbc-url="jdbc:sqlserver://pc-sql-prd:1433;databaseName=PolicyCenter;user=pc_app;password=${k.cs()}" max-total="100"/>
  </database>
  <archiving-config>
    <database name="PolicyCenterArchive" env="prod" jdbc-url="jdbc:sqlserver://pc-arch:1433;databaseName=PCArchive;user=pc_arch;password=\${pc.archive.password}"/>
  </archiving-config>
</database-config>
<!-- sample policy in the smoke test: ${k.n(F.policyNo(k.g))}, claim ${k.n(F.claimNo(k.g))} -->
`,
  ),

  fDoc(
    'guidewire-integration-properties',
    ['config-syntax', 'credential-file'],
    'ClaimCenter/modules/configuration/config/integration/integration-prod.properties',
    (k) => `# ClaimCenter integrations – PROD
iso.claimsearch.url=https://claimsearch.verisk.example/ws/v2
iso.claimsearch.user=ACMEINS_CS
iso.claimsearch.password=${k.spw()}
mitchell.estimate.apikey=${k.s('token', k.g.alnum(32))}
lexisnexis.clue.orgid=${k.n(k.g.digits(6))}
lexisnexis.clue.password=${k.spw()}
docusign.integration.key=${k.n(k.g.uuid())}
docusign.rsa.keyfile=/opt/gw/keys/docusign_rsa.pem
payments.bacs.sun=${k.n(k.g.digits(6))}
`,
  ),

  fDoc(
    'duck-creek-manuscript-config',
    ['config-syntax', 'precision'],
    'DuckCreek/Server/Config/DCTServerConfig.json',
    (k) => `{
  "Environment": "QA2",
  "Repository": { "Server": "dc-sql-qa2", "Database": "DCT_QA2", "UserId": "dct_svc", "Password": "${k.gpw()}" },
  "RatingService": { "Url": "https://rating-qa2.insure.local/rate", "ApiKey": "${k.tok()}" },
  "Print": { "Vendor": "Exstream", "User": "dctprint", "Password": "${k.n('see KeePass: DuckCreek/QA2/Print')}" },
  "SampleQuote": "${k.n('Q-' + k.g.digits(9))}",
  "BuildHash": "${k.n(F.sha1(k.g))}"
}
`,
  ),

  fDoc(
    'tableau-pat-tsc-python',
    ['code', 'defaults-in-code'],
    'bi/tableau/refresh_extracts.py',
    (k) => `import tableauserverclient as TSC

TOKEN_NAME = "finance-refresh-bot"
TOKEN_SECRET = "${k.prov('Tableau', F.tableauPatSecret(k.g))}"
SITE = "Finance"

auth = TSC.PersonalAccessTokenAuth(TOKEN_NAME, TOKEN_SECRET, site_id=SITE)
server = TSC.Server("https://tableau.acme.example", use_server_version=True)

with server.auth.sign_in(auth):
    for ds in TSC.Pager(server.datasources):
        if ds.project_name == "Month End":
            server.datasources.refresh(ds)  # ds.id looks like ${k.n(k.g.uuid())}
`,
  ),

  fDoc(
    'kyc-onfido-sumsub-env',
    ['config-syntax', 'credential-file', 'precision'],
    'onboarding-service/.env.staging',
    (k) => `ONFIDO_API_TOKEN=${k.prov('Onfido', F.onfido(k.g))}
ONFIDO_WEBHOOK_TOKEN=${k.s('token', k.g.base64url(32))}
SUMSUB_APP_TOKEN=${k.prov('Sumsub', F.sumsubToken(k.g))}
SUMSUB_SECRET_KEY=${k.s('token', k.g.alnum(32))}
COMPLYADVANTAGE_API_KEY=${k.s('token', k.g.alnum(32))}
SANCTIONS_LIST_SHA256=${k.n(F.sha256(k.g))}
DEFAULT_COUNTRY=GB
`,
  ),

  fDoc(
    'credit-bureau-soap-client',
    ['code', 'defaults-in-code'],
    'lending/src/main/java/com/acme/lending/bureau/BureauClient.java',
    (k) => `package com.acme.lending.bureau;

import javax.xml.ws.BindingProvider;
import java.util.Map;

public final class BureauClient {
    // Bureau member number is printed on every report, it is not a secret.
    private static final String MEMBER_NUMBER = "${k.n(k.g.digits(10))}";
    private static final String SUBSCRIBER_CODE = "${k.n(k.g.upper(3) + k.g.digits(5))}";
    private static final String WS_USER = "ACMELEND01";
    private static final String WS_PASSWORD = "${k.gpw()}";

    public CreditReportPort port() {
        CreditReportPort port = new CreditReportService().getCreditReportPort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.USERNAME_PROPERTY, WS_USER);
        ctx.put(BindingProvider.PASSWORD_PROPERTY, WS_PASSWORD);
        return port;
    }
}
`,
  ),

  fDoc(
    'terraform-payments-rds',
    ['config-syntax', 'code'],
    'infra/payments/rds.tf',
    (k) => `resource "aws_db_instance" "ledger" {
  identifier              = "ledger-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.xlarge"
  username                = "ledger_admin"
  password                = "${k.spw()}"
  storage_encrypted       = true
  kms_key_id              = "arn:aws:kms:eu-west-2:${k.n(k.g.digits(12))}:key/${k.n(k.g.uuid())}"
  backup_retention_period = 35
}

resource "aws_db_instance" "ledger_replica" {
  identifier          = "ledger-prod-ro"
  replicate_source_db = aws_db_instance.ledger.identifier
  instance_class      = "db.r6g.large"
  password            = ${k.n('var.ledger_replica_password')}
}
`,
  ),

  fDoc(
    'temenos-t24-tafj-properties',
    ['config-syntax', 'precision'],
    'T24/TAFJ/conf/tafj.properties',
    (k) => `temn.tafj.jdbc.url=jdbc:oracle:thin:@t24-db-prd:1521/T24PRD
temn.tafj.jdbc.driver=oracle.jdbc.driver.OracleDriver
temn.tafj.jdbc.username=T24APP
temn.tafj.jdbc.password=${k.spw()}
temn.tafj.runtime.enable.logger.api=true
# OFS source credentials used by the channel adaptor
temn.ofs.source.user=OFSUSER
temn.ofs.source.password=${k.spw()}
temn.tafj.company.default=${k.n('GB0010001')}
`,
  ),

  fDoc(
    'insurance-broker-api-hcl',
    ['config-syntax', 'precision'],
    'infra/vault/policies/claims.hcl',
    (k) => `path "secret/data/claims/*" {
  capabilities = ["read"]
}

# Seeded once by the platform team; rotate with 'vault kv put'.
# vault kv put secret/claims/broker-api api_key=${k.s('token', k.g.hex(40))}
# vault kv put secret/claims/db password=${k.spw()}

path "database/creds/claims-ro" {
  capabilities = ["read"]
}
# audit device hash: ${k.n('hmac-sha256:' + F.sha256(k.g))}
`,
  ),
];
