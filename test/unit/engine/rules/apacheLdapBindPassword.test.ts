// Apache's AuthLDAPBindPassword pasted into a README's code block (rw-dev2), where the generic rules read docs
// strictly, and what stays quiet: the `exec:` form, references, stand-ins. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const g = createExampleGen(0xa9_ac_4e);
const { found, assertQuiet } = ruleAssertions(createScanner());

const block = (value: string) =>
  `#### apache (sites-available/legacy.conf)\n\n    <Location /intranet>\n        AuthType Basic\n        AuthBasicProvider ldap\n        AuthLDAPBindDN "cn=apache,ou=svc,dc=acme,dc=local"\n        AuthLDAPBindPassword "${value}"\n        Require valid-user\n    </Location>\n`;

describe("Apache's AuthLDAPBindPassword", () => {
  it('finds the bind password in a README code block and in httpd.conf', () => {
    const a = `${g.pick(['granite', 'walrus', 'pepper'])}_${g.pick(['harbor', 'lantern', 'thistle'])}_${g.lower(6)}`;
    const b = `${g.pick(['Harbor', 'Falcon'])}${g.digits(4)}!`;
    assert.deepEqual(found(block(a), 'deploy/proxies/README-configs.md'), [a]);
    assert.deepEqual(found(block(b), 'conf/httpd.conf'), [b]);
  });

  it('stays quiet on exec:, references and stand-ins', () => {
    assertQuiet([block('exec:/usr/local/bin/get-ldap-pw.sh'), block('${LDAP_BIND_PW}'), block('changeme')], 'deploy/proxies/README-configs.md');
  });
});
