// Classes found among what rw-dev .. rw-dev10 still missed outside prose (session 24, lane C): SSSD's bind password as
// words run together, Rails' `.presence` before an environment fallback. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x24c);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'etc/sssd/sssd.conf');

const compound = () => `${g.pick(['river', 'lantern', 'falcon', 'harbor'])}${g.pick(['copper', 'meadow', 'walnut', 'otter'])}${g.pick(['', 'maple', 'comet'])}`;
const chosen = () => `${g.pick(['Hafen', 'Birke', 'Falke', 'Sommer'])}${g.digits(4)}${g.pick(['!', '#', '.'])}`;

describe('tune24c classes', () => {
  describe("SSSD's ldap_default_authtok", () => {
    it('reads words run together as the bind password', () => {
      assertFinds([(v) => `[domain/corp]\nldap_default_bind_dn = cn=sssd,dc=corp\nldap_default_authtok = ${v}\ncache_credentials = true\n`], compound);
    });
    it('leaves its type setting, an obfuscated marker and a reference', () => {
      assertQuiet([
        '[domain/corp]\nldap_default_authtok_type = obfuscated_password\nldap_default_authtok = obfuscated_password\n',
        '[domain/corp]\nldap_default_authtok_type = password\nldap_default_authtok = ${SSSD_BIND_PW}\n',
      ]);
    });
  });

  describe("Rails' .presence before a fallback", () => {
    it('reads the literal after ENV["K"].presence || as the variable\'s value', () => {
      assertFinds(
        [(v) => `  FTP_PASSWORD = ENV["LEGACY_FTP_PASSWORD"].presence || "${v}"`, (v) => `  api_password = ENV['SHIPPING_API_PASSWORD'].presence || '${v}'`],
        chosen,
        'app/services/shipping_client.rb',
      );
    });
    it('leaves a non-secret fallback and a non-literal one', () => {
      assertQuiet(['  region = ENV["AWS_REGION"].presence || "eu-central-1"', '  token = params[:api_token].presence || session[:token]'], 'app/services/shipping_client.rb');
    });
  });
});

describe('tune24c: a passphrase quoted as one command-line argument', () => {
  const { found, assertFinds, assertQuiet } = ruleAssertions(scanner, 'docs/db-clients.md');
  const words = () => `${g.pick(['granite', 'copper', 'walnut'])} ${g.pick(['lantern', 'harbor', 'otter'])} ${g.pick(['meadow', 'ember', 'comet'])}${g.pick(['', '!', '7'])}`;
  it("is a known tool's password, the first word maybe capitalised", () => {
    assertFinds([(v) => `cypher-shell -a neo4j://graph01:7687 -u neo4j -p '${v}'`, (v) => `mysql -h db01 -u app --password="${v}" app`], words);
    const capitalised = () => words().replace(/^./, (c) => c.toUpperCase());
    assertFinds([(v) => `& sqlcmd -S $Server -U sa -P '${v}' -Q "EXEC dbo.RefreshSnapshots"`], capitalised, 'scripts/Deploy-Reports.ps1');
  });
  it('leaves a sentence, a pointer and a token flag with words', () => {
    assertQuiet(["cypher-shell -u neo4j -p 'not set yet'", 'sqlcmd -S db -U sa -P "Enter your password" -Q "select 1"', 'sqlcmd -S db -U sa -P "see the vault entry" -Q "select 1"']);
    assert.deepEqual(found('mytool --token "copper falcon meadow" --host db', 'scripts/run.sh'), []);
  });
});
