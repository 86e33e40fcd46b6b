// Microsoft Dynamics 365, Business Central and NAV files: appsettings.json with Azure app secrets, web service
// access keys, NAV CustomSettings.config, AL code, PowerShell admin scripts, Power BI gateway notes, beside tenant
// and environment GUIDs, company names and record ids.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_DYNAMICS_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-d365-appsettings',
    ['config-syntax', 'precision'],
    'src/Kohlmann.D365.Integration/appsettings.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Dataverse": {
    "Url": "https://kohlmann.crm4.dynamics.com",
    "TenantId": "${k.n(k.g.uuid())}",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.prov('Azure AD client secret', R.azureSecret(k.g))}"
  },
  "FinanceOperations": {
    "Resource": "https://kohlmann-prod.operations.eu.dynamics.com",
    "LegalEntity": "${k.n('DE01')}",
    "ClientSecret": "${k.n('@Microsoft.KeyVault(SecretUri=https://kv-erp-prod.vault.azure.net/secrets/fo-secret/)')}"
  },
  "ConnectionStrings": {
    "Staging": "Server=tcp:sql-erp-staging.database.windows.net,1433;Database=staging;User ID=etl_writer;Password=${k.cs()};Encrypt=True;",
    "Redis": "kohlmann-erp.redis.cache.windows.net:6380,password=${k.cs()},ssl=True,abortConnect=False",
    "ServiceBus": "Endpoint=sb://kohlmann-erp.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k.prov('Azure Service Bus', R.azureSasKey(k.g))}"
  },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.n(k.g.uuid())};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" }
}
`,
  ),

  rDoc(
    'erp-bc-webservice-key-mail',
    ['prose', 'http-auth', 'precision'],
    'mail/2026-03-bc-webservice-access.eml',
    (k) => `From: Tomasz Nowak <t.nowak@partner-erp.example>
To: it@valcor-metal.example
Subject: Business Central – Web service access for the shop integration
Date: Tue, 10 Mar 2026 14:02:11 +0100

Hi Marco,

as agreed, I created the user SHOP-INTEGRATION in your BC 14 on-prem (company "${k.n('Valcor Metal GmbH')}").
Web Service Access Key: ${k.prov('Business Central web service access key', R.bcWsKey(k.g))}
The OData endpoint is https://bc.valcor-metal.example:7048/BC140/ODataV4/Company('Valcor%20Metal%20GmbH')/items

A test call from my side worked with:
  curl -u SHOP-INTEGRATION:${k.n('<key>')} "https://bc.valcor-metal.example:7048/BC140/ODataV4/..."

Item ${k.n('1000-0450')} and customer ${k.n('C00010')} are the test records. Key expires: never (please rotate it
after the go-live, the field "Key Expiration Date" is empty).

