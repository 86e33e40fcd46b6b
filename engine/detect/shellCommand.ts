// Where a command-line argument sits: the shell command segment around an offset and the command it belongs
// to. Rules for tool flags (`mysql -pX`, `redis-cli -a X`) need this, because the same flag means a password
// for one tool and a port for another (`psql -p 5432`, `docker run -p 8080:80`). Every walk here is bounded.

/** How far back a command may start before the argument (a long line or a few continuation lines). */
const MAX_BACK = 600;

const isBlank = (c: number) => c === 32 || c === 9;

/**
 * Start of the shell command segment that contains `at`: back to the line start (following `\`, `^` and
 * backtick line continuations), or to a `|`, `;`, `&&`, `(` or a backtick before it, at most 600 characters back.
 */
export function commandStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_BACK);
  // Quotes passed on the way back: a `;` with an odd count of either after it sits inside a quoted argument
  // (`-H "Content-Type: multipart/related; type=application/dicom"`), not between two commands.
  let doubles = 0;
  let singles = 0;
  // Parentheses closed before `at` (a Makefile's `$(REGISTRY)`, `$(cat user)`) are an argument of this command, not
  // a subshell it runs in: what they hold does not start the segment.
  let closed = 0;
  let i = at - 1;
  for (; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 34) doubles++;
    else if (c === 39) singles++;
    else if (c === 59 && ((doubles & 1) === 1 || (singles & 1) === 1)) continue;
    else if (c === 41 /* ) */) closed++;
    else if (closed > 0 && c === 40 /* ( */) {
      closed--;
      continue;
    } else if (closed > 0 && (c === 124 || c === 59 || c === 38)) continue;
    if (c === 10) {
      let j = i - 1;
      if (j >= 0 && text.charCodeAt(j) === 13) j--;
      while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
      const last = text.charAt(j);
      if (last === '\\' || last === '^' || last === '`') {
        i = j;
        continue;
      }
      return i + 1;
    }
    if (c === 13) return i + 1;
    // `2>&1` and `&>` redirect, they do not start a command.
    if (c === 38 /* & */ && (text.charAt(i - 1) === '>' || text.charAt(i + 1) === '>')) continue;
    if (c === 124 /* | */ || c === 59 /* ; */ || c === 38 /* & */ || c === 40 /* ( */) return i + 1;
  }
  return i + 1;
}

/** End of the command segment that contains `at` (the next line end without continuation, `|`, `;`, `&&`). */
export function commandEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_BACK);
  let i = at;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      let j = i - 1;
      while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
      const last = text.charAt(j);
      if (last === '\\' || last === '^' || last === '`') continue;
      return i;
    }
    if (c === 38 && (text.charAt(i - 1) === '>' || text.charAt(i + 1) === '>')) continue;
    if (c === 124 || c === 59 || c === 38 || c === 41 /* ) */) return i;
  }
  return i;
}

