// Classes of passwords and tokens on command lines and in code found while tuning on rw-dev5's command/code part:
// flags and values as separate elements of an exec-form argument list, process builders that name the program in
// their own call, Redis server flags, here-strings into commands that read a secret on stdin, secret managers'
// "set" commands, secrets printed by `aws configure get`, and test runners' result lines that are no passwords; in code,
// values converted to bytes, `tok` as a token's name, Lisp definitions, positional passwords of Django, Perl LWP, Redis
// clients and Ruby calls without parentheses, header values set before their name (URLRequest), the WSGI name of
// the Authorization header, and constants that name a property; SonarQube's prefix-less tokens (and `-D` properties
// for every context rule), ncftp, dotnet nuget and poetry passwords; jwt.io's sample token and Firebase sections stay quiet.
// Each case says what must be found and what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de5);

const { found: values } = ruleAssertions(scanner);

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
      assert.deepEqual(
        scanner.scan(text, { path: 'ci-logs/go-test.log' }).filter((f) => f.ruleId === 'unmasked-secret-in-log'),
        [],
      );
    });

    it('still finds a password printed by the log rule elsewhere in the same log', () => {
      const a = pw();
      const text = `--- PASS: TestLogin (0.10s)\nDB_PASSWORD=${a}\n`;
      assert.deepEqual(
        values(text, 'ci-logs/go-test.log').filter((v) => v === a),
        [a],
      );
    });
  });

  describe('values converted to bytes', () => {
    it('finds Go\'s []byte("…") and .NET\'s Encoding.UTF8.GetBytes("…") under a secret\'s name', () => {
      const a = g.hex(64);
      assert.deepEqual(values(`var apiKey = []byte("${a}")\n`, 'internal/auth/keys.go'), [a]);
      const b = g.base64(40);
      assert.deepEqual(values(`var signingSecret = Encoding.UTF8.GetBytes("${b}");\n`, 'src/Auth/Jwt.cs'), [b]);
    });

    it('leaves converted references and words alone', () => {
      assert.deepEqual(values('var apiKey = []byte(os.Getenv("API_KEY"))\n', 'internal/auth/keys.go'), []);
      assert.deepEqual(values('var secret = Encoding.UTF8.GetBytes(config["Jwt:Secret"]);\n', 'src/Auth/Jwt.cs'), []);
    });
  });

  describe('tok as the name of a token', () => {
    it('finds a random value under tok, apiTok and AUTH_TOK', () => {
      const a = g.hex(64);
      assert.deepEqual(values(`tok = "${a}"\n`, 'etl/clients.py'), [a]);
      const b = g.alnum(32);
      assert.deepEqual(values(`const apiTok = "${b}"\n`, 'internal/store/store.go'), [b]);
      const c = g.base64url(40);
      assert.deepEqual(values(`AUTH_TOK=${c}\n`, '.env'), [c]);
    });

    it('leaves lexer tokens, stock symbols and tokio alone', () => {
      assert.deepEqual(values('tok = "("\nfor tok in tokens:\n    if tok == "identifier":\n        pass\n', 'lexer.py'), []);
      assert.deepEqual(values(`stock = "${g.hex(32)}"\nuse tokio::runtime;\n`, 'src/main.rs'), []);
      assert.deepEqual(values('tok = AutoTokenizer.from_pretrained("bert-base-uncased")\n', 'train.py'), []);
    });
  });

  describe('Lisp definitions', () => {
    it('finds (def api-key "…") and (setq x-token "…")', () => {
      const a = g.alnum(40);
      assert.deepEqual(values(`(ns acme.db)\n(def api-key "${a}")\n`, 'src/acme/db.clj'), [a]);
      const b = g.hex(40);
      assert.deepEqual(values(`(setq gptel-api-token "${b}")\n`, 'init.el'), [b]);
    });

    it('leaves keywords and calls alone', () => {
      assert.deepEqual(values('(def password-field :password)\n(def api-key (System/getenv "API_KEY"))\n', 'src/acme/db.clj'), []);
    });
  });

  describe('positional passwords of more calls', () => {
    it("finds Django's create_user, Perl LWP credentials, a Redis client's auth and Ruby's paren-less basic_auth", () => {
      const a = pw();
      assert.deepEqual(values(`User.objects.create_superuser("admin", "admin@example.com", "${a}")\n`, 'app/management/commands/seed.py'), [a]);
      const b = pw();
      assert.deepEqual(values(`$ua->credentials("intranet.example.com:443", "Intranet", "nightly", "${b}");\n`, 'bin/nightly.pl'), [b]);
      const c = pw();
      assert.deepEqual(values(`local redis = require "resty.redis"\nlocal red = redis:new()\nlocal ok, err = red:auth("${c}")\n`, 'lua/auth.lua'), [c]);
      const d = pw();
      assert.deepEqual(values(`req = Net::HTTP::Get.new(uri)\nreq.basic_auth 'sync', '${d}'\n`, 'lib/client.rb'), [d]);
    });

    it('leaves variables, a single auth() outside Redis and unquoted users alone', () => {
      assert.deepEqual(values('User.objects.create_user("jdoe", "jdoe@example.com", password)\n', 'app/seed.py'), []);
      assert.deepEqual(values(`router.auth("${pw()}")\n`, 'src/routes.js'), []);
      assert.deepEqual(values("req.basic_auth 'sync', ENV.fetch('SYNC_PASSWORD')\n", 'lib/client.rb'), []);
      assert.deepEqual(values('local ok, err = red:auth(os.getenv("REDIS_PASSWORD"))\n-- redis\n', 'lua/auth.lua'), []);
    });
  });

  describe('header values set before their name', () => {
    it('finds URLRequest setValue(_:forHTTPHeaderField:) in Swift and Objective-C', () => {
      const a = g.hex(40);
      assert.deepEqual(values(`    req.setValue("${a}", forHTTPHeaderField: "X-App-Secret")\n`, 'App/Api.swift'), [a]);
      const b = g.base64url(43);
      assert.deepEqual(values(`    [req setValue:@"Bearer ${b}" forHTTPHeaderField:@"Authorization"];\n`, 'Legacy/APIClient.m'), [b]);
    });

    it('leaves content types, request ids, interpolations and references alone', () => {
      assert.deepEqual(values('    req.setValue("application/json", forHTTPHeaderField: "Content-Type")\n', 'App/Api.swift'), []);
      assert.deepEqual(values(`    req.setValue("${g.uuid()}", forHTTPHeaderField: "X-Request-Id")\n`, 'App/Api.swift'), []);
      assert.deepEqual(values('    req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")\n', 'App/Api.swift'), []);
      assert.deepEqual(values('    [req setValue:kClientSecret forHTTPHeaderField:@"X-Client-Secret"];\n', 'Legacy/APIClient.m'), []);
    });
  });

  describe('the WSGI name of the Authorization header', () => {
    it("finds HTTP_AUTHORIZATION given to Django's test client and in an environ dict", () => {
      const a = g.hex(40);
      assert.deepEqual(values(`        return Client(HTTP_AUTHORIZATION="Token ${a}")\n`, 'tests/conftest.py'), [a]);
      const b = g.alnum(40);
      assert.deepEqual(values(`environ = {"HTTP_AUTHORIZATION": "Bearer ${b}", "REQUEST_METHOD": "GET"}\n`, 'app/wsgi_check.py'), [b]);
    });

    it('leaves interpolated tokens alone', () => {
      assert.deepEqual(values('        response = self.client.get(url, HTTP_AUTHORIZATION=f"Token {self.token.key}")\n', 'tests/test_api.py'), []);
    });
  });

  describe('constants that name a property', () => {
    it('does not read a _PROP constant holding a property name as a password', () => {
      assert.deepEqual(values('    static final String KEYSTORE_PASSWORD_PROP = "javax.net.ssl.keyStorePassword";\n', 'src/main/java/Tls.java'), []);
    });

    it('still finds the password a property is set to', () => {
      const a = pw();
      assert.deepEqual(values(`System.setProperty("javax.net.ssl.keyStorePassword", "${a}");\n`, 'src/main/java/Tls.java'), [a]);
    });
  });

  describe('SonarQube tokens without a prefix', () => {
    it('finds 40 hex characters under sonar.login / SONAR_LOGIN / -Dsonar.login', () => {
      const a = g.hex(40);
      assert.deepEqual(values(`sonarqube { properties { property 'sonar.login', '${a}' } }\n`, 'build.gradle'), [a]);
      const b = g.hex(40);
      assert.deepEqual(values(`mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.example.com -Dsonar.login=${b}\n`, 'ci/sonar.sh'), [b]);
    });

    it('leaves a user name and a reference alone', () => {
      assert.deepEqual(values('sonar.login=admin\nsonar.password=${SONAR_PASSWORD}\n', 'sonar-project.properties'), []);
      assert.deepEqual(values('mvn sonar:sonar -Dsonar.login=$SONAR_TOKEN\n', 'ci/sonar.sh'), []);
    });
  });

  describe('more tools with a password argument', () => {
    it('finds ncftpput -p, dotnet nuget add source -p and poetry config http-basic', () => {
      const a = pw();
      assert.deepEqual(values(`ncftpput -u uploader -p '${a}' ftp.example.com /incoming report.csv\n`, 'scripts/upload.sh'), [a]);
      const b = g.alnum(20);
      assert.deepEqual(values(`dotnet nuget add source https://nuget.example.com/v3/index.json -n acme -u ci -p ${b} --store-password-in-clear-text\n`, 'docs/feeds.md'), [b]);
      const c = plain();
      assert.deepEqual(values(`poetry config http-basic.acme ci ${c}\n`, 'docs/registries.md'), [c]);
    });

    it('leaves references, project paths and prompts alone', () => {
      assert.deepEqual(values('ncftpput -u uploader -p "$FTP_PASS" ftp.example.com /in a.csv\n', 'scripts/upload.sh'), []);
      assert.deepEqual(values('dotnet run -p src/App\ndotnet nuget add source https://x/v3/index.json -n acme -u ci -p "$NUGET_PASSWORD"\n', 'scripts/run.sh'), []);
      assert.deepEqual(values('poetry config http-basic.acme ci\n', 'docs/registries.md'), []);
    });
  });

  describe("jwt.io's sample token and Firebase sections", () => {
    /** A JWT with the documented sample claims (`sub` 1234567890, John Doe) and a signature drawn here. */
    const sampleJwt = () => {
      const b64u = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${g.base64url(43)}`;
    };

    it("does not report jwt.io's sample under a token's name, and still reports another JWT there", () => {
      assert.deepEqual(values(`    {"access_token": "${sampleJwt()}", "token_type": "bearer"}\n`, 'docs/api/auth.md'), []);
      const b64u = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const real = `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ sub: 'svc-ledger', iat: 1764000000 })}.${g.base64url(43)}`;
      assert.deepEqual(values(`access_token = "${real}"\n`, 'scripts/call.py'), [real]);
    });

    it('reads a firebase: {…} section and NEXT_PUBLIC_FIREBASE_API_KEY as a public web config, not a server key', () => {
      const key = () => `AIza${g.base64url(35)}`;
      assert.deepEqual(values(`module.exports = {\n  firebase: { apiKey: '${key()}', projectId: 'acme-web' },\n};\n`, 'src/config/index.js'), []);
      assert.deepEqual(values(`NEXT_PUBLIC_FIREBASE_API_KEY=${key()}\n`, '.env.production'), []);
      const server = key();
      assert.deepEqual(values(`GOOGLE_API_KEY=${server}\n`, '.env.production'), [server]);
    });
  });
});
