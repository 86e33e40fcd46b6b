// Passwords recovered or used by offensive-security tools, in the tools' own output (rw-dev25): hashcat potfiles and
// `--show` lines (`hash:plain`, `user:hash:plain` with `--username`), john's `--show` (a passwd line with the plain in
// the hash field), netexec/crackmapexec success lines (`[+] domain\user:plain`), impacket targets
// (`domain/user:plain@host`), secretsdump's CLEARTEXT lines, sqlmap's cracked table cells (`hash (plain)`), nmap brute
// scripts' `- Valid credentials`, Metasploit `set SMBPass …` and its creds table, chisel's `--auth user:plain`.
// The hashes beside the plains are verifiers, never findings: each pattern reports the plain alone, and a hash in the
// plain's place (pass-the-hash) is refused.
import { isLiteralPassword } from '../validators/literalArgument';
import { isHashOrEncrypted } from '../validators/storedHash';
import { humanPassword } from './humanPasswords';
import { lettersAndDigits, passphraseShaped, passwordShaped } from './proseFollowup';
import { passwordVerdict } from '../validators/secretValue';
import type { ExampleGen, MatchContext, Rule } from '../types';

const base = {
  provider: 'Offensive-security tool output',
  family: 'generic',
  priority: 'context',
  skipPlaceholderCheck: false,
  severity: 'error',
  revocationUrl: null,
  revocationNote: 'Change the recovered password on the account (and every account sharing it), then keep cracked plains in the engagement vault, not in files you share.',
} as const;

/**
 * Hash formats hashcat and john print before the plain: hex digests (MD5/NTLM 32, SHA-1 40, SHA-256 64, SHA-512 128),
 * bcrypt, crypt ($1$, $5$, $6$, yescrypt), Kerberoast and AS-REP blobs (ending in a long hex run), DCC2 (mscash2).
 */
const HASH =
  '(?:[0-9a-fA-F]{32}(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{32}|[0-9a-fA-F]{96})?' +
  '|\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}' +
  '|\\$[156]\\$(?:rounds=\\d{1,7}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{22,86}' +
  '|\\$y\\$[./A-Za-z0-9]{1,12}\\$[./A-Za-z0-9]{1,86}\\$[./A-Za-z0-9]{43}' +
  '|\\$krb5(?:tgs|asrep|pa)\\$[^\\s]{1,400}?\\$[0-9a-fA-F]{64,20000}' +
  '|\\$DCC2\\$\\d{1,6}#[^#\\s]{1,64}#[0-9a-fA-F]{32})';

/** `[user:]hash:plain`, the whole line (hashcat `--username` puts the account first). */
const HASH_PLAIN_LINE = new RegExp(`^(?:[\\w.$@\\\\-]{1,64}:)?${HASH}:(?<secret>[^\\r\\n]{1,128})$`, 'm');

/** A value in the plain's place that is itself a hash (NT hash for pass-the-hash, `lm:nt`). */
const HASH_VALUE = /^(?:[0-9a-fA-F]{32}:)?[0-9a-fA-F]{32}$|^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/;

/** A recovered plain: a literal password, not a hash, nor the rest of a shadow or NTDS line (`19780:0:99999:7:::`). */
function recoveredPlain(value: string): boolean {
  if (value !== value.trim() || HASH_VALUE.test(value) || isHashOrEncrypted(value)) return false;
  if (/(?:^|:)\d*:/.test(value)) return false;
  return isLiteralPassword(value);
}

const POTFILE_PATH = /\.pot(?:file)?$/i;

/** A pasted potfile (no path) is short: a longer text without a path is something else. */
const MAX_PASTED_POTFILE = 65536;

const POTFILE_LINE = new RegExp(`^(?:[\\w.$@\\\\-]{1,64}:)?${HASH}:[^\\r\\n]{1,128}$`);

