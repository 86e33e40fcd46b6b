import assert from 'node:assert/strict';
import { applyEdits, createScanner, findPastedSecrets, normalizePastedText, parseDotenv, planMoveToEnv, planPasteGuard, type OffsetEdit, type PasteGuardPlan } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { parseError, type ParseCheck } from '../../../support/parsers';

const g = createExampleGen(11);
const ghp = () => g.crc32Token('ghp_', 30);
const stripe = () => `sk_live_${g.alnum(30)}`;
const slack = () => `xoxb-${g.digits(12)}-${g.digits(12)}-${g.alnum(24)}`;
const pem = (eol = '\n') => `-----BEGIN RSA PRIVATE KEY-----${eol}${Array.from({ length: 5 }, () => g.base64(64)).join(eol)}${eol}-----END RSA PRIVATE KEY-----`;
const scanner = createScanner();

interface Pasted {
  plan: PasteGuardPlan | undefined;
  /** The document after the paste edit (insertText at the selection + the document edits, in one edit as VS Code applies it). */
  result: string;
  env: string;
  gitignore?: string;
  example?: string;
}

interface Files {
  env?: string;
  example?: string;
  gitignore?: string;
  ignored?: boolean;
}

/**
 * `docWithCursor` marks the paste point with `|` (or a selection with `[` … `]`); the clipboard is scanned
 * with the lines around the paste point, as the server does.
 */
function paste(docWithCursor: string, rawClip: string, path: string, files: Files = {}, languageId?: string): Pasted {
  let doc: string;
  let start: number;
  let end: number;
  if (docWithCursor.includes('[')) {
    start = docWithCursor.indexOf('[');
    end = docWithCursor.indexOf(']') - 1;
    doc = docWithCursor.replace('[', '').replace(']', '');
  } else {
    start = end = docWithCursor.indexOf('|');
    assert.ok(start >= 0, 'a cursor mark');
    doc = docWithCursor.replace('|', '');
  }
  const clip = normalizePastedText(doc, rawClip);
  const found = findPastedSecrets(scanner, { documentText: doc, insertStart: start, insertEnd: end, pastedText: clip, path, languageId });
  const secrets = found.map((f) => ({ start: f.start, end: f.end, envName: f.envName }));
  const plan = planPasteGuard({
    documentText: doc,
    insertStart: start,
    insertEnd: end,
    pastedText: clip,
    secrets,
    languageId,
    path,
    envText: files.env,
    envExampleText: files.example,
    gitignoreText: files.gitignore,
    envIgnored: files.ignored ?? false,
  });
  if (!plan) return { plan, result: doc.slice(0, start) + clip + doc.slice(end), env: files.env ?? '' };
  const edits: OffsetEdit[] = [...plan.documentEdits, { start, end, newText: plan.insertText }];
  return {
    plan,
    result: applyEdits(doc, edits), // throws on overlapping edits, which VS Code would reject too
    env: applyEdits(files.env ?? '', plan.env.edits),
    gitignore: plan.gitignore ? applyEdits(files.gitignore ?? '', plan.gitignore.edits) : undefined,
    example: plan.envExample ? applyEdits(files.example ?? '', plan.envExample.edits) : files.example,
  };
}

function assertParses(kind: ParseCheck, text: string): void {
  const err = parseError(kind, text);
  if (err === undefined) return; // toolchain not installed here
  assert.equal(err, '', `pasted ${kind} must still parse:\n${text}`);
}