Best regards
Tomasz
`,
  ),

  rDoc(
    'erp-nav-customsettings',
    ['config-syntax', 'precision'],
    'C/Program Files/Microsoft Dynamics NAV/110/Service/CustomSettings.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<appSettings>
  <add key="DatabaseServer" value="NAVSQL01" />
  <add key="DatabaseInstance" value="NAV2018" />
  <add key="DatabaseName" value="Production" />
  <add key="ServerInstance" value="DynamicsNAV110" />
  <add key="ClientServicesCredentialType" value="NavUserPassword" />
  <add key="ServicesCertificateThumbprint" value="${k.n(R.thumbprint(k.g))}" />
  <add key="EnableSqlConnectionEncryption" value="false" />
  <add key="SOAPServicesPort" value="7047" />
  <add key="ODataServicesPort" value="7048" />
  <add key="AzureActiveDirectoryClientId" value="${k.n(k.g.uuid())}" />
  <add key="AzureActiveDirectoryClientSecret" value="${k.prov('Azure AD client secret', R.azureSecret(k.g))}" />
  <add key="ExcelAddInAzureActiveDirectoryClientId" value="" />
</appSettings>
`,
  ),

  rDoc(
    'erp-bc-al-codeunit',
    ['code', 'http-auth', 'precision'],
    'app/src/codeunit/Cod50100.CarrierBooking.al',
    (k) => `codeunit 50100 "KOH Carrier Booking"
{
    // Books pickups at the forwarder. Account no. ${k.n(k.g.digits(8))}.
    procedure BookPickup(SalesShipmentHeader: Record "Sales Shipment Header")
    var
        Client: HttpClient;
        Content: HttpContent;
        Response: HttpResponseMessage;
        ApiKeyTok: Label '${k.http(k.g.hex(32))}', Locked = true;
        ClientSecretTok: Label '${k.prov('Azure AD client secret', R.azureSecret(k.g))}', Locked = true;
        PasswordLbl: Label '${k.n('Password')}', Comment = 'Field caption';
    begin
        Client.DefaultRequestHeaders().Add('X-API-Key', ApiKeyTok);
        Client.DefaultRequestHeaders().Add('X-Correlation-Id', '${k.n(k.g.uuid())}');
        Content.WriteFrom(Format(SalesShipmentHeader."No."));
        if not Client.Post('https://api.forwarder.example/v1/pickups', Content, Response) then
            Error('Booking failed for %1', SalesShipmentHeader."No.");
    end;

    procedure GetSecret(): SecretText
    var
        IsolatedStorageKeyTok: Label '${k.n('KOH-FORWARDER-SECRET')}', Locked = true;
        Value: Text;
    begin
        IsolatedStorage.Get(IsolatedStorageKeyTok, DataScope::Module, Value);
        exit(Value);
    end;
}
`,
  ),

  rDoc(
    'erp-bc-launch-json',
    ['config-syntax', 'precision'],
    'app/.vscode/launch.json',
    (k) => `{
    "version": "0.2.0",
    "configurations": [
        {
            "name": "Sandbox DEV",
            "type": "al",
            "request": "launch",
            "environmentType": "Sandbox",
            "environmentName": "DEV",
            "tenant": "${k.n(k.g.uuid())}",
            "startupObjectId": 22,
            "schemaUpdateMode": "ForceSync"
        },
        {
            "name": "OnPrem TEST (NavUserPassword)",
            "type": "al",
            "request": "launch",
            "server": "http://bc-test",
            "serverInstance": "BC",
            "authentication": "UserPassword",
            "username": "admin",
            // password for the docker container created by New-BcContainer
            "password": "${k.spw()}",
            "startupObjectId": 50100
        }
    ]
}
`,
  ),

  rDoc(
    'erp-bccontainer-setup-ps1',
    ['code', 'command-line', 'precision'],
    'tools/New-DevContainer.ps1',
    (k) => `# Creates the local BC dev container (BcContainerHelper)
$containerName = 'bcdev'
$artifactUrl = Get-BcArtifactUrl -type Sandbox -country de -select Latest
$password = '${k.s('password', R.safePw(k.g))}'
$securePassword = ConvertTo-SecureString -String $password -AsPlainText -Force
$credential = New-Object pscredential 'admin', $securePassword

New-BcContainer \`
    -accept_eula \`
    -containerName $containerName \`
    -credential $credential \`
    -auth UserPassword \`
    -artifactUrl $artifactUrl \`
    -licenseFile "C:\\licenses\\${k.n('5401234.bclicense')}" \`
    -updateHosts

# Partner license no. ${k.n('5401234')} (not secret, printed on the invoice)
Publish-BcContainerApp -containerName $containerName -appFile ".\\output\\Kohlmann_Extensions_1.4.2.0.app" -skipVerification
`,
  ),

  rDoc(
    'erp-powerbi-gateway-notes',
    ['prose', 'precision'],
    'docs/bi/on-prem-gateway.md',
    (k) => `# On-premises data gateway (Power BI) – Plant reporting

- Gateway cluster: **GW-PLANT-01**, installed on \`bi-gw01\` as service account \`CORP\\svc_pbigw\`.
- Recovery key (needed to restore or migrate the gateway!): ${k.s('password', R.phrase(k.g))}
- Data source "SAP HANA PRD": user \`PBI_READ\`, password ${k.hpw()}
- Data source "MES SQL": Windows auth, no password stored here.
- Gateway id ${k.n(k.g.uuid())}, tenant ${k.n(k.g.uuid())}.

Password policy for \`PBI_READ\`: ${k.n('minimum 12 characters, rotated every 180 days')}.
`,
  ),

  rDoc(
    'erp-dynamics-ax-aos-config',
    ['config-syntax', 'precision'],
    'AX2012/axc/Production-AOS.axc',
    (k) => `Microsoft Dynamics AX Configuration Utility Export
version,6.3
configuration,Production
[Configuration:Production]
  aos2,AOSPROD01@2712
  bcproxyalias,CORP\\svc_axbc
  bcproxypassword,${k.n('@@PROTECTED@@')}
  company,${k.n('VMG')}
  dbserver,AXSQL01
  database,MicrosoftDynamicsAX
  # the BC proxy password in clear for the DR test: ${k.hpw()}
  hint,
  log,0
  wcfconfigfile,
`,
  ),

  rDoc(
    'erp-d365-fo-postman-env',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/D365FO-PROD.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "D365FO PROD",
  "values": [
    { "key": "tenant_id", "value": "${k.n(k.g.uuid())}", "enabled": true },
    { "key": "client_id", "value": "${k.n(k.g.uuid())}", "enabled": true },
    { "key": "client_secret", "value": "${k.prov('Azure AD client secret', R.azureSecret(k.g))}", "enabled": true },
    { "key": "resource", "value": "https://kohlmann-prod.operations.eu.dynamics.com", "enabled": true },
    { "key": "bearerToken", "value": "${k.bearer()}", "enabled": true },
    { "key": "dataAreaId", "value": "${k.n('de01')}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),

  rDoc(
    'erp-nav-sql-job-cmd',
    ['command-line', 'code', 'precision'],
    'jobs/nav_nightly_adjust_cost.cmd',
    (k) => `@echo off
REM Nightly "Adjust Cost - Item Entries" via NAS, then export to the BI share
set NAVSERVER=NAVAPP01
set NAVINSTANCE=DynamicsNAV110
set SQLUSER=nav_export
set SQLPWD=${k.s('password', R.safePw(k.g))}
sqlcmd -S NAVSQL01 -d Production -U %SQLUSER% -P %SQLPWD% -i adjust_cost_check.sql -o C:\\logs\\adjust.log
REM old: sqlcmd -S NAVSQL01 -U sa -P ${k.n('%SA_PWD%')}
bcp "SELECT [No_],[Description] FROM [Valcor$Item]" queryout \\\\fs01\\bi\\items.csv -c -t; -S NAVSQL01 -U %SQLUSER% -P %SQLPWD%
echo Batch %DATE% %TIME% done, run id ${k.n(k.g.uuid())}
`,
  ),

  rDoc(
    'erp-bc-translation-xlf',
    ['precision'],
    'app/Translations/Kohlmann Extensions.de-DE.xlf',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file datatype="xml" source-language="en-US" target-language="de-DE" original="Kohlmann Extensions">
    <body>
      <group id="body">
        <trans-unit id="Table 50100 - Field 1 - Property 2879900210" translate="yes">
          <source>${k.n('API Password')}</source>
          <target>${k.n('API-Kennwort')}</target>
        </trans-unit>
        <trans-unit id="Table 50100 - Field 2 - Property 2879900210" translate="yes">
          <source>${k.n('Client Secret')}</source>
          <target>${k.n('Geheimer Clientschlüssel')}</target>
        </trans-unit>
        <trans-unit id="Codeunit 50100 - NamedType 1214893510" translate="yes">
          <source>${k.n('The password must contain at least 8 characters.')}</source>
          <target>${k.n('Das Kennwort muss mindestens 8 Zeichen enthalten.')}</target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
`,
  ),

  rDoc(
    'erp-d365-teams-chat',
    ['prose', 'precision'],
    'exports/teams/d365-hypercare.txt',
    (k) => `[08:12] Schneider, Anna: FO batch for MRP failed again, "AADSTS7000215: Invalid client secret provided"
[08:13] Kaya, Emre: the secret expired yesterday, I created a new one in the app registration
[08:13] Kaya, Emre: ${k.prov('Azure AD client secret', R.azureSecret(k.g))}
[08:14] Kaya, Emre: secret id is ${k.n(k.g.uuid())} if you need it for the Key Vault reference
[08:15] Schneider, Anna: thx, will update the Key Vault and delete this msg
[08:20] Schneider, Anna: also the service account for the DIXF import: svc_dixf / ${k.hpw()}
[08:21] Kaya, Emre: 👍 batch job id ${k.n('5637144576')} running now
`,
  ),
];
