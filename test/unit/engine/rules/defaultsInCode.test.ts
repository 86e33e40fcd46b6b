// A literal written as the fallback of an environment lookup is a hard-coded secret in every language people write
// it in (issue 15, "defaults in code"). Values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { humanPassword } from '../../../../engine/rules/humanPasswords';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xdef0_0124);
const { found: values } = ruleAssertions(scanner);

const FORMS: [string, (v: string) => string][] = [
  ['app/settings.py', (v) => `DB_PASSWORD = os.environ.get("DB_PASSWORD") or "${v}"`],
  ['app/settings.py', (v) => `pw = os.getenv("SMTP_PASS", "${v}")`],
  ['app/settings.py', (v) => `password = config("DB_PASSWORD", default="${v}")`],
  ['app/settings.py', (v) => `SMTP_PASSWORD = env.str("SMTP_PASSWORD", "${v}")`],
  ['src/db.js', (v) => `const pw = process.env.DB_PASS || "${v}";`],
  ['src/db.ts', (v) => `const pw = process.env.DB_PASS ?? '${v}';`],
  ['scripts/run.sh', (v) => `DB_PASS=\${DB_PASS:-${v}}`],
  ['src/main/resources/application.yml', (v) => `spring:\n  datasource:\n    password: \${DB_PASSWORD:${v}}`],
  ['cmd/main.go', (v) => `pw := getenv("DB_PASSWORD", "${v}")`],
  ['config/db.rb', (v) => `pw = ENV.fetch("DB_PASSWORD", "${v}")`],
  ['config/db.rb', (v) => `pw = ENV["DB_PASSWORD"] || "${v}"`],
  ['config/db.php', (v) => `$pw = getenv('DB_PASSWORD') ?: '${v}';`],
  ['config/database.php', (v) => `'password' => env('DB_PASSWORD', '${v}'),`],
  ['Db.cs', (v) => `var pw = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "${v}";`],
  ['Db.java', (v) => `String pw = System.getenv().getOrDefault("DB_PASSWORD", "${v}");`],
  ['Db.kt', (v) => `val pw = System.getenv("DB_PASSWORD") ?: "${v}"`],
  ['src/db.rs', (v) => `let pw = env::var("DB_PASSWORD").unwrap_or("${v}".to_string());`],
  ['lib/repo.ex', (v) => `password: System.get_env("DB_PASSWORD", "${v}")`],
  ['Db.swift', (v) => `let pw = ProcessInfo.processInfo.environment["DB_PASSWORD"] ?? "${v}"`],
  ['lib/db.dart', (v) => `final pw = Platform.environment['DB_PASSWORD'] ?? '${v}';`],
  ['db.lua', (v) => `local pw = os.getenv("DB_PASSWORD") or "${v}"`],
  ['db.R', (v) => `pw <- Sys.getenv("DB_PASSWORD", "${v}")`],
  ['db.pl', (v) => `my $pw = $ENV{DB_PASSWORD} // '${v}';`],
  ['Db.scala', (v) => `val pw = sys.env.getOrElse("DB_PASSWORD", "${v}")`],
  ['db.jl', (v) => `pw = get(ENV, "DB_PASSWORD", "${v}")`],
  ['Dockerfile', (v) => `ARG DB_PASSWORD=${v}`],
  ['main.tf', (v) => `variable "db_password" {\n  default = "${v}"\n}`],
];

describe('defaults in code', () => {
  it('reads a human password and a random one as the fallback of an environment lookup in 27 forms', () => {
    for (const [path, form] of FORMS)
      for (const v of [humanPassword(g), g.alnum(18)]) {
        const text = `${form(v)}\n`;
        assert.ok(values(text, path).includes(v), text);
      }
  });

  it('leaves the lookups alone when the fallback is another reference, empty or a placeholder', () => {
    for (const [path, form] of FORMS) for (const v of ['', 'changeme', 'your_password_here']) assert.deepEqual(values(`${form(v)}\n`, path), [], form(v));
  });
});

describe('a value that starts with @', () => {
  it('is a password in shell and .env files, and a verbatim string prefix only before a quote', () => {
    const pw = `@${g.pick(['Falcon', 'Harbor', 'Maple'])}${g.digits(4)}`;
    assert.deepEqual(values(`DB_PASS=\${DB_PASS:-${pw}}\n`, 'scripts/run.sh'), [pw]);
    assert.deepEqual(values(`SMTP_PASSWORD=${pw}\n`, '.env'), [pw]);
    assert.deepEqual(values(`var password = @"${pw.slice(1)}";\n`, 'Db.cs'), [pw.slice(1)]);
  });

  it('leaves variables, annotations, file references and Maven filter tokens alone', () => {
    for (const [text, path] of [
      ['DB_PASSWORD=@secrets.txt', '.env'],
      ['DB_PASSWORD=@settings.smtp_pw', 'scripts/run.sh'],
      ['db_password: @db_pass', 'config/app.yml'],
      ['SMTP_PASSWORD=@SmtpPw', '.env'],
      ['db.password=@db.password@', 'src/main/resources/application.properties'],
      ['curl -d password=@pw.txt https://api.example.com', 'scripts/run.sh'],
    ])
      assert.deepEqual(values(`${text}\n`, path), [], text);
  });
});