/** Whether every non-blank line of a short text is a potfile line (a pasted potfile). */
let potfileMemo: { text: string; all: boolean } | undefined;
function onlyPotfileLines(text: string): boolean {
  if (text.length > MAX_PASTED_POTFILE) return false;
  if (potfileMemo?.text !== text) potfileMemo = { text, all: text.split(/\r?\n/).every((line) => line.length === 0 || POTFILE_LINE.test(line)) };
  return potfileMemo.all;
}

const ntlm = (g: ExampleGen) => g.hex(32);

const hashPlainExamples = {
  positives: (g: ExampleGen) => [
    `$ hashcat -m 1000 ntds.ntlm --show\n${ntlm(g)}:${g.s(humanPassword(g))}\n${ntlm(g)}:${g.s(g.alnum(16))}\n`,
    `$ hashcat -m 1000 ntds.ntlm --show --username\nj.doe:${ntlm(g)}:${g.s(humanPassword(g))}\n`,
    `hashcat (v6.2.6) starting\n$krb5tgs$23$*svc_web$CORP.LOCAL$HTTP/web.corp.local*$${g.hex(32)}$${g.hex(600)}:${g.s(humanPassword(g))}\n`,
    `# mode 2100, only one cracked\n$DCC2$10240#r.doe#${g.hex(32)}:${g.s(humanPassword(g))}\n`,
    `cracked with john:\n$2y$10$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}:${g.s(humanPassword(g))}\n`,
  ],
  negatives: (g: ExampleGen) => [
    `$ hashcat -m 1000 ntds.ntlm --show\n${ntlm(g)}\n`,
    `$ john --show shadow\nops:$6$${g.lower(16)}$${g.alnum(86)}:19780:0:99999:7:::\n`,
    `secretsdump (cracked later)\nAdministrator:500:aad3b435b51404eeaad3b435b51404ee:${ntlm(g)}:::\n`,
    `hashcat --show\n${ntlm(g)}:<password>\n`,
    `hashcat cracked\nuser:${ntlm(g)}:${ntlm(g)}\n`,
    `const cracked = {\n  id: '${ntlm(g)}:getPassword()'\n};\n`,
  ],
};