/** Tool families whose flags the command-line rules read (engine/rules/commandLine.ts) and this file knows. */
export const MYSQL_TOOLS: readonly string[] = [
  'mysql',
  'mariadb',
  'mysqldump',
  'mysqladmin',
  'mysqlimport',
  'mysqlcheck',
  'mysqlpump',
  'mysqlshow',
  'mysqlsh',
  'mysqlbinlog',
  'mariadb-dump',
  'mariadb-admin',
  'mariadb-import',
  'mariadb-check',
  'mydumper',
  'myloader',
  'mysqlslap',
];
export const POSTGRES_TOOLS: readonly string[] = ['psql', 'pg_dump', 'pg_dumpall', 'pg_restore', 'pg_isready', 'pg_basebackup', 'createdb', 'dropdb', 'createuser', 'vacuumdb', 'pgbench'];
export const MONGO_TOOLS: readonly string[] = ['mongo', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport', 'mongostat', 'mongotop', 'mongofiles'];
/** net-snmp's commands (SNMPv3 `-A` / `-X` pass phrases). */
export const SNMP_COMMANDS: readonly string[] = [
  'snmpwalk',
  'snmpbulkwalk',
  'snmpget',
  'snmpgetnext',
  'snmpbulkget',
  'snmpset',
  'snmptable',
  'snmptrap',
  'snmpinform',
  'snmpstatus',
  'snmpdf',
  'snmpdelta',
  'snmpnetstat',
  'snmpusm',
  'snmpvacm',
  'snmptest',
];
export const LDAP_TOOLS: readonly string[] = ['ldapsearch', 'ldapadd', 'ldapmodify', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'ldapcompare', 'ldapmodrdn', 'ldapexop'];

/**
 * Commands whose flags the rules know, and common ones whose `-p` or `-u` means something else. The command an
 * argument belongs to is the last of these before it in its segment: `docker exec db mysql -pX` is mysql's,
 * `docker run --name mysql -p 3306:3306` is docker's only when `docker` comes last, so values are checked too.
 */
const KNOWN_COMMANDS = [
  // MySQL family: `-pX` (attached) is the password, `-p X` prompts and X is a database.
  ...MYSQL_TOOLS,
  // `-p` is a port or something else.
  ...POSTGRES_TOOLS,
  'ssh',
  'scp',
  'sftp',
  'autossh',
  'docker',
  'podman',
  'nerdctl',
  'kubectl',
  'nc',
  'ncat',
  'netcat',
  'telnet',
  'nmap',
  'mkdir',
  'cp',
  'rsync',
  'git',
  'python',
  'python3',
  'node',
  'npm',
  'npx',
  'java',
  'mvn',
  'gradle',
  'make',
  'tar',
  'iperf',
  'iperf3',
  'memcached',
  'ping',
  'patch',
  'xargs',
  'ps',
  'read',
  'install',
  'redis-server',
  'keydb-server',
  'valkey-server',
  'http-server',
  'serve',
  'ab',
  'hey',
  'locust',
  'uvicorn',
  'gunicorn',
  // Tools with a password or token argument (the rules below).
  'sshpass',
  'redis-cli',
  'keydb-cli',
  'valkey-cli',
  ...MONGO_TOOLS,
  'cqlsh',
  'rabbitmqadmin',
  'hydra',
  'twine',
  'cf',
  'oc',
  'az',
  'psexec',
  'psexec64',
  'paexec',
  'rdesktop',
  'xfreerdp',
  'wlfreerdp',
  'sqlcmd',
  'bcp',
  'osql',
  'isql',
  'zip',
  'unzip',
  '7z',
  '7za',
  '7zz',
  'rar',
  'unrar',
  'mosquitto_pub',
  'mosquitto_sub',
  'mosquitto_rr',
  ...LDAP_TOOLS,
  'openssl',
  'gpg',
  'gpg2',
  'htpasswd',
  'curl',
  'wget',
  'http',
  'https',
  'xh',
  'lftp',
  'ncftp',
  'ncftpput',
  'ncftpget',
  'ncftpls',
  'dotnet',
  'smbclient',
  'rpcclient',
  'smbcacls',
  'smbget',
  'smbmap',
  'net',
  'vault',
  'helm',
  'influx',
  'clickhouse-client',
  'keytool',
  'jarsigner',
  'cmdkey',
  'schtasks',
  'buildah',
  'skopeo',
  'oras',
  'crane',
  'argocd',
  'nxc',
  'netexec',
  'crackmapexec',
  'sqlplus',
  'impacket-psexec',
  'evil-winrm',
  'winrs',
  // Windows and SAP administration (engine/rules/commandLineAdmin.ts): their password flags.
  'hdbsql',
  // IBM Aspera's transfer client (engine/rules/commandLineOps.ts): its -W transfer token.
  'ascp',
  'signtool',
  'ktpass',
  // Network, hardware and host administration (engine/rules/commandLineAdmin.ts).
  ...SNMP_COMMANDS,
  'ipmitool',
  'check_mysql',
  'check_mysql_query',
  'check_pgsql',
  'check_http',
  'check_curl',
  'nmcli',
  'wpa_passphrase',
  // Game-server RCON clients and object-storage CLIs (engine/rules/gameServers.ts, commandLineKeys.ts).
  'mcrcon',
  'rcon',
  'ossutil',
  'ossutil64',
  // Key-making and sync tools (engine/rules/commandLineKeys.ts).
  'ssh-keygen',
  'rclone',
  // Graph database shell (engine/rules/commandLineOps.ts).
  'cypher-shell',
  // Data tools whose `-p` is a login (engine/rules/commandLineOps.ts).
  'beeline',
  'tabcmd',
  'airflow',
  // Research imaging: OMERO's `omero login -w X` (engine/rules/researchTools.ts).
  'omero',
  // App signing and upload tools (engine/rules/appSigningTools.ts): macOS keychains, Apple's uploader, Windows signtool.
  'security',
  'altool',
  'signtool',
  // Integration and reporting tools (engine/rules/integrationTools.ts): Informatica's clients, SSRS's key backup.
  'pmcmd',
  'pmrep',
  'infacmd',
  'infacmd.sh',
  'infasetup',
  'infasetup.sh',
  'rskeymgmt',
  // Healthcare integration tools (engine/rules/healthcareTools.ts): DICOM network tools (DCMTK, dcm4che), Mirth's CLI.
  'storescu',
  'storescp',
  'findscu',
  'movescu',
  'getscu',
  'echoscu',
  'dcmqrscp',
  'wlmscpfs',
  'dcmpsrcv',
  'dcmpssnd',
  'stgcmtscu',
  'mppsscu',
  'ianscu',
  'mccommand',
];

const KNOWN = new Set(KNOWN_COMMANDS);

/** A word that may name a command: letters, digits, `_`, `-`, `.`; a path before it and `.exe` after it are dropped. */
function commandWords(segment: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  let i = 0;
  const n = segment.length;
  while (i < n) {
    while (i < n && !isWordChar(segment.charCodeAt(i))) i++;
    const start = i;
    while (i < n && (isWordChar(segment.charCodeAt(i)) || segment.charCodeAt(i) === 47 || segment.charCodeAt(i) === 92)) i++;
    if (i > start) {
      const raw = segment.slice(start, i);
      const base = raw
        .slice(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
        .replace(/\.exe$/i, '')
        .toLowerCase();
      const next = segment.charAt(i);
      // A command stands alone: not `mysql:8` (an image), `mysql.sock`, `--name=mysql`.
      const before = segment.charAt(start - 1);
      if (next !== ':' && next !== '=' && before !== '=' && before !== '-' && before !== '.') out.push({ word: base, at: start });
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

export interface CommandContext {
  /** The known command the argument belongs to (lower case, no path or `.exe`), if any. */
  command?: string;
  /** The text from that command word to the argument (its earlier arguments: `login`, `-u root`). */
  args: string;
  /** Offset of the segment's start. */
  segmentStart: number;
}

/** `("program")` then up to three chained calls, then `.args(` / `.arg(` opening the argument list. */
const BUILDER_CHAIN = /\(\s{0,4}["']([\w./\\-]{1,80})["']\s{0,4}\)\s{0,8}(?:\.\s{0,4}\w{1,20}\s{0,4}\([^()\n]{0,80}\)\s{0,8}){0,3}\.\s{0,4}(?:args|arg|Args|Arg)\s{0,4}\(&?$/;

/** Known command words that are another tool's subcommand after it (`mysqladmin ping -pX`, `redis-cli ping`). */
const SUBCOMMAND_OF: Readonly<Record<string, ReadonlySet<string>>> = {
  mysqladmin: new Set(['ping', 'status', 'version', 'processlist', 'flush-hosts', 'reload', 'shutdown']),
  'redis-cli': new Set(['ping', 'info']),
  'keydb-cli': new Set(['ping', 'info']),
  'valkey-cli': new Set(['ping', 'info']),
  // ossutil's file commands share their names with the shell's (`ossutil cp … -k X`).
  ossutil: new Set(['cp', 'ls', 'rm', 'mkdir', 'cat', 'du', 'sync']),
  ossutil64: new Set(['cp', 'ls', 'rm', 'mkdir', 'cat', 'du', 'sync']),
};

/** The command an argument at `at` belongs to: the last known command word before it in its segment (a tool's own
 * subcommand after it excepted). */
export function commandBefore(text: string, at: number): CommandContext {
  const segmentStart = commandStart(text, at);
  const segment = text.slice(segmentStart, at);
  let command: { word: string; at: number } | undefined;
  for (const w of commandWords(segment)) if (KNOWN.has(w.word) && !(command && SUBCOMMAND_OF[command.word]?.has(w.word))) command = w;
  if (!command) {
    // A script that keeps the tool's path in a variable and calls it through the variable (`set HDB="…\hdbsql.exe"`
    // then `%HDB% -p …` in a batch file, `MYSQL=/usr/bin/mysql` then `$MYSQL -p…`, rw-dev13).
    const viaVariable = commandInVariable(text, segmentStart, segment);
    if (viaVariable) return viaVariable;
    // A process builder names the program in its own call and takes the arguments in a chained one:
    // `Command::new("mysqldump").args([…])` (Rust), `new ProcessBuilder("x").command(…)`; the `(` ended the segment.
    const chained = BUILDER_CHAIN.exec(text.slice(Math.max(0, segmentStart - 160), segmentStart));
    const word = chained?.[1]!.slice(Math.max(chained[1]!.lastIndexOf('/'), chained[1]!.lastIndexOf('\\')) + 1).toLowerCase();
    if (word !== undefined && KNOWN.has(word)) return { command: word, args: segment, segmentStart };
    return { args: segment, segmentStart };
  }
  return { command: command.word, args: segment.slice(command.at + command.word.length), segmentStart };
}

/** A segment that starts with a variable's expansion: `%NAME%` (batch) or `$NAME` / `${NAME}` (shell). */
const VARIABLE_FIRST = /^[ \t]{0,8}(?:%([A-Za-z_]\w{0,40})%|\$\{?([A-Za-z_]\w{0,40})\}?)(?=[ \t])/;

/**
 * The known command a variable at the segment's start holds, from its assignment earlier in the script (at most 4,000
 * characters back): `set NAME=…`, `set "NAME=…"`, `NAME=…`, `export NAME=…`, the value a path to the tool.
 */
function commandInVariable(text: string, segmentStart: number, segment: string): CommandContext | undefined {
  const m = VARIABLE_FIRST.exec(segment);
  if (!m) return undefined;
  const batch = m[1] !== undefined;
  const name = (m[1] ?? m[2])!;
  const assignment = new RegExp(`(?:^|\\n)[ \\t]{0,8}(?:set[ \\t]{1,4}"?|export[ \\t]{1,4}|readonly[ \\t]{1,4}|local[ \\t]{1,4})?${name}=["']?([^"'\\r\\n]{1,260})`, batch ? 'gi' : 'g');
  const before = text.slice(Math.max(0, segmentStart - 4000), segmentStart);
  let value: string | undefined;
  for (let a = assignment.exec(before); a !== null; a = assignment.exec(before)) value = a[1];
  if (value === undefined) return undefined;
  const path = value.trim().split(/[ \t](?=-)/)[0]!;
  const word = path
    .slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
    .replace(/\.exe$/i, '')
    .toLowerCase();
  return KNOWN.has(word) ? { command: word, args: segment.slice(m[0].length), segmentStart } : undefined;
}

/** Whether `word` is one of the commands `commandBefore` recognises (the rules' own tool lists must be). */
export function isKnownCommand(word: string): boolean {
  return KNOWN.has(word);
}
