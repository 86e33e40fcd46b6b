import assert from 'node:assert/strict';
import { applyEdits, createScanner, planAllowComment, planIgnoreEntry, planMoveToEnv, planPasteAsReference, parseDotenv, flavorOf } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { enclosingLiteral } from '../../../../engine/fix/literalLexer';
import { dotenvStore, reservationHash } from '../../../../engine/fix/stores';
import { parseError, type ParseCheck } from '../../../support/parsers';

const g = createExampleGen(7);
const ghp = () => g.crc32Token('ghp_', 30);
const stripe = () => `sk_live_${g.alnum(30)}`;
const scanner = createScanner();

interface Moved {
  source: string;
  env: string;
  gitignore?: string;
  example?: string;
  title: string;
  names: string[];
}

/** Scans `text`, plans moving every finding, applies the plan to in-memory files. */
function move(text: string, path: string, files: { env?: string; example?: string; gitignore?: string; ignored?: boolean } = {}, languageId?: string): Moved {
  const findings = scanner.scan(text, { path });
  assert.ok(findings.length > 0, `a finding in ${path}`);
  const plan = planMoveToEnv({
    text,
    path,
    languageId,
    secrets: findings.map((f) => ({ start: f.start, end: f.end, envName: f.envName })),
    envText: files.env,
    envExampleText: files.example,
    gitignoreText: files.gitignore,
    envIgnored: files.ignored ?? false,
  });
  return {
    source: applyEdits(text, plan.sourceEdits),
    env: applyEdits(files.env ?? '', plan.env.edits),
    gitignore: plan.gitignore ? applyEdits(files.gitignore ?? '', plan.gitignore.edits) : undefined,
    example: plan.envExample ? applyEdits(files.example ?? '', plan.envExample.edits) : files.example,
    title: plan.title,
    names: plan.names,
  };
}

function assertParses(kind: ParseCheck, text: string, fileName?: string): void {
  const err = parseError(kind, text, fileName);
  if (err === undefined) return; // toolchain not installed here
  assert.equal(err, '', `edited ${kind} must still parse:\n${text}`);
}

