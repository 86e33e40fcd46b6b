// Classes of credential files found while tuning on rw-dev9's cred part: words run together in slots that hold a
// password and nothing else, `rootpw`/`bindpw`/`psk` as a password's own name, space-separated config lines,
// Postfix sasl_passwd maps, LDIF `userPassword:`, SQL Server setup flags, and the look-alikes that must stay
// quiet (DPAPI blobs, WordPress's localised key placeholders). Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de9);

const { found: values } = ruleAssertions(scanner);

/** Two or three dictionary words run together, as people pick a passphrase (`harbormilootter`). */
const WORDS = ['harbor', 'otter', 'walnut', 'pepper', 'glacier', 'lantern', 'copper', 'meadow', 'falcon', 'ember'];
const compound = () => g.pick(WORDS) + g.pick(WORDS.slice(0, 5)) + g.pick(WORDS.slice(5));

describe('rw-dev9 classes: credential files', () => {
  describe('words run together where only a password can sit', () => {
    it('reads them in a .pgpass password field and a Redis Sentinel password', () => {
      const a = compound();
      const b = compound();
      assert.deepEqual(values(`db01.int:5432:billing:billing_ro:${a}\n`, 'home/anna/.pgpass'), [a]);
      assert.deepEqual(values(`port 26379\nsentinel sentinel-pass ${b}\n`, 'etc/redis/sentinel.conf'), [b]);
    });

    it('reads them in a fetchmail `pass` clause', () => {
      const a = compound();
      assert.deepEqual(values(`poll imap.web.example proto IMAP\n  user 'hs' pass '${a}' is 'helga'\n`, 'home/oma/.fetchmailrc'), [a]);
    });

    it("reads `psk`, `rootpw` and `bindpw` as a password's own name, also on a space-separated config line", () => {
      const a = compound();
      const b = compound();
      assert.deepEqual(values(`[wifi-security]\nkey-mgmt=wpa-psk\npsk=${a}\n`, 'etc/NetworkManager/system-connections/Home.nmconnection'), [a]);
      assert.deepEqual(values(`database config\nrootdn "cn=config"\nrootpw   ${b}\n`, 'etc/ldap/slapd.conf'), [b]);
      assert.deepEqual(values(`binddn cn=nslcd,dc=example\nbindpw ${a}\n`, 'etc/nslcd.conf'), [a]);
    });

    it('leaves a word after a key that is not a password name, or a line that goes on after the word', () => {
      assert.deepEqual(values('database config\nrootdn "cn=config"\nrootpw   {SSHA}' + g.base64(32) + '\n', 'etc/ldap/slapd.conf'), []);
      assert.deepEqual(values('mode infrastructure\nprotocol tls\n', 'etc/app.conf'), []);
      assert.deepEqual(values('psk=harbormilootter the network key\n', 'docs/wifi.md'), []);
    });
  });

  describe('file formats', () => {
    it('reads the password of a Postfix sasl_passwd map, not a placeholder or a variable', () => {
      const a = `${g.pick(['Hiver', 'Sommer'])}20${g.digits(2)}_`;
      const b = g.alnum(20);
      const text = `# run postmap after editing\n[smtp.office365.com]:587    scanner@example.com:${a}\n[relay.example.net]         relay:${b}\n`;
      assert.deepEqual(values(text, 'etc/postfix/sasl_passwd'), [a, b]);
      assert.deepEqual(values('[smtp.example.com]:587 user@example.com:password\n[smtp.example.com]:587 u:${SMTP_PASSWORD}\n', 'etc/postfix/sasl_passwd'), []);
    });

    it('reads a clear-text LDIF `userPassword:`, not a hash or a base64 `userPassword::`', () => {
      const a = `M@ng0${g.digits(4)}`;
      const text = `dn: uid=x,ou=people,dc=example\nuid: x\nuserPassword: ${a}\n\ndn: uid=y,ou=people,dc=example\nuserPassword: {SSHA}${g.base64(32)}\n\ndn: uid=z,dc=example\nuserPassword:: ${g.base64(24)}\n`;
      assert.deepEqual(values(text, 'backup/ldap/users.ldif'), [a]);
    });

    it('reads SQL Server setup password flags, also inside Chocolatey params', () => {
      const a = g.alnum(24);
      const b = g.alnum(16);
      assert.deepEqual(values(`choco install sql-server-express -y --params="'/SAPWD:${a} /SECURITYMODE:SQL'"\n`, 'Vagrantfile'), [a]);
      assert.deepEqual(values(`setup.exe /Q /ACTION=Install /SQLSVCPASSWORD="${b}" /IACCEPTSQLSERVERLICENSETERMS\n`, 'install.cmd'), [b]);
      assert.deepEqual(values('setup.exe /Q /ACTION=Install /SAPWD=%SA_PASSWORD% /QUIET\n', 'install.cmd'), []);
    });
  });

  describe('Terraform and Composer', () => {
    it('reads the default of a Terraform variable named for a secret, not of other variables or without a default', () => {
      const a = compound();
      const b = g.hex(32);
      const text = `variable "mysql_password" {\n  type      = string\n  sensitive = true\n  default   = "${a}"\n}\n\nvariable "datadog_api_key" {\n  default = "${b}"\n}\n\nvariable "region" {\n  default = "eu-central-1"\n}\n\nvariable "db_password" {\n  type = string\n}\n`;
      assert.deepEqual(values(text, 'infra/variables.tf'), [a, b]);
    });

    it('reads a token keyed by host under Composer auth maps (`bearer`, `gitlab-token`), not under `repositories`', () => {
      const a = g.alnum(40);
      const text = `{\n    "bearer": {\n        "packages.agentur.example": "${a}"\n    }\n}\n`;
      assert.deepEqual(values(text, 'auth.json'), [a]);
      assert.deepEqual(values(`{\n  "repositories": {\n    "packages.agentur.example": "${g.alnum(40)}"\n  }\n}\n`, 'auth.json'), []);
    });
  });

  describe('look-alikes', () => {
    it('leaves hex digests as passwords of user stores that hold hashes (ASP.NET `passwordFormat="SHA1"`, tomcat-users.xml)', () => {
      const sha1 = g.hex(40).toUpperCase();
      const text = `<authentication mode="Forms">\n  <forms loginUrl="~/Login.aspx">\n    <credentials passwordFormat="SHA1">\n      <user name="notfall" password="${sha1}" />\n    </credentials>\n  </forms>\n</authentication>\n`;
      assert.deepEqual(values(text, 'Intranet/Web.config'), []);
      assert.deepEqual(values(`<tomcat-users>\n  <user username="monitor" password="${g.hex(64)}" roles="manager-status"/>\n</tomcat-users>\n`, 'conf/tomcat-users.xml'), []);
      const clear = `Kx${g.digits(3)}!${g.alnum(8)}`;
      assert.deepEqual(values(`<tomcat-users>\n  <user username="deployer" password="${clear}" roles="manager-script"/>\n</tomcat-users>\n`, 'conf/tomcat-users.xml'), [clear]);
    });

    it('leaves a DPAPI-encrypted blob under a password name (NuGet `Password`, SecureString exports)', () => {
      const blob = 'AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA' + g.base64(80);
      assert.deepEqual(
        values(`<packageSourceCredentials>\n  <Feed>\n    <add key="Username" value="build" />\n    <add key="Password" value="${blob}" />\n  </Feed>\n</packageSourceCredentials>\n`, 'NuGet.Config'),
        [],
      );
      assert.deepEqual(values(`$password = "${blob}" | ConvertTo-SecureString\n`, 'deploy.ps1'), []);
    });

    it('leaves the localised sentence wp-config-sample.php puts where a key goes', () => {
      const salt = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*()-_=+', 64);
      const text = `define('NONCE_KEY', 'mettez une phrase unique ici');\ndefine('AUTH_SALT', 'pon aquí tu frase aleatoria');\ndefine('AUTH_KEY', '${salt}');\n`;
      assert.deepEqual(values(text, 'public_html/wp-config.php'), [salt]);
    });
  });
});
