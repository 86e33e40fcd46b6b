// Password cracking: hashcat potfiles and --show output, john --show, shadow files, Kerberoast lists, NTDS extracts.
// The hash half is never a secret; the recovered plain is.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_CRACKING_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-hashcat-potfile-ntlm',
    ['credential-file', 'logs-and-output', 'precision'],
    'cracking/corp-2026/hashcat.potfile',
    (k) => Array.from({ length: 6 }, (_, i) => `${k.n(S.ntlm(k.g))}:${i === 3 ? k.phrase() : i % 2 === 0 ? k.hpw() : k.gpw()}`).join('\n') + '\n',
  ),
  sDoc(
    'secops-hashcat-show-users',
    ['logs-and-output', 'command-line', 'precision'],
    'cracking/corp-2026/show-username.txt',
    (k) => `$ hashcat -m 1000 ntds.ntlm --show --username
${['j.dupont', 'svc_print', 'k.nowak', 'helpdesk01'].map((u) => `${u}:${k.n(S.ntlm(k.g))}:${k.hpw()}`).join('\n')}
$ hashcat -m 1000 ntds.ntlm --left | wc -l
2835
`,
  ),
  sDoc(
    'secops-hashcat-session-status',
    ['logs-and-output', 'precision'],
    'cracking/corp-2026/kerberoast-session.log',
    (k) => `hashcat (v6.2.6) starting

OpenCL API (OpenCL 3.0 CUDA 12.4.131) - Platform #1 [NVIDIA Corporation]
* Device #1: NVIDIA GeForce RTX 4090, 23867/24210 MB, 128MCU

Dictionary cache hit:
* Filename..: /opt/wordlists/rockyou2024-top.txt
* Passwords.: 212000000

${k.n(S.krb5tgs(k.g, 'HTTP/intranet.corp.local', 'svc_web'))}:${k.hpw()}

Session..........: kerb
Status...........: Cracked
Hash.Mode........: 13100 (Kerberos 5, etype 23, TGS-REP)
Hash.Target......: ${k.n('$krb5tgs$23$*svc_web$CORP.LOCAL$HTTP/intranet.corp.local...' + k.g.hex(8))}
Time.Started.....: Wed Mar 11 21:02:17 2026 (3 mins, 12 secs)
Recovered........: 1/1 (100.00%) Digests (total), 1/1 (100.00%) Digests (new)
`,
  ),
  sDoc(
    'secops-john-show-shadow',
    ['logs-and-output', 'credential-file', 'precision'],
    'cracking/linux-fleet/john-show.txt',
    (k) => `$ unshadow passwd shadow > fleet.txt
$ john --format=sha512crypt --wordlist=rockyou.txt fleet.txt
$ john --show fleet.txt
root:${k.hpw()}:0:0:root:/root:/bin/bash
deploy:${k.hpw()}:1001:1001::/home/deploy:/bin/bash
nagios:${k.gpw()}:1002:1002::/home/nagios:/bin/sh

3 password hashes cracked, 2 left

$ grep -E '^(ops|backup):' shadow
ops:${k.n(S.sha512crypt(k.g))}:19780:0:99999:7:::
backup:${k.n(S.sha512crypt(k.g))}:19512:0:99999:7:::
`,
  ),
  sDoc(
    'secops-etc-shadow-evidence',
    ['credential-file', 'precision'],
    'evidence/web01/etc/shadow',
    (k) => `root:${k.n(S.sha512crypt(k.g))}:19801:0:99999:7:::
daemon:*:19500:0:99999:7:::
www-data:*:19500:0:99999:7:::
sshd:!:19500::::::
deploy:${k.n(S.sha512crypt(k.g))}:19790:0:99999:7:::
legacy:${k.n(S.md5crypt(k.g))}:18002:0:99999:7:::
backdoor:${k.n(S.sha512crypt(k.g))}:20150:0:99999:7:::
`,
  ),
  sDoc('secops-ntds-cracked-csv', ['logs-and-output', 'precision'], 'cracking/corp-2026/ad-audit-export.csv', (k) => {
    const rows = Array.from({ length: 6 }, (_, i) => {
      const user = ['a.meyer', 'b.kaya', 'c.rossi', 'd.silva', 'e.cohen', 'f.tanaka'][i];
      const plain = i === 1 || i === 4 ? k.n('-') : k.hpw();
      return `${user},${k.n(S.ntlm(k.g))},${plain},${i === 1 || i === 4 ? 'no' : 'yes'},${k.g.pick(['Domain Users', 'IT-Admins', 'Finance'])}`;
    });
    return `samaccountname,nthash,cleartext,cracked,group\n${rows.join('\n')}\n`;
  }),
  sDoc(
    'secops-dcc2-mscash-notes',
    ['logs-and-output', 'precision'],
    'cracking/laptops/mscash2.txt',
    (k) => `# cached domain credentials from lost-laptop image (IR-case ${k.n(S.ticket(k.g))})
${k.n(S.dcc2(k.g, 'r.ibrahim'))}
${k.n(S.dcc2(k.g, 'adm_hvogel'))}
# mode 2100, 36 h on the rig: only r.ibrahim cracked
${k.n(S.dcc2(k.g, 'r.ibrahim'))}:${k.hpw()}
`,
  ),
  sDoc(
    'secops-bcrypt-webapp-dump',
    ['logs-and-output', 'precision'],
    'notes/webapp/users-table.sql',
    (k) => `-- from the exposed backup.sql on the staging host (finding F-11)
INSERT INTO \`users\` (\`id\`,\`email\`,\`password\`,\`api_token\`,\`remember_token\`) VALUES
(1,'admin@shop.example','${k.n(S.bcrypt(k.g))}','${k.s('token', k.g.alnum(60))}',NULL),
(2,'ops@shop.example','${k.n(S.bcrypt(k.g))}','${k.s('token', k.g.alnum(60))}','${k.u(k.g.alnum(60))}'),
(3,'demo@shop.example','${k.n(S.bcrypt(k.g))}',NULL,NULL);
-- cracked admin bcrypt (cost 10) with the company wordlist: ${k.hpw()}
`,
  ),
  sDoc(
    'secops-keepass-crack-ru',
    ['prose', 'logs-and-output', 'precision'],
    'отчеты/2026-внутренний/keepass.md',
    (k) => `## Взлом базы KeePass администратора

Файл \`Passwords.kdbx\` найден на \`\\\\FS01\\users\\it-admin\\Desktop\`. Хеш извлечён keepass2john:
\`${k.n('Passwords:$keepass$*2*60000*0*' + k.g.hex(64) + '*' + k.g.hex(64) + '*' + k.g.hex(32))}\`

Мастер-пароль подобран за 6 часов: **${k.hpw()}**. В базе 214 записей, среди них:
- root на ESXi-хостах: ${k.gpw()}
- учётная запись Veeam: ${k.gpw()}
- FortiGate admin: ${k.n(S.mask(S.generated(k.g)))} (замаскировано по просьбе заказчика)
`,
  ),
  sDoc(
    'secops-hashcat-rules-methodology',
    ['prose', 'precision'],
    'methodology/password-audit.md',
    (k) => `# Password audit methodology

1. Extract NTDS with \`secretsdump.py -just-dc-ntlm\`; hashes only, never cleartext from memory.
2. Wordlists: rockyou, the company list (names, products, cities) and seasonal patterns such as
   ${k.n('Summer2026!')}, ${k.n('Winter2025')}, ${k.n('Company2026!')}, ${k.n('Welcome123')}.
3. Rules: best64, OneRuleToRuleThemAll, \`${k.n('?u?l?l?l?l?l?d?d?d?d?s')}\` masks.
4. Report only statistics plus at most five masked examples (e.g. ${k.n('Su********!')}).

Example hash format for the NT mode (1000): \`${k.n(S.ntlm(k.g))}\`.
Never put cracked plains in the ticket (${k.n(S.ticket(k.g))}); use the encrypted share.
`,
  ),
  sDoc(
    'secops-pot-mixed-modes',
    ['credential-file', 'precision'],
    'cracking/misc/mixed.potfile',
    (k) => `${k.n(S.md5(k.g))}:${k.hpw()}
${k.n(S.sha1(k.g))}:${k.gpw()}
${k.n(S.bcrypt(k.g))}:${k.hpw()}
${k.n(S.asrep(k.g, 'old.scanner'))}:${k.hpw()}
`,
  ),
  sDoc(
    'secops-wifi-hc22000',
    ['logs-and-output', 'precision'],
    'cracking/wifi/results.txt',
    (k) => `WPA*02*${k.n(k.g.hex(32))}*${k.n(k.g.hex(12))}*${k.n(k.g.hex(12))}*434f52502d4775657374*${k.n(k.g.hex(64))}*${k.n(k.g.hex(240))}*02
-> cracked (hashcat -m 22000): ${k.hpw()}
-> ESSID CORP-Guest, second AP uses PSK ${k.gpw()} (from the printer config page, not cracked)
`,
  ),
];
