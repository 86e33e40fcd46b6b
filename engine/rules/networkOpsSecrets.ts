// Secrets in network operators' device and monitoring files whose syntax names no secret word a generic rule
// reads (found while tuning on rw-dev15): a WireGuard key set on a router (VyOS `set interfaces wireguard wg0
// private-key 'X'`, `peer P preshared-key 'X'`, RouterOS `private-key="X"`), Nagios/Icinga 1 `resource.cfg`
// user macros (`$USER3$=X`, the file meant for the passwords command definitions must not show), a TR-069
// parameter path ending in a password given a value (GenieACS `declare("….ConnectionRequestPassword", …,
// {value: "X"})`, a parameter dump's `….KeyPassphrase = X`), and FreeRADIUS `radcheck` rows
// (`'bob', 'Cleartext-Password', ':=', 'X'`).
import type { MatchContext, Rule } from '../types';
import { humanPassword, passphrase } from './humanPasswords';
import { passwordVerdict } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';
import { isDefaultCommunity } from '../validators/deviceSyntax';
import { isMacAuthBypass } from '../validators/macAuthBypass';

const base = {
  provider: 'Network device',
  family: 'credential-file',
  priority: 'context',
  revocationUrl: null,
  revocationNote: 'Change the password, key or shared secret on the device or monitoring server and keep it in a vault or environment, not in the configuration kept in the repository.',
} as const;

/** A WireGuard key: 32 bytes in base64 (the last character before `=` carries 4 bits). */
const WG_KEY = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';

/**
 * Words people type as a passphrase, with a capital first letter or a symbol at the end (`Harbor maple river!`):
 * three to six letters-only words, so a path, a host or an option list is not one.
 */
const SPACED_PASSPHRASE = /^[A-Za-z][a-z]{1,19}(?: [a-z]{2,20}){2,5}[0-9]{0,4}[!#%*+.?@_-]?$/;

/** A value of a macro that is a setting, not a secret: a path, a variable, a host, an address or a URL. */
const NOT_A_MACRO_SECRET = /^(?:[/~.$%]|[A-Za-z]:\\)|:\/\/|^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}$|^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/;

function isMacroSecret(value: string): boolean {
  if (NOT_A_MACRO_SECRET.test(value) || isHashOrEncrypted(value) || isDefaultCommunity(value)) return false;
  return passwordVerdict(value, 'password') === undefined || SPACED_PASSPHRASE.test(value);
}

