// IIS and .NET configs, SSIS dtsConfig, ODBC .dsn files, Crystal Reports and UDL files.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;

export const WIN_IIS = [
  wdoc(
    'webconfig-intranet',
    ['config-syntax'],
    'inetpub/wwwroot/Intranet/web.config',
    (k) => r`<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="IntranetDb" connectionString="Data Source=SQL01;Initial Catalog=Intranet;User ID=intranet_web;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="AuditDb" connectionString="Server=SQL02;Database=Audit;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpServer" value="smtp.corp.local" />
    <add key="SmtpUser" value="intranet@contoso.com" />
    <add key="SmtpPassword" value="${k.pw()}" />
    <add key="MapsApiKey" value="${k.n('AIza' + k.g.base64url(35))}" />
    <add key="DocuwareApiKey" value="${k.tok()}" />
    <add key="aspnet:UseTaskFriendlySynchronizationContext" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="${k.tok(V.machineKey(k.g, 128))}" decryptionKey="${k.tok(V.machineKey(k.g, 48))}" validation="HMACSHA256" decryption="AES" />
    <identity impersonate="true" userName="CORP\svc_intranet" password="${k.pw()}" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
`,
  ),
  wdoc(
    'applicationhost-apppool',
    ['config-syntax'],
    'Windows/System32/inetsrv/config/applicationHost.config.excerpt',
    (k) => r`<!-- excerpt sent by the vendor support, 2024-04 -->
<system.applicationHost>
    <applicationPools>
        <add name="DefaultAppPool" />
        <add name="ShopPool" managedRuntimeVersion="v4.0">
            <processModel identityType="SpecificUser" userName="CORP\svc_shop" password="${k.pw()}" />
        </add>
        <add name="ReportPool" managedRuntimeVersion="v4.0">
            <processModel identityType="SpecificUser" userName="CORP\svc_report" password="[enc:IISCngProvider:${k.n(k.g.base64(120))}:enc]" />
        </add>
    </applicationPools>
    <sites>
        <site name="Shop" id="2">
            <application path="/" applicationPool="ShopPool">
                <virtualDirectory path="/" physicalPath="\\fs01\web\shop" userName="CORP\svc_webcontent" password="${k.pw()}" />
            </application>
            <bindings><binding protocol="https" bindingInformation="*:443:shop.contoso.com" /></bindings>
        </site>
    </sites>
</system.applicationHost>
`,
  ),
  wdoc(
    'webconfig-transform',
    ['config-syntax', 'precision'],
    'src/Portal/Web.Release.config',
    (k) => r`<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="PortalDb" connectionString="Server=#{SqlServer}#;Database=Portal;User Id=#{SqlUser}#;Password=${k.n('#{SqlPassword}#')};" xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
  <appSettings>
    <add key="ApiKey" value="${k.n('__ApiKey__')}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)"/>
    <add key="ClientSecret" value="${k.n('$(ClientSecret)')}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)"/>
    <add key="Build" value="${k.n(k.g.hex(40))}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)"/>
  </appSettings>
  <system.web>
    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" xdt:Transform="Replace" />
  </system.web>
</configuration>
`,
  ),
  wdoc(
    'ssis-dtsconfig',
    ['config-syntax'],
    'SSIS/Configs/LoadDWH.dtsConfig',
    (k) => r`<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="CORP\etl.dev" GeneratedFromPackageName="LoadDWH" GeneratedFromPackageID="${k.n(V.guid(k.g))}" GeneratedDate="14.02.2019 11:02:33"/>
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[DWH].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=SQL-DWH;User ID=etl_load;Password=${k.cs()};Initial Catalog=DWH;Provider=SQLNCLI11.1;Auto Translate=False;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[SAP_FTP].Properties[ServerPassword]" ValueType="String">
    <ConfiguredValue>${k.pw()}</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Variables[User::ApiToken].Properties[Value]" ValueType="String">
    <ConfiguredValue>${k.tok()}</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
`,
  ),
  wdoc(
    'odbc-file-dsn',
    ['config-syntax', 'credential-file'],
    'Common Files/ODBC/Data Sources/Reporting.dsn',
    (k) => r`[ODBC]
DRIVER=ODBC Driver 17 for SQL Server
UID=crystal_ro
PWD=${k.pw()}
DATABASE=Reporting
WSID=WS-ACC-03
APP=Crystal Reports
SERVER=SQL02
`,
  ),
  wdoc(
    'udl-file',
    ['config-syntax', 'credential-file'],
    'C/ProgramData/Kasse/datenbank.udl',
    (k) => r`[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Password=${k.cs()};Persist Security Info=True;User ID=kasse;Initial Catalog=Kasse;Data Source=KASSE-SRV\SQLEXPRESS
`,
  ),
  wdoc(
    'crystal-reports-readme',
    ['prose', 'config-syntax'],
    'reports/README-crystal.txt',
    (k) => r`Crystal Reports - Datenquelle umstellen (Anleitung fuer Buchhaltung)

1. Bericht oeffnen -> Datenbank -> Datenquellenposition festlegen
2. Neue Verbindung: OLE DB (ADO) -> Microsoft OLE DB Driver for SQL Server
3. Server: SQL02    Benutzer: crystal_ro    Kennwort: ${k.pw()}
4. Datenbank: Reporting
5. "Integrierte Sicherheit" NICHT ankreuzen

Fuer die alten .rpt Dateien (Version 8.5) gilt noch der DSN "Reporting" (siehe Reporting.dsn).
Das Kennwort fuer den Berichtsexport nach PDF (Dokumentenschutz) ist ${k.hpw()}.
`,
  ),
  wdoc(
    'appsettings-dotnet',
    ['config-syntax'],
    'src/Contoso.Worker/appsettings.Production.json',
    (k) => r`{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.Hosting.Lifetime": "Information" } },
  "ConnectionStrings": {
    "Erp": "Server=tcp:sql-erp.corp.local,1433;Database=ERP;User Id=worker;Password=${k.cs()};Encrypt=True;TrustServerCertificate=True",
    "Cache": "redis01.corp.local:6379,password=${k.cs()},ssl=False,abortConnect=False"
  },
  "Ldap": { "Server": "dc01.corp.local", "BindDn": "CN=svc_worker,OU=Service,DC=corp,DC=local", "BindPassword": "${k.pw()}" },
  "Datev": { "ClientId": "${k.n(k.g.uuid())}", "ClientSecret": "${k.tok()}" },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.n(k.g.uuid())};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" }
}
`,
  ),
];
