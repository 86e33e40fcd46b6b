// The managed-service provider looking after forty small hotels, and franchise IT: tickets, runbooks, asset
// exports, password-rotation sheets and supplier onboarding, with the look-alikes of their world.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_MSP_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-msp-ticket-pms-lockout',
    ['prose', 'precision'],
    'tickets/HD-pms-lockout.md',
    (k) => `**Ticket ${k.n(H.ticket(k.g))}** — Hotel Posthorn — Priority 2

> Night auditor locked out of the PMS at 02:10, cannot run the night audit.

**Tech notes (Kevin):**
- Reset via vendor portal; new password for user NA1 is ${k.pw()}
- Customer asked to also reset the back-office Windows account: done, ${k.hpw()}
- Property code ${k.n(H.propertyCode(k.g))}, PMS build ${k.n('5.6.3.2')}
- Time spent: 35 min, billable under contract ${k.n(`C-${k.g.digits(5)}`)}
`,
  ),
  hDoc(
    'hosp-franchise-it-runbook',
    ['prose', 'config-syntax', 'precision'],
    'runbooks/franchise-new-property.md',
    (k) => `# Onboarding a new franchise property

1. Create the property in the brand CRS (property code format \`${k.n('ABC12')}\`).
2. Request the PMS interface user from the vendor. They mail a temporary password; store it in the vault path
   \`${k.n('secret/hotels/<code>/pms-ifc')}\` and never in this wiki.
3. Configure the CRS connector:

\`\`\`ini
[crs]
endpoint = https://crs.brand.example/ota/2015B
requestor_id = ${k.n(H.propertyCode(k.g))}
message_password = ${k.gpw()}
\`\`\`

   (the value above is the shared **staging** password of the brand, rotate it after go-live)
4. Loyalty API: use the brand-wide key \`${k.tok()}\` until the property key is issued.
5. Test reservation: ${k.n(H.confirmation(k.g))}, rate ${k.n(H.rateCode(k.g))}.
`,
  ),
  hDoc(
    'hosp-msp-password-rotation-csv',
    ['config-syntax', 'precision'],
    'msp/rotation-2026-Q1.csv',
    (k) => `client,system,account,new_password,rotated_by,ticket
Hotel Seeblick,Firewall,admin,${k.gpw()},kmueller,${k.n(H.ticket(k.g))}
Hotel Seeblick,PMS SQL,sa,${k.gpw()},kmueller,${k.n(H.ticket(k.g))}
Hotel Savoy,Hotspot,portal,${k.dev()},asmith,${k.n(H.ticket(k.g))}
Hotel Savoy,NAS,backup,${k.spw()},asmith,${k.n(H.ticket(k.g))}
Pension Linde,Router,admin,${k.n('(unchanged - ISP managed)')},asmith,${k.n(H.ticket(k.g))}
Hotel Majestic,Veeam,svc_veeam,${k.pw()},jdoe,${k.n(H.ticket(k.g))}
`,
  ),
  hDoc(
    'hosp-msp-asset-export-precision',
    ['config-syntax', 'precision'],
    'msp/assets-hotel-savoy.csv',
    (k) => `asset_tag,hostname,serial,mac,ip,os,bitlocker_recovery_id,warranty_until
${k.n(`SAV-${k.g.digits(4)}`)},FD-PC01,${k.n(k.g.upper(10))},${k.n(H.mac(k.g))},${H.ipv4(k.g, '10.10')},Win11,${k.n(k.g.uuid().toUpperCase())},2027-05-31
${k.n(`SAV-${k.g.digits(4)}`)},FD-PC02,${k.n(k.g.upper(10))},${k.n(H.mac(k.g))},${H.ipv4(k.g, '10.10')},Win11,${k.n(k.g.uuid().toUpperCase())},2027-05-31
${k.n(`SAV-${k.g.digits(4)}`)},BO-PC01,${k.n(k.g.upper(10))},${k.n(H.mac(k.g))},${H.ipv4(k.g, '10.10')},Win10,${k.n(k.g.uuid().toUpperCase())},2026-11-30
${k.n(`SAV-${k.g.digits(4)}`)},PMS-SRV,${k.n(k.g.upper(10))},${k.n(H.mac(k.g))},${H.ipv4(k.g, '10.10')},WS2022,${k.n(k.g.uuid().toUpperCase())},2028-01-31
`,
  ),
  hDoc(
    'hosp-supplier-onboarding-mail',
    ['prose', 'precision'],
    'mail/2026-03-01-supplier-portal.txt',
    (k) => `Subject: Welcome to the purchasing portal – Hotel Majestic

Dear supplier,

your account for the purchasing portal has been activated.

Supplier number: ${k.n(k.g.digits(7))}
Login: fresh-produce-${k.g.digits(3)}
Initial password: ${k.gpw()}

Invoices must quote our PO number (format ${k.n('PO-2026-00000')}) and our VAT number ${k.n(H.vat(k.g))}.
Bank details for credit notes: ${k.n(H.iban(k.g))}.

Purchasing department
`,
  ),
  hDoc(
    'hosp-msp-firewall-backup',
    ['config-syntax', 'precision'],
    'msp/configs/hotel-majestic-fw.conf',
    (k) => `config system admin
    edit "admin"
        set password ENC ${k.n(`SH2${k.g.base64(60)}`)}
    next
end
config vpn ipsec phase1-interface
    edit "to-hq"
        set remote-gw ${H.ipv4(k.g, '203.0.113')}
        set psksecret ${k.spw()}
    next
end
config user radius
    edit "guest-radius"
        set server "${H.ipv4(k.g, '10.40')}"
        set secret ${k.spw()}
    next
end
`,
  ),
  hDoc(
    'hosp-msp-teams-chat',
    ['prose', 'precision'],
    'chat/msp-hotels-team.txt',
    (k) => `[Mon 08:02] Anna: Majestic says the POS terminals lost Wi-Fi after the weekend
[Mon 08:05] Ben: the POS SSID ${k.n(H.ssid(k.g))} PSK got changed by the hotel's own electrician?? new one is ${k.wifi()}
[Mon 08:06] Anna: 🙄 ok, pushing to the terminals
[Mon 08:30] Ben: also Posthorn's Veeam job fails, credentials expired; I set svc_backup to ${k.gpw()}
[Mon 08:31] Anna: please put that in the vault, not here
[Mon 08:32] Ben: done, vault item ${k.n(`op://MSP-Hotels/Posthorn Veeam/password`)}
`,
  ),
  hDoc(
    'hosp-msp-rmm-script-ps1',
    ['code', 'command-line', 'defaults-in-code', 'precision'],
    'rmm/scripts/Set-FrontDeskAutologon.ps1',
    (k) => `# Front-desk kiosk PCs log on automatically as the shared "Rezeption" user.
param([string]$Hotel = "Posthorn")
$RegPath = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
Set-ItemProperty $RegPath "AutoAdminLogon" -Value "1" -Type String
Set-ItemProperty $RegPath "DefaultUserName" -Value "Rezeption" -Type String
Set-ItemProperty $RegPath "DefaultPassword" -Value "${k.hpw()}" -Type String
Set-ItemProperty $RegPath "DefaultDomainName" -Value "$env:COMPUTERNAME" -Type String
Write-Output "Autologon set for $Hotel (${k.n(H.ticket(k.g))})"
`,
  ),
  hDoc(
    'hosp-msp-reg-export',
    ['config-syntax', 'precision'],
    'msp/exports/protel-client.reg',
    (k) => `Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\protel\\Client]
