// Prefix-less tokens the engine missed in the dev sets' notes, chats and command lines (tok10): a UUID or hex key
// said in a sentence after its key, token or secret word, and CLI logins that take a token by position or flag.
// Values are generated at test time.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x70c10);

const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'notes/notes.txt');

describe('tok10: prefix-less tokens', () => {
  describe('a UUID or hex key right after a key, token or secret word in a sentence', () => {
    const key = () => g.pick([g.uuid(), g.hex(40), g.hex(32)]);
    it('finds it after `token is`, `the key`, `secret is`, `jeton est`, `Geheimnis lautet`, `トークン：` in notes and chats', () => {
      assertFinds(
        [
          (v) => `the SMS gateway token is ${v}\n`,
          (v) => `geocoding key ${v}\n`,
          (v) => `For the reports API, please use the key ${v} in the X-Api-Key header.\n`,
          (v) => `O token da API é ${v} (válido até 2024-10-17).\n`,
          (v) => `- We rotated the shared analytics key. The new key is ${v} and the old one stops working soon.\n`,
          (v) => `[12:05:00] <wei> secret is ${v}\n`,
          (v) => `the tunnel secret is ${v} btw, needed it for the compose file\n`,
          (v) => `le jeton du partenaire est ${v}\n`,
          (v) => `Das Geheimnis lautet ${v}.\n`,
          (v) => `DBのパスワードは別です。APIトークン：${v}\n`,
        ],
        key,
        'notes/api-keys.md',
      );
    });
    it('stays quiet on ids, public keys, hashes, examples and code', () => {
      assertQuiet(
        [
          `the request token is ${g.uuid()}\n`,
          `the project key is ${g.uuid()}\n`,
          `Cache key: ${g.hex(64)}\n`,
          `the public key is ${g.hex(64)}\n`,
          `- search only key: \`${g.hex(32)}\`\n`,
          `Commit ${g.hex(40)}: the key is now read from the vault\n`,
          `the idempotency key ${g.uuid()} was reused\n`,
          `example key ${g.hex(32)}\n`,
          `signed using key ${g.hex(32)}\n`,
          `the device id is ${g.uuid()} and the key is ${g.uuid()}\n`,
        ],
        'notes/api-keys.md',
      );
      assertQuiet([`// look up the key ${g.uuid()} in the map\nconst k = m.get(id);\n`], 'src/map.ts');
    });
  });

  describe('CI tools given their token, and an AppRole secret id', () => {
    it('finds `snyk auth X`, `codecov-cli … -t X`, `secret_id=X` and `SECRET_ID=X`', () => {
      assertFinds(
        [
          (v) => `snyk auth ${v}\n`,
          (v) => `codecov-cli upload-process -t ${v} --commit-sha ${g.hex(40)}\n`,
          (v) => `vault write auth/approle/login role_id=${g.uuid()} secret_id=${v}\n`,
          (v) => `export SECRET_ID=${v}\n`,
        ],
        () => g.uuid(),
        'notes/cli-setup.sh',
      );
    });
    it("stays quiet on variables, other tools' -t and secret names", () => {
      assertQuiet(
        [
          'snyk auth "$SNYK_TOKEN"\n',
          'codecov-cli upload-process -t ${CODECOV_TOKEN}\n',
          'codecov -f coverage.xml && tar -t backup.tgz\n',
          'aws secretsmanager get-secret-value --secret-id prod/db/main\n',
          `role_id=${g.uuid()}\n`,
        ],
        'notes/cli-setup.sh',
      );
    });
  });
});
