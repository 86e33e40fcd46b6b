// Classes of passwords and tokens on command lines and in code found while tuning on rw-dev5's command/code part:
// flags and values as separate elements of an exec-form argument list, process builders that name the program in
// their own call, Redis server flags, here-strings into commands that read a secret on stdin, secret managers'
// "set" commands, secrets printed by `aws configure get`, and test runners' result lines that are no passwords.
// Each case says what must be found and what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de5);

/** The values found (any rule, information-level notes left out). */
const values = (text: string, path: string) =>
  scanner
    .scan(text, { path })
    .filter((f) => f.severity !== 'info')
    .map((f) => text.slice(f.start, f.end));

/** A person's password with a digit, as people set them (`Harbor482!`). */
const pw = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Violet'])}${g.digits(3)}${g.pick(['!', '#', '&', '.'])}`;
/** One that survives unquoted in a shell word. */
const plain = () => `${g.pick(['harbor', 'falcon', 'maple', 'copper'])}_${g.pick(['glacier', 'orchid', 'tundra'])}${g.digits(2)}`;

describe('rw-dev5 classes: command lines and code', () => {
  describe('exec-form argument lists', () => {
    it('finds a flag and its value given as separate elements', () => {
      const a = pw();
      assert.deepEqual(values(`system("sshpass", "-p", "${a}", "scp", "/tmp/stock.csv", "ftp@partner:/in/");\n`, 'bin/nightly.pl'), [a]);
      const b = pw();
      assert.deepEqual(values(`\tcmd := exec.Command("redis-cli", "-h", "cache01", "-a", "${b}", "ping")\n`, 'cmd/check/main.go'), [b]);
      const c = pw();
      assert.deepEqual(values(`subprocess.run(['mongosh', '-u', 'admin', '-p', '${c}', '--quiet'], check=True)\n`, 'tools/check.py'), [c]);
    });

    it('finds a flag in the argument list of a process builder that names the program in its own call', () => {
      const a = g.alnum(18);
      assert.deepEqual(values(`    Command::new("mysqldump").args(["-uroot", "-p${a}", "app"]).status()?;\n`, 'src/backup.rs'), [a]);
      const b = pw();
      assert.deepEqual(values(`    Command::new("/usr/bin/redis-cli").arg("-h").arg("r1").args(&["-a", "${b}"]).status()?;\n`, 'src/check.rs'), [b]);
    });

    it('leaves ports, references and other tools alone', () => {
      assert.deepEqual(values('subprocess.run(["docker", "run", "-p", "8080:80", "nginx"])\n', 'tools/run.py'), []);
      assert.deepEqual(values('subprocess.run(["sshpass", "-p", os.environ["SSHPASS"], "ssh", "h"])\n', 'tools/run.py'), []);
      assert.deepEqual(values('subprocess.run(["psql", "-h", "db", "-p", "5432", "app"])\n', 'tools/run.py'), []);
      assert.deepEqual(values('    Command::new("ssh").args(["-p", "2222", "deploy@host"]).status()?;\n', 'src/ssh.rs'), []);
    });
  });

  describe('Redis server flags', () => {
    it('finds --requirepass and --masterauth given to redis-server', () => {
      const a = plain();
      assert.deepEqual(values(`services:\n  redis:\n    image: redis:7\n    command: redis-server --requirepass ${a} --appendonly yes\n`, 'docker-compose.yml'), [a]);
      const b = g.alnum(24);
      assert.deepEqual(values(`      "Cmd": ["sh", "-c", "exec valkey-server --masterauth ${b}"],\n`, 'notes/inspect.json'), [b]);
    });

    it('leaves references alone', () => {
      assert.deepEqual(values('    command: redis-server --requirepass "$REDIS_PASSWORD" --appendonly yes\n', 'docker-compose.yml'), []);
      assert.deepEqual(values('    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n', 'docker-compose.yml'), []);
    });
  });

  describe('here-strings into commands that read a secret on stdin', () => {
    it('finds the value after <<<', () => {
      const a = plain();
      assert.deepEqual(values(`sudo openconnect vpn.example.com --user=jdoe --passwd-on-stdin <<< '${a}'\n`, 'docs/vpn.md'), [a]);
      const b = g.base64url(40);
      assert.deepEqual(values(`gcloud secrets versions add api-key --data-file=- <<< '${b}'\n`, 'infra/rotate.sh'), [b]);
      const c = g.alnum(32);
      assert.deepEqual(values(`docker login -u ci --password-stdin registry.example.com <<< ${c}\n`, 'ci/login.sh'), [c]);
    });

    it('leaves variables, substitutions and other here-strings alone', () => {
      assert.deepEqual(values('docker login -u ci --password-stdin registry.example.com <<< "$REGISTRY_PASSWORD"\n', 'ci/login.sh'), []);
      assert.deepEqual(values('openconnect vpn --passwd-on-stdin <<< "$(pass show vpn)"\n', 'ci/vpn.sh'), []);
      assert.deepEqual(values(`grep -c error <<< "${plain()}"\n`, 'ci/count.sh'), []);
    });
  });

  describe("secret managers' set commands", () => {
    it('finds the value given to az keyvault, aws ssm (SecureString) and gh secret set', () => {
      const a = plain();
      assert.deepEqual(values(`az keyvault secret set --vault-name kv-prod --name db-password --value '${a}'\n`, 'infra/rotate.sh'), [a]);
      const b = plain();
      assert.deepEqual(values(`aws ssm put-parameter --name /prod/db/pw --type SecureString --value ${b} --overwrite\n`, 'infra/rotate.sh'), [b]);
      const c = g.alnum(36);
      assert.deepEqual(values(`gh secret set DEPLOY_TOKEN --repo acme/app --body "${c}"\n`, 'infra/rotate.sh'), [c]);
    });

    it('leaves plain parameters, references and files alone', () => {
      assert.deepEqual(values('aws ssm put-parameter --name /prod/region --type String --value eu-west-1\n', 'infra/rotate.sh'), []);
      assert.deepEqual(values('az keyvault secret set --vault-name kv --name db-password --value "$DB_PASSWORD"\n', 'infra/rotate.sh'), []);
      assert.deepEqual(values('az keyvault secret set --vault-name kv --name cert --file cert.pem\n', 'infra/rotate.sh'), []);
    });
  });

  describe('secrets printed by aws configure get', () => {
    it('finds the printed secret access key in a pasted session', () => {
      const a = g.base64(40).replace(/[=]/g, 'x');
      assert.deepEqual(values(`ops@bastion:~$ aws configure get aws_secret_access_key\n${a}\nops@bastion:~$ history -c\n`, 'docs/incident.txt'), [a]);
    });

    it('leaves a printed access key id or region alone', () => {
      assert.deepEqual(values('ops@bastion:~$ aws configure get region\neu-west-1\n', 'docs/incident.txt'), []);
    });
  });

  describe("test runners' result lines", () => {
    it('the log rule does not read PASS: TestName as a password', () => {
      const name = `Test${g.pick(['Partner', 'Ledger', 'Hash'])}${g.pick(['Client', 'Store', 'Verify'])}`;
      const text = `=== RUN   ${name}\n--- PASS: ${name} (0.31s)\n--- FAIL: ${name}Retry (0.02s)\nok  \tgithub.com/acme/partner\t0.412s\n`;
      assert.deepEqual(scanner.scan(text, { path: 'ci-logs/go-test.log' }).filter((f) => f.ruleId === 'unmasked-secret-in-log'), []);
    });

    it('still finds a password printed by the log rule elsewhere in the same log', () => {
      const a = pw();
      const text = `--- PASS: TestLogin (0.10s)\nDB_PASSWORD=${a}\n`;
      assert.deepEqual(values(text, 'ci-logs/go-test.log').filter((v) => v === a), [a]);
    });
  });
});
