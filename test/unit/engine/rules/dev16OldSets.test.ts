// Classes found while tuning the oldest real-world dev sets (rw-dev2 to rw-dev9) in the sixteenth session: keys
// written as byte lists, UUID tokens under a bare `token` in config files, UUID keys in a sentence whose earlier
// clause names an id, an Erlang cookie written in words in a runbook, Nextcloud's `passwordsalt`, an LDAP `bindpw`
// pasted into a note or kept commented out under its bind DN. Values are generated.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd16b);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/notes.txt');

const hexBytes = (n: number) => Array.from({ length: n }, (_, i) => `0x${(parseInt(g.hex(2), 16) | (i % 3 === 0 ? 0x80 : 0)).toString(16).padStart(2, '0')}`);
const asciiBytes = (n: number) => [...g.alnum(n)].map((c) => `0x${c.charCodeAt(0).toString(16)}`);
const decimalBytes = (n: number) => Array.from({ length: n }, (_, i) => String((i % 3 === 0 ? 128 : 0) + (parseInt(g.hex(2), 16) % 128)));

describe('dev16 classes of the oldest sets', () => {
  it('finds keys written as byte lists under a key name (C, Java, YAML, PowerShell)', () => {
    assertFinds([(v) => `static const char WIFI_SSID[] = "Lab";\nstatic const uint8_t DEVICE_KEY[] = { ${v} };\n`], () => hexBytes(30).join(', '), 'firmware/src/cloud.c');
    assertFinds(
      [(v) => `    // obfuscated so it does not show up in strings dumps\n    private static final byte[] K = new byte[] { ${v} };\n`],
      () => asciiBytes(16).join(', '),
      'app/src/main/java/com/acme/net/AuthInterceptor.java',
    );
    assertFinds([(v) => `advanced:\n  pan_id: 6754\n  network_key: [${v}]\n`], () => decimalBytes(16).join(', '), 'homelab/zigbee2mqtt/configuration.yaml');
    assertFinds([(v) => `$AesKey = (${v})\n$enc | ConvertTo-SecureString -Key $AesKey\n`], () => decimalBytes(32).join(','), 'scripts/Get-Creds.ps1');
  });

  it('leaves byte lists that are public keys, test vectors, tables or ranges', () => {
    assertQuiet(
      [
        `static const uint8_t PUBLIC_KEY[] = { ${hexBytes(32).join(', ')} };\n`,
        `/* RFC 4231 test case 2 */\nstatic const uint8_t key[] = { ${hexBytes(20).join(', ')} };\n`,
        `[Byte[]] $Key = (1..16)\n[Byte[]] $key2 = (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16)\n`,
        `static const uint8_t lookup_key[] = { ${hexBytes(32).join(', ')} };\n`,
        `const uint8_t bitmap[] = { ${hexBytes(32).join(', ')} };\n`,
      ],
      'src/crypto.c',
    );
    assertQuiet([`private static final byte[] KEY = new byte[] { ${hexBytes(16).join(', ')} };\n`], 'src/test/java/com/acme/CryptoTest.java');
  });

  it('finds a UUID under a bare token in a config file, not in code', () => {
    assertFinds([(v) => `[upstream.billing]\nurl = "https://billing.internal"\ntoken = "${v}"\n`, (v) => `[pilot]\n  token = "${v}"\n`], () => g.uuid(), 'config/app.toml');
    assertQuiet([`const token = "${g.uuid()}";\n`], 'src/client.ts');
  });

  it('reads the clause a key ends, not an id named in an earlier clause', () => {
    assertFinds(
      [
        (v) => `Analytics: the project id is ${g.uuid()} (public, it's in the page source) and the write key is ${v} — keep it out of the frontend.\n`,
        (v) => `- Proxmox token id root@pam!tablet, secret ${v}\n`,
      ],
      () => g.uuid(),
      'notes/analytics-setup.md',
    );
    assertQuiet(
      [`the write key id is ${g.uuid()}\n`, `the request id and write key are in the vault; sample key ${g.uuid()}\n`, `the write key is ${g.uuid()} (public, it is in the page source)\n`],
      'notes/analytics-setup.md',
    );
  });

  it('finds an Erlang cookie named in words with a remark before its colon', () => {
    assertFinds([(v) => `3. Erlang cookie (needed to join nodes): ${v}\n`, (v) => `- erlang cookie (must be identical on all nodes): \`${v}\`\n`], () => g.upper(20), 'docs/runbooks/rabbitmq.md');
    assertQuiet([`Erlang cookie (see the vault): ${g.lower(20)}\n`, `Erlang cookie: ${'X'.repeat(20)}\n`], 'docs/runbooks/rabbitmq.md');
  });

  it("finds Nextcloud's passwordsalt in config.php, not a user row's salt beside its hash", () => {
    assertFinds([(v) => `<?php\n$CONFIG = array (\n  'instanceid' => 'oc${g.lower(10)}',\n  'passwordsalt' => '${v}',\n);\n`], () => g.alnum(30), 'nextcloud/config/config.php');
    assertQuiet([`[{"username": "anna", "passwordhash": "${g.hex(64)}", "passwordsalt": "${g.alnum(24)}"}]\n`], 'data/users.json');
  });

  it('finds an LDAP bind password under its bind DN in a pasted or commented-out config', () => {
    assertFinds([(v) => `# /etc/nslcd.conf\nuri ldaps://ldap.acme.local\nbinddn cn=nslcd,ou=svc,dc=acme,dc=local\nbindpw ${v}\n`], () => g.alnum(15), 'etc/ldap-and-sssd.txt');
    assertFinds([(v) => `#   binddn cn=nslcd,ou=dienste,dc=werkstatt,dc=example\n#   bindpw ${v}\n`], () => `${g.alnum(10)}*`, 'etc/ldap/slapd.conf');
    assertQuiet([`bindpw ${g.alnum(15)}\n`, `binddn cn=nslcd,ou=svc,dc=acme,dc=local\nbindpw {SSHA}${g.base64(32)}\n`], 'etc/ldap-and-sssd.txt');
  });
});