"Server"="PROTEL-SQL\\\\PROTEL"
"Database"="protel"
"DbUser"="protel_client"
"DbPassword"="${k.spw()}"
"InstallId"="${k.n(`{${k.g.uuid().toUpperCase()}}`)}"
"LicenseHash"="${k.n(H.sha1(k.g))}"
`,
  ),
  hDoc(
    'hosp-msp-onenote-export',
    ['prose', 'precision'],
    'msp/onenote/hotel-riviera.txt',
    (k) => `Hotel Riviera – Zugangsdaten (Stand 02/2026)

Router Telekom: Modem-Installationscode ${k.u(k.g.digits(12))}
Firewall Sophos: admin / ${k.gpw()}
Switches: siehe Passwortmanager (${k.n('keeper://Hotels/Riviera/Switches')})
Drucker Rezeption: kein Passwort
NAS Synology: admin / ${k.hpw()}
Kameras (Hikvision NVR): admin / ${k.dev()}
Telefonanlage: siehe Ordner „Centrale"
`,
  ),
  hDoc(
    'hosp-msp-ssh-key-jump',
    ['credential-file', 'precision'],
    'msp/keys/hotels-jump.key',
    (k) => `${k.key(H.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),
  hDoc(
    'hosp-msp-authorized-keys-precision',
    ['credential-file', 'precision'],
    'msp/keys/authorized_keys',
    (k) => `${k.n(H.sshPub(k.g))}
${k.n(H.sshPub(k.g))}
# fingerprint ${k.n(`SHA256:${k.g.base64(43)}`)}
`,
  ),
];
