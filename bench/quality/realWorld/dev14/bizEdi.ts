// EDI and AS2 (partner profiles, keystores and certificates' passwords, X12/EDIFACT envelopes) and iPaaS exports
// (MuleSoft properties, Boomi, Talend contexts, SSIS configs, Informatica, Zapier/Make scenario JSON).
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_EDI_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-openas2-partnerships',
    ['config-syntax', 'credential-file', 'precision'],
    'openas2/config/partnerships.xml',
    (k) => `<partnerships>
  <partner name="NORDWIND" as2_id="NORDWIND_AS2" x509_alias="nordwind" email="edi@nordwind.example"/>
  <partner name="RETAILER" as2_id="${k.n('RTL' + k.g.digits(9))}" x509_alias="retailer" email="as2@retailer.example"/>
  <partnership name="NORDWIND-to-RETAILER">
    <sender name="NORDWIND"/>
    <receiver name="RETAILER"/>
    <attribute name="protocol" value="as2"/>
    <attribute name="subject" value="EDI 856 from Nordwind"/>
    <attribute name="as2_url" value="https://as2.retailer.example:5443/as2"/>
    <attribute name="as2_mdn_to" value="edi@nordwind.example"/>
    <attribute name="encrypt" value="AES256_CBC"/>
    <attribute name="sign" value="SHA256"/>
    <attribute name="http_user" value="nordwind"/>
    <attribute name="http_password" value="${k.gpw()}"/>
  </partnership>
</partnerships>
`,
  ),

  bizDoc(
    'biz-openas2-config',
    ['config-syntax', 'credential-file'],
    'openas2/config/config.xml',
    (k) => `<openas2>
  <properties storageBaseDir="%home%/../data" log_date_format="yyyy-MM-dd HH:mm:ss.SSS"/>
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="${k.hpw()}"
                interval="300"/>
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory" filename="%home%/partnerships.xml"/>
  <commandProcessors>
    <commandProcessor classname="org.openas2.cmd.processor.RestCommandProcessor"
                      listen="0.0.0.0:8443" userid="as2admin" password="${k.gpw()}"/>
  </commandProcessors>
</openas2>
`,
  ),

  bizDoc('biz-as2-keytool-history', ['command-line', 'precision'], 'notes/as2-cert-renewal.sh', (k) => {
    const pass = V.human(k.g);
    return `# AS2 certificate renewal 2024 (run on edi01 as root)
openssl req -new -newkey rsa:3072 -nodes -keyout nordwind_as2_2024.key -out nordwind_as2_2024.csr -subj "/CN=NORDWIND_AS2/O=Nordwind Outdoor GmbH/C=DE"
# CA returned nordwind_as2_2024.crt
openssl pkcs12 -export -in nordwind_as2_2024.crt -inkey nordwind_as2_2024.key -name nordwind -out nordwind_as2_2024.p12 -passout pass:${k.s('password', pass)}
keytool -importkeystore -srckeystore nordwind_as2_2024.p12 -srcstoretype PKCS12 -srcstorepass '${k.s('password', pass)}' \\
        -destkeystore /opt/openas2/config/as2_certs.p12 -deststorepass '${k.hpw()}' -alias nordwind
keytool -list -keystore /opt/openas2/config/as2_certs.p12 -storepass:env AS2_STOREPASS
# SHA-256 fingerprint sent to partners: ${k.n(V.md5Colon(k.g).toUpperCase())}
`;
  }),

  bizDoc(
    'biz-edi-x12-sample',
    ['precision'],
    'samples/850_purchase_order.edi',
    (k) => `ISA*00*${k.n('          ')}*00*          *ZZ*${k.n('RETAILER       ')}*ZZ*NORDWIND       *241104*1022*U*00401*${k.n('0000' + k.g.digits(5))}*0*P*>~
GS*PO*RETAILER*NORDWIND*20241104*1022*${k.n(k.g.digits(4))}*X*004010~
ST*850*0001~
BEG*00*SA*${k.n('PO' + k.g.digits(8))}**20241104~
REF*IA*${k.n(k.g.digits(6))}~
N1*ST*DC 12*92*0012~
PO1*1*24*EA*18.50**UP*${k.n(k.g.digits(12))}*VN*TENT-2P~
CTT*1~
SE*8*0001~
GE*1*${k.n(k.g.digits(4))}~
IEA*1*${k.n('0000' + k.g.digits(5))}~
`,
  ),

  bizDoc(
    'biz-edifact-partner-profile',
    ['config-syntax', 'precision'],
    'edi/partners/METRO.properties',
    (k) => `# Partner profile: METRO (EDIFACT D.96A ORDERS / DESADV / INVOIC)
partner.name=METRO
partner.gln=${k.n('40' + k.g.digits(11))}
partner.unb.recipient=${k.n('40' + k.g.digits(11))}:14
own.gln=${k.n('42' + k.g.digits(11))}
transport=OFTP2
oftp.ssid=${k.n('O0013' + k.g.digits(9) + 'NWD')}
oftp.sfid=${k.n('O0013' + k.g.digits(9) + 'NWD')}
oftp.password=${k.s('password', k.g.upper(8))}
oftp.host=oftp.metro-edi.example
oftp.port=6619
oftp.tls=true
oftp.keystore=/opt/edi/keys/oftp.p12
oftp.keystore.password=${k.hpw()}
`,
  ),

  bizDoc('biz-mulesoft-properties', ['config-syntax', 'precision'], 'src/main/resources/config/prod.yaml', (k) => {
    return `http:
  listener:
    port: "8081"
salesforce:
  username: "integration@nordwind.example"
  password: "${k.hpw()}"
  token: "${k.s('token', V.sfSecurityToken(k.g))}"
sap:
  jco:
    ashost: "sapprd01.nordwind.local"
    client: "100"
    user: "MULE_RFC"
    password: "![${k.n(k.g.base64(24) + '==')}]"
db:
  url: "jdbc:sqlserver://sql-prod-02:1433;databaseName=Orders;user=mule;password=${k.cs()}"
anypoint:
  platform:
    client_id: "${k.n(k.g.hex(32))}"
    client_secret: "${k.prov('Anypoint client secret', V.anypointSecret(k.g))}"
secure:
  key: "\${mule.key}"
`;
  }),

  bizDoc(
    'biz-mulesoft-pom-deploy',
    ['config-syntax', 'credential-file', 'precision'],
    'mule-app/pom.xml',
    (k) => `<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.nordwind</groupId>
  <artifactId>orders-sapi</artifactId>
  <version>1.4.2</version>
  <packaging>mule-application</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.mule.tools.maven</groupId>
        <artifactId>mule-maven-plugin</artifactId>
        <version>4.1.1</version>
        <configuration>
          <cloudhub2Deployment>
            <uri>https://anypoint.mulesoft.com</uri>
            <provider>MC</provider>
            <environment>Production</environment>
            <target>Cloudhub-EU-Central-1</target>
            <connectedAppClientId>${k.n(k.g.hex(32))}</connectedAppClientId>
            <connectedAppClientSecret>${k.prov('Anypoint client secret', V.anypointSecret(k.g))}</connectedAppClientSecret>
            <connectedAppGrantType>client_credentials</connectedAppGrantType>
            <properties>
              <mule.env>prod</mule.env>
            </properties>
            <secureProperties>
              <mule.key>${k.s('password', k.g.alnum(16))}</mule.key>
              <anypoint.platform.client_secret>\${anypoint.secret}</anypoint.platform.client_secret>
            </secureProperties>
          </cloudhub2Deployment>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
`,
  ),

  bizDoc(
    'biz-boomi-atom-container',
    ['config-syntax', 'precision'],
    'boomi/atom.properties',
    (k) => `#Boomi atom container properties
com.boomi.container.name=EDI-Atom-Prod
com.boomi.container.cloudlet.clusterConfig=multicast
com.boomi.container.proxyHost=proxy.nordwind.local
com.boomi.container.proxyPort=3128
com.boomi.container.proxyUser=svc-boomi
com.boomi.container.proxyPassword=${k.hpw()}
com.boomi.container.sharedServer.authToken=${k.s('token', 'atom-' + k.g.uuid())}
com.boomi.container.purgeDays=30
# API token for CI deployments (AtomSphere API, user BOOMI_TOKEN.ci@nordwind.example)
# BOOMI_API_TOKEN=${k.s('token', k.g.uuid())}
`,
  ),

  bizDoc(
    'biz-talend-context',
    ['config-syntax', 'precision'],
    'talend/contexts/Prod.properties',
    (k) => `#this is context properties
#Mon Nov 04 10:21:33 CET 2024
db_host=sql-prod-02
db_port=1433
db_database=DWH
db_user=talend_etl
db_password=${k.hpw()}
sftp_host=files.logistics-partner.example
sftp_user=nordwind
sftp_password=${k.gpw()}
s3_access_key=${k.u(V.awsId(k.g))}
s3_secret_key=${k.prov('AWS secret access key', V.awsSecret(k.g))}
smtp_password=
crm_api_token=${k.n('context.crm_api_token')}
`,
  ),

  bizDoc(
    'biz-ssis-dtsconfig',
    ['config-syntax', 'precision'],
    'SSIS/Config/LoadSales.dtsConfig',
    (k) => `<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="NORDWIND\\b.kaya" GeneratedFromPackageName="LoadSales" GeneratedFromPackageID="{${k.n(k.g.uuid().toUpperCase())}}" GeneratedDate="3/12/2024 4:12:09 PM"/>
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[DWH].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=sql-prod-02;User ID=ssis_load;Password=${k.cs()};Initial Catalog=DWH;Provider=SQLNCLI11.1;Auto Translate=False;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[ERP].Properties[Password]" ValueType="String">
    <ConfiguredValue>${k.hpw()}</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[FTP].Properties[ServerPassword]" ValueType="String">
    <ConfiguredValue>${k.gpw()}</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
`,
  ),

  bizDoc(
    'biz-ssis-dtsx-encrypted',
    ['config-syntax', 'precision'],
    'SSIS/Packages/LoadSales.dtsx',
    (k) => `<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:ExecutableType="Microsoft.Package" DTS:ProtectionLevel="1" DTS:ObjectName="LoadSales" DTS:DTSID="{${k.n(k.g.uuid().toUpperCase())}}">
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[DWH]" DTS:CreationName="OLEDB" DTS:ObjectName="DWH">
      <DTS:ObjectData>
        <DTS:ConnectionManager DTS:ConnectionString="Data Source=sql-prod-02;Initial Catalog=DWH;Provider=SQLNCLI11.1;Integrated Security=SSPI;">
          <DTS:Password DTS:Name="Password" Sensitive="1" Encrypted="1">${k.n(k.g.base64(340) + '=')}</DTS:Password>
        </DTS:ConnectionManager>
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
  <DTS:PackageParameters>
    <DTS:PackageParameter DTS:ObjectName="ApiToken" DTS:DataType="8" DTS:Sensitive="True">
      <DTS:Property DTS:DataType="8" DTS:Name="ParameterValue" Sensitive="1" Encrypted="1">${k.n(k.g.base64(200) + '==')}</DTS:Property>
    </DTS:PackageParameter>
  </DTS:PackageParameters>
</DTS:Executable>
`,
  ),

  bizDoc(
    'biz-informatica-commands',
    ['command-line', 'precision'],
    'infa/run_wf_sales.sh',
    (k) => `#!/bin/ksh
# Starts the nightly sales workflow on the PowerCenter domain.
. /opt/informatica/env.sh
export INFA_DEFAULT_DOMAIN_PASSWORD=${k.n('$(cat /opt/informatica/.pw)')}
pmcmd startworkflow -sv IS_PROD -d Domain_Prod -u Administrator -p '${k.hpw()}' -f SALES_DWH -wait wf_load_sales
# encrypted value for the parameter file, produced by pmpasswd:
# $ParamSrcPassword=${k.u(k.g.base64(24))}
infacmd.sh isp ListServices -dn Domain_Prod -un Administrator -pd ${k.gpw()}
`,
  ),

  bizDoc(
    'biz-zapier-make-scenario',
    ['config-syntax', 'precision'],
    'automation/make-scenario-invoices.blueprint.json',
    (k) => `{
  "name": "Shopify paid order -> Xero invoice",
  "flow": [
    { "id": 1, "module": "gateway:CustomWebHook", "parameters": { "hook": ${k.n(k.g.digits(6))}, "maxResults": 1 } },
    { "id": 2, "module": "http:ActionSendData", "mapper": {
        "url": "https://api.pdf-service.example/v1/render",
        "method": "post",
        "headers": [ { "name": "X-API-Key", "value": "${k.http(k.g.alnum(32))}" } ],
        "bodyType": "raw",
        "contentType": "json"
    } },
    { "id": 3, "module": "xero:CreateInvoice", "parameters": { "__IMTCONN__": ${k.n(k.g.digits(7))} } },
    { "id": 4, "module": "http:ActionSendData", "mapper": {
        "url": "https://erp.nordwind.example/api/v1/invoices?api_key=${k.http(k.g.hex(40))}",
        "method": "post"
    } }
  ],
  "metadata": { "version": 1, "scenario": { "roundtrips": 1, "maxErrors": 3 }, "designer": { "orphans": [] } },
  "zone": "eu1.make.com",
  "webhook": "${k.u(`https://hook.eu1.make.com/${k.g.lower(32)}`)}"
}
`,
  ),

  bizDoc(
    'biz-zapier-code-step',
    ['code', 'precision'],
    'automation/zapier-code-step.js',
    (k) => `// Zapier "Code by Zapier" step: looks up the customer in the ERP before creating the deal.
// inputData comes from the previous step (email, company).
const ERP_URL = 'https://erp.kontor.example/api';
const ERP_TOKEN = '${k.tok()}';

const res = await fetch(\`\${ERP_URL}/customers?email=\${encodeURIComponent(inputData.email)}\`, {
  headers: { Authorization: \`Bearer \${ERP_TOKEN}\` },
});
const customers = await res.json();
output = { customerId: customers[0]?.id ?? null, zapRun: '${k.n(k.g.hex(24))}' };
`,
  ),
];
