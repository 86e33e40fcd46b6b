// SNMP v1/v2c communities in the configurations that set them (found while tuning on rw-dev15's network part): a
// community is the only credential of v1/v2c (RW ones change the device). Net-SNMP `rocommunity X`, Junos/VyOS
// `set snmp community X`, Comware `snmp-agent community write simple X`, DOCSIS `docsDevNmAccessCommunity`, keys
// named for it in any syntax (`SNMP_COMMUNITY=`, `snmp_ro_community:`, `<rocommunity>`, `['snmp']['community']`),
// the `community:` of an SNMP exporter's or Netdisco's auth list, and the `name` of RouterOS's `/snmp community` and
// FortiOS's `config system snmp community` entries. The defaults every agent ships with (`public`, `private`) are not.
// And SNMPv3 users' passphrases as Net-SNMP's `createUser` lines hold them (snmpd.conf, net-snmp-create-v3-user).
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { passwordVerdict } from '../validators/secretValue';
import { isDefaultCommunity } from '../validators/deviceSyntax';

const SP = '[ \\t]{1,4}';
const VALUE = `(?<secret>[^\\s"'\`\\\\;,)(<>{}]{4,64})`;

const LEADS = [
  `\\b(?:ro|rw)community6?${SP}`,
  `<(?:ro|rw)community>`,
  `\\bsnmp-agent${SP}community${SP}(?:read|write)${SP}(?:simple${SP})?`,
  `\\bset(?:${SP}service)?${SP}snmp${SP}community${SP}`,
  `\\bdocsDevNmAccessCommunity\\.\\d{1,3}${SP}String${SP}"`,
  `\\[["']snmp["']\\]\\[["']community["']\\][ \\t]{0,4}=[ \\t]{0,4}(?:array\\([ \\t]{0,4}|\\[[ \\t]{0,4})["']`,
  // A key named for it: `SNMP_COMMUNITY=`, `snmp_ro_community:`, `vars.snmpCommunity = "…"`, `SnmpCommunity: …`.
  `(?<![\\w$])(?:[\\w.-]{0,40}[_.-])?snmp[_.-]?(?:v2c?[_.-]?)?(?:ro[_.-]?|rw[_.-]?|read[_.-]?(?:only[_.-]?|write[_.-]?)?|write[_.-]?|trap[_.-]?)?community(?:[_.-]?string)?["']?[ \\t]{0,4}(?:[:=]|=>)[ \\t]{0,4}["']?`,
  // An auth list's entry (`auths:` of snmp_exporter, Netdisco's `device_auth:`), checked below.
  `(?:^|\\n)[ \\t]{2,12}(?:-[ \\t]{1,3})?community:[ \\t]{1,4}["']?`,
  // RouterOS `/snmp community` and FortiOS `config system snmp community` entries, checked below.
  `(?:^|\\n)(?:add|set)[ \\t][^\\n]{0,120}?\\bname=`,
  `(?:^|\\n)[ \\t]{4,16}set${SP}name${SP}"?`,
  // Industrial switch CLIs (Siemens Scalance `snmp community X ro`, Hirschmann) and PAN-OS `snmp-community-string X` (rw-dev20).
  `\\bsnmp${SP}community${SP}(?:(?:ro|rw|read|write)${SP})?`,
  `\\bsnmp-community-string${SP}`,
  // LibreNMS's CLI adds a community to its list (`lnms config:set snmp.community.+ X`, rw-dev15).
  `\\blnms${SP}config:set${SP}snmp\\.community(?:\\.\\+|\\.\\d{1,2})?${SP}["']?`,
  // Telegraf's `[[inputs.snmp]]` `community = "X"`, and an Ansible list of communities' `- name: X`, checked below.
  `(?:^|\\n)[ \\t]{0,12}community[ \\t]{0,4}=[ \\t]{0,4}["']?`,
  `(?:^|\\n)[ \\t]{0,12}-[ \\t]{1,3}name:[ \\t]{1,4}["']?`,
  // Junos's hierarchical form (`snmp {⏎ community X {`), and the next entries of LibreNMS's community list, checked below (rw-dev22).
  `(?:^|\\n)[ \\t]{2,16}community${SP}"?`,
  `["'][ \\t]{0,4},[ \\t]{0,4}["']`,
];

const PATTERN = new RegExp(`(?:${LEADS.join('|')})${VALUE}`, 'i');