export const crackedPasswordOutputRules: Rule[] = [
  {
    ...base,
    id: 'cracked-hash-plain',
    description: 'Password recovered by hashcat or john, printed after its hash (`--show`, a potfile, a session log)',
    keywords: ['hashcat', 'john', 'potfile', 'cracked', '--show', '$krb5', '$dcc2'],
    pattern: HASH_PLAIN_LINE,
    validate: recoveredPlain,
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://hashcat.net/wiki/doku.php?id=frequently_asked_questions#what_is_a_potfile',
    examples: hashPlainExamples,
  },
  {
    ...base,
    id: 'hashcat-potfile-plain',
    description: 'Password recovered by hashcat, in its potfile (`hash:plain` on every line)',
    keywords: [],
    appliesToPath: (path) => path === undefined || POTFILE_PATH.test(path),
    appliesToText: (text, path) => path !== undefined || text.length <= MAX_PASTED_POTFILE,
    pattern: HASH_PLAIN_LINE,
    // Without a path (a paste) every line must be a potfile's.
    validate: (value, ctx) => (ctx.path === undefined ? onlyPotfileLines(ctx.text) : POTFILE_PATH.test(ctx.path)) && recoveredPlain(value),
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://hashcat.net/wiki/doku.php?id=frequently_asked_questions#what_is_a_potfile',
    examples: {
      positives: (g) => [
        `${ntlm(g)}:${g.s(humanPassword(g))}\n${ntlm(g)}:${g.s(humanPassword(g))}\n`,
        `$2y$10$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}:${g.s(humanPassword(g))}\n`,
      ],
      negatives: (g) => [`${ntlm(g)}:${humanPassword(g)}\nsome notes about it\n`, `${ntlm(g)}:${ntlm(g)}\n`],
    },
  },
  {
    ...base,
    id: 'john-show-passwd-plain',
    description: "Password recovered by john, in `--show` output (a passwd line with the plain in the hash's field)",
    keywords: ['john', 'unshadow', 'cracked'],
    pattern: /^[\w.$-]{1,32}:(?<secret>[^:\r\n]{1,128}):\d{1,10}:\d{1,10}:[^:\r\n]{0,128}:[^:\r\n]{0,256}:[^:\r\n]{0,256}$/m,
    // `*`, `!!`, `*LK*`, `!` before a hash: a locked or passwordless account's field, not a plain.
    validate: (value) => !/^[*!]+$|^\*[A-Z]{1,8}\*$/.test(value) && !(value.startsWith('!') && isHashOrEncrypted(value.replace(/^!+/, ''))) && recoveredPlain(value),
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://www.openwall.com/john/doc/EXAMPLES.shtml',
    examples: {
      positives: (g) => [
        `$ john --show fleet.txt\nroot:${g.s(humanPassword(g))}:0:0:root:/root:/bin/bash\ndeploy:${g.s(humanPassword(g))}:1001:1001::/home/deploy:/bin/sh\n`,
        `3 password hashes cracked, 0 left\nnagios:${g.s(humanPassword(g))}:1002:1002::/home/nagios:/bin/sh\n`,
      ],
      negatives: () => [
        '$ john --show fleet.txt\nroot:x:0:0:root:/root:/bin/bash\nnobody:*:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nlp:!!:4:7:lp:/var/spool/lpd:/sbin/nologin\n',
        '# john input\nlocked:*LK*:1003:1003::/home/locked:/bin/sh\nold:!$6$abcdefgh$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123:1004:1004::/home/old:/bin/sh\nops:$6$abcdefgh$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123:1001:1001::/home/ops:/bin/bash\n',
      ],
    },
  },
  {
    ...base,
    id: 'netexec-login-success',
    description: 'Password of a login netexec / crackmapexec reports as valid (`[+] domain\\user:password`)',
    keywords: ['[+]'],
    pattern: /^(?:SMB|LDAPS?|MSSQL|WINRM|SSH|RDP|FTP|WMI|VNC|NFS)[ \t]+\S{1,64}[ \t]+\d{1,5}[ \t]+\S{1,64}[ \t]+\[\+\][ \t]+(?:[^\s\\:]{1,64}\\)?[^\s\\:]{1,64}:(?<secret>\S{1,128})/m,
    validate: recoveredPlain,
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://www.netexec.wiki/getting-started/using-credentials',
    examples: {
      positives: (g) => [
        `SMB         10.10.1.10      445    DC01             [+] corp.local\\t.doe:${g.s(humanPassword(g))}\n`,
        `SMB         10.10.1.21      445    FS01             [+] corp.local\\svc_scan:${g.s(humanPassword(g))} (Pwn3d!)\n`,
        `SSH         10.0.0.5        22     web01            [+] root:${g.s(g.alnum(14))} Linux - Shell access!\n`,
      ],
      negatives: (g) => [
        `SMB         10.10.1.23      445    WS114            [+] corp.local\\Administrator:${ntlm(g)} (Pwn3d!)\n`,
        `SMB         10.10.1.10      445    DC01             [-] corp.local\\a.doe:${humanPassword(g)} STATUS_LOGON_FAILURE\n`,
        `SMB         10.10.1.10      445    DC01             [+] corp.local\\guest: \n`,
      ],
    },
  },
  {
    ...base,
    id: 'impacket-target-password',
    description: 'Password in an impacket target (`domain/user:password@host` given to secretsdump, wmiexec, GetUserSPNs …)',
    keywords: [
      'secretsdump',
      'psexec',
      'wmiexec',
      'smbexec',
      'atexec',
      'dcomexec',
      'getuserspns',
      'getnpusers',
      'gettgt',
      'getst',
      'mssqlclient',
      'smbclient.py',
      'impacket-',
      'lookupsid',
      'getadusers',
      'finddelegation',
      'addcomputer',
      'rbcd',
      'dacledit',
      'ticketer',
      'samrdump',
      'rpcdump',
    ],
    keywordWindow: { before: 12, after: 600 },
    pattern:
      /(?<![\w-])(?:impacket-)?(?:secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|GetUserSPNs|GetNPUsers|getTGT|getST|mssqlclient|smbclient|lookupsid|GetADUsers|findDelegation|addcomputer|rbcd|dacledit|ticketer|samrdump|rpcdump)(?:\.py)?[ \t]+(?:-[\w-]{1,20}[ \t]+){0,3}['"]?(?:[\w.-]{1,64}\/)?[\w.$-]{1,64}:(['"]?)(?<secret>[^\s'"]{1,128}?)\1(?:@[\w.:-]{1,253})?['"]?(?=\s|$)/,
    validate: recoveredPlain,
    envName: 'AD_PASSWORD',
    docsUrl: 'https://github.com/fortra/impacket',
    examples: {
      positives: (g) => [
        `impacket-secretsdump 'corp.local/svc_backup:${g.s(humanPassword(g))}@10.10.1.10' -just-dc-ntlm`,
        `GetUserSPNs.py corp.local/t.doe:'${g.s(humanPassword(g))}' -dc-ip 10.10.1.10 -request`,
        `proxychains -q mssqlclient.py sa:'${g.s(humanPassword(g))}'@172.20.0.15`,
        `wmiexec.py corp.local/t.doe:${g.s(g.alnum(14))}@10.10.1.40`,
      ],
      negatives: (g) => [
        `psexec.py corp.local/adm@10.10.1.31 -hashes :${ntlm(g)}`,
        `secretsdump.py -hashes aad3b435b51404eeaad3b435b51404ee:${ntlm(g)} corp.local/adm@10.10.1.10`,
        `wmiexec.py 'corp.local/t.doe:$PASSWORD@10.10.1.40'`,
        `GetUserSPNs.py corp.local/t.doe:'<password>' -dc-ip 10.10.1.10`,
      ],
    },
  },
  {
    ...base,
    id: 'secretsdump-cleartext-password',
    description: "Cleartext password secretsdump prints from a domain controller's reversible encryption (`user:CLEARTEXT:password`)",
    keywords: [':cleartext:'],
    pattern: /^[^\s:]{1,128}:CLEARTEXT:(?<secret>[^\r\n]{1,256})$/m,
    validate: recoveredPlain,
    envName: 'AD_PASSWORD',
    docsUrl: 'https://github.com/fortra/impacket/blob/master/examples/secretsdump.py',
    examples: {
      positives: (g) => [`[*] ClearText passwords grabbed\ncorp.local\\svc_legacy:CLEARTEXT:${g.s(humanPassword(g))}\n`, `CORP\\backup_svc:CLEARTEXT:${g.s(humanPassword(g))}\n`],
      negatives: () => ['[*] ClearText passwords grabbed\ncorp.local\\svc_legacy:CLEARTEXT:\n', 'corp.local\\svc_legacy:CLEARTEXT:<redacted>\n'],
    },
  },
  {
    ...base,
    id: 'sqlmap-cracked-cell',
    description: 'Password sqlmap cracked, printed after its hash in a dumped table (`| <hash> (<password>) |`)',
    keywords: ['sqlmap', 'entries]', 'entry]'],
    pattern: /\|[ \t]*[0-9a-fA-F]{32,128}[ \t]\((?<secret>[^()\r\n|]{1,128})\)[ \t]*\|/,
    validate: recoveredPlain,
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://github.com/sqlmapproject/sqlmap/wiki/Usage#dump-database-table-entries',
    examples: {
      positives: (g) => [`Table: users\n[2 entries]\n| 42 | editor   | ${g.hex(32)} (${g.s(humanPassword(g))}) |\n`, `[1 entry]\n| admin | ${g.hex(40)} (${g.s(humanPassword(g))}) | admin@shop.example |\n`],
      negatives: (g) => [`Table: users\n[2 entries]\n| 42 | editor   | ${g.hex(32)} (-) |\n| 43 | ops | ${g.hex(32)} |\n`, `sqlmap dump\n| 1 | ${g.hex(32)} (<blank>) |\n`],
    },
  },
  {
    ...base,
    id: 'nmap-brute-valid-credentials',
    description: 'Password or community an nmap brute script reports as `Valid credentials`',
    keywords: ['valid credentials'],
    keywordWindow: { before: 200, after: 0 },
    pattern: /^\|[_ ]?[ \t]+(?:[^\s:]{1,64}:)?(?<secret>\S{1,128}) - Valid credentials/m,
    validate: recoveredPlain,
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://nmap.org/nsedoc/lib/brute.html',
    examples: {
      positives: (g) => [`| snmp-brute:\n|_  ${g.s(`netops${g.digits(3)}`)} - Valid credentials\n`, `| mysql-brute:\n|   Accounts:\n|     root:${g.s(humanPassword(g))} - Valid credentials\n`],
      negatives: () => [
        '| mysql-brute:\n|   Accounts:\n|     root:<empty> - Valid credentials\n',
        '| ftp-brute:\n|   Accounts: No valid accounts found\n|_  Statistics: Performed 10 guesses; Valid credentials: none\n',
      ],
    },
  },
  {
    ...base,
    id: 'metasploit-set-password',
    description: 'Password given to a Metasploit module option (`set SMBPass …`, `set PASSWORD …`)',
    // The prompt's `> set`: `msf` alone is in too many words (`msfilter`, `msft`).
    keywords: ['> set'],
    keywordWindow: { before: 120, after: 200 },
    pattern: /^msf\d?[^>\r\n]{0,80}>[ \t]*setg?[ \t]+\w{0,20}?(?:PASS|Pass|pass)(?:WORD|word)?[ \t]+(?<secret>\S{1,128})[ \t]*$/m,
    validate: recoveredPlain,
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://docs.metasploit.com/docs/using-metasploit/basics/using-metasploit.html',
    examples: {
      positives: (g) => [`msf6 auxiliary(scanner/smb/smb_login) > set SMBPass ${g.s(humanPassword(g))}\n`, `msf6 exploit(multi/http/tomcat_mgr_upload) > set HttpPassword ${g.s(humanPassword(g))}\n`],
      negatives: () => ['msf6 auxiliary(scanner/smb/smb_login) > set PASS_FILE /usr/share/wordlists/rockyou.txt\n', 'msf6 > set BLANK_PASSWORDS true\n'],
    },
  },
  {
    ...base,
    id: 'metasploit-creds-password',
    description: "Password in Metasploit's `creds` table (a row whose private type is Password)",
    // A row ends with its private type (`Password`); the header's `private_type` must be in the text.
    keywords: ['password'],
    contextKeywords: ['private_type'],
    keywordWindow: { before: 400, after: 12 },
    pattern: /^\S{1,64}[ \t]+\S{1,64}[ \t]+\d{1,5}\/\w{1,8}(?:[ \t]+\([^)\r\n]{1,40}\))?[ \t]+\S{1,64}[ \t]+(?<secret>\S{1,128})[ \t]+(?:\S{1,64}[ \t]+)?Password[ \t]*$/m,
    // The table's header is above its rows (the nearest one, so many rows cost no long walks).
    validate: (value: string, ctx: MatchContext) => ctx.text.lastIndexOf('private_type', ctx.start) >= 0 && recoveredPlain(value),
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://docs.metasploit.com/docs/using-metasploit/intermediate/metasploit-database-support.html',
    examples: {
      positives: (g) => [
        `host        origin      service        public       private    realm  private_type\n----        ------      -------        ------       -------    -----  ------------\n10.0.7.40   10.0.7.40   5432/tcp (pg)  postgres     ${g.s(humanPassword(g))}             Password\n`,
        `host       origin     service       public  private  realm  private_type\n10.0.0.9   10.0.0.9   22/tcp (ssh)  root    ${g.s(humanPassword(g))}         Password\n`,
      ],
      negatives: (g) => [
        `host  origin  service  public  private  realm  private_type\n10.0.0.9  10.0.0.9  22/tcp (ssh)  root  ${g.hex(32)}:${g.hex(32)}  NTLM hash\n`,
        `host        origin      service        public       private    realm  private_type\n10.0.7.31   10.0.7.31   445/tcp (smb)  svc_deploy   (same)                Password\n10.0.7.35   10.0.7.35   445/tcp (smb)  Administrator aad3b435b51404eeaad3b435b51404ee:${ntlm(g)}  NTLM hash\n`,
      ],
    },
  },
  {
    ...base,
    id: 'chisel-auth-password',
    description: "Password of a chisel tunnel's `--auth user:password`",
    keywords: ['chisel'],
    pattern: /\bchisel\b[^\r\n]{0,200}?--auth[ =](['"]?)[^\s:'"]{1,64}:(?<secret>[^\s'"]{1,128})\1(?=\s|$)/,
    validate: (value: string, _ctx: MatchContext) => recoveredPlain(value),
    envName: 'CHISEL_AUTH',
    docsUrl: 'https://github.com/jpillora/chisel',
    examples: {
      positives: (g) => [`chisel server -p 8000 --reverse --auth pentest:${g.s(humanPassword(g))}\n`, `./chisel client --auth 'ops:${g.s(humanPassword(g))}' 10.8.0.2:8000 R:socks\n`],
      negatives: () => ['./chisel client --auth pentest:$CHISEL_PASS 10.8.0.2:8000 R:socks\n', 'chisel server --auth user:<password>\n'],
    },
  },
  {
    ...base,
    id: 'cracked-value-after-colon',
    description: 'Password a tester noted as cracked, decrypted or recovered, after a colon ending the note (`-> cracked (hashcat -m 22000): …`)',
    keywords: ['cracked', 'decrypt', 'recovered'],
    keywordWindow: { before: 4, after: 220 },
    // The note and its value on one line; the value ends it (or a comment's close, or a remark in parentheses).
    pattern: /(?<![\w-])(?:cracked|(?:gpp-)?decrypt(?:ed|ion|s)?|recovered)\b[^\r\n:]{0,100}:[ \t]{1,4}(?<secret>[^\s<>"'`]{4,128})(?=[ \t]{0,40}(?:$|\r?\n|-->|\*\/|\())/m,
    validate: (value: string) =>
      !/[(=]/.test(value) && recoveredPlain(value) && passwordVerdict(value, 'password') === undefined && (passwordShaped(value) || lettersAndDigits(value) || passphraseShaped(value)),
    envName: 'CRACKED_PASSWORD',
    docsUrl: 'https://hashcat.net/wiki/doku.php?id=frequently_asked_questions',
    examples: {
      positives: (g) => [
        `WPA*02*${g.hex(32)}*${g.hex(12)}*${g.hex(12)}*${g.hex(20)}***\n-> cracked (hashcat -m 22000): ${g.s(humanPassword(g))}\n`,
        `-- cracked admin bcrypt (cost 10) with the company wordlist: ${g.s(humanPassword(g))}\n`,
        `<!-- gpp-decrypt result kept by the tester: ${g.s(humanPassword(g))} -->\n`,
      ],
      negatives: (g) => [
        'Recovered........: 1/1 (100.00%) Digests (total), 1/1 (100.00%) Digests (new)\n',
        '3 password hashes cracked, 2 left\n',
        `// decrypted: ${g.lower(6)}\n`,
        `cracked hash: ${g.hex(32)}\n`,
        'log.info("decrypted: " + value);\n',
        'Status...........: Cracked\n',
      ],
    },
  },
];