describe('paste guard (pure planner)', () => {
  it('JavaScript: a pasted line becomes process.env.NAME; .env and .gitignore are created', () => {
    const key = stripe();
    const p = paste('const a = 1;\n|', `const stripeKey = "${key}";\n`, 'src/pay.js');
    assert.equal(p.plan?.form, 'reference');
    assert.equal(p.plan?.pasteTitle, 'Paste as reference to .env (STRIPE_KEY)');
    assert.equal(p.plan?.insertText, 'const stripeKey = process.env.STRIPE_KEY;\n');
    assert.equal(p.result, 'const a = 1;\nconst stripeKey = process.env.STRIPE_KEY;\n');
    assert.deepEqual([...parseDotenv(p.env)], [['STRIPE_KEY', key]]);
    assert.equal(p.gitignore, '.env\n');
    assertParses('js', p.result);
  });

  it('a type annotation is not the name: token: string = … is TOKEN-based, Python too', () => {
    const ts = paste('const githubToken: string = "|";\n', ghp(), 'a.ts', {}, 'typescript');
    assert.equal(ts.result, 'const githubToken: string = process.env.GITHUB_TOKEN;\n');
    const py = paste('stripe_key: str = |\n', `"${stripe()}"`, 'a.py');
    assert.equal(py.result, 'import os\nstripe_key: str = os.environ["STRIPE_KEY"]\n');
  });

  it('TypeScript: a bare token pasted between the quotes the editor auto-closed replaces the whole literal', () => {
    const tok = ghp();
    const p = paste('const token: string = "|";\nexport default token;\n', tok, 'src/gh.ts', {}, 'typescript');
    assert.equal(p.result, 'const token: string = process.env.GITHUB_TOKEN;\nexport default token;\n');
    // The quotes were in the document: the edit deletes them outside the pasted range, never overlapping it.
    assert.equal(p.plan?.insertText, 'process.env.GITHUB_TOKEN');
    assert.equal(p.plan?.documentEdits.filter((e) => e.newText === '').length, 2);
    assert.ok(!p.result.includes(tok));
  });

  it("JavaScript: a bare token pasted after `=` at the end of the file (the journey's step 3)", () => {
    const tok = ghp();
    const p = paste('// GitHub client\nconst githubToken = |', tok, 'client.js', {}, 'javascript');
    assert.equal(p.result, '// GitHub client\nconst githubToken = process.env.GITHUB_TOKEN');
  });

  it('JavaScript: a token pasted into a longer string is concatenated with the rest of it', () => {
    const tok = ghp();
    const p = paste('fetch(u, { headers: { Authorization: "token |" } });\n', tok, 'a.js');
    assert.equal(p.result, 'fetch(u, { headers: { Authorization: ("token " + process.env.GITHUB_TOKEN) } });\n');
    assertParses('js', p.result);
  });

  it('JavaScript template literal: interpolates', () => {
    const tok = ghp();
    const p = paste('const h = `Bearer |`;\n', tok, 'a.js');
    assert.equal(p.result, 'const h = `Bearer ${process.env.GITHUB_TOKEN}`;\n');
    assert.equal(p.plan?.documentEdits.length, 0);
  });

  it('replacing a selection: the selected text goes, the rest of the document stays', () => {
    const tok = ghp();
    const p = paste('const token = "[PASTE_HERE]";\nconst after = 2;\n', tok, 'a.js');
    assert.equal(p.result, 'const token = process.env.GITHUB_TOKEN;\nconst after = 2;\n');
  });

  it('Python: import os goes to the top of the document, the reference into the pasted text', () => {
    const tok = ghp();
    const p = paste('"""Doc."""\nimport sys\n\n|\nprint(sys.argv)\n', `TOKEN = "${tok}"`, 'app.py');
    assert.equal(p.result, `"""Doc."""\nimport os\nimport sys\n\nTOKEN = os.environ["GITHUB_TOKEN"]\nprint(sys.argv)\n`);
    assert.deepEqual(
      p.plan?.documentEdits.map((e) => e.newText),
      ['import os\n'],
    );
    assertParses('python', p.result);
  });

  it('Python: no second import when os is there; the pasted f-string interpolates', () => {
    const tok = ghp();
    const p = paste('import os\n|', `h = f"token ${tok}"\n`, 'a.py');
    assert.equal(p.result, `import os\nh = f"token {os.environ['GITHUB_TOKEN']}"\n`);
    assertParses('python', p.result);
  });

  it('Go: os is imported, a pasted const becomes var', () => {
    const tok = ghp();
    const p = paste('package main\n\nimport "fmt"\n\n|\nfunc main() { fmt.Println(token) }\n', `const token = "${tok}"\n`, 'main.go');
    assert.equal(p.result, `package main\n\nimport "fmt"\nimport "os"\n\nvar token = os.Getenv("GITHUB_TOKEN")\n\nfunc main() { fmt.Println(token) }\n`);
  });

  it('YAML (compose): ${NAME}, still valid YAML', () => {
    const tok = ghp();
    const p = paste('services:\n  app:\n    environment:\n      GH_TOKEN: |\n', tok, 'docker-compose.yml', {}, 'yaml');
    assert.equal(p.result, 'services:\n  app:\n    environment:\n      GH_TOKEN: ${GH_TOKEN}\n');
    assertParses('yaml', p.result);
  });

  it('GitHub Actions: the title says the value goes to the repository secrets', () => {
    const p = paste('on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy\n        env:\n          TOKEN: |\n', ghp(), '.github/workflows/ci.yml', {}, 'yaml');
    assert.match(p.result, /TOKEN: \$\{\{ secrets\.GH_TOKEN \}\}/);
    assert.match(p.plan!.pasteTitle, /^Paste as reference to \.env \(GH_TOKEN; add it to the repository secrets: gh secret set -f \.env\)$/);
    assertParses('yaml', p.result);
  });

  it('shell: a pasted export line, still valid bash', () => {
    const tok = ghp();
    const p = paste('#!/bin/sh\n|curl https://api.github.com\n', `export GH='${tok}'\n`, 'deploy.sh', {}, 'shellscript');
    assert.equal(p.result, '#!/bin/sh\nexport GH="$GITHUB_TOKEN"\ncurl https://api.github.com\n');
    assertParses('shell', p.result);
  });

  it('several secrets of different providers in one paste: one reference each, one .env line each', () => {
    const [a, b, c] = [ghp(), stripe(), slack()];
    const clip = `const github = "${a}";\nconst stripe = "${b}";\nconst slack = "${c}";\n`;
    const p = paste('|', clip, 'keys.js');
    assert.equal(p.plan?.names.length, 3);
    // A bare provider word says less than the provider's conventional name.
    assert.match(p.plan!.pasteTitle, /^Paste as references to \.env \(GITHUB_TOKEN, STRIPE_SECRET_KEY, SLACK_BOT_TOKEN\)$/);
    assert.equal(p.result, 'const github = process.env.GITHUB_TOKEN;\nconst stripe = process.env.STRIPE_SECRET_KEY;\nconst slack = process.env.SLACK_BOT_TOKEN;\n');
    assert.deepEqual([...parseDotenv(p.env).values()], [a, b, c]);
    assertParses('js', p.result);
  });

  it('a multi-line PEM key pasted bare becomes one reference; .env holds it with \\n escapes', () => {
    const key = pem();
    const p = paste('const signer = createSign(|);\n', key, 'sign.js');
    assert.equal(p.result, 'const signer = createSign(process.env.PRIVATE_KEY);\n');
    assert.equal(parseDotenv(p.env).get('PRIVATE_KEY'), key);
    assert.equal(p.env.split('\n').filter(Boolean).length, 1, 'one .env line');
  });

  it('a PEM key with CRLF line breaks pasted into a Python string', () => {
    const key = pem('\r\n');
    const p = paste('KEY = """|"""\n', key, 'k.py');
    assert.equal(p.result, 'import os\nKEY = os.environ["PRIVATE_KEY"]\n');
    assert.equal(parseDotenv(p.env).get('PRIVATE_KEY'), key.replace(/\r\n/g, '\n'));
  });

  it('an existing .env: the value already stored is reused, a taken name gets a suffix; .env.example gets NAME=', () => {
    const [old, fresh] = [ghp(), ghp()];
    const files = { env: `GITHUB_TOKEN=${old}\n`, example: 'GITHUB_TOKEN=\n', gitignore: 'node_modules\n.env\n', ignored: true };
    const same = paste('x = |\n', `"${old}"`, 'a.py', files);
    assert.equal(same.result, 'import os\nx = os.environ["GITHUB_TOKEN"]\n');
    assert.equal(same.env, files.env, '.env unchanged');
    assert.equal(same.plan?.gitignore, undefined);
    const other = paste('x = |\n', `"${fresh}"`, 'a.py', files);
    assert.equal(other.result, 'import os\nx = os.environ["GITHUB_TOKEN_2"]\n');
    assert.equal(parseDotenv(other.env).get('GITHUB_TOKEN_2'), fresh);
    assert.equal(other.example, 'GITHUB_TOKEN=\nGITHUB_TOKEN_2=\n');
  });

  it('JSON, Markdown and plain text have no reference: a placeholder form is planned and marked as such', () => {
    const tok = ghp();
    const json = paste('{\n  "token": "|"\n}\n', tok, 'config.json', {}, 'json');
    assert.equal(json.plan?.form, 'placeholder');
    assert.equal(json.plan?.pasteTitle, 'Paste as placeholder ${GITHUB_TOKEN} (value to .env)');
    assert.equal(json.result, '{\n  "token": "${GITHUB_TOKEN}"\n}\n');
    assertParses('json', json.result);
    for (const [path, lang] of [
      ['NOTES.md', 'markdown'],
      ['notes.txt', 'plaintext'],
    ] as const) {
      const p = paste('token: |\n', tok, path, {}, lang);
      assert.equal(p.plan?.form, 'placeholder', path);
      assert.equal(p.result, 'token: ${GITHUB_TOKEN}\n', path);
      assert.equal(parseDotenv(p.env).get('GITHUB_TOKEN'), tok, path);
    }
  });

  it('nothing to guard: text without secrets, placeholder-only text, a paste into .env itself', () => {
    assert.equal(paste('|', 'const x = "hello world";\n', 'a.js').plan, undefined);
    assert.equal(paste('|', 'const apiKey = "your-api-key-here";\nconst token = "<TOKEN>";\nsk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n', 'a.js').plan, undefined);
    assert.equal(paste('A=1\n|', `GITHUB_TOKEN=${ghp()}\n`, '.env').plan, undefined);
  });

  it('agrees with Move to .env run on the document after a plain paste', () => {
    const cases: [string, string, string][] = [
      ['import sys\n|\n', `API = "${stripe()}"`, 'a.py'],
      ['package main\n\n|', `const k = "${ghp()}"\n`, 'main.go'],
      ['a: 1\ngithub_token: |\n', ghp(), 'x.yaml'],
      ['let s = `|`;\n', `Bearer ${ghp()}`, 'a.js'],
    ];
    for (const [docWithCursor, clip, path] of cases) {
      const p = paste(docWithCursor, clip, path);
      const after = docWithCursor.replace('|', clip);
      const at = docWithCursor.indexOf('|');
      const secrets = scanner.scan(after, { path }).map((f) => ({ start: f.start, end: f.end, envName: f.envName }));
      assert.ok(secrets.length > 0 && secrets.every((s) => s.start >= at && s.end <= at + clip.length), path);
      const moved = planMoveToEnv({ text: after, path, secrets, envText: undefined, envIgnored: false });
      assert.equal(p.result, applyEdits(after, moved.sourceEdits), path);
      assert.equal(p.env, applyEdits('', moved.env.edits), path);
    }
  });
});