/** The section a RouterOS `add` or a FortiOS `set name` line belongs to, read back from it. */
function inCommunitySection(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.slice(lineStart);
  if (/^add[ \t]/.test(line) || /^set[ \t][^\n]*\bname=$/.test(line)) {
    const header = before.slice(0, lineStart).match(/(?:^|\n)(\/[a-z][\w -]{0,60})\n(?:add[^\n]*\n|set[^\n]*\n){0,8}$/);
    return header !== null && /^\/snmp community$/.test(header[1]!.trim());
  }
  if (/^[ \t]{4,16}set[ \t]/.test(line))
    return /config system snmp community\n(?:[^\n]*\n){1,4}$/.test(before.slice(0, lineStart)) && !/\n[ \t]*end\n/.test(before.slice(before.lastIndexOf('config system snmp community')));
  if (/community[ \t]*=[ \t]*["']?$/.test(line) && !/snmp/i.test(line)) return /\[\[inputs\.snmp\]\]|\bsnmp/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start));
  if (/^[ \t]*-[ \t]+name:[ \t]*["']?$/.test(line)) return /snmp[_-]?communit(?:y|ies)["']?[ \t]*:[ \t]*\r?\n(?:[ \t][^\n]{0,200}\n){0,12}$/i.test(before.slice(0, lineStart));
  if (/community:[ \t]*["']?$/.test(line)) return /(?:^|\n)(?:auths|device_auth):|\bsnmp|\bversion:[ \t]*2\b/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start));
  if (/^[ \t]+community[ \t]+"?$/.test(line)) return /^"?[ \t]*\{/.test(ctx.text.slice(ctx.end, ctx.end + 8)) && /(?:^|\n)[ \t]*snmp[ \t]*\{[^}]*$/.test(before);
  if (/["'][ \t]*,[ \t]*["']$/.test(line)) return /\[["']snmp["']\]\[["']community["']\][ \t]*=[ \t]*(?:array\(|\[)(?:[ \t]*["'][^"'\n]{1,64}["'][ \t]*,)+[ \t]*["']$/.test(line);
  return true;
}

export const snmpCredentialRules: Rule[] = [
  {
    id: 'snmp-community-config',
    provider: 'Network device',
    family: 'credential-file',
    priority: 'context',
    description: 'SNMP v1/v2c community string set in an agent, device, monitoring or provisioning configuration',
    keywords: ['community', 'communities'],
    keywordWindow: { before: 160, after: 120 },
    pattern: PATTERN,
    validate: (secret, ctx) => !isDefaultCommunity(secret) && !/^[$%]/.test(secret) && inCommunitySection(ctx) && passwordVerdict(secret, 'password') === undefined,
    skipPlaceholderCheck: true,
    envName: 'SNMP_COMMUNITY',
    docsUrl: 'https://www.net-snmp.org/docs/man/snmpd.conf.html',
    revocationUrl: null,
    revocationNote: 'Change the community on every device and poller that uses it (or move to SNMPv3 authPriv), and restrict the agent to the pollers’ addresses.',
    examples: {
      positives: (g) => [
        `rocommunity ${g.s(g.alnum(14))} 10.0.9.15\n`,
        `set snmp community ${g.s(g.alnum(16))} authorization read-only\n`,
        `snmp-agent community write simple ${g.s(g.alnum(16))}\n`,
        `snmp_ro_community: ${g.s(humanPassword(g))}\n`,
        `SNMP_COMMUNITY=${g.s(g.alnum(12))}\n`,
        `auths:\n  site_v2:\n    community: ${g.s(g.alnum(20))}\n    version: 2\n`,
        `/snmp community\nset [ find default=yes ] name=public disabled=yes\nadd addresses=10.0.9.0/24 name=${g.s(g.alnum(14))}\n`,
        `config system snmp community\n    edit 1\n        set name "${g.s(g.alnum(14))}"\n`,
        `$config['snmp']['community'] = array("${g.s(g.alnum(16))}", "public");\n`,
        `CLI(config)# snmp community ${g.s(g.alnum(12))} ro\n`,
        `set deviceconfig system snmp-setting access-setting version v2c snmp-community-string ${g.s(g.alnum(12))}\n`,
        `[[inputs.snmp]]\n  agents = ["udp://10.1.2.3:161"]\n  version = 2\n  community = "${g.s(g.alnum(12))}"\n`,
        `snmp_communities:\n  - name: "${g.s(g.alnum(12))}"\n    access: ro\n`,
        `# lnms config:set snmp.community.+ ${g.s(`${g.alnum(10)}#${g.digits(1)}`)}\n`,
        `/snmp community\nset [ find default=yes ] name=${g.s(g.alnum(12))}\n`,
        `snmp {\n    location "POP";\n    community ${g.s(g.alnum(11))} {\n        authorization read-only;\n    }\n}\n`,
        `$config['snmp']['community'] = ['${g.s(g.alnum(10))}', '${g.s(g.alnum(10))}'];\n`,
        `[SNMP]\nSNMPReadOnlyCommunityString = ${g.s(g.alnum(8))}\n`,
      ],
      negatives: (g) => [
        'rocommunity public 127.0.0.1\n',
        'set snmp community public authorization read-only\n',
        'snmp_community: "{{ vault_snmp_community }}"\n',
        'SNMP_COMMUNITY=$SNMP_COMMUNITY\n',
        `community:\n  name: ${g.alnum(12)}\n`,
        `/user\nadd name=${g.alnum(12)} group=read\n`,
        `config system admin\n    edit 1\n        set name "${g.alnum(12)}"\n`,
        `community: ${g.alnum(16)}\n`,
        `[[inputs.snmp]]\n  community = "public"\n`,
        `[[inputs.mqtt_consumer]]\n  community = "${g.alnum(12)}"\n`,
        `users:\n  - name: ${g.alnum(12)}\n`,
        'the snmp community string must be changed\n',
        'lnms config:set snmp.community.+ public\n',
        `policy-options {\n    community ${g.alnum(11)} members 65000:100;\n}\n`,
        `$labels = ['community', '${g.alnum(10)}'];\n`,
        `/ip hotspot\nset [ find default=yes ] name=${g.alnum(12)}\n`,
      ],
    },
  },
  {
    id: 'snmpv3-create-user',
    provider: 'Network device',
    family: 'credential-file',
    priority: 'context',
    description: 'SNMPv3 authentication or privacy passphrase in a Net-SNMP createUser line',
    keywords: ['createuser'],
    keywordWindow: { before: 200, after: 200 },
    // `createUser [-e ENGINEID] NAME (MD5|SHA…) AUTHPASS [(DES|AES…) [PRIVPASS]]`; quoted passphrases may hold blanks.
    pattern: new RegExp(
      `(?:\\bcreateUser${SP}(?:-e${SP}[^\\s]{1,80}${SP})?[^\\s]{1,64}${SP}(?:MD5|SHA(?:-\\d{3})?)|\\b(?:DES|AES(?:-?(?:128|192|256))?))${SP}"?(?<secret>(?<=")[^"\\n]{8,128}(?=")|(?<=[ \\t])[^\\s"]{8,128})`,
    ),
    validate: (secret, ctx) => {
      const line = ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start - 1) + 1, ctx.start);
      return /^[ \t]{0,8}createUser[ \t]/.test(line) && !/^0x[0-9a-f]+$/i.test(secret) && passwordVerdict(secret, 'passphrase') === undefined;
    },
    skipPlaceholderCheck: true,
    envName: 'SNMPV3_PASSPHRASE',
    docsUrl: 'https://www.net-snmp.org/docs/man/snmpd.conf.html',
    revocationUrl: null,
    revocationNote: 'Recreate the SNMPv3 user with new passphrases on the agent and update every poller that uses it.',
    examples: {
      positives: (g) => [`createUser librenms SHA-256 "${g.s(`${g.lower(6)} ${g.lower(7)} ${g.lower(5)}`)}" AES "${g.s(g.alnum(16))}"\n`, `createUser nagios SHA ${g.s(g.alnum(20))} AES\n`],
      negatives: (g) => ['createUser librenms SHA "<authpass>" AES "<privpass>"\n', `usmUser 1 3 0x${g.hex(22)} "librenms" "librenms" NULL .1.3.6.1.6.3.10.1.1.3 0x${g.hex(40)} ""\n`],
    },
  },
  {
    id: 'librenms-snmpv3-config-set',
    provider: 'Network device',
    family: 'credential-file',
    priority: 'context',
    description: "SNMPv3 auth or privacy passphrase given to LibreNMS's lnms config:set snmp.v3.N.authpass / cryptopass",
    keywords: ['lnms config:set'],
    keywordWindow: { before: 0, after: 200 },
    pattern: /\blnms[ \t]{1,4}config:set[ \t]{1,4}snmp\.v3\.\d{1,2}\.(?:authpass|cryptopass)[ \t]{1,4}(?<q>["']?)(?<secret>[^\s"'`]{8,128})\k<q>(?=[ \t]|\r?\n|$)/,
    validate: (secret) => !/^[$%<{]/.test(secret) && passwordVerdict(secret, 'passphrase') === undefined,
    skipPlaceholderCheck: true,
    envName: 'SNMPV3_AUTHPASS',
    docsUrl: 'https://docs.librenms.org/Support/Configuration/#snmp-settings',
    revocationUrl: null,
    revocationNote: 'Change the SNMPv3 passphrase on the devices and in LibreNMS, and keep the command out of shared notes and history.',
    examples: {
      positives: (g) => [`# lnms config:set snmp.v3.0.authpass '${g.s(`${g.alnum(12)}.${g.alnum(6)}!`)}'\n`, `lnms config:set snmp.v3.1.cryptopass ${g.s(g.alnum(20))}\n`],
      negatives: () => ["lnms config:set snmp.v3.0.authpass '$AUTHPASS'\n", 'lnms config:set snmp.v3.0.authlevel authPriv\n', 'lnms config:set snmp.v3.0.authpass <authpass>\n'],
    },
  },
];