describe('move to .env (planner)', () => {
  it('JavaScript: the literal becomes process.env.NAME, .env and .gitignore are created', () => {
    const key = stripe();
    const m = move(`const stripeKey = "${key}";\nmodule.exports = { stripeKey };\n`, 'src/pay.js');
    assert.equal(m.source, 'const stripeKey = process.env.STRIPE_KEY;\nmodule.exports = { stripeKey };\n');
    assert.equal(m.env, `STRIPE_KEY=${key}\n`);
    assert.equal(m.gitignore, '.env\n');
    assert.equal(m.title, 'Move to .env as STRIPE_KEY');
    assertParses('js', m.source);
  });

  it('JavaScript: a secret inside a longer string is concatenated, the rest kept', () => {
    const tok = ghp();
    const m = move(`fetch(url, { headers: { Authorization: "token ${tok}" } });\n`, 'a.js');
    assert.ok(!m.source.includes(tok));
    assert.match(m.source, /\("token " \+ process\.env\.GITHUB_TOKEN\)/);
    assertParses('js', m.source);
  });

  it('JavaScript template literal: interpolates the reference', () => {
    const tok = ghp();
    const m = move('const h = `Bearer ' + tok + '`;\n', 'a.ts', {}, 'typescript');
    assert.equal(m.source, 'const h = `Bearer ${process.env.GITHUB_TOKEN}`;\n');
  });

  it('Python: adds import os after the docstring and __future__ imports', () => {
    const key = stripe();
    const text = `"""Billing."""\nfrom __future__ import annotations\nimport sys\n\nSTRIPE = '${key}'\n`;
    const m = move(text, 'billing.py');
    assert.equal(m.source, `"""Billing."""\nfrom __future__ import annotations\nimport os\nimport sys\n\nSTRIPE = os.environ["STRIPE_SECRET_KEY"]\n`);
    assertParses('python', m.source);
  });

  it('Python: no second import when os is already imported; f-strings interpolate', () => {
    const tok = ghp();
    const m = move(`import os, sys\nh = f"token ${tok}"\n`, 'a.py');
    assert.equal(m.source, `import os, sys\nh = f"token {os.environ['GITHUB_TOKEN']}"\n`);
    assertParses('python', m.source);
  });

  it('Go: adds the os import and turns a single-line const into var', () => {
    const tok = ghp();
    const m = move(`package main\n\nimport (\n\t"fmt"\n)\n\nconst githubToken = "${tok}"\n\nfunc main() { fmt.Println(githubToken) }\n`, 'main.go');
    assert.match(m.source, /import \(\n\t"os"\n\t"fmt"\n\)/);
    assert.match(m.source, /var githubToken = os\.Getenv\("GITHUB_TOKEN"\)/);
  });

  it('Java compiles after the move', function () {
    this.timeout(30_000);
    const tok = ghp();
    const m = move(`public class App {\n  static final String TOKEN = "${tok}";\n  public static void main(String[] a) { System.out.println(TOKEN.length()); }\n}\n`, 'App.java');
    assert.match(m.source, /TOKEN = System\.getenv\("GITHUB_TOKEN"\);/);
    assertParses('java', m.source, 'App.java');
  });

  it('Rust compiles after the move (&str context)', function () {
    this.timeout(30_000);
    const tok = ghp();
    const m = move(`fn auth(t: &str) -> usize { t.len() }\nfn main() {\n    let github_token = "${tok}";\n    println!("{}", auth(github_token));\n}\n`, 'main.rs');
    assert.match(m.source, /let github_token = &std::env::var\("GITHUB_TOKEN"\)\.unwrap_or_default\(\);/);
    assertParses('rust', m.source);
  });

  it('C#, Kotlin, Ruby, PHP use their idiomatic calls', () => {
    const cases: [string, string, RegExp][] = [
      ['Program.cs', 'var token = "%";', /var token = Environment\.GetEnvironmentVariable\("GITHUB_TOKEN"\);/],
      ['App.kt', 'val token = "%"', /val token = System\.getenv\("GITHUB_TOKEN"\)/],
      ['app.rb', "token = '%'", /token = ENV\["GITHUB_TOKEN"\]/],
      ['index.php', '<?php $token = "%";', /\$token = getenv\('GITHUB_TOKEN'\);/],
    ];
    for (const [path, tpl, expected] of cases) assert.match(move(tpl.replace('%', ghp()) + '\n', path).source, expected, path);
  });

  it('shell: export TOKEN="$NAME", still valid bash', () => {
    const tok = ghp();
    const m = move(`#!/bin/sh\nexport GH='${tok}'\ncurl -H "Authorization: token ${ghp()}" https://api.github.com\n`, 'deploy.sh');
    assert.ok(!/ghp_/.test(m.source));
    // `GH` is too short to name a variable: the provider's name is used, and the second token gets `_2`.
    assert.match(m.source, /export GH="\$GITHUB_TOKEN"/);
    assert.match(m.source, /"Authorization: token \$GITHUB_TOKEN_2"/);
    assertParses('shell', m.source);
  });

  it('docker compose YAML: ${NAME}, still valid YAML', () => {
    const tok = ghp();
    const m = move(`services:\n  app:\n    environment:\n      GH_TOKEN: ${tok}\n      OTHER: "x"\n`, 'docker-compose.yml', {}, 'yaml');
    assert.match(m.source, /GH_TOKEN: \$\{GH_TOKEN\}/);
    assertParses('yaml', m.source);
  });

  it('GitHub Actions workflow: ${{ secrets.NAME }} and a title that says how to add it', () => {
    const tok = ghp();
    const m = move(`on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n        env:\n          TOKEN: "${tok}"\n`, '.github/workflows/ci.yml', {}, 'yaml');
    assert.match(m.source, /TOKEN: "\$\{\{ secrets\.GH_TOKEN \}\}"/);
    assert.match(m.title, /secret GH_TOKEN.*gh secret set/);
    assertParses('yaml', m.source);
  });

  it('.properties: ${NAME}', () => {
    const m = move(`spring.datasource.url=jdbc:x\ngithub.token=${ghp()}\n`, 'application.properties');
    assert.match(m.source, /github\.token=\$\{GITHUB_TOKEN\}/);
  });

  it('Dockerfile: RUN gets a build-secret mount, never an ARG', () => {
    const m = move(`FROM alpine\nRUN curl -H "Authorization: token ${ghp()}" https://x\n`, 'Dockerfile');
    assert.match(m.source, /^# syntax=docker\/dockerfile:1\n/);
    assert.match(m.source, /RUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN curl -H "Authorization: token \$GITHUB_TOKEN"/);
    assert.doesNotMatch(m.source, /ARG/);
    assert.match(m.title, /build secret/);
  });

  it('Terraform: a sensitive variable and TF_VAR_ in .env', () => {
    const tok = ghp();
    const m = move(`provider "github" {\n  token = "${tok}"\n}\n`, 'main.tf');
    assert.match(m.source, /token = var\.github_token/);
    assert.match(m.source, /variable "github_token" \{\n  type      = string\n  sensitive = true\n\}/);
    assert.equal(m.env, `TF_VAR_github_token=${tok}\n`);
    assertParses('terraform', m.source);
  });

  it('JSON has no reference syntax: the title says so and the file stays valid JSON', () => {
    const m = move(`{\n  "githubToken": "${ghp()}"\n}\n`, 'config.json');
    assert.match(m.title, /cannot read environment variables/);
    assert.match(m.source, /"githubToken": "\$\{GITHUB_TOKEN\}"/);
    assertParses('json', m.source);
  });
});

describe('.env store', () => {
  it('keeps CRLF and a missing final newline byte for byte', () => {
    const tok = ghp();
    const env = 'A=1\r\nB=2';
    const m = move(`const t = "${tok}";\n`, 'a.js', { env, ignored: true });
    assert.equal(m.env, `A=1\r\nB=2\r\nGITHUB_TOKEN=${tok}\r\n`);
    assert.equal(m.gitignore, undefined);
  });

  it('reuses the name already holding the same value; never overwrites a different one', () => {
    const tok = ghp();
    const reuse = move(`const t = "${tok}";\n`, 'a.js', { env: `MY_GH=${tok}\n` });
    assert.equal(reuse.source, 'const t = process.env.MY_GH;\n');
    assert.equal(reuse.env, `MY_GH=${tok}\n`);
    const clash = move(`const t = "${tok}";\n`, 'a.js', { env: 'GITHUB_TOKEN=other\nGITHUB_TOKEN_2=other2\n' });
    assert.equal(clash.names[0], 'GITHUB_TOKEN_3');
    assert.ok(clash.env.startsWith('GITHUB_TOKEN=other\nGITHUB_TOKEN_2=other2\n'));
  });

  it('a name set twice to different values is never reused; twice to the same value it is', () => {
    const [a, b] = [ghp(), ghp()];
    const ambiguous = dotenvStore(`T=${a}\nT=${b}\n`).planPut([{ preferredName: 'T', value: b }]);
    assert.deepEqual(ambiguous.names, ['T_2']);
    assert.equal(applyEdits(`T=${a}\nT=${b}\n`, ambiguous.edits), `T=${a}\nT=${b}\nT_2=${b}\n`);
    const agreeing = dotenvStore(`T=${a}\nT=${a}\n`).planPut([{ preferredName: 'X', value: a }]);
    assert.deepEqual([agreeing.names, agreeing.edits], [['T'], []]);
  });

  it('reserved names (promised to edits not in the text yet) go to no other value; the same value keeps its name and is still written', () => {
    const [a, b] = [ghp(), ghp()];
    const reserved = new Map([['GITHUB_TOKEN', reservationHash(a)]]);
    const other = dotenvStore('X=1\n', '.env', reserved).planPut([{ preferredName: 'GITHUB_TOKEN', value: b }]);
    assert.deepEqual(other.names, ['GITHUB_TOKEN_2']);
    const same = dotenvStore('X=1\n', '.env', reserved).planPut([{ preferredName: 'OTHER', value: a }]);
    assert.deepEqual(same.names, ['GITHUB_TOKEN']);
    assert.equal(applyEdits('X=1\n', same.edits), `X=1\nGITHUB_TOKEN=${a}\n`);
    // The planner reports what it adds, for the next reservation.
    const plan = planMoveToEnv({
      text: `const t = "${b}";\n`,
      path: 'a.js',
      languageId: 'javascript',
      secrets: [{ start: 11, end: 11 + b.length, envName: 'GITHUB_TOKEN' }],
      envText: 'X=1\n',
      envIgnored: true,
      reservedNames: reserved,
    });
    assert.deepEqual(plan.added, [{ name: 'GITHUB_TOKEN_2', valueHash: reservationHash(b) }]);
  });

  it('stores a multi-line PEM so a dotenv loader gets the same string back', () => {
    const body = Array.from({ length: 4 }, () => g.base64(64)).join('\n');
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    const py = move(`KEY = """${pem}"""\n`, 'k.py');
    assert.equal(parseDotenv(py.env).get('PRIVATE_KEY'), pem);
    assert.match(py.env, /^PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----\\n/);
    // The same key written with \n escapes in a JS string is the same runtime value.
    const js = move(`const key = "${pem.replace(/\n/g, '\\n')}";\n`, 'k.js');
    assert.equal(parseDotenv(js.env).get('PRIVATE_KEY'), pem);
    assertParses('python', py.source);
    assertParses('js', js.source);
  });

  it('quotes values that need it', () => {
    const store = dotenvStore(undefined);
    const plan = store.planPut([
      { preferredName: 'A', value: 'pa ss#word' },
      { preferredName: 'B', value: "it's" },
      { preferredName: 'C', value: 'plain-Value_1' },
    ]);
    const text = applyEdits('', plan.edits);
    assert.equal(text, "A='pa ss#word'\nB=\"it's\"\nC=plain-Value_1\n");
    assert.deepEqual([...parseDotenv(text).values()], ['pa ss#word', "it's", 'plain-Value_1']);
    assert.ok(plan.create);
  });

  it('.env.example gets NAME= only when it exists and lacks it', () => {
    const m = move(`const t = "${ghp()}";\n`, 'a.js', { example: 'PORT=\n' });
    assert.equal(m.example, 'PORT=\nGITHUB_TOKEN=\n');
    const none = move(`const t = "${ghp()}";\n`, 'a.js');
    assert.equal(none.example, undefined);
  });
});

describe('literal spans', () => {
  it('skips other strings, escapes and comments', () => {
    const text = `f("a\\"b", 'c') // "x\nconst s = "pre VALUE post";`;
    const at = text.indexOf('VALUE');
    const lit = enclosingLiteral(text, at, at + 5, flavorOf('javascript', 'a.js'));
    assert.equal(text.slice(lit.start, lit.end), '"pre VALUE post"');
    assert.equal(lit.whole, false);
  });

  it('a YAML apostrophe in a plain scalar does not open a string', () => {
    const text = `msg: it's fine\ntoken: VALUE\n`;
    const at = text.indexOf('VALUE');
    assert.equal(enclosingLiteral(text, at, at + 5, 'yaml').kind, 'bare');
  });
});

describe('ignore actions', () => {
  it('hush:allow in the language comment syntax suppresses the finding', () => {
    const cases: [string, string][] = [
      ['a.js', `const t = "${ghp()}";\n`],
      ['a.py', `t = "${ghp()}"\n`],
      ['a.yml', `token: ${ghp()}\n`],
      ['Dockerfile', `FROM x\nENV T=${ghp()}\n`],
    ];
    for (const [path, text] of cases) {
      const [f] = scanner.scan(text, { path });
      assert.ok(f, path);
      const plan = planAllowComment(text, flavorOf(undefined, path), f.start, f.end);
      assert.ok(plan, path);
      const edited = applyEdits(text, [plan.edit]);
      assert.deepEqual(scanner.scan(edited, { path }), [], `${path}:\n${edited}`);
    }
  });

  it('uses the next-line form when the line ends inside a multi-line string', () => {
    const body = Array.from({ length: 3 }, () => g.base64(64)).join('\n');
    const text = `def f():\n    key = """-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----"""\n`;
    const [f] = scanner.scan(text, { path: 'k.py' });
    assert.ok(f);
    const plan = planAllowComment(text, 'python', f.start, f.end)!;
    assert.match(plan.title, /next-line/);
    const edited = applyEdits(text, [plan.edit]);
    assert.match(edited, /def f\(\):\n    # hush:allow-next-line\n    key = """/);
    assert.deepEqual(scanner.scan(edited, { path: 'k.py' }), []);
    assertParses('python', edited);
  });

  it('JSON has no comments: no inline ignore is offered', () => {
    const text = `{"t": "${ghp()}"}`;
    const [f] = scanner.scan(text, { path: 'a.json' });
    assert.equal(planAllowComment(text, 'json', f!.start, f!.end), undefined);
  });

  it('ignore-everywhere writes the fingerprint and reason, keeps the config, never the value', () => {
    const tok = ghp();
    const [f] = scanner.scan(`t = "${tok}"`);
    const current = '{\n  "exclude": ["vendor/"]\n}\n';
    const plan = planIgnoreEntry(current, f!.fingerprint, 'test token')!;
    const parsed = JSON.parse(plan.newText);
    assert.deepEqual(parsed.exclude, ['vendor/']);
    assert.deepEqual(parsed.ignore, [{ fingerprint: f!.fingerprint, reason: 'test token' }]);
    assert.ok(!plan.newText.includes(tok));
    assert.equal(planIgnoreEntry('{ not json', f!.fingerprint, 'x'), undefined);
    assert.ok(planIgnoreEntry(undefined, f!.fingerprint, 'x')!.create);
  });
});

describe('paste as reference', () => {
  it('returns the clipboard text with references and the import as a document edit', () => {
    const tok = ghp();
    const doc = 'import sys\n\nx = 1\n';
    const pasted = `token = "${tok}"\n`;
    const findings = scanner.scan(pasted, { path: 'a.py' });
    const plan = planPasteAsReference({
      documentText: doc,
      insertStart: doc.length,
      pastedText: pasted,
      secrets: findings.map((f) => ({ start: f.start, end: f.end, envName: f.envName })),
      path: 'a.py',
      envText: undefined,
      envIgnored: true,
    });
    assert.equal(plan.insertText, 'token = os.environ["GITHUB_TOKEN"]\n');
    const result = applyEdits(doc, plan.documentEdits) + plan.insertText;
    assert.equal(result, 'import os\nimport sys\n\nx = 1\ntoken = os.environ["GITHUB_TOKEN"]\n');
    assert.equal(applyEdits('', plan.env.edits), `GITHUB_TOKEN=${tok}\n`);
  });
});