const isTypedPassword = (value: string) => !isHashOrEncrypted(value) && !/^[$<{[*]/.test(value) && passwordVerdict(value, 'password') === undefined;

/** TR-069 / TR-181 parameters that hold a password or a Wi-Fi key (the path's last name). */
const TR069_PATH = '\\b(?:InternetGatewayDevice|Device)\\.(?:[A-Za-z0-9]{1,40}\\.){1,10}(?:Password|ConnectionRequestPassword|STUNPassword|KeyPassphrase|PreSharedKey|WEPKey)';

export const networkOpsSecretRules: Rule[] = [
  {
    ...base,
    id: 'wireguard-device-key',
    provider: 'WireGuard',
    family: 'private-key',
    description: 'WireGuard private or pre-shared key set on a router (VyOS `set interfaces wireguard`, RouterOS `/interface wireguard`)',
    keywords: ['private-key', 'preshared-key'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?:private-key|preshared-key)(?:[ \\t]{1,4}|[ \\t]{0,2}=[ \\t]{0,2})["']?(?<secret>${WG_KEY})(?![A-Za-z0-9+/=])`),
    minEntropy: 4,
    envName: 'WIREGUARD_PRIVATE_KEY',
    docsUrl: 'https://docs.vyos.io/en/latest/configuration/interfaces/wireguard.html',
    revocationNote: 'Generate a new key pair (or pre-shared key) and replace the public key on every peer.',
    examples: {
      positives: (g) => [
        `set interfaces wireguard wg0 private-key '${g.s(`${g.base64(42)}A=`)}'\n`,
        `set interfaces wireguard wg0 peer hq preshared-key '${g.s(`${g.base64(42)}Q=`)}'\n`,
        `/interface wireguard add name=wg-noc listen-port=13231 private-key="${g.s(`${g.base64(42)}w=`)}"\n`,
      ],
      negatives: (g) => [
        `set interfaces wireguard wg0 peer hq public-key '${g.base64(42)}A='\n`,
        `set interfaces wireguard wg0 private-key '${g.base64(20)}='\n`,
        `ssh -i ~/.ssh/id_ed25519 --private-key ${g.lower(8)}.pem\n`,
      ],
    },
  },
  {
    ...base,
    id: 'nagios-resource-macro',
    description: 'Password, community or secret in a Nagios / Icinga 1 resource.cfg `$USERn$` macro',
    keywords: ['$user'],
    pattern: /(?:^|\n)[ \t]{0,4}\$USER\d{1,3}\$[ \t]{0,2}=[ \t]{0,2}(?<secret>[^\s$][^\n]{2,126}[^\s])[ \t]*(?=\r?\n|$)/,
    validate: (secret) => isMacroSecret(secret),
    skipPlaceholderCheck: false,
    envName: 'NAGIOS_USER_MACRO',
    docsUrl: 'https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/macrolist.html#user',
    examples: {
      positives: (g) => [
        `# SNMP community for check_snmp\n$USER3$=${g.s(g.alnum(20))}\n`,
        `$USER1$=/usr/local/nagios/libexec\n$USER4$=${g.s(humanPassword(g))}\n`,
        `$USER5$=${g.s(passphrase(g))}\n`,
        `$USER6$=${g.s('Harbor maple river lantern!')}\n`,
      ],
      negatives: (g) => [`$USER1$=/usr/local/nagios/libexec\n`, `$USER2$=monitoring.${g.lower(6)}.example\n`, `$USER7$=$USER7$\n`, `$USER8$=public\n`, `$USER9$=nagiosadmin\n`],
    },
  },
  {
    ...base,
    id: 'tr069-parameter-password',
    description: 'Password or Wi-Fi key given to a TR-069 / TR-181 parameter (GenieACS `declare`, a parameter dump)',
    keywords: ['managementserver.', 'wlanconfiguration.', 'wanpppconnection.', 'ppp.interface.', 'wifi.accesspoint.'],
    pattern: new RegExp(
      `${TR069_PATH}["']?(?:[ \\t]{0,2},[ \\t]{0,2}\\{[^{}\\n]{0,60}\\}[ \\t]{0,2},[ \\t]{0,2}\\{[ \\t]{0,2}value[ \\t]{0,2}:[ \\t]{0,2}|[ \\t]{0,4}[=:][ \\t]{0,4})["'](?<secret>[^"'\\s]{4,128})["']`,
    ),
    validate: (secret) => isTypedPassword(secret),
    envName: 'ACS_CONNECTION_REQUEST_PASSWORD',
    docsUrl: 'https://docs.genieacs.com/en/latest/provisions.html',
    examples: {
      positives: (g) => [
        `declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", { value: now }, { value: "${g.s(humanPassword(g))}" });\n`,
        `declare("Device.ManagementServer.Password", {value: now}, {value: "${g.s(g.alnum(16))}"});\n`,
        `InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase = "${g.s(humanPassword(g))}"\n`,
      ],
      negatives: (g) => [
        `declare("InternetGatewayDevice.ManagementServer.Password", { value: now }, { value: ppp.password });\n`,
        `declare("InternetGatewayDevice.ManagementServer.Username", { value: now }, { value: "acs-${g.lower(4)}" });\n`,
        `InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase = "<wifi-key>"\n`,
      ],
    },
  },
  {
    ...base,
    id: 'freeradius-radcheck-password',
    description: "Clear-text password in a FreeRADIUS radcheck row (`'bob', 'Cleartext-Password', ':=', 'X'`)",
    keywords: ['cleartext-password', 'user-password'],
    pattern: /["'](?:Cleartext|User)-Password["'][ \t]{0,4},[ \t]{0,4}["']:?=["'][ \t]{0,4},[ \t]{0,4}["'](?<secret>[^"'\s]{4,128})["']/,
    validate: (secret, ctx: MatchContext) => isTypedPassword(secret) && !isMacAuthBypass(secret, ctx.text, ctx.start),
    envName: 'RADIUS_USER_PASSWORD',
    docsUrl: 'https://wiki.freeradius.org/guide/SQL-HOWTO',
    examples: {
      positives: (g) => [
        `INSERT INTO radcheck (username, attribute, op, value) VALUES ('noc', 'Cleartext-Password', ':=', '${g.s(humanPassword(g))}');\n`,
        `# 'noc-fallback', 'Cleartext-Password', ':=', '${g.s(g.alnum(24))}'\n`,
      ],
      negatives: (g) => [
        `INSERT INTO radcheck (username, attribute, op, value) VALUES ('wifi', 'NT-Password', ':=', '${g.hex(32).toUpperCase()}');\n`,
        ((mac: string) => `('${mac}', 'Cleartext-Password', ':=', '${mac}'),\n`)(g.hex(12)),
        `INSERT INTO radcheck VALUES ('bob', 'Cleartext-Password', ':=', '<password>');\n`,
      ],
    },
  },
];
