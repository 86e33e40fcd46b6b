// `klist -k -K` (and `ktutil`'s `list -k`) print a keytab's keys: one row per principal and enctype, the key in hex
// after it (`HTTP/host@REALM (aes256-cts-hmac-sha1-96)  (0x…)`). The key is the service's long-term secret: with it
// anyone can mint tickets for the service (a silver ticket). Pasted into SSO runbooks (rw-dev13).
import type { Rule } from '../types';

/** Kerberos encryption types as klist names them. */
const ENCTYPE = '(?:aes(?:128|256)-cts-hmac-sha(?:1-96|256-128|384-192)|arcfour-hmac(?:-md5)?|rc4-hmac|des3-cbc-sha1|des-cbc-(?:crc|md5)|camellia(?:128|256)-cts-cmac)';

export const keytabKeyListingRule: Rule = {
  id: 'kerberos-keytab-key-listing',
  provider: 'Kerberos',
  family: 'infrastructure',
  priority: 'context',
  description: 'A Kerberos service key printed by klist -k -K or ktutil list -k (enctype then 0x key)',
  keywords: ['cts-hmac', 'arcfour-hmac', 'rc4-hmac', 'des3-cbc', 'des-cbc', 'cts-cmac'],
  keywordWindow: { before: 40, after: 180 },
  pattern: new RegExp(`\\(${ENCTYPE}\\)[ \\t]{1,8}\\(0x(?<secret>[0-9a-fA-F]{16,64})\\)`),
  // Filler keys (`0x0000…`, `0xffff…`) are no service's.
  validate: (value) => !/^(.)\1+$/.test(value) && !/^(?:00)+$|^(?:ff)+$/i.test(value),
  envName: 'KEYTAB_KEY',
  severity: 'error',
  docsUrl: 'https://web.mit.edu/kerberos/krb5-latest/doc/user/user_commands/klist.html',
  revocationUrl: null,
  revocationNote: "Change the service principal's key (a new kvno: `ktpass` or `kadmin cpw -randkey`) and redistribute the keytab; never paste `klist -K` output.",
  examples: {
    positives: (g) => [
      `   3 03/12/2024 10:14:02 HTTP/intranet.corp.local@CORP.LOCAL (aes256-cts-hmac-sha1-96)  (0x${g.s(g.hex(64))})`,
      `   2 01/01/70 00:00:00 host/web01.example.org@EXAMPLE.ORG (aes128-cts-hmac-sha1-96) (0x${g.s(g.hex(32))})`,
      `   5 02/02/2025 08:00:00 cifs/fs01@AD.EXAMPLE (arcfour-hmac)  (0x${g.s(g.hex(32))})`,
    ],
    negatives: () => [
      '   3 03/12/2024 10:14:02 HTTP/intranet.corp.local@CORP.LOCAL (aes256-cts-hmac-sha1-96)',
      'permitted_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96',
      '   3 03/12/2024 HTTP/x@Y (aes256-cts-hmac-sha1-96)  (0x0000000000000000000000000000000000000000000000000000000000000000)',
    ],
  },
};
