// `hush scan` on a folder holding a Jupyter notebook: secrets in saved outputs (stream text, an execute_result's
// text/plain, an error traceback) are reported at their place in the file as it stands, masked, and said to be
// in a cell's saved output; a secret in a cell's source is reported as hard-coded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { notebookJson } from '../support/notebook';
import { tempTree } from '../support/tempTree';
import { runCli } from './runCli';

const g = createExampleGen(1803);

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  masked: string;
  notebookOutput?: { cell: number };
}

describe('hush scan: Jupyter notebooks', () => {
  const inStream = `sk_live_${g.alnum(32)}`;
  const inResult = `sk_live_${g.alnum(32)}`;
  const inTraceback = `sk_live_${g.alnum(32)}`;
  const inSource = `sk_live_${g.alnum(32)}`;
  // Printed key files are split into one JSON string per line in the outputs.
  const pem = `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 6 }, () => g.base64(64)).join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
  const notebook = notebookJson([
    { kind: 'markdown', source: '# Billing exploration\n' },
    { source: `stripe_key = "${inSource}"\n` },
    { source: 'print(settings)\n', outputs: [{ output_type: 'stream', name: 'stdout', text: `{'stripe': '${inStream}'}\n` }] },
    { source: 'settings["stripe"]\n', outputs: [{ output_type: 'execute_result', text: `'${inResult}'` }] },
    {
      source: 'connect()\n',
      outputs: [{ output_type: 'error', ename: 'AuthenticationError', evalue: 'rejected', traceback: ['Traceback (most recent call last)', `AuthenticationError: Invalid API Key provided: ${inTraceback}`] }],
    },
    { source: 'print(open("id_rsa").read())\n', outputs: [{ output_type: 'stream', name: 'stdout', text: pem }] },
  ]);
  const root = () => tempTree({ 'notebooks/billing.ipynb': notebook, 'README.md': '# demo\n' }, 'hush-cli-nb-');

  it('reports secrets in saved outputs at their place in the raw file, masked, with the cell they belong to', () => {
    const dir = root();
    const r = runCli(['scan', '.', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    for (const value of [inStream, inResult, inTraceback, inSource]) assert.ok(!r.stdout.includes(value), 'no raw value in the output');
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const lines = readFileSync(join(dir, 'notebooks/billing.ipynb'), 'utf8').split('\n');
    const at = (f: JsonFinding) => lines[f.line - 1]!.slice(f.column - 1, f.endColumn - 1);
    const byValue = new Map(findings.map((f) => [at(f), f]));
    assert.deepEqual(byValue.get(inStream)?.notebookOutput, { cell: 3 });
    assert.deepEqual(byValue.get(inResult)?.notebookOutput, { cell: 4 });
    assert.deepEqual(byValue.get(inTraceback)?.notebookOutput, { cell: 5 });
    const key = findings.find((f) => f.ruleId === 'private-key');
    assert.ok(key, 'the printed key is found');
    assert.deepEqual(key.notebookOutput, { cell: 6 }, 'a key printed over many output lines is one finding in cell 6');
    assert.ok(lines[key.line - 1]!.slice(key.column - 1).startsWith('-----BEGIN RSA PRIVATE KEY-----'));
    assert.ok(key.endLine > key.line);
    assert.ok(!r.stdout.includes(pem.split('\n')[1]!), 'no line of the key in the output');
    const source = byValue.get(inSource);
    assert.ok(source, `the source value is found: ${JSON.stringify(findings)}`);
    assert.equal(source.notebookOutput, undefined, 'a value in a cell source is not an output');
    for (const f of findings) {
      assert.equal(f.file, 'notebooks/billing.ipynb');
      assert.match(f.masked, /^(?:sk_live_|-----BEGIN RSA PRIVATE KEY-----)…/);
    }
  });

  it('says so in the text report, SARIF and the GitLab report', () => {
    const dir = root();
    const text = runCli(['scan', '.'], dir);
    assert.equal(text.code, 1, text.stderr);
    assert.equal((text.stdout.match(/in the saved output of cell \d/g) ?? []).length, 4, text.stdout);
    assert.match(text.stdout, /in the saved output of cell 5/);
    const sarif = runCli(['scan', '.', '--format', 'sarif'], dir);
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { message: { text: string } }[] }[] }).runs[0]!.results;
    assert.equal(results.filter((x) => /saved output of notebook cell/.test(x.message.text)).length, 4);
    assert.equal(results.filter((x) => /hard-coded/.test(x.message.text)).length, 1);
    assert.ok(!sarif.stdout.includes(inStream));
    const gitlab = runCli(['scan', '.', '--format', 'gitlab'], dir);
    const vulnerabilities = (JSON.parse(gitlab.stdout) as { vulnerabilities: { description: string }[] }).vulnerabilities;
    assert.equal(vulnerabilities.filter((v) => /saved output of notebook cell/.test(v.description)).length, 4, gitlab.stdout);
  });

  it('hush fix clears the outputs of the cells holding a secret (nothing else in the file changes) and moves the source value into os.environ in the cell', () => {
    const dir = root();
    const path = join(dir, 'notebooks/billing.ipynb');
    const dry = runCli(['fix', '--dry-run', 'notebooks'], dir);
    assert.equal(dry.code, 0, dry.stdout + dry.stderr);
    assert.equal((dry.stdout.match(/would clear {2}notebooks\/billing\.ipynb:\d+ {2}\S+ {2}.+: the saved output of cell \d/g) ?? []).length, 4, dry.stdout);
    assert.equal(readFileSync(path, 'utf8'), notebook, 'a dry run changes nothing');

    const r = runCli(['fix', 'notebooks'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    for (const value of [inStream, inResult, inTraceback, inSource]) assert.ok(!r.stdout.includes(value), 'no raw value in the summary');
    assert.match(r.stdout, /cleared {2}notebooks\/billing\.ipynb:\d+ {2}stripe-live-secret-key {2}sk_live_…\S+: the saved output of cell 3/);
    assert.match(r.stdout, /4 in notebook outputs: those outputs were cleared/);
    const text = readFileSync(path, 'utf8');
    for (const value of [inStream, inResult, inTraceback, inSource, pem.split('\n')[1]!]) assert.ok(!text.includes(value), 'the value left the notebook');
    const before = JSON.parse(notebook) as { cells: Record<string, unknown>[] };
    const after = JSON.parse(text) as typeof before;
    assert.equal(after.cells.length, before.cells.length);
    for (const i of [2, 3, 4, 5]) {
      assert.deepEqual(after.cells[i]!.outputs, [], `cell ${i + 1} outputs cleared`);
      assert.deepEqual(after.cells[i]!.source, before.cells[i]!.source, `cell ${i + 1} code unchanged`);
    }
    assert.deepEqual(after.cells[0], before.cells[0]);
    const env = readFileSync(join(dir, '.env'), 'utf8');
    assert.match(env, new RegExp(`=${inSource}$`, 'm'), 'the source value moved to .env');
    const name = /^(\w+)=/m.exec(env)![1]!;
    // The cell reads the variable as Python does (not a JSON placeholder) and imports os where the code starts.
    assert.deepEqual(after.cells[1]!.source, ['import os\n', `stripe_key = os.environ["${name}"]\n`]);
    assert.ok(!/note:/i.test(r.stdout), r.stdout);
    assert.equal(runCli(['scan', '.'], dir).code, 0, 'nothing left to find');
  });

  it('hush fix moves the value in a Markdown cell and the one in a code cell in one run, each as its cell can read it, listed in line order', () => {
    const inMarkdown = `sk_live_${g.alnum(32)}`;
    const inCode = `sk_live_${g.alnum(32)}`;
    const text = notebookJson([{ kind: 'markdown', source: `# Keys\nexport STRIPE_KEY=${inMarkdown}\n` }, { source: 'import stripe\n' }, { source: `stripe.api_key = "${inCode}"\nstripe.Charge.list()\n` }]);
    const dir = tempTree({ 'nb.ipynb': text }, 'hush-cli-nb-mixed-');
    const r = runCli(['fix', '.'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const lines = [...r.stdout.matchAll(/^moved {2}nb\.ipynb:(\d+)/gm)].map((m) => Number(m[1]));
    assert.equal(lines.length, 2, r.stdout);
    assert.ok(lines[0]! < lines[1]!, 'listed in line order');
    const after = readFileSync(join(dir, 'nb.ipynb'), 'utf8');
    for (const value of [inMarkdown, inCode]) {
      assert.ok(!after.includes(value), 'the value left the notebook');
      assert.ok(!r.stdout.includes(value), 'no raw value in the summary');
    }
    const env = readFileSync(join(dir, '.env'), 'utf8');
    const nameOf = (value: string) => new RegExp(`^(\\w+)=${value}$`, 'm').exec(env)![1]!;
    const cells = (JSON.parse(after) as { cells: { source: string[] }[] }).cells;
    assert.deepEqual(cells[0]!.source, ['# Keys\n', `export STRIPE_KEY=\${${nameOf(inMarkdown)}}\n`]);
    assert.deepEqual(cells[1]!.source, ['import os\n', 'import stripe\n'], 'os is imported where the code starts');
    assert.deepEqual(cells[2]!.source, [`stripe.api_key = os.environ["${nameOf(inCode)}"]\n`, 'stripe.Charge.list()\n']);
  });
});
