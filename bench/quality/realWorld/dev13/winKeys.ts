// Keys and tokens on Windows servers without a provider prefix: machineKeys across a farm, app settings in INI
// and registry, Octopus variables, BitLocker exports, Kerberos keys, SQL Server DDL, thumbprints around them.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;
const BT = '`';

export const WIN_KEYS = [
  wdoc(
    'machinekey-farm',
    ['config-syntax'],
    'ops/iis-farm/machinekeys.config',
    (k) => r`<!-- machineKey per application, shared by WEB01-WEB04. Keep in sync! (last rotated 2023-09) -->
<!-- Shop -->
<machineKey validationKey="${k.tok(V.machineKey(k.g, 128))}"
            decryptionKey="${k.tok(V.machineKey(k.g, 64))}"
            validation="SHA1" decryption="AES" />
<!-- Portal -->
<machineKey validationKey="${k.tok(V.machineKey(k.g, 128))}" decryptionKey="${k.tok(V.machineKey(k.g, 48))}" validation="HMACSHA512" decryption="AES" />
<!-- Legacy Classic ASP bridge: validation only -->
<machineKey validationKey='${k.tok(V.machineKey(k.g, 40))}' validation='SHA1' />
<!-- cert used for the data protection keys: thumbprint ${k.n(k.g.hex(40).toUpperCase())}, serial ${k.n(k.g.hex(32))} -->
`,
  ),
  wdoc(
    'app-settings-ini',
    ['config-syntax'],
    'C/ProgramData/Lohnbuero/settings.ini',
    (k) => r`[Allgemein]
Mandant=0042
Sprache=de
LetzteAktualisierung=2024-02-28
Build=${k.n(k.g.hex(7))}

[Schnittstelle]
ApiUrl=https://api.lohn-cloud.example/v3
ApiKey=${k.tok(k.g.alnum(32))}
ApiSecret=${k.tok(k.g.base64(43) + '=')}
HmacSchluessel=${k.tok(k.g.hex(64))}
Timeout=30

[Elster]
Zertifikat=C:\ProgramData\Lohnbuero\elster.pfx
ZertifikatPIN=${k.pin()}
DatenuebermittlungsID=${k.n(k.g.uuid())}

[Update]
Kanal=stable
Pruefsumme=${k.n(k.g.hex(64))}
`,
  ),
  wdoc(
    'reg-app-settings',
    ['config-syntax', 'credential-file'],
    'exports/scan2mail-settings.reg',
    (k) => r`Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\ScanToMail\Settings]
"SmtpHost"="smtp.office365.com"
"SmtpPort"=dword:0000024b
"SmtpUser"="scanner@contoso.com"
"SmtpPass"="${k.pw()}"
"LicenseKey"="${k.u(V.productKey(k.g))}"
"CloudApiToken"="${k.tok(k.g.base64url(43))}"
"InstallId"="${k.n(V.guid(k.g))}"

[HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\DocArchiv\Server]
"ConnectionString"="Provider=SQLOLEDB;Data Source=SQL03;Initial Catalog=DocArchiv;User Id=docarchiv;Password=${k.cs()}"
"EncryptionKey"="${k.tok(k.g.base64(32))}"
"WebhookSecret"="${k.tok(k.g.hex(40))}"
`,
  ),
  wdoc(
    'octopus-variables',
    ['config-syntax'],
    'octopus/variables-export.json',
    (k) => r`{
  "OwnerId": "Projects-142",
  "Version": 57,
  "Variables": [
    { "Id": "${k.n(k.g.uuid())}", "Name": "Shop.ConnectionString", "Value": "Server=SQL01;Database=Shop;User Id=shop;Password=${k.cs()};", "IsSensitive": false, "Scope": { "Environment": ["Environments-1"] } },
    { "Id": "${k.n(k.g.uuid())}", "Name": "Shop.PaymentHmacKey", "Value": "${k.tok(k.g.hex(64))}", "IsSensitive": false, "Scope": {} },
    { "Id": "${k.n(k.g.uuid())}", "Name": "Shop.JwtSigningKey", "Value": "${k.tok(k.g.base64(64))}", "IsSensitive": false, "Scope": {} },
    { "Id": "${k.n(k.g.uuid())}", "Name": "Shop.SmtpPassword", "Value": null, "IsSensitive": true, "Scope": {} },
    { "Id": "${k.n(k.g.uuid())}", "Name": "Shop.ErpApiToken", "Value": "${k.tok(k.g.alnum(40))}", "IsSensitive": false, "Scope": {} },
    { "Id": "${k.n(k.g.uuid())}", "Name": "Shop.Version", "Value": "${k.n('4.12.0')}", "IsSensitive": false, "Scope": {} }
  ]
}
`,
  ),
  wdoc(
    'bitlocker-export',
    ['credential-file', 'logs-and-output'],
    'audit/BitLocker-Recovery-Export-2024-06.csv',
    (k) => r`ComputerName;KeyProtectorId;RecoveryPassword;Date
NB-0101;${k.n(V.guid(k.g))};${k.tok(V.bitlocker(k.g))};2023-02-11
NB-0102;${k.n(V.guid(k.g))};${k.tok(V.bitlocker(k.g))};2023-02-14
NB-0117;${k.n(V.guid(k.g))};${k.tok(V.bitlocker(k.g))};2023-05-02
WS-0231;${k.n(V.guid(k.g))};${k.tok(V.bitlocker(k.g))};2024-01-19
NB-GF-01;${k.n(V.guid(k.g))};${k.tok(V.bitlocker(k.g))};2024-06-03
`,
  ),
  wdoc(
    'manage-bde-output',
    ['logs-and-output'],
    'tickets/INC0052277-bitlocker.txt',
    (k) => r`User locked out of BitLocker after BIOS update. Read key from AD and gave it by phone (identity verified via callback).

PS C:\> manage-bde -protectors -get C: -cn NB-0144
BitLocker Drive Encryption: Configuration Tool version 10.0.19041
Volume C: [Windows]
All Key Protectors

    Numerical Password:
      ID: ${k.n(V.guid(k.g))}
      Password:
        ${k.tok(V.bitlocker(k.g))}

    TPM:
      ID: ${k.n(V.guid(k.g))}
      PCR Validation Profile:
        7, 11

Closed. Key to be rotated with: manage-bde -protectors -delete C: -id ${k.n(V.guid(k.g))}
`,
  ),
  wdoc(
    'kerberos-ktpass',
    ['command-line', 'logs-and-output'],
    'docs/sso-keytab.md',
    (k) => r`## Keytab for the Linux web server (SSO against AD)

    ktpass /princ HTTP/intranet.corp.local@CORP.LOCAL /mapuser CORP\svc_intranet_http ${BT}
      /pass ${k.pw()} /crypto AES256-SHA1 /ptype KRB5_NT_PRINCIPAL /out intranet.keytab

Check on the Linux box:

    $ klist -kte -K /etc/krb5.keytab
    Keytab name: FILE:/etc/krb5.keytab
    KVNO Timestamp           Principal
    ---- ------------------- ------------------------------------------------------
       3 03/12/2024 10:14:02 HTTP/intranet.corp.local@CORP.LOCAL (aes256-cts-hmac-sha1-96)  (0x${k.tok(k.g.hex(64))})
       3 03/12/2024 10:14:02 HTTP/intranet.corp.local@CORP.LOCAL (aes128-cts-hmac-sha1-96)  (0x${k.tok(k.g.hex(32))})

The SPN is registered: setspn -L svc_intranet_http. Ticket cache is ${k.n('FILE:/tmp/krb5cc_0')}.
`,
  ),
  wdoc(
    'sql-ddl-secrets',
    ['code'],
    'sql/setup/02_security.sql',
    (k) => r`-- Security setup for the reporting instance. Run as sysadmin.
USE master;
GO
CREATE LOGIN [report_reader] WITH PASSWORD = N'${k.pw()}', CHECK_POLICY = OFF;
CREATE LOGIN [etl_writer] WITH PASSWORD = '${k.pw()}' MUST_CHANGE, CHECK_EXPIRATION = ON, CHECK_POLICY = ON;
-- migrated login, hashed (from sp_help_revlogin):
CREATE LOGIN [legacy_app] WITH PASSWORD = ${k.n('0x0200' + k.g.hex(136).toUpperCase())} HASHED, SID = ${k.n('0x' + k.g.hex(32).toUpperCase())};
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = '${k.pw()}';
CREATE CERTIFICATE TDE_Cert WITH SUBJECT = 'TDE certificate';
BACKUP CERTIFICATE TDE_Cert TO FILE = 'E:\Keys\TDE_Cert.cer'
    WITH PRIVATE KEY (FILE = 'E:\Keys\TDE_Cert.pvk', ENCRYPTION BY PASSWORD = '${k.pw()}');
GO
EXEC sp_addlinkedserver @server = N'ORA_ERP', @srvproduct = N'Oracle', @provider = N'OraOLEDB.Oracle', @datasrc = N'ERPPROD';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ORA_ERP', @useself = N'False', @locallogin = NULL, @rmtuser = N'LINK_RO', @rmtpassword = N'${k.pw()}';
GO
ALTER LOGIN sa WITH PASSWORD = '${k.n('<new strong password>')}';
`,
  ),
  wdoc(
    'git-credentials-windows',
    ['credential-file'],
    'Users/build/.git-credentials',
    (k) => r`https://build:${k.cs(k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 52))}@dev.azure.com
https://svc_tfs:${k.cs()}@tfs.corp.local%3a8080
https://oauth2:${k.cs(k.g.alnum(20))}@gitlab.corp.local
`,
  ),
  wdoc(
    'adfs-rp-notes',
    ['prose', 'config-syntax'],
    'docs/adfs/relying-parties.md',
    (k) => r`# AD FS relying parties

| RP | Identifier | Client secret |
|---|---|---|
| Intranet (OIDC) | ${k.n(k.g.uuid())} | ${k.tok(k.g.base64url(40))} |
| Timesheet (OIDC) | ${k.n(k.g.uuid())} | ${k.tok(k.g.base64url(40))} |
| Wiki (SAML) | https://wiki.corp.local/saml | n/a |

Token-signing certificate thumbprint: ${k.n(k.g.hex(40).toUpperCase())} (expires 2025-10-01)
Token-decrypting certificate thumbprint: ${k.n(k.g.hex(40).toUpperCase())}

Add-AdfsServerApplication -ApplicationGroupIdentifier Timesheet -Name "Timesheet API" -Identifier ${k.n(k.g.uuid())} -GenerateClientSecret
`,
  ),
  wdoc(
    'ps-module-config',
    ['config-syntax', 'code'],
    'modules/CorpTools/CorpTools.config.psd1',
    (k) => r`@{
    # Settings for the CorpTools module. Loaded with Import-PowerShellDataFile.
    Inventory = @{
        Url    = 'https://inventory.corp.local/api/v2'
        ApiKey = '${k.tok(k.g.hex(32))}'
    }
    Ticketing = @{
        Url       = 'https://helpdesk.corp.local:8080'
        TechKey   = '${k.tok(k.g.uuid().toUpperCase())}'
    }
    Printing = @{
        PaperCutAuthToken = '${k.tok(k.g.alnum(32))}'
    }
    Backup = @{
        RestUser     = 'svc_veeamapi'
        RestPassword = '${k.pw()}'
        EncryptionPassphrase = '${k.pp()}'
    }
    ModuleVersion = '${k.n('2.4.1')}'
    Guid          = '${k.n(k.g.uuid())}'
}
`,
  ),
  wdoc(
    'smtp-relay-apps',
    ['config-syntax'],
    'C/inetpub/mailroot/relay-apps.txt',
    (k) => r`# which app sends through which relay credential (audit 2024)
app;relay;user;secret
ERP;smtp.sendgrid.net;apikey;${k.prov('SendGrid API key', 'SG.' + k.g.base64url(22) + '.' + k.g.base64url(43))}
HR-Portal;smtp.office365.com;hr-portal@contoso.com;${k.pw()}
Scanner;relay.corp.local;(anonymous);-
Monitoring;smtp.mailgun.org;postmaster@mg.contoso.com;${k.tok(k.g.hex(32) + '-' + k.g.hex(8) + '-' + k.g.hex(8))}
`,
  ),
];
