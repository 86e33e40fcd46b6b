// Logs, build output and CI of ERP development teams: abapGit and gCTS pipelines, BC AL-Go workflows, Dockerfiles
// of integration services, Jenkins consoles, application logs that print their configuration, beside build ids,
// commit SHAs, image digests and masked values.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_LOGS_CI_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-gitlab-ci-abap',
    ['config-syntax', 'command-line', 'precision'],
    'abap-ci/.gitlab-ci.yml',
    (k) => `stages: [check, transport]

variables:
  SAP_HOST: "sapdev01.corp.local"
  SAP_CLIENT: "${k.n('200')}"
  SAP_USER: "CI_ABAP"
  GITLAB_RELEASE_TOKEN: "${k.prov('GitLab personal access token', R.gitlabPat(k.g))}"
  SONAR_TOKEN: "${k.prov('SonarQube token', 'squ_' + k.g.hex(40))}"
  SAP_PASSWORD: "${k.s('password', R.safePw(k.g))}"   # TODO move to CI/CD variables

atc:
  stage: check
  image: registry.kohlmann.example/tools/abaplint:2.113
  script:
    - abaplint --format codeclimate > gl-code-quality-report.json
    - curl -s -u "$SAP_USER:$SAP_PASSWORD" "https://$SAP_HOST:44300/sap/bc/adt/atc/runs?clientWait=true" -X POST -d @atc_run.xml

release:
  stage: transport
  script:
    - 'curl -s -u "CI_ABAP:\${CTS_PASSWORD}" -X POST "https://$SAP_HOST:44300/sap/bc/cts_abapvcs/repository/zkoh_core/pullByCommit" -d "{\\"request\\":\\"${k.n(R.transport(k.g))}\\"}"'
  only: [main]
`,
  ),

  rDoc(
    'erp-github-actions-al-go',
    ['config-syntax', 'precision'],
    'bc-app/.github/workflows/CICD.yaml',
    (k) => `name: CI/CD
on:
  push:
    branches: [main]
env:
  ALGoOrgSettings: \${{ vars.ALGoOrgSettings }}
jobs:
  build:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@${k.n(R.sha1(k.g))}
      - name: Deploy to QA
        uses: microsoft/AL-Go-Actions/Deploy@v6.1
        env:
          AuthContext: \${{ secrets.QA_AUTHCONTEXT }}
          # for local runs only: {"TenantID":"${k.n(k.g.uuid())}","ClientID":"${k.n(k.g.uuid())}","ClientSecret":"${k.prov('Azure AD client secret', R.azureSecret(k.g))}"}
        with:
          environmentName: QA
          artifacts: .artifacts
`,
  ),

  rDoc(
    'erp-dockerfile-idoc-listener',
    ['config-syntax', 'command-line', 'precision'],
    'idoc-listener/Dockerfile',
    (k) => `FROM eclipse-temurin:17-jre
LABEL maintainer="integration@kohlmann.example"
# SAP JCo is not redistributable: copied from the licensed download
COPY lib/sapjco3.jar lib/libsapjco3.so /opt/app/lib/
COPY target/idoc-listener.jar /opt/app/app.jar
ENV JCO_GWHOST=sapprd-ci.corp.local \\
    JCO_GWSERV=sapgw00 \\
    JCO_PROGID=KOH_IDOC_LISTENER \\
    JCO_CLIENT=${k.n('100')} \\
    JCO_USER=RFC_IDOC \\
    MES_DB_URL="jdbc:sqlserver://mes-sql01:1433;databaseName=MES;user=idoc_listener;password=${k.cs()}" \\
    JCO_PASSWD=${k.spw()}
ARG NEXUS_TOKEN
RUN echo "build ${k.n(R.sha1(k.g).slice(0, 12))}"
ENTRYPOINT ["java", "-Djava.library.path=/opt/app/lib", "-jar", "/opt/app/app.jar"]
`,
  ),

  rDoc(
    'erp-jenkins-console-log',
    ['logs-and-output', 'precision'],
    'ci/jenkins/mes-connector-build-412.log',
    (k) => `Started by user Tomasz Nowak
Running as SYSTEM
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASSWORD
[Pipeline] sh
+ mvn -B -s settings.xml deploy -Dnexus.user=deployer -Dnexus.password=****
[INFO] Uploading to kohlmann-releases: https://nexus.kohlmann.example/repository/releases/com/kohlmann/mes-connector/3.4.1/mes-connector-3.4.1.jar
[INFO] BUILD SUCCESS
[Pipeline] sh
+ ./deploy.sh --host mes-app02 --db-password ${k.s('password', R.safePw(k.g))}
+ curl -sf -H "Authorization: Bearer ${k.http(k.g.hex(40))}" https://mes-app02.kohlmann.example/actuator/health
deploying mes-connector 3.4.1 (commit ${k.n(R.sha1(k.g))})
image digest ${k.n('sha256:' + R.sha256(k.g))}
Finished: SUCCESS
`,
  ),

  rDoc(
    'erp-app-startup-log-config-dump',
    ['logs-and-output', 'precision'],
    'logs/wms-bridge-startup.log',
    (k) => `2026-03-02 05:00:01.114 INFO  [main] c.k.wms.Bridge - Starting WmsBridge v4.2.0 on wms-int01 with PID ${k.n(k.g.digits(5))}
2026-03-02 05:00:01.530 DEBUG [main] c.k.wms.Config - spring.datasource.url=jdbc:sqlserver://wms-sql01;databaseName=WMS
2026-03-02 05:00:01.531 DEBUG [main] c.k.wms.Config - spring.datasource.username=wms_bridge
2026-03-02 05:00:01.531 DEBUG [main] c.k.wms.Config - spring.datasource.password=${k.s('password', R.safePw(k.g))}
2026-03-02 05:00:01.532 DEBUG [main] c.k.wms.Config - sap.rfc.passwd=${k.n('******')}
2026-03-02 05:00:01.533 DEBUG [main] c.k.wms.Config - 3pl.api.key=${k.s('token', k.g.hex(40))}
2026-03-02 05:00:01.901 DEBUG [main] c.k.wms.Http - GET https://wms.3pl-partner.example/api/v3/ping Authorization: Bearer ${k.bearer()}
2026-03-02 05:00:02.004 INFO  [main] c.k.wms.Bridge - Connected to SAP PRD client 100, partner number ${k.n(k.g.digits(10))}
2026-03-02 05:00:02.118 INFO  [main] c.k.wms.Bridge - Started in 1.42 s, instance id ${k.n(k.g.uuid())}
`,
  ),

  rDoc(
    'erp-sm21-system-log-export',
    ['logs-and-output', 'precision'],
    'audit/sm21_2026-03-12.txt',
    (k) => `Time     Ty. Nr Cl. User         Tcod MNo Text
09:12:04 DIA 02 100 MKOWALSKI    SU01 AUB Password for user RFC_MES changed
09:12:05 DIA 02 100 MKOWALSKI    SU01 AUB Password of user RFC_MES: initial password set
09:31:44 DIA 03 100 RFC_MES           AU2 Logon failed (reason = 1, type = B, method = A)
09:33:10 BTC 15 100 BATCH_PP     SM37 EEA Job Z_MRP_NIGHT (${k.n(k.g.digits(8))}) cancelled
09:40:02 DIA 05 100 JNOWAK       SE38 EU4 Program ZMM_SEND_STOCK_TO_WMS changed, request ${k.n(R.transport(k.g))}
Note from the admin: the initial password set at 09:12 was ${k.init()} (given to the vendor by phone)
`,
  ),

  rDoc(
    'erp-nexus-maven-settings',
    ['credential-file', 'config-syntax', 'precision'],
    'mes-connector/.mvn/settings.xml',
    (k) => `<settings>
  <servers>
    <server>
      <id>kohlmann-releases</id>
      <username>deployer</username>
      <password>${k.s('password', R.safePw(k.g))}</password>
    </server>
    <server>
      <id>sap-artifacts</id>
      <username>${k.n('${env.SAP_REPO_USER}')}</username>
      <password>${k.n('${env.SAP_REPO_PASSWORD}')}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>central-proxy</id><url>https://nexus.kohlmann.example/repository/maven-public/</url><mirrorOf>central</mirrorOf></mirror>
  </mirrors>
</settings>
`,
  ),

  rDoc(
    'erp-npmrc-fiori',
    ['credential-file', 'precision'],
    'fiori-apps/.npmrc',
    (k) => `@sap:registry=https://registry.npmjs.org/
@kohlmann:registry=https://nexus.kohlmann.example/repository/npm-internal/
//nexus.kohlmann.example/repository/npm-internal/:_auth=${k.s('http-auth', R.b64('fiori-ci:' + R.safePw(k.g)))}
//registry.npmjs.org/:_authToken=${k.prov('npm access token', R.npmToken(k.g))}
strict-ssl=true
`,
  ),

  rDoc(
    'erp-ui5-deploy-yaml',
    ['config-syntax', 'precision'],
    'fiori-apps/zqm_inspection/ui5-deploy.yaml',
    (k) => `specVersion: "3.1"
metadata:
  name: zqm_inspection
type: application
builder:
  customTasks:
    - name: deploy-to-abap
      afterTask: generateCachebusterInfo
      configuration:
        target:
          url: https://sapdev01.corp.local:44300
          client: "${k.n('200')}"
        credentials:
          username: env:ABAP_USER
          password: ${k.n('env:ABAP_PASSWORD')}
        app:
          name: ZQM_INSPECTION
          package: ZKOH_QM
          transport: ${k.n(R.transport(k.g))}
# local test deploy: npx fiori deploy --username DEV_JNOWAK --password ${k.s('password', R.safePw(k.g))}
`,
  ),

  rDoc(
    'erp-terraform-erp-infra',
    ['config-syntax', 'precision'],
    'infra/erp-integration/main.tf',
    (k) => `resource "azurerm_key_vault_secret" "bc_ws_key" {
  name         = "bc-web-service-key"
  value        = var.bc_ws_key
  key_vault_id = azurerm_key_vault.erp.id
}

resource "azurerm_mssql_server" "staging" {
  name                         = "sql-erp-staging"
  resource_group_name          = azurerm_resource_group.erp.name
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "${k.s('password', R.safePw(k.g))}"
}

resource "azurerm_storage_account" "edi" {
  name                     = "stkohlmannedi"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  # subscription ${k.n(k.g.uuid())}
}
`,
  ),

  rDoc(
    'erp-idoc-processing-log',
    ['logs-and-output', 'precision'],
    'logs/we02_status_export.txt',
    (k) => `IDoc number      Status  Basic type  Partner     Message
${k.n(R.idoc(k.g))}  53      ORDERS05    ${k.n('10000' + k.g.digits(3))}  Application document posted: ${k.n(R.po(k.g))}
${k.n(R.idoc(k.g))}  51      DESADV01    ${k.n('10000' + k.g.digits(3))}  Delivery ${k.n(R.delivery(k.g))} not found
${k.n(R.idoc(k.g))}  03      INVOIC02    ${k.n('10000' + k.g.digits(3))}  Data passed to port OK (port ${k.n('SAPPRD')})
${k.n(R.idoc(k.g))}  02      MATMAS05    MES_LINZ    Error passing data to port: RFC logon failed (user RFC_MES, pwd ${k.n('********')})
`,
  ),

  rDoc(
    'erp-python-etl-log-traceback',
    ['logs-and-output', 'precision'],
    'logs/etl_hana_to_lake.err',
    (k) => `Traceback (most recent call last):
  File "/opt/etl/hana_to_lake.py", line 41, in <module>
    conn = dbapi.connect(address="hanaprd01", port=30015, user="ETL_LAKE", password="${k.s('password', R.safePw(k.g))}")
  File "/usr/lib/python3/site-packages/hdbcli/dbapi.py", line 85, in __init__
hdbcli.dbapi.Error: (10, 'authentication failed')
During handling of the above exception, another exception occurred:
  File "/opt/etl/hana_to_lake.py", line 58, in upload
    blob = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=stkohlmannlake;AccountKey=${k.prov('Azure storage account key', R.azureStorageKey(k.g))};EndpointSuffix=core.windows.net")
run id ${k.n(k.g.uuid())}
`,
  ),
];
