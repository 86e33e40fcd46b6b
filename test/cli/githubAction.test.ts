// action.yml, the composite GitHub Action: parsed, its inputs and steps checked against the real CLI (every
// flag its scan step passes is one `hush scan` documents), and its scan step's script run with bash as the
// runner would run it (inputs as environment variables, GITHUB_OUTPUT a file), with and without a baseline.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { USAGE } from '../../cli/usage';
import { createExampleGen } from '../../engine/examples';
import { ROOT } from '../support/paths';
import { tempDir, tempTree } from '../support/tempTree';
import { runCli } from './runCli';

interface Step {
  name: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const action = parse(text) as Action;
const steps = action.runs.steps;
const scanStep = steps.find((s) => s.id === 'scan')!;
const g = createExampleGen(1810);

/** `${{ github.action_path }}` and `${{ inputs.NAME }}` as the runner expands them (defaults filled in). */
function expand(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.action_path') return ROOT;
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (!input) throw new Error(`unexpected expression ${expr}`);
    return inputs[input[1]!] ?? action.inputs[input[1]!]?.default ?? '';
  });
}

/** Runs the scan step's script in `cwd`; returns its exit code and what it wrote to GITHUB_OUTPUT. */
function runScanStep(cwd: string, inputs: Record<string, string>): { code: number; outputs: Record<string, string>; stderr: string } {
  const out = join(tempDir('hush-gh-'), 'output');
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: out };
  for (const [k, v] of Object.entries(scanStep.env ?? {})) env[k] = expand(v, inputs);
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', scanStep.run!], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const outputs = existsSync(out)
    ? Object.fromEntries(
        readFileSync(out, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('=', 2) as [string, string]),
      )
    : {};
  return { code: r.status ?? -1, outputs, stderr: r.stderr };
}

describe('action.yml (GitHub Action)', function () {
  this.timeout(60_000);

  it('is a composite action: build, scan, SARIF upload with github/codeql-action/upload-sarif, fail on findings', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'a SARIF upload step');
    assert.equal(upload.with?.sarif_file, '${{ inputs.sarif-file }}', 'uploads the file the scan writes');
    assert.match(upload.if ?? '', /inputs\.upload-sarif == 'true'/);
    assert.match(scanStep.env?.HUSH_SARIF ?? '', /inputs\.sarif-file/);
    for (const s of steps) if (s.run) assert.equal(s.shell, 'bash', `${s.name}: composite run steps need a shell`);
    const build = steps.find((s) => s.name === 'Build Hush')!;
    assert.match(build.run!, /node esbuild\.mjs --production/);
    assert.ok(existsSync(join(ROOT, 'esbuild.mjs')));
    assert.equal(expand(scanStep.env!.HUSH_CLI!, {}), join(ROOT, 'dist', 'cli.js'), 'the scan runs the bundle the build step makes');
  });

  it('every input is used and every ${{ inputs.X }} is declared', () => {
    const used = new Set([...text.matchAll(/\$\{\{[^}]*inputs\.([\w-]+)/g)].map((m) => m[1]!));
    assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, `${name} has a description`);
  });

  it('every flag the scan step passes is a real `hush scan` option', () => {
    const flags = [...scanStep.run!.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]);
    assert.ok(flags.includes('--baseline') && flags.includes('--format') && flags.includes('--output'), flags.join(' '));
    const scanOptions = USAGE.slice(USAGE.indexOf('Options for scan:'), USAGE.indexOf('Options for redact'));
    for (const flag of flags) assert.match(scanOptions, new RegExp(`(^|\\s|, )${flag}\\b`), `${flag} is documented for hush scan`);
  });

  it('the scan step: SARIF written and findings=true on a secret; with a baseline of it, findings=false; a bad path fails the step', () => {
    const root = tempTree({ 'src/app.js': `const token = "${g.crc32Token('ghp_', 30)}";\n`, 'README.md': 'hello\n' });
    const first = runScanStep(root, {});
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.outputs.findings, 'true');
    const sarif = JSON.parse(readFileSync(join(root, 'hush.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0]!.results.length, 1);

    assert.equal(runCli(['scan', 'src', '--write-baseline', '.hush-baseline.json'], root).code, 0);
    const withBaseline = runScanStep(root, { baseline: '.hush-baseline.json', 'sarif-file': 'again.sarif', path: 'src README.md' });
    assert.equal(withBaseline.code, 0, withBaseline.stderr);
    assert.equal(withBaseline.outputs.findings, 'false');
    assert.equal((JSON.parse(readFileSync(join(root, 'again.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.length, 0);

    const bad = runScanStep(root, { path: 'no-such-folder' });
    assert.equal(bad.code, 2);
    assert.equal(bad.outputs.findings, undefined);
  });

  it('an input with shell syntax stays data (passed through the environment, never pasted into the script)', () => {
    const root = tempTree({ 'a.txt': 'hello\n' });
    const marker = join(tempDir('hush-gh-'), 'pwned');
    const r = runScanStep(root, { baseline: `$(touch ${marker})` });
    assert.equal(r.code, 2, 'a baseline file of that name does not exist: usage error');
    assert.ok(!existsSync(marker), 'the input was not run');
  });
});
